#pragma once

// What the desktop application's benchmarks (bench_app_*) share.
#include "MainWindow.h"
#include "bestiary/Bestiary.h"
#include "model/Encounter.h"
#include "settings/AppSettings.h"
#include "store/DataLocation.h"
#include "store/LocalStore.h"
#include "tracker/TrackerPage.h"
#include "util/RandomSource.h"

#include <QList>
#include <QTemporaryDir>
#include <QtGlobal>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

namespace dnd::bench {

// Prints the median, p90 and worst of the timed runs, in milliseconds.
inline void report(const char* what, QList<double> times)
{
    std::sort(times.begin(), times.end());
    std::printf("%s over %lld runs: median %.2f ms, p90 %.2f ms, max %.2f ms\n", what, times.size(),
                times[times.size() / 2], times[times.size() * 9 / 10], times.last());
}

// Without a display the benchmarks draw offscreen (over ssh, in CI).
inline void useOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Processor time of the whole process so far, in milliseconds: on a busy machine the wall clock
// mostly measures the neighbours.
inline double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// The application's window over a fresh store in a temporary folder, with one empty encounter
// open in the tracker. ok() is false when the store, the bestiary (if asked for) or the
// encounter could not be set up.
struct BenchWindow {
    BenchWindow(const QString& encounterName, bool withBestiary)
    {
        Result<std::unique_ptr<LocalStore>> opened =
            LocalStore::open(dir.filePath(QStringLiteral("tracker.sqlite3")));
        if (!opened || (withBestiary && !Bestiary::ensureInstalled(*opened.value())))
            return;
        store = std::move(opened).value();
        encounter.id = LocalStore::newId();
        encounter.name = encounterName;
        if (!store->commit(ChangeSet().put(encounter)))
            return;
        settings = std::make_unique<gui::AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        window = std::make_unique<gui::MainWindow>(*store, *settings, DataLocation(dir.path()), &random);
        window->show();
        window->trackerPage()->openEncounter(encounter.id);
    }
    bool ok() const { return window && window->trackerPage()->session(); }

    QTemporaryDir dir;
    std::unique_ptr<LocalStore> store;
    Encounter encounter;
    std::unique_ptr<gui::AppSettings> settings;
    SeededRandom random{7};
    std::unique_ptr<gui::MainWindow> window; // last: closed before the store
};

} // namespace dnd::bench
