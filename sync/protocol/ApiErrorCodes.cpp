#include "ApiErrorCodes.h"

namespace dnd::api {

const QList<QString>& allApiErrorCodes()
{
    static const QList<QString> all{
        kValidationError,   kBadRequest,      kNotFound,         kMethodNotAllowed,
        kConflict,          kUnauthorized,    kForbidden,        kTierRequired,
        kLimitExceeded,     kRateLimited,     kEmailNotVerified, kRequestTimeout,
        kLengthRequired,    kPayloadTooLarge, kUriTooLong,       kHeadersTooLarge,
        kUpgradeRequired,   kBadMessage,      kInternal,         kDatabase,
        kBadGateway,        kUnavailable,     kSyncMalformed,    kSyncProtocolMismatch,
        kSyncGap,           kSyncIdentity,    kDeviceRemoved,    kClockDrift,
        kInsufficientScope, kSessionRequired,
    };
    return all;
}

} // namespace dnd::api
