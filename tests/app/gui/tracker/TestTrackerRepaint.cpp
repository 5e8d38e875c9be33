// After a command the tracker repaints only what changed: the initiative table the rows of the
// combatants that changed, the player display the changed rows and lines. What is on screen must
// still be right afterwards (reorder, hide, remove), and the encounter picker lists the encounters
// by name.
#include "AppTestSupport.h"
#include "playerdisplay/PlayerBoard.h"
#include "playerdisplay/PlayerDisplay.h"
#include "tracker/InitiativeModel.h"
#include "tracker/InitiativeView.h"
#include "tracker/TrackerPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPaintEvent>
#include <QScreen>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {

// Collects the areas a widget is asked to paint.
class PaintRecorder : public QObject {
public:
    QRegion painted;
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            painted += static_cast<QPaintEvent*>(event)->region();
            ++paints;
        }
        return false;
    }
    void clear()
    {
        painted = QRegion();
        paints = 0;
    }
};

Participant combatant(int index, int hp)
{
    Participant participant;
    participant.id = QStringLiteral("p%1").arg(index);
    participant.encounterId = QStringLiteral("e");
    participant.name = QStringLiteral("Skeleton %1").arg(index);
    participant.kind = ParticipantKind::Creature;
    participant.maxHp = 13;
    participant.currentHp = hp;
    return participant;
}

// What the display's window shows now, as the screen has it (partial repaints included).
QImage onScreen(PlayerDisplay& display)
{
    return display.screen()->grabWindow(display.winId()).toImage().convertToFormat(QImage::Format_RGB32);
}

// The same board painted whole on a fresh display of the same size.
QImage paintedFresh(const PlayerBoard& board, QSize size)
{
    PlayerDisplay fresh;
    fresh.resize(size);
    fresh.setBoard(board);
    return fresh.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestTrackerRepaint : public QObject {
    Q_OBJECT
private slots:
    void displayRepaintsOnlyChangedRows();
    void displayStaysRightAfterReorderHideAndRemove();
    void initiativeTableRepaintsOnlyChangedRows();
    void encounterPickerListsNamesSorted();
};

void TestTrackerRepaint::displayRepaintsOnlyChangedRows()
{
    Encounter encounter;
    encounter.name = QStringLiteral("Crypt");
    encounter.status = EncounterStatus::Active;
    encounter.combat.round = 1;
    QList<Participant> participants;
    for (int i = 0; i < 12; ++i) {
        participants.append(combatant(i, 13));
        encounter.combat.order.append(participants.last().id);
    }
    PlayerDisplay display;
    display.resize(1280, 720);
    display.setBoard(PlayerBoard::build(encounter, participants, PlayerHpMode::Words));
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QApplication::processEvents();
    PaintRecorder recorder;
    display.installEventFilter(&recorder);

    // One combatant bloodied: only its row repaints.
    participants[7].currentHp = 5;
    display.setBoard(PlayerBoard::build(encounter, participants, PlayerHpMode::Words));
    QApplication::processEvents();
    QCOMPARE(recorder.paints, 1);
    QCOMPARE(recorder.painted, QRegion(display.rowArea(7)));
    QCOMPARE(display.board().rows.at(7).healthKey, QStringLiteral("bloodied"));

    // The turn moves on: the rows losing and gaining the markers and the now/next line repaint.
    recorder.clear();
    encounter.combat.turnIndex = 1;
    display.setBoard(PlayerBoard::build(encounter, participants, PlayerHpMode::Words));
    QApplication::processEvents();
    QVERIFY(recorder.paints >= 1);
    for (const int row : {0, 1, 2})
        QVERIFY2(recorder.painted.intersects(display.rowArea(row)), qPrintable(QString::number(row)));
    for (const int row : {4, 7, 11})
        QVERIFY2(!recorder.painted.intersects(display.rowArea(row)), qPrintable(QString::number(row)));

    // The same board again: nothing repaints.
    recorder.clear();
    display.setBoard(PlayerBoard::build(encounter, participants, PlayerHpMode::Words));
    QApplication::processEvents();
    QCOMPARE(recorder.paints, 0);
}

void TestTrackerRepaint::displayStaysRightAfterReorderHideAndRemove()
{
    Encounter encounter;
    encounter.name = QStringLiteral("Crypt");
    encounter.status = EncounterStatus::Active;
    QList<Participant> participants;
    for (int i = 0; i < 10; ++i) {
        participants.append(combatant(i, 13 - i));
        encounter.combat.order.append(participants.last().id);
    }
    PlayerDisplay display;
    display.resize(960, 600);
    display.setBoard(PlayerBoard::build(encounter, participants, PlayerHpMode::Words));
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QApplication::processEvents();
    QCOMPARE(onScreen(display), paintedFresh(display.board(), display.size()));

    auto check = [&](const char* step) {
        const PlayerBoard board = PlayerBoard::build(encounter, participants, PlayerHpMode::Words);
        display.setBoard(board);
        QApplication::processEvents();
        QCOMPARE(display.board(), board);
        QVERIFY2(onScreen(display) == paintedFresh(board, display.size()), step);
    };
    // Reorder: two combatants swap places.
    encounter.combat.order.swapItemsAt(2, 5);
    check("reorder");
    // A condition on one, damage on another.
    ActiveCondition prone;
    prone.id = QStringLiteral("c1");
    prone.key = QStringLiteral("prone");
    participants[3].conditions.append(prone);
    participants[8].currentHp = 1;
    check("condition and damage");
    // Hide one: it leaves the board and the rows below move up.
    participants[4].hidden = true;
    check("hide");
    QVERIFY(!display.board().names().contains(QStringLiteral("Skeleton 4")));
    // Remove one from the fight and advance the turn.
    encounter.combat.order.removeAll(participants[6].id);
    participants.removeAt(6);
    encounter.combat.turnIndex = 3;
    encounter.combat.round = 2;
    check("remove and next turn");
    QVERIFY(!display.board().names().contains(QStringLiteral("Skeleton 6")));
}

void TestTrackerRepaint::initiativeTableRepaintsOnlyChangedRows()
{
    AppFixture app;
    MainWindow& window = *app.window;
    window.addExampleContent();
    TrackerPage* tracker = window.trackerPage();
    rules::EncounterSession* session = tracker->session();
    QVERIFY(session);
    window.showPage(MainWindow::Page::Tracker);
    QVERIFY(session->rollInitiative());
    QApplication::processEvents();
    auto* view = qobject_cast<InitiativeView*>(tracker->initiativeView());
    QVERIFY(view);
    const QList<Participant> rows = session->participants();
    QVERIFY(rows.size() >= 3);
    PaintRecorder recorder;
    view->viewport()->installEventFilter(&recorder);

    // Damage to one creature near the top: only its row of the table repaints.
    int row = -1;
    for (int i = 0; i < 6 && i < rows.size() && row < 0; ++i) {
        if (rows.at(i).kind == ParticipantKind::Creature && rows.at(i).currentHp > 1)
            row = i;
    }
    QVERIFY(row >= 0);
    const Participant target = rows.at(row);
    QVERIFY(clickCombatants(tracker, {target.id}));
    QApplication::processEvents();
    recorder.clear();
    QTest::keyClicks(tracker->hpEntry(), QStringLiteral("1"));
    QTest::keyClick(tracker->hpEntry(), Qt::Key_Return);
    QApplication::processEvents();
    QCOMPARE(session->participant(target.id)->currentHp, target.currentHp - 1);
    QVERIFY(recorder.paints >= 1);
    QVERIFY(!view->rowsArea(row, row).isEmpty());
    QCOMPARE(recorder.painted, QRegion(view->rowsArea(row, row)));

    // Rows past the end of the list have no area on screen.
    QVERIFY(view->rowsArea(int(rows.size()) + 5, int(rows.size()) + 6).isEmpty());
}

void TestTrackerRepaint::encounterPickerListsNamesSorted()
{
    AppFixture app;
    LocalStore& store = *app.store.store;
    ChangeSet changes;
    QStringList ids;
    for (const QString& name : {QStringLiteral("Zombie lair"), QStringLiteral("Ambush"),
                                QStringLiteral("Bridge"), QStringLiteral("Gone")}) {
        Encounter encounter;
        encounter.id = LocalStore::newId();
        encounter.name = name;
        ids.append(encounter.id);
        changes.put(encounter);
    }
    QVERIFY(store.commit(changes));
    QVERIFY(store.commit(ChangeSet().remove(EntityKind::Encounter, ids.last())));
    TrackerPage* tracker = app.window->trackerPage();
    tracker->reloadEncounterList();
    auto* picker = tracker->findChild<QComboBox*>(QStringLiteral("trackerEncounter"));
    QVERIFY(picker);
    QStringList shown;
    QStringList shownIds;
    for (int i = 0; i < picker->count(); ++i) {
        shown.append(picker->itemText(i));
        shownIds.append(picker->itemData(i).toString());
    }
    QCOMPARE(shown, (QStringList{QStringLiteral("Ambush"), QStringLiteral("Bridge"),
                                 QStringLiteral("Zombie lair")}));
    QCOMPARE(shownIds, (QStringList{ids.at(1), ids.at(2), ids.at(0)}));

    // The store's name listing: live records only, in creation order.
    const QList<NamedRecord> names = store.names(EntityKind::Encounter);
    QCOMPARE(names.size(), 3);
    QCOMPARE(names.first().id, ids.first());
    QCOMPARE(names.first().name, QStringLiteral("Zombie lair"));
}

QTEST_MAIN(TestTrackerRepaint)
#include "TestTrackerRepaint.moc"
