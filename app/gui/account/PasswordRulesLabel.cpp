#include "account/PasswordRulesLabel.h"

namespace dnd::gui {

PasswordRulesLabel::PasswordRulesLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("passwordRules"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    check({}, {}, {});
}

void PasswordRulesLabel::check(const QString& password, const QString& email, const QString& username)
{
    m_check = sync::checkPassword(password, email, username);
    const auto line = [](bool met, const QString& rule) {
        return (met ? QStringLiteral("\u2713 ") : QStringLiteral("\u2717 ")) + rule;
    };
    QStringList lines{
        line(m_check.longEnough && m_check.notTooLong, tr("%1 to %2 characters")
                                                           .arg(sync::PasswordRuleCheck::kMinimumLength)
                                                           .arg(sync::PasswordRuleCheck::kMaximumLength)),
        line(m_check.mixesCharacters, tr("letters mixed with digits or symbols")),
        line(m_check.avoidsName, tr("not containing your username or email name"))};
    setText(lines.join(QLatin1Char('\n')));
    setAccessibleDescription(m_check.allMet() ? tr("The password meets every rule.")
                                              : tr("The password does not meet every rule yet."));
}

QLineEdit* accountField(const char* objectName, const QString& text, bool secret)
{
    auto* field = new QLineEdit(text);
    field->setObjectName(QString::fromLatin1(objectName));
    if (secret)
        field->setEchoMode(QLineEdit::Password);
    return field;
}

QLabel* messageLabel()
{
    auto* label = new QLabel;
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    return label;
}

} // namespace dnd::gui
