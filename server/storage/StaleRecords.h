#pragma once

#include "storage/ServerDatabase.h"

namespace dnd::server {

// How many rows one clean-up removed, per table.
struct StaleRecordCounts {
    int refreshTokens = 0;
    int oneTimeTokens = 0;
    int shares = 0;
    int total() const { return refreshTokens + oneTimeTokens + shares; }
};

// Removes what can never be used again: refresh tokens past their expiry (a used or revoked one
// is kept until then, so its reuse is still recognised), verification and reset tokens that
// expired or were used, and share codes whose encounter was deleted (their player page answers
// 404 already). Runs at start and then periodically, in one transaction.
Result<StaleRecordCounts> removeStaleRecords(ServerDatabase& db, qint64 nowSeconds);

} // namespace dnd::server
