#pragma once

#include "AccessTokens.h"
#include "ApiTypes.h"
#include "EntityRepository.h"
#include "Mailer.h"
#include "PasswordHasher.h"
#include "PlanCatalog.h"
#include "RateLimiter.h"
#include "ServerConfig.h"
#include "ServerDatabase.h"
#include "ServerMetrics.h"
#include "store/HybridLogicalClock.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace dnd::server {

class WebSocketHub;

// What the request handlers share: configuration, the database, crypto, mail, plans, limits and
// the WebSocket hub. Lives on the server thread; only PasswordHasher work leaves it.
class ServerContext : public QObject {
    Q_OBJECT
public:
    ServerContext(ServerConfig config, std::unique_ptr<ServerDatabase> db, PlanCatalog plans,
                  QObject* parent = nullptr);
    ~ServerContext() override;

    ServerConfig config;
    std::unique_ptr<ServerDatabase> db;
    PlanCatalog plans;
    PasswordHasher hasher;
    std::unique_ptr<AccessTokens> tokens;
    std::unique_ptr<Mailer> mailer;
    RateLimiter limiter;
    ServerMetrics metrics;
    HybridLogicalClock hlc;
    std::unique_ptr<EntityRepository> entities;
    QNetworkAccessManager network;
    QThreadPool hashPool;
    WebSocketHub* hub = nullptr;
    std::function<int()> openConnections;

    // Runs slow work (password hashing) on the hashing pool, then `then` back on this thread.
    // Counted, so a graceful shutdown waits for it.
    template <typename T> void offThread(std::function<T()> work, std::function<void(T)> then)
    {
        ++m_inFlight;
        QtConcurrent::run(&hashPool, [work = std::move(work)] {
            yieldToEventLoop();
            return work();
        }).then(this, [this, then = std::move(then)](T value) {
            --m_inFlight;
            then(std::move(value));
            emit workFinished();
        });
    }
    int inFlight() const { return m_inFlight; }

    // The account row as the API shows it, or nullopt.
    Result<std::optional<AuthUser>> loadUser(const QString& userId);
    const Plan& planFor(const QString& tier) const;
    // Access token + refresh token (new family when familyId is empty) and the user, as login,
    // register and refresh answer; browsers get the refresh token as a cookie instead.
    Result<ApiReply> tokenReply(const AuthUser& user, const QString& familyId, const ApiRequest& request,
                                int status);
    Result<QString> createOneTimeToken(const QString& userId, const QString& purpose, qint64 lifetimeSeconds);
    Status logAdminAction(const AuthUser& admin, const QString& targetUserId, const QString& action,
                          const QJsonObject& details, const ApiRequest& request);
    qint64 nowSeconds() const;

    // Lowers the calling pool thread's scheduling priority (once per thread), so the event loop
    // keeps answering while every hashing thread is busy.
    static void yieldToEventLoop();

signals:
    void workFinished();

private:
    int m_inFlight = 0;
};

} // namespace dnd::server
