#pragma once

#include <QString>

// Codes of the service's own failures that never reach a client: they stop the start (a bad
// option or configuration file) or are logged (mail that could not be sent). The codes the API
// answers with are in ApiErrorCodes.h, shared with the clients.
namespace dnd::server::errors {

inline const QString kUsage = QStringLiteral("USAGE");
inline const QString kConfig = QStringLiteral("CONFIG");
inline const QString kMail = QStringLiteral("MAIL");
// An administration command refused to act (e.g. promoting an account whose email is not confirmed).
inline const QString kAdminRefused = QStringLiteral("ADMIN_REFUSED");

} // namespace dnd::server::errors
