// Sync figures against the real service on loopback (dnd-tracker-server on SQLite, started by the
// benchmark): 10,000 changes made offline pushed until the service has acknowledged all of them;
// a new device pulling the 10,000 rows; after the service's database is restored from a backup
// without them, the device that made them sending them all again and the other comparing the
// full snapshot with its own rows; and a store that never synced pushing 10,000 rows made offline
// in its very first round (its pull brings none of them back). For every round, the longest
// event-loop turn (what a window would feel). Prints figures; never part of the test suite.
//   bench_sync [--rows N] [--runs N]
#include "HttpSyncTransport.h"
#include "ServerHarness.h"
#include "SyncEngine.h"
#include "model/Party.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <time.h>
#include <unistd.h>

using namespace dnd;

namespace {

// Processor time of this process: on a shared machine wall time mostly measures the neighbours.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

// A device: a store file of its own and the engine syncing it over HTTP.
struct BenchDevice {
    BenchDevice(const QString& serviceUrl, const QString& token)
        : http(QUrl(serviceUrl), [token] { return token; })
    {
        Result<std::unique_ptr<LocalStore>> opened =
            LocalStore::open(dir.filePath(QStringLiteral("tracker.sqlite3")));
        if (!opened) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.errorMessage()));
            std::exit(1);
        }
        store = std::move(opened).value();
        engine = std::make_unique<sync::SyncEngine>(*store, http);
    }
    // Runs one round to its end; exits when it does not end in step.
    void sync()
    {
        QEventLoop loop;
        QObject::connect(engine.get(), &sync::SyncEngine::stateChanged, &loop,
                         [&](sync::SyncEngine::State state) {
                             if (state != sync::SyncEngine::State::Syncing)
                                 loop.quit();
                         });
        engine->syncNow();
        loop.exec();
        if (engine->state() != sync::SyncEngine::State::Idle) {
            std::fprintf(stderr, "sync did not finish: %s\n", qPrintable(engine->lastError()));
            std::exit(1);
        }
    }

    QTemporaryDir dir;
    sync::HttpSyncTransport http;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<sync::SyncEngine> engine;
};

// Processor time the service's process has used so far (user and system), from /proc.
double serviceCpuMs(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    // The fields after the command name (which may hold spaces) start after its closing ')'.
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    constexpr int kUserTime = 11; // utime, then stime: fields 14 and 15 of proc(5)
    if (fields.size() <= kUserTime + 1)
        return 0;
    const double ticks = fields[kUserTime].toDouble() + fields[kUserTime + 1].toDouble();
    return 1000.0 * ticks / double(sysconf(_SC_CLK_TCK));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
               : QStringLiteral("unknown");
}

// The longest gap between two turns of the event loop while it runs: a timer of no delay fires at
// every turn, so a gap is the time one piece of work kept the loop (and a window) waiting.
class StallMeter {
public:
    StallMeter()
    {
        m_tick.setInterval(0);
        QObject::connect(&m_tick, &QTimer::timeout, [this] { sample(); });
    }
    void start()
    {
        m_longestNs = 0;
        m_longestCpuNs = 0;
        m_sinceLast.start();
        m_cpuAtLast = threadCpuNs();
        m_tick.start();
    }
    // The work after the last turn (the end of the round) counts too.
    void stop()
    {
        sample();
        m_tick.stop();
    }
    // The longest gap, by the wall clock (on a loaded machine this includes waiting for a core).
    double longestMs() const { return m_longestNs / 1e6; }
    // The most processor time the loop's thread spent between two turns: the work itself.
    double longestCpuMs() const { return m_longestCpuNs / 1e6; }

private:
    void sample()
    {
        m_longestNs = std::max(m_longestNs, m_sinceLast.nsecsElapsed());
        m_sinceLast.start();
        const qint64 cpu = threadCpuNs();
        m_longestCpuNs = std::max(m_longestCpuNs, cpu - m_cpuAtLast);
        m_cpuAtLast = cpu;
    }
    static qint64 threadCpuNs()
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }
    QTimer m_tick;
    QElapsedTimer m_sinceLast;
    qint64 m_longestNs = 0;
    qint64 m_cpuAtLast = 0;
    qint64 m_longestCpuNs = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\ndnd.*.warning=false"));
    int rows = 10'000;
    int runs = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }

    test::RunningService service;
    if (!service.start()) {
        std::fprintf(stderr, "the service did not start: %s\n", service.server->errors().constData());
        return 1;
    }
    std::printf("bench_sync: %d rows, %d runs, load average at start %s\n", rows, runs,
                qPrintable(loadAverage()));
    // One engine round of `device`, timed: wall clock, processor time of this process and of the
    // service, and the longest event-loop turn (wall and the loop thread's processor time).
    const auto measuredRound = [&](BenchDevice& device, const char* what) {
        StallMeter stalls;
        QElapsedTimer wall;
        const double cpu = cpuMs();
        const double serviceCpu = serviceCpuMs(service.server->processId());
        wall.start();
        stalls.start();
        device.sync();
        stalls.stop();
        std::printf("  %s: %.0f ms (CPU: device %.0f ms, service %.0f ms); longest event-loop turn %.1f ms "
                    "wall, %.1f ms of the loop thread's CPU; load %s\n",
                    what, double(wall.nsecsElapsed()) / 1e6, cpuMs() - cpu,
                    serviceCpuMs(service.server->processId()) - serviceCpu, stalls.longestMs(),
                    stalls.longestCpuMs(), qPrintable(loadAverage()));
        std::fflush(stdout);
    };
    const QString serviceBackup = service.server->dataDir() + QStringLiteral("/bench-backup");
    for (int run = 1; run <= runs; ++run) {
        std::printf("run %d\n", run);
        const test::TestAccount account =
            test::registerTestAccount(*service.server, *service.http, QStringLiteral("guild"));
        BenchDevice maker(service.server->baseUrl(), account.accessToken);
        // The DM's device has synced before (its cookie is past 0), then works offline.
        Party first;
        first.id = LocalStore::newId();
        first.name = QStringLiteral("Synced before going offline");
        if (Result<ChangeSet> made = maker.store->commit(ChangeSet().put(first)); !made) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(made.errorMessage()));
            return 1;
        }
        maker.sync();
        // The operator's backup, taken while the account holds that one party.
        service.server->stop();
        if (!service.server->backUpDatabase(serviceBackup) || !service.server->startOnSamePort()) {
            std::fprintf(stderr, "backing up the service failed\n");
            return 1;
        }
        ChangeSet offline;
        for (int i = 0; i < rows; ++i) {
            Party party;
            party.id = LocalStore::newId();
            party.name = QStringLiteral("Party %1").arg(i);
            party.description = QStringLiteral("Made offline, one of %1.").arg(rows);
            offline.put(party);
        }
        if (Result<ChangeSet> made = maker.store->commit(offline); !made) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(made.errorMessage()));
            return 1;
        }

        measuredRound(maker, qPrintable(QStringLiteral("push %1 offline changes").arg(rows)));
        if (maker.store->outboxSize() != 0 || maker.engine->lastRound().pushed != rows) {
            std::fprintf(stderr, "push incomplete: %d acknowledged\n", maker.engine->lastRound().pushed);
            return 1;
        }

        BenchDevice newcomer(service.server->baseUrl(), account.accessToken);
        measuredRound(newcomer, qPrintable(QStringLiteral("new device pulls %1 rows").arg(rows + 1)));
        if (newcomer.store->count(EntityKind::Party) != rows + 1) {
            std::fprintf(stderr, "pull incomplete: %lld rows\n", newcomer.store->count(EntityKind::Party));
            return 1;
        }

        // The operator restores the backup (the runbook: stop, put it back, new epoch, start).
        service.server->stop();
        if (!service.server->restoreDatabase(serviceBackup) ||
            service.server->runCommand({QStringLiteral("admin"), QStringLiteral("reset-sync-epoch")}) != 0 ||
            !service.server->startOnSamePort()) {
            std::fprintf(stderr, "restoring the service failed\n");
            return 1;
        }
        // The device that made the rows compares its 10,000 with the 1-row snapshot and sends
        // them all again; the other compares a 10,001-row snapshot with its own 10,001.
        measuredRound(
            maker, qPrintable(QStringLiteral("after the service's restore, %1 rows sent again").arg(rows)));
        if (maker.store->outboxSize() != 0 || maker.engine->lastRound().pushed < rows) {
            std::fprintf(stderr, "re-upload incomplete: %d acknowledged\n", maker.engine->lastRound().pushed);
            return 1;
        }
        measuredRound(
            newcomer,
            qPrintable(
                QStringLiteral("after the service's restore, a %1-row snapshot compared").arg(rows + 1)));
        if (newcomer.store->count(EntityKind::Party) != rows + 1) {
            std::fprintf(stderr, "snapshot incomplete: %lld rows\n",
                         newcomer.store->count(EntityKind::Party));
            return 1;
        }

        // A store that has never synced, with a DM's offline work, signs in to an account of its own.
        const test::TestAccount fresh =
            test::registerTestAccount(*service.server, *service.http, QStringLiteral("guild"));
        BenchDevice starter(service.server->baseUrl(), fresh.accessToken);
        if (Result<ChangeSet> made = starter.store->commit(offline); !made) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(made.errorMessage()));
            return 1;
        }
        measuredRound(starter,
                      qPrintable(QStringLiteral("a store's first round, %1 offline rows").arg(rows)));
        if (starter.store->outboxSize() != 0 || starter.engine->lastRound().pushed != rows) {
            std::fprintf(stderr, "first round incomplete: %d acknowledged\n",
                         starter.engine->lastRound().pushed);
            return 1;
        }
    }
    service.server->stop();
    return 0;
}
