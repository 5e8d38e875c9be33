#pragma once

#include "util/Result.h"

#include <QByteArray>
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
};

// Issues and verifies access tokens: JWT HS256 through libjwt, 15 minutes, with the claims sub,
// email, tier, role, iat, exp, jti. Any other algorithm is refused, as are expired tokens.
class AccessTokens {
public:
    static constexpr qint64 kLifetimeSeconds = 15 * 60;

    explicit AccessTokens(QByteArray secret) : m_secret(std::move(secret)) {}

    Result<QString> issue(const AccessClaims& claims, qint64 nowSeconds) const;
    Result<AccessClaims> verify(const QByteArray& token, qint64 nowSeconds) const;

private:
    QByteArray m_secret;
};

} // namespace dnd::server
