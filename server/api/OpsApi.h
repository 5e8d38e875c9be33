#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// Operations endpoints: liveness with a database check, Prometheus metrics, and the OpenAPI
// document generated from the route table itself.
class OpsApi {
public:
    OpsApi(ServerContext& context, const Router& router) : m_ctx(context), m_router(router) {}
    void registerRoutes(Router& router);
    QJsonObject openApiDocument() const;

private:
    ServerContext& m_ctx;
    const Router& m_router;
    QByteArray m_openApiJson; // made at the first request: the route table is complete by then
};

} // namespace dnd::server
