// Two devices, each with its own real store file, kept in step through the real service on
// loopback by the sync engine: edits, concurrent edits, deletes and their undo travel; an offline
// device keeps its outbox and retries with growing delays; a service on another protocol version
// or a sign-in that is no longer valid stops syncing with a reason and loses nothing.
#include "HttpSyncTransport.h"
#include "ServerHarness.h"
#include "SyncEngine.h"
#include "TestSupport.h"
#include "model/Party.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace dnd;
using namespace dnd::sync;

namespace {

// One device: a store file of its own and the engine that syncs it.
struct Device {
    Device(const QString& serviceUrl, const QString& token)
        : transport(QUrl(serviceUrl), [token] { return token; }), engine(*temp.store, transport)
    {
        engine.setRetryDelays(40, 160);
    }
    test::TemporaryStore temp;
    HttpSyncTransport transport;
    SyncEngine engine;

    LocalStore& store() { return *temp.store; }
    // Runs one round to its end; true when it ended in step with the service.
    bool sync()
    {
        engine.syncNow();
        if (!QTest::qWaitFor([this] { return engine.state() != SyncEngine::State::Syncing; }, 20000))
            return false;
        if (engine.state() != SyncEngine::State::Idle)
            qWarning("sync ended %s: %s",
                     QMetaEnum::fromType<SyncEngine::State>().valueToKey(int(engine.state())),
                     qPrintable(engine.lastError()));
        return engine.state() == SyncEngine::State::Idle;
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
        QVERIFY(a.store().syncCookie() > 0);
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
        QCOMPARE(device.engine.state(), SyncEngine::State::Waiting);
        QVERIFY2(device.engine.lastError().contains(QStringLiteral("could not be reached")),
                 qPrintable(device.engine.lastError()));
        QCOMPARE(device.store().outboxSize(), 1);
        QCOMPARE(device.engine.nextRetryDelay(), 40);
        // The retry fails too and waits longer, up to the cap.
        QSignalSpy states(&device.engine, &SyncEngine::stateChanged);
        QVERIFY(QTest::qWaitFor([&] { return device.engine.nextRetryDelay() == 160; }, 5000));
        QVERIFY(states.count() >= 4);
        // Back online: the next retry delivers the outbox.
        device.transport.setServiceUrl(QUrl(m_server->baseUrl()));
        QVERIFY(QTest::qWaitFor([&] { return device.engine.state() == SyncEngine::State::Idle; }, 5000));
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
        QCOMPARE(device.engine.state(), SyncEngine::State::Stopped);
        QVERIFY2(device.engine.lastError().contains(QStringLiteral("protocol")),
                 qPrintable(device.engine.lastError()));
        QCOMPARE(device.store().outboxSize(), 1);
        // Stopped means stopped: no retries behind the user's back.
        device.engine.syncNow();
        QCOMPARE(device.engine.state(), SyncEngine::State::Stopped);
        QTest::qWait(200);
        QCOMPARE(device.engine.state(), SyncEngine::State::Stopped);
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
        QSignalSpy rejected(&device.engine, &SyncEngine::rejected);
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

    // Edge case 7 on the device: the i-th write of a round to the device's store fails, for every
    // i (acknowledging the outbox, merging the pull, keeping the cookie, each commit). Syncing
    // stops with the reason; after resuming, the device holds exactly what a clean run gives.
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
                QCOMPARE(b.engine.state(), SyncEngine::State::Stopped);
                b.engine.resume();
                QVERIFY(
                    QTest::qWaitFor([&] { return b.engine.state() != SyncEngine::State::Syncing; }, 20000));
            }
            QVERIFY2(b.engine.state() == SyncEngine::State::Idle,
                     qPrintable(QStringLiteral("failing %1: %2").arg(failing).arg(b.engine.lastError())));
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
        QVERIFY(b.store().syncCookie() < 1'000'000);
        QVERIFY(a.sync());
        QCOMPARE(a.party(local).value("name").toString(), QStringLiteral("Only on b"));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
