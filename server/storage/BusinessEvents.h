#pragma once

#include "billing/PlanCatalog.h"
#include "storage/ServerDatabase.h"

#include <QSet>
#include <QString>

namespace dnd::server {

// The kinds of business event (the `kind` column of business_events). Stored: never renamed.
namespace business {
inline constexpr const char* kSignUp = "sign_up";
inline constexpr const char* kEmailVerified = "email_verified";
// The account's billed tier went from free to a paid one, from one paid tier to another, or from
// a paid one to free; each row holds the tiers and monthly amounts (cents) before and after.
inline constexpr const char* kSubscriptionStarted = "subscription_started";
inline constexpr const char* kSubscriptionChanged = "subscription_changed";
inline constexpr const char* kSubscriptionCancelled = "subscription_cancelled";
inline constexpr const char* kAccountDeleted = "account_deleted";
inline constexpr const char* kActive = "active"; // at most one a day per account
inline constexpr const char* kEncounterRun = "encounter_run";
inline constexpr const char* kCombatActions = "combat_actions"; // quantity: actions in one write
inline constexpr const char* kLiveViewOpened = "live_view_opened";
inline constexpr const char* kSyncPush = "sync_push";
inline constexpr const char* kSyncPull = "sync_pull";
} // namespace business

// Writes the events the business reports are computed from (docs/SERVER.md, "Business reports").
// An event describes a change a request made; it is written in that change's transaction where
// there is one, under a savepoint, so a failed event write is logged and never fails or undoes
// the change itself. Rows hold the account's id and no personal data; a deleted account's rows
// are kept under a new random id that nothing else in the database knows.
class BusinessEvents {
public:
    BusinessEvents(ServerDatabase& db, const PlanCatalog& plans) : m_db(db), m_plans(plans) {}

    // One event of `kind` for the account; quantity counts what one write did (combat actions).
    void record(const char* kind, const QString& accountId, qint64 quantity = 1);
    // The account did something signed in today (UTC). Remembers which accounts were written today,
    // so only an account's first request of the day writes; the unique index covers the other
    // service processes on a shared database.
    void recordActive(const QString& accountId);
    // Stripe moved the account to `tier`: a started, changed or cancelled subscription against the
    // tier the account was last billed for (from its previous subscription event, not from the
    // users row, whose tier an administrator may set without a payment). Nothing when neither the
    // billed tier nor whether it is paid changed.
    void recordBilledTier(const QString& accountId, const QString& tier);
    // The account is being deleted: a paid subscription ends with it (a cancellation), the deletion
    // is recorded, and all of the account's events move to a new random id.
    void recordAccountDeleted(const QString& accountId);

    // A tier's monthly price in cents, from the plans file (0 for an unknown tier).
    qint64 monthlyCents(const QString& tier) const;

private:
    struct EventRow {
        const char* kind = nullptr;
        QString accountId;
        qint64 quantity = 1;
        QString tierFrom;
        QString tierTo;
        std::optional<qint64> amountFrom;
        std::optional<qint64> amountTo;
    };
    Status insert(const EventRow& row);
    // Runs work under a savepoint; a failure is logged as business_event_failed with the kind.
    void tolerate(const char* kind, const std::function<Status()>& work);
    // Milliseconds now, never repeating or going back within this process, so one account's
    // subscription events keep their order.
    qint64 stamp();

    ServerDatabase& m_db;
    const PlanCatalog& m_plans;
    qint64 m_lastStampMs = 0;
    QString m_activeDay;
    QSet<QString> m_activeToday;
};

} // namespace dnd::server
