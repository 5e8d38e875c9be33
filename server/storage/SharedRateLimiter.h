#pragma once

#include "util/Result.h"

#include <QString>

namespace dnd::server {

class ServerDatabase;

// Per-key budgets in one-minute windows, like RateLimiter, but counted in the database: every
// service process on a PostgreSQL database charges and reads the same windows, so a budget holds
// however many processes a client's requests are spread over. Keys are stored as hashes. For the
// budgets that must hold globally (failed sign-ins); the per-request budgets stay in memory.
class SharedRateLimiter {
public:
    static constexpr qint64 kWindowMs = 60'000;

    explicit SharedRateLimiter(ServerDatabase& db) : m_db(db) {}

    // The seconds to wait when the key's window already holds limitPerMinute charges, else 0.
    Result<int> waitIfOver(const QString& key, int limitPerMinute, qint64 nowMs);
    // Counts one more against the key's window (a new window when the last one is over).
    Status charge(const QString& key, qint64 nowMs);

private:
    // Removes windows that ended, at most once a minute per process.
    void dropExpired(qint64 nowMs);

    ServerDatabase& m_db;
    qint64 m_lastSweepMs = 0;
};

} // namespace dnd::server
