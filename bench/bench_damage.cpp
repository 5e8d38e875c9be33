// Applying damage through the rules engine (command, rules, store commit with sync records, log
// entry) against a bare SQLite single-row insert-and-commit with the same durability settings
// (WAL, synchronous=FULL), in one run, on the same disk.
//
//   bench_damage [--iterations N] [--dir DIR]
#include "model/Encounter.h"
#include "rules/EncounterSession.h"
#include "store/LocalStore.h"
#include "util/Clock.h"
#include "util/RandomSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace dnd;

namespace {

struct Figures {
    double medianUs = 0;
    double p95Us = 0;
};

Figures summarize(std::vector<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    Figures f;
    f.medianUs = nanos[nanos.size() / 2] / 1000.0;
    f.p95Us = nanos[std::min(nanos.size() - 1, size_t(nanos.size() * 0.95))] / 1000.0;
    return f;
}

bool check(int rc, sqlite3* db, const char* what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "%s failed: %s\n", what, sqlite3_errmsg(db));
    return false;
}

// The baseline: one row inserted and committed per operation.
std::vector<qint64> bareInsert(const QString& path, int iterations)
{
    sqlite3* db = nullptr;
    std::vector<qint64> times;
    if (!check(sqlite3_open(path.toUtf8().constData(), &db), db, "open"))
        return times;
    char* message = nullptr;
    const char* setup =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
        "CREATE TABLE IF NOT EXISTS hit (id INTEGER PRIMARY KEY, target TEXT, amount INTEGER, at INTEGER)";
    if (sqlite3_exec(db, setup, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "setup failed: %s\n", message);
        sqlite3_free(message);
        sqlite3_close(db);
        return times;
    }
    sqlite3_stmt* insert = nullptr;
    check(
        sqlite3_prepare_v2(db, "INSERT INTO hit (target, amount, at) VALUES (?, ?, ?)", -1, &insert, nullptr),
        db, "prepare");
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert, 1, "goblin", -1, SQLITE_STATIC);
        sqlite3_bind_int(insert, 2, 1 + i % 7);
        sqlite3_bind_int64(insert, 3, i);
        check(sqlite3_step(insert), db, "insert");
        sqlite3_reset(insert);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        times.push_back(timer.nsecsElapsed());
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return times;
}

// The real thing: EncounterSession::applyDamage on a combatant with plenty of hit points.
std::vector<qint64> sessionDamage(const QString& path, int iterations)
{
    std::vector<qint64> times;
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorMessage()));
        return times;
    }
    Encounter encounter;
    encounter.id = LocalStore::newId();
    encounter.name = QStringLiteral("Benchmark");
    ChangeSet changes;
    changes.put(encounter);
    if (!(*store)->commit(changes).ok())
        return times;
    SeededRandom random(1);
    rules::EncounterSession session(**store, encounter.id, random, clock);
    if (!session.load().ok())
        return times;
    Creature tarrasque;
    tarrasque.name = QStringLiteral("Training Dummy");
    tarrasque.hp = 99999;
    tarrasque.damageResistances = {QStringLiteral("fire")};
    const Result<QStringList> ids = session.addParticipants(tarrasque, 1);
    (void)session.addParticipants(tarrasque, 6); // a realistic table, not a lone row
    if (!ids)
        return times;
    rules::DamageRequest request;
    request.targetIds = {ids->first()};
    request.damageType = QStringLiteral("fire");
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        request.amount = 1 + i % 7;
        clock.advance(1000);
        timer.start();
        const Status status = session.applyDamage(request);
        times.push_back(timer.nsecsElapsed());
        if (!status) {
            std::fprintf(stderr, "damage failed: %s\n", qPrintable(status.errorMessage()));
            return {};
        }
        if (session.participant(ids->first())->currentHp < 100) {
            (void)session.heal({ids->first()}, 99999);
        }
    }
    return times;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    int iterations = 500;
    QString dir;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--iterations"))
            iterations = std::max(10, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
    }
    QTemporaryDir temp(dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_damage-XXXXXX")
                                     : dir + QStringLiteral("/bench_damage-XXXXXX"));
    if (!temp.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }
    // Interleave the two in halves so disk state drifts affect both alike.
    std::vector<qint64> bare;
    std::vector<qint64> damage;
    for (int half = 0; half < 2; ++half) {
        std::vector<qint64> b = bareInsert(temp.filePath(QStringLiteral("bare.sqlite3")), iterations / 2);
        std::vector<qint64> d =
            sessionDamage(temp.filePath(QStringLiteral("tracker%1.sqlite3").arg(half)), iterations / 2);
        if (b.empty() || d.empty())
            return 1;
        bare.insert(bare.end(), b.begin(), b.end());
        damage.insert(damage.end(), d.begin(), d.end());
    }
    const Figures b = summarize(bare);
    const Figures d = summarize(damage);
    QTextStream out(stdout);
    out << "bench_damage: " << bare.size() << " operations each, folder " << temp.path() << "\n";
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("operation"), -44)
               .arg(QStringLiteral("median us"), 12)
               .arg(QStringLiteral("p95 us"), 12);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("bare SQLite insert + commit (WAL, FULL)"), -44)
               .arg(b.medianUs, 12, 'f', 1)
               .arg(b.p95Us, 12, 'f', 1);
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("applyDamage (rules + commit + sync + log)"), -44)
               .arg(d.medianUs, 12, 'f', 1)
               .arg(d.p95Us, 12, 'f', 1);
    out << QStringLiteral("ratio median %1x, p95 %2x (target <= 1.5x)\n")
               .arg(d.medianUs / b.medianUs, 0, 'f', 2)
               .arg(d.p95Us / b.p95Us, 0, 'f', 2);
    return 0;
}
