// Many combatants at once: 200 goblins added to an encounter in one step, from the Encounters
// page (Count 200, Add to Encounter), from the Bestiary page and from the tracker's Add Combatants
// dialog, with the encounter also open in the tracker. Each run is timed from the click until the command is
// committed (one transaction, one undo step) and one event-loop pass has laid out and painted the pages that
// show it; the step is undone (not timed) before the next run.
#include "AppBenchSupport.h"
#include "UndoHistory.h"
#include "bestiary/CreatureSearchModel.h"
#include "encounters/EncountersPage.h"
#include "tracker/AddCombatantsDialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace dnd;
using namespace dnd::gui;

int main(int argc, char* argv[])
{
    bench::useOffscreenWithoutDisplay();
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    bench::BenchWindow bench(QStringLiteral("Goblin Warren"), true);
    if (!bench.ok())
        return 1;
    LocalStore& store = *bench.store;
    MainWindow& window = *bench.window;
    const Encounter& encounter = bench.encounter;
    EncountersPage* builder = window.encountersPage();
    window.showPage(MainWindow::Page::Encounters);
    builder->selectEncounter(encounter.id);
    QApplication::processEvents();

    // The Encounters page's search: the 2014 goblin.
    builder->searchField()->setText(QStringLiteral("goblin"));
    QTableView* results = builder->resultsView();
    QString goblinId;
    for (int row = 0; row < results->model()->rowCount(); ++row) {
        const QModelIndex name = results->model()->index(row, 0);
        if (name.data().toString() == QLatin1String("Goblin") &&
            results->model()->index(row, 4).data().toString() == QLatin1String("2014")) {
            results->selectRow(row);
            goblinId = name.data(CreatureSearchModel::IdRole).toString();
        }
    }
    auto* count = builder->findChild<QSpinBox*>(QStringLiteral("creatureCount"));
    auto* add = builder->findChild<QPushButton*>(QStringLiteral("addCreature"));
    count->setValue(200);
    if (count->value() != 200) {
        std::printf("the Count field does not take 200 (it holds %d)\n", count->value());
        return 1;
    }

    auto measure = [&](const std::function<void()>& command) {
        QList<double> wall;
        QList<double> cpu;
        for (int i = 0; i < runs; ++i) {
            QApplication::processEvents();
            const qint64 before = store.count(EntityKind::Participant);
            QElapsedTimer timer;
            const double cpuStart = bench::processCpuMs();
            timer.start();
            command();
            QApplication::processEvents();
            wall.append(timer.nsecsElapsed() / 1e6);
            cpu.append(bench::processCpuMs() - cpuStart);
            if (store.count(EntityKind::Participant) != before + 200 ||
                !window.history().undoText().contains(QLatin1String("x200"))) {
                std::printf("run %d did not add 200 combatants in one undo step\n", i);
                std::exit(1);
            }
            if (!window.history().undo())
                std::exit(1);
        }
        return std::pair{wall, cpu};
    };

    std::printf("200 goblins added to an encounter open in the tracker\n");
    const auto fromBuilder = measure([&] { add->click(); });
    bench::report("Encounters page, Count 200", fromBuilder.first);
    bench::report("  processor time", fromBuilder.second);
    window.showPage(MainWindow::Page::Bestiary);
    const auto fromBestiary = measure([&] { window.addCreatureToEncounter(goblinId, 200); });
    bench::report("Bestiary page, Add to Encounter x200", fromBestiary.first);
    bench::report("  processor time", fromBestiary.second);
    window.showPage(MainWindow::Page::Tracker);
    const auto intoTracker = measure([&] { window.addCreatureToEncounter(goblinId, 200); });
    bench::report("same, with the tracker page shown", intoTracker.first);
    bench::report("  processor time", intoTracker.second);

    // The tracker's Add Combatants: the dialog filled (the goblin found, Count 200) untimed, then
    // timed from its Add button until the fight shows the 200.
    QList<double> dialogWall;
    QList<double> dialogCpu;
    TrackerPage* tracker = window.trackerPage();
    for (int i = 0; i < runs; ++i) {
        QApplication::processEvents();
        const qint64 before = store.count(EntityKind::Participant);
        QElapsedTimer timer;
        double cpuStart = 0;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<AddCombatantsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit*>(QStringLiteral("addSearch"))->setText(QStringLiteral("goblin"));
            auto* found = dialog->findChild<QTableView*>(QStringLiteral("addResults"));
            for (int row = 0; row < found->model()->rowCount(); ++row) {
                if (found->model()->index(row, 0).data().toString() == QLatin1String("Goblin") &&
                    found->model()->index(row, 4).data().toString() == QLatin1String("2014"))
                    found->selectRow(row);
            }
            dialog->findChild<QSpinBox*>(QStringLiteral("addCount"))->setValue(200);
            QApplication::processEvents();
            cpuStart = bench::processCpuMs();
            timer.start();
            dialog->accept();
        });
        tracker->addCombatants();
        QApplication::processEvents();
        dialogWall.append(timer.nsecsElapsed() / 1e6);
        dialogCpu.append(bench::processCpuMs() - cpuStart);
        if (store.count(EntityKind::Participant) != before + 200 || !window.history().undo()) {
            std::printf("Add Combatants run %d did not add 200 combatants\n", i);
            return 1;
        }
    }
    bench::report("Tracker, Add Combatants with Count 200", dialogWall);
    bench::report("  processor time", dialogCpu);
    return 0;
}
