#include "api/ApiTokenApi.h"

#include "ApiErrorCodes.h"
#include "auth/ApiTokens.h"
#include "live/WebSocketHub.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ApiTokenApi", text);
}
const QString kCollection = QStringLiteral("/api/v1/users/me/api-tokens");
} // namespace

void ApiTokenApi::registerRoutes(Router& router)
{
    const QString tag = QStringLiteral("api-tokens");
    router
        .add(QStringLiteral("GET"), kCollection, Access::User, RateClass::Standard,
             QStringLiteral("The user's API tokens: name, scopes, prefix, created, last used, expiry"), tag,
             [this](ApiRequest& r) { return list(r); })
        .tokenScope = TokenScope::SessionOnly;
    router
        .add(QStringLiteral("POST"), kCollection, Access::User, RateClass::Standard,
             QStringLiteral("Create an API token (name, scopes, expiresAt); the token is answered once"), tag,
             [this](ApiRequest& r) { return create(r); })
        .tokenScope = TokenScope::SessionOnly;
    router
        .add(QStringLiteral("DELETE"), kCollection + QStringLiteral("/:id"), Access::User,
             RateClass::Standard, QStringLiteral("Revoke an API token at once (also its open WebSockets)"),
             tag, [this](ApiRequest& r) { return revoke(r); })
        .tokenScope = TokenScope::SessionOnly;
}

ApiReply ApiTokenApi::create(ApiRequest& request)
{
    Result<QJsonObject> body = request.jsonObject();
    if (!body)
        return ApiReply::fromError(body.error());
    Result<apitokens::Created> created =
        apitokens::create(*m_ctx.db, request.user->id, body.value(), m_ctx.nowSeconds());
    if (!created)
        return ApiReply::fromError(created.error());
    return ApiReply::ok(created->item, 201);
}

ApiReply ApiTokenApi::list(ApiRequest& request)
{
    Result<QJsonArray> items = apitokens::list(*m_ctx.db, request.user->id);
    if (!items)
        return ApiReply::internal(items.error());
    // At most kMaxPerAccount, so one page holds them all; the shape is every list's.
    PageRequest page;
    page.limit = apitokens::kMaxPerAccount;
    return ApiReply::ok(paginated(items.value(), page, items->size()));
}

ApiReply ApiTokenApi::revoke(ApiRequest& request)
{
    const QString tokenId = request.param(0);
    Result<bool> revoked = apitokens::revoke(*m_ctx.db, request.user->id, tokenId);
    if (!revoked)
        return ApiReply::internal(revoked.error());
    if (!revoked.value())
        return ApiReply::error(api::kNotFound, tr("No such API token on this account."));
    m_ctx.hub->revokeApiToken(tokenId);
    return ApiReply::ok(QJsonObject{{QStringLiteral("id"), tokenId}, {QStringLiteral("revoked"), true}});
}

} // namespace dnd::server
