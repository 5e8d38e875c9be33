// The data file failing under the window: a full disk, a read-only file and a file another program
// holds locked. Each time the window says so in a bar across its top (not a crash, not a silent
// loss), nothing saved before is lost, and the next change after the condition clears is saved
// and takes the bar away.
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
#include "UndoHistory.h"
#include "encounters/EncountersPage.h"
#include "model/Encounter.h"
#include "util/ErrorCodes.h"
#include "widgets/StoreProblemBanner.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <functional>
#include <optional>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

class TestStoreFaults : public QObject {
    Q_OBJECT
private slots:
    void fullDisk();
    void fullDiskOnARealFilesystem();
    void readOnlyFile();
    void fileLockedByAnotherProgram();
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
