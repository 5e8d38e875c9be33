#pragma once

#include "ServerConfig.h"
#include "ServerMetrics.h"
#include "auth/AccessTokens.h"
#include "auth/Mailer.h"
#include "auth/OpenSslThreadState.h"
#include "auth/PasswordHasher.h"
#include "billing/PlanCatalog.h"
#include "http/ApiTypes.h"
#include "http/RateLimiter.h"
#include "storage/BusinessEvents.h"
#include "storage/EntityRepository.h"
#include "storage/ListCache.h"
#include "storage/ServerDatabase.h"
#include "storage/SharedRateLimiter.h"
#include "store/HybridLogicalClock.h"

#include <QCache>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace dnd::server {

class ClusterBus;
class WebSocketHub;

// What the request handlers share: configuration, the database, crypto, mail, plans, limits, the
// in-memory caches and the WebSocket hub. Lives on the server thread; only PasswordHasher work
// leaves it. On SQLite this process is the only writer of the database; on PostgreSQL several
// processes may be, and what they cache is kept current as described in docs/SERVER.md, "Caching".
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
    // Failed sign-ins per address and per (address, email), counted in the database so the budget
    // holds across every service process on it.
    SharedRateLimiter loginFailures;
    ServerMetrics metrics;
    HybridLogicalClock hlc;
    std::unique_ptr<EntityRepository> entities;
    // The events the administrators' business reports are computed from.
    std::unique_ptr<BusinessEvents> events;
    ListCache lists;
    QNetworkAccessManager network;
    QThreadPool hashPool;
    WebSocketHub* hub = nullptr;
    // Tells the other service processes on a PostgreSQL database what this one changed; null
    // where there are none (SQLite).
    ClusterBus* cluster = nullptr;
    std::function<int()> openConnections;

    // Runs slow work (password hashing) on the hashing pool, then `then` back on this thread.
    // Counted, so a graceful shutdown waits for it.
    template <typename T> void offThread(std::function<T()> work, std::function<void(T)> then)
    {
        ++m_inFlight;
        QtConcurrent::run(&hashPool, [work = std::move(work)] {
            yieldToEventLoop();
            T result = work(); // hashing, with OpenSSL
            releaseOpenSslThreadState();
            return result;
        }).then(this, [this, then = std::move(then)](T value) {
            --m_inFlight;
            then(std::move(value));
            emit workFinished();
        });
    }
    int inFlight() const { return m_inFlight; }
    // 503 UNAVAILABLE with Retry-After while --hash-queue hashes are running or waiting: slow work
    // never piles up without bound. Endpoints that hash ask before they start.
    std::optional<ApiReply> refuseWhenHashingFull() const;

    // The account row as the API shows it, or nullopt (no such account, or disabled). Served from
    // memory where it can be kept correct (see forgetUser and dropStaleCaches).
    Result<std::optional<AuthUser>> loadUser(const QString& userId);
    // Every write of a users row calls this (or forgetAllUsers when it does not know whose), so
    // the next request sees the new tier, role, profile, disabled flag or deletion.
    void forgetUser(const QString& userId) { m_users.remove(userId); }
    void forgetAllUsers() { m_users.clear(); }
    // Drops cached rows and answers when another connection (an administration command) wrote
    // to the database since the last check. Called before a request reads any cache.
    void dropStaleCaches();
    qsizetype cachedUsers() const { return m_users.size(); }
    // The caller an access token names, if the token is valid, the account exists and is enabled,
    // and the token belongs to the account's current session generation; else UNAUTHORIZED (or
    // INTERNAL when the database could not be read).
    // A personal API token (`dnd_pat_...`) names its caller the same way, with the token's grant.
    Result<AuthUser> authenticate(const QByteArray& accessToken);
    const Plan& planFor(const QString& tier) const;
    // Access token + refresh token (new family when familyId is empty) and the user, as login,
    // register and refresh answer; browsers get the refresh token as a cookie instead.
    Result<ApiReply> tokenReply(const AuthUser& user, const QString& familyId, const ApiRequest& request,
                                int status);
    // A single-use token (verify, reset) for the account, bound to the address it is mailed to.
    Result<QString> createOneTimeToken(const QString& userId, const QString& purpose, const QString& email,
                                       qint64 lifetimeSeconds);
    // Charges one attempt to the caller's per-address credentials budget (register, login, anything
    // that hashes a password); the seconds to wait when it is spent, else 0.
    int chargeCredentialAttempt(const ApiRequest& request);
    Status logAdminAction(const AuthUser& admin, const QString& targetUserId, const QString& action,
                          const QJsonObject& details, const ApiRequest& request);
    qint64 nowSeconds() const;

    // Lowers the calling pool thread's scheduling priority (once per thread), so the event loop
    // keeps answering while every hashing thread is busy.
    static void yieldToEventLoop();

signals:
    void workFinished();

private:
    Result<AuthUser> authenticateApiToken(const QByteArray& apiToken);
    // The newest admin-log stamp written, so two actions in one millisecond still list in order.
    qint64 m_lastAdminActionMs = 0;
    int m_inFlight = 0;
    // Only where outside writes can be noticed cheaply (SQLite); PostgreSQL reads the row each time.
    bool m_cacheUsers = false;
    QCache<QString, AuthUser> m_users{10'000};
};

} // namespace dnd::server
