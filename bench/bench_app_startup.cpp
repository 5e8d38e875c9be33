// Start-up of the desktop application with a large store: process start to the first painted main
// window, with 20,000 creatures and 500 encounters. Prints the median and the peak resident memory.
#include "bestiary/Bestiary.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace dnd;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 11;
    QTemporaryDir dir;
    {
        Result<std::unique_ptr<LocalStore>> opened =
            LocalStore::open(dir.filePath(QStringLiteral("tracker.sqlite3")));
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
            return 1;
        }
        LocalStore& store = *opened.value();
        if (Status installed = Bestiary::ensureInstalled(store); !installed) {
            std::fprintf(stderr, "%s\n", qPrintable(installed.errorMessage()));
            return 1;
        }
        const qint64 bundled = store.count(EntityKind::Creature);
        ChangeSet creatures;
        for (qint64 i = bundled; i < 20000; ++i) {
            Creature creature;
            creature.id = LocalStore::newId();
            creature.name = QStringLiteral("Custom Creature %1").arg(i);
            creature.type = QStringLiteral("monstrosity");
            creature.hp = 20;
            creature.challengeRating = QStringLiteral("2");
            creature.xp = 450;
            creature.source = QStringLiteral("Custom");
            creatures.put(creature);
        }
        ChangeSet encounters;
        for (int i = 0; i < 500; ++i) {
            Encounter encounter;
            encounter.id = LocalStore::newId();
            encounter.name = QStringLiteral("Encounter %1").arg(i, 3, 10, QLatin1Char('0'));
            encounters.put(encounter);
            for (int j = 0; j < 6; ++j) {
                Participant participant;
                participant.id = LocalStore::newId();
                participant.encounterId = encounter.id;
                participant.name = QStringLiteral("Goblin %1").arg(j + 1);
                participant.maxHp = participant.currentHp = 7;
                encounters.put(participant);
            }
        }
        if (!store.commit(creatures) || !store.commit(encounters)) {
            std::fprintf(stderr, "could not fill the store\n");
            return 1;
        }
        std::printf("store: %lld creatures, %lld encounters, %lld participants\n",
                    store.count(EntityKind::Creature), store.count(EntityKind::Encounter),
                    store.count(EntityKind::Participant));
    }

    QList<double> times;
    QList<double> paints;
    QList<double> paintCpu;     // processor time of the application (all its threads) at the first paint
    QList<double> paintMainCpu; // the same, of the thread that paints (the file check runs beside it)
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(DND_TRACKER_PATH),
                      {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--exit-after-first-paint")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            std::fprintf(stderr, "run %d failed: %s\n", run, process.readAllStandardError().constData());
            return 1;
        }
        times.append(timer.nsecsElapsed() / 1e6);
        // The application prints the monotonic clock at its first paint (same clock as the timer).
        const QList<QByteArray> words = process.readAllStandardOutput().split(' ');
        const int at = words.indexOf("first-paint-monotonic-ms");
        if (at >= 0 && at + 1 < words.size())
            paints.append(double(words.at(at + 1).trimmed().toLongLong() - timer.msecsSinceReference()));
        const int cpuAt = words.indexOf("cpu-ms");
        if (cpuAt >= 0 && cpuAt + 1 < words.size())
            paintCpu.append(words.at(cpuAt + 1).trimmed().toDouble());
        const int mainAt = words.indexOf("main-thread-cpu-ms");
        if (mainAt >= 0 && mainAt + 1 < words.size())
            paintMainCpu.append(words.at(mainAt + 1).trimmed().toDouble());
    }
    std::sort(times.begin(), times.end());
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    std::printf("start to exit after first paint over %d runs: median %.1f ms, min %.1f ms, max %.1f ms\n",
                runs, times[times.size() / 2], times.first(), times.last());
    if (!paints.isEmpty()) {
        std::sort(paints.begin(), paints.end());
        std::printf("start to first paint over %lld runs: median %.0f ms, min %.0f ms, max %.0f ms\n",
                    qsizetype(paints.size()), paints[paints.size() / 2], paints.first(), paints.last());
    }
    if (!paintCpu.isEmpty()) {
        std::sort(paintCpu.begin(), paintCpu.end());
        std::printf("processor time of the application at its first paint: median %.0f ms, min %.0f ms, max "
                    "%.0f ms\n",
                    paintCpu[paintCpu.size() / 2], paintCpu.first(), paintCpu.last());
    }
    if (!paintMainCpu.isEmpty()) {
        std::sort(paintMainCpu.begin(), paintMainCpu.end());
        std::printf("processor time of its main thread at the first paint: median %.0f ms, min %.0f ms, max "
                    "%.0f ms\n",
                    paintMainCpu[paintMainCpu.size() / 2], paintMainCpu.first(), paintMainCpu.last());
    }
    std::printf("peak resident memory of the application: %.1f MB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
