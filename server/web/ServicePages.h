#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// The service's own pages for the links it mails and the addresses Stripe sends a buyer back to:
// /verify-email?token=, /reset-password?token= (with its form), /billing/success, /billing/cancel
// and /billing/portal-return. The account pages hand their work to the API's own routes, so a page
// and the API cannot check a token or a password differently.
class ServicePages {
public:
    ServicePages(ServerContext& context, const Router& router) : m_ctx(context), m_router(router) {}
    void registerRoutes(Router& router);

private:
    void verifyEmail(ApiRequest& request, const Respond& respond);
    ApiReply resetForm(ApiRequest& request);
    void submitReset(ApiRequest& request, const Respond& respond);
    // Runs the API route `method path` for `request` and hands its answer (the envelope) on.
    void callApi(const QString& method, const QString& path, ApiRequest request,
                 const std::function<void(const ApiReply&)>& answered);

    ServerContext& m_ctx;
    const Router& m_router;
};

} // namespace dnd::server
