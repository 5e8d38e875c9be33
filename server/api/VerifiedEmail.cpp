#include "api/VerifiedEmail.h"

#include "ApiErrorCodes.h"

#include <QCoreApplication>

namespace dnd::server {

std::optional<ApiReply> refuseUnverified(const AuthUser& user, const QString& action)
{
    if (user.emailVerified)
        return std::nullopt;
    return ApiReply::error(api::kEmailNotVerified,
                           QCoreApplication::translate(
                               "VerifiedEmail",
                               "Confirm your email address before you %1: open the link in the mail sent "
                               "to %2, or ask for a new one under Account.")
                               .arg(action, user.email),
                           {{QStringLiteral("action"), action}, {QStringLiteral("email"), user.email}});
}

} // namespace dnd::server
