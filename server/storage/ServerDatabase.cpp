#include "storage/ServerDatabase.h"

#include "ApiErrorCodes.h"
#include "ServerErrorCodes.h"
#include "ServerLog.h"
#include "storage/ServerMigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>
#include <algorithm>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ServerDatabase", text);
}
} // namespace

ServerDatabase::ServerDatabase(QSqlDatabase db, Dialect dialect) : m_db(std::move(db)), m_dialect(dialect) {}

ServerDatabase::~ServerDatabase()
{
    const QString name = m_db.connectionName();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString& url,
                                                             const QString& connectionName)
{
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QStringLiteral("sqlite")) {
        // sqlite:///abs/path keeps the path; sqlite://relative/path is taken as written.
        QString path = url.mid(QStringLiteral("sqlite://").size());
        if (path.isEmpty())
            return Error::make(errors::kConfig, tr("The SQLite database URL names no file."));
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error::make(errors::kConfig, tr("Cannot create the folder %1.").arg(info.absolutePath()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error::make(api::kDatabase,
                               tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
        std::unique_ptr<ServerDatabase> database(new ServerDatabase(db, Dialect::Sqlite));
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            QSqlQuery query(db);
            if (!query.exec(QString::fromLatin1(pragma)))
                return Error::make(api::kDatabase,
                                   tr("Cannot set up SQLite: %1").arg(query.lastError().text()));
        }
        return database;
    }
    if (scheme == QStringLiteral("postgresql") || scheme == QStringLiteral("postgres")) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(parsed.host().isEmpty() ? QStringLiteral("127.0.0.1") : parsed.host());
        db.setPort(parsed.port(5432));
        db.setUserName(parsed.userName());
        db.setPassword(parsed.password());
        QString name = parsed.path();
        if (name.startsWith(QLatin1Char('/')))
            name = name.mid(1);
        db.setDatabaseName(name.isEmpty() ? QStringLiteral("postgres") : name);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open())
            return Error::make(api::kDatabase, tr("Cannot connect to PostgreSQL at %1:%2: %3")
                                                   .arg(db.hostName())
                                                   .arg(db.port())
                                                   .arg(db.lastError().text()));
        return std::unique_ptr<ServerDatabase>(new ServerDatabase(db, Dialect::Postgres));
    }
    return Error::make(
        errors::kConfig,
        tr("Unsupported database URL \"%1\": use sqlite:///path or postgresql://...").arg(parsed.scheme()));
}

Error ServerDatabase::sqlError(const QSqlQuery& query) const
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // Unique-key violations are a conflict the caller can report, not a crash.
    const QString native = error.nativeErrorCode();
    const bool unique = native == QStringLiteral("23505") || native == QStringLiteral("2067") ||
                        native == QStringLiteral("1555") ||
                        text.contains(QStringLiteral("UNIQUE constraint"));
    // A conflict reaches the client, so it says what happened in its words, not the database's.
    if (unique)
        return Error::make(api::kConflict, tr("A record with this key exists already."));
    return Error::make(api::kDatabase, text);
}

Error ServerDatabase::unavailable() const
{
    return Error::make(api::kUnavailable, tr("The database cannot be reached."));
}

Error ServerDatabase::unlessConnectionLost(Error error)
{
    if (m_connectionLost)
        return unavailable();
    // Only the database's own failures can mean a lost connection (a duplicate key cannot). Inside
    // a transaction PostgreSQL refuses every statement after a failure, so transaction() asks once
    // it has rolled back.
    if (m_dialect != Dialect::Postgres || error.code != api::kDatabase || m_transactionDepth > 0)
        return error;
    // A statement can fail on its own; a fresh round trip tells whether the connection is gone.
    QSqlQuery probe(m_db);
    if (m_db.isOpen() && probe.exec(QStringLiteral("SELECT 1")))
        return error;
    qCWarning(lcServer, "lost the connection to PostgreSQL: %s", qPrintable(error.message));
    m_connectionLost = true;
    return unavailable();
}

bool ServerDatabase::ensureConnected()
{
    if (!m_connectionLost)
        return true;
    if (m_transactionDepth > 0 ||
        (m_lastReconnect.isValid() && m_lastReconnect.elapsed() < kReconnectIntervalMs))
        return false;
    m_lastReconnect.start();
    m_statements.clear(); // prepared on the old connection
    m_db.close();
    if (!m_db.open())
        return false;
    m_connectionLost = false;
    qCInfo(lcServer, "reconnected to PostgreSQL");
    return true;
}

bool ServerDatabase::injectedFailure()
{
    ++m_operations;
    return m_failAt > 0 && m_operations == m_failAt;
}

Result<QSqlQuery*> ServerDatabase::execute(const QString& sql, const QVariantList& params)
{
    if (!ensureConnected())
        return unavailable();
    if (injectedFailure())
        return Error::make(api::kDatabase,
                           QStringLiteral("Injected failure of operation %1.").arg(m_operations));
    std::shared_ptr<QSqlQuery>& slot = m_statements[sql];
    if (!slot) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            Error error = sqlError(*query);
            m_statements.remove(sql);
            return unlessConnectionLost(error);
        }
        slot = query;
    }
    QSqlQuery* query = slot.get();
    for (int i = 0; i < params.size(); ++i)
        query->bindValue(i, params.at(i));
    if (!query->exec()) {
        Error error = sqlError(*query);
        query->finish();
        return unlessConnectionLost(error);
    }
    return query;
}

Result<std::optional<Row>> ServerDatabase::one(const QString& sql, const QVariantList& params)
{
    Result<QSqlQuery*> executed = execute(sql, params);
    if (!executed)
        return executed.error();
    QSqlQuery* query = executed.value();
    std::optional<Row> row;
    if (query->next()) {
        Row values;
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i)
            values.insert(record.fieldName(i), query->value(i));
        row = std::move(values);
    }
    query->finish();
    return row;
}

Result<QList<Row>> ServerDatabase::all(const QString& sql, const QVariantList& params)
{
    Result<QSqlQuery*> executed = execute(sql, params);
    if (!executed)
        return executed.error();
    QSqlQuery* query = executed.value();
    QList<Row> rows;
    const QSqlRecord record = query->record();
    while (query->next()) {
        Row values;
        for (int i = 0; i < record.count(); ++i)
            values.insert(record.fieldName(i), query->value(i));
        rows.append(std::move(values));
    }
    query->finish();
    return rows;
}

Status ServerDatabase::each(const QString& sql, const QVariantList& params,
                            const std::function<void(const QSqlQuery&)>& visit)
{
    Result<QSqlQuery*> executed = execute(sql, params);
    if (!executed)
        return executed.error();
    QSqlQuery* query = executed.value();
    while (query->next())
        visit(*query);
    query->finish();
    return Status::success();
}

Result<int> ServerDatabase::run(const QString& sql, const QVariantList& params)
{
    Result<QSqlQuery*> executed = execute(sql, params);
    if (!executed)
        return executed.error();
    const int affected = executed.value()->numRowsAffected();
    executed.value()->finish();
    return affected;
}

Status ServerDatabase::transaction(const std::function<Status()>& work)
{
    // Nested calls join the outer transaction.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        return status;
    }
    if (!ensureConnected())
        return unavailable();
    if (!m_db.transaction())
        return unlessConnectionLost(
            Error::make(api::kDatabase, tr("Cannot begin a transaction: %1").arg(m_db.lastError().text())));
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (!status) {
        m_db.rollback();
        return unlessConnectionLost(status.error());
    }
    if (injectedFailure() || !m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return unlessConnectionLost(Error::make(api::kDatabase, tr("Cannot commit: %1").arg(text)));
    }
    return Status::success();
}

Status ServerDatabase::savepoint(const std::function<Status()>& work)
{
    if (m_transactionDepth == 0)
        return work();
    // Not prepared: PostgreSQL cannot PREPARE transaction control statements. One name is enough,
    // savepoints are not nested here.
    const auto control = [this](const char* statement) -> Status {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromLatin1(statement)))
            return sqlError(query);
        return Status::success();
    };
    if (Status opened = control("SAVEPOINT optional_step"); !opened)
        return opened;
    const Status status = work();
    if (!status) {
        if (Status undone = control("ROLLBACK TO SAVEPOINT optional_step"); !undone)
            return undone;
    }
    if (Status released = control("RELEASE SAVEPOINT optional_step"); !released)
        return released;
    return status;
}

bool ServerDatabase::ping()
{
    Result<std::optional<Row>> row = one(QStringLiteral("SELECT 1 AS ok"));
    return row.ok() && row.value().has_value();
}

std::optional<bool> ServerDatabase::changedElsewhere()
{
    if (m_dialect != Dialect::Sqlite)
        return std::nullopt;
    // data_version changes when another connection commits; this connection's own commits leave it.
    Result<QSqlQuery*> executed = execute(QStringLiteral("PRAGMA data_version"), {});
    if (!executed)
        return true; // cannot tell: treat as changed, so cached state is dropped
    QSqlQuery* query = executed.value();
    const qint64 version = query->next() ? query->value(0).toLongLong() : -1;
    query->finish();
    const bool changed = version != m_dataVersion;
    m_dataVersion = version;
    return changed;
}

Status ServerDatabase::claimForService()
{
    if (m_dialect != Dialect::Sqlite)
        return Status::success();
    // QLockFile notices a lock left behind by a process that died and takes it over.
    auto lock = std::make_unique<QLockFile>(m_db.databaseName() + QStringLiteral(".service-lock"));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return lock->error() == QLockFile::LockFailedError
                   ? Error::make(errors::kConfig,
                                 tr("Another dnd-tracker-server process already serves this database. An "
                                    "SQLite database is served by one process only; for several, use "
                                    "PostgreSQL."))
                   : Error::make(errors::kConfig,
                                 tr("Cannot create the lock file %1.").arg(lock->fileName()));
    m_serviceLock = std::move(lock);
    return Status::success();
}

int ServerDatabase::schemaVersion()
{
    Result<std::optional<Row>> row = one(QStringLiteral("SELECT MAX(version) AS v FROM schema_migrations"));
    if (!row || !row.value())
        return 0;
    return row.value()->value(QStringLiteral("v")).toInt();
}

Status ServerDatabase::migrate()
{
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                                       "PRIMARY KEY, applied_at TEXT NOT NULL)")))
            return sqlError(query);
    }
    const int current = schemaVersion();
    // The highest number, not the last step listed: steps of features built side by side are
    // listed in the order they were merged.
    int newest = 0;
    for (const ServerMigration& migration : serverMigrations())
        newest = std::max(newest, migration.version);
    if (current > newest)
        return Error::make(
            api::kDatabase,
            tr("The database has schema version %1, newer than this service knows (%2). Use a newer "
               "release.")
                .arg(current)
                .arg(newest));
    // Steps are skipped by the versions applied, not by the newest one: a step numbered below a
    // step already applied (features developed side by side) is still applied.
    Result<QList<Row>> appliedRows = all(QStringLiteral("SELECT version FROM schema_migrations"));
    if (!appliedRows)
        return appliedRows.error();
    QSet<int> applied;
    for (const Row& row : appliedRows.value())
        applied.insert(row.value(QStringLiteral("version")).toInt());
    for (const ServerMigration& migration : serverMigrations()) {
        if (applied.contains(migration.version))
            continue;
        Status applied = transaction([&]() -> Status {
            for (const QString& statement : migration.statements) {
                QSqlQuery query(m_db);
                if (!query.exec(statement))
                    return Error::make(
                        api::kDatabase,
                        tr("Migration %1 failed: %2").arg(migration.version).arg(query.lastError().text()));
            }
            Result<int> recorded =
                run(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
                    {migration.version, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            if (!recorded)
                return recorded.error();
            return Status::success();
        });
        if (!applied)
            return applied;
    }
    return Status::success();
}

} // namespace dnd::server
