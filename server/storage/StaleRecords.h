#pragma once

#include "storage/ServerDatabase.h"

namespace dnd::server {

// How many rows one clean-up removed, per table.
struct StaleRecordCounts {
    int refreshTokens = 0;
    int oneTimeTokens = 0;
    int shares = 0;
    int businessEvents = 0;
    int total() const { return refreshTokens + oneTimeTokens + shares + businessEvents; }
};

// How long the business reports' usage events (active, encounter runs, combat actions, live views,
// syncs) are kept. Account and subscription events are kept for good: they are few, and revenue
// and paying accounts at any date are sums over all of them.
inline constexpr qint64 kUsageEventRetentionDays = 730;

// Removes what can never be used again: refresh tokens past their expiry (a used or revoked one
// is kept until then, so its reuse is still recognised), verification and reset tokens that
// expired or were used, and share codes whose encounter was deleted (their player page answers
// 404 already), and usage events older than kUsageEventRetentionDays. Runs at start and then periodically, in
// one transaction.
Result<StaleRecordCounts> removeStaleRecords(ServerDatabase& db, qint64 nowSeconds);

} // namespace dnd::server
