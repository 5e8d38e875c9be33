#include "api/BillingApi.h"

#include "ApiErrorCodes.h"
#include "ServerLog.h"
#include "api/VerifiedEmail.h"
#include "auth/SecureRandom.h"
#include "billing/StripeSignature.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BillingApi", text);
}
QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
// The status -> tier table (docs/SERVER.md): only a subscription Stripe is being paid for, or in
// its trial, gives its plan's tier. incomplete (first payment not made), past_due (a renewal failed,
// Stripe retries), unpaid, paused, canceled and incomplete_expired give the free tier; the account
// gets the paid tier back with the event that makes the subscription active again.
bool statusGrantsTier(const QString& status)
{
    return status == QStringLiteral("active") || status == QStringLiteral("trialing");
}
// A status after which nothing more is billed: an event of the same second does not revive it.
bool statusEnds(const QString& status)
{
    return status == QStringLiteral("canceled") || status == QStringLiteral("incomplete_expired") ||
           status == QStringLiteral("unpaid");
}
ApiReply upstream(const Error& error)
{
    qCWarning(lcServerBilling, "Stripe refused a request: %s", qPrintable(error.message));
    return ApiReply::error(api::kBadGateway,
                           tr("The payment provider did not accept the request: %1").arg(error.message));
}
} // namespace

void BillingApi::registerRoutes(Router& router)
{
    const QString tag = QStringLiteral("subscriptions");
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/subscriptions/plans"), Access::Public,
               RateClass::Standard, QStringLiteral("The plans: tiers, prices, limits"), tag,
               [this](ApiRequest&) {
                   return ApiReply::ok(QJsonObject{{QStringLiteral("plans"), m_ctx.plans.toJson()}});
               });
    Route route;
    route.method = QStringLiteral("POST");
    route.pattern = QStringLiteral("/api/v1/subscriptions/checkout");
    route.access = Access::User;
    route.summary = QStringLiteral("Create a Stripe Checkout session for a tier; answers its url");
    route.tag = tag;
    route.tokenScope = TokenScope::SessionOnly; // buying is for the account holder, not a script
    route.handler = [this](ApiRequest& r, const Respond& respond) { checkout(r, respond); };
    router.add(route);
    route.pattern = QStringLiteral("/api/v1/subscriptions/portal");
    route.summary = QStringLiteral("Create a Stripe customer portal session; answers its url");
    route.handler = [this](ApiRequest& r, const Respond& respond) { portal(r, respond); };
    router.add(route);
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/webhooks/stripe"), Access::Public,
               RateClass::Unlimited, QStringLiteral("Stripe webhook (signed)"), QStringLiteral("webhooks"),
               [this](ApiRequest& r) { return webhook(r); });
}

void BillingApi::stripePost(const QString& path, const QUrlQuery& form,
                            const std::function<void(Result<QJsonObject>)>& done)
{
    QNetworkRequest request(QUrl(m_ctx.config.stripeApiBase + path));
    request.setRawHeader("Authorization", "Bearer " + m_ctx.config.stripeSecretKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Idempotency-Key", secure::newId().toUtf8());
    request.setTransferTimeout(15000);
    QNetworkReply* reply = m_ctx.network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    QObject::connect(reply, &QNetworkReply::finished, &m_ctx, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (status >= 200 && status < 300)
            return done(answer);
        QString message =
            answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = reply->errorString();
        done(Error::make(api::kBadGateway, message));
    });
}

void BillingApi::withCustomer(const AuthUser& user, const std::function<void(Result<QString>)>& done)
{
    Result<std::optional<Row>> row =
        m_ctx.db->one(QStringLiteral("SELECT stripe_customer_id FROM users WHERE id = ?"), {user.id});
    if (!row || !row.value())
        return done(row ? Error::make(api::kInternal, QStringLiteral("user vanished")) : row.error());
    const QString existing = row.value()->value(QStringLiteral("stripe_customer_id")).toString();
    if (!existing.isEmpty())
        return done(existing);
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("email"), user.email);
    form.addQueryItem(QStringLiteral("metadata[user_id]"), user.id);
    const QString userId = user.id;
    stripePost(QStringLiteral("/v1/customers"), form, [this, userId, done](Result<QJsonObject> answer) {
        if (!answer)
            return done(answer.error());
        const QString customer = answer.value().value(QStringLiteral("id")).toString();
        if (customer.isEmpty())
            return done(Error::make(api::kBadGateway, tr("Stripe answered no customer id.")));
        Result<int> stored = m_ctx.db->run(
            QStringLiteral("UPDATE users SET stripe_customer_id = ?, updated_at = ? WHERE id = ?"),
            {customer, nowIso(), userId});
        m_ctx.forgetUser(userId);
        if (!stored)
            return done(stored.error());
        done(customer);
    });
}

void BillingApi::checkout(ApiRequest& request, const Respond& respond)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return respond(ApiReply::fromError(body.error()));
    if (std::optional<ApiReply> unverified = refuseUnverified(*request.user, tr("buy a plan")))
        return respond(*unverified);
    const QString tier = body.value().value(QStringLiteral("tier")).toString();
    const Plan* plan = m_ctx.plans.find(tier);
    if (!plan || plan->stripePriceId.isEmpty())
        return respond(ApiReply::error(api::kValidationError, tr("Choose a paid tier."),
                                       {{QStringLiteral("tier"), tr("must be a paid tier of the plans")}}));
    if (plan->tier == request.user->tier)
        return respond(ApiReply::error(api::kConflict, tr("You are already on this tier.")));
    if (m_ctx.config.stripeSecretKey.isEmpty())
        return respond(ApiReply::error(api::kUnavailable, tr("Billing is not configured on this server.")));
    const AuthUser user = *request.user;
    const QString priceId = plan->stripePriceId;
    const QString tierName = plan->tier;
    const QString requestId = request.id;
    withCustomer(user, [this, respond, user, priceId, tierName, requestId](Result<QString> customer) {
        if (!customer)
            return respond(customer.error().code == api::kBadGateway ? upstream(customer.error())
                                                                     : ApiReply::internal(customer.error()));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("mode"), QStringLiteral("subscription"));
        form.addQueryItem(QStringLiteral("line_items[0][price]"), priceId);
        form.addQueryItem(QStringLiteral("line_items[0][quantity]"), QStringLiteral("1"));
        form.addQueryItem(QStringLiteral("success_url"),
                          m_ctx.config.publicUrl +
                              QStringLiteral("/billing/success?session_id={CHECKOUT_SESSION_ID}"));
        form.addQueryItem(QStringLiteral("cancel_url"),
                          m_ctx.config.publicUrl + QStringLiteral("/billing/cancel"));
        form.addQueryItem(QStringLiteral("customer"), customer.value());
        form.addQueryItem(QStringLiteral("client_reference_id"), user.id);
        form.addQueryItem(QStringLiteral("metadata[user_id]"), user.id);
        form.addQueryItem(QStringLiteral("metadata[tier]"), tierName);
        form.addQueryItem(QStringLiteral("subscription_data[metadata][tier]"), tierName);
        const auto answered = [respond, tierName, requestId](Result<QJsonObject> session) {
            if (!session)
                return respond(upstream(session.error()));
            const QString url = session.value().value(QStringLiteral("url")).toString();
            if (url.isEmpty())
                return respond(upstream(Error::make(api::kBadGateway, tr("no checkout url"))));
            log::event(lcServerBilling, QtInfoMsg, "checkout_started", requestId, {{"tier", tierName}});
            respond(ApiReply::ok(
                QJsonObject{{QStringLiteral("url"), url},
                            {QStringLiteral("sessionId"), session.value().value(QStringLiteral("id"))}}));
        };
        stripePost(QStringLiteral("/v1/checkout/sessions"), form, answered);
    });
}

void BillingApi::portal(ApiRequest& request, const Respond& respond)
{
    if (m_ctx.config.stripeSecretKey.isEmpty())
        return respond(ApiReply::error(api::kUnavailable, tr("Billing is not configured on this server.")));
    withCustomer(*request.user, [this, respond](Result<QString> customer) {
        if (!customer)
            return respond(customer.error().code == api::kBadGateway ? upstream(customer.error())
                                                                     : ApiReply::internal(customer.error()));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("customer"), customer.value());
        form.addQueryItem(QStringLiteral("return_url"),
                          m_ctx.config.publicUrl + QStringLiteral("/billing/portal-return"));
        stripePost(
            QStringLiteral("/v1/billing_portal/sessions"), form, [respond](Result<QJsonObject> session) {
                if (!session)
                    return respond(upstream(session.error()));
                respond(ApiReply::ok(
                    QJsonObject{{QStringLiteral("url"), session.value().value(QStringLiteral("url"))}}));
            });
    });
}

ApiReply BillingApi::webhook(ApiRequest& request)
{
    const Status signature =
        StripeSignature::verify(request.header("stripe-signature"), request.body,
                                m_ctx.config.stripeWebhookSecret.toUtf8(), m_ctx.nowSeconds());
    if (!signature) {
        log::event(lcServerBilling, QtWarningMsg, "stripe_event_refused", request.id,
                   {{"reason", signature.error().message}});
        return ApiReply::error(api::kValidationError, signature.error().message,
                               {{QStringLiteral("signature"), signature.error().message}});
    }
    const QJsonObject event = QJsonDocument::fromJson(request.body).object();
    const QString id = event.value(QStringLiteral("id")).toString();
    const QString type = event.value(QStringLiteral("type")).toString();
    if (id.isEmpty() || type.isEmpty())
        return ApiReply::error(api::kValidationError, tr("The event has no id or type."),
                               {{QStringLiteral("id"), tr("required")}});
    bool duplicate = false;
    Status handled = m_ctx.db->transaction([&]() -> Status {
        Result<std::optional<Row>> seen =
            m_ctx.db->one(QStringLiteral("SELECT id FROM stripe_events WHERE id = ?"), {id});
        if (!seen)
            return seen.error();
        if (seen.value()) {
            duplicate = true;
            return Status::success();
        }
        // Recorded in the same transaction as its effect: processed exactly once.
        Result<int> recorded = m_ctx.db->run(
            QStringLiteral("INSERT INTO stripe_events (id, type, received_at) VALUES (?, ?, ?)"),
            {id, type, nowIso()});
        if (!recorded)
            return recorded.error();
        return handleEvent(
            type, event.value(QStringLiteral("data")).toObject().value(QStringLiteral("object")).toObject(),
            qint64(event.value(QStringLiteral("created")).toDouble()));
    });
    if (!handled)
        return ApiReply::internal(handled.error());
    log::event(lcServerBilling, QtInfoMsg, "stripe_event", request.id,
               {{"stripeEventId", id}, {"type", type}, {"duplicate", duplicate}});
    return ApiReply::ok(
        QJsonObject{{QStringLiteral("received"), true}, {QStringLiteral("duplicate"), duplicate}});
}

Status BillingApi::recordPayment(const QString& userId, const QString& objectId, qint64 amount,
                                 const QString& currency, const QString& status, const QString& tier)
{
    Result<int> stored = m_ctx.db->run(QStringLiteral("INSERT INTO payments (id, user_id, stripe_object_id, "
                                                      "amount, currency, status, tier, created_at) "
                                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                       {secure::newId(), userId, objectId, amount,
                                        currency.isEmpty() ? m_ctx.plans.currency() : currency, status,
                                        tier.isEmpty() ? QVariant() : QVariant(tier), nowIso()});
    return stored ? Status::success() : Status(stored.error());
}

Status BillingApi::completeCheckout(const QJsonObject& session, qint64 created)
{
    const QJsonObject metadata = session.value(QStringLiteral("metadata")).toObject();
    QString userId = session.value(QStringLiteral("client_reference_id")).toString();
    if (userId.isEmpty())
        userId = metadata.value(QStringLiteral("user_id")).toString();
    const QString tier = metadata.value(QStringLiteral("tier")).toString();
    if (!m_ctx.plans.find(tier)) {
        qCWarning(lcServerBilling, "checkout.session.completed with unknown tier '%s' ignored",
                  qPrintable(tier));
        return Status::success();
    }
    Result<std::optional<Row>> account = m_ctx.db->one(
        QStringLiteral(
            "SELECT subscription_status, stripe_subscription_id, stripe_subscription_event_at FROM "
            "users WHERE id = ?"),
        {userId});
    if (!account)
        return account.error();
    if (!account.value())
        return Status::success(); // an account deleted since; nothing to change
    const Row& row = *account.value();
    const QString subscription = session.value(QStringLiteral("subscription")).toString();
    const QString current = row.value(QStringLiteral("stripe_subscription_id")).toString();
    const bool paid = session.value(QStringLiteral("payment_status")).toString() == QStringLiteral("paid");
    // One subscription per account: a checkout does not replace another subscription that is paid
    // for, and an event older than what the subscription already went through changes nothing.
    const bool otherLive = !current.isEmpty() && current != subscription &&
                           statusGrantsTier(row.value(QStringLiteral("subscription_status")).toString());
    const bool stale = current == subscription &&
                       row.value(QStringLiteral("stripe_subscription_event_at")).toLongLong() >= created;
    if (paid && !otherLive && !stale) {
        Result<int> updated = m_ctx.db->run(
            QStringLiteral(
                "UPDATE users SET tier = ?, subscription_status = 'active', stripe_customer_id = ?, "
                "stripe_subscription_id = ?, stripe_subscription_event_at = ?, cancel_at_period_end = 0, "
                "updated_at = ? WHERE id = ?"),
            {tier, session.value(QStringLiteral("customer")).toString(), subscription, created, nowIso(),
             userId});
        if (!updated)
            return updated.error();
        m_ctx.events->recordBilledTier(userId, tier);
    } else {
        // Not paid yet (or not the account's subscription): only the customer is remembered, so the
        // portal and later subscription events find the account.
        Result<int> updated = m_ctx.db->run(
            QStringLiteral("UPDATE users SET stripe_customer_id = ?, updated_at = ? WHERE id = ?"),
            {session.value(QStringLiteral("customer")).toString(), nowIso(), userId});
        if (!updated)
            return updated.error();
        if (otherLive)
            qCWarning(lcServerBilling,
                      "checkout of a second subscription for an account with a live one; tier kept");
    }
    m_ctx.forgetUser(userId);
    return recordPayment(userId, session.value(QStringLiteral("id")).toString(),
                         qint64(session.value(QStringLiteral("amount_total")).toDouble()),
                         session.value(QStringLiteral("currency")).toString(),
                         paid ? QStringLiteral("succeeded") : QStringLiteral("pending"), tier);
}

Status BillingApi::handleEvent(const QString& type, const QJsonObject& object, qint64 created)
{
    if (type == QStringLiteral("checkout.session.completed"))
        return completeCheckout(object, created);
    if (type == QStringLiteral("customer.subscription.updated") ||
        type == QStringLiteral("customer.subscription.created"))
        return applySubscription(object, false, created);
    if (type == QStringLiteral("customer.subscription.deleted"))
        return applySubscription(object, true, created);
    if (type == QStringLiteral("invoice.payment_failed") || type == QStringLiteral("invoice.paid")) {
        QString subscription = object.value(QStringLiteral("parent"))
                                   .toObject()
                                   .value(QStringLiteral("subscription_details"))
                                   .toObject()
                                   .value(QStringLiteral("subscription"))
                                   .toString();
        if (subscription.isEmpty())
            subscription = object.value(QStringLiteral("subscription")).toString();
        Result<std::optional<Row>> user =
            m_ctx.db->one(QStringLiteral("SELECT id, tier FROM users WHERE (stripe_subscription_id = ? AND "
                                         "stripe_subscription_id <> '') "
                                         "OR (stripe_customer_id = ? AND stripe_customer_id <> '')"),
                          {subscription, object.value(QStringLiteral("customer")).toString()});
        if (!user)
            return user.error();
        if (!user.value())
            return Status::success();
        const QString userId = user.value()->value(QStringLiteral("id")).toString();
        // Only recorded: the status (past_due) and its tier come with the subscription's own event,
        // which Stripe orders by creation time like every subscription change.
        const bool failed = type == QStringLiteral("invoice.payment_failed");
        return recordPayment(
            userId, object.value(QStringLiteral("id")).toString(),
            qint64(object.value(failed ? QStringLiteral("amount_due") : QStringLiteral("amount_paid"))
                       .toDouble()),
            object.value(QStringLiteral("currency")).toString(),
            failed ? QStringLiteral("failed") : QStringLiteral("succeeded"),
            user.value()->value(QStringLiteral("tier")).toString());
    }
    return Status::success(); // other events are acknowledged and ignored
}

Status BillingApi::applySubscription(const QJsonObject& subscription, bool deleted, qint64 created)
{
    const QString customer = subscription.value(QStringLiteral("customer")).toString();
    const QString subscriptionId = subscription.value(QStringLiteral("id")).toString();
    const QString status =
        deleted ? QStringLiteral("canceled") : subscription.value(QStringLiteral("status")).toString();
    const QJsonArray items =
        subscription.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray();
    QString planTier;
    qint64 periodEnd = qint64(subscription.value(QStringLiteral("current_period_end")).toDouble());
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const QJsonObject price = item.value(QStringLiteral("price")).toObject();
        const Plan* plan = m_ctx.plans.findByPrice(price.value(QStringLiteral("id")).toString());
        if (!plan)
            plan = m_ctx.plans.findByPrice(price.value(QStringLiteral("lookup_key")).toString());
        if (plan && planTier.isEmpty())
            planTier = plan->tier;
        if (item.contains(QStringLiteral("current_period_end")))
            periodEnd = qMax(periodEnd, qint64(item.value(QStringLiteral("current_period_end")).toDouble()));
    }
    if (planTier.isEmpty())
        planTier = subscription.value(QStringLiteral("metadata"))
                       .toObject()
                       .value(QStringLiteral("tier"))
                       .toString();

    // Matched by subscription: the account whose current subscription this is...
    Result<std::optional<Row>> account = m_ctx.db->one(
        QStringLiteral(
            "SELECT id, subscription_status, stripe_subscription_id, stripe_subscription_event_at FROM "
            "users WHERE stripe_subscription_id = ? AND stripe_subscription_id <> ''"),
        {subscriptionId});
    if (!account)
        return account.error();
    if (account.value()) {
        const qint64 lastApplied =
            account.value()->value(QStringLiteral("stripe_subscription_event_at")).toLongLong();
        // Within one second the later arrival wins, except over a subscription that has ended.
        const bool endedAlready =
            statusEnds(account.value()->value(QStringLiteral("subscription_status")).toString());
        if (created < lastApplied || (created == lastApplied && endedAlready && !statusEnds(status))) {
            qCInfo(lcServerBilling, "stale subscription event (created %lld, applied up to %lld) ignored",
                   created, lastApplied);
            return Status::success();
        }
    } else {
        // ...or, for a subscription the service has not seen, the customer's account, which takes it
        // on only while it has no other subscription being paid for.
        account =
            m_ctx.db->one(QStringLiteral("SELECT id, subscription_status, stripe_subscription_id FROM users "
                                         "WHERE stripe_customer_id = ? AND stripe_customer_id <> ''"),
                          {customer});
        if (!account)
            return account.error();
        if (!account.value())
            return Status::success();
        const bool otherLive =
            !account.value()->value(QStringLiteral("stripe_subscription_id")).toString().isEmpty() &&
            statusGrantsTier(account.value()->value(QStringLiteral("subscription_status")).toString());
        if (otherLive || !statusGrantsTier(status))
            return Status::success();
    }
    const QString userId = account.value()->value(QStringLiteral("id")).toString();
    // An unknown plan leaves the tier as it is; an ending or unpaid status puts the account on the free
    // tier (its data stays).
    const QString tier = statusGrantsTier(status) ? (m_ctx.plans.find(planTier) ? planTier : QString())
                                                  : QStringLiteral("free");
    const QVariant periodEndIso =
        periodEnd > 0 ? QVariant(QDateTime::fromSecsSinceEpoch(periodEnd, Qt::UTC).toString(Qt::ISODate))
                      : QVariant();
    Result<int> updated = m_ctx.db->run(
        QStringLiteral(
            "UPDATE users SET tier = CASE WHEN ? = '' THEN tier ELSE ? END, subscription_status = ?, "
            "current_period_end = ?, cancel_at_period_end = ?, stripe_subscription_id = ?, "
            "stripe_subscription_event_at = ?, updated_at = ? WHERE id = ?"),
        {tier, tier, status.isEmpty() ? QStringLiteral("active") : status, periodEndIso,
         subscription.value(QStringLiteral("cancel_at_period_end")).toBool() ? 1 : 0, subscriptionId, created,
         nowIso(), userId});
    m_ctx.forgetUser(userId);
    if (!updated)
        return updated.error();
    if (!tier.isEmpty())
        m_ctx.events->recordBilledTier(userId, tier);
    return Status::success();
}

} // namespace dnd::server
