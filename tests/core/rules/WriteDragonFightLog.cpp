// Writes the expected combat log of the scripted dragon fight (the file TestScriptedFight compares
// with). Run it through the update-dragon-fight-log target after a deliberate rules change, then
// read the difference in `git diff` before committing it: the test itself never writes the file.
#include "DragonFight.h"
#include "rules/CombatLogExport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: write_dragon_fight_log FILE\n");
        return 2;
    }
    dnd::test::SessionFixture fixture;
    const dnd::Result<dnd::test::DragonFight> fight = dnd::test::playDragonFight(fixture);
    if (!fight) {
        std::fprintf(stderr, "the scripted fight stopped: %s\n", qPrintable(fight.errorMessage()));
        return 1;
    }
    QSaveFile file(arguments.at(1));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(dnd::rules::CombatLogExport::toText(fixture.session->log()).toUtf8()) < 0 ||
        !file.commit()) {
        std::fprintf(stderr, "could not write %s: %s\n", qPrintable(arguments.at(1)),
                     qPrintable(file.errorString()));
        return 1;
    }
    std::printf("wrote %s (%lld log entries)\n", qPrintable(arguments.at(1)),
                static_cast<long long>(fixture.session->log().size()));
    return 0;
}
