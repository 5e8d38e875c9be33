#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dnd::gui {

class PasswordRulesLabel;
class SyncController;

// Account and Sync > Forgot Password: the service mails a reset token to the address; the token
// from that mail and a new password (checked against the rules as it is typed) set the password.
// The mail's link opens the same form in a browser, for those who read mail on a phone.
class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(SyncController& sync, const QString& service, const QString& email,
                        QWidget* parent = nullptr);

private:
    void sendMail();
    void setPassword();
    void recheck();
    QUrl serviceUrl() const;

    SyncController& m_sync;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_email = nullptr;
    QPushButton* m_send = nullptr;
    QLineEdit* m_token = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    PasswordRulesLabel* m_rules = nullptr;
    QPushButton* m_set = nullptr;
    QLabel* m_message = nullptr;
    bool m_busy = false;
};

} // namespace dnd::gui
