// Local store figures: one-record commit latency (with its sync record), a large batch commit,
// opening a populated file with and without the quick_check that guards against damaged files,
// the full integrity check, and an online backup. Prints figures; never part of the test suite.
//   bench_store [--commits N] [--creatures N] [--dir FOLDER]
#include "bestiary/Bestiary.h"
#include "model/Creature.h"
#include "model/Party.h"
#include "store/BackupManager.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace dnd;

namespace {

// Processor time of this process: on a shared machine wall time mostly measures the neighbours.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

struct Figures {
    double medianUs = 0;
    double p95Us = 0;
};

Figures summarise(std::vector<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    if (nanos.empty())
        return {};
    return {nanos[nanos.size() / 2] / 1000.0,
            nanos[std::min(nanos.size() - 1, nanos.size() * 95 / 100)] / 1000.0};
}

std::unique_ptr<LocalStore> openOrDie(const QString& path, Database::Options options = {})
{
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(path, SystemClock::instance(), options);
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.errorMessage()));
        std::exit(1);
    }
    return std::move(opened).value();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dnd.*.info=false"));
    const QStringList args = app.arguments();
    auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int commits = option(QStringLiteral("--commits"), QStringLiteral("300")).toInt();
    const int creatures = option(QStringLiteral("--creatures"), QStringLiteral("5000")).toInt();
    QTemporaryDir temporary(option(QStringLiteral("--dir"), QDir::tempPath()) +
                            QStringLiteral("/bench_store-XXXXXX"));
    const QString path = temporary.filePath(QStringLiteral("tracker.sqlite3"));

    std::unique_ptr<LocalStore> store = openOrDie(path);
    if (Status installed = Bestiary::ensureInstalled(*store); !installed)
        std::fprintf(stderr, "bestiary not installed: %s\n", qPrintable(installed.errorMessage()));

    // One small local edit per commit: data row + field clock + outbox row, fsync'd.
    Party party;
    party.id = LocalStore::newId();
    party.name = QStringLiteral("Bench");
    if (!store->commit(ChangeSet().put(party))) {
        std::fprintf(stderr, "first commit failed\n");
        return 1;
    }
    std::vector<qint64> commitNanos;
    QElapsedTimer timer;
    for (int i = 0; i < commits; ++i) {
        timer.start();
        const Result<ChangeSet> done = store->commit(ChangeSet().put(
            EntityKind::Party, party.id, {{QStringLiteral("name"), QStringLiteral("Bench %1").arg(i)}}));
        commitNanos.push_back(timer.nsecsElapsed());
        if (!done) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(done.errorMessage()));
            return 1;
        }
    }
    const Figures commit = summarise(commitNanos);

    // A big import-like batch in one transaction.
    ChangeSet batch;
    for (int i = 0; i < creatures; ++i) {
        Creature creature;
        creature.id = LocalStore::newId();
        creature.name = QStringLiteral("Custom creature %1").arg(i);
        creature.type = QStringLiteral("monstrosity");
        creature.size = QStringLiteral("large");
        creature.ac = 14;
        creature.hp = 45 + i % 50;
        creature.challengeRating = QStringLiteral("3");
        creature.tags = {QStringLiteral("bench"), QStringLiteral("cave")};
        batch.put(creature);
    }
    double cpuStart = cpuMs();
    timer.start();
    if (!store->commit(batch)) {
        std::fprintf(stderr, "batch commit failed\n");
        return 1;
    }
    const double batchMs = timer.nsecsElapsed() / 1e6;
    const double batchCpuMs = cpuMs() - cpuStart;
    const qint64 templates = Bestiary::installedCount(*store);

    cpuStart = cpuMs();
    timer.start();
    const Status sound = store->database().integrityCheck();
    const double integrityMs = timer.nsecsElapsed() / 1e6;
    const double integrityCpuMs = cpuMs() - cpuStart;

    const QString backupPath = temporary.filePath(QStringLiteral("backup.sqlite3"));
    cpuStart = cpuMs();
    timer.start();
    const Status backedUp = BackupManager::backupTo(store->database(), backupPath);
    const double backupMs = timer.nsecsElapsed() / 1e6;
    const double backupCpuMs = cpuMs() - cpuStart;
    store.reset();
    const double fileMb = QFileInfo(path).size() / 1e6;

    // Opening: the median of several opens, with and without the quick_check.
    double openCpuMs[2] = {0, 0};
    auto timeOpens = [&](bool verify) {
        std::vector<qint64> nanos;
        const double cpuBefore = cpuMs();
        for (int i = 0; i < 7; ++i) {
            Database::Options options;
            options.verify = verify;
            QElapsedTimer openTimer;
            openTimer.start();
            std::unique_ptr<LocalStore> opened = openOrDie(path, options);
            nanos.push_back(openTimer.nsecsElapsed());
        }
        openCpuMs[verify ? 0 : 1] = (cpuMs() - cpuBefore) / 7;
        return summarise(nanos).medianUs / 1000.0;
    };
    const double openVerifiedMs = timeOpens(true);
    const double openUnverifiedMs = timeOpens(false);

    std::printf("store file: %.1f MB (%lld bundled templates + %d custom creatures)\n", fileMb,
                static_cast<long long>(templates), creatures);
    std::printf(
        "commit of one edit (data + field clock + outbox, synchronous=FULL), %d runs: median %.0f us, "
        "p95 %.0f us\n",
        commits, commit.medianUs, commit.p95Us);
    std::printf("batch commit of %d creatures in one transaction: %.0f ms wall, %.0f ms cpu (%.0f us cpu per "
                "record)\n",
                creatures, batchMs, batchCpuMs, batchCpuMs * 1000.0 / creatures);
    std::printf("open with quick_check: %.1f ms wall, %.1f ms cpu; without: %.1f ms wall, %.1f ms cpu\n",
                openVerifiedMs, openCpuMs[0], openUnverifiedMs, openCpuMs[1]);
    std::printf("full integrity_check: %.1f ms wall, %.1f ms cpu (%s)\n", integrityMs, integrityCpuMs,
                sound ? "ok" : qPrintable(sound.errorMessage()));
    std::printf("online backup to a new file: %.1f ms wall, %.1f ms cpu (%s)\n", backupMs, backupCpuMs,
                backedUp ? "ok" : qPrintable(backedUp.errorMessage()));
    return 0;
}
