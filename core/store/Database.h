#pragma once

#include "util/ErrorCodes.h"
#include "util/Result.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <unordered_map>

struct sqlite3;

namespace dnd {

// One open SQLite file: opening safely (never touching a damaged or newer file), pragmas,
// migrations, transactions and a cache of prepared statements. Knows nothing of entities.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    struct Options {
        Mode mode = Mode::ReadWrite;
        // Stop after this schema version (tests build databases of every earlier version).
        int migrateTo = -1;
        // Run SQLite's quick_check on an existing file before anything writes to it. Off only for
        // tools that run the full integrity check themselves.
        bool verify = true;
        // With verify: run the check on a separate read-only connection in a worker thread, so a
        // large file opens at once. Until the check has passed nothing writes to the file: every
        // transaction() first waits for the result and is refused with DB_CORRUPT when it failed.
        // Opens that must migrate, or switch the file to write-ahead logging, check first anyway.
        bool verifyInBackground = false;
        // An existing file that cannot be written (its permissions, its folder's, a read-only
        // file system) is opened read-only instead of refused, and writeProtection() says why: the
        // window lets the DM read everything. Off, such a file fails at its first write.
        bool readOnlyWhenUnwritable = false;
    };

    // Failures carry the store codes of util/ErrorCodes.h a caller can act on (codes::kDbCorrupt ...).

    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    // Why the file was opened read-only although writing was asked for (readOnlyWhenUnwritable),
    // a DB_READ_ONLY_FILE error saying what to do; empty otherwise.
    const std::optional<Error>& writeProtection() const { return m_writeProtection; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    sqlite3* handle() const;

    // A prepared statement kept for reuse, keyed by its SQL text. The reference stays valid until
    // the Database closes. A statement that fails to prepare is not cached; exec() on it reports
    // the preparation error.
    QSqlQuery& prepared(const QString& sql);
    qsizetype preparedCount() const { return qsizetype(m_statements.size()); }
    // Runs one statement; the error names the statement's purpose for the reader of a log.
    Status exec(const QString& sql);
    Status exec(QSqlQuery& query);

    // Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back when body fails. A nested call runs
    // in a savepoint: its failure undoes only its own work and the outer body decides what next.
    Status transaction(const std::function<Status()>& body);
    bool inTransaction() const { return m_transactionDepth > 0; }
    int transactionDepth() const { return m_transactionDepth; }

    // The outcome of the check of the file's pages: finished at once when it ran during open() or
    // was switched off; pending while a background check runs. Watch it to tell the user early.
    QFuture<Status> verification() const { return m_verification; }
    // Blocks until the check has finished and returns its outcome (success when there was none).
    Status awaitVerification();

    // Fault injection for tests: the `nth` operation from now on (a prepared statement run through
    // exec(), or a COMMIT) fails as if SQLite had refused it; 0 turns it off. Lets a test
    // fail every step of a piece of work in turn and check that nothing of it is left behind.
    void failOperation(int nth)
    {
        m_failAt = nth;
        m_operations = 0;
    }
    int operationsCounted() const { return m_operations; }

    // While on, the write-ahead log is copied into the file (a checkpoint, which waits for two
    // flushes of the disk) by a connection of its own on a worker thread, instead of inside the
    // commit that filled the log: a commit that leaves kCheckpointPages or more in the log starts
    // one unless one is running. For a thread that must not wait on the disk (the window's, while
    // sync merges a pull). Off, commits checkpoint by themselves, as SQLite does by default.
    void setCheckpointsInBackground(bool on);
    static constexpr int kCheckpointPages = 1000; // SQLite's default
    // How many background checkpoints were started (tests and benchmarks).
    int backgroundCheckpoints() const { return m_backgroundCheckpoints; }
    // Blocks until a background checkpoint that is running has finished.
    void awaitBackgroundCheckpoint();

    // Full integrity check (slow on large files; for `check` and before backups).
    Status integrityCheck();
    QString journalMode();

    // Maps an SQLite failure to one of the codes above by SQLite's result code (text as fallback).
    static Error sqlError(const QString& what, const QSqlError& error);
    static Error sqlError(const QString& what, const QString& driverText);

private:
    Database(QString path, QString connectionName, Mode mode);
    Status configure();
    Status verify();
    void startBackgroundVerification();
    Status migrate(int target);
    void setCheckpointOnClose(bool enabled);
    // SQLite's hook after each commit to the log, with the pages the log holds.
    static int logCommitted(void* database, sqlite3* handle, const char* schema, int pages);
    void startBackgroundCheckpoint();
    // Counts one operation; an error when it is the one chosen to fail.
    Status countOperation();

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    // unique_ptr keeps each statement at a fixed address while the map grows.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_unprepared;
    QSqlError m_prepareError;
    QFuture<Status> m_verification;
    std::thread m_verifier;
    std::optional<Status> m_verified;
    std::thread m_checkpointer;
    std::atomic<bool> m_checkpointing = false;
    int m_backgroundCheckpoints = 0;
    std::optional<Error> m_writeProtection;
    int m_failAt = 0;
    int m_operations = 0;
};

} // namespace dnd
