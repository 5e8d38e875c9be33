// Hostile load against the real dnd-tracker-server (SQLite, loopback): 10,000 malformed or random
// requests, then 1,000 WebSocket clients that misbehave at once, then /healthz latency and a check
// that every push the service acknowledged before the attack is still there.
// usage: bench_service_hostile [requests=10000] [sockets=1000]
// Prints figures for docs/PERFORMANCE.md; exits 1 when an acknowledged row is missing or the
// service stopped answering.
#include "ProtocolDevice.h"
#include "ServerHarness.h"
#include "model/Party.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace dnd;
using namespace dnd::test;

namespace {

// One hostile request: random bytes, a broken request line or header, a lying Content-Length,
// a body that is not JSON, an oversized header, or a valid frame around a random JSON body.
QByteArray hostileRequest(QRandomGenerator& random)
{
    auto randomBytes = [&](int size) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& c : bytes)
            c = char(random.bounded(256));
        return bytes;
    };
    static const QList<QByteArray> kPaths{"/api/v1/auth/login", "/api/v1/sync/push", "/api/v1/parties",
                                          "/api/v1/ws",         "/healthz",          "/api/v1/users/me"};
    const QByteArray path = kPaths.at(random.bounded(int(kPaths.size())));
    switch (random.bounded(8)) {
    case 0:
        return randomBytes(1 + random.bounded(2048));
    case 1:
        return "GET " + path + " HTTP/1.1\nHost: x\n\n"; // bare line feeds
    case 2:
        return "POST " + path + " HTTP/1.1\r\nContent-Length: 100\r\nContent-Length: 5\r\n\r\nhello";
    case 3:
        return "POST " + path + " HTTP/1.1\r\nContent-Length: 4000\r\n\r\n" +
               randomBytes(100); // never finishes
    case 4:
        return "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n" +
               randomBytes(64);
    case 5:
        return "GET " + path + " HTTP/1.1\r\nX-Filler: " + QByteArray(64 * 1024, 'a') + "\r\n\r\n";
    case 6:
        return "POST " + path + " HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    default: {
        const QByteArray body =
            "{\"email\": " + QByteArray::number(random.generate()) + ", \"mutations\": [{}]}";
        return "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\nAuthorization: Bearer " +
               randomBytes(20).toHex() + "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\n\r\n" + body;
    }
    }
}

// Sends `total` hostile requests, `parallel` connections at a time; each connection is dropped once
// the service answered or closed, or after a second. Answers how many got an HTTP answer.
int sendHostileRequests(quint16 port, int total, int parallel, QRandomGenerator& random)
{
    int started = 0;
    int finished = 0;
    int answered = 0;
    QEventLoop loop;
    std::function<void()> startOne = [&] {
        if (started == total)
            return;
        ++started;
        auto* socket = new QTcpSocket;
        auto done = std::make_shared<bool>(false);
        auto finish = [&, socket, done] {
            if (*done)
                return;
            *done = true;
            if (socket->peek(5) == "HTTP/")
                ++answered;
            socket->abort();
            socket->deleteLater();
            if (++finished == total)
                loop.quit();
            else
                startOne();
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, finish);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, finish);
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, finish);
        QTimer::singleShot(1000, socket, finish);
        const QByteArray request = hostileRequest(random);
        QObject::connect(socket, &QTcpSocket::connected, socket,
                         [socket, request] { socket->write(request); });
        socket->connectToHost(QHostAddress::LocalHost, port);
    };
    for (int i = 0; i < parallel; ++i)
        startOne();
    loop.exec();
    return answered;
}

// `count` WebSocket clients at once: a third never signs in, a third sends garbage text and binary
// frames, a third signs in with a forged token and floods pings. Answers how many the service
// had closed when they were all dropped.
int openHostileSockets(const QString& baseUrl, int count, QRandomGenerator& random)
{
    QString wsUrl = baseUrl;
    wsUrl.replace(QStringLiteral("http://"), QStringLiteral("ws://"));
    wsUrl += QStringLiteral("/api/v1/ws");
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int closedByService = 0;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket* raw = socket.get();
        const int kind = i % 3;
        QObject::connect(raw, &QWebSocket::connected, raw, [raw, kind, &random] {
            if (kind == 1) {
                raw->sendTextMessage(QString::number(random.generate()) + QStringLiteral("{not json"));
                raw->sendBinaryMessage(QByteArray(1024, char(random.bounded(256))));
            } else if (kind == 2) {
                raw->sendTextMessage(QStringLiteral(R"({"type":"auth","token":"forged.token.value"})"));
                for (int p = 0; p < 50; ++p)
                    raw->ping();
            }
        });
        QObject::connect(raw, &QWebSocket::disconnected, raw, [&closedByService] { ++closedByService; });
        raw->open(QUrl(wsUrl));
        sockets.push_back(std::move(socket));
    }
    // Let them all connect and misbehave, and the service's auth timeout pass for the silent ones.
    QEventLoop wait;
    QTimer::singleShot(7000, &wait, &QEventLoop::quit);
    wait.exec();
    const int closed = closedByService;
    for (auto& socket : sockets)
        socket->abort();
    return closed;
}

// Milliseconds of `probes` sequential /healthz requests on a connection of their own each.
QList<double> healthzLatencies(quint16 port, int probes)
{
    QList<double> latencies;
    for (int i = 0; i < probes; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray answer =
            rawExchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 5000);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        latencies << (rawStatus(answer) == 200 ? ms : -1.0);
    }
    return latencies;
}

void printLatencies(const char* when, QList<double> latencies)
{
    std::sort(latencies.begin(), latencies.end());
    const int failed = int(std::count(latencies.begin(), latencies.end(), -1.0));
    std::printf("/healthz %s: %lld probes, %d failed, median %.2f ms, max %.2f ms\n", when,
                static_cast<long long>(latencies.size()), failed, latencies.at(latencies.size() / 2),
                latencies.last());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? std::atoi(argv[1]) : 10'000;
    const int socketCount = argc > 2 ? std::atoi(argv[2]) : 1'000;
    // 1,000 sockets on each side need more descriptors than the usual soft limit of 1,024; the
    // service started below inherits the raised limit.
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);

    // The service's own limits apply (rate limits, connection cap, auth timeout): the attack meets
    // the service as deployed, except for cheap password hashing to sign the account up.
    ServerProcess server({QStringLiteral("--scrypt-log-n"), QStringLiteral("10")});
    if (!server.start()) {
        std::fprintf(stderr, "the service did not start: %s\n", server.errors().constData());
        return 1;
    }
    HttpClient http(server.baseUrl());
    const TestAccount account = registerTestAccount(server, http, QStringLiteral("guild"));
    ProtocolDevice device;
    QList<sync::Mutation> mutations;
    for (int i = 0; i < 20; ++i) {
        Party party;
        party.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        party.name = QStringLiteral("Kept %1").arg(i);
        mutations << device.put(EntityKind::Party, party.id, party.toJson());
    }
    const HttpResponse pushed = http.post(
        QStringLiteral("/api/v1/sync/push"),
        sync::PushRequest{device.clientId, sync::kProtocolVersion, mutations}.toJson(), account.accessToken);
    if (pushed.status != 200) {
        std::fprintf(stderr, "the first push failed: %d %s\n", pushed.status, pushed.body.constData());
        return 1;
    }
    printLatencies("before", healthzLatencies(server.port(), 50));

    QRandomGenerator random(20261202);
    QElapsedTimer timer;
    timer.start();
    const int answered = sendHostileRequests(server.port(), requests, 64, random);
    std::printf("%d hostile requests in %.1f s: %d got an HTTP answer, the rest were cut off\n", requests,
                double(timer.elapsed()) / 1000, answered);
    printLatencies("after the requests", healthzLatencies(server.port(), 50));

    timer.restart();
    const int closed = openHostileSockets(server.baseUrl(), socketCount, random);
    std::printf("%d hostile WebSocket clients for %.1f s: %d closed by the service\n", socketCount,
                double(timer.elapsed()) / 1000, closed);
    // Give the service a moment to notice the dropped sockets, as a real attack ends.
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();
    const QList<double> after = healthzLatencies(server.port(), 50);
    printLatencies("after the sockets", after);

    const HttpResponse pulled = http.get(
        QStringLiteral("/api/v1/sync/pull?cookie=0&clientId=%1").arg(device.clientId), account.accessToken);
    const Result<sync::PullResponse> pull = sync::PullResponse::fromJson(pulled.data());
    int kept = 0;
    if (pull) {
        for (const sync::Mutation& mutation : std::as_const(mutations)) {
            kept += int(std::any_of(pull->rows.begin(), pull->rows.end(), [&](const sync::RowState& row) {
                return row.rowId == mutation.rowId && row.fields.value(QStringLiteral("name")) ==
                                                          mutation.fields.value(QStringLiteral("name"));
            }));
        }
    }
    std::printf("acknowledged parties still there: %d of %lld; service running: %s\n", kept,
                static_cast<long long>(mutations.size()), server.isRunning() ? "yes" : "no");
    const bool healthy = std::count(after.begin(), after.end(), -1.0) == 0;
    server.stop();
    return kept == mutations.size() && healthy ? 0 : 1;
}
