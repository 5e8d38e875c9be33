#include "storage/BusinessEvents.h"

#include "ServerLog.h"
#include "auth/SecureRandom.h"

#include <QDateTime>
#include <cmath>

namespace dnd::server {

namespace {
// Accounts remembered as active today before the memory is dropped (the unique index still holds
// the once-a-day rule, at the cost of a write per account after that).
constexpr qsizetype kMaxRememberedActive = 100'000;

QString utcDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}
QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
QVariant orNull(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant();
}
} // namespace

qint64 BusinessEvents::monthlyCents(const QString& tier) const
{
    const Plan* plan = m_plans.find(tier);
    return plan ? qint64(std::llround(plan->monthlyPrice * 100.0)) : 0;
}

qint64 BusinessEvents::stamp()
{
    m_lastStampMs = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastStampMs + 1);
    return m_lastStampMs;
}

Status BusinessEvents::insert(const EventRow& row)
{
    const qint64 at = stamp();
    Result<int> inserted = m_db.run(
        QStringLiteral("INSERT INTO business_events (id, kind, account_id, occurred_at, day, quantity, "
                       "tier_from, tier_to, amount_from, amount_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {secure::newId(), QString::fromLatin1(row.kind), row.accountId, at, utcDay(at), row.quantity,
         orNull(row.tierFrom), orNull(row.tierTo), orNull(row.amountFrom), orNull(row.amountTo)});
    return inserted ? Status::success() : Status(inserted.error());
}

void BusinessEvents::tolerate(const char* kind, const std::function<Status()>& work)
{
    const Status written = m_db.savepoint(work);
    if (!written)
        log::event(lcServerAdmin, QtWarningMsg, "business_event_failed", {},
                   {{"kind", kind}, {"error", written.error().message}});
}

void BusinessEvents::record(const char* kind, const QString& accountId, qint64 quantity)
{
    if (quantity <= 0)
        return;
    tolerate(kind, [&] { return insert(EventRow{kind, accountId, quantity, {}, {}, {}, {}}); });
}

void BusinessEvents::recordActive(const QString& accountId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString today = utcDay(now);
    if (today != m_activeDay || m_activeToday.size() >= kMaxRememberedActive) {
        m_activeDay = today;
        m_activeToday.clear();
    }
    if (m_activeToday.contains(accountId))
        return;
    // Remembered whether or not the write succeeds: a failing database is not asked on every request.
    m_activeToday.insert(accountId);
    tolerate(business::kActive, [&]() -> Status {
        Result<int> inserted = m_db.run(
            QStringLiteral(
                "INSERT INTO business_events (id, kind, account_id, occurred_at, day, quantity) VALUES "
                "(?, ?, ?, ?, ?, 1) ON CONFLICT DO NOTHING"),
            {secure::newId(), QString::fromLatin1(business::kActive), accountId, now, today});
        return inserted ? Status::success() : Status(inserted.error());
    });
}

void BusinessEvents::recordBilledTier(const QString& accountId, const QString& tier)
{
    tolerate(business::kSubscriptionChanged, [&]() -> Status {
        Result<std::optional<Row>> last = m_db.one(
            QStringLiteral(
                "SELECT tier_to, amount_to FROM business_events WHERE account_id = ? AND kind IN (?, ?, "
                "?) ORDER BY occurred_at DESC, id DESC LIMIT 1"),
            {accountId, QString::fromLatin1(business::kSubscriptionStarted),
             QString::fromLatin1(business::kSubscriptionChanged),
             QString::fromLatin1(business::kSubscriptionCancelled)});
        if (!last)
            return last.error();
        const QString fromTier =
            last.value() ? last.value()->value(QStringLiteral("tier_to")).toString() : QStringLiteral("free");
        const qint64 fromCents =
            last.value() ? last.value()->value(QStringLiteral("amount_to")).toLongLong() : 0;
        const qint64 toCents = monthlyCents(tier);
        const bool paidBefore = fromCents > 0;
        const bool paidAfter = toCents > 0;
        if (!paidBefore && !paidAfter)
            return Status::success();
        if (paidBefore && paidAfter && fromTier == tier)
            return Status::success();
        const char* kind = !paidBefore  ? business::kSubscriptionStarted
                           : !paidAfter ? business::kSubscriptionCancelled
                                        : business::kSubscriptionChanged;
        return insert(EventRow{kind, accountId, 1, fromTier, tier, fromCents, toCents});
    });
}

void BusinessEvents::recordAccountDeleted(const QString& accountId)
{
    // A paid subscription ends with the account: revenue and churn count it as a cancellation.
    recordBilledTier(accountId, QStringLiteral("free"));
    record(business::kAccountDeleted, accountId);
    tolerate(business::kAccountDeleted, [&]() -> Status {
        Result<int> moved =
            m_db.run(QStringLiteral("UPDATE business_events SET account_id = ? WHERE account_id = ?"),
                     {secure::newId(), accountId});
        return moved ? Status::success() : Status(moved.error());
    });
}

} // namespace dnd::server
