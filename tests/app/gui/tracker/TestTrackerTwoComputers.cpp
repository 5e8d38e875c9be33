// One fight run from two computers signed in to one account (two data folders, two windows), with
// the real service on loopback: each tracker shows the other's damage, conditions and turns after
// the service's poke and the round it starts, without the encounter being opened again; the
// player display follows; a command on one keeps what the other did; an encounter deleted on one
// is announced on the other, which can keep a copy.
#include "AppTestSupport.h"
#include "SampleEntities.h"
#include "ServerHarness.h"
#include "UndoHistory.h"
#include "account/SyncController.h"
#include "actions/ActionCatalog.h"
#include "actions/ActionIds.h"
#include "encounters/EncountersPage.h"
#include "playerdisplay/PlayerDisplay.h"
#include "tracker/ConditionDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {

constexpr int kSyncWaitMs = 20000;

QString idOf(const TrackerPage* tracker, const QString& name)
{
    for (const Participant& participant : tracker->session()->participants()) {
        if (participant.name == name)
            return participant.id;
    }
    return {};
}

QString shownHp(const TrackerPage* tracker, const QString& id)
{
    const InitiativeModel* model = tracker->initiativeModel();
    return model->index(model->rowOf(id), InitiativeModel::HitPoints).data().toString();
}

QString shownConditions(const TrackerPage* tracker, const QString& id)
{
    const InitiativeModel* model = tracker->initiativeModel();
    return model->index(model->rowOf(id), InitiativeModel::Conditions).data().toString();
}

const PlayerBoardRow* boardRow(const PlayerBoard& board, const QString& name)
{
    for (const PlayerBoardRow& row : board.rows) {
        if (row.name == name)
            return &row;
    }
    return nullptr;
}

QStringList logIds(const TrackerPage* tracker)
{
    QStringList ids;
    for (const CombatLogEntry& entry : tracker->session()->log())
        ids << entry.id;
    return ids;
}

void trigger(AppFixture& app, QLatin1String actionId)
{
    app.window->actions().action(actionId)->trigger();
}

// Types into the quick hit point field and presses Enter, as the DM does.
void typeHp(TrackerPage* tracker, const QString& text)
{
    tracker->hpEntry()->setFocus();
    QTest::keyClicks(tracker->hpEntry(), text);
    QTest::keyClick(tracker->hpEntry(), Qt::Key_Return);
}

} // namespace

class TestTrackerTwoComputers : public QObject {
    Q_OBJECT

private:
    RunningService m_service;

    // The same fight open in both trackers: two cave trolls the laptop added.
    struct Fight {
        AppFixture laptop;
        AppFixture desktop;
        QString encounterId;
        QString first;
        QString second;
        TrackerPage* here() const { return laptop.window->trackerPage(); }
        TrackerPage* there() const { return desktop.window->trackerPage(); }
    };

    bool signIn(AppFixture& app, const QString& email)
    {
        SyncController& sync = app.window->sync();
        sync.setIntervals(50, 60000, 50);
        bool answered = false;
        sync.signIn(QUrl(m_service.server->baseUrl()), email, QString::fromLatin1(kTestPassword),
                    [&](const Status&) { answered = true; });
        return QTest::qWaitFor([&] { return answered; }, kSyncWaitMs) && sync.isSignedIn() &&
               QTest::qWaitFor(
                   [&] { return sync.hearsPokes() && sync.state() == sync::SyncEngine::State::Idle; },
                   kSyncWaitMs);
    }

    void setUp(Fight& fight)
    {
        const QString email =
            registerTestAccount(*m_service.server, *m_service.http, QStringLiteral("guild")).email;
        QVERIFY(signIn(fight.laptop, email));
        QVERIFY(signIn(fight.desktop, email));

        // The laptop builds the fight from its own creature and runs it.
        MainWindow& laptop = *fight.laptop.window;
        const Creature troll = sampleCreature(QStringLiteral("Cave Troll"));
        CHECK_OK(laptop.history().commit(*fight.laptop.store.store, ChangeSet().put(troll),
                                         QStringLiteral("Add")));
        laptop.showPage(MainWindow::Page::Encounters);
        fight.encounterId = laptop.encountersPage()->newEncounter(QStringLiteral("Bridge"));
        QVERIFY(!fight.encounterId.isEmpty());
        laptop.addCreatureToEncounter(troll.id, 2);
        QTest::mouseClick(laptop.encountersPage()->findChild<QPushButton*>(QStringLiteral("runEncounter")),
                          Qt::LeftButton);
        QCOMPARE(laptop.currentPage(), MainWindow::Page::Tracker);
        fight.first = idOf(fight.here(), QStringLiteral("Cave Troll 1"));
        fight.second = idOf(fight.here(), QStringLiteral("Cave Troll 2"));
        QVERIFY(!fight.first.isEmpty() && !fight.second.isEmpty());

        // The desktop receives it and runs the same encounter.
        LocalStore& desktopStore = *fight.desktop.store.store;
        QTRY_COMPARE_WITH_TIMEOUT(desktopStore.childrenOf<Participant>(fight.encounterId).size(),
                                  qsizetype(2), kSyncWaitMs);
        fight.desktop.window->showPage(MainWindow::Page::Tracker);
        fight.there()->openEncounter(fight.encounterId);
        QVERIFY(fight.there()->session());
        QCOMPARE(fight.there()->session()->participants().size(), qsizetype(2));
    }

private slots:
    void initTestCase() { QVERIFY2(m_service.start(), m_service.server->errors().constData()); }
    void cleanupTestCase() { m_service.server->stop(); }

    void eachSeesTheOthersDamageConditionsAndTurns()
    {
        Fight fight;
        setUp(fight);
        if (QTest::currentTestFailed())
            return;
        TrackerPage* here = fight.here();
        TrackerPage* there = fight.there();
        fight.desktop.window->openPlayerDisplay();
        PlayerDisplay* players = fight.desktop.window->playerDisplay();
        QVERIFY(players);

        // Combat starts on the laptop: the desktop's tracker and player display show round 1 and
        // whose turn it is.
        trigger(fight.laptop, ActionId::TrackerStart);
        QVERIFY(here->session()->isActive());
        auto* round = there->findChild<QLabel*>(QStringLiteral("round"));
        QTRY_COMPARE_WITH_TIMEOUT(round->text(), QStringLiteral("Round 1"), kSyncWaitMs);
        QCOMPARE(there->session()->currentParticipantId(), here->session()->currentParticipantId());
        QVERIFY(players->board().inCombat);

        // Damage typed on the laptop: the desktop's list and its players' window follow.
        QVERIFY(clickCombatants(here, {fight.first}));
        typeHp(here, QStringLiteral("50"));
        QCOMPARE(here->session()->participant(fight.first)->currentHp, 34);
        QTRY_COMPARE_WITH_TIMEOUT(shownHp(there, fight.first), QStringLiteral("34/84"), kSyncWaitMs);
        QCOMPARE(boardRow(players->board(), QStringLiteral("Cave Troll 1"))->healthKey,
                 QStringLiteral("bloodied"));

        // A condition picked on the desktop reaches the laptop; the laptop's damage stays on both.
        QVERIFY(clickCombatants(there, {fight.second}));
        bool picked = false;
        onNextDialog<ConditionDialog>([&](ConditionDialog* dialog) {
            dialog->conditionBox()->setFocus();
            QTest::keyClicks(dialog->conditionBox(), QStringLiteral("Prone"));
            dialog->roundsBox()->setFocus();
            QTest::keyClick(dialog->roundsBox(), Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(dialog->roundsBox(), QStringLiteral("3"));
            QTest::keyClick(dialog->roundsBox(), Qt::Key_Return);
            picked = true;
        });
        trigger(fight.desktop, ActionId::TrackerAddCondition);
        QVERIFY(picked);
        QVERIFY(shownConditions(there, fight.second).contains(QStringLiteral("Prone")));
        QTRY_VERIFY_WITH_TIMEOUT(shownConditions(here, fight.second).contains(QStringLiteral("Prone")),
                                 kSyncWaitMs);
        QCOMPARE(boardRow(players->board(), QStringLiteral("Cave Troll 2"))->conditions,
                 QStringList{QStringLiteral("Prone")});
        QCOMPARE(shownHp(there, fight.first), QStringLiteral("34/84"));
        QCOMPARE(fight.desktop.store.store->get<Participant>(fight.first)->currentHp, 34);

        // The desktop moves the turn on; the laptop follows, then damages the new current
        // combatant: the condition from the desktop survives that command everywhere.
        const QString firstTurn = here->session()->currentParticipantId();
        trigger(fight.desktop, ActionId::TrackerNext);
        const QString secondTurn = there->session()->currentParticipantId();
        QVERIFY(secondTurn != firstTurn);
        QTRY_COMPARE_WITH_TIMEOUT(here->session()->currentParticipantId(), secondTurn, kSyncWaitMs);
        QVERIFY(clickCombatants(here, {fight.second}));
        typeHp(here, QStringLiteral("4"));
        QTRY_COMPARE_WITH_TIMEOUT(shownHp(there, fight.second), QStringLiteral("80/84"), kSyncWaitMs);
        QVERIFY(shownConditions(there, fight.second).contains(QStringLiteral("Prone")));
        QVERIFY(shownConditions(here, fight.second).contains(QStringLiteral("Prone")));
        QCOMPARE(there->session()->currentParticipantId(), secondTurn);
        // Both combat logs read the same, and the laptop can still take its own step back.
        QTRY_COMPARE_WITH_TIMEOUT(logIds(here), logIds(there), kSyncWaitMs);
        QVERIFY(fight.laptop.window->history().canUndo());
    }

    void anEncounterDeletedOnOneComputerCanBeKeptOnTheOther()
    {
        Fight fight;
        setUp(fight);
        if (QTest::currentTestFailed())
            return;
        TrackerPage* here = fight.here();
        QVERIFY(clickCombatants(here, {fight.first}));
        typeHp(here, QStringLiteral("10"));
        QTRY_COMPARE_WITH_TIMEOUT(shownHp(fight.there(), fight.first), QStringLiteral("74/84"), kSyncWaitMs);

        // The desktop deletes the encounter from its Encounters page.
        MainWindow& desktop = *fight.desktop.window;
        desktop.showPage(MainWindow::Page::Encounters);
        desktop.encountersPage()->selectEncounter(fight.encounterId);
        QCOMPARE(desktop.encountersPage()->currentEncounterId(), fight.encounterId);
        QTest::mouseClick(
            desktop.encountersPage()->findChild<QPushButton*>(QStringLiteral("deleteEncounter")),
            Qt::LeftButton);

        // The laptop says so and keeps showing the fight; a command there changes nothing.
        QTRY_VERIFY_WITH_TIMEOUT(here->deletedNotice()->isVisible(), kSyncWaitMs);
        QCOMPARE(here->session()->participants().size(), qsizetype(2));
        QVERIFY(clickCombatants(here, {fight.first}));
        typeHp(here, QStringLiteral("5"));
        QCOMPARE(here->session()->participant(fight.first)->currentHp, 74);

        // Keep a Copy: a new encounter with the fight as the laptop had it, open at once, and it
        // reaches the desktop.
        QTest::mouseClick(here->deletedNotice()->findChild<QPushButton*>(QStringLiteral("keepCopy")),
                          Qt::LeftButton);
        QVERIFY(!here->deletedNotice()->isVisible());
        rules::EncounterSession* copy = here->session();
        QVERIFY(copy);
        QVERIFY(copy->encounter().id != fight.encounterId);
        QCOMPARE(copy->encounter().name, QStringLiteral("Bridge (kept copy)"));
        QCOMPARE(shownHp(here, idOf(here, QStringLiteral("Cave Troll 1"))), QStringLiteral("74/84"));
        const QString copyId = copy->encounter().id;
        QTRY_VERIFY_WITH_TIMEOUT(fight.desktop.store.store->get<Encounter>(copyId).has_value(), kSyncWaitMs);
        QVERIFY(fight.desktop.store.store->isDeleted(EntityKind::Encounter, fight.encounterId));
    }
};

QTEST_MAIN(TestTrackerTwoComputers)
#include "TestTrackerTwoComputers.moc"
