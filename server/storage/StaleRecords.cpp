#include "storage/StaleRecords.h"

#include "storage/BusinessEvents.h"

#include <QDateTime>

namespace dnd::server {

Result<StaleRecordCounts> removeStaleRecords(ServerDatabase& db, qint64 nowSeconds)
{
    StaleRecordCounts counts;
    const Status status = db.transaction([&]() -> Status {
        Result<int> refresh =
            db.run(QStringLiteral("DELETE FROM refresh_tokens WHERE expires_at <= ?"), {nowSeconds});
        if (!refresh)
            return refresh.error();
        Result<int> oneTime =
            db.run(QStringLiteral("DELETE FROM one_time_tokens WHERE expires_at <= ? OR used_at IS NOT NULL"),
                   {nowSeconds});
        if (!oneTime)
            return oneTime.error();
        Result<int> shares = db.run(QStringLiteral(
            "DELETE FROM shares WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.account_id = "
            "shares.account_id AND e.kind = 'encounter' AND e.id = shares.encounter_id AND e.cl % 2 = 1)"));
        if (!shares)
            return shares.error();
        const QString oldestKept = QDateTime::fromSecsSinceEpoch(nowSeconds, Qt::UTC)
                                       .date()
                                       .addDays(-kUsageEventRetentionDays)
                                       .toString(Qt::ISODate);
        Result<int> usage = db.run(
            QStringLiteral("DELETE FROM business_events WHERE day < ? AND kind IN (?, ?, ?, ?, ?, ?)"),
            {oldestKept, QString::fromLatin1(business::kActive), QString::fromLatin1(business::kEncounterRun),
             QString::fromLatin1(business::kCombatActions), QString::fromLatin1(business::kLiveViewOpened),
             QString::fromLatin1(business::kSyncPush), QString::fromLatin1(business::kSyncPull)});
        if (!usage)
            return usage.error();
        counts = StaleRecordCounts{refresh.value(), oneTime.value(), shares.value(), usage.value()};
        return Status::success();
    });
    if (!status)
        return status.error();
    return counts;
}

} // namespace dnd::server
