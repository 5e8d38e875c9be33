#include "account/AccountDialog.h"

#include "ApiErrorCodes.h"
#include "account/CreateAccountDialog.h"
#include "account/ResetPasswordDialog.h"
#include "account/SyncController.h"
#include "account/UpgradeMenu.h"
#include "account/UsageSummary.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
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

    // Until the address is confirmed the account syncs, but cannot buy a plan or share links.
    auto* banner = new QHBoxLayout;
    m_verifyBanner = new QLabel(tr("Your email address is not confirmed yet. Open the link in the mail "
                                   "the service sent; until then you can sync, but not buy a plan or "
                                   "share encounters."));
    m_verifyBanner->setObjectName(QStringLiteral("verifyBanner"));
    m_verifyBanner->setWordWrap(true);
    m_verifyBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; "
                                                 "border: 1px solid #e0c36a; padding: 6px; }"));
    m_resend = new QPushButton(tr("&Resend Mail"));
    m_resend->setObjectName(QStringLiteral("resendVerification"));
    banner->addWidget(m_verifyBanner, 1);
    banner->addWidget(m_resend);
    m_verifyBanner->hide(); // shown once the service says the address is not confirmed
    m_resend->hide();
    layout->addLayout(banner);

    m_accountPanel = new QWidget;
    auto* panel = new QHBoxLayout(m_accountPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    auto* usageBox = new QVBoxLayout;
    usageBox->addWidget(new QLabel(tr("Plan and usage:")));
    m_usage = new QLabel;
    m_usage->setObjectName(QStringLiteral("usage"));
    m_usage->setTextFormat(Qt::RichText); // a limit reached is in bold
    m_usage->setWordWrap(true);
    usageBox->addWidget(m_usage);
    usageBox->addStretch();
    panel->addLayout(usageBox, 1);
    auto* devicesBox = new QVBoxLayout;
    devicesBox->addWidget(new QLabel(tr("Devices that sync (each holds one of the plan's slots):")));
    m_devices = new QListWidget;
    m_devices->setObjectName(QStringLiteral("devices"));
    m_devices->setAccessibleName(tr("Devices"));
    devicesBox->addWidget(m_devices);
    m_removeDevice = new QPushButton(tr("Re&move Device"));
    m_removeDevice->setObjectName(QStringLiteral("removeDevice"));
    m_removeDevice->setToolTip(tr("Free the selected device's slot; it is told the next time it syncs"));
    devicesBox->addWidget(m_removeDevice, 0, Qt::AlignRight);
    panel->addLayout(devicesBox, 1);
    layout->addWidget(m_accountPanel);

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
    m_manage = buttons->addButton(tr("&Manage Subscription..."), QDialogButtonBox::ActionRole);
    m_manage->setObjectName(QStringLiteral("manageSubscription"));
    m_createAccount = buttons->addButton(tr("&Create Account..."), QDialogButtonBox::ActionRole);
    m_createAccount->setObjectName(QStringLiteral("createAccount"));
    m_forgotPassword = buttons->addButton(tr("&Forgot Password..."), QDialogButtonBox::ActionRole);
    m_forgotPassword->setObjectName(QStringLiteral("forgotPassword"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &AccountDialog::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &AccountDialog::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &AccountDialog::signOut);
    connect(m_syncNow, &QPushButton::clicked, &m_sync, &SyncController::syncNow);
    connect(m_upgrade, &QPushButton::clicked, this, &AccountDialog::upgrade);
    connect(m_sendAgain, &QPushButton::clicked, this, &AccountDialog::sendAgain);
    connect(m_manage, &QPushButton::clicked, this, &AccountDialog::manageSubscription);
    connect(m_createAccount, &QPushButton::clicked, this, &AccountDialog::createAccount);
    connect(m_forgotPassword, &QPushButton::clicked, this, &AccountDialog::forgotPassword);
    connect(m_resend, &QPushButton::clicked, this, &AccountDialog::resendVerification);
    connect(m_removeDevice, &QPushButton::clicked, this, &AccountDialog::removeDevice);
    connect(m_devices, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeDevice->setEnabled(m_sync.isSignedIn() && row >= 0); });
    connect(&m_sync, &SyncController::startedAsNewDevice, this, [this](const QString& reason) {
        m_message->setText(tr("This computer now syncs as a new device: %1").arg(reason));
        loadAccount();
    });
    connect(m_refused, &QListWidget::currentRowChanged, this,
            [this](int row) { m_sendAgain->setEnabled(m_sync.isSignedIn() && row >= 0); });
    connect(&m_sync, &SyncController::statusChanged, this, &AccountDialog::refresh);
    connect(&m_sync, &SyncController::refusedChanged, this, &AccountDialog::refresh);
    refresh();
    resize(640, 560);
}

void AccountDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    loadAccount();
}

void AccountDialog::loadAccount()
{
    if (!m_sync.isSignedIn())
        return;
    QPointer<AccountDialog> self(this);
    m_sync.account().profile([self](Result<QJsonObject> profile) {
        if (!self || !profile)
            return;
        const bool verified = profile->value(QStringLiteral("isEmailVerified")).toBool();
        self->m_verifyBanner->setVisible(!verified && self->m_sync.isSignedIn());
        self->m_resend->setVisible(!verified && self->m_sync.isSignedIn());
    });
    m_sync.account().usage([self](Result<QJsonObject> usage) {
        if (!self)
            return;
        if (!usage)
            self->m_usage->setText(usage.errorMessage());
        else
            self->showUsage(usage.value());
    });
    m_sync.account().devices([self](Result<QJsonObject> devices) {
        if (self && devices)
            self->showDevices(devices->value(QStringLiteral("items")).toArray());
    });
}

void AccountDialog::showUsage(const QJsonObject& answer)
{
    const UsageSummary summary(answer);
    m_atLimit = summary.atLimit();
    m_usage->setText(summary.html());
    refresh();
}

void AccountDialog::showDevices(const QJsonArray& devices)
{
    m_devices->clear();
    const QString self = m_sync.deviceId();
    for (const QJsonValue& value : devices) {
        const QJsonObject device = value.toObject();
        const QString id = device.value(QStringLiteral("id")).toString();
        const QDateTime lastSync =
            QDateTime::fromString(device.value(QStringLiteral("lastSyncAt")).toString(), Qt::ISODateWithMs);
        const QString when = lastSync.isValid()
                                 ? QLocale().toString(lastSync.toLocalTime(), QLocale::ShortFormat)
                                 : tr("never");
        const QString name = id == self ? tr("This computer") : tr("Device %1").arg(id.left(8));
        auto* item = new QListWidgetItem(tr("%1, last sync %2").arg(name, when));
        item->setData(Qt::UserRole, id);
        m_devices->addItem(item);
    }
    m_removeDevice->setEnabled(m_sync.isSignedIn() && m_devices->currentRow() >= 0);
}

void AccountDialog::removeDevice()
{
    const QListWidgetItem* item = m_devices->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    QPointer<AccountDialog> self(this);
    m_sync.account().removeDevice(id, [self](Status status) {
        if (!self)
            return;
        self->m_message->setText(status ? tr("The device was removed; its slot is free.")
                                        : status.errorMessage());
        self->loadAccount();
    });
}

void AccountDialog::resendVerification()
{
    QPointer<AccountDialog> self(this);
    m_sync.account().resendVerification([self](Status status) {
        if (self)
            self->m_message->setText(
                status ? tr("A new confirmation mail is on its way to %1.").arg(self->m_sync.email())
                       : status.errorMessage());
    });
}

void AccountDialog::manageSubscription()
{
    QPointer<AccountDialog> self(this);
    m_sync.account().portal([self](Result<QUrl> page) {
        if (self)
            openBillingPage(self->m_sync, page,
                            [self](const QString& message) { self->m_message->setText(message); });
    });
}

void AccountDialog::createAccount()
{
    auto* dialog = new CreateAccountDialog(m_sync, m_service->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_service->setText(m_sync.service().toString());
        m_email->setText(m_sync.email());
        m_message->setText(tr("Account created and signed in. Confirm your address with the link the "
                              "service mailed to %1.")
                               .arg(m_sync.email()));
        refresh();
        loadAccount();
    });
    dialog->open();
}

void AccountDialog::forgotPassword()
{
    auto* dialog = new ResetPasswordDialog(m_sync, m_service->text(), m_email->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
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
    m_upgrade->setVisible(signedIn && (overLimit || m_atLimit));
    m_manage->setVisible(signedIn && m_sync.tier() != QLatin1String("free"));
    m_createAccount->setVisible(!signedIn);
    m_forgotPassword->setVisible(!signedIn);
    m_accountPanel->setVisible(signedIn);
    if (!signedIn) {
        m_verifyBanner->hide();
        m_resend->hide();
    }
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
        loadAccount();
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
    showUpgradeMenu(m_sync, m_upgrade, [this](const QString& message) { m_message->setText(message); });
}

} // namespace dnd::gui
