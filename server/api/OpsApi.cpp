#include "api/OpsApi.h"

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
                   return ApiReply::raw(200, QJsonDocument(openApiDocument()).toJson(QJsonDocument::Compact),
                                        "application/json");
               });
}

QJsonObject OpsApi::openApiDocument() const
{
    QJsonObject paths;
    for (const Route& route : m_router.routes()) {
        QString path = route.pattern;
        QJsonArray parameters;
        for (const QString& segment : route.segments) {
            if (!segment.startsWith(QLatin1Char(':')))
                continue;
            const QString name = segment.mid(1);
            path.replace(segment, QLatin1Char('{') + name + QLatin1Char('}'));
            parameters.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("in"), QStringLiteral("path")},
                {QStringLiteral("required"), true},
                {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        }
        QJsonObject operation{
            {QStringLiteral("summary"), route.summary},
            {QStringLiteral("tags"), QJsonArray{route.tag}},
            {QStringLiteral("responses"),
             QJsonObject{{QStringLiteral("200"),
                          QJsonObject{{QStringLiteral("description"), QStringLiteral("Success envelope")}}},
                         {QStringLiteral("default"),
                          QJsonObject{{QStringLiteral("description"), QStringLiteral("Error envelope")}}}}}};
        if (!parameters.isEmpty())
            operation.insert(QStringLiteral("parameters"), parameters);
        if (route.access != Access::Public)
            operation.insert(QStringLiteral("security"),
                             QJsonArray{QJsonObject{{QStringLiteral("bearerAuth"), QJsonArray()}}});
        if (route.access == Access::Admin)
            operation.insert(QStringLiteral("x-required-role"), QStringLiteral("admin"));
        QJsonObject item = paths.value(path).toObject();
        item.insert(route.method.toLower(), operation);
        paths.insert(path, item);
    }
    const QJsonObject switching{{QStringLiteral("description"), QStringLiteral("Switching protocols")}};
    const QJsonObject upgrade{
        {QStringLiteral("summary"), QStringLiteral("WebSocket upgrade: auth, subscribe, watch")},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("live")}},
        {QStringLiteral("responses"), QJsonObject{{QStringLiteral("101"), switching}}}};
    paths.insert(QStringLiteral("/api/v1/ws"), QJsonObject{{QStringLiteral("get"), upgrade}});
    return QJsonObject{
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("D&D Encounter Tracker service")},
                     {QStringLiteral("version"), QStringLiteral("1.0.0")}}},
        {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), m_ctx.config.publicUrl}}}},
        {QStringLiteral("components"),
         QJsonObject{{QStringLiteral("securitySchemes"),
                      QJsonObject{{QStringLiteral("bearerAuth"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                               {QStringLiteral("scheme"), QStringLiteral("bearer")},
                                               {QStringLiteral("bearerFormat"), QStringLiteral("JWT")}}}}}}},
        {QStringLiteral("paths"), paths}};
}

} // namespace dnd::server
