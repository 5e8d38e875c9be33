// A combatant's conditions edited on two or three devices while apart, each device a real store
// file with an encounter session, synced by the real engine through the real service on loopback:
// conditions merge one by one (docs/SYNC.md, "Lists merged element by element"). Adds on several
// devices are all kept, a removal and an add both take, the same removal twice is one, changes of
// different conditions both stay, the later change of one condition wins, a removal beats a change
// of the same condition, a condition ended by one device's turns is not brought back by another's,
// and an undone removal comes back everywhere. Every device ends with the service's record.
#include "HttpSyncTransport.h"
#include "ServerHarness.h"
#include "SessionFixture.h"
#include "SyncEngine.h"

#include <QJsonArray>
#include <QTest>

using namespace dnd;
using namespace dnd::rules;
using namespace dnd::test;

namespace {

// One computer at the table: its own store file and clock, the engine syncing it, and the shared
// encounter open in a session once it has arrived.
struct TableDevice {
    TableDevice(const QString& serviceUrl, const QString& token)
        : transport(QUrl(serviceUrl), [token] { return token; }), engine(*temp.store, transport)
    {
        engine.setRetryDelays(40, 160);
    }

    // One whole round; true when it ended in step with the service.
    bool sync()
    {
        engine.syncNow();
        return QTest::qWaitFor([this] { return engine.state() != sync::SyncEngine::State::Syncing; },
                               20000) &&
               engine.state() == sync::SyncEngine::State::Idle && temp.store->outboxSize() == 0 &&
               temp.store->rejections().isEmpty();
    }
    void open(const QString& encounterId)
    {
        session = std::make_unique<EncounterSession>(*temp.store, encounterId, random, temp.clock);
        if (!session->load().ok())
            qFatal("the device could not open the encounter");
    }
    // The combatant's conditions as this device shows them (the session) and stores them.
    QJsonArray shown(const QString& id) const
    {
        QJsonArray list;
        const Participant participant = *session->participant(id);
        for (const ActiveCondition& c : participant.conditions)
            list.append(c.toJson());
        return list;
    }
    QJsonArray stored(const QString& id) const
    {
        return temp.store->document(EntityKind::Participant, id)->value("conditions").toArray();
    }
    ActiveCondition find(const QString& participantId, const QString& key) const
    {
        const Participant participant = *session->participant(participantId);
        for (const ActiveCondition& c : participant.conditions)
            if (c.key == key)
                return c;
        return {};
    }
    // Sets one condition's rounds left through the combatant's editor, as the DM would.
    Status setRounds(const QString& participant, const QString& key, int rounds)
    {
        Participant p = *session->participant(participant);
        for (ActiveCondition& c : p.conditions)
            if (c.key == key)
                c.remainingRounds = rounds;
        return session->editParticipant(p);
    }
    Status remove(const QString& participant, const QString& key)
    {
        return session->removeCondition(participant, find(participant, key).id);
    }

    TemporaryStore temp;
    ScriptedRandom random;
    sync::HttpSyncTransport transport;
    sync::SyncEngine engine;
    std::unique_ptr<EncounterSession> session;
};

QStringList keysOf(const QJsonArray& conditions)
{
    QStringList keys;
    for (const QJsonValue& value : conditions)
        keys << value.toObject().value("key").toString();
    return keys;
}

} // namespace

class TestConditionSync final : public QObject {
    Q_OBJECT

private:
    RunningService m_service;
    std::vector<std::unique_ptr<TableDevice>> m_devices;
    QString m_token;
    QString m_encounter, m_goblin, m_orc;

    TableDevice& device(int index) { return *m_devices[size_t(index)]; }

    // The combatant's conditions as the service holds them, read with a full pull.
    QJsonArray serviceConditions(const QString& id)
    {
        const HttpResponse answer =
            m_service.http->get(QStringLiteral("/api/v1/sync/pull?cookie=0&clientId=checker"), m_token);
        const Result<sync::PullResponse> pulled = sync::PullResponse::fromJson(answer.data());
        if (!pulled)
            return {QStringLiteral("no answer")};
        for (const sync::RowState& row : pulled->rows)
            if (row.rowId == id)
                return row.fields.value("conditions").toArray();
        return {QStringLiteral("no row")};
    }
    // Every device syncs twice in turn; then each shows and stores the service's list.
    void syncAllAndCompare(const QString& id, const QStringList& expectedKeys)
    {
        for (int pass = 0; pass < 2; ++pass)
            for (auto& each : m_devices)
                QVERIFY(each->sync());
        const QJsonArray service = serviceConditions(id);
        QCOMPARE(keysOf(service), expectedKeys);
        for (auto& each : m_devices) {
            QCOMPARE(each->stored(id), service);
            QCOMPARE(each->shown(id), service);
        }
    }

private slots:
    void initTestCase() { QVERIFY2(m_service.start(), m_service.server->errors().constData()); }
    void cleanupTestCase() { m_service.server->stop(); }

    // Three devices at one table, a goblin (initiative 18) and an orc (12) in combat, the
    // goblin's turn, open on every device. Each test starts from a new account and fight.
    void init()
    {
        m_devices.clear();
        m_token =
            registerTestAccount(*m_service.server, *m_service.http, QStringLiteral("guild")).accessToken;
        for (int i = 0; i < 3; ++i)
            m_devices.push_back(std::make_unique<TableDevice>(m_service.server->baseUrl(), m_token));
        TableDevice& first = device(0);
        Encounter encounter;
        encounter.id = LocalStore::newId();
        encounter.name = QStringLiteral("Goblin ambush");
        CHECK_OK(first.temp.store->commit(ChangeSet().put(encounter)));
        m_encounter = encounter.id;
        first.open(m_encounter);
        m_goblin =
            first.session->addParticipants(SessionFixture::creature(QStringLiteral("Goblin"), 7))->first();
        m_orc = first.session->addParticipants(SessionFixture::creature(QStringLiteral("Orc"), 15))->first();
        CHECK_OK(first.session->setInitiative(m_goblin, 18));
        CHECK_OK(first.session->setInitiative(m_orc, 12));
        CHECK_OK(first.session->startCombat());
        for (auto& each : m_devices)
            QVERIFY(each->sync());
        for (int i = 1; i < 3; ++i)
            device(i).open(m_encounter);
    }

    void conditionsAddedOnThreeDevicesAreAllKept()
    {
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_goblin, "poisoned")));
        device(1).temp.clock.advance(1000);
        CHECK_OK(device(1).session->addCondition(conditionRequest(m_goblin, "prone")));
        device(2).temp.clock.advance(2000);
        CHECK_OK(device(2).session->addCondition(conditionRequest(m_goblin, "blinded", 3)));
        syncAllAndCompare(m_goblin, {"poisoned", "prone", "blinded"});
    }

    void aRemovalHereAndAnAddThereBothTake()
    {
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_goblin, "poisoned")));
        syncAllAndCompare(m_goblin, {"poisoned"});
        CHECK_OK(device(0).remove(m_goblin, "poisoned"));
        device(1).temp.clock.advance(1000);
        CHECK_OK(device(1).session->addCondition(conditionRequest(m_goblin, "prone")));
        syncAllAndCompare(m_goblin, {"prone"});
    }

    void theSameRemovalOnTwoDevicesIsOneRemoval()
    {
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_goblin, "poisoned")));
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_goblin, "prone")));
        syncAllAndCompare(m_goblin, {"poisoned", "prone"});
        CHECK_OK(device(0).remove(m_goblin, "poisoned"));
        device(1).temp.clock.advance(1000);
        CHECK_OK(device(1).remove(m_goblin, "poisoned"));
        syncAllAndCompare(m_goblin, {"prone"});
    }

    void roundsChangedOnTwoDevicesMergePerCondition()
    {
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_goblin, "poisoned", 3)));
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_goblin, "blinded", 3)));
        syncAllAndCompare(m_goblin, {"poisoned", "blinded"});
        // Different conditions: both changes stay.
        CHECK_OK(device(0).setRounds(m_goblin, "poisoned", 5));
        device(1).temp.clock.advance(1000);
        CHECK_OK(device(1).setRounds(m_goblin, "blinded", 4));
        syncAllAndCompare(m_goblin, {"poisoned", "blinded"});
        QCOMPARE(device(2).find(m_goblin, "poisoned").remainingRounds, 5);
        QCOMPARE(device(2).find(m_goblin, "blinded").remainingRounds, 4);

        // The same condition: the later change wins, though the earlier one reaches the service last.
        device(2).temp.clock.advance(5000);
        CHECK_OK(device(2).setRounds(m_goblin, "poisoned", 7));
        device(0).temp.clock.advance(3000);
        CHECK_OK(device(0).setRounds(m_goblin, "poisoned", 6));
        QVERIFY(device(2).sync());
        QVERIFY(device(0).sync());
        syncAllAndCompare(m_goblin, {"poisoned", "blinded"});
        QCOMPARE(device(1).find(m_goblin, "poisoned").remainingRounds, 7);
    }

    // The decision (docs/SYNC.md): a removal wins over a change of the same condition, also when
    // the change was made later, on a device that had not seen the removal.
    void aRemovalBeatsAChangeOfTheSameCondition()
    {
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_goblin, "poisoned", 3)));
        syncAllAndCompare(m_goblin, {"poisoned"});
        CHECK_OK(device(0).remove(m_goblin, "poisoned"));
        device(1).temp.clock.advance(2000);
        CHECK_OK(device(1).setRounds(m_goblin, "poisoned", 9));
        syncAllAndCompare(m_goblin, {});
    }

    // Both devices run the turns apart: one ends the orc's 2-round condition at the end of its
    // second turn, the other, later by its clock, only counts it down once. It stays ended.
    void aConditionEndedByTurnsIsNotBroughtBackByTheOtherDevicesTurns()
    {
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_orc, "frightened", 2)));
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_orc, "poisoned")));
        syncAllAndCompare(m_orc, {"frightened", "poisoned"});
        for (int turn = 0; turn < 4; ++turn) // goblin, orc, goblin, orc: the orc's turn ends twice
            CHECK_OK(device(0).session->nextTurn());
        QCOMPARE(keysOf(device(0).stored(m_orc)), QStringList{"poisoned"});
        device(1).temp.clock.advance(5000);
        for (int turn = 0; turn < 2; ++turn)
            CHECK_OK(device(1).session->nextTurn());
        QCOMPARE(device(1).find(m_orc, "frightened").remainingRounds, 1);
        QVERIFY(device(0).sync());
        QVERIFY(device(1).sync());
        syncAllAndCompare(m_orc, {"poisoned"});
    }

    void anUndoneRemovalComesBackEverywhere()
    {
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_goblin, "poisoned")));
        CHECK_OK(device(0).session->addCondition(conditionRequest(m_goblin, "prone")));
        syncAllAndCompare(m_goblin, {"poisoned", "prone"});
        CHECK_OK(device(0).remove(m_goblin, "poisoned"));
        syncAllAndCompare(m_goblin, {"prone"});
        device(0).temp.clock.advance(1000);
        CHECK_OK(device(0).session->undo());
        syncAllAndCompare(m_goblin, {"poisoned", "prone"});
    }
};

QTEST_GUILESS_MAIN(TestConditionSync)
#include "TestConditionSync.moc"
