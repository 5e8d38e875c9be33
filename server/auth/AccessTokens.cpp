#include "auth/AccessTokens.h"

#include "ApiErrorCodes.h"
#include "auth/SecureRandom.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <cstdlib>
#include <jwt.h>
#include <memory>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AccessTokens", text);
}
Error unauthorized(const QString& message)
{
    return Error::make(api::kUnauthorized, message);
}
struct JwtDeleter {
    void operator()(jwt_t* jwt) const { jwt_free(jwt); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtDeleter>;
} // namespace

Result<QString> AccessTokens::issue(const AccessClaims& claims, qint64 nowSeconds) const
{
    jwt_t* raw = nullptr;
    if (jwt_new(&raw) != 0)
        return Error::make(api::kInternal, tr("Cannot create a token."));
    JwtPtr jwt(raw);
    const QByteArray sub = claims.userId.toUtf8();
    const QByteArray email = claims.email.toUtf8();
    const QByteArray tier = claims.tier.toUtf8();
    const QByteArray role = claims.role.toUtf8();
    const QByteArray jti = (claims.tokenId.isEmpty() ? secure::newId() : claims.tokenId).toUtf8();
    const qint64 issuedAt = claims.issuedAt ? claims.issuedAt : nowSeconds;
    const qint64 expiresAt = claims.expiresAt ? claims.expiresAt : issuedAt + kLifetimeSeconds;
    if (jwt_add_grant(jwt.get(), "sub", sub.constData()) ||
        jwt_add_grant(jwt.get(), "email", email.constData()) ||
        jwt_add_grant(jwt.get(), "tier", tier.constData()) ||
        jwt_add_grant(jwt.get(), "role", role.constData()) ||
        jwt_add_grant(jwt.get(), "jti", jti.constData()) ||
        jwt_add_grant_int(jwt.get(), "iat", long(issuedAt)) ||
        jwt_add_grant_int(jwt.get(), "exp", long(expiresAt)) ||
        jwt_add_grant_int(jwt.get(), "sgen", long(claims.sessionGeneration)) ||
        jwt_set_alg(jwt.get(), JWT_ALG_HS256, reinterpret_cast<const unsigned char*>(m_secret.constData()),
                    int(m_secret.size())))
        return Error::make(api::kInternal, tr("Cannot fill in a token."));
    char* encoded = jwt_encode_str(jwt.get());
    if (!encoded)
        return Error::make(api::kInternal, tr("Cannot sign a token."));
    QString token = QString::fromLatin1(encoded);
    std::free(encoded);
    return token;
}

Result<AccessClaims> AccessTokens::verify(const QByteArray& token, qint64 nowSeconds) const
{
    if (const AccessClaims* known = m_verified.object(token)) {
        if (known->expiresAt > nowSeconds)
            return *known;
        m_verified.remove(token);
        return unauthorized(tr("The access token has expired; refresh it."));
    }
    Result<AccessClaims> claims = verifySignature(token, nowSeconds);
    if (claims)
        m_verified.insert(token, new AccessClaims(claims.value()));
    return claims;
}

Result<AccessClaims> AccessTokens::verifySignature(const QByteArray& token, qint64 nowSeconds) const
{
    if (token.isEmpty() || token.size() > 4096 || token.count('.') != 2)
        return unauthorized(tr("The access token is malformed."));
    // Look at the header ourselves first: only HS256 is ever accepted, whatever the token claims.
    const QByteArray headerJson =
        QByteArray::fromBase64(token.left(token.indexOf('.')), QByteArray::Base64UrlEncoding);
    const QJsonObject header = QJsonDocument::fromJson(headerJson).object();
    if (header.value(QStringLiteral("alg")).toString() != QStringLiteral("HS256"))
        return unauthorized(tr("The access token uses an algorithm other than HS256."));
    jwt_t* raw = nullptr;
    if (jwt_decode(&raw, token.constData(), reinterpret_cast<const unsigned char*>(m_secret.constData()),
                   int(m_secret.size())) != 0 ||
        !raw)
        return unauthorized(tr("The access token's signature is not valid."));
    JwtPtr jwt(raw);
    if (jwt_get_alg(jwt.get()) != JWT_ALG_HS256)
        return unauthorized(tr("The access token uses an algorithm other than HS256."));
    AccessClaims claims;
    auto text = [&](const char* name) {
        const char* value = jwt_get_grant(jwt.get(), name);
        return value ? QString::fromUtf8(value) : QString();
    };
    claims.userId = text("sub");
    claims.email = text("email");
    claims.tier = text("tier");
    claims.role = text("role");
    claims.tokenId = text("jti");
    errno = 0;
    claims.expiresAt = jwt_get_grant_int(jwt.get(), "exp");
    if (errno != 0)
        return unauthorized(tr("The access token has no expiry."));
    claims.issuedAt = jwt_get_grant_int(jwt.get(), "iat");
    // Tokens from before session generations existed have none: generation 0, every account's first.
    errno = 0;
    claims.sessionGeneration = jwt_get_grant_int(jwt.get(), "sgen");
    if (errno != 0)
        claims.sessionGeneration = 0;
    if (claims.userId.isEmpty())
        return unauthorized(tr("The access token names no user."));
    if (claims.expiresAt <= nowSeconds)
        return unauthorized(tr("The access token has expired; refresh it."));
    return claims;
}

} // namespace dnd::server
