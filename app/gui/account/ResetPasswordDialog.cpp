#include "account/ResetPasswordDialog.h"

#include "account/PasswordRulesLabel.h"
#include "account/SyncController.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dnd::gui {

ResetPasswordDialog::ResetPasswordDialog(SyncController& sync, const QString& service, const QString& email,
                                         QWidget* parent)
    : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Forgot Password"));
    auto* layout = new QVBoxLayout(this);
    auto* first = new QLabel(tr("1. The service mails a reset token to your address."));
    first->setWordWrap(true);
    layout->addWidget(first);
    auto* mailForm = new QFormLayout;
    m_service = accountField("service", service);
    m_email = accountField("email", email);
    mailForm->addRow(tr("&Service:"), m_service);
    mailForm->addRow(tr("&Email:"), m_email);
    layout->addLayout(mailForm);
    m_send = new QPushButton(tr("Send &Reset Mail"));
    m_send->setObjectName(QStringLiteral("sendReset"));
    layout->addWidget(m_send, 0, Qt::AlignRight);

    auto* second = new QLabel(tr("2. Enter the token from the mail and choose a new password. Every "
                                 "device signs in again afterwards."));
    second->setWordWrap(true);
    layout->addWidget(second);
    auto* resetForm = new QFormLayout;
    m_token = accountField("resetToken");
    m_password = accountField("newPassword", {}, true);
    m_repeat = accountField("repeatPassword", {}, true);
    resetForm->addRow(tr("&Token:"), m_token);
    resetForm->addRow(tr("&New password:"), m_password);
    resetForm->addRow(tr("Re&peat password:"), m_repeat);
    layout->addLayout(resetForm);
    m_rules = new PasswordRulesLabel;
    layout->addWidget(m_rules);
    m_message = messageLabel();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_set = buttons->addButton(tr("Set &Password"), QDialogButtonBox::ActionRole);
    m_set->setObjectName(QStringLiteral("setPassword"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &ResetPasswordDialog::sendMail);
    connect(m_set, &QPushButton::clicked, this, &ResetPasswordDialog::setPassword);
    for (QLineEdit* field : {m_service, m_email, m_token, m_password, m_repeat})
        connect(field, &QLineEdit::textChanged, this, &ResetPasswordDialog::recheck);
    recheck();
}

QUrl ResetPasswordDialog::serviceUrl() const
{
    return QUrl::fromUserInput(m_service->text().trimmed());
}

void ResetPasswordDialog::recheck()
{
    // The rules the service checks against the account's own email; the username is not known here.
    m_rules->check(m_password->text(), m_email->text().trimmed(), {});
    const bool repeated = m_password->text() == m_repeat->text();
    const bool serviceGiven = !m_service->text().trimmed().isEmpty();
    m_send->setEnabled(!m_busy && serviceGiven && !m_email->text().trimmed().isEmpty());
    m_set->setEnabled(!m_busy && serviceGiven && !m_token->text().trimmed().isEmpty() && m_rules->allMet() &&
                      repeated);
    if (!m_repeat->text().isEmpty() && !repeated)
        m_message->setText(tr("The two passwords are not the same."));
}

void ResetPasswordDialog::sendMail()
{
    m_sync.account().setService(serviceUrl());
    m_busy = true;
    recheck();
    m_message->setText(tr("Sending..."));
    m_sync.account().forgotPassword(m_email->text(), [this](Status status) {
        m_busy = false;
        recheck();
        m_message->setText(status ? tr("If %1 has an account, a mail with the reset token is on its way. The "
                                       "token works once, for one hour.")
                                        .arg(m_email->text().trimmed())
                                  : status.errorMessage());
        if (status)
            m_token->setFocus();
    });
}

void ResetPasswordDialog::setPassword()
{
    m_sync.account().setService(serviceUrl());
    m_busy = true;
    recheck();
    m_message->setText(tr("Setting the new password..."));
    m_sync.account().resetPassword(m_token->text(), m_password->text(), [this](Status status) {
        m_busy = false;
        recheck();
        if (!status) {
            m_message->setText(status.errorMessage());
            return;
        }
        m_password->clear();
        m_repeat->clear();
        m_token->clear();
        m_message->setText(tr("Your password is changed. Sign in with the new password."));
    });
}

} // namespace dnd::gui
