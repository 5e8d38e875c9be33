// store_writer_child PATH PREFIX [FIRST]: commits, for n = FIRST, FIRST+1 ... forever, a party
// "PREFIX-<n>" together with its character "PREFIX-<n>-hero" in one change set, printing each n on
// stdout only after commit() returned success. The durability tests kill it with SIGKILL and then
// check that every number it printed is in the file, and that no commit was kept in part.
#include "model/Party.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

using namespace dnd;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The parent treats anything on stderr as a failure; the store's progress messages (such as
    // "migrating to schema 1" when the first round creates the file) are not failures.
    QLoggingCategory::setFilterRules(QStringLiteral("dnd.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: store_writer_child PATH PREFIX [FIRST]\n");
        return 2;
    }
    const QString prefix = args.at(2);
    qint64 number = args.size() > 3 ? args.at(3).toLongLong() : 0;
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.errorMessage()));
        return 3;
    }
    LocalStore& store = **opened;
    std::printf("ready\n");
    std::fflush(stdout);
    for (;; ++number) {
        Party party;
        party.id = QStringLiteral("%1-%2").arg(prefix).arg(number);
        party.name = QStringLiteral("Party %1").arg(number);
        party.description = QStringLiteral("written by the durability test writer");
        Character hero;
        hero.id = party.id + QStringLiteral("-hero");
        hero.partyId = party.id;
        hero.name = QStringLiteral("Hero %1").arg(number);
        Result<ChangeSet> committed = store.commit(ChangeSet().put(party).put(hero));
        if (!committed) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(committed.errorMessage()));
            return 4;
        }
        std::printf("%lld\n", static_cast<long long>(number));
        std::fflush(stdout);
    }
}
