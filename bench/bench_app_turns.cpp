// The tracker under load: 200 combatants, the tracker page and the player display open. Times next
// turn and damage to 20 selected combatants, each until the initiative list and the player display
// have been updated and repainted, two ways:
//  - forced: the command (rules, commit, models), then a forced repaint of the whole player display
//    and the whole initiative viewport (the first version's measure);
//  - event loop: the command, then one pass of the event loop, which runs what the application
//    itself runs before the next frame: deferred view layouts and the paint of every region the
//    command marked dirty, in both windows. Paint events are counted so a pass that painted
//    neither list is reported, not silently timed.
#include "AppBenchSupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace dnd;
using namespace dnd::gui;

namespace {
// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    bench::useOffscreenWithoutDisplay();
    QApplication app(argc, argv);
    bench::BenchWindow bench(QStringLiteral("Horde"), false);
    if (!bench.ok())
        return 1;
    MainWindow& window = *bench.window;
    TrackerPage* tracker = window.trackerPage();
    rules::EncounterSession* session = tracker->session();
    for (int i = 0; i < 200; ++i) {
        Participant participant;
        participant.name = QStringLiteral("Skeleton %1").arg(i + 1);
        participant.maxHp = participant.currentHp = 5000;
        participant.initiativeModifier = i % 5;
        if (!session->addCustomParticipant(participant))
            return 1;
    }
    if (!session->rollInitiative() || !session->startCombat())
        return 1;
    window.showPage(MainWindow::Page::Tracker);
    window.openPlayerDisplay();
    PlayerDisplay* display = window.playerDisplay();
    QApplication::processEvents();

    auto forced = [&] {
        display->repaint();
        tracker->initiativeView()->viewport()->repaint();
    };
    PaintCounter displayPaints;
    PaintCounter listPaints;
    display->installEventFilter(&displayPaints);
    tracker->initiativeView()->viewport()->installEventFilter(&listPaints);
    int displayUnpainted = 0;
    int listUnpainted = 0;
    auto eventLoop = [&] {
        const int displayBefore = displayPaints.paints;
        const int listBefore = listPaints.paints;
        QApplication::processEvents();
        displayUnpainted += displayPaints.paints == displayBefore ? 1 : 0;
        listUnpainted += listPaints.paints == listBefore ? 1 : 0;
    };
    QStringList twenty;
    for (int i = 0; i < 20; ++i)
        twenty.append(session->participants().at(i * 10).id);

    struct Figures {
        QList<double> wall;
        QList<double> cpu;
    };
    auto measure = [&](const std::function<void()>& command, const std::function<void()>& settle,
                       const std::function<void()>& prepare) {
        Figures figures;
        for (int i = 0; i < 100; ++i) {
            prepare();
            QElapsedTimer timer;
            const double cpuStart = bench::processCpuMs();
            timer.start();
            command();
            settle();
            figures.wall.append(timer.nsecsElapsed() / 1e6);
            figures.cpu.append(bench::processCpuMs() - cpuStart);
        }
        return figures;
    };
    auto nextTurn = [&] { tracker->nextTurn(); };
    auto damage = [&] { tracker->applyHpEntry(); };
    auto nothing = [] {};
    // The forced measure runs exactly as in the first version (no event loop between commands).
    auto selectTwenty = [&] {
        tracker->select(twenty);
        tracker->hpEntry()->setText(QStringLiteral("3"));
    };
    const Figures nextForced = measure(nextTurn, forced, nothing);
    const Figures damageForced = measure(damage, forced, selectTwenty);
    // The event-loop measure starts from an idle loop; the selection's own repaint is not timed.
    auto selectTwentyIdle = [&] {
        selectTwenty();
        QApplication::processEvents();
    };
    // Keep the current combatant on screen, as a DM following the fight does, so the rows a turn
    // changes are painted (the table does not scroll by itself).
    auto showCurrent = [&] {
        const QList<Participant> rows = session->participants();
        const QString current = session->currentParticipantId();
        for (int row = 0; row < rows.size(); ++row) {
            if (rows.at(row).id == current)
                tracker->initiativeView()->scrollTo(tracker->initiativeView()->model()->index(row, 0));
        }
        QApplication::processEvents();
    };
    const Figures nextLoop = measure(nextTurn, eventLoop, showCurrent);
    const Figures damageLoop = measure(damage, eventLoop, selectTwentyIdle);

    std::printf("200 combatants, tracker and player display open\n");
    std::printf("forced full repaint of both lists:\n");
    bench::report("next turn", nextForced.wall);
    bench::report("  processor time", nextForced.cpu);
    bench::report("damage to 20 selected", damageForced.wall);
    bench::report("  processor time", damageForced.cpu);
    std::printf("one event-loop pass (deferred layout, paint of what changed, both windows):\n");
    bench::report("next turn", nextLoop.wall);
    bench::report("  processor time", nextLoop.cpu);
    bench::report("damage to 20 selected", damageLoop.wall);
    bench::report("  processor time", damageLoop.cpu);
    std::printf("event-loop passes without a repaint of the player display: %d of 200, of the initiative "
                "list: %d of 200\n",
                displayUnpainted, listUnpainted);
    return 0;
}
