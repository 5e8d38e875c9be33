// The data file failing under the window: a full disk, a read-only file and a file another program
// holds locked. Each time the window says so in a bar across its top (not a crash, not a silent
// loss), nothing saved before is lost, and the next change after the condition clears is saved
// and takes the bar away.
//
// A data file that is read-only when the application starts (the file alone, or its folder too)
// opens read-only through the code main() runs: the bar says so from the start and what to do,
// everything can be read, every change is refused with a message, and the file keeps its bytes.
// Permissions (chmod) make it read-only; where they do not stop this process (root, or the user
// namespace the test enters, where it is root too) a read-only bind mount does, in the test's
// private mount namespace.
//
// The full disk is a real one where the machine allows a private mount namespace: a tmpfs of
// 2 MiB holding the data file, filled up by another file. Everywhere, the conditions are also made
// with SQLite's own means on the real file: the file's size capped at its
// pages (`PRAGMA max_page_count`, SQLite answers SQLITE_FULL as on a full disk), writes refused on
// the window's connection (`PRAGMA query_only`, SQLITE_READONLY as for a read-only file; a file made
// read-only under an open connection stays writable through it on Linux), and a second connection
// holding an exclusive lock (SQLITE_BUSY once the window's 5-second wait runs out).
#include "AppTestSupport.h"
#include "PrivateMounts.h"
#include "SampleEntities.h"
#include "UndoHistory.h"
#include "encounters/EncountersPage.h"
#include "model/Encounter.h"
#include "parties/CharacterModel.h"
#include "parties/PartiesPage.h"
#include "parties/PartyListModel.h"
#include "startup/AppStartup.h"
#include "startup/FirstRun.h"
#include "util/ErrorCodes.h"
#include "widgets/StoreProblemBanner.h"

#include <QDir>
#include <QListWidget>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <functional>
#include <optional>
#include <unistd.h>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

class TestStoreFaults : public QObject {
    Q_OBJECT
private slots:
    void fullDisk();
    void fullDiskOnARealFilesystem();
    void readOnlyFile();
    void readOnlyFileAtStart();
    void readOnlyFolderAtStart();
    void readOnlyFileNeedingAnUpgradeIsRefused();
    void readOnlyFileWithChangesInItsLog();
    void fileLockedByAnotherProgram();

private:
    void startOnReadOnlyData(bool folderToo);
    // A message box where none belongs (a start-up refusal); kept for the whole run, as the
    // watcher that fills it may outlive one test function.
    Shown m_unexpectedBox;
};

namespace {

// Entered before Qt starts a thread (a user namespace needs a single-threaded process).
const QString kNoPrivateMounts = enterPrivateMountNamespace();

// Runs one SQL statement on the window's own connection to the file.
bool execOnWindowConnection(LocalStore& store, const QString& sql)
{
    QSqlQuery query(store.database().connection());
    return query.exec(sql);
}

// A change saved, the fault caused, changes made in the window until one is refused (the first,
// except on a disk that still has room in the file's free pages), the bar checked, the fault
// cleared, one more change saved; then the file read again as after a restart.
void faultInTheWindow(AppFixture& app, const std::function<void()>& cause, const std::function<void()>& clear,
                      const QString& code, const QString& phrase)
{
    LocalStore& store = *app.store.store;
    MainWindow& window = *app.window;
    window.showPage(MainWindow::Page::Encounters);
    EncountersPage* builder = window.encountersPage();
    StoreProblemBanner* banner = window.storeProblemBanner();
    QStringList saved{builder->newEncounter(QStringLiteral("Saved Before"))};
    QVERIFY(!saved.first().isEmpty());
    QVERIFY(!banner->isVisible());

    cause();
    bool refused = false;
    for (int attempt = 0; attempt < 2000 && !refused; ++attempt) {
        const QString id = builder->newEncounter(QStringLiteral("During the fault %1").arg(attempt));
        if (id.isEmpty())
            refused = true;
        else
            saved.append(id);
    }
    QVERIFY(refused);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->problemCode(), code);
    QVERIFY2(banner->message().contains(phrase), qPrintable(banner->message()));
    QVERIFY(banner->message().contains(QStringLiteral("Everything saved before it is safe.")));
    // Nothing saved is lost, and the window still reads the file.
    QCOMPARE(store.count(EntityKind::Encounter), qint64(saved.size()));
    QCOMPARE(store.get<Encounter>(saved.first())->name, QStringLiteral("Saved Before"));

    clear();
    const QString after = builder->newEncounter(QStringLiteral("After the fault"));
    QVERIFY(!after.isEmpty());
    QVERIFY(!banner->isVisible());
    QVERIFY(banner->problemCode().isEmpty());
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Saving works again."));
    saved.append(after);

    // As after a restart: the file holds every saved change and passes its integrity check.
    app.window.reset();
    app.store.reopen();
    CHECK_OK(app.store.store->database().integrityCheck());
    QCOMPARE(app.store.store->count(EntityKind::Encounter), qint64(saved.size()));
    for (const QString& id : saved)
        QVERIFY(app.store.store->get<Encounter>(id).has_value());
}

} // namespace

void TestStoreFaults::fullDisk()
{
    AppFixture app;
    LocalStore& store = *app.store.store;
    faultInTheWindow(
        app,
        [&] {
            QSqlQuery pages(store.database().connection());
            QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
            const qint64 count = pages.value(0).toLongLong();
            QVERIFY(execOnWindowConnection(store, QStringLiteral("PRAGMA max_page_count = %1").arg(count)));
        },
        [&] { QVERIFY(execOnWindowConnection(store, QStringLiteral("PRAGMA max_page_count = 1073741823"))); },
        codes::kDbFull, QStringLiteral("The disk is full"));
}

void TestStoreFaults::fullDiskOnARealFilesystem()
{
    if (!kNoPrivateMounts.isEmpty())
        QSKIP(qPrintable(QStringLiteral("no private mount namespace here (%1); fullDisk makes the same "
                                        "fault with SQLite's page cap")
                             .arg(kNoPrivateMounts)));
    QTemporaryDir mountPoint;
    QVERIFY(mountPoint.isValid());
    const TmpfsMount disk(mountPoint.path(), 2 * 1024 * 1024);
    QVERIFY2(disk.isMounted(), qPrintable(disk.error()));
    // The window's data folder on the small disk.
    const QByteArray tempBefore = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(mountPoint.path()));
    std::optional<AppFixture> app;
    app.emplace();
    qputenv("TMPDIR", tempBefore);
    QVERIFY(app->store.path().startsWith(mountPoint.path()));

    QFile filler(mountPoint.filePath(QStringLiteral("filler.bin")));
    faultInTheWindow(
        *app,
        [&] {
            // Another file takes every free block of the disk.
            QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size()) {
            }
            filler.close();
        },
        [&] { QVERIFY(filler.remove()); }, codes::kDbFull, QStringLiteral("The disk is full"));
    app.reset();
}

void TestStoreFaults::readOnlyFile()
{
    AppFixture app;
    LocalStore& store = *app.store.store;
    faultInTheWindow(
        app, [&] { QVERIFY(execOnWindowConnection(store, QStringLiteral("PRAGMA query_only = ON"))); },
        [&] { QVERIFY(execOnWindowConnection(store, QStringLiteral("PRAGMA query_only = OFF"))); },
        codes::kDbReadOnlyFile, QStringLiteral("The data file is read-only"));
}

namespace {

// The DM's data as the application left it: a party with a character, an encounter with two
// participants, written and closed cleanly.
struct SavedData {
    explicit SavedData(const DataLocation& location)
    {
        ManualClock clock;
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(location.databasePath(), clock);
        CHECK_OK(store);
        const Party party = sampleParty();
        const Encounter encounter = sampleEncounter(party.id);
        partyId = party.id;
        encounterId = encounter.id;
        CHECK_OK((*store)->commit(ChangeSet()
                                      .put(party)
                                      .put(sampleCharacter(party.id))
                                      .put(encounter)
                                      .put(sampleParticipant(encounter.id))
                                      .put(sampleParticipant(encounter.id))));
    }
    QString partyId;
    QString encounterId;
};

} // namespace

void TestStoreFaults::readOnlyFileAtStart()
{
    startOnReadOnlyData(false);
}

void TestStoreFaults::readOnlyFolderAtStart()
{
    startOnReadOnlyData(true);
}

void TestStoreFaults::startOnReadOnlyData(bool folderToo)
{
    QTemporaryDir dataFolder;
    QTemporaryDir settingsFolder;
    const DataLocation location(dataFolder.path());
    const SavedData saved(location);
    const QByteArray bytesBefore = fileBytes(location.databasePath());
    const QStringList filesBefore = QDir(location.directory()).entryList(QDir::Files);
    QVERIFY(!bytesBefore.isEmpty());

    ReadOnlyData readOnly(location.databasePath(), folderToo ? location.directory() : QString(),
                          kNoPrivateMounts);
    SKIP_UNLESS_READ_ONLY(readOnly);
    QVERIFY(readOnly.isReadOnly());

    {
        // As main() starts the application; no message box stops the start.
        m_unexpectedBox = {};
        answerNextMessageBox(m_unexpectedBox, {});
        AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));
        AppStartup startup(location);
        QVERIFY(startup.openStore());
        LocalStore& store = *startup.store();
        MainWindow window(store, settings, location);
        startup.watchVerification(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        delete FirstRun::greet(window, settings, store);
        QCoreApplication::processEvents();
        QVERIFY2(!m_unexpectedBox.appeared, qPrintable(m_unexpectedBox.text));

        // The bar says what happened and what to do, from the start.
        StoreProblemBanner* banner = window.storeProblemBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->problemCode(), codes::kDbReadOnlyFile);
        for (const QString& phrase :
             {QStringLiteral("opened the file read-only"), QStringLiteral("you can look at everything in it"),
              QStringLiteral("Make the file and its folder writable, then start the "
                             "tracker again.")})
            QVERIFY2(banner->message().contains(phrase), qPrintable(banner->message()));
        QVERIFY2(banner->message().contains(folderToo ? QStringLiteral("and its folder cannot be written")
                                                      : QStringLiteral("cannot be written")),
                 qPrintable(banner->message()));

        // Everything saved can be read in the window.
        window.showPage(MainWindow::Page::Parties);
        PartiesPage* parties = window.partiesPage();
        QCOMPARE(parties->partyModel()->rowCount(), 1);
        parties->selectParty(saved.partyId);
        QCOMPARE(parties->characterModel()->rowCount(), 1);
        window.showPage(MainWindow::Page::Encounters);
        EncountersPage* encounters = window.encountersPage();
        QCOMPARE(encounters->findChild<QListWidget*>(QStringLiteral("encounterList"))->count(), 1);
        encounters->selectEncounter(saved.encounterId);
        QCOMPARE(encounters->currentEncounterId(), saved.encounterId);
        QCOMPARE(encounters->combatantCount(), 2);

        // Nothing to save is no refusal; changes are refused, each with the bar saying so, and
        // nothing pretends to be saved.
        CHECK_OK(store.commit(ChangeSet()));
        QVERIFY2(!banner->message().startsWith(QStringLiteral("Your last change was not saved")),
                 qPrintable(banner->message()));
        QVERIFY(encounters->newEncounter(QStringLiteral("Refused")).isEmpty());
        QVERIFY2(banner->message().startsWith(QStringLiteral("Your last change was not saved")),
                 qPrintable(banner->message()));
        CHECK_FAILS(window.history().commit(store, ChangeSet().put(party(QStringLiteral("Refused Too"))),
                                            QStringLiteral("Add")),
                    codes::kDbReadOnlyFile);
        QCOMPARE(store.count(EntityKind::Encounter), qint64(1));
        QCOMPARE(partyNames(store), QStringList{sampleParty().name});
        QVERIFY(banner->isVisible());
        window.close();
        QCOMPARE(startup.finish(0), 0);
    }

    // Nothing changed: the same bytes, no file left beside it; writable again, it opens, passes
    // its integrity check and takes changes.
    readOnly.makeWritable();
    QVERIFY2(fileBytes(location.databasePath()) == bytesBefore, "the read-only data file was changed");
    QCOMPARE(QDir(location.directory()).entryList(QDir::Files), filesBefore);
    Result<std::unique_ptr<LocalStore>> reopened = LocalStore::open(location.databasePath());
    CHECK_OK(reopened);
    CHECK_OK((*reopened)->database().integrityCheck());
    QCOMPARE((*reopened)->count(EntityKind::Participant), qint64(2));
    CHECK_OK((*reopened)->commit(ChangeSet().put(party(QStringLiteral("After")))));
}

// The window's open of a read-only file that this version must first upgrade: refused with a
// message that says so, the file untouched.
void TestStoreFaults::readOnlyFileNeedingAnUpgradeIsRefused()
{
    QTemporaryDir dataFolder;
    const DataLocation location(dataFolder.path());
    Database::Options older;
    older.migrateTo = 3;
    CHECK_OK(Database::open(location.databasePath(), older));
    const QByteArray bytesBefore = fileBytes(location.databasePath());
    ReadOnlyData readOnly(location.databasePath(), QString(), kNoPrivateMounts);
    SKIP_UNLESS_READ_ONLY(readOnly);

    Database::Options asTheWindowOpens;
    asTheWindowOpens.readOnlyWhenUnwritable = true;
    const Result<std::unique_ptr<Database>> opened =
        Database::open(location.databasePath(), asTheWindowOpens);
    CHECK_FAILS(opened, codes::kDbReadOnlyFile);
    QVERIFY2(opened.errorMessage().contains(QStringLiteral("must first upgrade it (schema 3 to")),
             qPrintable(opened.errorMessage()));
    readOnly.makeWritable();
    QVERIFY(fileBytes(location.databasePath()) == bytesBefore);
}

// A read-only file whose last changes are still in its write-ahead log (the tracker was killed):
// with the folder writable they are read; with the folder read-only too the log cannot be read,
// and the open is refused rather than showing the file without them.
void TestStoreFaults::readOnlyFileWithChangesInItsLog()
{
    QTemporaryDir writerFolder;
    const QString writerPath = DataLocation(writerFolder.path()).databasePath();
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> writer = LocalStore::open(writerPath, clock);
    CHECK_OK(writer);
    CHECK_OK((*writer)->commit(ChangeSet().put(sampleParty())));
    QVERIFY(QFileInfo(writerPath + QStringLiteral("-wal")).size() > 0);

    Database::Options asTheWindowOpens;
    asTheWindowOpens.readOnlyWhenUnwritable = true;
    for (const bool folderToo : {false, true}) {
        // The file and its log as a killed writer leaves them (the log not yet copied back).
        QTemporaryDir dataFolder;
        const DataLocation location(dataFolder.path());
        for (const QString& suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(QFile::copy(writerPath + suffix, location.databasePath() + suffix));
        ReadOnlyData readOnly(location.databasePath(), folderToo ? location.directory() : QString(),
                              kNoPrivateMounts);
        SKIP_UNLESS_READ_ONLY(readOnly);

        Result<std::unique_ptr<LocalStore>> opened =
            LocalStore::open(location.databasePath(), clock, asTheWindowOpens);
        if (folderToo) {
            CHECK_FAILS(opened, codes::kDbReadOnlyFile);
            QVERIFY2(opened.errorMessage().contains(QStringLiteral("-wal, which can only be read from a "
                                                                   "writable folder")),
                     qPrintable(opened.errorMessage()));
        } else {
            CHECK_OK(opened);
            QVERIFY((*opened)->database().writeProtection().has_value());
            QCOMPARE(partyNames(**opened), QStringList{sampleParty().name});
        }
    }
}

void TestStoreFaults::fileLockedByAnotherProgram()
{
    AppFixture app;
    const QString other = QStringLiteral("anotherProgram");
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        connection.setDatabaseName(app.store.path());
        QVERIFY(connection.open());
    }
    auto otherExec = [&](const QString& sql) {
        QSqlQuery query(QSqlDatabase::database(other));
        return query.exec(sql);
    };
    faultInTheWindow(
        app, [&] { QVERIFY(otherExec(QStringLiteral("BEGIN EXCLUSIVE"))); },
        [&] { QVERIFY(otherExec(QStringLiteral("ROLLBACK"))); }, codes::kDbBusy,
        QStringLiteral("Another program holds the data file locked"));
    QSqlDatabase::database(other).close();
    QSqlDatabase::removeDatabase(other);
}

QTEST_MAIN(TestStoreFaults)
#include "TestStoreFaults.moc"
