#include "Server.h"

#include "ApiErrorCodes.h"
#include "ServerContext.h"
#include "ServerErrorCodes.h"
#include "ServerLog.h"
#include "api/AccountApi.h"
#include "api/AdminApi.h"
#include "api/ApiTokenApi.h"
#include "api/BillingApi.h"
#include "api/DeviceApi.h"
#include "api/DiscordApi.h"
#include "api/OpsApi.h"
#include "api/ReportsApi.h"
#include "api/ResourceApi.h"
#include "api/SyncApi.h"
#include "auth/ApiTokens.h"
#include "auth/SecureRandom.h"
#include "http/ApiEnvelope.h"
#include "http/GuardedTcpServer.h"
#include "http/Router.h"
#include "integrations/DiscordRelay.h"
#include "live/ClusterBus.h"
#include "live/WebSocketHub.h"
#include "model/Creature.h"
#include "storage/RestoreMark.h"
#include "storage/StaleRecords.h"
#include "web/ApiDocsPage.h"
#include "web/PlayerPage.h"
#include "web/ServicePages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Server", text);
}
QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}
constexpr int kShutdownGraceMs = 10'000;
constexpr int kMinJwtSecretBytes = 32;
// The file in the data directory that remembers the database's restore mark.
const QString kRestoreMarkFile = QStringLiteral("sync-restore-mark.json");
constexpr int kRestoreMarkIntervalMs = 60'000;
// A request's id in the log and the X-Request-Id header: 16 random hex digits, enough to tell the
// requests of a day apart.
QString newRequestId()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}
} // namespace

Server::Server(ServerConfig config, QObject* parent) : QObject(parent), m_config(std::move(config)) {}

Server::~Server()
{
    // The bus and the hub report to the context: they go first.
    m_cluster.reset();
    delete m_hub;
    m_hub = nullptr;
    if (m_ctx) {
        m_ctx->cluster = nullptr;
        m_ctx->hub = nullptr;
    }
    m_http.reset();
    m_pages.reset();
    m_discord.reset();
    m_discordRelay.reset();
    m_apiDocs.reset();
    m_apiTokens.reset();
    m_devices.reset();
    m_ops.reset();
    m_admin.reset();
    m_billing.reset();
    m_resources.reset();
    m_accounts.reset();
    m_router.reset();
    m_ctx.reset();
}

quint16 Server::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

Status Server::start()
{
    if (!QDir().mkpath(m_config.dataDir))
        return Error::make(errors::kConfig, tr("Cannot create the data directory %1.").arg(m_config.dataDir));
    // A short HS256 key can be guessed offline from any token the service issued.
    if (!m_config.jwtSecret.isEmpty() && m_config.jwtSecret.size() < kMinJwtSecretBytes)
        return Error::make(errors::kConfig, tr("DND_JWT_SECRET is %1 characters long; use at least %2 (e.g. "
                                               "`openssl rand -hex 32`), or unset it to have one generated.")
                                                .arg(m_config.jwtSecret.size())
                                                .arg(kMinJwtSecretBytes));
    if (m_config.jwtSecret.isEmpty()) {
        Result<QByteArray> secret = loadOrCreateJwtSecret(m_config.dataDir);
        if (!secret)
            return secret.error();
        m_config.jwtSecret = secret.value();
    }
    Result<PlanCatalog> plans = PlanCatalog::load(m_config.effectivePlansFile());
    if (!plans)
        return plans.error();
    Result<std::unique_ptr<ServerDatabase>> db =
        ServerDatabase::open(m_config.effectiveDatabaseUrl(), QStringLiteral("dnd-server-main"));
    if (!db)
        return db.error();
    if (Status claimed = db.value()->claimForService(); !claimed)
        return claimed;
    if (Status migrated = db.value()->migrate(); !migrated)
        return migrated;
    // A database restored without `admin reset-sync-epoch` gets a new epoch before any device
    // syncs with it (devices then send again what it lost).
    m_restoreMark = std::make_unique<RestoreMark>(QDir(m_config.dataDir).filePath(kRestoreMarkFile));
    if (Result<bool> restored = m_restoreMark->checkAtStart(*db.value()); !restored)
        return restored.error();
    if (!m_config.templatesFile.isEmpty()) {
        Result<std::optional<Row>> count =
            db.value()->one(QStringLiteral("SELECT COUNT(*) AS n FROM creature_templates"));
        if (count && count.value() && count.value()->value(QStringLiteral("n")).toLongLong() == 0) {
            Result<int> imported = importTemplates(*db.value(), m_config.templatesFile);
            if (!imported)
                return imported.error();
        }
    }
    m_ctx = std::make_unique<ServerContext>(m_config, std::move(db).value(), std::move(plans).value());
    removeStaleRecords();
    auto* cleanup = new QTimer(this);
    connect(cleanup, &QTimer::timeout, this, &Server::removeStaleRecords);
    cleanup->start(m_config.cleanupIntervalMs);
    m_hub = new WebSocketHub(*m_ctx, this);
    m_ctx->hub = m_hub;
    m_cluster = std::make_unique<ClusterBus>(*m_ctx);
    if (Status listening = m_cluster->start(m_config.effectiveDatabaseUrl()); !listening)
        return listening;
    if (m_cluster->active())
        m_ctx->cluster = m_cluster.get();

    m_router = std::make_unique<Router>();
    m_accounts = std::make_unique<AccountApi>(*m_ctx);
    m_resources = std::make_unique<ResourceApi>(*m_ctx);
    m_sync = std::make_unique<SyncApi>(*m_ctx);
    m_billing = std::make_unique<BillingApi>(*m_ctx);
    m_admin = std::make_unique<AdminApi>(*m_ctx);
    m_ops = std::make_unique<OpsApi>(*m_ctx, *m_router);
    m_ops->registerRoutes(*m_router);
    m_accounts->registerRoutes(*m_router);
    m_resources->registerRoutes(*m_router);
    m_sync->registerRoutes(*m_router);
    m_billing->registerRoutes(*m_router);
    m_admin->registerRoutes(*m_router);
    m_reports = std::make_unique<ReportsApi>(*m_ctx);
    m_reports->registerRoutes(*m_router);
    m_devices = std::make_unique<DeviceApi>(*m_ctx);
    m_devices->registerRoutes(*m_router);
    // Discord posts come from the writes this process commits, after their answers are written.
    m_discordRelay = std::make_unique<DiscordRelay>(*m_ctx);
    m_discord = std::make_unique<DiscordApi>(*m_ctx, *m_discordRelay);
    m_discord->registerRoutes(*m_router);
    connect(m_hub, &WebSocketHub::accountWritten, m_discordRelay.get(), &DiscordRelay::accountWritten,
            Qt::QueuedConnection);
    m_apiTokens = std::make_unique<ApiTokenApi>(*m_ctx);
    m_apiTokens->registerRoutes(*m_router);
    m_pages = std::make_unique<ServicePages>(*m_ctx, *m_router);
    m_pages->registerRoutes(*m_router);
    m_playerPage = std::make_unique<PlayerPage>(*m_ctx);
    m_playerPage->registerRoutes(*m_router);
    m_apiDocs = std::make_unique<ApiDocsPage>(*m_ctx, *m_router);
    m_apiDocs->registerRoutes(*m_router);

    m_http = std::make_unique<QHttpServer>();
    // The WebSocket path needs a route of its own, or Qt answers the upgrade with 404. For the
    // upgrade itself the handler must write nothing; a plain GET is told to upgrade.
    m_http->route(QStringLiteral("/api/v1/ws"), [](const QHttpServerRequest& request,
                                                   QHttpServerResponder&& responder) {
        if (request.value("upgrade").toLower() != "websocket")
            responder.write(envelope::failure(api::kUpgradeRequired, tr("Connect with a WebSocket.")),
                            "application/json", QHttpServerResponder::StatusCode::UpgradeRequired);
    });
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
    connect(m_http.get(), &QHttpServer::newWebSocketConnection, this, [this] {
        while (m_http->hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
            if (m_stopping)
                socket->close(QWebSocketProtocol::CloseCodeGoingAway);
            else
                m_hub->accept(std::move(socket));
        }
    });

    ConnectionLimits limits;
    limits.maxBodyBytes = m_config.maxBodyBytes;
    limits.maxHeaderBytes = m_config.maxHeaderBytes;
    limits.maxUrlBytes = m_config.maxUrlBytes;
    limits.idleTimeoutMs = m_config.idleTimeoutMs;
    limits.requestTimeoutMs = m_config.requestTimeoutMs;
    limits.maxConnections = m_config.maxConnections;
    // Behind the proxy every connection comes from the proxy's address; nginx caps per client there.
    limits.maxConnectionsPerAddress = m_config.trustProxy ? 0 : m_config.maxConnectionsPerAddress;
    limits.healthCheckConnections = m_config.healthCheckConnections;
    m_tcp = new GuardedTcpServer(limits, this);
    if (!m_tcp->listen(m_config.listenAddress, m_config.listenPort))
        return Error::make(errors::kConfig, tr("Cannot listen on %1:%2: %3")
                                                .arg(m_config.listenAddress.toString())
                                                .arg(m_config.listenPort)
                                                .arg(m_tcp->errorString()));
    m_http->bind(m_tcp);
    m_ctx->openConnections = [this] { return m_tcp ? m_tcp->openConnections() : 0; };
    // A backup taken while the service runs is told apart from the database that goes on after it.
    m_markTimer = new QTimer(this);
    m_markTimer->setInterval(kRestoreMarkIntervalMs);
    connect(m_markTimer, &QTimer::timeout, this, &Server::advanceRestoreMark);
    m_markTimer->start();
    return Status::success();
}

void Server::removeStaleRecords()
{
    Result<StaleRecordCounts> removed = server::removeStaleRecords(*m_ctx->db, m_ctx->nowSeconds());
    if (!removed) {
        // The database may be away for a moment; the next round tries again.
        log::event(lcServer, QtWarningMsg, "stale_records_failed", {}, {{"error", removed.error().message}});
        return;
    }
    if (removed->total() > 0)
        log::event(lcServer, QtInfoMsg, "stale_records_removed", {},
                   {{"refreshTokens", removed->refreshTokens},
                    {"oneTimeTokens", removed->oneTimeTokens},
                    {"shares", removed->shares},
                    {"businessEvents", removed->businessEvents}});
}

void Server::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_markTimer)
        m_markTimer->stop();
    advanceRestoreMark();
    if (m_tcp)
        m_tcp->close(); // no new connections
    if (m_hub)
        m_hub->closeAll();
    if (m_tcp)
        m_tcp->closeConnectionsWhenIdle();
    auto* poll = new QTimer(this);
    QDateTime deadline = QDateTime::currentDateTimeUtc().addMSecs(kShutdownGraceMs);
    connect(poll, &QTimer::timeout, this, [this, poll, deadline] {
        const bool busy = (m_ctx && m_ctx->inFlight() > 0) || (m_tcp && !m_tcp->allIdle());
        if (busy && QDateTime::currentDateTimeUtc() < deadline) {
            if (m_tcp)
                m_tcp->closeConnectionsWhenIdle();
            return;
        }
        poll->stop();
        emit stopped();
    });
    poll->start(20);
}

void Server::advanceRestoreMark()
{
    if (!m_ctx || !m_restoreMark)
        return;
    if (Status advanced = m_restoreMark->advance(*m_ctx->db); !advanced)
        qCWarning(lcServer) << "could not move the restore mark on:" << advanced.errorMessage();
}

QList<QPair<QByteArray, QByteArray>> Server::commonHeaders(const ApiRequest& request) const
{
    // Built once: the same for every answer.
    static const QList<QPair<QByteArray, QByteArray>> kSecurityHeaders{
        {"X-Content-Type-Options", "nosniff"},
        {"X-Frame-Options", "DENY"},
        {"Referrer-Policy", "no-referrer"},
        {"Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"},
        {"Cache-Control", "no-store"},
    };
    QList<QPair<QByteArray, QByteArray>> headers = kSecurityHeaders;
    const QByteArray origin = request.header("origin");
    if (!origin.isEmpty() && !m_config.corsOrigin.isEmpty() && origin == m_config.corsOrigin.toUtf8()) {
        headers.append(qMakePair(QByteArray("Access-Control-Allow-Origin"), origin));
        headers.append(qMakePair(QByteArray("Access-Control-Allow-Credentials"), QByteArray("true")));
        headers.append(qMakePair(QByteArray("Vary"), QByteArray("Origin")));
    }
    return headers;
}

void Server::logRequest(const ApiRequest& request, const ApiReply& reply) const
{
    // Path only: query strings can carry tokens (email verification links).
    if (m_config.logRequests)
        log::event(lcServerHttp, QtInfoMsg, "request", request.id,
                   {{"method", request.method},
                    {"path", request.path},
                    {"status", reply.status},
                    {"durationMs", double(request.timer.nsecsElapsed()) / 1e6},
                    request.user ? log::Field("userId", request.user->id) : log::Field("userId", nullptr),
                    {"ip", request.clientIp}});
    // The service's own failures, with what went wrong (never sent to the client).
    if (reply.status >= 500)
        log::event(lcServerHttp, QtCriticalMsg, "error", request.id,
                   {{"code", reply.errorCode}, {"detail", reply.logDetail}});
}

void Server::handle(const QHttpServerRequest& httpRequest, QHttpServerResponder&& responder)
{
    auto request = std::make_shared<ApiRequest>();
    request->timer.start();
    request->id = newRequestId();
    request->method = methodName(httpRequest.method());
    request->path = httpRequest.url().path();
    request->query = httpRequest.query();
    request->body = httpRequest.body();
    for (const auto& [name, value] : httpRequest.headers())
        request->headers.insert(name.toLower(), value);
    QHostAddress address = httpRequest.remoteAddress();
    if (m_config.trustProxy && !request->header("x-forwarded-for").isEmpty())
        request->clientIp =
            QString::fromLatin1(request->header("x-forwarded-for").split(',').first().trimmed());
    else
        request->clientIp = address.toString().remove(QStringLiteral("::ffff:"));

    // The responder keeps a raw socket pointer: check the socket still lives before writing, since
    // slow work may finish after the client went away.
    QPointer<QTcpSocket> socket = responder.socket();
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto done = std::make_shared<bool>(false);
    auto respond = [this, held, socket, request, done](ApiReply reply) {
        if (*done)
            return;
        *done = true;
        m_ctx->metrics.recordRequest(request->method, reply.status,
                                     double(request->timer.nsecsElapsed()) / 1e9);
        logRequest(*request, reply);
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        held->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        held->writeHeader("Content-Type", reply.contentType);
        held->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        // A header the reply sets itself (a page's own Content-Security-Policy) replaces the common one.
        for (const auto& common : commonHeaders(*request)) {
            // A named pair, not a structured binding: clang 14 (the sanitizer builds) cannot capture one.
            const bool replaced =
                std::any_of(reply.headers.cbegin(), reply.headers.cend(),
                            [&common](const auto& own) { return own.first == common.first; });
            if (!replaced)
                held->writeHeader(common.first, common.second);
        }
        for (const auto& [name, value] : reply.headers)
            held->writeHeader(name, value);
        held->writeHeader("X-Request-Id", request->id.toLatin1());
        held->writeBody(reply.body);
    };
    dispatch(request, respond);
}

void Server::dispatch(const std::shared_ptr<ApiRequest>& request,
                      const std::function<void(ApiReply)>& respond)
{
    ApiRequest& r = *request;
    if (m_stopping)
        return respond(ApiReply::error(api::kUnavailable, tr("The server is shutting down.")));
    const Router::Match match = m_router->match(r.method, r.path);
    if (r.method == QStringLiteral("OPTIONS")) {
        const QByteArray origin = r.header("origin");
        if (origin.isEmpty() || m_config.corsOrigin.isEmpty() || origin != m_config.corsOrigin.toUtf8())
            return respond(ApiReply::error(api::kForbidden, tr("This origin may not call the API.")));
        if (!match.pathKnown && !match.route)
            return respond(ApiReply::error(api::kNotFound, tr("No such endpoint.")));
        ApiReply reply = ApiReply::raw(204, {}, "text/plain");
        reply.withHeader("Access-Control-Allow-Methods",
                         match.allowedMethods.join(QStringLiteral(", ")).toUtf8());
        reply.withHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        reply.withHeader("Access-Control-Max-Age", "600");
        return respond(reply);
    }
    // Refusals cost the anonymous budget too, so probing for endpoints or tokens is limited.
    const auto refusedTooOften = [&] {
        const int wait =
            m_ctx->limiter.acquire(QStringLiteral("ip:") + r.clientIp, m_config.rateLimitAnonymous,
                                   QDateTime::currentMSecsSinceEpoch());
        if (wait > 0)
            respond(ApiReply::error(api::kRateLimited, tr("Too many requests; retry in %1 s.").arg(wait))
                        .withHeader("Retry-After", QByteArray::number(wait)));
        return wait > 0;
    };
    if (!match.route) {
        if (refusedTooOften())
            return;
        if (match.pathKnown)
            return respond(
                ApiReply::error(api::kMethodNotAllowed, tr("This endpoint does not take %1.").arg(r.method))
                    .withHeader("Allow", match.allowedMethods.join(QStringLiteral(", ")).toUtf8()));
        return respond(ApiReply::error(api::kNotFound, tr("No such endpoint.")));
    }
    const Route& route = *match.route;
    r.params = match.params;
    if (route.access != Access::Public) {
        m_ctx->dropStaleCaches();
        const QByteArray authorization = r.header("authorization");
        if (!authorization.startsWith("Bearer ")) {
            if (refusedTooOften())
                return;
            return respond(ApiReply::error(api::kUnauthorized,
                                           tr("Sign in: send Authorization: Bearer <access token>.")));
        }
        Result<AuthUser> user = m_ctx->authenticate(authorization.mid(7).trimmed());
        if (!user) {
            if (user.error().code != api::kUnauthorized)
                return respond(ApiReply::internal(user.error()));
            if (refusedTooOften())
                return;
            return respond(ApiReply::fromError(user.error()));
        }
        r.user = user.value();
        m_ctx->events->recordActive(r.user->id);
        if (route.access == Access::Admin && !r.user->isAdmin())
            return respond(ApiReply::error(api::kForbidden, tr("This needs an administrator.")));
    }
    if (route.rate != RateClass::Unlimited) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int wait = 0;
        if (route.rate == RateClass::Credentials)
            wait = m_ctx->chargeCredentialAttempt(r);
        else if (r.user)
            wait = m_ctx->limiter.acquire(QStringLiteral("user:") + r.user->id, m_config.rateLimitUser, now);
        else
            wait =
                m_ctx->limiter.acquire(QStringLiteral("ip:") + r.clientIp, m_config.rateLimitAnonymous, now);
        if (wait > 0)
            return respond(
                ApiReply::error(api::kRateLimited, tr("Too many requests; retry in %1 s.").arg(wait))
                    .withHeader("Retry-After", QByteArray::number(wait)));
    }
    // Scopes after the rate limit: a script that keeps knocking on what its token cannot reach pays.
    if (r.user && r.user->apiToken) {
        if (std::optional<ApiReply> refused = apitokens::refusal(route, *r.user->apiToken))
            return respond(*refused);
    }
    route.handler(r, respond);
}

Result<QByteArray> loadOrCreateJwtSecret(const QString& dataDir)
{
    QFile file(QDir(dataDir).filePath(QStringLiteral("jwt-secret")));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(errors::kConfig, tr("Cannot read %1.").arg(file.fileName()));
        const QByteArray secret = file.readAll().trimmed();
        if (secret.size() < kMinJwtSecretBytes)
            return Error::make(errors::kConfig,
                               tr("The JWT secret in %1 is too short.").arg(file.fileName()));
        return secret;
    }
    const QByteArray secret = secure::randomBytes(32).toHex();
    if (!file.open(QIODevice::WriteOnly) || file.write(secret) != secret.size())
        return Error::make(errors::kConfig, tr("Cannot write %1.").arg(file.fileName()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return secret;
}

Result<int> importTemplates(ServerDatabase& db, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(errors::kConfig, tr("Cannot read the templates file %1.").arg(path));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isArray())
        return Error::make(errors::kConfig, tr("The templates file must hold a JSON array of statblocks."));
    int imported = 0;
    Status status = db.transaction([&]() -> Status {
        const QJsonArray array = document.array();
        for (int i = 0; i < array.size(); ++i) {
            Creature creature = Creature::fromJson(array.at(i).toObject());
            if (creature.id.isEmpty())
                creature.id = secure::newId();
            creature.isTemplate = true;
            if (const ValidationErrors errors = creature.validate(); !errors.isEmpty())
                return Error::make(api::kValidationError,
                                   tr("Template %1 (%2): %3").arg(i).arg(creature.name, errors.summary()));
            Result<int> stored =
                db.run(QStringLiteral("INSERT INTO creature_templates (id, name, doc) VALUES (?, ?, ?) ON "
                                      "CONFLICT (id) DO UPDATE "
                                      "SET name = excluded.name, doc = excluded.doc"),
                       {creature.id, creature.name,
                        QString::fromUtf8(QJsonDocument(creature.toJson()).toJson(QJsonDocument::Compact))});
            if (!stored)
                return stored.error();
            ++imported;
        }
        return Status::success();
    });
    if (!status)
        return status.error();
    return imported;
}

} // namespace dnd::server
