#pragma once

// Header-only: tests that use it link dnd_server.
#include "ServerHarness.h"
#include "auth/AccessTokens.h"

#include <QDateTime>

namespace dnd::test {

// An access token for a free account signed with the test service's secret, like the service's
// own but expiring `seconds` from now; *expiresAt receives its exp claim.
inline QString accessTokenExpiringIn(const TestAccount& account, int seconds, qint64* expiresAt = nullptr)
{
    dnd::server::AccessTokens tokens(ServerProcess::kJwtSecret);
    dnd::server::AccessClaims claims;
    claims.userId = account.id;
    claims.email = account.email;
    claims.tier = QStringLiteral("free");
    claims.role = QStringLiteral("user");
    claims.issuedAt = QDateTime::currentSecsSinceEpoch();
    claims.expiresAt = claims.issuedAt + seconds;
    if (expiresAt)
        *expiresAt = claims.expiresAt;
    return tokens.issue(claims, claims.issuedAt).value();
}

} // namespace dnd::test
