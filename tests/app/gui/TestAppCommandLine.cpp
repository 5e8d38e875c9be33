// The desktop application's command line, run as the real executable: --version and --help
// print and exit, the data folder comes from --data-dir or DND_DATA_DIR (and nothing is written to
// the default folder then), else it is the platform's data folder, an unknown option is refused
// with a message, and a file named on it is imported (what a double-click on an export does).
#include "TestSupport.h"
#include "interop/NativeFormat.h"
#include "model/Party.h"
#include "store/DataLocation.h"
#include "store/LocalStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace dnd;

namespace {

struct Run {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// Where the application keeps its store when neither --data-dir nor DND_DATA_DIR names a folder:
// the platform's data folder (XDG_DATA_HOME here), as the user guide says.
QString defaultStorePath(const QTemporaryDir& home)
{
    return home.filePath(QStringLiteral("data/dnd-tracker/")) + DataLocation::kDatabaseFileName;
}

// The store the application left behind opens and is current.
void verifyStoreIn(const QString& directory)
{
    const QString path = QDir(directory).filePath(DataLocation::kDatabaseFileName);
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(path);
    CHECK_OK(opened);
}

} // namespace

class TestAppCommandLine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void versionPrintsAndExits();
    void helpListsTheDataFolderOption();
    void dataDirOptionCreatesTheStore();
    void dataDirFromTheEnvironment();
    void withoutAFolderTheDefaultIsUsed();
    void unknownOptionIsRefused();
    void fileArgumentIsImported();

private:
    QProcessEnvironment environment(const QString& dataDirectory) const;
    // Runs the application in a private home (settings, application data) without a display.
    Run run(const QStringList& arguments, const QString& dataDirectory = {});

    // A fresh home for every test, so a store one test left in the default folder cannot hide or
    // fake what the next one checks there.
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAppCommandLine::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(DND_TRACKER_PATH)).isExecutable());
}

void TestAppCommandLine::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

QProcessEnvironment TestAppCommandLine::environment(const QString& dataDirectory) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QString::fromLatin1(DataLocation::kEnvironmentVariable));
    if (!dataDirectory.isEmpty())
        environment.insert(QString::fromLatin1(DataLocation::kEnvironmentVariable), dataDirectory);
    return environment;
}

Run TestAppCommandLine::run(const QStringList& arguments, const QString& dataDirectory)
{
    QProcess process;
    process.setProcessEnvironment(environment(dataDirectory));
    process.start(QStringLiteral(DND_TRACKER_PATH), arguments);
    Run result;
    if (!process.waitForStarted(10'000))
        return result;
    result.finished = process.waitForFinished(60'000);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5'000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestAppCommandLine::versionPrintsAndExits()
{
    const Run result = run({QStringLiteral("--version")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral(DND_VERSION)), qPrintable(result.out));
    QVERIFY2(result.out.startsWith(QStringLiteral("dnd-tracker ")), qPrintable(result.out));
}

void TestAppCommandLine::helpListsTheDataFolderOption()
{
    const Run result = run({QStringLiteral("--help")});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("--data-dir <DIR>")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--exit-after-first-paint")), qPrintable(result.out));
    QVERIFY2(result.out.contains(QStringLiteral("--version")), qPrintable(result.out));
}

void TestAppCommandLine::dataDirOptionCreatesTheStore()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    // A folder that does not exist yet: the application makes it.
    const QString directory = parent.filePath(QStringLiteral("campaign data"));
    const Run result =
        run({QStringLiteral("--data-dir"), directory, QStringLiteral("--exit-after-first-paint")});
    QVERIFY2(result.finished, "the application did not quit after its first paint");
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    // Nothing was written to the default data folder.
    QVERIFY2(!QFileInfo::exists(defaultStorePath(*m_home)), qPrintable(defaultStorePath(*m_home)));
    verifyStoreIn(directory);
}

void TestAppCommandLine::dataDirFromTheEnvironment()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const Run result = run({QStringLiteral("--exit-after-first-paint")}, directory.path());
    QVERIFY2(result.finished, "the application did not quit after its first paint");
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    verifyStoreIn(directory.path());
}

void TestAppCommandLine::withoutAFolderTheDefaultIsUsed()
{
    const Run result = run({QStringLiteral("--exit-after-first-paint")});
    QVERIFY2(result.finished, "the application did not quit after its first paint");
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    verifyStoreIn(QFileInfo(defaultStorePath(*m_home)).path());
}

void TestAppCommandLine::unknownOptionIsRefused()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const Run result = run({QStringLiteral("--no-such-option"), QStringLiteral("--data-dir"),
                            directory.path(), QStringLiteral("--exit-after-first-paint")});
    QVERIFY(result.finished);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QStringLiteral("no-such-option")), qPrintable(result.err));
    // Refused before anything was opened.
    QVERIFY(!QFileInfo::exists(directory.filePath(DataLocation::kDatabaseFileName)));
}

void TestAppCommandLine::fileArgumentIsImported()
{
    // An export of another computer's store, named the way the desktop opens it with the tracker.
    test::TemporaryStore other;
    Party party;
    party.id = LocalStore::newId();
    party.name = QStringLiteral("Tuesday Group");
    CHECK_OK(other.store->commit(ChangeSet().put(party)));
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString file = directory.filePath(QStringLiteral("tuesday.dndtracker"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(NativeFormat::exportStore(*other.store)).toJson());
    out.close();

    const QString data = directory.filePath(QStringLiteral("store"));
    QProcess application;
    application.setProcessEnvironment(environment({}));
    application.start(QStringLiteral(DND_TRACKER_PATH), {QStringLiteral("--data-dir"), data, file});
    QVERIFY(application.waitForStarted(10'000));
    // The running application's store, read beside it (SQLite allows readers next to the writer).
    const auto importedParties = [&] {
        QStringList names;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            db.setDatabaseName(QDir(data).filePath(DataLocation::kDatabaseFileName));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(
                    QStringLiteral("SELECT json_extract(doc, '$.name') FROM party WHERE cl % 2 = 1"), db);
                while (query.next())
                    names << query.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        return names;
    };
    const bool imported =
        QTest::qWaitFor([&] { return importedParties().contains(QStringLiteral("Tuesday Group")); }, 60'000);
    application.terminate();
    if (!application.waitForFinished(10'000)) {
        application.kill();
        application.waitForFinished(5'000);
    }
    QVERIFY2(imported, "the file named on the command line was not imported");
}

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "TestAppCommandLine.moc"
