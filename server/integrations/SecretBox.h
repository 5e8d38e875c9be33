#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace dnd::server {

// Seals secrets the service must read back later (a Discord webhook URL cannot be hashed: the
// service posts to it) with AES-256-GCM. The key is derived with HKDF-SHA256 from the service's
// secret (DND_JWT_SECRET or the generated one in the data directory) and a purpose, so every
// process on one database reads what another sealed, and a database copied without that secret
// holds nothing readable. The associated data (the row's id and owner) binds a ciphertext to its
// row: one copied into another row does not open.
class SecretBox {
public:
    SecretBox(const QByteArray& serviceSecret, const QByteArray& purpose);

    // "v1." + base64url(12-byte random nonce | ciphertext | 16-byte tag).
    QString seal(const QByteArray& plain, const QByteArray& associatedData) const;
    // nullopt when the text was not sealed by this key with this associated data, or was altered.
    std::optional<QByteArray> open(const QString& sealed, const QByteArray& associatedData) const;

private:
    QByteArray m_key; // 32 bytes
};

} // namespace dnd::server
