#pragma once

#include <QString>

// Codes of failures the device finds itself, beside the codes the service answers with
// (ApiErrorCodes.h) that the engine and the account client pass on unchanged.
namespace dnd::sync::errors {

// No HTTP answer at all: offline, refused, timed out, TLS failed. Worth trying again.
inline const QString kNetwork = QStringLiteral("NETWORK");
// An answer that is not what the contract promises (no payment page, no tokens ...).
inline const QString kBadAnswer = QStringLiteral("BAD_ANSWER");
// The service acknowledged less of a push than it was sent; sending it again would loop.
inline const QString kSyncIncomplete = QStringLiteral("SYNC_INCOMPLETE");
// The OS keychain: none on this computer, access refused, or another failure.
inline const QString kKeychainUnavailable = QStringLiteral("KEYCHAIN_UNAVAILABLE");
inline const QString kKeychainDenied = QStringLiteral("KEYCHAIN_DENIED");
inline const QString kKeychainFailed = QStringLiteral("KEYCHAIN_FAILED");
// An answer without the envelope (an HTML error page from a proxy, say): named by its status.
inline QString httpStatusCode(int status)
{
    return QStringLiteral("HTTP_%1").arg(status);
}
// A sync command on a data folder that was never signed in (or was signed out).
inline const QString kNotSignedIn = QStringLiteral("NOT_SIGNED_IN");

} // namespace dnd::sync::errors
