#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// GET /api/docs: the API reference as one readable page, made from the same OpenAPI document the
// service serves at /api/v1/openapi.json (api/OpenApiDocument): the operations by tag, each with
// who may call it (a session, or the API token scope it needs), its parameters, and its request and
// answer examples. Folded with <details>, so the page needs no script and no outside host.
class ApiDocsPage {
public:
    ApiDocsPage(ServerContext& context, const Router& router) : m_ctx(context), m_router(router) {}
    void registerRoutes(Router& router);

private:
    ApiReply page();

    ServerContext& m_ctx;
    const Router& m_router;
    QByteArray m_html; // made at the first request, when the route table is complete
    QByteArray m_policy;
};

} // namespace dnd::server
