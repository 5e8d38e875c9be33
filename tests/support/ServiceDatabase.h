#pragma once

// Header-only: tests that use it link dnd_server themselves.
#include "ServerHarness.h"
#include "storage/ServerDatabase.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <memory>

namespace dnd::test {

// A second connection to a running service's database, as an operator's shell would have; null
// (with a warning) when it cannot be opened.
inline std::unique_ptr<server::ServerDatabase> openServiceDatabase(const ServerProcess& service)
{
    Result<std::unique_ptr<server::ServerDatabase>> db = server::ServerDatabase::open(
        service.databaseUrl(), QStringLiteral("test-%1").arg(QUuid::createUuid().toString()));
    if (!db) {
        qWarning("cannot open %s: %s", qPrintable(service.databaseUrl()), qPrintable(db.error().message));
        return nullptr;
    }
    return std::move(db).value();
}

// Runs one statement on a running service's database through a plain Qt connection, as an
// operator's shell would: ServerDatabase prepares every statement, and PostgreSQL cannot prepare
// DDL (ALTER, REVOKE ...). On PostgreSQL the connection is the cluster's superuser of the URL.
inline bool runServiceDdl(const ServerProcess& service, const QString& statement)
{
    const QString name = QStringLiteral("ddl-%1").arg(QUuid::createUuid().toString());
    bool done = false;
    {
        const QUrl url(service.databaseUrl());
        QSqlDatabase db;
        if (url.scheme() == QLatin1String("sqlite")) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(service.databaseUrl().mid(int(qstrlen("sqlite://"))));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        }
        if (db.open()) {
            QSqlQuery query(db);
            done = query.exec(statement);
            if (!done)
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        } else {
            qWarning("cannot open %s: %s", qPrintable(service.databaseUrl()),
                     qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

// Writes business events with chosen dates straight into the service's table, as the service would
// have over days gone by (docs/SERVER.md, "Business reports"). Each row is stamped at noon of its
// day (UTC), a millisecond after the one before.
class BusinessEventWriter {
public:
    explicit BusinessEventWriter(server::ServerDatabase& db) : m_db(db) {}

    bool add(const char* kind, const QString& account, QDate day, qint64 quantity = 1)
    {
        return insert(kind, account, day, quantity, {}, {}, {}, {});
    }
    // A subscription event: the billed tier and monthly cents before and after.
    bool subscription(const char* kind, const QString& account, QDate day, const QString& tierFrom,
                      qint64 centsFrom, const QString& tierTo, qint64 centsTo)
    {
        return insert(kind, account, day, 1, tierFrom, tierTo, centsFrom, centsTo);
    }

private:
    bool insert(const char* kind, const QString& account, QDate day, qint64 quantity, const QString& tierFrom,
                const QString& tierTo, const QVariant& centsFrom, const QVariant& centsTo)
    {
        const qint64 at = QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch() + (++m_rows);
        Result<int> done = m_db.run(
            QStringLiteral(
                "INSERT INTO business_events (id, kind, account_id, occurred_at, day, quantity, tier_from, "
                "tier_to, amount_from, amount_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QUuid::createUuid().toString(QUuid::WithoutBraces), QString::fromLatin1(kind), account, at,
             day.toString(Qt::ISODate), quantity, tierFrom.isEmpty() ? QVariant() : QVariant(tierFrom),
             tierTo.isEmpty() ? QVariant() : QVariant(tierTo), centsFrom, centsTo});
        if (!done)
            qWarning("cannot write a business event: %s", qPrintable(done.error().message));
        return done.ok();
    }

    server::ServerDatabase& m_db;
    qint64 m_rows = 0;
};

} // namespace dnd::test
