// BackupManager: consistent copies while another process writes, rotation, the daily limit,
// restore that keeps the replaced file, and refusal of a damaged backup.
#include "SampleEntities.h"
#include "TestSupport.h"
#include "store/BackupManager.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

std::unique_ptr<LocalStore> openStore(const QString& path, const Clock& clock)
{
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(path, clock);
    if (!opened)
        qFatal("open failed: %s", qPrintable(opened.errorMessage()));
    return std::move(opened).value();
}

} // namespace

class TestBackupManager final : public QObject {
    Q_OBJECT

private slots:
    void backupIsConsistentWhileAnotherProcessWrites();
    void rotationKeepsTheNewestSeven();
    void automaticBackupAtMostDaily();
    void restoreKeepsTheReplacedFileAside();
    void restoreRefusesADamagedBackup();
    void backupToAnUnwritablePlaceFails();
};

void TestBackupManager::backupIsConsistentWhileAnotherProcessWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    ManualClock clock;
    std::unique_ptr<LocalStore> store = openStore(path, clock);
    QProcess writer;
    writer.start(QStringLiteral(STORE_WRITER_CHILD), {path, QStringLiteral("w")});
    QVERIFY(writer.waitForStarted());
    QVERIFY(writer.waitForReadyRead(10000));

    BackupManager backups(dir.filePath(QStringLiteral("backups")), clock);
    qint64 previous = -1;
    for (int i = 0; i < 8; ++i) {
        QTest::qWait(40);
        clock.advance(kDayMs);
        Result<BackupInfo> made = backups.createBackup(store->database());
        CHECK_OK(made);
        // Each backup is a sound snapshot of one moment: whole commits only (every record with
        // its outbox row, numbers without gaps), and never older than the one before.
        Database::Options readOnly;
        readOnly.mode = Database::Mode::ReadOnly;
        Result<std::unique_ptr<Database>> copy = Database::open(made->path, readOnly);
        CHECK_OK(copy);
        CHECK_OK((*copy)->integrityCheck());
        QCOMPARE((*copy)->journalMode(), QStringLiteral("delete"));
        QSqlQuery query((*copy)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), coalesce(max(CAST(substr(id, 3) AS INTEGER)), "
                                          "-1), (SELECT count(*) FROM outbox), (SELECT count(*) FROM "
                                          "character) FROM party")));
        QVERIFY(query.next());
        const qint64 count = query.value(0).toLongLong();
        QCOMPARE(query.value(1).toLongLong(), count - 1);
        QCOMPARE(query.value(2).toLongLong(), 2 * count); // a party and its character per commit
        QCOMPARE(query.value(3).toLongLong(), count);
        QVERIFY(count >= previous);
        previous = count;
    }
    writer.kill();
    writer.waitForFinished();
    QVERIFY(previous > 0);
    QCOMPARE(backups.backups().size(), BackupManager::kKeep);
}

void TestBackupManager::rotationKeepsTheNewestSeven()
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<LocalStore> store = openStore(dir.filePath(QStringLiteral("tracker.sqlite3")), clock);
    BackupManager backups(dir.filePath(QStringLiteral("backups")), clock);
    QStringList made;
    for (int i = 0; i < 10; ++i) {
        CHECK_OK(store->commit(ChangeSet().put(sampleParty(QStringLiteral("Party %1").arg(i)))));
        Result<BackupInfo> info = backups.createBackup(store->database());
        CHECK_OK(info);
        QCOMPARE(info->createdAt.toMSecsSinceEpoch(), clock.nowMs());
        QVERIFY(info->sizeBytes > 0);
        made.prepend(info->path);
        clock.advance(kDayMs + 1000);
    }
    const QList<BackupInfo> kept = backups.backups();
    QCOMPARE(kept.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(kept[i].path, made[i]); // newest first
    for (int i = 7; i < 10; ++i)
        QVERIFY(!QFileInfo::exists(made[i]));
    // Foreign files in the folder are neither counted nor removed.
    QFile foreign(dir.filePath(QStringLiteral("backups/notes.txt")));
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.close();
    CHECK_OK(backups.createBackup(store->database()));
    QCOMPARE(backups.backups().size(), 7);
    QVERIFY(foreign.exists());
}

void TestBackupManager::automaticBackupAtMostDaily()
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<LocalStore> store = openStore(dir.filePath(QStringLiteral("tracker.sqlite3")), clock);
    BackupManager backups(dir.filePath(QStringLiteral("backups")), clock);
    QCOMPARE(*backups.backupIfDue(store->database()), true);
    clock.advance(60 * 60 * 1000);
    QCOMPARE(*backups.backupIfDue(store->database()), false);
    clock.advance(kDayMs - 60 * 60 * 1000 - 1);
    QCOMPARE(*backups.backupIfDue(store->database()), false);
    clock.advance(1);
    QCOMPARE(*backups.backupIfDue(store->database()), true);
    QCOMPARE(backups.backups().size(), 2);
}

void TestBackupManager::restoreKeepsTheReplacedFileAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    ManualClock clock;
    BackupManager backups(dir.filePath(QStringLiteral("backups")), clock);
    const Party kept = sampleParty(QStringLiteral("Before the backup"));
    const Party later = sampleParty(QStringLiteral("After the backup"));
    QString backupPath;
    QString deviceBefore;
    {
        std::unique_ptr<LocalStore> store = openStore(path, clock);
        deviceBefore = store->clientId();
        CHECK_OK(store->commit(ChangeSet().put(kept)));
        Result<BackupInfo> made = backups.createBackup(store->database());
        CHECK_OK(made);
        backupPath = made->path;
        CHECK_OK(store->commit(ChangeSet().put(later)));
    }
    const QByteArray replacedBytes = fileBytes(path);
    clock.advance(1000);
    CHECK_OK(backups.restore(backupPath, path));

    std::unique_ptr<LocalStore> restored = openStore(path, clock);
    QVERIFY(restored->get<Party>(kept.id));
    QVERIFY(!restored->get<Party>(later.id));
    QCOMPARE(restored->database().journalMode(), QStringLiteral("wal"));
    // The restored file syncs as a new device: the service has seen its old numbers since.
    QVERIFY(restored->clientId() != deviceBefore);
    QCOMPARE(restored->replacedClientId().value(), deviceBefore);
    QVERIFY(!QFileInfo::exists(LocalStore::restoredMarkPath(path)));
    // The replaced file sits beside it, unchanged, with everything it had.
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("tracker.sqlite3.replaced-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    const QString asidePath = dir.filePath(aside.first());
    QCOMPARE(fileBytes(asidePath), replacedBytes);
    std::unique_ptr<LocalStore> old = openStore(asidePath, clock);
    QVERIFY(old->get<Party>(later.id));
}

void TestBackupManager::restoreRefusesADamagedBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    ManualClock clock;
    BackupManager backups(dir.filePath(QStringLiteral("backups")), clock);
    QString backupPath;
    {
        std::unique_ptr<LocalStore> store = openStore(path, clock);
        for (int i = 0; i < 40; ++i)
            CHECK_OK(store->commit(ChangeSet().put(sampleCreature(QStringLiteral("C%1").arg(i)))));
        Result<BackupInfo> made = backups.createBackup(store->database());
        CHECK_OK(made);
        backupPath = made->path;
    }
    QVERIFY(overwriteBytes(backupPath, 4096, QByteArray(8192, '\xee')));
    const QByteArray current = fileBytes(path);
    const Status status = backups.restore(backupPath, path);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, codes::kDbCorrupt);
    QVERIFY2(status.errorMessage().contains(QStringLiteral("backup")), qPrintable(status.errorMessage()));
    QCOMPARE(fileBytes(path), current);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}, QDir::Files).size(), 0);

    const Status missing = backups.restore(dir.filePath(QStringLiteral("no-such-backup.sqlite3")), path);
    CHECK_FAILS(missing, codes::kDbUnreadable);
    QVERIFY2(missing.errorMessage().contains(QStringLiteral("no-such-backup.sqlite3")),
             qPrintable(missing.errorMessage()));
    QCOMPARE(fileBytes(path), current);
}

void TestBackupManager::backupToAnUnwritablePlaceFails()
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<LocalStore> store = openStore(dir.filePath(QStringLiteral("tracker.sqlite3")), clock);
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Status status =
        BackupManager::backupTo(store->database(), dir.filePath(QStringLiteral("file/inside.sqlite3")));
    CHECK_FAILS(status, codes::kDbIo);
    QVERIFY(status.errorMessage().contains(QStringLiteral("file/inside.sqlite3")));
}

QTEST_GUILESS_MAIN(TestBackupManager)
#include "TestBackupManager.moc"
