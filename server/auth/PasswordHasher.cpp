#include "auth/PasswordHasher.h"

#include "ApiErrorCodes.h"
#include "PasswordRules.h"
#include "auth/SecureRandom.h"

#include <QCoreApplication>
#include <QStringList>
#include <openssl/core_names.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace dnd::server {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;
QString tr(const char* text)
{
    return QCoreApplication::translate("PasswordHasher", text);
}
} // namespace

Result<QByteArray> PasswordHasher::derive(const QByteArray& password, const QByteArray& salt, int logN, int r,
                                          int p)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "SCRYPT", nullptr);
    if (!kdf)
        return Error::make(api::kInternal, tr("OpenSSL provides no scrypt."));
    EVP_KDF_CTX* context = EVP_KDF_CTX_new(kdf);
    EVP_KDF_free(kdf);
    uint64_t n = uint64_t(1) << logN;
    uint32_t rr = uint32_t(r);
    uint32_t pp = uint32_t(p);
    // scrypt needs 128 * r * N * p bytes; OpenSSL's default ceiling (32 MiB) is below N=2^17.
    uint64_t maxmem = 2 * 128 * uint64_t(r) * n * uint64_t(p) + (1u << 20);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, const_cast<char*>(password.constData()),
                                          size_t(password.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()),
                                          size_t(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &rr),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &pp),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maxmem),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    const int ok =
        EVP_KDF_derive(context, reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()), params);
    EVP_KDF_CTX_free(context);
    if (ok != 1)
        return Error::make(api::kInternal, tr("scrypt failed (out of memory?)."));
    return key;
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    const QByteArray salt = secure::randomBytes(kSaltBytes);
    Result<QByteArray> key = derive(password.toUtf8(), salt, m_logN, 8, 1);
    if (!key)
        return key.error();
    return QStringLiteral("scrypt$%1$8$1$%2$%3")
        .arg(m_logN)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.value().toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored) const
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QStringLiteral("scrypt"))
        return false;
    bool ok1 = false, ok2 = false, ok3 = false;
    const int logN = parts[1].toInt(&ok1);
    const int r = parts[2].toInt(&ok2);
    const int p = parts[3].toInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || logN < 1 || logN > 24 || r < 1 || r > 32 || p < 1 || p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    Result<QByteArray> key = derive(password.toUtf8(), salt, logN, r, p);
    return key.ok() && secure::equalConstantTime(key.value(), expected);
}

QString PasswordHasher::weakness(const QString& password, const QString& email, const QString& username)
{
    const sync::PasswordRuleCheck check = sync::checkPassword(password, email, username);
    if (!check.longEnough)
        return tr("Use at least 10 characters.");
    if (!check.notTooLong)
        return tr("Use at most 128 characters.");
    if (!check.mixesCharacters)
        return tr("Mix letters with digits or symbols.");
    if (!check.avoidsName)
        return tr("Do not use your username or email in the password.");
    return {};
}

} // namespace dnd::server
