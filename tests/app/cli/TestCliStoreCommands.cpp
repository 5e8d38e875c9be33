// dnd-tracker-cli: check, backup, --help, usage errors and logging, run as a real process.
#include "CompleteEntities.h"
#include "SampleEntities.h"
#include "TestSupport.h"
#include "interop/NativeFormat.h"
#include "model/Json.h"
#include "store/Migrations.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>
#include <unistd.h>

using namespace dnd;
using namespace dnd::test;

namespace {

QString storePath(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("tracker.sqlite3"));
}

// Writes the complete records (every field set) into the store at path.
Status writeCompleteRecords(const QString& path, const CompleteRecords& records)
{
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock);
    if (!store)
        return store.error();
    ChangeSet changes;
    for (const Party& party : records.parties)
        changes.put(party);
    for (const Character& character : records.characters)
        changes.put(character);
    for (const Creature& creature : records.creatures) {
        if (!creature.isTemplate) // only the DM's own creatures are exported
            changes.put(creature);
    }
    for (const Encounter& encounter : records.encounters)
        changes.put(encounter);
    for (const Participant& participant : records.participants)
        changes.put(participant);
    for (const CombatLogEntry& entry : records.combatLog)
        changes.put(entry);
    const Result<ChangeSet> committed = (*store)->commit(changes);
    return committed ? Status() : Status(committed.error());
}

// The exported content without its time stamp, for comparing what two stores hold.
QJsonObject exportedContent(const QString& dataDir, const QString& file)
{
    const ProcessResult exported = runCli(
        {QStringLiteral("--data-dir"), dataDir, QStringLiteral("export"), QStringLiteral("--out"), file});
    if (exported.exitCode != 0)
        return {};
    QJsonObject content = QJsonDocument::fromJson(fileBytes(file)).object();
    content.remove(QStringLiteral("exportedAt"));
    return content;
}

qint64 outboxRows(const QString& path)
{
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock);
    return store ? (*store)->outboxSize() : -1;
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
    void checkReportsAnUnreadableFile();
    void backupToFileIsAcceptedByCheck();
    void backupIntoRotation();
    void dataDirFromEnvironment();
    void helpListsCommands();
    void helpCoversEveryCommand();
    void exportImportKeepsEveryField();
    void importIsAllOrNothing_data();
    void importIsAllOrNothing();
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
    CHECK_OK(fillStoreFile(storePath(dir), 60, ChangeOrigin::Local));
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
    CHECK_OK(fillStoreFile(path, 60, ChangeOrigin::Local));
    QCOMPARE(runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("backup")}).exitCode, 0);
    const QString backup = QDir(dir.filePath(QStringLiteral("backups")))
                               .entryInfoList({QStringLiteral("tracker-*.sqlite3")})
                               .value(0)
                               .filePath();
    QVERIFY(!backup.isEmpty());
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
    QVERIFY2(!text.err.contains("***"), text.err.constData()); // no raw SQLite report headings
    QVERIFY2(text.err.contains("The newest backup is " + backup.toUtf8()), text.err.constData());
    QCOMPARE(fileBytes(path), before);

    const ProcessResult json =
        runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value(QStringLiteral("healthy")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("code")).toString(), codes::kDbCorrupt);
    QVERIFY(!report.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(report.value(QStringLiteral("latestBackup")).toString(), backup);
    QCOMPARE(fileBytes(path), before);

    // Backing up a damaged store fails too, and still leaves it alone.
    const ProcessResult refusedBackup =
        runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("backup")});
    QCOMPARE(refusedBackup.exitCode, 3);
    QCOMPARE(fileBytes(path), before);
}

void TestCliStoreCommands::checkRefusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = storePath(dir);
    CHECK_OK(fillStoreFile(path, 60, ChangeOrigin::Local));
    QCOMPARE(runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("backup")}).exitCode, 0);
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    const QByteArray before = fileBytes(path);
    const ProcessResult result =
        runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(result.exitCode, 3);
    const QJsonObject report = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(report.value(QStringLiteral("code")).toString(), codes::kDbTooNew);
    QVERIFY(report.value(QStringLiteral("message")).toString().contains(QStringLiteral("newer version")));
    QVERIFY(!report.contains(QStringLiteral("latestBackup"))); // updating helps, a backup does not
    QCOMPARE(fileBytes(path), before);
}

void TestCliStoreCommands::checkReportsAnUnreadableFile()
{
    // A file this user may not read. Root reads anything, so as root the command runs as the
    // unprivileged user "nobody" (setpriv, util-linux) against a file only root may read.
    QTemporaryDir dir;
    const QString path = storePath(dir);
    CHECK_OK(fillStoreFile(path, 20, ChangeOrigin::Local));
    const QByteArray before = fileBytes(path);
    const bool root = ::geteuid() == 0;
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));
    QVERIFY(QFile::setPermissions(path,
                                  root ? QFile::ReadOwner | QFile::WriteOwner : QFileDevice::Permissions()));

    const QStringList arguments{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("check"),
                                QStringLiteral("--json")};
    QProcess process;
    if (root)
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), dnd::test::cliPath()} +
                          arguments);
    else
        process.start(dnd::test::cliPath(), arguments);
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 3);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QCOMPARE(report.value(QStringLiteral("healthy")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("code")).toString(), codes::kDbUnreadable);
    const QString message = report.value(QStringLiteral("message")).toString();
    QVERIFY2(message.contains(QStringLiteral("cannot be read")) && message.contains(path),
             qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("nothing was changed")));

    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(fileBytes(path), before);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
}

void TestCliStoreCommands::backupToFileIsAcceptedByCheck()
{
    QTemporaryDir dir;
    CHECK_OK(fillStoreFile(storePath(dir), 60, ChangeOrigin::Local));
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
    CHECK_OK(copy);
    // The DM's own creatures are all there (the CLI also installs the bundled bestiary on open).
    QSqlQuery own((*copy)->database().connection());
    QVERIFY(own.exec(QStringLiteral("SELECT count(*) FROM creature WHERE is_template = 0 AND cl % 2 = 1")));
    QVERIFY(own.next());
    QCOMPARE(own.value(0).toInt(), 60);
}

void TestCliStoreCommands::backupIntoRotation()
{
    QTemporaryDir dir;
    CHECK_OK(fillStoreFile(storePath(dir), 60, ChangeOrigin::Local));
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

void TestCliStoreCommands::helpCoversEveryCommand()
{
    // Every command the help lists answers COMMAND --help with the same usage line, and the store
    // commands the tracker documents are among them.
    const ProcessResult help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    const QString commands =
        text.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    // Each command is a usage line ("  check [--json]") followed by its summary, indented further.
    const QStringList lines = commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList names;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].startsWith(QLatin1String("   ")))
            continue;
        const QString usage = lines[i].trimmed();
        QVERIFY2(i + 1 < lines.size() && lines[i + 1].startsWith(QLatin1String("      ")), qPrintable(usage));
        const QString summary = lines[i + 1].trimmed();
        QVERIFY(!summary.isEmpty());
        const QString name = usage.section(QLatin1Char(' '), 0, 0);
        names << name;
        const ProcessResult commandHelp = runCli({name, QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QCOMPARE(QString::fromUtf8(commandHelp.out),
                 QStringLiteral("Usage: dnd-tracker-cli [--data-dir DIR] %1\n%2\n").arg(usage, summary));
    }
    for (const char* required : {"check", "backup", "export", "import"})
        QVERIFY2(names.contains(QLatin1String(required)), required);
    QVERIFY(text.contains(QStringLiteral("export --out FILE")));
    QVERIFY(text.contains(QStringLiteral("import FILE")));
    QVERIFY(text.contains(QStringLiteral("DND_DATA_DIR")));
    QVERIFY(text.contains(QStringLiteral("Exit codes")));
}

void TestCliStoreCommands::exportImportKeepsEveryField()
{
    // The tracker's own JSON carries every field of every kind: a store written from the complete
    // records, exported and imported into an empty store, reads back record for record.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    const QString target = dir.filePath(QStringLiteral("target"));
    QVERIFY(QDir().mkpath(source));
    const CompleteRecords records = completeRecords();
    CHECK_OK(writeCompleteRecords(QDir(source).filePath(QStringLiteral("tracker.sqlite3")), records));
    const QString file = dir.filePath(QStringLiteral("export.json"));
    const ProcessResult exported = runCli(
        {QStringLiteral("--data-dir"), source, QStringLiteral("export"), QStringLiteral("--out"), file});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const ProcessResult imported =
        runCli({QStringLiteral("--data-dir"), target, QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> opened =
        LocalStore::open(QDir(target).filePath(QStringLiteral("tracker.sqlite3")), clock);
    CHECK_OK(opened);
    LocalStore& store = **opened;
    for (const Party& party : records.parties)
        QCOMPARE(store.get<Party>(party.id), std::optional<Party>(party));
    for (const Character& character : records.characters)
        QCOMPARE(store.get<Character>(character.id), std::optional<Character>(character));
    for (const Creature& creature : records.creatures) {
        if (!creature.isTemplate)
            QCOMPARE(store.get<Creature>(creature.id), std::optional<Creature>(creature));
    }
    for (const Encounter& encounter : records.encounters)
        QCOMPARE(store.get<Encounter>(encounter.id), std::optional<Encounter>(encounter));
    for (const Participant& participant : records.participants)
        QCOMPARE(store.get<Participant>(participant.id), std::optional<Participant>(participant));
    for (const CombatLogEntry& entry : records.combatLog)
        QCOMPARE(store.get<CombatLogEntry>(entry.id), std::optional<CombatLogEntry>(entry));
}

void TestCliStoreCommands::importIsAllOrNothing_data()
{
    // Each file holds new valid records of every kind, with one field of the last record of one
    // list made bad: found while reading the file (range, wrong JSON type, missing encounter), or
    // only by the store inside the import's transaction (a record over the size limit).
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("level out of range")
        << QStringLiteral("characters") << QStringLiteral("level") << QJsonValue(21);
    QTest::newRow("number given as text")
        << QStringLiteral("characters") << QStringLiteral("ac") << QJsonValue(QStringLiteral("high"));
    QTest::newRow("unknown encounter")
        << QStringLiteral("participants") << QStringLiteral("encounterId") << QJsonValue(LocalStore::newId());
    const QJsonObject hugeTrait{{QStringLiteral("name"), QStringLiteral("Aura")},
                                {QStringLiteral("description"), QString(2 * 1024 * 1024, QLatin1Char('n'))}};
    QTest::newRow("record over the size limit")
        << QStringLiteral("creatures") << QStringLiteral("traits") << QJsonValue(QJsonArray{hugeTrait});
}

void TestCliStoreCommands::importIsAllOrNothing()
{
    QFETCH(QString, list);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QTemporaryDir dir;
    CHECK_OK(fillStoreFile(storePath(dir), 3, ChangeOrigin::Local, true));
    const QJsonObject before = exportedContent(dir.path(), dir.filePath(QStringLiteral("before.json")));
    QVERIFY(!before.isEmpty());
    const qint64 outboxBefore = outboxRows(storePath(dir));

    const CompleteRecords fresh = completeRecords();
    QList<Creature> custom;
    std::copy_if(fresh.creatures.cbegin(), fresh.creatures.cend(), std::back_inserter(custom),
                 [](const Creature& creature) { return !creature.isTemplate; });
    QJsonObject file{{QStringLiteral("format"), NativeFormat::kFormatName},
                     {QStringLiteral("version"), NativeFormat::kVersion},
                     {QStringLiteral("parties"), json::arrayOf(fresh.parties)},
                     {QStringLiteral("characters"), json::arrayOf(fresh.characters)},
                     {QStringLiteral("creatures"), json::arrayOf(custom)},
                     {QStringLiteral("encounters"), json::arrayOf(fresh.encounters)},
                     {QStringLiteral("participants"), json::arrayOf(fresh.participants)},
                     {QStringLiteral("combatLog"), json::arrayOf(fresh.combatLog)}};
    const auto writeFile = [&](const QString& name) {
        const QString path = dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(file).toJson()) < 0)
            return QString();
        return path;
    };
    const QString good = writeFile(QStringLiteral("good.json"));
    QJsonArray records = file.value(list).toArray();
    QJsonObject bad = records.last().toObject();
    bad.insert(field, value);
    records.replace(records.size() - 1, bad);
    file.insert(list, records);
    const QString path = writeFile(QStringLiteral("bad.json"));
    QVERIFY(!good.isEmpty() && !path.isEmpty());

    const ProcessResult refused =
        runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"), path});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("Nothing was imported"), refused.err.constData());
    QCOMPARE(exportedContent(dir.path(), dir.filePath(QStringLiteral("after.json"))), before);
    QCOMPARE(outboxRows(storePath(dir)), outboxBefore);

    // The same file without the bad field imports whole.
    const ProcessResult accepted =
        runCli({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("import"), good});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QCOMPARE(outboxRows(storePath(dir)), outboxBefore + 7); // one row per record of the file
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
        CHECK_OK(db);
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
