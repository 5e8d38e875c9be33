#include "account/AccountDialog.h"

#include "ApiErrorCodes.h"
#include "account/SyncController.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace dnd::gui {

AccountDialog::AccountDialog(SyncController& sync, QWidget* parent) : QDialog(parent), m_sync(sync)
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Account and Sync"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("With an account, your parties, creatures and encounters are kept in step "
                                "on every device you sign in on. Without one, everything stays on this "
                                "computer."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_service = new QLineEdit(sync.service().toString());
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setPlaceholderText(QStringLiteral("https://tracker.example.com"));
    m_email = new QLineEdit(sync.email());
    m_email->setObjectName(QStringLiteral("email"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_account = new QLabel;
    m_account->setObjectName(QStringLiteral("accountLine"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_account);
    layout->addWidget(m_status);
    layout->addWidget(m_message);

    layout->addWidget(new QLabel(tr("Records that did not sync, and why (they stay on this computer):")));
    m_refused = new QListWidget;
    m_refused->setObjectName(QStringLiteral("refused"));
    m_refused->setAccessibleName(tr("Records not synced"));
    layout->addWidget(m_refused, 1);
    m_sendAgain = new QPushButton(tr("Send &Again"));
    m_sendAgain->setObjectName(QStringLiteral("sendAgain"));
    m_sendAgain->setToolTip(tr("Send the selected record to the service again, whole"));
    layout->addWidget(m_sendAgain, 0, Qt::AlignRight);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_signIn = buttons->addButton(tr("Sign &In"), QDialogButtonBox::ActionRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signOut = buttons->addButton(tr("Sign &Out"), QDialogButtonBox::ActionRole);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_syncNow = buttons->addButton(tr("Sync &Now"), QDialogButtonBox::ActionRole);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    m_upgrade = buttons->addButton(tr("&Upgrade..."), QDialogButtonBox::ActionRole);
    m_upgrade->setObjectName(QStringLiteral("upgrade"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &AccountDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &AccountDialog::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &AccountDialog::signOut);
    connect(m_syncNow, &QPushButton::clicked, &m_sync, &SyncController::syncNow);
    connect(m_upgrade, &QPushButton::clicked, this, &AccountDialog::upgrade);
    connect(m_sendAgain, &QPushButton::clicked, this, &AccountDialog::sendAgain);
    connect(m_refused, &QListWidget::currentRowChanged, this,
            [this](int row) { m_sendAgain->setEnabled(m_sync.isSignedIn() && row >= 0); });
    connect(&m_sync, &SyncController::statusChanged, this, &AccountDialog::refresh);
    connect(&m_sync, &SyncController::refusedChanged, this, &AccountDialog::refresh);
    refresh();
    resize(520, 460);
}

void AccountDialog::refresh()
{
    const bool signedIn = m_sync.isSignedIn();
    m_account->setText(signedIn ? tr("Signed in as %1 (%2 plan).").arg(m_sync.email(), m_sync.tier())
                                : tr("Not signed in."));
    m_status->setText(m_sync.statusText());
    m_service->setEnabled(!signedIn);
    m_email->setEnabled(!signedIn);
    m_password->setEnabled(!signedIn);
    m_signIn->setEnabled(!signedIn);
    m_signOut->setEnabled(signedIn);
    m_syncNow->setEnabled(signedIn);
    m_refused->clear();
    m_shownRefused = m_sync.refused();
    bool overLimit = false;
    for (const SyncRejection& rejection : std::as_const(m_shownRefused)) {
        const QString name = m_sync.recordName(rejection.kind, rejection.rowId);
        m_refused->addItem(
            tr("%1 \"%2\": %3")
                .arg(entityName(rejection.kind), name.isEmpty() ? rejection.rowId : name, rejection.message));
        overLimit = overLimit || rejection.code == api::kLimitExceeded;
    }
    m_upgrade->setVisible(signedIn && overLimit);
    m_sendAgain->setEnabled(signedIn && m_refused->currentRow() >= 0);
}

void AccountDialog::sendAgain()
{
    const int row = m_refused->currentRow();
    if (row < 0 || row >= m_shownRefused.size())
        return;
    const Status queued = m_sync.sendAgain(m_shownRefused.at(row));
    m_message->setText(queued ? tr("Sent again.") : queued.errorMessage());
}

void AccountDialog::setBusy(bool busy, const QString& message)
{
    m_signIn->setEnabled(!busy && !m_sync.isSignedIn());
    m_signOut->setEnabled(!busy && m_sync.isSignedIn());
    m_message->setText(message);
}

void AccountDialog::signIn()
{
    const QUrl service = QUrl::fromUserInput(m_service->text().trimmed());
    if (!service.isValid() || m_service->text().trimmed().isEmpty() || m_email->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter the service's address and your email."));
        return;
    }
    setBusy(true, tr("Signing in..."));
    m_sync.signIn(service, m_email->text().trimmed(), m_password->text(), [this](Status status) {
        m_password->clear();
        if (m_sync.isSignedIn() && !status)
            setBusy(false, tr("Signed in for this session, but the sign-in could not be kept: %1")
                               .arg(status.errorMessage()));
        else
            setBusy(false, status ? QString() : status.errorMessage());
        refresh();
    });
}

void AccountDialog::signOut()
{
    setBusy(true, tr("Signing out..."));
    m_sync.signOut([this](Status status) {
        setBusy(false, status ? tr("Signed out. Your data stays on this computer.") : status.errorMessage());
        refresh();
    });
}

void AccountDialog::upgrade()
{
    m_sync.account().plans([this](Result<QJsonArray> plans) {
        if (!plans) {
            m_message->setText(plans.errorMessage());
            return;
        }
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        for (const QJsonValue& value : plans.value()) {
            const QJsonObject plan = value.toObject();
            const QString tier = plan.value(QStringLiteral("tier")).toString();
            if (!plan.value(QStringLiteral("purchasable")).toBool() || tier == m_sync.tier())
                continue;
            const QString label =
                tr("%1, %2 a month")
                    .arg(plan.value(QStringLiteral("name")).toString(),
                         QLocale().toCurrencyString(plan.value(QStringLiteral("monthlyPrice")).toDouble(),
                                                    QStringLiteral("$")));
            connect(menu->addAction(label), &QAction::triggered, this, [this, tier] {
                m_sync.account().checkout(tier, [this](Result<QUrl> page) {
                    if (!page)
                        m_message->setText(page.errorMessage());
                    else if (!QDesktopServices::openUrl(page.value()))
                        m_message->setText(tr("Open %1 in a browser to pay.").arg(page.value().toString()));
                });
            });
        }
        menu->popup(m_upgrade->mapToGlobal(QPoint(0, m_upgrade->height())));
    });
}

} // namespace dnd::gui
