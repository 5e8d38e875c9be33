// A whole fight through the real widgets: build an encounter from the bestiary with a live
// difficulty, run three rounds with damage, healing, a condition with a duration, a concentration
// prompt, a death save and undo/redo, checking the player display at every step.
#include "AppTestSupport.h"
#include "UndoHistory.h"
#include "bestiary/Bestiary.h"
#include "encounters/EncountersPage.h"
#include "parties/PartiesPage.h"
#include "tracker/ConditionDialog.h"
#include "tracker/InitiativeModel.h"
#include "tracker/TrackerPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {
template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("missing widget %s", qPrintable(name));
    return found;
}
QString idOf(rules::EncounterSession* session, const QString& name)
{
    for (const Participant& participant : session->participants()) {
        if (participant.name == name)
            return participant.id;
    }
    qFatal("no combatant %s", qPrintable(name));
    return {};
}
const PlayerBoardRow* rowOf(const PlayerBoard& board, const QString& name)
{
    for (const PlayerBoardRow& row : board.rows) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}
} // namespace

class TestCombat : public QObject {
    Q_OBJECT
private slots:
    void fullFight();
};

void TestCombat::fullFight()
{
    AppFixture app;
    CHECK_OK(Bestiary::ensureInstalled(*app.store.store));
    MainWindow& window = *app.window;
    window.addExampleContent(); // the party of four level-3 characters
    const QString partyId = window.partiesPage()->currentPartyId();

    // --- build an encounter from the bestiary ---
    window.showPage(MainWindow::Page::Encounters);
    EncountersPage* builder = window.encountersPage();
    const QString encounterId = builder->newEncounter(QStringLiteral("Goblin Cave"));
    QVERIFY(!encounterId.isEmpty());
    auto* party = child<QComboBox>(builder, QStringLiteral("encounterParty"));
    party->setFocus();
    QTest::keyClicks(party, party->itemText(party->findData(partyId)));
    QCOMPARE(party->currentData().toString(), partyId);
    QTest::mouseClick(child<QPushButton>(builder, QStringLiteral("addPartyMembers")), Qt::LeftButton);
    QCOMPARE(builder->combatantCount(), 4);
    const QString before = builder->difficultyLabel()->text();
    QVERIFY(before.contains(QStringLiteral("Trivial")));

    // Ctrl+F focuses the search; typing finds goblins as you type.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(builder->searchField(), QStringLiteral("goblin"));
    QVERIFY(builder->resultsView()->model()->rowCount() > 0);
    int goblinRow = -1;
    for (int row = 0; row < builder->resultsView()->model()->rowCount(); ++row) {
        if (builder->resultsView()->model()->index(row, 0).data().toString() == QStringLiteral("Goblin") &&
            builder->resultsView()->model()->index(row, 4).data().toString() == QStringLiteral("2014"))
            goblinRow = row;
    }
    QVERIFY(goblinRow >= 0);
    QVERIFY(clickRows(builder->resultsView(), {goblinRow}));
    auto* count = child<QSpinBox>(builder, QStringLiteral("creatureCount"));
    QTest::keyClick(count, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(count, QStringLiteral("2"));
    QTest::mouseClick(child<QPushButton>(builder, QStringLiteral("addCreature")), Qt::LeftButton);
    QCOMPARE(builder->combatantCount(), 6);
    const QString twoGoblins = builder->difficultyLabel()->text();
    QVERIFY(twoGoblins != before);
    QVERIFY(twoGoblins.contains(QStringLiteral("100 XP")));

    // One more, hidden in ambush: the difficulty follows at once.
    QTest::keyClick(count, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(count, QStringLiteral("1"));
    for (QCheckBox* box : builder->findChildren<QCheckBox*>()) {
        if (box->text().contains(QStringLiteral("hidden")))
            QTest::mouseClick(box, Qt::LeftButton);
    }
    QTest::mouseClick(child<QPushButton>(builder, QStringLiteral("addCreature")), Qt::LeftButton);
    QCOMPARE(builder->combatantCount(), 7);
    QVERIFY(builder->difficultyLabel()->text().contains(QStringLiteral("150 XP")));

    // --- to the tracker ---
    QTest::mouseClick(child<QPushButton>(builder, QStringLiteral("runEncounter")), Qt::LeftButton);
    QCOMPARE(window.currentPage(), MainWindow::Page::Tracker);
    TrackerPage* tracker = window.trackerPage();
    rules::EncounterSession* session = tracker->session();
    QVERIFY(session);
    QCOMPARE(session->encounter().id, encounterId);
    const QString goblin1 = idOf(session, QStringLiteral("Goblin 1"));
    const QString goblin3 = idOf(session, QStringLiteral("Goblin 3"));
    const QString brakka = idOf(session, QStringLiteral("Brakka"));
    const QString elowen = idOf(session, QStringLiteral("Elowen"));
    QVERIFY(session->participant(goblin3)->hidden);

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    PlayerDisplay* display = window.playerDisplay();
    QVERIFY(display);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    // Characters type their initiative; monsters roll (Ctrl+I); Ctrl+Shift+S starts.
    int typed = 20;
    const QList<Participant> combatants = session->participants(); // typing reorders the list
    for (const Participant& participant : combatants) {
        if (participant.isCharacter())
            QVERIFY(typeInitiative(tracker, participant.id, typed--));
    }
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(session->participant(goblin1)->initiative.has_value());
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(session->isActive());
    QCOMPARE(session->round(), 1);
    PlayerBoard board = display->board();
    QVERIFY(board.inCombat);
    QCOMPARE(board.round, 1);
    QCOMPARE(board.rows.size(), 6);
    QVERIFY(!board.names().contains(QStringLiteral("Goblin 3")));
    QCOMPARE(rowOf(board, QStringLiteral("Goblin 1"))->health, QStringLiteral("Healthy"));

    // --- damage and healing through the quick field ---
    QLineEdit* hp = tracker->hpEntry();
    QVERIFY(clickCombatants(tracker, {goblin1}));
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), hp);
    QTest::keyClicks(hp, QStringLiteral("3"));
    QTest::keyClick(hp, Qt::Key_Return);
    QCOMPARE(session->participant(goblin1)->currentHp, 4);
    QCOMPARE(rowOf(display->board(), QStringLiteral("Goblin 1"))->health, QStringLiteral("Hurt"));
    QTest::keyClicks(hp, QStringLiteral("1"));
    QTest::keyClick(hp, Qt::Key_Return);
    QCOMPARE(rowOf(display->board(), QStringLiteral("Goblin 1"))->health, QStringLiteral("Bloodied"));
    QVERIFY(!rowOf(display->board(), QStringLiteral("Goblin 1"))->health.contains(QLatin1Char('3')));
    QTest::keyClicks(hp, QStringLiteral("+2"));
    QTest::keyClick(hp, Qt::Key_Return);
    QCOMPARE(session->participant(goblin1)->currentHp, 5);
    QCOMPARE(rowOf(display->board(), QStringLiteral("Goblin 1"))->health, QStringLiteral("Hurt"));

    // Several targets at once, and temporary hit points.
    QVERIFY(clickCombatants(tracker, {brakka, elowen}));
    QTest::keyClicks(hp, QStringLiteral("t5"));
    QTest::keyClick(hp, Qt::Key_Return);
    QCOMPARE(session->participant(brakka)->tempHp, 5);
    QCOMPARE(session->participant(elowen)->tempHp, 5);

    // --- a condition for two rounds ---
    QVERIFY(clickCombatants(tracker, {goblin1}));
    bool picked = false;
    onNextDialog<ConditionDialog>([&](ConditionDialog* dialog) {
        dialog->conditionBox()->setFocus();
        QTest::keyClicks(dialog->conditionBox(), QStringLiteral("Prone"));
        QCOMPARE(dialog->conditionBox()->currentData().toString(), QStringLiteral("prone"));
        dialog->roundsBox()->setFocus();
        QTest::keyClick(dialog->roundsBox(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->roundsBox(), QStringLiteral("2"));
        QTest::keyClick(dialog->roundsBox(), Qt::Key_Return);
        picked = true;
    });
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QVERIFY(picked);
    QCOMPARE(session->participant(goblin1)->conditions.size(), 1);
    QCOMPARE(rowOf(display->board(), QStringLiteral("Goblin 1"))->conditions,
             QStringList{QStringLiteral("Prone")});

    // --- concentration and its prompt, answered later without blocking ---
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(clickCombatants(tracker, {elowen}));
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(session->participant(elowen)->concentrating);
    QVERIFY(clickCombatants(tracker, {elowen}));
    QTest::keyClicks(hp, QStringLiteral("12"));
    QTest::keyClick(hp, Qt::Key_Return);
    QTRY_COMPARE(tracker->promptCount(), 1);
    QVERIFY(session->participant(elowen)->concentrating); // still, until the save is recorded
    // The window keeps working with the prompt open: next turn.
    const QString firstUp = session->currentParticipantId();
    QTest::keyClick(&window, Qt::Key_PageDown);
    QVERIFY(session->currentParticipantId() != firstUp);
    auto* prompt = tracker->promptArea()->findChild<QFrame*>(QStringLiteral("prompt"));
    QVERIFY(prompt);
    auto* total = prompt->findChild<QSpinBox*>(QStringLiteral("saveTotal"));
    QTest::keyClick(total, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(total, QStringLiteral("4"));
    QTest::mouseClick(prompt->findChild<QPushButton*>(QStringLiteral("recordSave")), Qt::LeftButton);
    QVERIFY(!session->participant(elowen)->concentrating);
    QTRY_COMPARE(tracker->promptCount(), 0);

    // --- a character drops to 0 and makes a death save ---
    const int brakkaHp = session->participant(brakka)->currentHp + session->participant(brakka)->tempHp;
    QVERIFY(clickCombatants(tracker, {brakka}));
    QTest::keyClicks(hp, QString::number(brakkaHp));
    QTest::keyClick(hp, Qt::Key_Return);
    QCOMPARE(session->participant(brakka)->currentHp, 0);
    QCOMPARE(rowOf(display->board(), QStringLiteral("Brakka"))->health, QStringLiteral("Dying"));
    const qsizetype logBefore = session->log().size();
    QVERIFY(clickCombatants(tracker, {brakka}));
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    const Participant afterSave = *session->participant(brakka);
    QVERIFY(afterSave.deathSaves.successes + afterSave.deathSaves.failures > 0 || afterSave.currentHp > 0);
    QVERIFY(session->log().size() > logBefore);

    // --- three rounds: turn after turn with the keyboard ---
    while (session->round() < 3)
        QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(display->board().round, 3);
    QCOMPARE(child<QLabel>(tracker, QStringLiteral("round"))->text(), QStringLiteral("Round 3"));
    // Prone for two rounds has run out by now.
    QVERIFY(session->participant(goblin1)->conditions.isEmpty());
    QVERIFY(rowOf(display->board(), QStringLiteral("Goblin 1"))->conditions.isEmpty());
    QVERIFY(!display->board().names().contains(QStringLiteral("Goblin 3")));

    // --- reveal the ambusher ---
    QVERIFY(clickCombatants(tracker, {goblin3}));
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(display->board().names().contains(QStringLiteral("Goblin 3")));

    // --- undo and redo with the keyboard, the player display following ---
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!display->board().names().contains(QStringLiteral("Goblin 3")));
    QVERIFY(session->participant(goblin3)->hidden);
    const int roundBefore = session->round();
    const QString currentBefore = session->currentParticipantId();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(session->currentParticipantId() != currentBefore || session->round() != roundBefore);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(session->currentParticipantId(), currentBefore);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(display->board().names().contains(QStringLiteral("Goblin 3")));

    // The tracker list shows the current combatant highlighted and the next one marked.
    InitiativeModel* model = tracker->initiativeModel();
    const int currentRow = model->rowOf(session->currentParticipantId());
    QVERIFY(model->index(currentRow, 0).data(InitiativeModel::CurrentRole).toBool());
    const int nextRow = model->rowOf(session->nextParticipantId());
    QVERIFY(model->index(nextRow, InitiativeModel::Name).data().toString().contains(QStringLiteral("next")));

    // The last open encounter is remembered for the next start.
    QCOMPARE(app.store.store->setting(QStringLiteral("app.lastEncounter")), encounterId);
}

QTEST_MAIN(TestCombat)
#include "TestCombat.moc"
