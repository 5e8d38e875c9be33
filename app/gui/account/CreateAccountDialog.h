#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dnd::gui {

class PasswordRulesLabel;
class SyncController;

// Account and Sync > Create Account: email, username and a password checked against the
// service's rules as it is typed. On success this computer is signed in to the new account and
// the service mails a verification link.
class CreateAccountDialog : public QDialog {
    Q_OBJECT
public:
    CreateAccountDialog(SyncController& sync, const QString& service, QWidget* parent = nullptr);

private:
    void recheck();
    void create();

    SyncController& m_sync;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    PasswordRulesLabel* m_rules = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_create = nullptr;
    bool m_busy = false;
};

} // namespace dnd::gui
