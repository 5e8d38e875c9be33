#include "api/SyncApi.h"

#include "ApiErrorCodes.h"
#include "ServerLog.h"
#include "live/WebSocketHub.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace dnd::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dnd::server::SyncApi", text);
}

} // namespace

SyncApi::SyncApi(ServerContext& context) : m_ctx(context), m_sync(*context.db, context.hlc, *context.entities)
{}

void SyncApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("POST"), QStringLiteral("/api/v1/sync/push"), Access::User, RateClass::Standard,
               tr("Apply a device's queued changes"), QStringLiteral("sync"),
               [this](ApiRequest& r) { return push(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/sync/pull"), Access::User, RateClass::Standard,
               tr("What changed since a device's cookie"), QStringLiteral("sync"),
               [this](ApiRequest& r) { return pull(r); });
}

ApiReply SyncApi::push(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    Result<sync::PushRequest> decoded = sync::PushRequest::fromJson(body.value());
    if (!decoded)
        return ApiReply::fromError(decoded.error());
    // The business events go into the push's own transaction (the repository's joins this one).
    Result<SyncRepository::PushOutcome> outcome = Error{};
    const Status applied = m_ctx.db->transaction([&]() -> Status {
        outcome = m_sync.push(request.user->id, decoded.value(), m_ctx.planFor(request.user->tier));
        if (!outcome)
            return outcome.error();
        m_ctx.events->record(business::kSyncPush, request.user->id);
        m_ctx.events->record(business::kEncounterRun, request.user->id, outcome->combatsStarted);
        m_ctx.events->record(business::kCombatActions, request.user->id, outcome->combatActions);
        return Status::success();
    });
    if (!applied)
        return ApiReply::fromError(applied.error());
    if (outcome->changed)
        m_ctx.hub->accountChanged(request.user->id, outcome->response.version);
    // Devices measure their clock against this one and stamp their edits with the corrected time.
    outcome->response.serverTime = SystemClock::instance().nowMs();
    const QList<sync::Mutation>& mutations = decoded->mutations;
    log::event(lcServerSync, QtInfoMsg, "sync_applied", request.id,
               {{"mutations", int(mutations.size())},
                {"firstMutationId", mutations.isEmpty() ? qint64(0) : mutations.first().id},
                {"lastMutationId", outcome->response.lastMutationId},
                {"rejected", int(outcome->response.rejected.size())},
                {"version", outcome->response.version}});
    return ApiReply::ok(outcome->response.toJson());
}

ApiReply SyncApi::pull(ApiRequest& request)
{
    bool numeric = false;
    const qint64 cookie = request.query.queryItemValue(QStringLiteral("cookie")).toLongLong(&numeric);
    if (!numeric || cookie < 0)
        return ApiReply::error(api::kValidationError, tr("cookie must be a whole number from 0 on."));
    const QString protocol = request.query.queryItemValue(QStringLiteral("protocolVersion"));
    if (!protocol.isEmpty() && protocol != QString::number(sync::kProtocolVersion))
        return ApiReply::error(api::kSyncProtocolMismatch,
                               tr("The device speaks sync protocol %1; this service speaks %2.")
                                   .arg(protocol.left(16))
                                   .arg(sync::kProtocolVersion));
    const QString clientId = request.query.queryItemValue(QStringLiteral("clientId")).left(64);
    const bool skipOwnRows =
        request.query.queryItemValue(QStringLiteral("skipOwnRows")) == QLatin1String("1");
    Result<sync::PullResponse> pulled = m_sync.pull(request.user->id, clientId, cookie, skipOwnRows);
    if (!pulled)
        return ApiReply::fromError(pulled.error());
    m_ctx.events->record(business::kSyncPull, request.user->id);
    pulled->serverTime = SystemClock::instance().nowMs();
    log::event(lcServerSync, QtDebugMsg, "sync_pulled", request.id,
               {{"cookie", cookie},
                {"nextCookie", pulled->cookie},
                {"rows", int(pulled->rows.size())},
                {"skipOwnRows", skipOwnRows},
                {"reset", pulled->reset}});
    return ApiReply::ok(pulled->toJson());
}

} // namespace dnd::server
