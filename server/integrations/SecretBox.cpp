#include "integrations/SecretBox.h"

#include "auth/SecureRandom.h"

#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace dnd::server {

namespace {
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
const QLatin1String kPrefix("v1.");

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray deriveKey(const QByteArray& secret, const QByteArray& purpose)
{
    QByteArray key(kKeyBytes, '\0');
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, "HKDF", nullptr);
    EVP_KDF_CTX* context = kdf ? EVP_KDF_CTX_new(kdf) : nullptr;
    EVP_KDF_free(kdf);
    QByteArray digest("SHA256");
    QByteArray secretCopy = secret;
    QByteArray info = purpose;
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest.data(), 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, secretCopy.data(), size_t(secretCopy.size())),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, info.data(), size_t(info.size())),
        OSSL_PARAM_construct_end()};
    const bool derived = context && EVP_KDF_derive(context, reinterpret_cast<unsigned char*>(key.data()),
                                                   size_t(key.size()), params) == 1;
    EVP_KDF_CTX_free(context);
    // Without a key nothing could be sealed or opened; OpenSSL 3 always has HKDF.
    Q_ASSERT(derived);
    return derived ? key : QByteArray();
}

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}
} // namespace

SecretBox::SecretBox(const QByteArray& serviceSecret, const QByteArray& purpose)
    : m_key(deriveKey(serviceSecret, purpose))
{}

QString SecretBox::seal(const QByteArray& plain, const QByteArray& associatedData) const
{
    const QByteArray nonce = secure::randomBytes(kNonceBytes);
    QByteArray sealed = nonce;
    sealed.resize(kNonceBytes + plain.size() + kTagBytes);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data()) + kNonceBytes;
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int finalWritten = 0;
    const bool ok =
        context && m_key.size() == kKeyBytes &&
        EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) == 1 &&
        EVP_EncryptUpdate(context.get(), nullptr, &written, bytes(associatedData),
                          int(associatedData.size())) == 1 &&
        EVP_EncryptUpdate(context.get(), out, &written, bytes(plain), int(plain.size())) == 1 &&
        EVP_EncryptFinal_ex(context.get(), out + written, &finalWritten) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, out + written + finalWritten) ==
            1;
    if (!ok)
        return {};
    return kPrefix + QString::fromLatin1(
                         sealed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> SecretBox::open(const QString& text, const QByteArray& associatedData) const
{
    if (!text.startsWith(kPrefix) || m_key.size() != kKeyBytes)
        return std::nullopt;
    const QByteArray sealed =
        QByteArray::fromBase64(text.mid(kPrefix.size()).toLatin1(), QByteArray::Base64UrlEncoding);
    if (sealed.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray nonce = sealed.left(kNonceBytes);
    const QByteArray cipher = sealed.mid(kNonceBytes, sealed.size() - kNonceBytes - kTagBytes);
    QByteArray tag = sealed.right(kTagBytes);
    QByteArray plain(cipher.size(), '\0');
    auto* out = reinterpret_cast<unsigned char*>(plain.data());
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int written = 0;
    int finalWritten = 0;
    const bool ok =
        context &&
        EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, bytes(m_key), bytes(nonce)) == 1 &&
        EVP_DecryptUpdate(context.get(), nullptr, &written, bytes(associatedData),
                          int(associatedData.size())) == 1 &&
        EVP_DecryptUpdate(context.get(), out, &written, bytes(cipher), int(cipher.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(context.get(), out + written, &finalWritten) == 1;
    if (!ok)
        return std::nullopt;
    return plain;
}

} // namespace dnd::server
