#include "storage/SharedRateLimiter.h"

#include "auth/SecureRandom.h"
#include "storage/ServerDatabase.h"

namespace dnd::server {

Result<int> SharedRateLimiter::waitIfOver(const QString& key, int limitPerMinute, qint64 nowMs)
{
    if (limitPerMinute <= 0)
        return 0;
    Result<std::optional<Row>> row =
        m_db.one(QStringLiteral("SELECT window_start_ms, count FROM rate_windows WHERE key_hash = ?"),
                 {secure::sha256Hex(key.toUtf8())});
    if (!row)
        return row.error();
    if (!row.value())
        return 0;
    const qint64 startMs = row.value()->value(QStringLiteral("window_start_ms")).toLongLong();
    if (nowMs - startMs >= kWindowMs || row.value()->value(QStringLiteral("count")).toInt() < limitPerMinute)
        return 0;
    return int(qMax<qint64>(1, (startMs + kWindowMs - nowMs + 999) / 1000));
}

Status SharedRateLimiter::charge(const QString& key, qint64 nowMs)
{
    dropExpired(nowMs);
    // One statement, so charges from several processes at once are all counted.
    Result<int> charged = m_db.run(
        QStringLiteral("INSERT INTO rate_windows (key_hash, window_start_ms, count) VALUES (?, ?, 1) "
                       "ON CONFLICT (key_hash) DO UPDATE SET "
                       "count = CASE WHEN ? - rate_windows.window_start_ms >= ? THEN 1 "
                       "ELSE rate_windows.count + 1 END, "
                       "window_start_ms = CASE WHEN ? - rate_windows.window_start_ms >= ? THEN ? "
                       "ELSE rate_windows.window_start_ms END"),
        {secure::sha256Hex(key.toUtf8()), nowMs, nowMs, kWindowMs, nowMs, kWindowMs, nowMs});
    if (!charged)
        return charged.error();
    return Status::success();
}

void SharedRateLimiter::dropExpired(qint64 nowMs)
{
    if (nowMs - m_lastSweepMs < kWindowMs)
        return;
    m_lastSweepMs = nowMs;
    // Old windows count for nothing; a failure here only leaves them for the next sweep.
    (void)m_db.run(QStringLiteral("DELETE FROM rate_windows WHERE window_start_ms <= ?"),
                   {nowMs - kWindowMs});
}

} // namespace dnd::server
