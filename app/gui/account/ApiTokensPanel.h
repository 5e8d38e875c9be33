#pragma once

#include <QJsonArray>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dnd::sync {
class AccountClient;
}

namespace dnd::gui {

// The account's personal API tokens, for the DM's own scripts and tools: make one (a name, the
// scopes read / write / live, an expiry), see it once with Copy, list them (scopes, the first
// characters, made, last used, expiry) and revoke one after a confirmation. Part of the account
// window; it talks to the service through the signed-in AccountClient.
class ApiTokensPanel : public QWidget {
    Q_OBJECT
public:
    explicit ApiTokensPanel(sync::AccountClient& account, QWidget* parent = nullptr);

    // Reads the list again (the window shows, the account signed in); empties it when signed out.
    void reload();

private:
    void buildLayout();
    void connectSignals();
    void showTokens(const QJsonArray& tokens);
    void create();
    void copyToken();
    void revoke();
    void updateButtons();

    sync::AccountClient& m_account;
    QTreeWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_read = nullptr;
    QCheckBox* m_write = nullptr;
    QCheckBox* m_live = nullptr;
    QComboBox* m_expiry = nullptr;
    QPushButton* m_create = nullptr;
    QWidget* m_newTokenBox = nullptr;
    QLineEdit* m_newToken = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_revoke = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace dnd::gui
