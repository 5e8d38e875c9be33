#pragma once

#include "util/Result.h"

#include <QDialog>
#include <QJsonArray>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace dnd::gui {

class SyncController;

// Combat > Post to Discord: links the open encounter, or every encounter of its party, to a
// Discord channel through the webhook URL the DM copies from the channel's settings. The
// companion service then posts the fight there as the players see it (docs/INTEGRATIONS.md).
// Lists the account's links with how their last message went, tests one, removes one. Says what
// is missing instead when not signed in, offline, on a plan without the live view, or with an
// unconfirmed address.
class DiscordDialog : public QDialog {
    Q_OBJECT
public:
    explicit DiscordDialog(SyncController& sync, QWidget* parent = nullptr);

    // The encounter to link (and its party, empty when it has none); the list is asked for again.
    void setEncounter(const QString& encounterId, const QString& name, const QString& partyId);
    // The sentence shown about the last step.
    QString message() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();
    // Asks for the links again and shows them, then `outcome` (what the last step did) when given.
    void refreshLinks(int generation, const QString& outcome = {});
    void showLinks(const QJsonArray& links);
    void link();
    void testSelected();
    void removeSelected();
    QString selectedId() const;
    // A sentence instead of the form; `upgrade` adds the Upgrade button.
    void showProblem(const QString& text, bool upgrade = false);
    void showForm(bool shown);
    QString failureText(const Error& error) const;
    // How a link's last delivery reads in the list.
    QString statusText(const QJsonObject& link) const;

    SyncController& m_sync;
    QString m_encounterId;
    QString m_partyId;
    int m_generation = 0; // answers for an earlier encounter or load are dropped
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_url = nullptr;
    QRadioButton* m_thisEncounter = nullptr;
    QRadioButton* m_wholeParty = nullptr;
    QPushButton* m_link = nullptr;
    QTreeWidget* m_links = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_upgrade = nullptr;
};

} // namespace dnd::gui
