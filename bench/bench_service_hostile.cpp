// Hostile load against the real dnd-tracker-server (SQLite, loopback): 10,000 malformed or random
// requests, then 1,000 WebSocket clients that misbehave at once, /healthz latency during and after
// the attack, and a check that every push the service acknowledged before the attack is still there.
// The attackers come from 127.0.0.2 ... 127.0.0.254, so the service's connection caps (32 per
// address, 512 in all by default) meet many addresses as on the network; the probes and the
// account's own requests come from 127.0.0.1.
// usage: bench_service_hostile [requests=10000] [sockets=1000] [max-connections=the service's default]
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
#include <QtEndian>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr int kSourceAddresses = 253;     // 127.0.0.2 ... 127.0.0.254
constexpr int kDefaultPerAddressCap = 32; // --max-connections-per-address

// The loopback address the n-th attacking socket comes from; Linux routes all of 127/8 to lo.
QHostAddress attackerAddress(int n)
{
    return QHostAddress(quint32((127u << 24) | quint32(2 + n % kSourceAddresses)));
}

// Connects from the n-th attacker's address (bind first: QWebSocket cannot choose its source).
void connectFrom(QTcpSocket* socket, int n, quint16 port)
{
    if (!socket->bind(attackerAddress(n), 0))
        std::fprintf(stderr, "cannot bind %s: %s\n", qPrintable(attackerAddress(n).toString()),
                     qPrintable(socket->errorString()));
    socket->connectToHost(QHostAddress::LocalHost, port);
}

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
        connectFrom(socket, started, port);
    };
    for (int i = 0; i < parallel; ++i)
        startOne();
    loop.exec();
    return answered;
}

// One client frame as RFC 6455 wants it from a client: final, masked (the mask is random).
QByteArray clientFrame(quint8 opcode, const QByteArray& payload, QRandomGenerator& random)
{
    QByteArray frame;
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else {
        frame.append(char(0x80 | 126));
        char length[2];
        qToBigEndian<quint16>(quint16(payload.size()), length);
        frame.append(length, 2);
    }
    const quint32 maskValue = random.generate();
    char mask[4];
    qToBigEndian<quint32>(maskValue, mask);
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}

struct SocketOutcome {
    int upgraded = 0;          // the service answered 101
    int refusedPerAddress = 0; // 503 while this address already had the per-address cap open
    int refusedTotal = 0;      // 503 otherwise: the service-wide cap
    int otherAnswer = 0;       // any other HTTP answer
    int noAnswer = 0;          // the connection failed or closed before any answer
    int closedByService = 0;   // upgraded, then closed by the service within the hold
    int mostPerAddress = 0;    // most sockets this program had connected from one address
};

// `count` WebSocket clients at once, spoken by hand over QTcpSocket so each can bind its source
// address: a third never sign in, a third send garbage text and binary frames, a third sign in with
// a forged token and flood pings. They are held `holdMs`, while `duringHold` runs, then dropped.
SocketOutcome openHostileSockets(quint16 port, int count, int holdMs, QRandomGenerator& random)
{
    SocketOutcome outcome;
    QHash<quint32, int> openFrom; // connected sockets per source address, as this program sees them
    std::vector<QTcpSocket*> sockets;
    for (int i = 0; i < count; ++i) {
        auto* socket = new QTcpSocket;
        const int kind = i % 3;
        const quint32 source = attackerAddress(i).toIPv4Address();
        // 0 = no answer yet, 1 = upgraded, 2 = refused or answered otherwise, 3 = closed
        auto state = std::make_shared<int>(0);
        auto buffer = std::make_shared<QByteArray>();
        auto counted = std::make_shared<bool>(false);
        QObject::connect(socket, &QTcpSocket::connected, socket, [&, socket, source, counted] {
            *counted = true;
            outcome.mostPerAddress = std::max(outcome.mostPerAddress, ++openFrom[source]);
            socket->write(
                "GET /api/v1/ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " +
                QByteArray::number(random.generate64()).toBase64() + "\r\n\r\n");
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [&, socket, kind, source, state, buffer] {
            if (*state != 0) {
                socket->readAll(); // close frames and pongs: the disconnect is what counts
                return;
            }
            *buffer += socket->readAll();
            if (!buffer->contains("\r\n\r\n"))
                return;
            const int status = rawStatus(*buffer);
            if (status == 101) {
                *state = 1;
                ++outcome.upgraded;
                if (kind == 1) {
                    socket->write(
                        clientFrame(0x1, QByteArray::number(random.generate()) + "{not json", random));
                    socket->write(clientFrame(0x2, QByteArray(1024, char(random.bounded(256))), random));
                } else if (kind == 2) {
                    socket->write(
                        clientFrame(0x1, R"({"type":"auth","token":"forged.token.value"})", random));
                    for (int p = 0; p < 50; ++p)
                        socket->write(clientFrame(0x9, QByteArray::number(p), random));
                }
                return;
            }
            *state = 2;
            if (status != 503)
                ++outcome.otherAnswer;
            else if (openFrom.value(source) > kDefaultPerAddressCap)
                ++outcome.refusedPerAddress;
            else
                ++outcome.refusedTotal;
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [&, source, state, counted] {
            if (*counted) {
                *counted = false;
                --openFrom[source];
            }
            if (*state == 0)
                ++outcome.noAnswer;
            else if (*state == 1)
                ++outcome.closedByService;
            *state = 3;
        });
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, [socket, state, &outcome] {
            if (*state == 0 && socket->state() == QAbstractSocket::UnconnectedState) {
                *state = 3; // refused or reset before connecting: no disconnected() follows
                ++outcome.noAnswer;
            }
        });
        connectFrom(socket, i, port);
        sockets.push_back(socket);
    }
    QEventLoop wait;
    QTimer::singleShot(holdMs, &wait, &QEventLoop::quit);
    wait.exec();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect();
        socket->abort();
        delete socket;
    }
    return outcome;
}

// Probes /healthz every `intervalMs` from 127.0.0.1 without blocking the event loop, so the attack
// goes on meanwhile; each probe's milliseconds to a 200, or -1 when it got anything else.
class HealthzProber {
public:
    HealthzProber(quint16 port, int intervalMs) : m_port(port)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { probe(); });
        m_timer.start(intervalMs);
    }
    QList<double> stop()
    {
        m_timer.stop();
        // The probes still under way get their 5 s.
        QEventLoop wait;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &wait, [&] {
            if (m_pending == 0)
                wait.quit();
        });
        poll.start(20);
        wait.exec();
        return m_latencies;
    }
    int unavailable() const { return m_unavailable; } // probes refused with 503 (a connection cap)

private:
    void probe()
    {
        auto* socket = new QTcpSocket;
        auto timer = std::make_shared<QElapsedTimer>();
        auto answer = std::make_shared<QByteArray>();
        auto done = std::make_shared<bool>(false);
        timer->start();
        ++m_pending;
        auto finish = [this, socket, timer, answer, done] {
            if (*done)
                return;
            *done = true;
            *answer += socket->readAll();
            const int status = rawStatus(*answer);
            m_latencies << (status == 200 ? double(timer->nsecsElapsed()) / 1e6 : -1.0);
            m_unavailable += int(status == 503);
            --m_pending;
            socket->abort();
            socket->deleteLater();
        };
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, answer, finish] {
            *answer += socket->readAll();
            if (answer->contains("\r\n\r\n") && answer->contains("}"))
                finish();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, finish);
        QObject::connect(socket, &QTcpSocket::errorOccurred, socket, finish);
        QTimer::singleShot(5000, socket, finish);
        QObject::connect(socket, &QTcpSocket::connected, socket, [socket] {
            socket->write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        });
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    quint16 m_port;
    QTimer m_timer;
    int m_pending = 0;
    int m_unavailable = 0;
    QList<double> m_latencies;
};

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

void printLatencies(const char* when, const QList<double>& probes)
{
    QList<double> latencies;
    for (double ms : probes) {
        if (ms >= 0)
            latencies << ms;
    }
    std::sort(latencies.begin(), latencies.end());
    const qsizetype failed = probes.size() - latencies.size();
    auto percentile = [&](double p) {
        return latencies.isEmpty() ? -1.0 : latencies.at(qsizetype(p * double(latencies.size() - 1)));
    };
    std::printf("/healthz %s: %lld probes, %lld failed, p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", when,
                static_cast<long long>(probes.size()), static_cast<long long>(failed), percentile(0.5),
                percentile(0.99), latencies.isEmpty() ? -1.0 : latencies.last());
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

    // The service's own limits apply (rate limits, connection caps, auth timeout): the attack meets
    // the service as deployed, except for cheap password hashing to sign the account up, and the
    // service-wide connection cap when a third argument sets it.
    QStringList serviceArguments{QStringLiteral("--scrypt-log-n"), QStringLiteral("10")};
    if (argc > 3)
        serviceArguments << QStringLiteral("--max-connections") << QString::fromLocal8Bit(argv[3]);
    ServerProcess server(serviceArguments);
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
    HealthzProber during(server.port(), 25);
    const SocketOutcome sockets = openHostileSockets(server.port(), socketCount, 7000, random);
    const QList<double> duringProbes = during.stop();
    std::printf("%d hostile WebSocket clients from %d addresses for %.1f s: %d upgraded (%d closed by the "
                "service within the hold), refused with 503 by the cap of %d per address: %d, by the cap of "
                "%s in all: %d; other answers: %d; no answer: %d; most connected from one address: %d\n",
                socketCount, std::min(socketCount, kSourceAddresses), double(timer.elapsed()) / 1000,
                sockets.upgraded, sockets.closedByService, kDefaultPerAddressCap, sockets.refusedPerAddress,
                argc > 3 ? argv[3] : "512 (default)", sockets.refusedTotal, sockets.otherAnswer,
                sockets.noAnswer, sockets.mostPerAddress);
    printLatencies("during the sockets", duringProbes);
    std::printf("/healthz probes refused with 503 during the sockets: %d\n", during.unavailable());
    // Give the service a moment to notice the dropped sockets, as a real attack ends.
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();
    const QList<double> after = healthzLatencies(server.port(), 200);
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
