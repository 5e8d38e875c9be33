// Live events against the real dnd-tracker-server (SQLite, loopback): a DM's session on its own
// store file changes a character's hit points and the real sync engine pushes the change; the
// service sends it to the players' watch sockets of a share.
//  1. keystroke to watcher: one watcher, each command timed from just before the session runs it
//     until the watcher's socket has the event;
//  2. fan-out: the same with `watchers` sockets following the share, each watcher's delay counted;
//  3. the service's resident memory before the watchers and with all of them connected and idle.
// usage: bench_service_live [watchers=1000] [commands=200] [fanOutChanges=50]
// All watchers come from 127.0.0.1, so the service is started with --max-connections and
// --max-connections-per-address above the count (in production each phone has its own address).
// The watchers run in this process's one thread: a delay includes this process reading the
// frames of the watchers before it, so the figures are an upper bound of what a phone sees.
// Prints figures for docs/PERFORMANCE.md; exits 1 when a watcher missed a change.
#include "ServerHarness.h"
#include "SyncedSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace dnd;
using namespace dnd::test;

namespace {

QElapsedTimer g_clock;

// A player's socket: counts the frames it got and when the first one after `waitFrom` arrived.
struct Watcher {
    QWebSocket socket;
    int frames = 0;
    qint64 waitFrom = -1;
    qint64 arrival = -1;

    Watcher(quint16 port, const QString& code)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString&) {
            ++frames;
            if (waitFrom >= 0 && arrival < 0)
                arrival = g_clock.nsecsElapsed();
        });
        QObject::connect(&socket, &QWebSocket::connected, &socket, [this, code] {
            socket.sendTextMessage(QStringLiteral("{\"type\":\"watch\",\"shareCode\":\"%1\"}").arg(code));
        });
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(port)));
    }
    // watch:ok and the encounter as it stands.
    bool following() const { return frames >= 2; }
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

void printLatencies(const char* what, const QList<double>& ms, int missed)
{
    std::printf("%s: %lld deliveries, %d missed, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", what,
                static_cast<long long>(ms.size()), missed, percentile(ms, 0.5), percentile(ms, 0.99),
                percentile(ms, 1.0));
}

long residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Runs `changes` commands on the DM's session, each pushed by the engine at once, and times each
// one from just before the command until every watcher has an event. Answers the delays in ms;
// `missed` counts watchers that had nothing within 10 s.
QList<double> timeChanges(SyncedSession& dm, const QString& characterId,
                          std::vector<std::unique_ptr<Watcher>>& watchers, int changes, int& missed)
{
    QList<double> delays;
    for (int i = 0; i < changes; ++i) {
        const qint64 start = g_clock.nsecsElapsed();
        for (auto& watcher : watchers) {
            watcher->waitFrom = start;
            watcher->arrival = -1;
        }
        // Every other command heals what the one before dealt, so each changes what players see.
        rules::DamageRequest hit;
        hit.targetIds = {characterId};
        hit.amount = 3;
        const Status command = i % 2 == 0 ? dm.session->applyDamage(hit) : dm.session->heal({characterId}, 3);
        if (!command.ok())
            qFatal("the command failed: %s", qPrintable(command.errorMessage()));
        dm.engine.syncNow();
        (void)QTest::qWaitFor(
            [&] {
                return std::all_of(watchers.begin(), watchers.end(),
                                   [](const auto& watcher) { return watcher->arrival >= 0; });
            },
            10000);
        for (auto& watcher : watchers) {
            if (watcher->arrival < 0)
                ++missed;
            else
                delays.append(double(watcher->arrival - start) / 1e6);
            watcher->waitFrom = -1;
        }
        // The round also pulls; the next command starts once it is over.
        (void)QTest::qWaitFor([&] { return dm.engine.state() != sync::SyncEngine::State::Syncing; }, 10000);
    }
    return delays;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dnd.*=false"));
    const int watcherCount = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const int commands = argc > 2 ? QByteArray(argv[2]).toInt() : 200;
    const int fanOutChanges = argc > 3 ? QByteArray(argv[3]).toInt() : 50;
    g_clock.start();

    // A socket is a file on both ends, and both ends are this process and its child.
    rlimit files{};
    getrlimit(RLIMIT_NOFILE, &files);
    files.rlim_cur = files.rlim_max;
    setrlimit(RLIMIT_NOFILE, &files);

    const QString room = QString::number(watcherCount * 2 + 100);
    ServerProcess server(fastServiceArguments() << QStringLiteral("--max-connections") << room
                                                << QStringLiteral("--max-connections-per-address") << room);
    if (!server.start()) {
        std::fprintf(stderr, "the service did not start: %s\n", server.errors().constData());
        return 1;
    }
    HttpClient http(server.baseUrl());
    const TestAccount account = registerTestAccount(server, http, QStringLiteral("seasoned"));
    if (account.accessToken.isEmpty() || !confirmTestAccountEmail(server, http, account)) {
        std::fprintf(stderr, "no confirmed account\n");
        return 1;
    }
    SyncedSession dm(server.baseUrl(), account.accessToken);
    const QString aria = dm.add(SessionFixture::character(QStringLiteral("Aria"), 60000));
    dm.add(SessionFixture::creature(QStringLiteral("Goblin"), 7), 4);
    if (!dm.session->setInitiative(aria, 18).ok() || !dm.push()) {
        std::fprintf(stderr, "the encounter did not reach the service\n");
        return 1;
    }
    const HttpResponse share = http.post(
        "/api/v1/shares", {{"encounterId", dm.encounterId}, {"characterHp", "numbers"}}, account.accessToken);
    const QString code = share.data().value(QStringLiteral("code")).toString();
    if (code.isEmpty()) {
        std::fprintf(stderr, "no share: %s\n", share.body.constData());
        return 1;
    }
    auto follow = [&](std::vector<std::unique_ptr<Watcher>>& watchers, int count) {
        for (int i = 0; i < count; ++i)
            watchers.push_back(std::make_unique<Watcher>(server.port(), code));
        return QTest::qWaitFor(
            [&] {
                return std::all_of(watchers.begin(), watchers.end(),
                                   [](const auto& w) { return w->following(); });
            },
            60000);
    };
    int missed = 0;

    // 1. Keystroke to one watcher.
    {
        std::vector<std::unique_ptr<Watcher>> one;
        if (!follow(one, 1)) {
            std::fprintf(stderr, "the watcher did not get the encounter\n");
            return 1;
        }
        const QList<double> delays = timeChanges(dm, aria, one, commands, missed);
        printLatencies("command to 1 watcher (keystroke to socket)", delays, missed);
    }
    QTest::qWait(1000); // the service lets go of the closed socket

    // 2 and 3. Memory before and with every watcher idle, then one change to all of them.
    const long before = residentKiB(server.processId());
    std::vector<std::unique_ptr<Watcher>> watchers;
    QElapsedTimer connecting;
    connecting.start();
    if (!follow(watchers, watcherCount)) {
        const auto following =
            std::count_if(watchers.begin(), watchers.end(), [](const auto& w) { return w->following(); });
        std::fprintf(stderr, "only %lld of %d watchers follow\n", static_cast<long long>(following),
                     watcherCount);
        return 1;
    }
    const qint64 connectMs = connecting.elapsed();
    QTest::qWait(3000);
    const long idle = residentKiB(server.processId());
    std::printf("%d watchers following after %lld ms; service resident memory %.1f MiB before, %.1f MiB with "
                "them idle (%.1f KiB a watcher)\n",
                watcherCount, static_cast<long long>(connectMs), before / 1024.0, idle / 1024.0,
                double(idle - before) / watcherCount);
    int fanOutMissed = 0;
    const QList<double> fanOut = timeChanges(dm, aria, watchers, fanOutChanges, fanOutMissed);
    printLatencies(qPrintable(QStringLiteral("command to %1 watchers (fan-out)").arg(watcherCount)), fanOut,
                   fanOutMissed);
    std::printf("service resident memory after the changes: %.1f MiB\n",
                residentKiB(server.processId()) / 1024.0);
    server.stop();
    return missed + fanOutMissed == 0 ? 0 : 1;
}
