// What one client can make the service do is bounded, against the real service: password hashes
// wait in a bounded queue (503 with Retry-After beyond it), the endpoints that hash charge the
// per-address credentials budget before hashing, and connections are capped per address and
// signed-in WebSockets per account. With every connection slot held, /healthz still answers on the
// few connections kept for health checks.
#include "ObservedWebSocket.h"
#include "ServerHarness.h"

#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using namespace dnd::test;

namespace {
constexpr int kHashQueue = 2;
constexpr int kSignInBurst = 4;
constexpr int kConnectionsPerAddress = 8;
constexpr int kSocketsPerAccount = 2;
constexpr int kHealthCheckConnections = 2;

const QByteArray kHealthCheck = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
// An ordinary request, refused while the slots are taken.
const QByteArray kOrdinaryRequest = "GET /api/v1/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n";

// Opens `count` connections to the service and keeps them open, each having sent `bytes` (a
// request that never ends, or nothing); false when one did not connect.
bool holdConnections(quint16 port, int count, const QByteArray& bytes,
                     std::vector<std::unique_ptr<QTcpSocket>>& held)
{
    for (int i = 0; i < count; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(QHostAddress::LocalHost, port);
        if (!held.back()->waitForConnected(3000))
            return false;
        held.back()->write(bytes);
        held.back()->waitForBytesWritten(1000);
    }
    return true;
}

// The service's open HTTP connections, counting the one that asks (from /metrics); -1 when it
// does not answer.
int openConnections(quint16 port)
{
    const QByteArray answer =
        rawExchange(port, "GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 3000);
    const qsizetype at = answer.indexOf("\ndnd_http_connections ");
    if (rawStatus(answer) != 200 || at < 0)
        return -1;
    const qsizetype start = at + qsizetype(qstrlen("\ndnd_http_connections "));
    return answer.mid(start, answer.indexOf('\n', start) - start).toInt();
}
} // namespace

class TestWorkLimits final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // One hashing thread and a cost high enough that a burst of sign-ins overlaps.
        m_server = std::make_unique<ServerProcess>(
            QStringList{"--scrypt-log-n", "15", "--hash-threads", "1", "--rate-limit-user", "100000",
                        "--rate-limit-anonymous", "100000", "--rate-limit-auth-ip", "100"},
            QHash<QString, QString>{
                {"DND_HASH_QUEUE", QString::number(kHashQueue)},
                {"DND_MAX_CONNECTIONS_PER_ADDRESS", QString::number(kConnectionsPerAddress)},
                {"DND_WS_PER_ACCOUNT", QString::number(kSocketsPerAccount)}});
        QVERIFY2(m_server->start(), m_server->errors().constData());
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    }

    void cleanupTestCase() { m_server.reset(); }

    // Four sign-ins at once with room for two hashes: the others are told to come back.
    void fullHashingQueueAnswers503()
    {
        const QByteArray body = R"({"email":"nobody@example.com","password":"Wrong-password-1"})";
        const QByteArray request = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                   "application/json\r\nConnection: close\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < kSignInBurst; ++i) {
            clients.push_back(std::make_unique<QTcpSocket>());
            clients.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(clients.back()->waitForConnected(3000));
        }
        for (auto& client : clients)
            client->write(request);
        QList<QByteArray> answers(clients.size());
        QVERIFY(QTest::qWaitFor(
            [&] {
                bool all = true;
                for (size_t i = 0; i < clients.size(); ++i) {
                    answers[qsizetype(i)] += clients[i]->readAll();
                    all = all && clients[i]->state() == QAbstractSocket::UnconnectedState;
                }
                return all;
            },
            30000));
        int busy = 0;
        int answered = 0;
        for (const QByteArray& answer : answers) {
            if (rawStatus(answer) == 503) {
                ++busy;
                QVERIFY2(answer.toLower().contains("retry-after: "), answer.constData());
            } else {
                QCOMPARE(rawStatus(answer), 401);
                ++answered;
            }
        }
        QVERIFY2(busy >= 1, "no sign-in was refused while the hashing queue was full");
        QVERIFY(answered >= 1);
    }

    // Deleting the account hashes the password: it is charged to the address's credentials budget
    // before hashing, not to the generous per-user budget.
    void hashingEndpointsChargeTheCredentialsBudget()
    {
        ServerProcess fresh(
            {"--scrypt-log-n", "10", "--rate-limit-user", "100000", "--rate-limit-auth-ip", "2"});
        QVERIFY(fresh.start());
        HttpClient http(fresh.baseUrl());
        const TestAccount account = registerTestAccount(fresh, http); // the first credentials attempt
        QCOMPARE(http.del("/api/v1/users/me", account.accessToken, {{"password", "Wrong-password-1"}}).status,
                 401);
        const HttpResponse limited =
            http.del("/api/v1/users/me", account.accessToken, {{"password", "Wrong-password-1"}});
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.contains("retry-after"));
    }

    void connectionsAreCappedPerAddress()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(holdConnections(m_server->port(), kConnectionsPerAddress, {}, held));
        QCOMPARE(rawStatusOnceLimited(m_server->port(), kOrdinaryRequest, 503), 503);
        held.clear();
        QVERIFY(QTest::qWaitFor([&] { return m_http->get("/api/v1/openapi.json").status == 200; }, 5000));
    }

    // Hostile clients hold every slot (half-sent requests and silent connections): a monitor's
    // /healthz is still answered, an ordinary request is refused, and clients that take the
    // health-check connections themselves lose them within the health check's time.
    void healthCheckAnswersWhileEverySlotIsHeld()
    {
        constexpr int kMaxConnections = 6;
        ServerProcess service({"--max-connections", QString::number(kMaxConnections),
                               "--max-connections-per-address", "0", "--health-check-connections",
                               QString::number(kHealthCheckConnections)});
        QVERIFY(service.start());
        // The client that saw the service start may keep its connection open: it holds a slot too.
        const int alreadyOpen = openConnections(service.port()) - 1;
        QVERIFY(alreadyOpen >= 0);
        const int halfSent = (kMaxConnections - alreadyOpen) / 2;
        std::vector<std::unique_ptr<QTcpSocket>> held;
        QVERIFY(holdConnections(service.port(), halfSent, "POST /api/v1/auth/login HTTP/1.1\r\nHo", held));
        QVERIFY(holdConnections(service.port(), kMaxConnections - alreadyOpen - halfSent, {}, held));

        const QByteArray health = rawExchange(service.port(), kHealthCheck, 3000);
        QCOMPARE(rawStatus(health), 200);
        QVERIFY2(health.contains("\"database\":\"ok\""), health.constData());
        QCOMPARE(rawStatusOnceLimited(service.port(), kOrdinaryRequest, 503), 503);
        QCOMPARE(rawStatus(rawExchange(service.port(), "GET /healthz/../api/v1/openapi.json HTTP/1.1\r\n\r\n",
                                       3000)),
                 503);
        for (const auto& socket : held)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);

        // The health-check connections taken by silent clients too: nothing is left.
        std::vector<std::unique_ptr<QTcpSocket>> squatters;
        QVERIFY(holdConnections(service.port(), kHealthCheckConnections, {}, squatters));
        QCOMPARE(rawStatusOnceLimited(service.port(), kHealthCheck, 503), 503);
        // ... until their time for a health check is up.
        QVERIFY(QTest::qWaitFor(
            [&] { return rawStatus(rawExchange(service.port(), kHealthCheck, 1000)) == 200; }, 8000));
        for (const auto& socket : held)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    }

    void signedInSocketsAreCappedPerAccount()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        std::vector<std::unique_ptr<ObservedWebSocket>> sockets;
        for (int i = 0; i < kSocketsPerAccount; ++i) {
            sockets.push_back(std::make_unique<ObservedWebSocket>(m_server->port()));
            QVERIFY(sockets.back()->waitConnected());
            QVERIFY(sockets.back()->authenticate(account.accessToken));
        }
        ObservedWebSocket extra(m_server->port());
        QVERIFY(extra.waitConnected());
        QVERIFY(!extra.authenticate(account.accessToken));
        QVERIFY(extra.waitClosed());
        QCOMPARE(extra.closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        // A closed socket frees its place.
        sockets.front()->socket.close();
        QVERIFY(sockets.front()->waitClosed());
        ObservedWebSocket replacement(m_server->port());
        QVERIFY(replacement.waitConnected());
        QVERIFY(QTest::qWaitFor(
            [&] { return replacement.authenticate(account.accessToken) || replacement.closed; }));
        QVERIFY(!replacement.closed);
    }

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
};

QTEST_GUILESS_MAIN(TestWorkLimits)
#include "TestWorkLimits.moc"
