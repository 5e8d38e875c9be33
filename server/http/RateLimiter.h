#pragma once

#include <QHash>
#include <QString>

namespace dnd::server {

// Counts requests per key (a user, an address, an email) in fixed one-minute windows. Answers how
// many seconds to wait when a key is over its limit; that becomes the Retry-After header.
class RateLimiter {
public:
    static constexpr qint64 kWindowMs = 60'000;

    // 0 = allowed (and counted); otherwise the seconds until the key's window resets.
    int acquire(const QString& key, int limitPerMinute, qint64 nowMs);
    // The same answer as acquire without counting: for budgets charged only afterwards, when the
    // outcome is known (failed sign-ins).
    int waitIfOver(const QString& key, int limitPerMinute, qint64 nowMs) const;

private:
    struct Window {
        qint64 startMs = 0;
        int count = 0;
    };
    void dropExpired(qint64 nowMs);

    QHash<QString, Window> m_windows;
    qint64 m_lastSweepMs = 0;
};

} // namespace dnd::server
