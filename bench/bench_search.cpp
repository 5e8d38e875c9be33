// Creature search latency over 20,000 creatures (the bundled SRD plus generated ones): p50 / p99 /
// max per typical query, as wall-clock time and as the thread's CPU time (which a busy machine's
// scheduling does not inflate). Prints figures; run on purpose, never part of the test suite.
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
#include <ctime>
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

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

struct Percentiles {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return {values[values.size() / 2], values[std::min(values.size() - 1, values.size() * 99 / 100)],
            values.back()};
}

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
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("query"), -30)
               .arg(QStringLiteral("hits"), 5)
               .arg(QStringLiteral("wall p50"), 9)
               .arg(QStringLiteral("wall p99"), 9)
               .arg(QStringLiteral("wall max"), 9)
               .arg(QStringLiteral("cpu p50"), 9)
               .arg(QStringLiteral("cpu p99"), 9);
    double worstWallP99 = 0;
    double worstCpuP99 = 0;
    for (const Case& c : cases) {
        const int hits = static_cast<int>(CreatureSearch::search(store, c.query).size()); // warm-up
        std::vector<double> wall;
        std::vector<double> cpu;
        wall.reserve(runs);
        cpu.reserve(runs);
        for (int i = 0; i < runs; ++i) {
            const double cpuStart = threadCpuMs();
            timer.restart();
            const QList<CreatureSummary> rows = CreatureSearch::search(store, c.query);
            wall.push_back(timer.nsecsElapsed() / 1e6);
            cpu.push_back(threadCpuMs() - cpuStart);
            if (rows.size() != hits)
                return 2;
        }
        const Percentiles w = percentiles(wall);
        const Percentiles t = percentiles(cpu);
        worstWallP99 = std::max(worstWallP99, w.p99);
        worstCpuP99 = std::max(worstCpuP99, t.p99);
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(QLatin1String(c.label), -30)
                   .arg(hits, 5)
                   .arg(w.p50, 9, 'f', 3)
                   .arg(w.p99, 9, 'f', 3)
                   .arg(w.max, 9, 'f', 3)
                   .arg(t.p50, 9, 'f', 3)
                   .arg(t.p99, 9, 'f', 3);
    }
    out << "\nworst p99 (ms): wall " << QString::number(worstWallP99, 'f', 3) << ", cpu "
        << QString::number(worstCpuP99, 'f', 3) << " (target < 2 ms)\n";
    return 0;
}
