#include "billing/StripeSignature.h"

#include "ApiErrorCodes.h"
#include "auth/SecureRandom.h"

#include <QCoreApplication>
#include <QList>

namespace dnd::server {

Status StripeSignature::verify(const QByteArray& header, const QByteArray& payload, const QByteArray& secret,
                               qint64 nowSeconds)
{
    auto fail = [](const char* text) {
        return Error::make(api::kValidationError, QCoreApplication::translate("StripeSignature", text));
    };
    if (secret.isEmpty())
        return fail("Webhooks are not configured (STRIPE_WEBHOOK_SECRET is unset).");
    QByteArray timestamp;
    QList<QByteArray> signatures;
    for (const QByteArray& part : header.split(',')) {
        const int equals = int(part.indexOf('='));
        if (equals <= 0)
            continue;
        const QByteArray key = part.left(equals).trimmed();
        const QByteArray value = part.mid(equals + 1).trimmed();
        if (key == "t")
            timestamp = value;
        else if (key == "v1")
            signatures.append(QByteArray::fromHex(value));
    }
    bool ok = false;
    const qint64 t = timestamp.toLongLong(&ok);
    if (!ok || signatures.isEmpty())
        return fail("The Stripe-Signature header is missing or malformed.");
    if (nowSeconds - t > kToleranceSeconds)
        return fail("The webhook timestamp is too old.");
    if (t - nowSeconds > kToleranceSeconds)
        return fail("The webhook timestamp is in the future.");
    const QByteArray expected = secure::hmacSha256(secret, timestamp + '.' + payload);
    for (const QByteArray& signature : signatures) {
        if (secure::equalConstantTime(signature, expected))
            return Status::success();
    }
    return fail("The webhook signature does not match.");
}

} // namespace dnd::server
