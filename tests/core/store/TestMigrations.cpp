// Every migration step: a database built at each earlier schema version, filled with data, then
// opened by the current code, must keep its data and end with the same schema as a fresh file.
#include "SampleEntities.h"
#include "TestSupport.h"
#include "store/Migrations.h"
#include "util/ErrorCodes.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

QStringList schemaOf(Database& db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
                              "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows;
}

} // namespace

class TestMigrations final : public QObject {
    Q_OBJECT

private slots:
    void stepsAreNumberedInOrder();
    void upgradeFromEveryEarlierVersion_data();
    void upgradeFromEveryEarlierVersion();
    void failingStepLeavesPreviousVersion();
    void snapshotComparisonIsAskedOnlyOfStoresThatMayNeedIt();
};

void TestMigrations::stepsAreNumberedInOrder()
{
    int expected = 1;
    for (const MigrationStep& step : migrationSteps()) {
        QCOMPARE(step.version, expected++);
        QVERIFY(!step.statements.isEmpty());
        QVERIFY(qstrlen(step.summary) > 0);
    }
    QCOMPARE(latestSchemaVersion(), expected - 1);
}

void TestMigrations::upgradeFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < latestSchemaVersion(); ++version)
        QTest::addRow("from schema %d", version) << version;
}

void TestMigrations::upgradeFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    ManualClock clock;

    const Party party = sampleParty();
    const Character hero = sampleCharacter(party.id);
    const Creature troll = sampleCreature();
    const Encounter encounter = sampleEncounter(party.id);
    const Participant fighter = sampleParticipant(encounter.id, troll.id);
    const CombatLogEntry first = sampleLogEntry(encounter.id, 1);
    const CombatLogEntry second = sampleLogEntry(encounter.id, 2);
    qint64 outboxBefore = 0;
    {
        Database::Options options;
        options.migrateTo = version;
        if (version == 0) {
            Result<std::unique_ptr<Database>> db = Database::open(path, options);
            CHECK_OK(db);
            QCOMPARE((*db)->schemaVersion(), 0);
        } else {
            Result<std::unique_ptr<LocalStore>> old = LocalStore::open(path, clock, options);
            CHECK_OK(old);
            QCOMPARE((*old)->database().schemaVersion(), version);
            ChangeSet changes;
            changes.put(party).put(hero).put(troll).put(encounter).put(fighter).put(second).put(first);
            Result<ChangeSet> committed = (*old)->commit(changes);
            CHECK_OK(committed);
            outboxBefore = (*old)->outboxSize();
            QCOMPARE(outboxBefore, 7);
        }
    }

    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(path, clock);
    CHECK_OK(opened);
    LocalStore& store = **opened;
    Database& db = store.database();
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
    QCOMPARE(db.journalMode(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    CHECK_OK(db.integrityCheck());

    // Same schema as a file created by the current code.
    QTemporaryDir freshDir;
    Result<std::unique_ptr<Database>> fresh =
        Database::open(freshDir.filePath(QStringLiteral("fresh.sqlite3")));
    CHECK_OK(fresh);
    QCOMPARE(schemaOf(db), schemaOf(**fresh));

    if (version == 0) {
        QCOMPARE(store.count(EntityKind::Party), 0);
        return;
    }
    // Data of every kind written at the old version is all there, and the outbox kept every
    // queued change.
    QCOMPARE(store.get<Party>(party.id), std::optional<Party>(party));
    QCOMPARE(store.get<Character>(hero.id), std::optional<Character>(hero));
    QCOMPARE(store.get<Creature>(troll.id), std::optional<Creature>(troll));
    QCOMPARE(store.get<Encounter>(encounter.id), std::optional<Encounter>(encounter));
    QCOMPARE(store.get<Participant>(fighter.id), std::optional<Participant>(fighter));
    QCOMPARE(store.get<CombatLogEntry>(first.id), std::optional<CombatLogEntry>(first));
    QCOMPARE(store.outboxSize(), outboxBefore);

    // Search columns and the full-text index cover creatures written before they existed.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT ctype FROM creature WHERE id = '%1'").arg(troll.id)).toString(),
        QStringLiteral("giant"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT cr FROM creature WHERE id = '%1'").arg(troll.id)).toDouble(),
             5.0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM creature_fts WHERE creature_fts MATCH 'underdark'"))
            .toInt(),
        1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM creature_fts WHERE creature_fts MATCH 'cave*'"))
                 .toInt(),
             1);

    // The search facets (schema 4) hold the creatures written before the table existed.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT name FROM creature_facet WHERE creature_id = '%1'").arg(troll.id))
            .toString(),
        troll.name);

    // Combat log order by sequence, from the column added in schema 3.
    QList<CombatLogEntry> log;
    QSqlQuery ordered(db.connection());
    QVERIFY(ordered.exec(
        QStringLiteral("SELECT doc FROM combat_log WHERE parent_id = '%1' ORDER BY seq").arg(encounter.id)));
    QStringList ids;
    while (ordered.next())
        ids << QJsonDocument::fromJson(ordered.value(0).toByteArray())
                   .object()
                   .value(QStringLiteral("id"))
                   .toString();
    QCOMPARE(ids, (QStringList{first.id, second.id}));

    // And the upgraded file keeps working: settings (schema 3) and new writes with sync records.
    CHECK_OK(store.setSetting(QStringLiteral("theme"), QStringLiteral("dark")));
    QCOMPARE(store.setting(QStringLiteral("theme")), QStringLiteral("dark"));
    Creature renamed = troll;
    renamed.name = QStringLiteral("Bridge Troll");
    CHECK_OK(store.commit(ChangeSet().put(renamed)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM creature_fts WHERE creature_fts MATCH 'bridge'"))
                 .toInt(),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM creature_fts WHERE creature_fts MATCH 'cave'"))
                 .toInt(),
             0);
    QCOMPARE(store.outboxSize(), outboxBefore + 1);
}

void TestMigrations::failingStepLeavesPreviousVersion()
{
    // A file at schema 2 that already has a table step 3 wants to create: step 3 fails as a whole.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    {
        Database::Options options;
        options.migrateTo = 2;
        Result<std::unique_ptr<Database>> db = Database::open(path, options);
        CHECK_OK(db);
        CHECK_OK((*db)->exec(QStringLiteral("CREATE TABLE setting (other TEXT)")));
    }
    Result<std::unique_ptr<Database>> upgraded = Database::open(path);
    CHECK_FAILS(upgraded, codes::kDbIo);
    QVERIFY2(upgraded.errorMessage().contains(QStringLiteral("schema 3")),
             qPrintable(upgraded.errorMessage()));
    QVERIFY(upgraded.errorMessage().contains(QStringLiteral("left at schema 2")));

    Database::Options readOnly;
    readOnly.mode = Database::Mode::ReadOnly;
    Result<std::unique_ptr<Database>> after = Database::open(path, readOnly);
    CHECK_OK(after);
    QCOMPARE((*after)->schemaVersion(), 2);
    // Nothing of step 3 stayed behind: the combat log has no sequence column.
    QSqlQuery columns((*after)->connection());
    QVERIFY(columns.exec(
        QStringLiteral("SELECT count(*) FROM pragma_table_xinfo('combat_log') WHERE name = 'seq'")));
    QVERIFY(columns.next());
    QCOMPARE(columns.value(0).toInt(), 0);
}

// Schema step 6: a store from before it compares its next full snapshot with its rows only when it
// has rows of its own and has not pulled yet (it may have started again as a new device); a new
// store does not, until it starts again as a new device, and a whole snapshot ends it.
void TestMigrations::snapshotComparisonIsAskedOnlyOfStoresThatMayNeedIt()
{
    ManualClock clock;
    const auto storeAtSchema5 = [&](const QString& path, qint64 cookie) {
        Database::Options options;
        options.migrateTo = 5;
        Result<std::unique_ptr<LocalStore>> old = LocalStore::open(path, clock, options);
        CHECK_OK(old);
        CHECK_OK((*old)->commit(ChangeSet().put(sampleParty())));
        CHECK_OK((*old)->setSyncCookie(cookie));
    };
    QTemporaryDir dir;
    const QString neverPulled = dir.filePath(QStringLiteral("never-pulled.sqlite3"));
    const QString pulled = dir.filePath(QStringLiteral("pulled.sqlite3"));
    storeAtSchema5(neverPulled, 0);
    storeAtSchema5(pulled, 12);
    Result<std::unique_ptr<LocalStore>> upgraded = LocalStore::open(neverPulled, clock);
    CHECK_OK(upgraded);
    QCOMPARE((*upgraded)->mustCompareNextSnapshot().value(), true);
    upgraded = LocalStore::open(pulled, clock);
    CHECK_OK(upgraded);
    QCOMPARE((*upgraded)->mustCompareNextSnapshot().value(), false);

    Result<std::unique_ptr<LocalStore>> fresh =
        LocalStore::open(dir.filePath(QStringLiteral("new.sqlite3")), clock);
    CHECK_OK(fresh);
    LocalStore& store = **fresh;
    CHECK_OK(store.commit(ChangeSet().put(sampleParty())));
    QCOMPARE(store.mustCompareNextSnapshot().value(), false);
    CHECK_OK(store.startAsNewDevice(LocalStore::NewDeviceReason::Copied));
    QCOMPARE(store.mustCompareNextSnapshot().value(), true);
    CHECK_OK(store.keepSnapshotPosition(3, QStringLiteral("epoch")));
    QCOMPARE(store.mustCompareNextSnapshot().value(), false);
    QCOMPARE(store.syncCookie().value(), 3);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
