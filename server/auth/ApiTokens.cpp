#include "auth/ApiTokens.h"

#include "ApiErrorCodes.h"
#include "auth/SecureRandom.h"
#include "storage/ServerDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace dnd::server::apitokens {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ApiTokens", text);
}
// A use is written down only when the stored one is older than this.
constexpr qint64 kLastUsedResolutionSeconds = 60;

QJsonValue timeOrNull(const QVariant& secondsSinceEpoch)
{
    if (secondsSinceEpoch.isNull())
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch.toLongLong(), Qt::UTC).toString(Qt::ISODate);
}

QJsonObject itemFromRow(const Row& row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.value(QStringLiteral("id")).toString()},
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("scopes"),
         QJsonArray::fromStringList(
             row.value(QStringLiteral("scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))},
        {QStringLiteral("prefix"), row.value(QStringLiteral("prefix")).toString()},
        {QStringLiteral("createdAt"), timeOrNull(row.value(QStringLiteral("created_at")))},
        {QStringLiteral("lastUsedAt"), timeOrNull(row.value(QStringLiteral("last_used_at")))},
        {QStringLiteral("expiresAt"), timeOrNull(row.value(QStringLiteral("expires_at")))}};
}

// The scopes of a create, deduplicated in the shown order; an error text when they are not right.
QStringList requestedScopes(const QJsonValue& value, QString* problem)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        *problem = tr("give at least one of read, write, live");
        return {};
    }
    QStringList asked;
    for (const QJsonValue& scope : value.toArray()) {
        if (!grantableScopes().contains(scope.toString())) {
            *problem = tr("unknown scope; use read, write or live");
            return {};
        }
        asked.append(scope.toString());
    }
    QStringList ordered;
    for (const QString& scope : grantableScopes()) {
        if (asked.contains(scope))
            ordered.append(scope);
    }
    return ordered;
}

// The expiry of a create: absent or null = never; else an ISO-8601 time in the future.
std::optional<qint64> requestedExpiry(const QJsonValue& value, qint64 nowSeconds, QString* problem)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !at.isValid()) {
        *problem = tr("must be an ISO-8601 time such as 2027-01-31T00:00:00Z, or null for never");
        return std::nullopt;
    }
    if (at.toSecsSinceEpoch() <= nowSeconds) {
        *problem = tr("must be in the future");
        return std::nullopt;
    }
    return at.toSecsSinceEpoch();
}
} // namespace

QString scopeName(TokenScope scope)
{
    switch (scope) {
    case TokenScope::Read:
        return QStringLiteral("read");
    case TokenScope::Write:
        return QStringLiteral("write");
    case TokenScope::Live:
        return QStringLiteral("live");
    case TokenScope::SessionOnly:
        return QStringLiteral("session");
    }
    return {};
}

const QStringList& grantableScopes()
{
    static const QStringList scopes{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("live")};
    return scopes;
}

bool looksLikeApiToken(const QByteArray& bearer)
{
    return bearer.startsWith(kPrefix);
}

Result<Created> create(ServerDatabase& db, const QString& userId, const QJsonObject& body, qint64 nowSeconds)
{
    QVariantMap problems;
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty() || name.size() > kMaxNameLength)
        problems.insert(QStringLiteral("name"), tr("1 to %1 characters").arg(kMaxNameLength));
    QString scopeProblem;
    const QStringList scopes = requestedScopes(body.value(QStringLiteral("scopes")), &scopeProblem);
    if (!scopeProblem.isEmpty())
        problems.insert(QStringLiteral("scopes"), scopeProblem);
    QString expiryProblem;
    const std::optional<qint64> expiresAt =
        requestedExpiry(body.value(QStringLiteral("expiresAt")), nowSeconds, &expiryProblem);
    if (!expiryProblem.isEmpty())
        problems.insert(QStringLiteral("expiresAt"), expiryProblem);
    if (!problems.isEmpty())
        return Error::make(api::kValidationError, tr("The API token cannot be created as asked."), problems);

    Result<std::optional<Row>> held =
        db.one(QStringLiteral("SELECT COUNT(*) AS n FROM api_tokens WHERE user_id = ?"), {userId});
    if (!held)
        return held.error();
    const qint64 used = held.value() ? held.value()->value(QStringLiteral("n")).toLongLong() : 0;
    if (used >= kMaxPerAccount)
        return Error::make(
            api::kLimitExceeded,
            tr("An account holds at most %1 API tokens; revoke one you no longer use.").arg(kMaxPerAccount),
            {{QStringLiteral("resource"), QStringLiteral("apiTokens")},
             {QStringLiteral("limit"), kMaxPerAccount},
             {QStringLiteral("used"), used}});

    const QString token = QLatin1String(kPrefix) + secure::randomToken();
    Row row{{QStringLiteral("id"), secure::newId()},
            {QStringLiteral("name"), name},
            {QStringLiteral("scopes"), scopes.join(QLatin1Char(' '))},
            {QStringLiteral("prefix"), token.left(kShownCharacters)},
            {QStringLiteral("created_at"), nowSeconds},
            {QStringLiteral("expires_at"), expiresAt ? QVariant(*expiresAt) : QVariant()},
            {QStringLiteral("last_used_at"), QVariant()}};
    Result<int> stored = db.run(
        QStringLiteral("INSERT INTO api_tokens (id, user_id, token_hash, prefix, name, scopes, created_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {row.value(QStringLiteral("id")), userId, secure::sha256Hex(token.toUtf8()),
         row.value(QStringLiteral("prefix")), name, row.value(QStringLiteral("scopes")), nowSeconds,
         row.value(QStringLiteral("expires_at"))});
    if (!stored)
        return stored.error();
    QJsonObject item = itemFromRow(row);
    item.insert(QStringLiteral("token"), token);
    return Created{item};
}

Result<QJsonArray> list(ServerDatabase& db, const QString& userId)
{
    Result<QList<Row>> rows =
        db.all(QStringLiteral("SELECT id, name, scopes, prefix, created_at, last_used_at, expires_at FROM "
                              "api_tokens WHERE user_id = ? ORDER BY created_at, id"),
               {userId});
    if (!rows)
        return rows.error();
    QJsonArray items;
    for (const Row& row : rows.value())
        items.append(itemFromRow(row));
    return items;
}

Result<bool> revoke(ServerDatabase& db, const QString& userId, const QString& tokenId)
{
    // Scoped to the owner: another account's token id is not found and stays.
    Result<int> deleted =
        db.run(QStringLiteral("DELETE FROM api_tokens WHERE id = ? AND user_id = ?"), {tokenId, userId});
    if (!deleted)
        return deleted.error();
    return deleted.value() == 1;
}

Result<std::optional<Presented>> find(ServerDatabase& db, const QByteArray& token, qint64 nowSeconds)
{
    Result<std::optional<Row>> row =
        db.one(QStringLiteral("SELECT id, user_id, scopes, expires_at, last_used_at FROM api_tokens WHERE "
                              "token_hash = ?"),
               {secure::sha256Hex(token)});
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Presented>();
    const Row& r = *row.value();
    const QVariant expiresAt = r.value(QStringLiteral("expires_at"));
    if (!expiresAt.isNull() && expiresAt.toLongLong() <= nowSeconds)
        return std::optional<Presented>();
    Presented presented;
    presented.userId = r.value(QStringLiteral("user_id")).toString();
    presented.grant.id = r.value(QStringLiteral("id")).toString();
    presented.grant.scopes =
        r.value(QStringLiteral("scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    presented.grant.expiresAt = expiresAt.isNull() ? 0 : expiresAt.toLongLong();
    const QVariant lastUsed = r.value(QStringLiteral("last_used_at"));
    if (lastUsed.isNull() || lastUsed.toLongLong() + kLastUsedResolutionSeconds <= nowSeconds) {
        Result<int> noted = db.run(QStringLiteral("UPDATE api_tokens SET last_used_at = ? WHERE id = ?"),
                                   {nowSeconds, presented.grant.id});
        if (!noted)
            return noted.error();
    }
    return std::optional<Presented>(presented);
}

Result<bool> exists(ServerDatabase& db, const QString& tokenId)
{
    Result<std::optional<Row>> row =
        db.one(QStringLiteral("SELECT id FROM api_tokens WHERE id = ?"), {tokenId});
    if (!row)
        return row.error();
    return row.value().has_value();
}

std::optional<ApiReply> refusal(const Route& route, const ApiTokenGrant& grant)
{
    const TokenScope needed = route.requiredTokenScope();
    if (needed == TokenScope::SessionOnly)
        return ApiReply::error(
            api::kSessionRequired,
            tr("An API token cannot use this endpoint: account settings, devices, billing, "
               "API tokens and administration need a signed-in session."));
    const QString scope = scopeName(needed);
    if (grant.scopes.contains(scope))
        return std::nullopt;
    return ApiReply::error(
               api::kInsufficientScope,
               tr("This API token lacks the %1 scope this endpoint needs.").arg(scope),
               {{QStringLiteral("requiredScope"), scope}, {QStringLiteral("grantedScopes"), grant.scopes}})
        .withHeader("WWW-Authenticate",
                    "Bearer error=\"insufficient_scope\", scope=\"" + scope.toLatin1() + '"');
}

} // namespace dnd::server::apitokens
