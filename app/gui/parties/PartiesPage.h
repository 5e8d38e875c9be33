#pragma once

#include "store/LocalStore.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace dnd::gui {

class AppSettings;
class CharacterModel;
class PartyListModel;
class UndoHistory;

// Parties and their characters: list, create, edit, archive and delete, every change undoable.
class PartiesPage : public QWidget {
    Q_OBJECT
public:
    // The settings' rule set decides how many hit dice a long rest gives back.
    PartiesPage(LocalStore& store, UndoHistory& history, const AppSettings& settings,
                QWidget* parent = nullptr);

    QString currentPartyId() const;
    void selectParty(const QString& id);
    QListView* partyView() const { return m_partyView; }
    QTableView* characterView() const { return m_characterView; }
    PartyListModel* partyModel() const { return m_parties; }
    CharacterModel* characterModel() const { return m_characters; }

public slots:
    void newParty();
    void editParty();
    void toggleArchived();
    void deleteParty();
    void newCharacter();
    // A new day: every character of the selected party finishes a long rest, in one undo step.
    void longRest();
    void editCharacter();
    void deleteCharacter();
    void reload();

signals:
    // A message for the status bar.
    void status(const QString& message);
    // The user asked for the example party and encounter from the empty state.
    void exampleRequested();

private:
    // Construction steps: the page for a store without parties, the party list and the party's
    // characters; then the signals.
    QWidget* buildEmptyState();
    QWidget* buildPartyColumn();
    QWidget* buildCharacterColumn();
    void connectSignals();

    void updateButtons();
    bool commit(const class ChangeSet& changes, const QString& text);
    QString currentCharacterId() const;

    LocalStore& m_store;
    UndoHistory& m_history;
    const AppSettings& m_settings;
    PartyListModel* m_parties = nullptr;
    CharacterModel* m_characters = nullptr;
    QListView* m_partyView = nullptr;
    QTableView* m_characterView = nullptr;
    QStackedWidget* m_stack = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_partyTitle = nullptr;
    QPushButton* m_newParty = nullptr;
    QPushButton* m_editParty = nullptr;
    QPushButton* m_archiveParty = nullptr;
    QPushButton* m_deleteParty = nullptr;
    QPushButton* m_newCharacter = nullptr;
    QPushButton* m_editCharacter = nullptr;
    QPushButton* m_deleteCharacter = nullptr;
    QPushButton* m_longRest = nullptr;
};

} // namespace dnd::gui
