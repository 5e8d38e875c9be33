#pragma once

#include "store/LocalStore.h"

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace dnd::gui {

class ApiTokensPanel;
class SyncController;

// File > Account and Sync: sign this device in to the companion service (or out), see how sync
// stands, which changes the service refused and why, and upgrade the plan when a limit was hit.
// Not modal: signing in talks to the network and the DM may go on working meanwhile.
class AccountDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountDialog(SyncController& sync, QWidget* parent = nullptr);

protected:
    // Each time the dialog comes up it reads the account again (verified since? devices?).
    void showEvent(QShowEvent* event) override;

private:
    // The signed-in account as the service has it now: verification, plan usage and devices.
    void loadAccount();
    void showUsage(const QJsonObject& usage);
    void showDevices(const QJsonArray& devices);
    void removeDevice();
    void resendVerification();
    void manageSubscription();
    void createAccount();
    void forgotPassword();
    void signIn();
    void signOut();
    void upgrade();
    void sendAgain();
    void refresh();
    void setBusy(bool busy, const QString& message = {});

    SyncController& m_sync;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_upgrade = nullptr;
    QPushButton* m_manage = nullptr;
    QPushButton* m_createAccount = nullptr;
    QPushButton* m_forgotPassword = nullptr;
    QLabel* m_verifyBanner = nullptr;
    QPushButton* m_resend = nullptr;
    QWidget* m_accountPanel = nullptr;
    QLabel* m_usage = nullptr;
    QListWidget* m_devices = nullptr;
    QPushButton* m_removeDevice = nullptr;
    ApiTokensPanel* m_apiTokens = nullptr;
    bool m_atLimit = false; // some usage reached its limit: Upgrade is offered
    QLabel* m_account = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_refused = nullptr;
    QPushButton* m_sendAgain = nullptr;
    QList<SyncRejection> m_shownRefused; // the rows of m_refused
};

} // namespace dnd::gui
