// Opening the store at start-up when the file is not usable: a damaged file offers the newest
// backup and, when the DM accepts, the backup's data comes back and the damaged file is kept
// aside exactly as it was; a file from a newer version is refused without any restore; declining
// the offer leaves every file in the data folder as it was.
#include "AppTestSupport.h"
#include "startup/StoreOpener.h"
#include "model/Party.h"
#include "store/BackupManager.h"
#include "store/Migrations.h"

#include <QAbstractButton>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {

// Every file under the folder (relative path -> bytes), to tell whether anything changed.
QMap<QString, QByteArray> folderContents(const QString& folder)
{
    QMap<QString, QByteArray> contents;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        contents.insert(QDir(folder).relativeFilePath(path), fileBytes(path));
    }
    return contents;
}

// Which files were added, removed or changed between two snapshots; empty when none. (A refused
// file's folder stays exactly as it was: not even SQLite's side files of the attempt remain.)
QString changes(const QMap<QString, QByteArray>& before, const QMap<QString, QByteArray>& after)
{
    QStringList changed;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changed << QStringLiteral("removed %1").arg(it.key());
        else if (after.value(it.key()) != it.value())
            changed << QStringLiteral("changed %1").arg(it.key());
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changed << QStringLiteral("added %1 (%2 bytes)").arg(it.key()).arg(it.value().size());
    }
    return changed.join(QStringLiteral(", "));
}

// A data folder with a store holding one party, a backup of it, then a second party; the store is
// closed, as when the application is not running.
struct DataFolder {
    DataFolder()
    {
        CHECK_OK(store.store->commit(ChangeSet().put(party(QStringLiteral("Backed Up")))));
        Result<BackupInfo> made =
            BackupManager(location.backupDirectory(), store.clock).createBackup(store.store->database());
        CHECK_OK(made);
        backupPath = made->path;
        CHECK_OK(store.store->commit(ChangeSet().put(party(QStringLiteral("Added Later")))));
        store.store.reset();
    }

    // The store files kept aside by a restore, without the log and index SQLite keeps beside them.
    QStringList keptAside() const
    {
        QStringList files =
            QDir(store.dir.path()).entryList({QStringLiteral("tracker.sqlite3.replaced-*")}, QDir::Files);
        files.removeIf([](const QString& name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        return files;
    }

    TemporaryStore store;
    DataLocation location{store.dir.path()};
    QString backupPath;
};

// "header": the file no longer starts like a store; "pages": everything after the first page
// (the tables' contents) is junk while the header still reads as a store.
void damage(const QString& path, const QString& how)
{
    if (how == QLatin1String("header")) {
        QVERIFY(
            overwriteBytes(path, 0, QByteArray("this is not a store file at all").leftJustified(100, '!')));
    } else {
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 8192);
        QVERIFY(overwriteBytes(path, 4096, noiseBytes(qsizetype(size - 4096), 1234)));
    }
}

const QString kRestore = QStringLiteral("Restore the newest backup");
const QString kQuit = QStringLiteral("Quit");

} // namespace

class TestStoreOpener : public QObject {
    Q_OBJECT
private slots:
    void damagedStoreIsRestoredFromTheBackup_data();
    void damagedStoreIsRestoredFromTheBackup();
    void newerStoreIsRefusedWithoutRestore();
    void decliningChangesNothing_data();
    void decliningChangesNothing();
};

void TestStoreOpener::damagedStoreIsRestoredFromTheBackup_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("header overwritten") << QStringLiteral("header");
    QTest::newRow("pages overwritten") << QStringLiteral("pages");
}

void TestStoreOpener::damagedStoreIsRestoredFromTheBackup()
{
    QFETCH(QString, how);
    DataFolder folder;
    damage(folder.store.path(), how);
    const QByteArray damaged = fileBytes(folder.store.path());

    Shown shown;
    answerNextMessageBox(shown, kRestore);
    std::unique_ptr<LocalStore> opened = StoreOpener(folder.location).open(nullptr);
    QVERIFY2(shown.appeared, "no message about the damaged file");
    QCOMPARE(shown.title, QStringLiteral("Cannot open your data"));
    QVERIFY2(shown.text.contains(folder.store.path()), qPrintable(shown.text));
    QVERIFY2(shown.informative.contains(QStringLiteral("newest backup")), qPrintable(shown.informative));
    QCOMPARE(shown.buttons.size(), 2);
    QVERIFY(shown.buttons.contains(kRestore));
    QVERIFY(shown.buttons.contains(kQuit));

    QVERIFY2(opened, "the store did not open after the restore");
    QCOMPARE(partyNames(*opened), QStringList{QStringLiteral("Backed Up")});
    // The damaged file is kept beside the store, byte for byte; the backup is still there.
    const QStringList aside = folder.keptAside();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileBytes(QDir(folder.store.dir.path()).filePath(aside.first())), damaged);
    QVERIFY(QFile::exists(folder.backupPath));
    CHECK_OK(BackupManager::check(folder.backupPath));
}

void TestStoreOpener::newerStoreIsRefusedWithoutRestore()
{
    DataFolder folder;
    {
        // As a later version of the tracker would leave it.
        const QString connection = QStringLiteral("newer-schema");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(folder.store.path());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    const QMap<QString, QByteArray> before = folderContents(folder.store.dir.path());

    Shown shown;
    answerNextMessageBox(shown, kQuit);
    std::unique_ptr<LocalStore> opened = StoreOpener(folder.location).open(nullptr);
    QVERIFY(!opened);
    QVERIFY2(shown.appeared, "no message about the newer file");
    QVERIFY2(shown.text.contains(QStringLiteral("newer version of the tracker")), qPrintable(shown.text));
    QVERIFY2(shown.text.contains(QStringLiteral("update the tracker")), qPrintable(shown.text));
    // Updating is the answer, not a restore: none is offered, none is done.
    QCOMPARE(shown.buttons, QStringList{kQuit});
    QVERIFY2(!shown.informative.contains(QStringLiteral("backup")), qPrintable(shown.informative));
    QVERIFY(folder.keptAside().isEmpty());
    const QString changed = changes(before, folderContents(folder.store.dir.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void TestStoreOpener::decliningChangesNothing_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("answer"); // a button's text, or empty for Escape
    QTest::newRow("header, Quit") << QStringLiteral("header") << kQuit;
    QTest::newRow("pages, Quit") << QStringLiteral("pages") << kQuit;
    QTest::newRow("header, Escape") << QStringLiteral("header") << QString();
}

void TestStoreOpener::decliningChangesNothing()
{
    QFETCH(QString, how);
    QFETCH(QString, answer);
    DataFolder folder;
    damage(folder.store.path(), how);
    const QMap<QString, QByteArray> before = folderContents(folder.store.dir.path());
    QVERIFY(before.contains(QStringLiteral("tracker.sqlite3")));
    QCOMPARE(before.size(), 2); // the store and its backup

    Shown shown;
    answerNextMessageBox(shown, answer);
    std::unique_ptr<LocalStore> opened = StoreOpener(folder.location).open(nullptr);
    QVERIFY2(shown.appeared, "no message about the damaged file");
    QVERIFY2(shown.buttons.contains(kRestore), "no restore was offered");
    QVERIFY(!opened);
    QVERIFY(folder.keptAside().isEmpty());
    const QString changed = changes(before, folderContents(folder.store.dir.path()));
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

QTEST_MAIN(TestStoreOpener)
#include "TestStoreOpener.moc"
