#pragma once

// What the desktop application's benchmarks (bench_app_*) share.
#include <QList>
#include <QtGlobal>
#include <algorithm>
#include <cstdio>

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

} // namespace dnd::bench
