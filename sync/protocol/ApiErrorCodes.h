#pragma once

#include "util/ErrorCodes.h"

#include <QList>
#include <QString>

// The error codes of the service's API ({"success":false,"error":{"code":...}}): the service sends
// them, the sync engine and the account client read them. The service maps each to its HTTP status
// in one table (server/http/ApiEnvelope.cpp); allApiErrorCodes() lists them so a test can check
// that every code has one. The strings are part of the contract and never change.
namespace dnd::api {

// Requests: a body or parameter that breaks a rule (the same code as the core's validation), a
// request the HTTP layer cannot read, a record that does not exist or is not the caller's.
inline const QString& kValidationError = codes::kValidationError;
inline const QString kBadRequest = QStringLiteral("BAD_REQUEST");
inline const QString& kNotFound = codes::kNotFound;
inline const QString kMethodNotAllowed = QStringLiteral("METHOD_NOT_ALLOWED");
inline const QString kConflict = QStringLiteral("CONFLICT");

// Who may do what: no or a bad token, a role or plan that does not allow it, a plan's limit.
inline const QString kUnauthorized = QStringLiteral("UNAUTHORIZED");
inline const QString kForbidden = QStringLiteral("FORBIDDEN");
inline const QString kTierRequired = QStringLiteral("TIER_REQUIRED");
inline const QString kLimitExceeded = QStringLiteral("LIMIT_EXCEEDED");
inline const QString kRateLimited = QStringLiteral("RATE_LIMITED");
// Purchases and share links wait until the account's email address is confirmed (docs/SERVER.md).
inline const QString kEmailNotVerified = QStringLiteral("EMAIL_NOT_VERIFIED");
// A personal API token without the scope an endpoint needs (details.requiredScope: read, write or
// live), and an endpoint no API token reaches (account management, administration).
inline const QString kInsufficientScope = QStringLiteral("INSUFFICIENT_SCOPE");
inline const QString kSessionRequired = QStringLiteral("SESSION_REQUIRED");

// The connection guard's limits, answered before a request reaches a handler.
inline const QString kRequestTimeout = QStringLiteral("REQUEST_TIMEOUT");
inline const QString kLengthRequired = QStringLiteral("LENGTH_REQUIRED");
inline const QString kPayloadTooLarge = QStringLiteral("PAYLOAD_TOO_LARGE");
inline const QString kUriTooLong = QStringLiteral("URI_TOO_LONG");
inline const QString kHeadersTooLarge = QStringLiteral("HEADERS_TOO_LARGE");
inline const QString kUpgradeRequired = QStringLiteral("UPGRADE_REQUIRED");
// A WebSocket message the service cannot read (sent on the socket, not as an HTTP answer).
inline const QString kBadMessage = QStringLiteral("BAD_MESSAGE");

// The service's side: its own failure, its database, the payment provider, shutting down.
inline const QString kInternal = QStringLiteral("INTERNAL");
inline const QString kDatabase = QStringLiteral("DATABASE");
inline const QString kBadGateway = QStringLiteral("BAD_GATEWAY");
inline const QString kUnavailable = QStringLiteral("UNAVAILABLE");

// Sync (docs/SYNC.md): a broken message, a peer on another protocol version, mutations missing
// before a batch (the device resends from lastMutationId + 1).
inline const QString kSyncMalformed = QStringLiteral("SYNC_MALFORMED");
inline const QString kSyncProtocolMismatch = QStringLiteral("SYNC_PROTOCOL_MISMATCH");
inline const QString kSyncGap = QStringLiteral("SYNC_GAP");
// A device's numbering does not match what the service received under its client id: the store
// was restored from a backup or copied. The device goes on as a new device (docs/SYNC.md).
inline const QString kSyncIdentity = QStringLiteral("SYNC_IDENTITY");
// The device was removed from the account (Account > Devices): it is told once, and syncs again
// under a new device id when its plan has a free device slot.
inline const QString kDeviceRemoved = QStringLiteral("DEVICE_REMOVED");
// A device's change stamped too far ahead of the service's clock: nothing was applied, the device
// keeps its queue and corrects its clock offset.
inline const QString& kClockDrift = codes::kClockDrift;

// Every code above, in the order written.
const QList<QString>& allApiErrorCodes();

} // namespace dnd::api
