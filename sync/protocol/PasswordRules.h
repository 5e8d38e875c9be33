#pragma once

#include <QString>

namespace dnd::sync {

// The rules a new password must meet, in one place for the service (which refuses a weak one)
// and the window (which shows each rule as the user types).
struct PasswordRuleCheck {
    bool longEnough = false;      // at least kMinimumLength characters
    bool notTooLong = false;      // at most kMaximumLength characters
    bool mixesCharacters = false; // letters with digits or symbols
    bool avoidsName = false;      // neither the username nor the email's local part inside

    static constexpr int kMinimumLength = 10;
    static constexpr int kMaximumLength = 128;

    bool allMet() const { return longEnough && notTooLong && mixesCharacters && avoidsName; }
};

PasswordRuleCheck checkPassword(const QString& password, const QString& email, const QString& username);

} // namespace dnd::sync
