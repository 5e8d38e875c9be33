// Stripe webhook events against the real service, signed like Stripe signs them: events are applied
// in the order Stripe created them per subscription (a late, stale update cannot undo a deletion),
// matched by subscription rather than by customer, one subscription per account gives the paid
// tier, each status maps to a tier by the documented table, and a checkout grants the tier only
// once it is paid.
#include "ServerHarness.h"

#include <QDateTime>
#include <QTest>

using namespace dnd::test;

namespace {
struct Subscription {
    QString id;
    QString customer;
};
} // namespace

class TestStripeEvents final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_service.start()); }
    void cleanupTestCase() { m_service.server.reset(); }

    void unpaidCheckoutGrantsNothing()
    {
        const TestAccount account = registerTestAccount(*m_service.server, http());
        const Subscription sub = subscriptionFor(account);
        QCOMPARE(deliver(checkoutCompleted(account, sub, "unpaid", 100)).status, 200);
        QCOMPARE(tierOf(account), QStringLiteral("free"));
        QCOMPARE(deliver(checkoutCompleted(account, sub, "paid", 101)).status, 200);
        QCOMPARE(tierOf(account), QStringLiteral("seasoned"));
    }

    // Stripe does not promise delivery order: an update created before the deletion arrives after it.
    void staleUpdateAfterDeletionIsIgnored()
    {
        const TestAccount account = registerTestAccount(*m_service.server, http());
        const Subscription sub = subscriptionFor(account);
        QCOMPARE(deliver(checkoutCompleted(account, sub, "paid", 100)).status, 200);
        QCOMPARE(deliver(subscriptionEvent("customer.subscription.deleted", sub, "canceled", 120)).status,
                 200);
        QCOMPARE(tierOf(account), QStringLiteral("free"));
        QCOMPARE(deliver(subscriptionEvent("customer.subscription.updated", sub, "active", 110)).status, 200);
        QCOMPARE(tierOf(account), QStringLiteral("free"));
    }

    void statusesMapToTiers()
    {
        const TestAccount account = registerTestAccount(*m_service.server, http());
        const Subscription sub = subscriptionFor(account);
        QCOMPARE(deliver(checkoutCompleted(account, sub, "paid", 100)).status, 200);
        const QList<QPair<const char*, const char*>> table{
            {"active", "seasoned"}, {"past_due", "free"},     {"active", "seasoned"},
            {"incomplete", "free"}, {"trialing", "seasoned"}, {"paused", "free"},
            {"active", "seasoned"}, {"unpaid", "free"},       {"incomplete_expired", "free"}};
        qint64 created = 200;
        for (const auto& [status, tier] : table) {
            QCOMPARE(
                deliver(subscriptionEvent("customer.subscription.updated", sub, status, ++created)).status,
                200);
            QVERIFY2(tierOf(account) == QLatin1String(tier), status);
        }
    }

    // The same Stripe customer can have another subscription; its events leave the account's
    // current subscription alone, and a second active one is not taken on top.
    void otherSubscriptionsOfTheCustomerDoNotCount()
    {
        const TestAccount account = registerTestAccount(*m_service.server, http());
        const Subscription current = subscriptionFor(account);
        const Subscription other{current.id + QStringLiteral("_other"), current.customer};
        QCOMPARE(deliver(checkoutCompleted(account, current, "paid", 100)).status, 200);
        QCOMPARE(deliver(subscriptionEvent("customer.subscription.deleted", other, "canceled", 150)).status,
                 200);
        QCOMPARE(tierOf(account), QStringLiteral("seasoned"));
        QCOMPARE(
            deliver(subscriptionEvent("customer.subscription.updated", other, "active", 160, "guild")).status,
            200);
        QCOMPARE(tierOf(account), QStringLiteral("seasoned"));
        // Once the current one ends, a later active subscription becomes the account's.
        QCOMPARE(deliver(subscriptionEvent("customer.subscription.deleted", current, "canceled", 170)).status,
                 200);
        QCOMPARE(tierOf(account), QStringLiteral("free"));
        QCOMPARE(
            deliver(subscriptionEvent("customer.subscription.updated", other, "active", 180, "guild")).status,
            200);
        QCOMPARE(tierOf(account), QStringLiteral("guild"));
    }

private:
    HttpClient& http() { return *m_service.http; }

    static Subscription subscriptionFor(const TestAccount& account)
    {
        return {QStringLiteral("sub_") + account.id.left(12), QStringLiteral("cus_") + account.id.left(12)};
    }

    QJsonObject event(const QString& type, const QJsonObject& object, qint64 createdOffset)
    {
        return QJsonObject{{"id", QStringLiteral("evt_%1").arg(++m_events)},
                           {"type", type},
                           {"created", m_epoch + createdOffset},
                           {"data", QJsonObject{{"object", object}}}};
    }

    QJsonObject checkoutCompleted(const TestAccount& account, const Subscription& sub,
                                  const char* paymentStatus, qint64 createdOffset)
    {
        return event(QStringLiteral("checkout.session.completed"),
                     QJsonObject{{"id", QStringLiteral("cs_%1").arg(m_events)},
                                 {"client_reference_id", account.id},
                                 {"customer", sub.customer},
                                 {"subscription", sub.id},
                                 {"payment_status", QLatin1String(paymentStatus)},
                                 {"amount_total", 999},
                                 {"currency", "usd"},
                                 {"metadata", QJsonObject{{"user_id", account.id}, {"tier", "seasoned"}}}},
                     createdOffset);
    }

    QJsonObject subscriptionEvent(const char* type, const Subscription& sub, const char* status,
                                  qint64 createdOffset, const char* tier = "seasoned")
    {
        return event(QLatin1String(type),
                     QJsonObject{{"id", sub.id},
                                 {"customer", sub.customer},
                                 {"status", QLatin1String(status)},
                                 {"metadata", QJsonObject{{"tier", QLatin1String(tier)}}}},
                     createdOffset);
    }

    HttpResponse deliver(const QJsonObject& event) { return deliverStripeEvent(http(), event); }

    QString tierOf(const TestAccount& account)
    {
        return http()
            .get("/api/v1/users/me/subscription", account.accessToken)
            .data()
            .value("tier")
            .toString();
    }

    RunningService m_service;
    const qint64 m_epoch = QDateTime::currentSecsSinceEpoch() - 3600;
    int m_events = 0;
};

QTEST_GUILESS_MAIN(TestStripeEvents)
#include "TestStripeEvents.moc"
