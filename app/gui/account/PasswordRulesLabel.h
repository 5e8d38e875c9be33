#pragma once

#include "PasswordRules.h"

#include <QLabel>
#include <QLineEdit>

namespace dnd::gui {

// The service's password rules, each marked met or not as the user types (the same rules the
// service checks, so a password the label accepts is one the service takes).
class PasswordRulesLabel : public QLabel {
    Q_OBJECT
public:
    explicit PasswordRulesLabel(QWidget* parent = nullptr);
    void check(const QString& password, const QString& email, const QString& username);
    bool allMet() const { return m_check.allMet(); }

private:
    sync::PasswordRuleCheck m_check;
};

// A line edit of the account dialogs, named for tests and accessibility; `secret` hides what is typed.
QLineEdit* accountField(const char* objectName, const QString& text = {}, bool secret = false);
// The label under a form that says what went wrong or what happens.
QLabel* messageLabel();

} // namespace dnd::gui
