#include "store/Database.h"

#include "store/Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "dnd.store.database")

namespace dnd {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("dnd-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Looks at the file before SQLite does: SQLite would happily turn an arbitrary file into a
// database or rewrite a header, and nothing the user owns may be changed without asking.
Status inspectExistingFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile()) {
        return Error::make(Database::kUnreadable,
                           tr("The data file %1 is not a regular file. Choose another data folder.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Database::kUnreadable,
                           tr("The data file %1 cannot be read (%2). Check its permissions; nothing was changed.")
                               .arg(path, file.errorString()));
    }
    if (file.size() == 0)
        return {};
    static const QByteArray kMagic("SQLite format 3\0", 16);
    if (file.size() < 100 || file.read(16) != kMagic) {
        return Error::make(Database::kCorrupt,
                           tr("The data file %1 is not a tracker database or is damaged. It was left untouched; "
                              "restore a backup or choose another data folder.")
                               .arg(path));
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName, Mode mode)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_mode(mode)
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::sqlError(const QString& what, const QString& driverText)
{
    const QString lower = driverText.toLower();
    const bool corrupt = lower.contains(QLatin1String("malformed")) || lower.contains(QLatin1String("not a database")) ||
                         lower.contains(QLatin1String("corrupt"));
    return Error::make(corrupt ? kCorrupt : kIo,
                       corrupt ? tr("The data file is damaged (%1: %2). Restore the latest backup.").arg(what, driverText)
                               : tr("Could not %1: %2").arg(what, driverText));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Options options)
{
    if (Status inspected = inspectExistingFile(path); !inspected)
        return inspected.error();
    const bool existed = QFileInfo::exists(path);
    if (options.mode == Mode::ReadOnly && !existed)
        return Error::make(kUnreadable, tr("There is no data file at %1.").arg(path));
    if (!existed && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(kIo, tr("Could not create the folder for %1.").arg(path));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, options.mode));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (options.mode == Mode::ReadOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return Error::make(kUnreadable, tr("Could not open %1: %2").arg(path, db.lastError().text()));
    }

    // Read the version before any pragma that writes: a damaged or newer file stays as it is.
    QSqlQuery probe(database->connection());
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next())
        return sqlError(tr("read the schema version"), probe.lastError().text());
    database->m_schemaVersion = probe.value(0).toInt();
    probe.finish();
    if (database->m_schemaVersion > latestSchemaVersion()) {
        return Error::make(kTooNew,
                           tr("The data file %1 was written by a newer version of the tracker (schema %2; this "
                              "version knows up to %3). It was left untouched; update the tracker to open it.")
                               .arg(path)
                               .arg(database->m_schemaVersion)
                               .arg(latestSchemaVersion()));
    }
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        return sqlError(tr("read the schema"), probe.lastError().text());
    probe.finish();

    if (Status configured = database->configure(); !configured)
        return configured.error();
    if (options.mode == Mode::ReadWrite) {
        const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
        if (Status migrated = database->migrate(target); !migrated)
            return migrated.error();
    }
    return database;
}

Status Database::configure()
{
    if (m_mode == Mode::ReadOnly)
        return exec(QStringLiteral("PRAGMA query_only = ON"));
    // WAL keeps readers (the player display, the CLI) off the writer's back; FULL makes every
    // commit durable before the store reports it, so a killed process loses nothing it confirmed.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return sqlError(tr("switch to write-ahead logging"), query.lastError().text());
    if (query.value(0).toString().toLower() != QLatin1String("wal")) {
        return Error::make(kIo, tr("The data folder does not support write-ahead logging (journal mode stayed %1). "
                                   "Choose a data folder on a local disk.")
                                    .arg(query.value(0).toString()));
    }
    for (const char* pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        if (Status status = exec(QLatin1String(pragma)); !status)
            return status;
    }
    return {};
}

Status Database::migrate(int target)
{
    for (const MigrationStep& step : migrationSteps()) {
        if (step.version <= m_schemaVersion || step.version > target)
            continue;
        qCInfo(lcDatabase) << "migrating" << m_path << "to schema" << step.version << "-" << step.summary;
        Status applied = transaction([&]() -> Status {
            for (const QString& statement : step.statements) {
                if (Status status = exec(statement); !status)
                    return status;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
        });
        if (!applied) {
            return Error::make(applied.error().code, tr("Upgrading the data file to schema %1 failed; it was left at "
                                                        "schema %2. %3")
                                                         .arg(step.version)
                                                         .arg(m_schemaVersion)
                                                         .arg(applied.errorMessage()));
        }
        m_schemaVersion = step.version;
    }
    return {};
}

sqlite3* Database::handle() const
{
    const QVariant value = connection().driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(value.data());
}

QSqlQuery& Database::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(connection());
        if (!query.prepare(sql))
            qCWarning(lcDatabase) << "could not prepare" << sql << query.lastError().text();
        it = m_statements.insert(sql, query);
    }
    it->finish();
    return *it;
}

Status Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(sql.left(60), query.lastError().text());
    return {};
}

Status Database::exec(QSqlQuery& query)
{
    if (!query.exec())
        return sqlError(query.lastQuery().left(60), query.lastError().text());
    return {};
}

Status Database::transaction(const std::function<Status()>& body)
{
    if (m_transactionDepth > 0) {
        // Nested call: join the outer transaction, which commits or rolls back as a whole.
        ++m_transactionDepth;
        Status status = body();
        --m_transactionDepth;
        return status;
    }
    if (Status begun = exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    ++m_transactionDepth;
    Status status = body();
    --m_transactionDepth;
    for (auto& statement : m_statements)
        statement.finish();
    if (!status) {
        if (Status rolledBack = exec(QStringLiteral("ROLLBACK")); !rolledBack)
            qCWarning(lcDatabase) << "rollback failed:" << rolledBack.errorMessage();
        return status;
    }
    if (Status committed = exec(QStringLiteral("COMMIT")); !committed) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return committed;
    }
    return {};
}

Status Database::integrityCheck()
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(tr("check the data file"), query.lastError().text());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty()) {
        return Error::make(kCorrupt, tr("The data file %1 is damaged: %2").arg(m_path, problems.mid(0, 5).join(QStringLiteral("; "))));
    }
    return {};
}

QString Database::journalMode()
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace dnd
