#pragma once

#include <QByteArray>
#include <QString>

namespace dnd::server {

// Cryptographic randomness and digests for secrets: ids, opaque tokens, keyed signatures.
namespace secure {
QByteArray randomBytes(int count);
// 32 random bytes as unpadded base64url: refresh tokens, verification and reset tokens.
QString randomToken();
QString newId(); // a random UUID without braces
QString sha256Hex(const QByteArray& data);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
// Constant-time comparison of two byte strings of any length.
bool equalConstantTime(const QByteArray& a, const QByteArray& b);
} // namespace secure

} // namespace dnd::server
