#include "http/RateLimiter.h"

namespace dnd::server {

int RateLimiter::acquire(const QString& key, int limitPerMinute, qint64 nowMs)
{
    if (limitPerMinute <= 0)
        return 0;
    dropExpired(nowMs);
    Window& window = m_windows[key];
    if (nowMs - window.startMs >= kWindowMs) {
        window.startMs = nowMs;
        window.count = 0;
    }
    if (const int wait = waitIfOver(key, limitPerMinute, nowMs); wait > 0)
        return wait;
    ++window.count;
    return 0;
}

int RateLimiter::waitIfOver(const QString& key, int limitPerMinute, qint64 nowMs) const
{
    const auto it = m_windows.constFind(key);
    if (limitPerMinute <= 0 || it == m_windows.constEnd() || nowMs - it->startMs >= kWindowMs ||
        it->count < limitPerMinute)
        return 0;
    return int(qMax<qint64>(1, (it->startMs + kWindowMs - nowMs + 999) / 1000));
}

void RateLimiter::dropExpired(qint64 nowMs)
{
    // Keeps memory bounded under many distinct keys (addresses, emails).
    if (nowMs - m_lastSweepMs < kWindowMs)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs - it->startMs >= kWindowMs)
            it = m_windows.erase(it);
        else
            ++it;
    }
}

} // namespace dnd::server
