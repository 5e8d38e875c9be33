#pragma once

#include "ServerContext.h"
#include "http/Router.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace dnd::server {

// Plans, Stripe Checkout and the customer portal through Stripe's REST API, and the signed
// webhook that moves a user's tier, status and period; each event id is processed once.
class BillingApi {
public:
    explicit BillingApi(ServerContext& context) : m_ctx(context) {}
    void registerRoutes(Router& router);

private:
    void checkout(ApiRequest& request, const Respond& respond);
    void portal(ApiRequest& request, const Respond& respond);
    ApiReply webhook(ApiRequest& request);
    // POSTs a form to Stripe and hands the JSON answer (or an error) to done, on this thread.
    void stripePost(const QString& path, const QUrlQuery& form,
                    const std::function<void(Result<QJsonObject>)>& done);
    void withCustomer(const AuthUser& user, const std::function<void(Result<QString>)>& done);
    // `created` is the event's creation time at Stripe (seconds), which orders events per subscription.
    Status handleEvent(const QString& type, const QJsonObject& object, qint64 created);
    Status completeCheckout(const QJsonObject& session, qint64 created);
    Status applySubscription(const QJsonObject& subscription, bool deleted, qint64 created);
    Status recordPayment(const QString& userId, const QString& objectId, qint64 amount,
                         const QString& currency, const QString& status, const QString& tier);

    ServerContext& m_ctx;
};

} // namespace dnd::server
