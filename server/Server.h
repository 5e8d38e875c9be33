#pragma once

#include "ServerConfig.h"
#include "util/Result.h"

#include <QObject>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTimer;

namespace dnd::server {

class AccountApi;
class ClusterBus;
class AdminApi;
class ReportsApi;
class BillingApi;
class ApiDocsPage;
class ApiTokenApi;
class DeviceApi;
class DiscordApi;
class DiscordRelay;
class GuardedTcpServer;
class OpsApi;
class ResourceApi;
class SyncApi;
class Router;
class ServerContext;
class RestoreMark;
class PlayerPage;
class ServicePages;
class WebSocketHub;
struct ApiRequest;
struct ApiReply;

// The running service: opens storage, wires the APIs into one request pipeline (CORS, routing,
// authentication, rate limits, logging, metrics, security headers) on a QHttpServer bound to a
// guarded listening socket, and shuts down gracefully.
class Server : public QObject {
    Q_OBJECT
public:
    explicit Server(ServerConfig config, QObject* parent = nullptr);
    ~Server() override;

    Status start();
    quint16 port() const;
    // Stops accepting, lets in-flight requests finish (bounded), then emits stopped().
    void shutdown();

signals:
    void stopped();

private:
    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void dispatch(const std::shared_ptr<ApiRequest>& request, const std::function<void(ApiReply)>& respond);
    QList<QPair<QByteArray, QByteArray>> commonHeaders(const ApiRequest& request) const;
    void logRequest(const ApiRequest& request, const ApiReply& reply) const;
    void advanceRestoreMark();
    // Removes expired tokens and share codes of deleted encounters; logs what it removed.
    void removeStaleRecords();

    ServerConfig m_config;
    std::unique_ptr<ServerContext> m_ctx;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<AccountApi> m_accounts;
    std::unique_ptr<ResourceApi> m_resources;
    std::unique_ptr<SyncApi> m_sync;
    std::unique_ptr<BillingApi> m_billing;
    std::unique_ptr<AdminApi> m_admin;
    std::unique_ptr<ReportsApi> m_reports;
    std::unique_ptr<OpsApi> m_ops;
    std::unique_ptr<ServicePages> m_pages;
    std::unique_ptr<PlayerPage> m_playerPage;
    std::unique_ptr<DeviceApi> m_devices;
    std::unique_ptr<DiscordRelay> m_discordRelay;
    std::unique_ptr<DiscordApi> m_discord;
    std::unique_ptr<ApiTokenApi> m_apiTokens;
    std::unique_ptr<ApiDocsPage> m_apiDocs;
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer* m_tcp = nullptr;
    WebSocketHub* m_hub = nullptr;
    // Moves the database's restore mark on while the service runs (storage/RestoreMark.h).
    std::unique_ptr<RestoreMark> m_restoreMark;
    QTimer* m_markTimer = nullptr;
    std::unique_ptr<ClusterBus> m_cluster;
    bool m_stopping = false;
};

// Reads DND_JWT_SECRET or the secret kept in the data directory, creating it on first start.
Result<QByteArray> loadOrCreateJwtSecret(const QString& dataDir);
// Loads creature templates (a JSON array of statblocks) into the system template table.
Result<int> importTemplates(class ServerDatabase& db, const QString& path);

} // namespace dnd::server
