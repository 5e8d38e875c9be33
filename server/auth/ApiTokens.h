#pragma once

#include "http/ApiTypes.h"
#include "http/Router.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace dnd::server {

class ServerDatabase;

// Personal API tokens: long-lived bearer tokens a user makes for scripts and other programs, each
// with scopes (read, write, live) and an optional expiry. A token is `dnd_pat_` and 32 random bytes
// (base64url); the service keeps only its SHA-256 and finds it by that hash, plus the first
// characters (`prefix`) so a list can tell tokens apart. What each scope reaches is the route
// table's (Route::requiredTokenScope); account management and administration need a session.
namespace apitokens {

inline constexpr const char* kPrefix = "dnd_pat_";
// Characters of the token kept in the clear to tell tokens apart: the prefix and six more.
inline constexpr int kShownCharacters = 14;
inline constexpr int kMaxPerAccount = 25;
inline constexpr int kMaxNameLength = 60;

QString scopeName(TokenScope scope);
// The scopes a token may be given, in the order shown.
const QStringList& grantableScopes();
bool looksLikeApiToken(const QByteArray& bearer);

// What a create stores: the token itself is only in `token`, answered once.
struct Created {
    QJsonObject item; // as the list shows it, plus "token"
};
// Creates a token for the user from {name, scopes, expiresAt?}; a VALIDATION_ERROR names each bad
// field, LIMIT_EXCEEDED when the account holds kMaxPerAccount already.
Result<Created> create(ServerDatabase& db, const QString& userId, const QJsonObject& body, qint64 nowSeconds);
Result<QJsonArray> list(ServerDatabase& db, const QString& userId);
// Deletes the user's token; false when the user has no such token.
Result<bool> revoke(ServerDatabase& db, const QString& userId, const QString& tokenId);
// The account and grant a presented token stands for, or nullopt when it is unknown or expired.
// Notes when it was used (at most once a minute, so busy scripts do not write on every request).
struct Presented {
    QString userId;
    ApiTokenGrant grant;
};
Result<std::optional<Presented>> find(ServerDatabase& db, const QByteArray& token, qint64 nowSeconds);
// Whether the token still exists (a socket signed in with it checks this now and then).
Result<bool> exists(ServerDatabase& db, const QString& tokenId);

// The 403 for a route the grant does not reach (INSUFFICIENT_SCOPE naming the scope, or
// SESSION_REQUIRED), or nullopt when it may go on.
std::optional<ApiReply> refusal(const Route& route, const ApiTokenGrant& grant);

} // namespace apitokens
} // namespace dnd::server
