// dnd-tracker-cli: check, backup, --help, usage errors and logging, run as a real process.
#include "SampleEntities.h"
#include "TestSupport.h"
#include "store/Migrations.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace dnd;
using namespace dnd::test;

namespace {

QString storePath(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("tracker.sqlite3"));
}

} // namespace

class TestCliStoreCommands final : public QObject {
    Q_OBJECT

private slots:
    void checkCreatesAndAcceptsAFreshStore();
    void checkJson();
    void checkFindsDamage_data();
    void checkFindsDamage();
    void checkRefusesNewerSchema();
    void backupToFileIsAcceptedByCheck();
    void backupIntoRotation();
    void dataDirFromEnvironment();
    void helpListsCommands();
    void usageErrors_data();
    void usageErrors();
    void migrationLogIsQuietUnlessVerbose();
};

void TestCliStoreCommands::checkCreatesAndAcceptsAFreshStore()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("new-folder"));
    const ProcessResult first = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("check")});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(first.out.contains("Created a new, empty store"));
    QVERIFY(first.out.contains("is healthy"));
    QVERIFY(QFileInfo::exists(data + QStringLiteral("/tracker.sqlite3")));
    const ProcessResult second = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("check")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY(!second.out.contains("Created"));
    QVERIFY(second.out.contains(QStringLiteral("schema %1").arg(latestSchemaVersion()).toUtf8()));
}

void TestCliStoreCommands::checkJson()
{
    QTemporaryDir dir;
    QVERIFY(fillStoreFile(storePath(dir), 60, ChangeOrigin::Local).ok());
    const ProcessResult result =
        runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject report = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.value(QStringLiteral("healthy")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("schema")).toInt(), latestSchemaVersion());
    QCOMPARE(report.value(QStringLiteral("latestSchema")).toInt(), latestSchemaVersion());
    QCOMPARE(report.value(QStringLiteral("journalMode")).toString(), QStringLiteral("wal"));
    QCOMPARE(report.value(QStringLiteral("path")).toString(), storePath(dir));
    QVERIFY(!report.contains(QStringLiteral("created")));
}

void TestCliStoreCommands::checkFindsDamage_data()
{
    QTest::addColumn<qint64>("offset"); // -1: truncate to half instead
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("header") << qint64(0) << QByteArray("this is not sqlite!!");
    QTest::newRow("page size") << qint64(16) << QByteArray::fromHex("0007");
    QTest::newRow("middle pages") << qint64(3 * 4096) << QByteArray(3 * 4096, '\x5a');
    QTest::newRow("truncated") << qint64(-1) << QByteArray();
}

void TestCliStoreCommands::checkFindsDamage()
{
    QFETCH(qint64, offset);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = storePath(dir);
    QVERIFY(fillStoreFile(path, 60, ChangeOrigin::Local).ok());
    if (offset < 0)
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
    else
        QVERIFY(overwriteBytes(path, offset, bytes));
    const QByteArray before = fileBytes(path);

    const ProcessResult text = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("check")});
    QCOMPARE(text.exitCode, 3);
    QVERIFY2(text.err.startsWith("PROBLEM: "), text.err.constData());
    QVERIFY(text.err.contains(path.toUtf8()));
    QVERIFY(text.err.contains("damaged") || text.err.contains("truncated"));
    QCOMPARE(fileBytes(path), before);

    const ProcessResult json =
        runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value(QStringLiteral("healthy")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("code")).toString(), Database::kCorrupt);
    QVERIFY(!report.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(fileBytes(path), before);

    // Backing up a damaged store fails too, and still leaves it alone.
    const ProcessResult backup = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("backup")});
    QCOMPARE(backup.exitCode, 3);
    QCOMPARE(fileBytes(path), before);
}

void TestCliStoreCommands::checkRefusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = storePath(dir);
    QVERIFY(fillStoreFile(path, 60, ChangeOrigin::Local).ok());
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    const QByteArray before = fileBytes(path);
    const ProcessResult result =
        runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("code")).toString(), Database::kTooNew);
    QVERIFY(report.value(QStringLiteral("message")).toString().contains(QStringLiteral("newer version")));
    QCOMPARE(fileBytes(path), before);
}

void TestCliStoreCommands::backupToFileIsAcceptedByCheck()
{
    QTemporaryDir dir;
    QVERIFY(fillStoreFile(storePath(dir), 60, ChangeOrigin::Local).ok());
    const QString target = dir.filePath(QStringLiteral("copy/tracker.sqlite3"));
    const ProcessResult backup = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("backup"),
                                         QStringLiteral("--out"), target});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QVERIFY(backup.out.contains(target.toUtf8()));
    const ProcessResult check =
        runCli({QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("copy")), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY(!check.out.contains("Created"));
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> copy = LocalStore::open(target, clock);
    QVERIFY(copy.ok());
    // The DM's own creatures are all there (the CLI also installs the bundled bestiary on open).
    QSqlQuery own((*copy)->database().connection());
    QVERIFY(own.exec(QStringLiteral("SELECT count(*) FROM creature WHERE is_template = 0 AND cl % 2 = 1")));
    QVERIFY(own.next());
    QCOMPARE(own.value(0).toInt(), 60);
}

void TestCliStoreCommands::backupIntoRotation()
{
    QTemporaryDir dir;
    QVERIFY(fillStoreFile(storePath(dir), 60, ChangeOrigin::Local).ok());
    const ProcessResult result = runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("backup")});
    QCOMPARE(result.exitCode, 0);
    const QStringList files =
        QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("tracker-*.sqlite3")});
    QCOMPARE(files.size(), 1);
}

void TestCliStoreCommands::dataDirFromEnvironment()
{
    QTemporaryDir dir;
    const ProcessResult result =
        runCli({QStringLiteral("check")}, QStringList{QStringLiteral("DND_DATA_DIR=") + dir.path()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(QFileInfo::exists(storePath(dir)));
}

void TestCliStoreCommands::helpListsCommands()
{
    const ProcessResult help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("check [--json]"));
    QVERIFY(help.out.contains("backup [--out FILE]"));
    QVERIFY(help.out.contains("--data-dir DIR"));
    QVERIFY(help.out.contains("--verbose"));
    const ProcessResult commandHelp = runCli({QStringLiteral("check"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains("check [--json]"));
    const ProcessResult version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("dnd-tracker-cli "));
}

void TestCliStoreCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour")};
    QTest::newRow("check with extra argument")
        << QStringList{QStringLiteral("check"), QStringLiteral("--fast")};
    QTest::newRow("backup --out without file")
        << QStringList{QStringLiteral("backup"), QStringLiteral("--out")};
}

void TestCliStoreCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    const ProcessResult result = runCli(QStringList{QStringLiteral("--data-dir"), dir.path()} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
    QVERIFY(QDir(dir.path()).isEmpty()); // nothing created on a usage error
}

void TestCliStoreCommands::migrationLogIsQuietUnlessVerbose()
{
    const auto makeOldStore = [](const QString& path) {
        Database::Options options;
        options.migrateTo = 1;
        Result<std::unique_ptr<Database>> db = Database::open(path, options);
        QVERIFY(db.ok());
    };
    const QString target = QStringLiteral("copy.sqlite3");
    {
        QTemporaryDir dir;
        makeOldStore(storePath(dir));
        const ProcessResult quiet =
            runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("backup"),
                    QStringLiteral("--out"), dir.filePath(target)},
                   QStringList{QStringLiteral("QT_LOGGING_RULES=")});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains("migrating"), quiet.err.constData());
    }
    {
        QTemporaryDir dir;
        makeOldStore(storePath(dir));
        const ProcessResult verbose =
            runCli({QStringLiteral("--verbose"), QStringLiteral("--data-dir"), dir.path(),
                    QStringLiteral("backup"), QStringLiteral("--out"), dir.filePath(target)},
                   QStringList{QStringLiteral("QT_LOGGING_RULES=")});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains("migrating"), verbose.err.constData());
    }
    {
        QTemporaryDir dir;
        makeOldStore(storePath(dir));
        const ProcessResult byRules =
            runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("backup"),
                    QStringLiteral("--out"), dir.filePath(target)},
                   QStringList{QStringLiteral("QT_LOGGING_RULES=dnd.*.info=true")});
        QCOMPARE(byRules.exitCode, 0);
        QVERIFY2(byRules.err.contains("migrating"), byRules.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliStoreCommands)
#include "TestCliStoreCommands.moc"
