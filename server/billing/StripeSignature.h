#pragma once

#include "util/Result.h"

#include <QByteArray>

namespace dnd::server {

// Verifies a Stripe-Signature header ("t=UNIX,v1=HEX[,v1=HEX...]"): HMAC-SHA256 of
// t + "." + raw body keyed with the whsec_ secret, any v1 may match (constant-time), and the
// timestamp must be within the tolerance in both directions.
class StripeSignature {
public:
    static constexpr qint64 kToleranceSeconds = 300;

    static Status verify(const QByteArray& header, const QByteArray& payload, const QByteArray& secret,
                         qint64 nowSeconds);
};

} // namespace dnd::server
