// One fight run on two devices (two store files, rows passed between them the way the service
// passes them): an open session follows what the other device pulled in at once, its next command
// keeps the other device's changes, combatants added or removed there join or leave the turn
// order, both logs read the same, and an encounter deleted there can be kept as a copy here.
#include "SessionFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace dnd;
using namespace dnd::rules;
using namespace dnd::test;

namespace {

DamageRequest damage(const QString& target, int amount)
{
    DamageRequest request;
    request.targetIds = {target};
    request.amount = amount;
    return request;
}

ConditionRequest condition(const QString& target, const QString& key)
{
    ConditionRequest request;
    request.targetId = target;
    request.key = key;
    return request;
}

QStringList conditionKeys(const Participant& p)
{
    QStringList keys;
    for (const ActiveCondition& c : p.conditions)
        keys << c.key;
    return keys;
}

QStringList sortedKeys(const Participant& p)
{
    QStringList keys = conditionKeys(p);
    keys.sort();
    return keys;
}

QStringList orderOf(const EncounterSession& session)
{
    QStringList ids;
    for (const Participant& p : session.participants())
        ids << p.id;
    return ids;
}

QStringList logIds(const EncounterSession& session)
{
    QStringList ids;
    for (const CombatLogEntry& entry : session.log())
        ids << entry.id;
    return ids;
}

struct ThreeCombatants {
    QString goblin, orc, ogre;
};

// A goblin (18), an orc (12) and an ogre (5) in combat, the goblin's turn.
ThreeCombatants startFight(SessionFixture& f)
{
    ThreeCombatants ids{f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7)),
                        f.add(SessionFixture::creature(QStringLiteral("Orc"), 15)),
                        f.add(SessionFixture::creature(QStringLiteral("Ogre"), 59))};
    if (!f.session->setInitiative(ids.goblin, 18).ok() || !f.session->setInitiative(ids.orc, 12).ok() ||
        !f.session->setInitiative(ids.ogre, 5).ok() || !f.session->startCombat().ok())
        qFatal("could not start the fight");
    return ids;
}

// The second device: its own store file and clock, the same encounter open in a session.
struct OtherDevice {
    explicit OtherDevice(SessionFixture& first) : random(7)
    {
        // A little later than the first device, as a second computer at the table would be.
        temp.clock.set(first.temp.clock.nowMs() + 100);
        relayChanges(*first.temp.store, *temp.store);
        session = std::make_unique<EncounterSession>(*temp.store, first.encounterId, random, temp.clock);
        if (!session->load().ok())
            qFatal("the other device could not open the encounter");
    }
    Participant get(const QString& id) const { return session->participant(id).value(); }

    TemporaryStore temp;
    ScriptedRandom random;
    std::unique_ptr<EncounterSession> session;
};

} // namespace

class TestSessionOtherDevices final : public QObject {
    Q_OBJECT
private slots:
    // Pausing syncs as any field: the other device shows the pause, and its turn keys wait too.
    void aPauseReachesTheOtherDevice()
    {
        SessionFixture laptop;
        startFight(laptop);
        OtherDevice desktop(laptop);
        CHECK_OK(laptop.session->pauseCombat());
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        QVERIFY(desktop.session->isPaused());
        CHECK_FAILS(desktop.session->nextTurn(), "RULES_ERROR");
        // The stopped combat clock arrives too: the break does not count on the other device.
        const qint64 beforeBreak = desktop.session->elapsedMs();
        desktop.temp.clock.advance(60'000);
        QCOMPARE(desktop.session->elapsedMs(), beforeBreak);
        CHECK_OK(desktop.session->resumeCombat());
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        QVERIFY(laptop.session->isActive());
        CHECK_OK(laptop.session->nextTurn());
    }

    void pulledChangesShowAtOnceAndSurviveTheNextCommand()
    {
        SessionFixture laptop;
        const QString goblin = laptop.add(SessionFixture::creature(QStringLiteral("Goblin"), 7));
        const QString orc = laptop.add(SessionFixture::creature(QStringLiteral("Orc"), 15));
        OtherDevice desktop(laptop);
        desktop.temp.clock.advance(1000);
        CHECK_OK(desktop.session->applyDamage(damage(goblin, 3)));
        CHECK_OK(desktop.session->addCondition(condition(orc, QStringLiteral("poisoned"))));

        QSignalSpy changed(laptop.session.get(), &EncounterSession::changed);
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        // Shown without opening the encounter again, and the undo history is still there.
        QVERIFY(changed.count() >= 1);
        QCOMPARE(laptop.get(goblin).currentHp, 4);
        QCOMPARE(conditionKeys(laptop.get(orc)), QStringList{QStringLiteral("poisoned")});
        QVERIFY(laptop.session->canUndo());

        // A command here touches the goblin again: the damage from the other device stays.
        laptop.temp.clock.advance(2000);
        CHECK_OK(laptop.session->addCondition(condition(goblin, QStringLiteral("prone"))));
        QCOMPARE(laptop.temp.store->get<Participant>(goblin)->currentHp, 4);
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        QCOMPARE(desktop.get(goblin).currentHp, 4);
        QCOMPARE(conditionKeys(desktop.get(goblin)), QStringList{QStringLiteral("prone")});
        QCOMPARE(logIds(*desktop.session), logIds(*laptop.session));

        // Taking the condition back here leaves the other device's damage alone.
        CHECK_OK(laptop.session->undo());
        QCOMPARE(laptop.get(goblin).currentHp, 4);
        QVERIFY(laptop.get(goblin).conditions.isEmpty());
    }

    void undoLeavesWhatTheOtherDeviceChangedSince()
    {
        SessionFixture laptop;
        const QString goblin = laptop.add(SessionFixture::creature(QStringLiteral("Goblin"), 30));
        OtherDevice desktop(laptop);
        laptop.temp.clock.advance(1000);
        CHECK_OK(laptop.session->applyDamage(damage(goblin, 5)));
        const qsizetype logBefore = laptop.session->log().size();
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        desktop.temp.clock.advance(2000);
        CHECK_OK(desktop.session->applyDamage(damage(goblin, 10)));
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        QCOMPARE(laptop.get(goblin).currentHp, 15);

        // Undo here takes back this device's log line; the hit points keep the later damage.
        CHECK_OK(laptop.session->undo());
        QCOMPARE(laptop.get(goblin).currentHp, 15);
        QCOMPARE(laptop.session->log().size(), logBefore);
        CHECK_OK(laptop.session->redo());
        QCOMPARE(laptop.get(goblin).currentHp, 15);
        QCOMPARE(laptop.session->log().size(), logBefore + 1);
        // A step nobody else touched is taken back whole.
        CHECK_OK(laptop.session->applyDamage(damage(goblin, 2)));
        CHECK_OK(laptop.session->undo());
        QCOMPARE(laptop.get(goblin).currentHp, 15);
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        QCOMPARE(desktop.get(goblin).currentHp, 15);
        QCOMPARE(logIds(*desktop.session), logIds(*laptop.session));
    }

    // Conditions merge one by one, and so does undo: taking back this device's condition leaves
    // the one the other device put on since, and taking back a change leaves a removal made
    // elsewhere. (Without the service between them the two devices may list them in another
    // order: the service's order is what both end with, TestConditionSync.)
    // the one the other device put on since, and taking back a removal leaves its changes alone.
    void undoTakesBackOnlyThisDevicesConditions()
    {
        SessionFixture laptop;
        const QString goblin = laptop.add(SessionFixture::creature(QStringLiteral("Goblin"), 30));
        OtherDevice desktop(laptop);
        laptop.temp.clock.advance(1000);
        CHECK_OK(laptop.session->addCondition(condition(goblin, QStringLiteral("poisoned"))));
        desktop.temp.clock.advance(2000);
        CHECK_OK(desktop.session->addCondition(condition(goblin, QStringLiteral("prone"))));
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        const QStringList both{QStringLiteral("poisoned"), QStringLiteral("prone")};
        QCOMPARE(sortedKeys(laptop.get(goblin)), both);
        QCOMPARE(sortedKeys(desktop.get(goblin)), both);

        laptop.temp.clock.advance(3000);
        CHECK_OK(laptop.session->undo());
        QCOMPARE(sortedKeys(laptop.get(goblin)), QStringList{QStringLiteral("prone")});
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        QCOMPARE(sortedKeys(desktop.get(goblin)), QStringList{QStringLiteral("prone")});
        CHECK_OK(laptop.session->redo());
        QCOMPARE(sortedKeys(laptop.get(goblin)), both);
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        QCOMPARE(sortedKeys(desktop.get(goblin)), both);

        // The desktop removes prone; the laptop had changed it before seeing that: nothing brings
        // it back, and the laptop's undo of its change leaves the removal.
        Participant edited = laptop.get(goblin);
        for (ActiveCondition& c : edited.conditions)
            if (c.key == QLatin1String("prone"))
                c.remainingRounds = 4;
        CHECK_OK(laptop.session->editParticipant(edited));
        QString prone;
        for (const ActiveCondition& c : desktop.get(goblin).conditions)
            if (c.key == QLatin1String("prone"))
                prone = c.id;
        CHECK_OK(desktop.session->removeCondition(goblin, prone));
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        QCOMPARE(sortedKeys(laptop.get(goblin)), QStringList{QStringLiteral("poisoned")});
        CHECK_OK(laptop.session->undo());
        QCOMPARE(sortedKeys(laptop.get(goblin)), QStringList{QStringLiteral("poisoned")});
    }

    void aStaleSessionWritesOnlyWhatItsCommandChanged()
    {
        // Two sessions on one file (the window and the command line, say): the one that has not
        // read the other's changes must not write its old values over them.
        SessionFixture f;
        const QString goblin = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7));
        EncounterSession other(*f.temp.store, f.encounterId, f.random, f.temp.clock);
        CHECK_OK(other.load());
        CHECK_OK(other.applyDamage(damage(goblin, 5)));
        CHECK_OK(other.startCombat());
        CHECK_OK(f.session->addCondition(condition(goblin, QStringLiteral("prone"))));
        InitiativeOptions options;
        options.rerollEachRound = true;
        CHECK_OK(f.session->setOptions(options));
        const Participant stored = f.temp.store->get<Participant>(goblin).value();
        QCOMPARE(stored.currentHp, 2);
        QCOMPARE(conditionKeys(stored), QStringList{QStringLiteral("prone")});
        const Encounter encounter = f.temp.store->get<Encounter>(f.encounterId).value();
        QCOMPARE(encounter.status, EncounterStatus::Active);
        QCOMPARE(encounter.combat.round, 1);
        QVERIFY(encounter.options.rerollEachRound);
    }

    void turnsAndCombatantsFollowTheOtherDevice()
    {
        SessionFixture laptop;
        const auto [goblin, orc, ogre] = startFight(laptop);
        OtherDevice desktop(laptop);
        QCOMPARE(desktop.session->currentParticipantId(), goblin);

        desktop.temp.clock.advance(1000);
        CHECK_OK(desktop.session->nextTurn());
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        QCOMPARE(laptop.session->currentParticipantId(), orc);

        // A wolf joins on the other device: it appears in the order here.
        desktop.temp.clock.advance(1000);
        const Result<QStringList> wolves =
            desktop.session->addParticipants(SessionFixture::creature(QStringLiteral("Wolf"), 11));
        CHECK_OK(wolves);
        CHECK_OK(desktop.session->setInitiative(wolves->first(), 15));
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        QCOMPARE(orderOf(*laptop.session), QStringList({goblin, wolves->first(), orc, ogre}));
        QCOMPARE(laptop.session->currentParticipantId(), orc);

        // The orc, whose turn it is, is removed there: the turn passes to the ogre here too.
        desktop.temp.clock.advance(1000);
        CHECK_OK(desktop.session->removeParticipant(orc));
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        QCOMPARE(orderOf(*laptop.session), QStringList({goblin, wolves->first(), ogre}));
        QCOMPARE(laptop.session->currentParticipantId(), ogre);

        // Previous Turn here steps back from where the fight stands, not to this device's last turn.
        laptop.temp.clock.advance(5000);
        CHECK_OK(laptop.session->previousTurn());
        QCOMPARE(laptop.session->currentParticipantId(), wolves->first());
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        QCOMPARE(desktop.session->currentParticipantId(), wolves->first());
    }

    void aRemovalAndAnOrderChangeMadeApartAgree()
    {
        SessionFixture laptop;
        const auto [goblin, orc, ogre] = startFight(laptop);
        CHECK_OK(laptop.session->nextTurn()); // the orc's turn
        OtherDevice desktop(laptop);
        // Apart: the orc is removed here; there, later, the ogre's initiative is corrected, which
        // moves it first and writes the turn order with the orc still in it. That order wins, and
        // so does the removal.
        laptop.temp.clock.advance(1000);
        CHECK_OK(laptop.session->removeParticipant(orc));
        desktop.temp.clock.advance(2000);
        CHECK_OK(desktop.session->setInitiative(ogre, 20));
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        QCOMPARE(laptop.temp.store->get<Encounter>(laptop.encounterId)->combat.order,
                 QStringList({ogre, goblin, orc}));
        // Both tables agree: the orc is gone and its turn has passed on, to the ogre.
        for (EncounterSession* session : {laptop.session.get(), desktop.session.get()}) {
            QCOMPARE(orderOf(*session), QStringList({ogre, goblin}));
            QCOMPARE(session->currentParticipantId(), ogre);
            QCOMPARE(session->nextParticipantId(), goblin);
        }
    }

    void logsWrittenApartReadTheSameEverywhere()
    {
        SessionFixture laptop;
        const QString goblin = laptop.add(SessionFixture::creature(QStringLiteral("Goblin"), 30));
        OtherDevice desktop(laptop);
        // Both append to the log while apart: their entries get the same numbers.
        for (int hit = 1; hit <= 3; ++hit) {
            laptop.temp.clock.advance(10);
            CHECK_OK(laptop.session->applyDamage(damage(goblin, 1)));
            desktop.temp.clock.advance(10);
            CHECK_OK(desktop.session->heal({goblin}, 1));
        }
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        relayChanges(*desktop.temp.store, *laptop.temp.store);
        QCOMPARE(laptop.session->log().size(), 7);
        QCOMPARE(logIds(*laptop.session), logIds(*desktop.session));
        // The next entry is numbered after every entry either device wrote.
        qint64 highest = 0;
        for (const CombatLogEntry& entry : laptop.session->log())
            highest = std::max(highest, entry.sequence);
        CHECK_OK(laptop.session->applyDamage(damage(goblin, 1)));
        QCOMPARE(laptop.session->log().last().sequence, highest + 1);
    }

    void anEncounterDeletedElsewhereCanBeKeptAsACopy()
    {
        SessionFixture laptop;
        const QString goblin = laptop.add(SessionFixture::creature(QStringLiteral("Goblin"), 7));
        const QString orc = laptop.add(SessionFixture::creature(QStringLiteral("Orc"), 15));
        CHECK_OK(laptop.session->setInitiative(goblin, 18));
        CHECK_OK(laptop.session->setInitiative(orc, 12));
        CHECK_OK(laptop.session->startCombat());
        CHECK_OK(laptop.session->applyDamage(damage(goblin, 2)));
        OtherDevice desktop(laptop);
        ChangeSet deletion;
        deletion.remove(EntityKind::Participant, goblin).remove(EntityKind::Participant, orc);
        deletion.remove(EntityKind::Encounter, laptop.encounterId);
        CHECK_OK(desktop.temp.store->commit(deletion));
        const qsizetype logSize = laptop.session->log().size();

        relayChanges(*desktop.temp.store, *laptop.temp.store);
        // The table still sees the fight, and is told; nothing more is written to it.
        QVERIFY(laptop.session->isDeletedElsewhere());
        QCOMPARE(laptop.session->participants().size(), 2);
        const Status refused = laptop.session->applyDamage(damage(goblin, 1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("DELETED"));
        QVERIFY(!laptop.session->undo());

        // Keeping a copy makes a new encounter from what this device had.
        QString copyId;
        CHECK_OK(
            laptop.temp.store->commit(laptop.session->copyAsNewEncounter(QStringLiteral("Kept"), &copyId)));
        EncounterSession copy(*laptop.temp.store, copyId, laptop.random, laptop.temp.clock);
        CHECK_OK(copy.load());
        QCOMPARE(copy.encounter().name, QStringLiteral("Kept"));
        QVERIFY(copy.isActive());
        QCOMPARE(copy.participants().size(), 2);
        QCOMPARE(copy.participants().first().name, QStringLiteral("Goblin"));
        QCOMPARE(copy.participants().first().currentHp, 5);
        QCOMPARE(copy.participant(copy.currentParticipantId())->name, QStringLiteral("Goblin"));
        QCOMPARE(copy.log().size(), logSize);
        CHECK_OK(copy.applyDamage(damage(copy.currentParticipantId(), 1)));
        // The copy reaches the other device; the deleted one stays deleted.
        relayChanges(*laptop.temp.store, *desktop.temp.store);
        QVERIFY(desktop.temp.store->get<Encounter>(copyId));
        QVERIFY(desktop.temp.store->isDeleted(EntityKind::Encounter, laptop.encounterId));
    }
};

QTEST_MAIN(TestSessionOtherDevices)
#include "TestSessionOtherDevices.moc"
