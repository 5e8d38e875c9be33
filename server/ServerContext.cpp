#include "ServerContext.h"

#include "ApiErrorCodes.h"
#include "auth/ApiTokens.h"
#include "auth/SecureRandom.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QThread>
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace dnd::server {

namespace {
constexpr qint64 kRefreshLifetimeSeconds = 7 * 24 * 3600;
}

ServerContext::ServerContext(ServerConfig cfg, std::unique_ptr<ServerDatabase> database, PlanCatalog catalog,
                             QObject* parent)
    : QObject(parent), config(std::move(cfg)), db(std::move(database)), plans(std::move(catalog)),
      hasher(config.scryptLogN), tokens(std::make_unique<AccessTokens>(config.jwtSecret)),
      mailer(std::make_unique<Mailer>(config.effectiveMailDir(), config.smtpUrl,
                                      QStringLiteral("no-reply@dnd-tracker.local"))),
      loginFailures(*db), hlc(SystemClock::instance(), QStringLiteral("server")),
      entities(std::make_unique<EntityRepository>(*db, hlc)),
      events(std::make_unique<BusinessEvents>(*db, plans)), lists(qsizetype(config.listCacheKib) * 1024)
{
    m_cacheUsers = db->dialect() == ServerDatabase::Dialect::Sqlite;
    int threads = config.hashThreads;
    if (threads <= 0)
        threads = qMax(1, QThread::idealThreadCount() - 1); // keep a core for the event loop
    hashPool.setMaxThreadCount(threads);
}

ServerContext::~ServerContext()
{
    hashPool.waitForDone();
}

void ServerContext::yieldToEventLoop()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // On Linux a nice value set for a thread id applies to that thread alone.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#else
    // Elsewhere the nearest per-thread equivalent is Qt's thread priority.
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

std::optional<ApiReply> ServerContext::refuseWhenHashingFull() const
{
    if (m_inFlight < config.hashQueue)
        return std::nullopt;
    // About one hash per thread finishes each second at the production cost.
    const int waitSeconds = qMax(1, m_inFlight / qMax(1, hashPool.maxThreadCount()));
    return ApiReply::error(api::kUnavailable, tr("The service is busy; try again in a moment."))
        .withHeader("Retry-After", QByteArray::number(waitSeconds));
}

qint64 ServerContext::nowSeconds() const
{
    return QDateTime::currentSecsSinceEpoch();
}

void ServerContext::dropStaleCaches()
{
    const std::optional<bool> changed = db->changedElsewhere();
    if (changed && !*changed)
        return;
    // Written elsewhere (or cannot tell): the users table or the templates may have changed.
    m_users.clear();
    if (changed)
        lists.clear(); // SQLite: entities may have changed as well
}

Result<std::optional<AuthUser>> ServerContext::loadUser(const QString& userId)
{
    if (m_cacheUsers) {
        if (const AuthUser* known = m_users.object(userId))
            return std::optional<AuthUser>(*known);
    }
    Result<std::optional<Row>> row = db->one(
        QStringLiteral(
            "SELECT id, email, username, tier, role, email_verified, disabled, session_generation FROM users "
            "WHERE id = ?"),
        {userId});
    if (!row)
        return row.error();
    if (!row.value() || row.value()->value(QStringLiteral("disabled")).toInt() != 0)
        return std::optional<AuthUser>();
    const Row& r = *row.value();
    AuthUser user;
    user.id = r.value(QStringLiteral("id")).toString();
    user.email = r.value(QStringLiteral("email")).toString();
    user.username = r.value(QStringLiteral("username")).toString();
    user.tier = r.value(QStringLiteral("tier")).toString();
    user.role = r.value(QStringLiteral("role")).toString();
    user.emailVerified = r.value(QStringLiteral("email_verified")).toInt() != 0;
    user.sessionGeneration = r.value(QStringLiteral("session_generation")).toLongLong();
    if (m_cacheUsers)
        m_users.insert(userId, new AuthUser(user));
    return std::optional<AuthUser>(user);
}

Result<AuthUser> ServerContext::authenticate(const QByteArray& accessToken)
{
    if (apitokens::looksLikeApiToken(accessToken))
        return authenticateApiToken(accessToken);
    Result<AccessClaims> claims = tokens->verify(accessToken, nowSeconds());
    if (!claims)
        return claims.error();
    Result<std::optional<AuthUser>> user = loadUser(claims.value().userId);
    if (!user)
        return user.error();
    if (!user.value())
        return Error::make(api::kUnauthorized, tr("The account no longer exists or is disabled."));
    if (user.value()->sessionGeneration != claims.value().sessionGeneration)
        return Error::make(api::kUnauthorized, tr("This session has ended; sign in again."));
    return *user.value();
}

Result<AuthUser> ServerContext::authenticateApiToken(const QByteArray& apiToken)
{
    // Read from the database on every request: a revocation through any process applies at once.
    Result<std::optional<apitokens::Presented>> presented = apitokens::find(*db, apiToken, nowSeconds());
    if (!presented)
        return presented.error();
    if (!presented.value())
        return Error::make(api::kUnauthorized, tr("This API token is unknown, revoked or expired."));
    Result<std::optional<AuthUser>> user = loadUser(presented.value()->userId);
    if (!user)
        return user.error();
    if (!user.value())
        return Error::make(api::kUnauthorized, tr("The account no longer exists or is disabled."));
    AuthUser caller = *user.value();
    caller.apiToken = presented.value()->grant;
    return caller;
}

const Plan& ServerContext::planFor(const QString& tier) const
{
    const Plan* plan = plans.find(tier);
    return plan ? *plan : *plans.find(QStringLiteral("free"));
}

Result<ApiReply> ServerContext::tokenReply(const AuthUser& user, const QString& familyId,
                                           const ApiRequest& request, int status)
{
    const qint64 now = nowSeconds();
    AccessClaims claims;
    claims.userId = user.id;
    claims.email = user.email;
    claims.tier = user.tier;
    claims.role = user.role;
    claims.sessionGeneration = user.sessionGeneration;
    Result<QString> access = tokens->issue(claims, now);
    if (!access)
        return access.error();
    const QString refresh = secure::randomToken();
    const QString family = familyId.isEmpty() ? secure::newId() : familyId;
    Result<int> stored =
        db->run(QStringLiteral("INSERT INTO refresh_tokens (token_hash, user_id, family_id, expires_at, "
                               "created_at) VALUES (?, ?, ?, ?, ?)"),
                {secure::sha256Hex(refresh.toUtf8()), user.id, family, now + kRefreshLifetimeSeconds, now});
    if (!stored)
        return stored.error();
    QJsonObject data{
        {QStringLiteral("accessToken"), access.value()},
        {QStringLiteral("expiresIn"), AccessTokens::kLifetimeSeconds},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user.id},
                                             {QStringLiteral("email"), user.email},
                                             {QStringLiteral("username"), user.username},
                                             {QStringLiteral("tier"), user.tier},
                                             {QStringLiteral("role"), user.role},
                                             {QStringLiteral("isEmailVerified"), user.emailVerified}}}};
    // Browsers send Origin; they get the refresh token where scripts cannot read it.
    const bool browser = !request.header("origin").isEmpty();
    ApiReply reply;
    if (browser) {
        reply = ApiReply::ok(data, status);
        reply.withHeader("Set-Cookie", "refreshToken=" + refresh.toUtf8() + "; Path=/api/v1/auth; Max-Age=" +
                                           QByteArray::number(kRefreshLifetimeSeconds) +
                                           "; HttpOnly; Secure; SameSite=Strict");
    } else {
        data.insert(QStringLiteral("refreshToken"), refresh);
        reply = ApiReply::ok(data, status);
    }
    return reply;
}

int ServerContext::chargeCredentialAttempt(const ApiRequest& request)
{
    return limiter.acquire(QStringLiteral("auth-ip:") + request.clientIp, config.rateLimitAuthPerIp,
                           QDateTime::currentMSecsSinceEpoch());
}

Result<QString> ServerContext::createOneTimeToken(const QString& userId, const QString& purpose,
                                                  const QString& email, qint64 lifetimeSeconds)
{
    const QString token = secure::randomToken();
    Result<int> stored = db->run(
        QStringLiteral("INSERT INTO one_time_tokens (token_hash, user_id, purpose, email, expires_at) VALUES "
                       "(?, ?, ?, ?, ?)"),
        {secure::sha256Hex(token.toUtf8()), userId, purpose, email, nowSeconds() + lifetimeSeconds});
    if (!stored)
        return stored.error();
    return token;
}

Status ServerContext::logAdminAction(const AuthUser& admin, const QString& targetUserId,
                                     const QString& action, const QJsonObject& details,
                                     const ApiRequest& request)
{
    // The log lists newest first by this stamp: it never repeats or goes back, even within a millisecond.
    m_lastAdminActionMs = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastAdminActionMs + 1);
    Result<int> logged = db->run(
        QStringLiteral(
            "INSERT INTO admin_actions (id, admin_user_id, target_user_id, action, details, ip_address, "
            "user_agent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {secure::newId(), admin.id, targetUserId.isEmpty() ? QVariant() : QVariant(targetUserId), action,
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), request.clientIp,
         QString::fromUtf8(request.header("user-agent").left(512)),
         QDateTime::fromMSecsSinceEpoch(m_lastAdminActionMs, Qt::UTC).toString(Qt::ISODateWithMs)});
    if (!logged)
        return logged.error();
    return Status::success();
}

} // namespace dnd::server
