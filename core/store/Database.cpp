#include "store/Database.h"

#include "store/Migrations.h"
#include "util/LogCategories.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPromise>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QtEndian>
#include <sqlite3.h>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

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
        return Error::make(
            codes::kDbUnreadable,
            Text::tr("The data file %1 is not a regular file. Choose another data folder.").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
            codes::kDbUnreadable,
            Text::tr("The data file %1 cannot be read (%2). Check its permissions; nothing was changed.")
                .arg(path, file.errorString()));
    }
    if (file.size() == 0)
        return {};
    static const QByteArray kMagic("SQLite format 3\0", 16);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(kMagic)) {
        return Error::make(
            codes::kDbCorrupt,
            Text::tr("The data file %1 is not a tracker database or is damaged. It was left untouched; "
                     "restore a backup or choose another data folder.")
                .arg(path));
    }
    // Header fields per the SQLite file format: page size at 16, change counter at 24, page count
    // at 28, and the counter value for which that page count is valid at 92.
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        return Error::make(
            codes::kDbCorrupt,
            Text::tr("The data file %1 has a damaged header. It was left untouched; restore the latest "
                     "backup.")
                .arg(path));
    }
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool pageCountValid =
        pageCount > 0 && qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    // A non-empty write-ahead log may legitimately hold pages the main file does not have yet.
    const bool walHasFrames = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (pageCountValid && !walHasFrames && file.size() < qint64(pageCount) * pageSize) {
        return Error::make(
            codes::kDbCorrupt,
            Text::tr("The data file %1 is truncated (%2 of %3 bytes). It was left untouched; restore the "
                     "latest backup.")
                .arg(path)
                .arg(file.size())
                .arg(qint64(pageCount) * pageSize));
    }
    return {};
}

// The first findings of an integrity check, on one line: SQLite's "*** in database main ***"
// headings and line breaks say nothing to the person reading the message.
QString findingsSummary(const QStringList& findings)
{
    QStringList lines;
    for (const QString& finding : findings) {
        for (const QString& line : finding.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("*** in database")))
                lines << line.trimmed();
        }
    }
    return lines.isEmpty() ? findings.join(QStringLiteral("; ")) : lines.mid(0, 5).join(QStringLiteral("; "));
}

// Runs quick_check or integrity_check and turns any finding into a DB_CORRUPT error.
Status runCheck(const QSqlDatabase& connection, const QString& pragma, const QString& path)
{
    QSqlQuery query(connection);
    if (!query.exec(pragma))
        return Database::sqlError(Text::tr("check the data file"), query.lastError());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty()) {
        return Error::make(
            codes::kDbCorrupt,
            Text::tr("The data file %1 is damaged (%2). It was left untouched; restore the latest backup.")
                .arg(path, findingsSummary(problems)));
    }
    return {};
}

// Byte 18 of the header is 2 when the file uses a write-ahead log. Switching a file to WAL writes its
// header, so such a file is checked before open() returns.
bool usesWriteAheadLog(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
}

// A passive checkpoint (it never waits for the store's own connection) on a connection of its own.
void checkpointOnOwnConnection(const QString& path)
{
    sqlite3* raw = nullptr;
    const QByteArray file = QFile::encodeName(path);
    int rc = sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK) {
        // The store's connection stays open; closing this one must not act as the last one.
        sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        // A connection learns that the file uses a write-ahead log when it first reads it.
        rc = sqlite3_exec(raw, "PRAGMA schema_version", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_wal_checkpoint_v2(raw, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    // Busy means another checkpoint runs (another program's): the next commit tries again.
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcDatabase) << "background checkpoint failed:"
                              << QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
    sqlite3_close(raw);
}

// quick_check on a connection of its own (read-only, plain SQLite, usable from any thread).
Status quickCheckOnOwnConnection(const QString& path)
{
    sqlite3* raw = nullptr;
    const QByteArray file = QFile::encodeName(path);
    int rc = sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    QStringList problems;
    QString failure;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(raw, 5000);
        sqlite3_stmt* statement = nullptr;
        rc = sqlite3_prepare_v2(raw, "PRAGMA quick_check", -1, &statement, nullptr);
        while (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
            const QString line = QString::fromUtf8(text ? text : "");
            if (line != QLatin1String("ok"))
                problems << line;
            rc = SQLITE_OK;
        }
        sqlite3_finalize(statement);
    }
    if (rc != SQLITE_OK && rc != SQLITE_DONE)
        failure = QString::fromUtf8(raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc));
    const int primary = rc & 0xff;
    sqlite3_close(raw);
    if (!problems.isEmpty() || primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
        if (problems.isEmpty())
            problems << failure;
        return Error::make(
            codes::kDbCorrupt,
            Text::tr("The data file %1 is damaged (%2). It was left untouched; restore the latest backup.")
                .arg(path, findingsSummary(problems)));
    }
    if (!failure.isEmpty())
        return Error::make(codes::kDbIo,
                           Text::tr("Could not check the data file %1 (%2). Nothing will be written to it "
                                    "until it can be checked; start the tracker again.")
                               .arg(path, failure));
    return {};
}

// Why an existing store file cannot be written, empty when it can: the file itself may refuse to
// open for writing (its permissions, a read-only file system), and SQLite keeps its write-ahead log
// and the log's index as files beside it, so its folder must take new files too. Opening the file
// for writing changes nothing in it.
std::optional<Error> whyUnwritable(const QString& path)
{
    QFile file(path);
    const bool fileWritable = file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly);
    const QString folder = QFileInfo(path).absolutePath();
    const bool folderWritable = QFileInfo(folder).isWritable();
    if (fileWritable && folderWritable)
        return std::nullopt;
    QString what;
    if (!fileWritable && !folderWritable)
        what =
            Text::tr("The data file %1 and its folder cannot be written (%2).").arg(path, file.errorString());
    else if (!fileWritable)
        what = Text::tr("The data file %1 cannot be written (%2).").arg(path, file.errorString());
    else
        what = Text::tr("The data folder %1 is read-only.").arg(folder);
    return Error::make(
        codes::kDbReadOnlyFile,
        Text::tr("%1 The tracker opened the file read-only: you can look at everything in it, but "
                 "no change is saved. Make the file and its folder writable, then start the "
                 "tracker again.")
            .arg(what));
}

// A failure while looking at a file nobody has verified yet: the message names the file and says
// it was not changed, because that is what the user worries about first.
Error probeError(const QString& path, const QString& what, const QSqlError& sqlError)
{
    Error error = Database::sqlError(what, sqlError);
    if (error.code == codes::kDbCorrupt) {
        error.message =
            Text::tr(
                "The data file %1 is damaged (%2: %3). It was left untouched; restore the latest backup.")
                .arg(path, what, sqlError.text());
    } else {
        error.message = Text::tr("Could not open the data file %1 (%2: %3). It was left untouched.")
                            .arg(path, what, sqlError.text());
    }
    return error;
}

} // namespace

Database::Database(QString path, QString connectionName, Mode mode)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_mode(mode)
{}

Database::~Database()
{
    // Waiting here also decides whether closing may checkpoint the log into the file.
    (void)awaitVerification();
    awaitBackgroundCheckpoint();
    m_statements.clear();
    m_unprepared.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::sqlError(const QString& what, const QSqlError& error)
{
    bool numeric = false;
    const int native = error.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        return sqlError(what, error.text());
    const QString text = error.text();
    // Extended result codes carry the primary code in their low byte.
    switch (native & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::make(
            codes::kDbCorrupt,
            Text::tr("The data file is damaged (%1: %2). Restore the latest backup.").arg(what, text));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::make(
            codes::kDbBusy,
            Text::tr("The data file is busy in another program (%1: %2). Close other copies of the "
                     "tracker and try again.")
                .arg(what, text));
    case SQLITE_FULL:
        return Error::make(codes::kDbFull,
                           Text::tr("The disk is full (%1: %2). Free some space; the change was not saved.")
                               .arg(what, text));
    case SQLITE_READONLY:
        return Error::make(
            codes::kDbReadOnlyFile,
            Text::tr("The data file cannot be written (%1: %2). Check that the file and its folder "
                     "are writable; the change was not saved.")
                .arg(what, text));
    case SQLITE_CONSTRAINT:
        return Error::make(codes::kDbConstraint, Text::tr("Could not %1: %2").arg(what, text));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error::make(
            codes::kDbUnreadable,
            Text::tr("Could not %1: %2. Check the data folder's permissions.").arg(what, text));
    default:
        return Error::make(codes::kDbIo, Text::tr("Could not %1: %2").arg(what, text));
    }
}

Error Database::sqlError(const QString& what, const QString& driverText)
{
    const QString lower = driverText.toLower();
    const bool corrupt = lower.contains(QLatin1String("malformed")) ||
                         lower.contains(QLatin1String("not a database")) ||
                         lower.contains(QLatin1String("corrupt"));
    return Error::make(
        corrupt ? codes::kDbCorrupt : codes::kDbIo,
        corrupt
            ? Text::tr("The data file is damaged (%1: %2). Restore the latest backup.").arg(what, driverText)
            : Text::tr("Could not %1: %2").arg(what, driverText));
}

namespace {

// Opening a file in write-ahead-log mode makes SQLite create a shared-memory index and an empty
// log beside it. When the file is then refused, those are removed again (the ones this open
// created, the log only while empty), so a refused file's folder is left exactly as it was.
class SideFileCleanup {
public:
    explicit SideFileCleanup(const QString& path)
    {
        for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (!QFileInfo::exists(path + suffix))
                m_created << path + suffix;
        }
    }
    ~SideFileCleanup()
    {
        if (m_kept)
            return;
        for (const QString& file : m_created) {
            const QFileInfo info(file);
            if (info.exists() && (file.endsWith(QLatin1String("-shm")) || info.size() == 0))
                QFile::remove(file);
        }
    }
    void keep() { m_kept = true; }

private:
    QStringList m_created;
    bool m_kept = false;
};

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, Options options)
{
    // Declared before the database so that it runs after the refused connection has closed.
    SideFileCleanup sideFiles(path);
    if (Status inspected = inspectExistingFile(path); !inspected)
        return inspected.error();
    const bool existed = QFileInfo::exists(path);
    if (options.mode == Mode::ReadOnly && !existed)
        return Error::make(codes::kDbUnreadable, Text::tr("There is no data file at %1.").arg(path));
    if (!existed && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(codes::kDbIo, Text::tr("Could not create the folder for %1.").arg(path));

    std::optional<Error> protection;
    bool immutable = false;
    if (options.mode == Mode::ReadWrite && existed && options.readOnlyWhenUnwritable) {
        protection = whyUnwritable(path);
        if (protection) {
            options.mode = Mode::ReadOnly;
            // Reading the write-ahead log needs its index beside the file, which SQLite cannot
            // create in a read-only folder. Without a log to read (a file closed cleanly) the file
            // is opened as immutable: SQLite then needs no side file and takes no lock.
            const bool walHasFrames = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
            const bool indexReachable = QFileInfo::exists(path + QStringLiteral("-shm")) ||
                                        QFileInfo(QFileInfo(path).absolutePath()).isWritable();
            if (walHasFrames && !indexReachable) {
                return Error::make(
                    codes::kDbReadOnlyFile,
                    Text::tr("The data folder of %1 is read-only, and the file's latest changes "
                             "are still in %1-wal, which can only be read from a writable "
                             "folder. Nothing was changed; make the folder writable, then start "
                             "the tracker again.")
                        .arg(path));
            }
            immutable = !walHasFrames;
            qCWarning(lcDatabase) << "opening" << path << "read-only:" << protection->message;
        }
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, options.mode));
    database->m_writeProtection = protection;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (options.mode == Mode::ReadOnly)
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        if (immutable) {
            db.setDatabaseName(QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded()) +
                               QStringLiteral("?immutable=1"));
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(connectOptions);
        if (!db.open())
            return Error::make(codes::kDbUnreadable,
                               Text::tr("Could not open %1: %2").arg(path, db.lastError().text()));
    }

    // Until the file is known to be sound, closing must not checkpoint a write-ahead log into it.
    database->setCheckpointOnClose(false);

    // Read the version before any pragma that writes: a damaged or newer file stays as it is.
    QSqlQuery probe(database->connection());
    if (!probe.exec(QStringLiteral("PRAGMA user_version")) || !probe.next())
        return probeError(path, Text::tr("read the schema version"), probe.lastError());
    database->m_schemaVersion = probe.value(0).toInt();
    probe.finish();
    if (database->m_schemaVersion > latestSchemaVersion()) {
        return Error::make(
            codes::kDbTooNew,
            Text::tr("The data file %1 was written by a newer version of the tracker (schema %2; this "
                     "version knows up to %3). It was left untouched; update the tracker to open it.")
                .arg(path)
                .arg(database->m_schemaVersion)
                .arg(latestSchemaVersion()));
    }
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next())
        return probeError(path, Text::tr("read the schema"), probe.lastError());
    probe.finish();
    const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
    if (protection && database->m_schemaVersion < target) {
        return Error::make(
            codes::kDbReadOnlyFile,
            Text::tr("The data file %1 cannot be written, and this version of the tracker must "
                     "first upgrade it (schema %2 to %3). It was left untouched; make the file "
                     "and its folder writable, then start the tracker again.")
                .arg(path)
                .arg(database->m_schemaVersion)
                .arg(target));
    }
    const bool migrates = options.mode == Mode::ReadWrite && database->m_schemaVersion < target;
    const bool checkLater = existed && options.verify && options.verifyInBackground &&
                            options.mode == Mode::ReadWrite && !migrates && usesWriteAheadLog(path);
    if (existed && options.verify && !checkLater) {
        if (Status sound = database->verify(); !sound)
            return sound.error();
    }
    if (checkLater) {
        database->startBackgroundVerification();
    } else {
        database->m_verified = Status{};
        database->m_verification = QtFuture::makeReadyFuture(Status{});
        database->setCheckpointOnClose(true);
    }

    if (Status configured = database->configure(); !configured)
        return configured.error();
    if (options.mode == Mode::ReadWrite) {
        if (Status migrated = database->migrate(target); !migrated)
            return migrated.error();
    }
    sideFiles.keep();
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
        return sqlError(Text::tr("switch to write-ahead logging"), query.lastError());
    if (query.value(0).toString().toLower() != QLatin1String("wal")) {
        return Error::make(
            codes::kDbIo,
            Text::tr("The data folder does not support write-ahead logging (journal mode stayed %1). "
                     "Choose a data folder on a local disk.")
                .arg(query.value(0).toString()));
    }
    for (const char* pragma :
         {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
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
            return Error::make(applied.error().code,
                               Text::tr("Upgrading the data file to schema %1 failed; it was left at "
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

void Database::setCheckpointOnClose(bool enabled)
{
    if (sqlite3* db = handle())
        sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

Status Database::verify()
{
    return runCheck(connection(), QStringLiteral("PRAGMA quick_check"), m_path);
}

void Database::setCheckpointsInBackground(bool on)
{
    sqlite3* db = handle();
    if (!db)
        return;
    // Either hook replaces the other: SQLite's own checkpoints inside commits are a hook too.
    if (on)
        sqlite3_wal_hook(db, &Database::logCommitted, this);
    else
        sqlite3_wal_autocheckpoint(db, kCheckpointPages);
}

int Database::logCommitted(void* database, sqlite3*, const char*, int pages)
{
    if (pages >= kCheckpointPages)
        static_cast<Database*>(database)->startBackgroundCheckpoint();
    return SQLITE_OK;
}

void Database::startBackgroundCheckpoint()
{
    // Only into a file whose check has passed (a commit has waited for it, so this is at hand).
    if (!awaitVerification().ok() || m_checkpointing.exchange(true))
        return;
    if (m_checkpointer.joinable())
        m_checkpointer.join(); // finished: it cleared m_checkpointing
    ++m_backgroundCheckpoints;
    m_checkpointer = std::thread([this, path = m_path] {
        checkpointOnOwnConnection(path);
        m_checkpointing = false;
    });
}

void Database::awaitBackgroundCheckpoint()
{
    if (m_checkpointer.joinable())
        m_checkpointer.join();
}

void Database::startBackgroundVerification()
{
    auto promise = std::make_shared<QPromise<Status>>();
    m_verification = promise->future();
    promise->start();
    m_verifier = std::thread([promise, path = m_path]() {
        promise->addResult(quickCheckOnOwnConnection(path));
        promise->finish();
    });
}

Status Database::awaitVerification()
{
    if (m_verified)
        return *m_verified;
    if (!m_verification.isValid())
        return {}; // open() stopped before the check; the file stays as it was
    if (m_verifier.joinable())
        m_verifier.join();
    m_verified = m_verification.resultCount() > 0 ? m_verification.result() : Status{};
    if (m_verified->ok())
        setCheckpointOnClose(true);
    else
        qCWarning(lcDatabase) << "background check failed:" << m_verified->errorMessage();
    return *m_verified;
}

QSqlQuery& Database::prepared(const QString& sql)
{
    if (auto it = m_statements.find(sql); it != m_statements.end()) {
        it->second->finish();
        return *it->second;
    }
    auto query = std::make_unique<QSqlQuery>(connection());
    if (!query->prepare(sql)) {
        // Not cached: a later call prepares again (the schema may have changed since).
        qCWarning(lcDatabase) << "could not prepare" << sql << query->lastError().text();
        m_prepareError = query->lastError();
        m_unprepared = std::move(query);
        return *m_unprepared;
    }
    std::unique_ptr<QSqlQuery>& slot = m_statements[sql];
    slot = std::move(query);
    return *slot;
}

Status Database::exec(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(sql.left(60), query.lastError());
    return {};
}

Status Database::countOperation()
{
    ++m_operations;
    if (m_failAt > 0 && m_operations == m_failAt)
        return Error::make(codes::kDbIo,
                           QStringLiteral("Injected failure of operation %1.").arg(m_operations));
    return {};
}

Status Database::exec(QSqlQuery& query)
{
    if (m_unprepared && &query == m_unprepared.get())
        return sqlError(Text::tr("prepare %1").arg(query.lastQuery().left(60)), m_prepareError);
    if (!query.exec())
        return sqlError(query.lastQuery().left(60), query.lastError());
    // An injected failure comes after the statement ran, as a failure at its end would: the
    // statement's bound values are spent and the caller's transaction undoes its effect.
    if (Status counted = countOperation(); !counted) {
        query.finish();
        return counted;
    }
    return {};
}

Status Database::transaction(const std::function<Status()>& body)
{
    if (m_transactionDepth > 0) {
        // Nested: a savepoint, so a failing inner body undoes its own work and nothing else.
        const QString savepoint = QStringLiteral("nested_%1").arg(m_transactionDepth);
        if (Status begun = exec(QStringLiteral("SAVEPOINT ") + savepoint); !begun)
            return begun;
        ++m_transactionDepth;
        Status status = body();
        --m_transactionDepth;
        if (!status) {
            for (auto& entry : m_statements)
                entry.second->finish();
            if (Status undone = exec(QStringLiteral("ROLLBACK TO ") + savepoint); !undone)
                qCWarning(lcDatabase) << "rollback to savepoint failed:" << undone.errorMessage();
        }
        if (Status released = exec(QStringLiteral("RELEASE ") + savepoint); !released && status)
            return released;
        return status;
    }
    // Nothing writes to a file whose check has not passed.
    if (Status sound = awaitVerification(); !sound)
        return sound;
    if (Status begun = exec(QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    ++m_transactionDepth;
    Status status = body();
    --m_transactionDepth;
    for (auto& entry : m_statements)
        entry.second->finish();
    if (!status) {
        if (Status rolledBack = exec(QStringLiteral("ROLLBACK")); !rolledBack)
            qCWarning(lcDatabase) << "rollback failed:" << rolledBack.errorMessage();
        return status;
    }
    Status committed = countOperation();
    if (committed)
        committed = exec(QStringLiteral("COMMIT"));
    if (!committed) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return committed;
    }
    return {};
}

Status Database::integrityCheck()
{
    return runCheck(connection(), QStringLiteral("PRAGMA integrity_check"), m_path);
}

QString Database::journalMode()
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace dnd
