#pragma once

#include "util/Result.h"

#include <QString>

namespace dnd::server {

// scrypt password hashing through OpenSSL 3's EVP_KDF "SCRYPT". Hashes are stored with their
// parameters ("scrypt$logN$r$p$salt$hash") so the cost can be raised later without breaking old
// hashes. Slow on purpose (about half a second at N=2^17): call it off the event-loop thread.
// Thread-safe: no state besides the configured cost.
class PasswordHasher {
public:
    explicit PasswordHasher(int logN = 17) : m_logN(logN) {}

    Result<QString> hash(const QString& password) const;
    bool verify(const QString& password, const QString& stored) const;
    int logN() const { return m_logN; }

    // Strength rules for new passwords; answers an empty string when the password is acceptable.
    static QString weakness(const QString& password, const QString& email, const QString& username);

private:
    static Result<QByteArray> derive(const QByteArray& password, const QByteArray& salt, int logN, int r,
                                     int p);
    int m_logN;
};

} // namespace dnd::server
