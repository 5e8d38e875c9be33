// Applying damage through the rules engine (command, rules, store commit with sync records, log
// entry) against a bare SQLite single-row insert-and-commit with the same durability settings
// (WAL, synchronous=FULL), in one run, on the same disk. The two alternate operation by operation,
// so a change in the disk's flush latency during the run hits both alike. Wall time is dominated
// by the flush; processor time (this thread only) shows what the rules and bookkeeping cost.
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
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <sqlite3.h>
#include <vector>

using namespace dnd;

namespace {

qint64 threadCpuNanos()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Wall and processor time of each operation of one kind.
struct Samples {
    std::vector<qint64> wall;
    std::vector<qint64> cpu;
};

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

// Times one call of `operation` into `samples`; returns what the operation returned.
template <typename Operation> bool timed(Samples& samples, Operation operation)
{
    QElapsedTimer timer;
    const qint64 cpuStart = threadCpuNanos();
    timer.start();
    const bool ok = operation();
    samples.wall.push_back(timer.nsecsElapsed());
    samples.cpu.push_back(threadCpuNanos() - cpuStart);
    return ok;
}

// The baseline: one row inserted and committed per operation, WAL with synchronous=FULL as the
// tracker's store uses.
class BareInsert {
public:
    ~BareInsert()
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }

    bool open(const QString& path)
    {
        if (sqlite3_open(path.toUtf8().constData(), &m_db) != SQLITE_OK)
            return fail("open");
        const char* setup = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                            "CREATE TABLE IF NOT EXISTS hit (id INTEGER PRIMARY KEY, target TEXT, amount "
                            "INTEGER, at INTEGER)";
        if (sqlite3_exec(m_db, setup, nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail("setup");
        if (sqlite3_prepare_v2(m_db, "INSERT INTO hit (target, amount, at) VALUES (?, ?, ?)", -1, &m_insert,
                               nullptr) != SQLITE_OK)
            return fail("prepare");
        return true;
    }

    bool step(int i)
    {
        if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail("begin");
        sqlite3_bind_text(m_insert, 1, "goblin", -1, SQLITE_STATIC);
        sqlite3_bind_int(m_insert, 2, 1 + i % 7);
        sqlite3_bind_int64(m_insert, 3, i);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc != SQLITE_DONE)
            return fail("insert");
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail("commit");
        return true;
    }

private:
    bool fail(const char* what)
    {
        std::fprintf(stderr, "bare SQLite %s failed: %s\n", what,
                     m_db ? sqlite3_errmsg(m_db) : "no database");
        return false;
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
};

// The real thing: EncounterSession::applyDamage on a combatant with plenty of hit points, at a
// table of seven creatures.
class SessionDamage {
public:
    bool open(const QString& path)
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, m_clock);
        if (!store)
            return fail(store.errorMessage());
        m_store = std::move(store).value();
        Encounter encounter;
        encounter.id = LocalStore::newId();
        encounter.name = QStringLiteral("Benchmark");
        ChangeSet changes;
        changes.put(encounter);
        if (Result<ChangeSet> created = m_store->commit(changes); !created)
            return fail(created.errorMessage());
        m_session = std::make_unique<rules::EncounterSession>(*m_store, encounter.id, m_random, m_clock);
        if (Status loaded = m_session->load(); !loaded)
            return fail(loaded.errorMessage());
        Creature dummy;
        dummy.name = QStringLiteral("Training Dummy");
        dummy.hp = 99999;
        dummy.damageResistances = {QStringLiteral("fire")};
        const Result<QStringList> ids = m_session->addParticipants(dummy, 7);
        if (!ids)
            return fail(ids.errorMessage());
        m_request.targetIds = {ids->first()};
        m_request.damageType = QStringLiteral("fire");
        return true;
    }

    bool step(int i)
    {
        m_request.amount = 1 + i % 7;
        if (Status status = m_session->applyDamage(m_request); !status)
            return fail(status.errorMessage());
        return true;
    }

    // Outside the timed step: keep the target far from 0 so every hit takes the same path.
    bool topUp()
    {
        m_clock.advance(1000);
        const QString target = m_request.targetIds.first();
        if (m_session->participant(target)->currentHp >= 100)
            return true;
        if (Status healed = m_session->heal({target}, 99999); !healed)
            return fail(healed.errorMessage());
        return true;
    }

private:
    static bool fail(const QString& message)
    {
        std::fprintf(stderr, "damage: %s\n", qPrintable(message));
        return false;
    }

    ManualClock m_clock;
    SeededRandom m_random{1};
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<rules::EncounterSession> m_session;
    rules::DamageRequest m_request;
};

QString row(const QString& name, const Figures& wall, const Figures& cpu)
{
    return QStringLiteral("%1 %2 %3 %4 %5\n")
        .arg(name, -44)
        .arg(wall.medianUs, 12, 'f', 1)
        .arg(wall.p95Us, 12, 'f', 1)
        .arg(cpu.medianUs, 12, 'f', 1)
        .arg(cpu.p95Us, 12, 'f', 1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dnd.core.store.database.info=false"));
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
    BareInsert bare;
    SessionDamage damage;
    if (!bare.open(temp.filePath(QStringLiteral("bare.sqlite3"))) ||
        !damage.open(temp.filePath(QStringLiteral("tracker.sqlite3"))))
        return 1;
    Samples bareSamples;
    Samples damageSamples;
    for (int i = 0; i < iterations; ++i) {
        // Alternate which goes first, so neither always follows the other's flush.
        const bool bareFirst = i % 2 == 0;
        for (int turn = 0; turn < 2; ++turn) {
            const bool ok = (turn == 0) == bareFirst ? timed(bareSamples, [&] { return bare.step(i); })
                                                     : timed(damageSamples, [&] { return damage.step(i); });
            if (!ok)
                return 1;
        }
        if (!damage.topUp())
            return 1;
    }
    const Figures bareWall = summarize(bareSamples.wall);
    const Figures bareCpu = summarize(bareSamples.cpu);
    const Figures damageWall = summarize(damageSamples.wall);
    const Figures damageCpu = summarize(damageSamples.cpu);
    QTextStream out(stdout);
    out << "bench_damage: " << iterations << " operations each, alternating, folder " << temp.path() << "\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("operation"), -44)
               .arg(QStringLiteral("median us"), 12)
               .arg(QStringLiteral("p95 us"), 12)
               .arg(QStringLiteral("cpu med us"), 12)
               .arg(QStringLiteral("cpu p95 us"), 12);
    out << row(QStringLiteral("bare SQLite insert + commit (WAL, FULL)"), bareWall, bareCpu);
    out << row(QStringLiteral("applyDamage (rules + commit + sync + log)"), damageWall, damageCpu);
    out << QStringLiteral("ratio wall: median %1x, p95 %2x (target <= 1.5x); processor: median %3x\n")
               .arg(damageWall.medianUs / bareWall.medianUs, 0, 'f', 2)
               .arg(damageWall.p95Us / bareWall.p95Us, 0, 'f', 2)
               .arg(damageCpu.medianUs / bareCpu.medianUs, 0, 'f', 2);
    return 0;
}
