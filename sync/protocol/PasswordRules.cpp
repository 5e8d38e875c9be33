#include "PasswordRules.h"

namespace dnd::sync {

PasswordRuleCheck checkPassword(const QString& password, const QString& email, const QString& username)
{
    PasswordRuleCheck check;
    check.longEnough = password.size() >= PasswordRuleCheck::kMinimumLength;
    check.notTooLong = password.size() <= PasswordRuleCheck::kMaximumLength;
    bool letter = false, digit = false, other = false;
    for (QChar c : password) {
        if (c.isLetter())
            letter = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    check.mixesCharacters = letter && (digit || other);
    const QString lower = password.toLower();
    const QString local = email.section(QLatin1Char('@'), 0, 0).toLower();
    check.avoidsName = !((username.size() >= 3 && lower.contains(username.toLower())) ||
                         (local.size() >= 3 && lower.contains(local)));
    return check;
}

} // namespace dnd::sync
