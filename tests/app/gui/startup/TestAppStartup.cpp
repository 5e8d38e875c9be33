// The application's start and exit around a store whose damage only the background check finds,
// through the code main() runs: the bundled bestiary's install during the check is refused and
// writes nothing, the DM is told, and either the newest backup comes back and the application
// restarts (the damaged file kept beside it, byte for byte), or the DM carries on and the file is
// left exactly as it was.
#include "AppTestSupport.h"
#include "SampleEntities.h"
#include "startup/AppStartup.h"
#include "store/BackupManager.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {

const QString kRestore = QStringLiteral("Restore the newest backup");
const QString kContinue = QStringLiteral("Continue without saving");

// A store with many creatures and one party, a backup of it, then a second party; closed, as when
// the application is not running. Then pages in the middle of the file are overwritten: the file
// still opens (header and schema are sound), only the page check finds the damage.
struct DamagedDataFolder {
    DamagedDataFolder()
    {
        CHECK_OK(fillStoreFile(location.databasePath(), 300));
        {
            Result<std::unique_ptr<LocalStore>> store = LocalStore::open(location.databasePath(), clock);
            CHECK_OK(store);
            CHECK_OK((*store)->commit(ChangeSet().put(party(QStringLiteral("Backed Up")))));
            Result<BackupInfo> made =
                BackupManager(location.backupDirectory(), clock).createBackup((*store)->database());
            CHECK_OK(made);
            backupPath = made->path;
            CHECK_OK((*store)->commit(ChangeSet().put(party(QStringLiteral("Added Later")))));
        }
        const qint64 size = QFileInfo(location.databasePath()).size();
        QVERIFY(size > 64 * 4096);
        QVERIFY(overwriteBytes(location.databasePath(), (size / 2) / 4096 * 4096, noiseBytes(8 * 4096, 7)));
        damaged = fileBytes(location.databasePath());
        backupBytes = fileBytes(backupPath);
    }

    QStringList keptAside() const
    {
        QStringList files =
            QDir(dir.path()).entryList({QStringLiteral("tracker.sqlite3.replaced-*")}, QDir::Files);
        files.removeIf([](const QString& name) {
            return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
        });
        return files;
    }

    QTemporaryDir dir;
    DataLocation location{dir.path()};
    ManualClock clock;
    QString backupPath;
    QByteArray damaged;
    QByteArray backupBytes;
};

// Runs the application's event loop, as main() does, until something ends it; a safety net ends it
// with -1 should nothing do so.
int runEventLoop()
{
    QTimer safetyNet;
    safetyNet.setSingleShot(true);
    QObject::connect(&safetyNet, &QTimer::timeout, [] { QCoreApplication::exit(-1); });
    safetyNet.start(60'000);
    return QApplication::exec();
}

} // namespace

class TestAppStartup : public QObject {
    Q_OBJECT
private slots:
    void damageFoundInTheBackgroundIsRestoredAndRestarts();
    void continuingWithoutSavingLeavesTheFileAsItWas();

private:
    // Opens the folder's store as main() does: the bestiary install during the check fails and is
    // reported; nothing is written.
    void openDuringTheCheck(DamagedDataFolder& folder, AppStartup& startup);
};

void TestAppStartup::openDuringTheCheck(DamagedDataFolder& folder, AppStartup& startup)
{
    Shown warning;
    answerNextMessageBox(warning, QString());
    QVERIFY(startup.openStore());
    QVERIFY(startup.store());
    // Nothing of the install reached the file or its write-ahead log.
    QCOMPARE(fileBytes(folder.location.databasePath()), folder.damaged);
    QCOMPARE(QFileInfo(folder.location.databasePath() + QStringLiteral("-wal")).size(), qint64(0));
    QVERIFY2(warning.appeared, "the failed bestiary install was not reported");
    QCOMPARE(warning.title, QStringLiteral("Bestiary not installed"));
    QVERIFY2(warning.text.contains(QStringLiteral("damaged"), Qt::CaseInsensitive) ||
                 warning.text.contains(folder.location.databasePath()),
             qPrintable(warning.text));
}

void TestAppStartup::damageFoundInTheBackgroundIsRestoredAndRestarts()
{
    DamagedDataFolder folder;
    int restarts = 0;
    AppStartup startup(folder.location, folder.clock, [&restarts] { ++restarts; });
    openDuringTheCheck(folder, startup);
    if (QTest::currentTestFailed())
        return;

    QWidget window;
    window.show();
    Shown report;
    answerNextMessageBox(report, kRestore);
    startup.watchVerification(&window);
    const int code = runEventLoop();
    QVERIFY2(report.appeared, "the damage was not reported");
    QCOMPARE(report.title, QStringLiteral("Your data file is damaged"));
    QVERIFY2(report.informative.contains(QStringLiteral("newest backup")), qPrintable(report.informative));
    QCOMPARE(report.buttons.size(), 2);
    QCOMPARE(code, AppStartup::kRestoreAndRestart);
    QCOMPARE(restarts, 0);

    window.close();
    QCOMPARE(startup.finish(code), 0);
    QCOMPARE(restarts, 1);
    // The backup's data is back; the damaged file is kept beside it, byte for byte.
    Result<std::unique_ptr<LocalStore>> reopened =
        LocalStore::open(folder.location.databasePath(), folder.clock);
    CHECK_OK(reopened);
    QCOMPARE(partyNames(**reopened), QStringList{QStringLiteral("Backed Up")});
    const QStringList aside = folder.keptAside();
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileBytes(QDir(folder.dir.path()).filePath(aside.first())), folder.damaged);
    QCOMPARE(fileBytes(folder.backupPath), folder.backupBytes);
}

void TestAppStartup::continuingWithoutSavingLeavesTheFileAsItWas()
{
    DamagedDataFolder folder;
    int restarts = 0;
    AppStartup startup(folder.location, folder.clock, [&restarts] { ++restarts; });
    openDuringTheCheck(folder, startup);
    if (QTest::currentTestFailed())
        return;

    QWidget window;
    window.show();
    Shown report;
    // The DM carries on, then quits the application.
    answerNextMessageBox(report, kContinue, [] { QTimer::singleShot(0, [] { QCoreApplication::exit(0); }); });
    startup.watchVerification(&window);
    const int code = runEventLoop();
    QVERIFY2(report.appeared, "the damage was not reported");
    QCOMPARE(code, 0);
    // A write the DM tries meanwhile is refused and changes nothing.
    QVERIFY(!startup.store()->commit(ChangeSet().put(party(QStringLiteral("Too Late")))).ok());

    window.close();
    QCOMPARE(startup.finish(code), AppStartup::kStoreUnusable);
    QCOMPARE(restarts, 0);
    QCOMPARE(fileBytes(folder.location.databasePath()), folder.damaged);
    QVERIFY(folder.keptAside().isEmpty());
    QCOMPARE(fileBytes(folder.backupPath), folder.backupBytes);
}

QTEST_MAIN(TestAppStartup)
#include "TestAppStartup.moc"
