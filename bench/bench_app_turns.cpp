// The tracker under load: 200 combatants, the tracker page and the player display open. Times next
// turn and damage to 20 selected combatants, each until the initiative list and the player display
// have been updated and repainted.
#include "MainWindow.h"
#include "TrackerPage.h"
#include "model/Encounter.h"
#include "store/DataLocation.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace dnd;
using namespace dnd::gui;

namespace {
void report(const char* what, QList<double> times)
{
    std::sort(times.begin(), times.end());
    std::printf("%s over %lld runs: median %.2f ms, p90 %.2f ms, max %.2f ms\n", what, times.size(),
                times[times.size() / 2], times[times.size() * 9 / 10], times.last());
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Result<std::unique_ptr<LocalStore>> opened =
        LocalStore::open(dir.filePath(QStringLiteral("tracker.sqlite3")));
    if (!opened)
        return 1;
    LocalStore& store = *opened.value();
    Encounter encounter;
    encounter.id = LocalStore::newId();
    encounter.name = QStringLiteral("Horde");
    if (!store.commit(ChangeSet().put(encounter)))
        return 1;

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    SeededRandom random(7);
    MainWindow window(store, settings, DataLocation(dir.path()), &random);
    window.show();
    TrackerPage* tracker = window.trackerPage();
    tracker->openEncounter(encounter.id);
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

    auto settle = [&] {
        display->repaint();
        tracker->initiativeView()->viewport()->repaint();
    };
    QList<double> next;
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer timer;
        timer.start();
        tracker->nextTurn();
        settle();
        next.append(timer.nsecsElapsed() / 1e6);
    }
    QStringList twenty;
    for (int i = 0; i < 20; ++i)
        twenty.append(session->participants().at(i * 10).id);
    QList<double> damage;
    for (int i = 0; i < 100; ++i) {
        tracker->select(twenty);
        tracker->hpEntry()->setText(QStringLiteral("3"));
        QElapsedTimer timer;
        timer.start();
        tracker->applyHpEntry();
        settle();
        damage.append(timer.nsecsElapsed() / 1e6);
    }
    std::printf("200 combatants, tracker and player display open\n");
    report("next turn", next);
    report("damage to 20 selected", damage);
    return 0;
}
