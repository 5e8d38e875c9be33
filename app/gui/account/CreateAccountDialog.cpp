#include "account/CreateAccountDialog.h"

#include "account/PasswordRulesLabel.h"
#include "account/SyncController.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dnd::gui {

CreateAccountDialog::CreateAccountDialog(SyncController& sync, const QString& service, QWidget* parent)
    : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("createAccountDialog"));
    setWindowTitle(tr("Create Account"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_service = accountField("service", service);
    m_email = accountField("email");
    m_username = accountField("username");
    m_password = accountField("password", {}, true);
    m_repeat = accountField("repeatPassword", {}, true);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
    layout->addLayout(form);
    m_rules = new PasswordRulesLabel;
    layout->addWidget(m_rules);
    m_message = messageLabel();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("&Create Account"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &CreateAccountDialog::create);
    for (QLineEdit* field : {m_service, m_email, m_username, m_password, m_repeat})
        connect(field, &QLineEdit::textChanged, this, &CreateAccountDialog::recheck);
    recheck();
}

void CreateAccountDialog::recheck()
{
    m_rules->check(m_password->text(), m_email->text().trimmed(), m_username->text().trimmed());
    const bool repeated = m_password->text() == m_repeat->text();
    m_message->setText(!m_repeat->text().isEmpty() && !repeated ? tr("The two passwords are not the same.")
                                                                : QString());
    m_create->setEnabled(!m_busy && m_rules->allMet() && repeated && !m_service->text().trimmed().isEmpty() &&
                         !m_email->text().trimmed().isEmpty() && !m_username->text().trimmed().isEmpty());
}

void CreateAccountDialog::create()
{
    const QUrl service = QUrl::fromUserInput(m_service->text().trimmed());
    if (!service.isValid()) {
        m_message->setText(tr("Enter the service's address."));
        return;
    }
    m_busy = true;
    recheck();
    m_message->setText(tr("Creating the account..."));
    m_sync.createAccount(service, m_email->text(), m_username->text(), m_password->text(),
                         [this](Status status) {
                             m_busy = false;
                             recheck();
                             if (!m_sync.isSignedIn()) {
                                 m_message->setText(status.errorMessage());
                                 return;
                             }
                             accept();
                         });
}

} // namespace dnd::gui
