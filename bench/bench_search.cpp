// Creature search latency over 20,000 creatures (the bundled SRD plus generated ones): p50 / p99 /
// max per typical query. Prints figures; run on purpose, never part of the test suite.
//   bench_search [--creatures N] [--runs N]
#include "bestiary/Bestiary.h"
#include "bestiary/CreatureSearch.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace dnd;

namespace {

const char* const kFirst[] = {"Ash",   "Bone", "Cinder", "Dusk",  "Ember", "Frost", "Gloom", "Hollow",
                              "Iron",  "Jade", "Kelp",   "Lurk",  "Mire",  "Night", "Onyx",  "Pale",
                              "Quill", "Rot",  "Storm",  "Thorn", "Umber", "Vex",   "Wild",  "Yawn"};
const char* const kSecond[] = {"Stalker", "Wyrm",  "Hound", "Shade", "Crawler", "Knight",
                               "Witch",   "Golem", "Drake", "Imp",   "Ooze",    "Sentinel",
                               "Harpy",   "Troll", "Wisp",  "Beetle"};
const char* const kTypes[] = {"aberration",  "beast", "celestial", "construct", "dragon",
                              "elemental",   "fey",   "fiend",     "giant",     "humanoid",
                              "monstrosity", "ooze",  "plant",     "undead"};
const char* const kSizes[] = {"tiny", "small", "medium", "large", "huge", "gargantuan"};
const char* const kRatings[] = {"0",  "1/8", "1/4", "1/2", "1",  "2",  "3",  "4",  "5",  "6",
                                "7",  "8",   "9",   "10",  "11", "12", "13", "14", "15", "16",
                                "17", "18",  "19",  "20",  "21", "22", "24", "30"};
const char* const kTags[] = {"swamp",  "cave",   "urban",     "forest",
                             "desert", "arctic", "legendary", "spellcaster"};

struct Case {
    const char* label;
    CreatureQuery query;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString& name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    const int total = option(QStringLiteral("--creatures"), 20000);
    const int runs = option(QStringLiteral("--runs"), 500);
    QTextStream out(stdout);

    QTemporaryDir dir;
    Result<std::unique_ptr<LocalStore>> opened =
        LocalStore::open(dir.filePath(QStringLiteral("bench.sqlite3")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    LocalStore& store = **opened;
    QElapsedTimer timer;
    timer.start();
    if (Status installed = Bestiary::ensureInstalled(store); !installed) {
        std::fprintf(stderr, "%s\n", qPrintable(installed.errorMessage()));
        return 1;
    }
    const qint64 installMs = timer.elapsed();

    timer.restart();
    const int generated = total - static_cast<int>(store.count(EntityKind::Creature));
    ChangeSet changes;
    for (int i = 0; i < generated; ++i) {
        Creature c;
        c.id = LocalStore::newId();
        c.name = QStringLiteral("%1 %2 %3")
                     .arg(QLatin1String(kFirst[i % 24]), QLatin1String(kSecond[(i / 24) % 16]))
                     .arg(i);
        c.type = QLatin1String(kTypes[i % 14]);
        c.size = QLatin1String(kSizes[(i / 7) % 6]);
        c.challengeRating = QLatin1String(kRatings[(i * 7) % 28]);
        c.xp = xpForChallengeRating(c.challengeRating).value_or(0);
        c.hp = 10 + i % 200;
        c.ac = 10 + i % 10;
        c.source = QStringLiteral("Custom");
        c.rules = i % 2 ? RulesEdition::Srd2024 : RulesEdition::Srd2014;
        c.tags = {QLatin1String(kTags[i % 8]), QLatin1String(kTags[(i / 8) % 8])};
        changes.put(c);
    }
    if (Result<ChangeSet> committed = store.commit(changes); !committed) {
        std::fprintf(stderr, "%s\n", qPrintable(committed.errorMessage()));
        return 1;
    }
    const qint64 generateMs = timer.elapsed();

    std::vector<Case> cases;
    auto text = [](const char* label, const char* words) {
        CreatureQuery q;
        q.text = QLatin1String(words);
        return Case{label, q};
    };
    cases.push_back(text("prefix 'g'", "g"));
    cases.push_back(text("prefix 'gob'", "gob"));
    cases.push_back(text("name 'goblin'", "goblin"));
    cases.push_back(text("words 'red dragon'", "red dragon"));
    cases.push_back(text("type word 'dragon'", "dragon"));
    cases.push_back(text("tag 'swamp'", "swamp"));
    cases.push_back(text("two tags 'swamp legendary'", "swamp legendary"));
    cases.push_back(text("no match 'zzqx'", "zzqx"));
    {
        CreatureQuery q;
        cases.push_back({"browse all (by name)", q});
        q.type = QStringLiteral("dragon");
        q.crMin = 5;
        q.crMax = 10;
        cases.push_back({"filter type+CR range", q});
        q = {};
        q.rules = RulesEdition::Srd2024;
        q.size = QStringLiteral("huge");
        cases.push_back({"filter rules+size", q});
        q = {};
        q.text = QStringLiteral("stalker");
        q.crMin = 10;
        q.includeTemplates = false;
        cases.push_back({"'stalker' custom CR>=10", q});
        q = {};
        q.source = QStringLiteral("SRD 5.1");
        q.crMin = 20;
        cases.push_back({"SRD 5.1 CR>=20 (rare)", q});
    }

    out << "Creature search: " << store.count(EntityKind::Creature) << " creatures (" << (total - generated)
        << " bundled, " << generated << " generated), " << runs << " runs per query, limit 50\n";
    out << "bestiary install: " << installMs << " ms; generating " << generated
        << " creatures: " << generateMs << " ms\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("query"), -30)
               .arg(QStringLiteral("hits"), 5)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p99 ms"), 8)
               .arg(QStringLiteral("max ms"), 8);
    double worstP99 = 0;
    for (const Case& c : cases) {
        const int hits = static_cast<int>(CreatureSearch::search(store, c.query).size()); // warm-up
        std::vector<double> ms;
        ms.reserve(runs);
        for (int i = 0; i < runs; ++i) {
            timer.restart();
            const QList<CreatureSummary> rows = CreatureSearch::search(store, c.query);
            ms.push_back(timer.nsecsElapsed() / 1e6);
            if (rows.size() != hits)
                return 2;
        }
        std::sort(ms.begin(), ms.end());
        const double p50 = ms[ms.size() / 2];
        const double p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
        worstP99 = std::max(worstP99, p99);
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QLatin1String(c.label), -30)
                   .arg(hits, 5)
                   .arg(p50, 8, 'f', 3)
                   .arg(p99, 8, 'f', 3)
                   .arg(ms.back(), 8, 'f', 3);
    }
    out << "\nworst p99: " << QString::number(worstP99, 'f', 3) << " ms (target < 2 ms)\n";
    return 0;
}
