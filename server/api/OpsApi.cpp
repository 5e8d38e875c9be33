#include "api/OpsApi.h"

#include "api/OpenApiDocument.h"
#include "live/WebSocketHub.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dnd::server {

void OpsApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/healthz"), Access::Public, RateClass::Unlimited,
               QStringLiteral("Liveness and database check"), QStringLiteral("operations"),
               [this](ApiRequest&) {
                   const bool database = m_ctx.db->ping();
                   ApiReply reply = ApiReply::raw(
                       database ? 200 : 503,
                       database ? QByteArrayLiteral("{\"status\":\"ok\",\"database\":\"ok\"}")
                                : QByteArrayLiteral("{\"status\":\"unavailable\",\"database\":\"failing\"}"),
                       "application/json");
                   return reply;
               });
    router.add(
        QStringLiteral("GET"), QStringLiteral("/metrics"), Access::Public, RateClass::Unlimited,
        QStringLiteral("Prometheus metrics"), QStringLiteral("operations"), [this](ApiRequest&) {
            QByteArray text = m_ctx.metrics.prometheusText();
            text += "# HELP dnd_http_connections Open HTTP connections.\n# TYPE dnd_http_connections gauge\n";
            text += "dnd_http_connections " +
                    QByteArray::number(m_ctx.openConnections ? m_ctx.openConnections() : 0) + "\n";
            text += "# HELP dnd_password_hashes_in_flight Password hashes queued or running.\n"
                    "# TYPE dnd_password_hashes_in_flight gauge\n";
            text += "dnd_password_hashes_in_flight " + QByteArray::number(m_ctx.inFlight()) + "\n";
            text += "# HELP dnd_list_cache_entries Cached list answers.\n"
                    "# TYPE dnd_list_cache_entries gauge\n";
            text += "dnd_list_cache_entries " + QByteArray::number(m_ctx.lists.entries()) + "\n";
            text += "# HELP dnd_list_cache_bytes Memory charged to cached list answers.\n"
                    "# TYPE dnd_list_cache_bytes gauge\n";
            text += "dnd_list_cache_bytes " + QByteArray::number(m_ctx.lists.bytes()) + "\n";
            text += "# HELP dnd_list_cache_limit_bytes Memory budget of the list cache.\n"
                    "# TYPE dnd_list_cache_limit_bytes gauge\n";
            text += "dnd_list_cache_limit_bytes " + QByteArray::number(m_ctx.lists.maxBytes()) + "\n";
            text += "# HELP dnd_cached_accounts Account rows held in memory.\n"
                    "# TYPE dnd_cached_accounts gauge\n";
            text += "dnd_cached_accounts " + QByteArray::number(m_ctx.cachedUsers()) + "\n";
            text += "# HELP dnd_cached_access_tokens Verified access tokens held in memory.\n"
                    "# TYPE dnd_cached_access_tokens gauge\n";
            text += "dnd_cached_access_tokens " + QByteArray::number(m_ctx.tokens->rememberedTokens()) + "\n";
            return ApiReply::raw(200, text, "text/plain; version=0.0.4");
        });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/openapi.json"), Access::Public,
               RateClass::Unlimited, QStringLiteral("This OpenAPI document"), QStringLiteral("operations"),
               [this](ApiRequest&) {
                   if (m_openApiJson.isEmpty())
                       m_openApiJson = QJsonDocument(openApiDocument()).toJson(QJsonDocument::Compact);
                   return ApiReply::raw(200, m_openApiJson, "application/json");
               });
}

QJsonObject OpsApi::openApiDocument() const
{
    return OpenApiDocument::build(m_router, m_ctx.config.publicUrl);
}

} // namespace dnd::server
