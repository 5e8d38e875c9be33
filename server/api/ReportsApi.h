#pragma once

#include "ServerContext.h"
#include "http/Router.h"

#include <QDate>

namespace dnd::server {

// The administrators' business report (GET /api/v1/admin/reports): sign-ups, conversions, churn,
// revenue, active users and feature use over a period of whole UTC days, as JSON or CSV, counted
// from the business events the service writes (storage/BusinessReport).
class ReportsApi {
public:
    explicit ReportsApi(ServerContext& context) : m_ctx(context) {}
    void registerRoutes(Router& router);

private:
    ApiReply report(ApiRequest& request);

    ServerContext& m_ctx;
};

} // namespace dnd::server
