#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCache>
#include <QString>

namespace dnd::server {

// The claims of an access token, and so what every authenticated request knows about its caller.
struct AccessClaims {
    QString userId;
    QString email;
    QString tier;
    QString role;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QString tokenId;
    qint64 sessionGeneration = 0; // the account's session generation when issued
};

// Issues and verifies access tokens: JWT HS256 through libjwt, 15 minutes, with the claims sub,
// email, tier, role, iat, exp, jti and sgen (the session generation). Any other algorithm is refused, as are
// expired tokens. Tokens that verified are remembered (bounded, least recently used out first) with their
// claims, so a client's next request skips the signature check; a remembered token still expires at its
// `exp`. Only the server thread uses it.
class AccessTokens {
public:
    static constexpr qint64 kLifetimeSeconds = 15 * 60;
    static constexpr qsizetype kRememberedTokens = 10'000;

    explicit AccessTokens(QByteArray secret) : m_secret(std::move(secret)) {}

    Result<QString> issue(const AccessClaims& claims, qint64 nowSeconds) const;
    Result<AccessClaims> verify(const QByteArray& token, qint64 nowSeconds) const;
    qsizetype rememberedTokens() const { return m_verified.size(); }

private:
    Result<AccessClaims> verifySignature(const QByteArray& token, qint64 nowSeconds) const;

    QByteArray m_secret;
    mutable QCache<QByteArray, AccessClaims> m_verified{kRememberedTokens};
};

} // namespace dnd::server
