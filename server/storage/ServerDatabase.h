#pragma once

#include "util/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>

namespace dnd::server {

using Row = QVariantMap;

// The service's one database connection, SQLite or PostgreSQL behind the same calls. Every query
// is a prepared statement with bound parameters (cached by its text); values are never pasted
// into SQL. Used from the thread that opened it only.
class ServerDatabase {
public:
    enum class Dialect { Sqlite, Postgres };

    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    // url: sqlite:///absolute/path or postgresql://user:pass@host:port/db
    static Result<std::unique_ptr<ServerDatabase>> open(const QString& url, const QString& connectionName);

    Dialect dialect() const { return m_dialect; }
    // Applies pending versioned migrations, each in its own transaction.
    Status migrate();
    int schemaVersion();

    Result<std::optional<Row>> one(const QString& sql, const QVariantList& params = {});
    Result<QList<Row>> all(const QString& sql, const QVariantList& params = {});
    // Streams the rows to visit without building maps (hot list endpoints).
    Status each(const QString& sql, const QVariantList& params,
                const std::function<void(const QSqlQuery&)>& visit);
    // Runs a statement; answers the number of rows it changed.
    Result<int> run(const QString& sql, const QVariantList& params = {});
    // Runs work inside one transaction; rolls back when it fails.
    Status transaction(const std::function<Status()>& work);
    // Runs work so that its failure leaves the surrounding transaction usable: inside a transaction
    // under a savepoint that is rolled back when work fails (PostgreSQL refuses every later statement
    // of a transaction after a failed one); outside a transaction, as it is. For writes that must
    // never undo the change they accompany (business events).
    Status savepoint(const std::function<Status()>& work);
    // A cheap round trip to the database, for health checks.
    bool ping();
    // Whether another connection committed a change since the last call. Only SQLite can tell
    // cheaply (PRAGMA data_version); on PostgreSQL this answers nullopt: unknown.
    std::optional<bool> changedElsewhere();
    // SQLite serves one service process: claims the file for this one for as long as this object
    // lives (a lock file next to it), and fails when another service process holds it. PostgreSQL
    // serves several (they keep each other current through ClusterBus): nothing to claim.
    Status claimForService();
    // The connection's driver, for LISTEN (QSqlDriver::subscribeToNotification).
    QSqlDriver* driver() const { return m_db.driver(); }

    // Fault injection for tests: the `nth` database operation (statement or commit) from now on
    // fails as if the database had refused it; 0 turns it off. Lets a test fail every step of a
    // request in turn and check that nothing of it is left behind.
    void failOperation(int nth)
    {
        m_failAt = nth;
        m_operations = 0;
    }
    // Operations counted since the last failOperation() call.
    int operationsCounted() const { return m_operations; }

private:
    ServerDatabase(QSqlDatabase db, Dialect dialect);
    Result<QSqlQuery*> execute(const QString& sql, const QVariantList& params);
    // PostgreSQL's connection can drop (the server restarted, the network failed). A failed
    // operation checks whether it did; from then on every operation answers UNAVAILABLE at once
    // until a new connection is made, tried at most every kReconnectIntervalMs.
    static constexpr int kReconnectIntervalMs = 200;
    Error unlessConnectionLost(Error error);
    bool ensureConnected();
    Error unavailable() const;
    Error sqlError(const QSqlQuery& query) const;
    // Counts one operation; true when it is the one chosen to fail.
    bool injectedFailure();

    QSqlDatabase m_db;
    Dialect m_dialect;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    int m_transactionDepth = 0;
    qint64 m_dataVersion = -1;
    std::unique_ptr<QLockFile> m_serviceLock;
    bool m_connectionLost = false;
    QElapsedTimer m_lastReconnect;
    int m_failAt = 0;
    int m_operations = 0;
};

} // namespace dnd::server
