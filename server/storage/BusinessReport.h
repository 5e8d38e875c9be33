#pragma once

#include "billing/PlanCatalog.h"
#include "storage/ServerDatabase.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace dnd::server {

// The figures of the administrators' business report for a period of whole UTC days, computed
// from business_events (docs/SERVER.md, "Business reports", defines each). The database does the
// counting (a handful of grouped queries over the period's days); what is built here is bounded
// by the number of days, which the API caps (kMaxDays).
class BusinessReport {
public:
    static constexpr int kMaxDays = 366;

    struct Day {
        QDate date;
        qint64 signUps = 0;
        qint64 verifications = 0;
        qint64 conversions = 0;
        qint64 subscriptionChanges = 0;
        qint64 cancellations = 0;
        qint64 accountDeletions = 0;
        qint64 activeUsers = 0;
        qint64 encountersRun = 0;
        qint64 combatActions = 0;
        qint64 liveViews = 0;
        qint64 syncPushes = 0;
        qint64 syncPulls = 0;
        qint64 syncs() const { return syncPushes + syncPulls; }
        // At the end of the day.
        qint64 payingAccounts = 0;
        qint64 mrrCents = 0;
    };

    // from <= to, at most kMaxDays days (the caller checks).
    static Result<BusinessReport> compute(ServerDatabase& db, const PlanCatalog& plans, QDate from, QDate to);

    QJsonObject toJson() const;
    // One long table, metric,date,value (RFC 4180, CRLF): a row per metric and day, then the
    // period's figures with an empty date.
    QByteArray toCsv() const;

private:
    // A period figure: its name (as in the CSV's metric column) and value; null when undefined.
    struct Figure {
        QString metric;
        QJsonValue value;
    };
    QList<Figure> periodFigures() const;
    qint64 total(qint64 Day::*member) const;
    qint64 payingAtEnd() const;
    qint64 mrrAtEndCents() const;
    QJsonValue churnRate() const;

    QDate m_from;
    QDate m_to;
    QString m_currency;
    QList<Day> m_days;
    QList<QPair<QString, qint64>> m_conversionsPerTier; // paid tiers in the plans' order, then others
    qint64 m_payingAtStart = 0;
    qint64 m_mrrAtStartCents = 0;
    qint64 m_distinctActiveUsers = 0;
};

} // namespace dnd::server
