#pragma once

#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

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
    };

    // Error codes a caller can act on.
    static inline const QString kCorrupt = QStringLiteral("DB_CORRUPT");
    static inline const QString kTooNew = QStringLiteral("DB_TOO_NEW");
    static inline const QString kUnreadable = QStringLiteral("DB_UNREADABLE");
    static inline const QString kIo = QStringLiteral("DB_IO");

    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    sqlite3* handle() const;

    // A prepared statement kept for reuse, keyed by its SQL text. Valid until the Database closes.
    QSqlQuery& prepared(const QString& sql);
    // Runs one statement; the error names the statement's purpose for the reader of a log.
    Status exec(const QString& sql);
    Status exec(QSqlQuery& query);

    // Runs body inside BEGIN IMMEDIATE ... COMMIT; rolls back when body fails.
    Status transaction(const std::function<Status()>& body);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Full integrity check (slow on large files; for `check` and before backups).
    Status integrityCheck();
    QString journalMode();

    static Error sqlError(const QString& what, const QString& driverText);

private:
    Database(QString path, QString connectionName, Mode mode);
    Status configure();
    Status migrate(int target);

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace dnd
