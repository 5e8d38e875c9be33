#include "storage/StaleRecords.h"

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
        counts = StaleRecordCounts{refresh.value(), oneTime.value(), shares.value()};
        return Status::success();
    });
    if (!status)
        return status.error();
    return counts;
}

} // namespace dnd::server
