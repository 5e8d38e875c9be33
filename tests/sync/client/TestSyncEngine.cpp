// Two devices, each with its own real store file, kept in step through the real service on
// loopback by the sync engine: edits, concurrent edits, deletes and their undo travel; an offline
// device keeps its outbox and retries with growing delays; a service on another protocol version
// or a sign-in that is no longer valid stops syncing with a reason and loses nothing.
#include "HttpSyncTransport.h"
#include "InProcessSyncService.h"
#include "SampleEntities.h"
#include "ServerHarness.h"
#include "SyncEngine.h"
#include "TestSupport.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"
#include "rules/EncounterRemoval.h"
#include "store/BackupManager.h"
#include "util/ErrorCodes.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThreadPool>

using namespace dnd;
using namespace dnd::sync;

namespace {

// One device: a store file of its own and the engine that syncs it.
struct Device {
    // Over HTTP to the real service.
    Device(const QString& serviceUrl, const QString& accessToken)
        : token(accessToken),
          http(std::make_unique<HttpSyncTransport>(QUrl(serviceUrl), [this] { return token; })),
          transport(http.get())
    {
        startEngine();
    }
    // Through another transport (the in-process service).
    explicit Device(SyncTransport& other) : transport(&other) { startEngine(); }
    QString token;
    test::TemporaryStore temp;
    std::unique_ptr<HttpSyncTransport> http;
    SyncTransport* transport;
    std::unique_ptr<SyncEngine> engine;

    LocalStore& store() { return *temp.store; }
    void startEngine()
    {
        engine = std::make_unique<SyncEngine>(*temp.store, *transport);
        engine->setRetryDelays(40, 160);
    }
    // Closes the store (what quitting the app does), so its file can be copied or replaced.
    void close()
    {
        engine.reset();
        temp.store.reset();
    }
    // Opens the store file again (what starting the app does).
    void open()
    {
        temp.reopen();
        startEngine();
    }
    // Runs one round to its end; true when it ended in step with the service.
    bool sync(int timeoutMs = 20000)
    {
        engine->syncNow();
        if (!QTest::qWaitFor([this] { return engine->state() != SyncEngine::State::Syncing; }, timeoutMs))
            return false;
        if (engine->state() != SyncEngine::State::Idle)
            qWarning("sync ended %s: %s",
                     QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(engine->state())),
                     qPrintable(engine->lastError()));
        return engine->state() == SyncEngine::State::Idle;
    }
    QJsonObject party(const QString& id)
    {
        return store().document(EntityKind::Party, id).value_or(QJsonObject());
    }
};

// A service that answers every request with one fixed HTTP answer: stands in for a service of
// a newer release, which this build cannot run.
class FixedAnswerService : public QTcpServer {
public:
    explicit FixedAnswerService(QByteArray answer) : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (m_received.contains("\r\n\r\n")) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
    }

private:
    QByteArray m_answer;
    QByteArray m_received;
};

QByteArray jsonAnswer(int status, const QByteArray& reason, const QByteArray& body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The real HTTP transport with a hook before each pull: the DM's edits made while a round is in
// flight, after its push (a round carries what was queued before its pull ends).
class EditDuringPull final : public SyncTransport {
public:
    EditDuringPull(SyncTransport& inner, std::function<void()> edit) : m_inner(inner), m_edit(std::move(edit))
    {}
    void push(const PushRequest& request, std::function<void(Result<PushResponse>)> done) override
    {
        m_inner.push(request, std::move(done));
    }
    void pull(const PullRequest& request, std::function<void(Result<PullResponse>)> done) override
    {
        m_edit();
        m_inner.pull(request, std::move(done));
    }

private:
    SyncTransport& m_inner;
    std::function<void()> m_edit;
};

// Every live and deleted row of the store with its causal length, in a stable order.
QStringList storeSnapshot(LocalStore& store)
{
    QStringList rows;
    for (const QJsonObject& party : store.documents(EntityKind::Party)) {
        const QString id = party.value(QStringLiteral("id")).toString();
        rows << QStringLiteral("%1 cl=%2 %3")
                    .arg(id)
                    .arg(store.causalLength(EntityKind::Party, id))
                    .arg(QString::fromUtf8(QJsonDocument(party).toJson(QJsonDocument::Compact)));
    }
    rows.sort();
    return rows;
}

// A statblock trait with a long description, as imported lore can be.
CreatureAction longTrait(const QString& description)
{
    CreatureAction lore;
    lore.name = QStringLiteral("Lore");
    lore.description = description;
    return lore;
}

// Passes every exchange on to the real transport and notes what the service answered.
class NotingTransport : public SyncTransport {
public:
    explicit NotingTransport(SyncTransport& real) : m_real(real) {}
    void push(const PushRequest& request, std::function<void(Result<PushResponse>)> done) override
    {
        if (beforePush)
            beforePush(pushesAnswered);
        m_real.push(request, [this, done](Result<PushResponse> answer) {
            if (answer) {
                lastPushedVersion = answer->version;
                ++pushesAnswered;
            }
            done(std::move(answer));
        });
    }
    void pull(const PullRequest& request, std::function<void(Result<PullResponse>)> done) override
    {
        m_real.pull(request, [this, done](Result<PullResponse> answer) {
            if (answer)
                rowsPulled += answer->rows.size();
            done(std::move(answer));
        });
    }

    qsizetype rowsPulled = 0;
    qint64 lastPushedVersion = 0;
    int pushesAnswered = 0;
    // Runs before each push, with how many were answered before it (another device's edits
    // between two pushes of one round).
    std::function<void(int)> beforePush;

private:
    SyncTransport& m_real;
};

QString newPartyIn(LocalStore& store, const QString& name)
{
    Party party;
    party.id = LocalStore::newId();
    party.name = name;
    store.commit(ChangeSet().put(party)).value();
    return party.id;
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ServerProcess> m_server;
    std::unique_ptr<test::HttpClient> m_http;

    QString registerAccount(const QString& tier = QStringLiteral("guild"))
    {
        return test::registerTestAccount(*m_server, *m_http, tier).accessToken;
    }

    int usedLogEntries(const QString& token)
    {
        return test::usedOfPlan(*m_http, token, QStringLiteral("combatLogEntries"));
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::ServerProcess>(test::fastServiceArguments());
        QVERIFY(m_server->start());
        m_http = std::make_unique<test::HttpClient>(m_server->baseUrl());
    }
    void cleanupTestCase() { m_server->stop(); }

    void editsTravelBetweenDevicesAndMergeByField()
    {
        const QString token = registerAccount();
        Device a(m_server->baseUrl(), token), b(m_server->baseUrl(), token);
        const QString party = newPartyIn(a.store(), QStringLiteral("The Lanterns"));
        QVERIFY(a.sync());
        QCOMPARE(a.store().outboxSize(), 0);
        QVERIFY(a.store().syncCookie().value() > 0);
        QVERIFY(b.sync());
        QCOMPARE(b.party(party).value("name").toString(), QStringLiteral("The Lanterns"));
        QCOMPARE(b.store().outboxSize(), 0); // what came from the service is not sent back

        // Offline, each device edits a different field of the party.
        QVERIFY(
            a.store().commit(ChangeSet().put(EntityKind::Party, party, {{"name", "The Lamplighters"}})).ok());
        QVERIFY(
            b.store().commit(ChangeSet().put(EntityKind::Party, party, {{"description", "Fridays"}})).ok());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        for (Device* device : {&a, &b}) {
            QCOMPARE(device->party(party).value("name").toString(), QStringLiteral("The Lamplighters"));
            QCOMPARE(device->party(party).value("description").toString(), QStringLiteral("Fridays"));
        }

        // Both edit the same field; the later edit wins on both, whichever syncs first.
        QVERIFY(
            a.store().commit(ChangeSet().put(EntityKind::Party, party, {{"description", "Earlier"}})).ok());
        b.temp.clock.advance(1000); // b's edit is a second later
        CHECK_OK(b.store().commit(ChangeSet().put(EntityKind::Party, party, {{"description", "Later"}})));
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(a.party(party).value("description").toString(), QStringLiteral("Later"));
        QCOMPARE(b.party(party).value("description").toString(), QStringLiteral("Later"));
    }

    // HP, temporary HP and the max-HP override are only valid together: two devices editing
    // them apart end with one device's whole group, never a mix the validator refuses.
    void hitPointsMergeAsOneUnit()
    {
        const QString token = registerAccount();
        Device a(m_server->baseUrl(), token), b(m_server->baseUrl(), token);
        const Encounter encounter = test::sampleEncounter();
        Participant troll = test::sampleParticipant(encounter.id); // 60 of 84 HP
        CHECK_OK(a.store().commit(ChangeSet().put(encounter).put(troll)));
        QVERIFY(a.sync());
        QVERIFY(b.sync());

        // Offline, a lowers the troll's maximum to 30 (and its HP with it); b, a second later,
        // heals it to 70 of its old maximum and gives it temporary HP.
        CHECK_OK(a.store().commit(
            ChangeSet().put(EntityKind::Participant, troll.id, {{"maxHpOverride", 30}, {"currentHp", 30}})));
        b.temp.clock.advance(1000);
        CHECK_OK(b.store().commit(ChangeSet().put(EntityKind::Participant, troll.id, {{"currentHp", 70}})));
        CHECK_OK(b.store().commit(ChangeSet().put(EntityKind::Participant, troll.id, {{"tempHp", 5}})));
        QSignalSpy refusedA(a.engine.get(), &SyncEngine::rejected);
        QSignalSpy refusedB(b.engine.get(), &SyncEngine::rejected);
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        QCOMPARE(refusedA.count() + refusedB.count(), 0);
        QVERIFY(b.store().rejections().isEmpty());
        for (Device* device : {&a, &b}) {
            const QJsonObject doc = device->store().document(EntityKind::Participant, troll.id).value();
            QVERIFY2(!doc.contains("maxHpOverride"), qPrintable(QJsonDocument(doc).toJson()));
            QCOMPARE(doc.value("currentHp").toInt(), 70);
            QCOMPARE(doc.value("tempHp").toInt(), 5);
            QCOMPARE(doc.value("maxHp").toInt(), 84);
        }

        // The other order: b's group is older than a's later edit, and a's whole group wins.
        CHECK_OK(b.store().commit(ChangeSet().put(EntityKind::Participant, troll.id, {{"currentHp", 80}})));
        a.temp.clock.advance(5000);
        CHECK_OK(a.store().commit(
            ChangeSet().put(EntityKind::Participant, troll.id, {{"maxHpOverride", 40}, {"currentHp", 40}})));
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(refusedA.count() + refusedB.count(), 0);
        for (Device* device : {&a, &b}) {
            const QJsonObject doc = device->store().document(EntityKind::Participant, troll.id).value();
            QCOMPARE(doc.value("maxHpOverride").toInt(), 40);
            QCOMPARE(doc.value("currentHp").toInt(), 40);
        }
    }

    void deletesTravelAndAnUndoBringsTheRowBack()
    {
        const QString token = registerAccount();
        Device a(m_server->baseUrl(), token), b(m_server->baseUrl(), token);
        const QString party = newPartyIn(a.store(), QStringLiteral("Short-lived"));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        const Result<ChangeSet> undo = a.store().commit(ChangeSet().remove(EntityKind::Party, party));
        CHECK_OK(undo);
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(b.store().isDeleted(EntityKind::Party, party));
        CHECK_OK(a.store().commit(undo.value()));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(!b.store().isDeleted(EntityKind::Party, party));
        QCOMPARE(b.party(party).value("name").toString(), QStringLiteral("Short-lived"));
    }

    // A deleted encounter takes its combatants and combat log with it, on every device and on the
    // service, where its log entries stop counting against the plan's limit; an undo brings all
    // of it back.
    void deletedEncounterTakesItsLogWithIt()
    {
        const QString token = registerAccount();
        Device a(m_server->baseUrl(), token), b(m_server->baseUrl(), token);
        const Encounter encounter = test::sampleEncounter();
        ChangeSet created;
        created.put(encounter).put(test::sampleParticipant(encounter.id));
        for (int sequence = 1; sequence <= 3; ++sequence)
            created.put(test::sampleLogEntry(encounter.id, sequence));
        CHECK_OK(a.store().commit(created));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(b.store().children(EntityKind::CombatLog, encounter.id).size(), 3);
        QCOMPARE(usedLogEntries(token), 3);

        const Result<ChangeSet> undo = a.store().commit(rules::encounterRemoval(a.store(), encounter.id));
        CHECK_OK(undo);
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(usedLogEntries(token), 0);
        for (Device* device : {&a, &b}) {
            QVERIFY(device->store().isDeleted(EntityKind::Encounter, encounter.id));
            QCOMPARE(device->store().children(EntityKind::CombatLog, encounter.id).size(), 0);
            QCOMPARE(device->store().children(EntityKind::Participant, encounter.id).size(), 0);
        }

        CHECK_OK(a.store().commit(undo.value()));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(usedLogEntries(token), 3);
        QCOMPARE(b.store().children(EntityKind::CombatLog, encounter.id).size(), 3);
        QCOMPARE(b.store().children(EntityKind::Participant, encounter.id).size(), 1);
    }

    void offlineDeviceKeepsItsOutboxAndRetriesLonger()
    {
        const QString token = registerAccount();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        Device device(QStringLiteral("http://127.0.0.1:%1").arg(deadPort), token);
        const QString party = newPartyIn(device.store(), QStringLiteral("Made offline"));
        QVERIFY(!device.sync());
        QCOMPARE(device.engine->state(), SyncEngine::State::Waiting);
        QVERIFY2(device.engine->lastError().contains(QStringLiteral("could not be reached")),
                 qPrintable(device.engine->lastError()));
        QCOMPARE(device.store().outboxSize(), 1);
        QCOMPARE(device.engine->nextRetryDelay(), 40);
        // The retry fails too and waits longer, up to the cap.
        QSignalSpy states(device.engine.get(), &SyncEngine::stateChanged);
        QVERIFY(QTest::qWaitFor([&] { return device.engine->nextRetryDelay() == 160; }, 5000));
        QVERIFY(states.count() >= 4);
        // Back online: the next retry delivers the outbox.
        device.http->setServiceUrl(QUrl(m_server->baseUrl()));
        QVERIFY(QTest::qWaitFor([&] { return device.engine->state() == SyncEngine::State::Idle; }, 5000));
        QCOMPARE(device.store().outboxSize(), 0);
        Device other(m_server->baseUrl(), token);
        QVERIFY(other.sync());
        QCOMPARE(other.party(party).value("name").toString(), QStringLiteral("Made offline"));
    }

    void otherProtocolStopsSyncingAndKeepsTheOutbox()
    {
        FixedAnswerService newer(jsonAnswer(
            409, "Conflict",
            R"({"success":false,"error":{"code":"SYNC_PROTOCOL_MISMATCH","message":"The device speaks sync protocol 1; this service speaks 2."}})"));
        QVERIFY(newer.listen(QHostAddress::LocalHost));
        Device device(QStringLiteral("http://127.0.0.1:%1").arg(newer.serverPort()), QStringLiteral("token"));
        newPartyIn(device.store(), QStringLiteral("Kept"));
        QVERIFY(!device.sync());
        QCOMPARE(device.engine->state(), SyncEngine::State::Stopped);
        QVERIFY2(device.engine->lastError().contains(QStringLiteral("protocol")),
                 qPrintable(device.engine->lastError()));
        QCOMPARE(device.store().outboxSize(), 1);
        // Stopped means stopped: no retries behind the user's back.
        device.engine->syncNow();
        QCOMPARE(device.engine->state(), SyncEngine::State::Stopped);
        QTest::qWait(200);
        QCOMPARE(device.engine->state(), SyncEngine::State::Stopped);
    }

    void expiredSignInStopsUntilResumed()
    {
        const QString token = registerAccount();
        QString current = QStringLiteral("not-a-token");
        test::TemporaryStore temp;
        HttpSyncTransport transport(QUrl(m_server->baseUrl()), [&current] { return current; });
        SyncEngine engine(*temp.store, transport);
        newPartyIn(*temp.store, QStringLiteral("Waits for sign-in"));
        engine.syncNow();
        QVERIFY(QTest::qWaitFor([&] { return engine.state() == SyncEngine::State::Stopped; }, 10000));
        QCOMPARE(temp.store->outboxSize(), 1);
        current = token; // signed in again
        engine.resume();
        QVERIFY(QTest::qWaitFor([&] { return engine.state() == SyncEngine::State::Idle; }, 10000));
        QCOMPARE(temp.store->outboxSize(), 0);
    }

    void refusedChangesAreReportedAndDoNotBlock()
    {
        const QString token = registerAccount(QStringLiteral("free")); // one party
        Device device(m_server->baseUrl(), token);
        QSignalSpy rejected(device.engine.get(), &SyncEngine::rejected);
        newPartyIn(device.store(), QStringLiteral("Synced"));
        const QString second = newPartyIn(device.store(), QStringLiteral("Over the limit"));
        QVERIFY(device.sync());
        QCOMPARE(rejected.count(), 1);
        const auto rejections = rejected.first().first().value<QList<Rejection>>();
        QCOMPARE(rejections.size(), 1);
        QCOMPARE(rejections.first().code, QStringLiteral("LIMIT_EXCEEDED"));
        QCOMPARE(device.store().outboxSize(), 0);
        // Kept on the device all the same.
        QCOMPARE(device.party(second).value("name").toString(), QStringLiteral("Over the limit"));
    }

    // Edge case 7 on the device: the i-th access of a round to the device's store fails, for every
    // i (reading the outbox, the cookie and the epoch, acknowledging the outbox, merging the pull,
    // keeping the cookie, each commit). The round waits with the reason, never reads a failed
    // read as an empty outbox or cookie, and tries again by itself; the device then holds exactly
    // what a clean run gives.
    void everyFailedStoreWriteRecovers()
    {
        const auto scenario = [this](int failing, int* operations) {
            const QString token = registerAccount();
            Device a(m_server->baseUrl(), token), b(m_server->baseUrl(), token);
            const QString shared = newPartyIn(a.store(), QStringLiteral("From a"));
            QVERIFY(a.store()
                        .commit(ChangeSet().put(EntityKind::Party, shared, {{"description", "edited"}}))
                        .ok());
            newPartyIn(a.store(), QStringLiteral("Also from a"));
            QVERIFY(a.sync());
            newPartyIn(b.store(), QStringLiteral("From b"));
            b.store().database().failOperation(failing);
            const bool clean = b.sync();
            if (operations)
                *operations = b.store().database().operationsCounted();
            b.store().database().failOperation(0);
            if (!clean) {
                // A failed access to the store passes: the engine tries again by itself.
                QCOMPARE(b.engine->state(), SyncEngine::State::Waiting);
                QCOMPARE(b.engine->lastErrorCode(), codes::kDbIo);
                QVERIFY(QTest::qWaitFor([&] { return b.engine->state() == SyncEngine::State::Idle; }, 20000));
            }
            QVERIFY2(b.engine->state() == SyncEngine::State::Idle,
                     qPrintable(QStringLiteral("failing %1: %2").arg(failing).arg(b.engine->lastError())));
            QVERIFY(a.sync());
            QCOMPARE(b.store().outboxSize(), 0);
            QCOMPARE(storeSnapshot(b.store()).size(), 3);
            QCOMPARE(storeSnapshot(b.store()), storeSnapshot(a.store()));
        };
        int operations = 0;
        scenario(0, &operations);
        QVERIFY(operations >= 4);
        for (int failing = 1; failing <= operations; ++failing)
            scenario(failing, nullptr);
    }

    // Another program (a second copy of the tracker, a backup tool) holds the data file's write
    // lock during a round: SQLITE_BUSY passes, the engine waits and tries again instead of
    // stopping, and once the lock is gone the round completes, nothing sent twice or lost.
    void storeLockedByAnotherProgramIsTriedAgain()
    {
        const QString token = registerAccount();
        Device a(m_server->baseUrl(), token), b(m_server->baseUrl(), token);
        const QString party = newPartyIn(a.store(), QStringLiteral("Made while locked"));
        const QString connection = QStringLiteral("another program");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            other.setDatabaseName(a.temp.path());
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(
                lock.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('other', 'program')")));
            QVERIFY(!a.sync(60000));
            QCOMPARE(a.engine->state(), SyncEngine::State::Waiting);
            QCOMPARE(a.engine->lastErrorCode(), codes::kDbBusy);
            QCOMPARE(a.store().outboxSize(), 1);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QVERIFY(QTest::qWaitFor([&] { return a.engine->state() == SyncEngine::State::Idle; }, 60000));
        QCOMPARE(a.store().outboxSize(), 0);
        QVERIFY(b.sync());
        QCOMPARE(b.party(party).value("name").toString(), QStringLiteral("Made while locked"));
        QCOMPARE(storeSnapshot(a.store()), storeSnapshot(b.store()));
    }

    // Edits made while a round is in flight go out right after that round by themselves, even
    // when the round has made all the passes it makes: no further change, poke or timer is needed.
    void editsMadeDuringARoundGoOutRightAfterIt()
    {
        const QString token = registerAccount();
        test::TemporaryStore temp;
        HttpSyncTransport http(QUrl(m_server->baseUrl()), [&] { return token; });
        QStringList made;
        constexpr int kEdits = 4; // more than a round's passes
        EditDuringPull editing(http, [&] {
            if (made.size() < kEdits)
                made << newPartyIn(*temp.store, QStringLiteral("Made during pull %1").arg(made.size() + 1));
        });
        SyncEngine engine(*temp.store, editing);
        QSignalSpy rounds(&engine, &SyncEngine::roundFinished);
        newPartyIn(*temp.store, QStringLiteral("Before the round"));
        engine.syncNow();
        QVERIFY(QTest::qWaitFor([&] { return rounds.count() >= 1; }, 20000));
        QVERIFY(QTest::qWaitFor(
            [&] { return engine.state() == SyncEngine::State::Idle && temp.store->outboxSize() == 0; },
            20000));
        QCOMPARE(made.size(), kEdits);
        QVERIFY(rounds.count() >= 2);
        Device reader(m_server->baseUrl(), token);
        QVERIFY(reader.sync());
        for (const QString& id : made)
            QVERIFY2(!reader.party(id).isEmpty(), qPrintable(id));
    }

    // Issue item 1 / edge case 11: a store restored from its backup reuses the mutation numbers
    // the service has seen since. Restored in the app (which marks the file), or by copying the
    // backup back by hand (the service sees other clocks under known numbers, or acknowledges
    // numbers the store never issued): either way it syncs on as a new device and loses nothing.
    void restoredStoreLosesNoEditMadeAfterTheRestore_data()
    {
        QTest::addColumn<bool>("inTheApp");
        QTest::addColumn<int>("editsAfterRestore");
        QTest::newRow("restored in the app") << true << 3;
        QTest::newRow("copied back, as many edits as were lost") << false << 3;
        QTest::newRow("copied back, fewer edits than were lost") << false << 1;
        QTest::newRow("copied back, more edits than were lost") << false << 5;
    }
    void restoredStoreLosesNoEditMadeAfterTheRestore()
    {
        QFETCH(bool, inTheApp);
        QFETCH(int, editsAfterRestore);
        const QString token = registerAccount();
        Device a(m_server->baseUrl(), token), b(m_server->baseUrl(), token);
        const QString kept = newPartyIn(a.store(), QStringLiteral("Before the backup"));
        QVERIFY(a.sync());
        const QString backup = a.temp.dir.filePath(QStringLiteral("backup.sqlite3"));
        CHECK_OK(BackupManager::backupTo(a.store().database(), backup));
        // Mutations 2 to 4 reach the service after the backup.
        for (int i = 0; i < 3; ++i) {
            a.temp.clock.advance(1000);
            CHECK_OK(a.store().commit(ChangeSet().put(
                EntityKind::Party, kept, {{"description", QStringLiteral("after the backup %1").arg(i)}})));
        }
        QVERIFY(a.sync());
        a.close();
        if (inTheApp)
            CHECK_OK(BackupManager(a.temp.dir.filePath(QStringLiteral("backups")), a.temp.clock)
                         .restore(backup, a.temp.path()));
        else
            QVERIFY(test::copyDatabaseFile(backup, a.temp.path()));
        a.temp.clock.advance(60'000); // the app starts again a minute later
        a.open();
        QStringList made;
        for (int i = 0; i < editsAfterRestore; ++i)
            made << newPartyIn(a.store(), QStringLiteral("After the restore %1").arg(i));
        QVERIFY(a.sync());
        QCOMPARE(a.store().outboxSize(), 0);
        QVERIFY(b.sync());
        for (const QString& id : made)
            QVERIFY2(!b.party(id).isEmpty(), qPrintable(id));
        // What reached the service before the restore comes back to the restored store.
        QCOMPARE(a.party(kept).value("description").toString(), QStringLiteral("after the backup 2"));
        QCOMPARE(storeSnapshot(a.store()), storeSnapshot(b.store()));
    }

    // Issue item 1: a data folder copied to another place (or computer) is a second device; the
    // edits of both reach the service.
    void copiedStoreSyncsAsAnotherDevice()
    {
        const QString token = registerAccount();
        Device original(m_server->baseUrl(), token), copy(m_server->baseUrl(), token),
            other(m_server->baseUrl(), token);
        newPartyIn(original.store(), QStringLiteral("Made before the copy"));
        QVERIFY(original.sync());
        original.close();
        copy.close();
        QVERIFY(test::copyDatabaseFile(original.temp.path(), copy.temp.path()));
        original.open();
        copy.open();
        QVERIFY(copy.store().clientId() != original.store().clientId());
        const QString fromOriginal = newPartyIn(original.store(), QStringLiteral("Made on the original"));
        const QString fromCopy = newPartyIn(copy.store(), QStringLiteral("Made on the copy"));
        QVERIFY(original.sync());
        QVERIFY(copy.sync());
        QVERIFY(original.sync());
        QVERIFY(other.sync());
        QCOMPARE(other.party(fromOriginal).value("name").toString(), QStringLiteral("Made on the original"));
        QCOMPARE(other.party(fromCopy).value("name").toString(), QStringLiteral("Made on the copy"));
        QCOMPARE(storeSnapshot(original.store()), storeSnapshot(other.store()));
        QCOMPARE(storeSnapshot(copy.store()), storeSnapshot(other.store()));
    }

    // A device removed from the account (to free its slot) is told at its next round, comes back
    // under a new id while the plan has a free slot, and its edits still arrive.
    void removedDeviceIsToldAndComesBackUnderANewId()
    {
        const test::TestAccount account = test::registerTestAccount(*m_server, *m_http); // one device
        Device laptop(m_server->baseUrl(), account.accessToken),
            other(m_server->baseUrl(), account.accessToken);
        const QString party = newPartyIn(laptop.store(), QStringLiteral("Before the removal"));
        QVERIFY(laptop.sync());
        const QString removedId = laptop.store().clientId();
        QCOMPARE(m_http->del("/api/v1/users/me/devices/" + removedId, account.accessToken).status, 200);

        QSignalSpy told(laptop.engine.get(), &SyncEngine::startedAsNewDevice);
        QJsonObject renamed = laptop.party(party);
        renamed.insert(QStringLiteral("name"), QStringLiteral("After the removal"));
        CHECK_OK(laptop.store().commit(ChangeSet().put(Party::fromJson(renamed))));
        QVERIFY(laptop.sync());
        QCOMPARE(told.size(), 1);
        QVERIFY2(told.first().first().toString().contains(QStringLiteral("removed")),
                 qPrintable(told.first().first().toString()));
        QVERIFY(laptop.store().clientId() != removedId);
        const QJsonArray devices = m_http->get("/api/v1/users/me/devices", account.accessToken).items();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().toObject().value("id").toString(), laptop.store().clientId());
        // Pulling needs no slot: another device of the account reads the edit.
        QVERIFY(other.sync());
        QCOMPARE(other.party(party).value("name").toString(), QStringLiteral("After the removal"));
    }

    // Issue item 1: the same data signed in to another account is a new device there, and the
    // new account receives all of it.
    void anotherAccountReceivesEverything()
    {
        const QString first = registerAccount();
        const QString second = registerAccount();
        Device device(m_server->baseUrl(), first);
        CHECK_OK(device.store().useSyncAccount(QStringLiteral("service first-account")));
        const QString party = newPartyIn(device.store(), QStringLiteral("Synced to the first account"));
        QVERIFY(device.sync());
        const QString before = device.store().clientId();
        CHECK_OK(device.store().useSyncAccount(QStringLiteral("service second-account")));
        QVERIFY(device.store().clientId() != before);
        device.token = second;
        QVERIFY(device.sync());
        Device reader(m_server->baseUrl(), second);
        QVERIFY(reader.sync());
        QCOMPARE(reader.party(party).value("name").toString(), QStringLiteral("Synced to the first account"));
    }

    // Issue item 2 / edge case 12: the service's database is restored from an older backup and
    // the operator runs `admin reset-sync-epoch`. A device with nothing queued and one with
    // queued edits (whose numbers the restored service has never seen: SYNC_GAP) both go on as
    // new devices and send again what the restore lost.
    void restoredServiceGetsBackWhatItLost()
    {
        test::ServerProcess server(test::fastServiceArguments());
        QVERIFY(server.start());
        test::HttpClient http(server.baseUrl());
        const QString token = test::registerTestAccount(server, http, QStringLiteral("guild")).accessToken;
        Device a(server.baseUrl(), token), b(server.baseUrl(), token);
        const auto moveTo = [&](const QString& url) {
            a.http->setServiceUrl(QUrl(url));
            b.http->setServiceUrl(QUrl(url));
        };
        const QString beforeBackup = newPartyIn(a.store(), QStringLiteral("Before the service's backup"));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        const QString database = server.dataDir() + QStringLiteral("/server.sqlite3");
        server.stop();
        QVERIFY(test::copyDatabaseFile(database, database + QStringLiteral(".backup")));
        QVERIFY(server.start());
        moveTo(server.baseUrl());
        const QString fromA = newPartyIn(a.store(), QStringLiteral("Lost by the restore, kept by a"));
        QVERIFY(a.sync());
        const QString fromB = newPartyIn(b.store(), QStringLiteral("Lost by the restore, kept by b"));
        QVERIFY(b.sync());
        const QString queued = newPartyIn(b.store(), QStringLiteral("Made while the service was down"));

        server.stop();
        QVERIFY(test::copyDatabaseFile(database + QStringLiteral(".backup"), database));
        QCOMPARE(server.runCommand({QStringLiteral("admin"), QStringLiteral("reset-sync-epoch")}), 0);
        QVERIFY(server.start());
        moveTo(server.baseUrl());
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QVERIFY(a.sync());
        Device c(server.baseUrl(), token);
        QVERIFY(c.sync());
        for (const QString& id : {beforeBackup, fromA, fromB, queued})
            QVERIFY2(!c.party(id).isEmpty(), qPrintable(id));
        QCOMPARE(storeSnapshot(a.store()), storeSnapshot(c.store()));
        QCOMPARE(storeSnapshot(b.store()), storeSnapshot(c.store()));
        server.stop();
    }

    // The service's database file replaced by an older copy without the operator's
    // `admin reset-sync-epoch`, and written past the device's cookie by another device before the
    // device syncs again: the service notices the restore at its start (its restore mark is behind
    // the one beside it) and takes a new epoch, so the device pulls everything and sends again
    // what the restore lost, instead of pulling on from a cookie the restored history overtook.
    void serviceNoticesItsRestoredDatabaseByItself()
    {
        test::ServerProcess server(test::fastServiceArguments());
        QVERIFY(server.start());
        test::HttpClient http(server.baseUrl());
        const QString token = test::registerTestAccount(server, http, QStringLiteral("guild")).accessToken;
        Device a(server.baseUrl(), token);
        const QString beforeBackup = newPartyIn(a.store(), QStringLiteral("Before the service's backup"));
        QVERIFY(a.sync());
        const QString database = server.dataDir() + QStringLiteral("/server.sqlite3");
        server.stop();
        QVERIFY(test::copyDatabaseFile(database, database + QStringLiteral(".backup")));
        QVERIFY(server.startOnSamePort());
        const QString lost = newPartyIn(a.store(), QStringLiteral("Lost by the restore"));
        QVERIFY(a.sync());
        server.stop();
        QVERIFY(test::copyDatabaseFile(database + QStringLiteral(".backup"), database));
        QVERIFY(server.startOnSamePort());

        // Another device writes to the restored service, past a's cookie.
        Device other(server.baseUrl(), token);
        QStringList fromOther;
        for (int i = 0; i < 3; ++i) {
            fromOther << newPartyIn(other.store(), QStringLiteral("After the restore %1").arg(i));
            QVERIFY(other.sync());
        }
        QSignalSpy newDevice(a.engine.get(), &SyncEngine::startedAsNewDevice);
        QVERIFY(a.sync());
        QCOMPARE(newDevice.count(), 1);
        QVERIFY(other.sync());
        for (const QString& id : QStringList{beforeBackup, lost} + fromOther) {
            QVERIFY2(!a.party(id).isEmpty(), qPrintable(id));
            QVERIFY2(!other.party(id).isEmpty(), qPrintable(id));
        }
        QCOMPARE(storeSnapshot(a.store()), storeSnapshot(other.store()));
        server.stop();
    }

    // Issue item 3 / edge case 1: one device's clock 10 minutes ahead, another's 10 minutes
    // behind. Every edit syncs, and an edit made after seeing another device's edit wins on every
    // device, in both directions.
    void wrongClocksLoseNoEditAndTheLaterEditWins()
    {
        const QString token = registerAccount();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 tenMinutes = 10 * 60 * 1000;
        Device fast(m_server->baseUrl(), token), slow(m_server->baseUrl(), token);
        fast.temp.clock.set(now + tenMinutes);
        slow.temp.clock.set(now - tenMinutes);
        QVERIFY(fast.sync()); // the first answers measure the clocks
        QVERIFY(slow.sync());
        QSignalSpy rejected(fast.engine.get(), &SyncEngine::rejected);
        const QString party = newPartyIn(fast.store(), QStringLiteral("From the fast device"));
        QVERIFY(fast.sync());
        QCOMPARE(rejected.count(), 0);
        QVERIFY(slow.sync());
        QCOMPARE(slow.party(party).value("name").toString(), QStringLiteral("From the fast device"));
        CHECK_OK(
            slow.store().commit(ChangeSet().put(EntityKind::Party, party, {{"name", "Slow, but later"}})));
        QVERIFY(slow.sync());
        QVERIFY(fast.sync());
        QCOMPARE(fast.party(party).value("name").toString(), QStringLiteral("Slow, but later"));
        CHECK_OK(fast.store().commit(
            ChangeSet().put(EntityKind::Party, party, {{"name", "Fast, and later still"}})));
        QVERIFY(fast.sync());
        QVERIFY(slow.sync());
        QCOMPARE(slow.party(party).value("name").toString(), QStringLiteral("Fast, and later still"));
        QCOMPARE(storeSnapshot(slow.store()), storeSnapshot(fast.store()));
    }

    // Issue item 3: a device whose stamps the service cannot take (made offline, before any
    // answer, with the clock 10 minutes ahead) keeps them queued and says why; nothing is dropped.
    void changeStampedFarAheadWaitsInsteadOfBeingDropped()
    {
        const QString token = registerAccount();
        Device fast(m_server->baseUrl(), token);
        fast.temp.clock.set(QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000);
        QSignalSpy rejected(fast.engine.get(), &SyncEngine::rejected);
        newPartyIn(fast.store(), QStringLiteral("Made offline with the clock ahead"));
        QVERIFY(!fast.sync());
        QCOMPARE(fast.engine->state(), SyncEngine::State::Waiting);
        QCOMPARE(fast.engine->lastErrorCode(), QStringLiteral("CLOCK_DRIFT"));
        QVERIFY2(fast.engine->lastError().contains(QStringLiteral("date and time")),
                 qPrintable(fast.engine->lastError()));
        QCOMPARE(fast.store().outboxSize(), 1);
        QCOMPARE(rejected.count(), 0);
        // The refusal carries the service's time: later edits are stamped with the corrected time.
        QVERIFY2(fast.store().clockOffset() < -9 * 60 * 1000,
                 qPrintable(QString::number(fast.store().clockOffset())));
    }

    // Edge case 2 through the in-process service: the service applies a batch and the answer is
    // lost; the engine sends it again, the service skips it, and the outbox drains once.
    void lostAnswerDrainsTheOutboxOnce()
    {
        test::InProcessSyncService service;
        Device device(service);
        const QString party = newPartyIn(device.store(), QStringLiteral("Sent once"));
        for (const char* description : {"first", "second", "third"})
            CHECK_OK(device.store().commit(
                ChangeSet().put(EntityKind::Party, party, {{"description", description}})));
        service.loseAnswers = 1;
        QVERIFY(!device.sync());
        QCOMPARE(device.engine->state(), SyncEngine::State::Waiting);
        QCOMPARE(device.store().outboxSize(), 4); // applied there, not known here
        QVERIFY(QTest::qWaitFor([&] { return device.engine->state() == SyncEngine::State::Idle; }, 5000));
        QCOMPARE(device.store().outboxSize(), 0);
        const PullResponse held =
            service.repository().pull(service.account(), device.store().clientId(), 0).value();
        QCOMPARE(held.rows.size(), 1);
        QCOMPARE(held.rows.first().fields.value("description").toString(), QStringLiteral("third"));
        QCOMPARE(held.lastMutationId, 4);
    }

    // Issue item 2 through the in-process service: the database restored without the operator's
    // reset of the epoch. The device's next numbers are a gap there; it starts again as a new
    // device and everything the restore lost comes back.
    void restoredServiceWithoutTheEpochResetRecovers()
    {
        test::InProcessSyncService service;
        Device device(service), reader(service);
        const QString kept = newPartyIn(device.store(), QStringLiteral("In the backup"));
        QVERIFY(device.sync());
        QVERIFY(service.backUp(QStringLiteral("backup.sqlite3")));
        const QString lost = newPartyIn(device.store(), QStringLiteral("Lost by the restore"));
        QVERIFY(device.sync());
        QVERIFY(service.restore(QStringLiteral("backup.sqlite3"), false));
        const QString queued = newPartyIn(device.store(), QStringLiteral("Queued during the restore"));
        QSignalSpy newDevice(device.engine.get(), &SyncEngine::startedAsNewDevice);
        QVERIFY(device.sync());
        QCOMPARE(newDevice.count(), 1);
        QVERIFY(reader.sync());
        for (const QString& id : {kept, lost, queued})
            QVERIFY2(!reader.party(id).isEmpty(), qPrintable(id));
        QCOMPARE(storeSnapshot(reader.store()), storeSnapshot(device.store()));
    }

    // Issue item 7 / edge case 13: an offline import larger than one request body (150 long
    // statblocks in one transaction, about 2 MiB) syncs in batches bounded by bytes.
    void largeImportSyncsInBatchesBoundedByBytes()
    {
        const QString token = registerAccount();
        Device device(m_server->baseUrl(), token), other(m_server->baseUrl(), token);
        ChangeSet import;
        for (int i = 0; i < 150; ++i) {
            Creature creature = test::sampleCreature(QStringLiteral("Imported %1").arg(i));
            creature.id = LocalStore::newId();
            creature.traits.append(longTrait(QString(14'000, QLatin1Char('x'))));
            import.put(creature);
        }
        CHECK_OK(device.store().commit(import));
        QSignalSpy rejected(device.engine.get(), &SyncEngine::rejected);
        QVERIFY(device.sync());
        QCOMPARE(rejected.count(), 0);
        QCOMPARE(device.store().outboxSize(), 0);
        QVERIFY(device.engine->lastRound().pushed == 150);
        QVERIFY(other.sync());
        QCOMPARE(other.store().count(EntityKind::Creature), 150);
    }

    // A device in step that pushes many changes of its own while no other device changed anything
    // is not sent them back by the pull after the push; a change another device pushed
    // meanwhile still arrives.
    void ownPushIsNotPulledBackWhenNothingElseChanged()
    {
        const QString token = registerAccount();
        HttpSyncTransport http(QUrl(m_server->baseUrl()), [token] { return token; });
        NotingTransport noting(http);
        Device device(noting), other(m_server->baseUrl(), token);
        newPartyIn(device.store(), QStringLiteral("The first"));
        QVERIFY(device.sync());
        QVERIFY(device.store().syncCookie().value() > 0);

        constexpr int kRows = 1200; // three pushes
        ChangeSet import;
        for (int i = 0; i < kRows; ++i) {
            Party party = test::sampleParty(QStringLiteral("Imported %1").arg(i));
            party.id = LocalStore::newId();
            import.put(party);
        }
        CHECK_OK(device.store().commit(import));
        noting.rowsPulled = 0;
        QVERIFY(device.sync());
        QCOMPARE(device.store().outboxSize(), 0);
        QCOMPARE(noting.rowsPulled, 0);
        QCOMPARE(device.store().syncCookie().value(), noting.lastPushedVersion);
        QVERIFY(other.sync());
        QCOMPARE(other.store().count(EntityKind::Party), kRows + 1);
        QCOMPARE(storeSnapshot(other.store()), storeSnapshot(device.store()));

        // Another device pushed first: this push's answer says so, and the pull brings its change.
        const QString elsewhere = newPartyIn(other.store(), QStringLiteral("Made elsewhere"));
        QVERIFY(other.sync());
        newPartyIn(device.store(), QStringLiteral("Made here"));
        QVERIFY(device.sync());
        QCOMPARE(device.party(elsewhere).value("name").toString(), QStringLiteral("Made elsewhere"));
        QVERIFY(other.sync());
        QCOMPARE(storeSnapshot(other.store()), storeSnapshot(device.store()));
    }

    // A store's very first round pushes what it made offline and pulls only what other devices
    // changed: none of its own rows comes back. Another device's writes between two of its
    // pushes still all arrive, also an edit of a row of the first push that a later push of
    // this device changed again (the service holds that row under this device's version).
    void firstRoundPullsOnlyWhatOtherDevicesChanged_data()
    {
        QTest::addColumn<bool>("interleaved");
        QTest::newRow("nothing else between its pushes") << false;
        QTest::newRow("another device's writes between its pushes") << true;
    }
    void firstRoundPullsOnlyWhatOtherDevicesChanged()
    {
        QFETCH(bool, interleaved);
        const QString token = registerAccount();
        Device other(m_server->baseUrl(), token);
        newPartyIn(other.store(), QStringLiteral("Made before"));
        QVERIFY(other.sync());

        HttpSyncTransport http(QUrl(m_server->baseUrl()), [token] { return token; });
        NotingTransport noting(http);
        Device device(noting);
        constexpr int kRows = 1200; // three pushes
        QStringList ids;
        ChangeSet import;
        for (int i = 0; i < kRows; ++i) {
            Party party = test::sampleParty(QStringLiteral("Offline %1").arg(i));
            party.id = LocalStore::newId();
            ids << party.id;
            import.put(party);
        }
        CHECK_OK(device.store().commit(import));
        // Edited later, still offline: this goes up in the last push.
        CHECK_OK(device.store().commit(
            ChangeSet().put(EntityKind::Party, ids.first(), {{"description", "Edited on this device"}})));

        QString madeBetween;
        bool otherSynced = true;
        if (interleaved) {
            noting.beforePush = [&](int answered) {
                if (answered != 1)
                    return;
                // After the first push: the other device takes it, renames two of its rows and
                // makes one of its own.
                otherSynced = other.sync();
                CHECK_OK(other.store().commit(
                    ChangeSet()
                        .put(EntityKind::Party, ids.at(0), {{"name", "Renamed elsewhere"}})
                        .put(EntityKind::Party, ids.at(1), {{"name", "Also renamed elsewhere"}})));
                madeBetween = newPartyIn(other.store(), QStringLiteral("Made between"));
                otherSynced = otherSynced && other.sync();
            };
        }
        QVERIFY(device.sync(120000));
        QVERIFY(otherSynced);
        QVERIFY(noting.pushesAnswered >= 3);
        QCOMPARE(device.store().outboxSize(), 0);
        // "Made before"; and with the other device's writes: its new row and the two it renamed.
        QCOMPARE(noting.rowsPulled, interleaved ? 4 : 1);
        if (interleaved) {
            QCOMPARE(device.party(ids.at(0)).value("name").toString(), QStringLiteral("Renamed elsewhere"));
            QCOMPARE(device.party(ids.at(0)).value("description").toString(),
                     QStringLiteral("Edited on this device"));
            QCOMPARE(device.party(ids.at(1)).value("name").toString(),
                     QStringLiteral("Also renamed elsewhere"));
            QCOMPARE(device.party(madeBetween).value("name").toString(), QStringLiteral("Made between"));
        }
        QCOMPARE(device.store().count(EntityKind::Party), kRows + (interleaved ? 2 : 1));
        QVERIFY(other.sync(120000));
        QCOMPARE(storeSnapshot(other.store()), storeSnapshot(device.store()));
        // Nothing comes again in the next round.
        noting.rowsPulled = 0;
        QVERIFY(device.sync());
        QCOMPARE(noting.rowsPulled, 0);
    }

    // What the service changes beside a device's own change (here: an encounter's combatant that
    // a release before the rule deleted with the encounter left alive) reaches that device too,
    // although it carries the version of the device's push.
    void serviceRepairInsideOwnPushIsPulled()
    {
        const QString token = registerAccount();
        HttpSyncTransport http(QUrl(m_server->baseUrl()), [token] { return token; });
        NotingTransport noting(http);
        Device device(noting);
        const Encounter encounter = test::sampleEncounter();
        const Participant combatant = test::sampleParticipant(encounter.id);
        CHECK_OK(device.store().commit(ChangeSet().put(encounter).put(combatant)));
        CHECK_OK(device.store().commit(ChangeSet().remove(EntityKind::Encounter, encounter.id)));
        QVERIFY(!device.store().isDeleted(EntityKind::Participant, combatant.id));
        QVERIFY(device.sync());
        QCOMPARE(noting.rowsPulled, 1);
        QVERIFY(device.store().isDeleted(EntityKind::Participant, combatant.id));
    }

    // Starting again as a new device rewrites no queued change, however many there are (it is one
    // transaction on the window's thread), and the queue still goes up numbered from 1 under the
    // new id. After the service's restore the dropped queue is left to the acknowledgements, each
    // clearing a bounded part of it.
    void startingAgainRewritesNoQueuedChange()
    {
        test::InProcessSyncService service;
        Device device(service), other(service);
        newPartyIn(device.store(), QStringLiteral("Synced first"));
        QVERIFY(device.sync());
        constexpr int kQueued = 1200;
        const auto queueParties = [&](const QString& prefix) {
            ChangeSet import;
            for (int i = 0; i < kQueued; ++i) {
                Party party = test::sampleParty(QStringLiteral("%1 %2").arg(prefix).arg(i));
                party.id = LocalStore::newId();
                import.put(party);
            }
            return device.store().commit(import).ok();
        };
        const auto rowsChanged = [&] {
            return test::scalar(device.store().database(), QStringLiteral("SELECT total_changes()"))
                .toLongLong();
        };
        const auto rowsInOutbox = [&] {
            return test::scalar(device.store().database(), QStringLiteral("SELECT count(*) FROM outbox"))
                .toLongLong();
        };

        QVERIFY(queueParties(QStringLiteral("Copied")));
        qint64 before = rowsChanged();
        CHECK_OK(device.store().startAsNewDevice(LocalStore::NewDeviceReason::Copied));
        QCOMPARE(rowsChanged() - before, 1); // the sync state's row, no queued change
        const QList<OutboxEntry> queued = device.store().queuedChanges(kQueued + 1).value();
        QCOMPARE(queued.size(), kQueued);
        QCOMPARE(queued.first().mutationId, 1);
        QCOMPARE(queued.last().mutationId, kQueued);
        QCOMPARE(device.store().lastIssuedMutation().value(), kQueued);
        QVERIFY(device.sync());
        QCOMPARE(device.store().outboxSize(), 0);
        QCOMPARE(rowsInOutbox(), 0);

        QVERIFY(queueParties(QStringLiteral("Queued when the service was restored")));
        before = rowsChanged();
        CHECK_OK(device.store().startAsNewDevice(LocalStore::NewDeviceReason::ServiceRestored));
        QCOMPARE(rowsChanged() - before, 1);
        QCOMPARE(device.store().outboxSize(), 0);
        QCOMPARE(device.store().lastIssuedMutation().value(), 0);
        QCOMPARE(rowsInOutbox(), kQueued); // dropped, not yet cleared
        newPartyIn(device.store(), QStringLiteral("After the restore"));
        CHECK_OK(device.store().acknowledgeOutbox(0)); // clears a bounded part, acknowledges nothing
        QCOMPARE(rowsInOutbox(), kQueued + 1 - LocalStore::kOutboxClearedPerAcknowledgement);
        QCOMPARE(device.store().outboxSize(), 1);
        // The round compares the full snapshot and sends the dropped rows again from the store.
        QVERIFY(device.sync(60000));
        QCOMPARE(device.store().outboxSize(), 0);
        QCOMPARE(rowsInOutbox(), 0);
        QVERIFY(other.sync(60000));
        QCOMPARE(other.store().count(EntityKind::Party), 2 * kQueued + 2);
        QCOMPARE(storeSnapshot(other.store()), storeSnapshot(device.store()));
    }

    // Issue item 7: a new device pulls a large account (10,000 rows) in pages, merges each page
    // in chunks with the event loop running between them, and ends with every row.
    void newDevicePullsALargeAccountInPagesAndChunks()
    {
        const QString token = registerAccount();
        Device device(m_server->baseUrl(), token), newcomer(m_server->baseUrl(), token);
        constexpr int kRows = 10'000;
        ChangeSet import;
        for (int i = 0; i < kRows; ++i) {
            Party party = test::sampleParty(QStringLiteral("Party %1").arg(i));
            party.id = LocalStore::newId();
            import.put(party);
        }
        CHECK_OK(device.store().commit(import));
        QVERIFY(device.sync(180000));
        QCOMPARE(device.store().outboxSize(), 0);

        // A timer of no delay counts how often the event loop ran; each merged chunk notes the count.
        // Turns taken while a worker thread is busy are turns while a page was being decoded.
        int loopTurns = 0;
        int turnsWhileDecoding = 0;
        QTimer everyTurn;
        everyTurn.setInterval(0);
        QObject::connect(&everyTurn, &QTimer::timeout, [&] {
            ++loopTurns;
            turnsWhileDecoding += QThreadPool::globalInstance()->activeThreadCount() > 0 ? 1 : 0;
        });
        QList<int> turnsAtChunk;
        newcomer.store().addRemoteChangeListener(
            [&](const QList<RemoteChange>&) { turnsAtChunk.append(loopTurns); });
        everyTurn.start();
        QVERIFY(newcomer.sync(180000));
        everyTurn.stop();
        QCOMPARE(newcomer.store().count(EntityKind::Party), kRows);
        QCOMPARE(newcomer.engine->lastRound().pulled, kRows);
        QCOMPARE(newcomer.store().outboxSize(), 0); // nothing of it is sent back
        QCOMPARE(storeSnapshot(newcomer.store()), storeSnapshot(device.store()));
        // Merged in many more transactions than the 10 pages, the event loop running between
        // consecutive ones (not only while waiting for the next page).
        QVERIFY2(turnsAtChunk.size() > 20, qPrintable(QString::number(turnsAtChunk.size())));
        int yielded = 0;
        for (qsizetype i = 1; i < turnsAtChunk.size(); ++i)
            yielded += turnsAtChunk[i] > turnsAtChunk[i - 1] ? 1 : 0;
        QCOMPARE(yielded, int(turnsAtChunk.size()) - 1);
        // The pages (a megabyte of JSON each) were parsed and checked away from the event loop,
        // which went on turning meanwhile.
        QVERIFY2(turnsWhileDecoding > 0, "every page was decoded on the event loop's thread");
        // The write-ahead log the merges filled was copied into the file on a worker thread, never
        // inside a merge's commit (which would wait for two flushes of the disk).
        QVERIFY(newcomer.store().database().backgroundCheckpoints() > 0);
        // The next round starts from the last page's cookie: nothing comes again.
        QVERIFY(newcomer.sync());
        QCOMPARE(newcomer.engine->lastRound().pulled, 0);
    }

    // After the service's database was restored, a device with rows of its own compares them
    // with the full snapshot a bounded number of rows per turn of the event loop (never all of
    // them in one transaction), and what the service lacks still all goes up: the device that
    // made the rows sends them again, the other finds the service holds what it holds.
    void snapshotIsComparedInBoundedSteps()
    {
        test::InProcessSyncService service;
        Device maker(service), reader(service);
        newPartyIn(maker.store(), QStringLiteral("In the backup"));
        QVERIFY(maker.sync());
        QVERIFY(service.backUp(QStringLiteral("backup.sqlite3")));
        constexpr int kRows = 300;
        ChangeSet import;
        for (int i = 0; i < kRows; ++i) {
            Party party = test::sampleParty(QStringLiteral("Lost by the restore %1").arg(i));
            party.id = LocalStore::newId();
            import.put(party);
        }
        CHECK_OK(maker.store().commit(import));
        QVERIFY(maker.sync());
        QVERIFY(reader.sync());
        QVERIFY(service.restore(QStringLiteral("backup.sqlite3"), true));

        constexpr int kMostRows = 40;
        for (Device* device : {&maker, &reader}) {
            device->engine->setMostRowsPerStep(kMostRows);
            QVERIFY(device->sync());
            const SyncEngine::StepCounts steps = device->engine->lastRoundSteps();
            QVERIFY2(steps.largestComparisonStep <= kMostRows,
                     qPrintable(QString::number(steps.largestComparisonStep)));
            QVERIFY2(steps.largestMergeStep <= kMostRows,
                     qPrintable(QString::number(steps.largestMergeStep)));
            // Every local row was compared (the store also holds the bundled bestiary's creatures).
            QVERIFY2(steps.comparisonSteps * kMostRows >=
                         kRows + 1 + device->store().count(EntityKind::Creature),
                     qPrintable(QString::number(steps.comparisonSteps)));
            QCOMPARE(device->store().outboxSize(), 0);
        }
        QCOMPARE(maker.engine->lastRound().pushed, kRows); // everything the restore lost went up again
        QCOMPARE(reader.engine->lastRound().pushed, 0);    // the service already held all of it
        Device newcomer(service);
        QVERIFY(newcomer.sync());
        QCOMPARE(newcomer.store().count(EntityKind::Party), kRows + 1);
        QCOMPARE(storeSnapshot(newcomer.store()), storeSnapshot(maker.store()));
        QCOMPARE(storeSnapshot(reader.store()), storeSnapshot(maker.store()));
    }

    // Issue item 7: one change larger than the service takes (a 1.2 MB statblock) is reported,
    // kept in the list of what did not sync, and the changes after it go on.
    void changeTooLargeForTheServiceIsReportedNotAStop()
    {
        const QString token = registerAccount();
        Device device(m_server->baseUrl(), token), other(m_server->baseUrl(), token);
        Creature huge = test::sampleCreature(QStringLiteral("Enormous"));
        huge.id = LocalStore::newId();
        huge.traits.append(longTrait(QString(600'000, QChar(0x00e9)))); // two bytes each on the wire
        CHECK_OK(device.store().commit(ChangeSet().put(huge)));
        const QString party = newPartyIn(device.store(), QStringLiteral("After the enormous one"));
        QSignalSpy rejected(device.engine.get(), &SyncEngine::rejected);
        QVERIFY(device.sync());
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().first().value<QList<Rejection>>().first().code,
                 QStringLiteral("PAYLOAD_TOO_LARGE"));
        QCOMPARE(device.store().rejections().size(), 1);
        QCOMPARE(device.store().rejections().first().rowId, huge.id);
        QCOMPARE(device.store().outboxSize(), 0);
        QVERIFY(other.sync());
        QCOMPARE(other.party(party).value("name").toString(), QStringLiteral("After the enormous one"));
        QVERIFY(!other.store().document(EntityKind::Creature, huge.id));
    }

    // Issue item 6 through the in-process service: the answer carrying a rejection is lost; the
    // resend reports it again, and the store keeps it once, across a restart.
    void rejectionIsReportedOnceWhenItsAnswerIsLost()
    {
        test::InProcessSyncService service(QStringLiteral(
            R"({"parties":1,"encounters":null,"creatures":null,"devices":null,"combatLogEntries":null})"));
        Device device(service);
        newPartyIn(device.store(), QStringLiteral("Within the plan"));
        const QString over = newPartyIn(device.store(), QStringLiteral("Over the plan"));
        QSignalSpy rejected(device.engine.get(), &SyncEngine::rejected);
        service.loseAnswers = 1;
        QVERIFY(!device.sync());
        QVERIFY(QTest::qWaitFor([&] { return device.engine->state() == SyncEngine::State::Idle; }, 5000));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(device.store().rejections().size(), 1);
        QCOMPARE(device.store().rejections().first().rowId, over);
        QCOMPARE(device.store().rejections().first().code, QStringLiteral("LIMIT_EXCEEDED"));
        device.close();
        device.open();
        QCOMPARE(device.store().rejections().size(), 1);
        // A full pull does not queue the refused record again; Send Again does, whole.
        QVERIFY(device.sync());
        QCOMPARE(device.store().outboxSize(), 0);
        CHECK_OK(device.engine->sendAgain(EntityKind::Party, over));
        QVERIFY(device.store().rejections().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return device.engine->state() == SyncEngine::State::Idle; }, 5000));
        QCOMPARE(device.store().rejections().size(), 1); // still over the plan: refused again, once
    }

    // Edge case 9 on the device: a cookie the service never handed out gets a full snapshot,
    // merged without losing what the device had not sent yet.
    void unknownCookieResetsWithoutLosingLocalWork()
    {
        const QString token = registerAccount();
        Device a(m_server->baseUrl(), token), b(m_server->baseUrl(), token);
        const QString shared = newPartyIn(a.store(), QStringLiteral("Shared"));
        QVERIFY(a.sync());
        const QString local = newPartyIn(b.store(), QStringLiteral("Only on b"));
        CHECK_OK(b.store().setSyncCookie(1'000'000));
        QVERIFY(b.sync());
        QCOMPARE(b.party(shared).value("name").toString(), QStringLiteral("Shared"));
        QCOMPARE(b.party(local).value("name").toString(), QStringLiteral("Only on b"));
        QVERIFY(b.store().syncCookie().value() < 1'000'000);
        QVERIFY(a.sync());
        QCOMPARE(a.party(local).value("name").toString(), QStringLiteral("Only on b"));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
