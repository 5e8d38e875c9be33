#pragma once

#include "store/LocalStore.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimer;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace dnd::rules {
class EncounterSession;
}

namespace dnd::gui {

class AppSettings;
class CreatureSearchModel;
class OpenEncounters;
class UndoHistory;

// The encounter builder: encounters to create, duplicate and delete; party members and creatures
// from the bestiary (searched as you type, added with a count); lair actions on or off; notes; and
// a difficulty meter for the encounter's rule set that follows every change.
class EncountersPage : public QWidget {
    Q_OBJECT
public:
    EncountersPage(LocalStore& store, OpenEncounters& openEncounters, UndoHistory& history,
                   AppSettings& settings, QWidget* parent = nullptr);

    QString currentEncounterId() const;
    void selectEncounter(const QString& id);
    QLineEdit* searchField() const { return m_search; }
    QTableView* resultsView() const { return m_results; }
    QLabel* difficultyLabel() const { return m_difficulty; }
    // One line per character and per group of identical monsters ("Goblin ×3"), each group
    // expandable to its members; columns name, CR, XP and HP.
    QTreeWidget* combatantTree() const { return m_combatants; }
    // How many participants the tree shows (members of groups counted one by one).
    int combatantCount() const;
    // The XP left to each difficulty band for the encounter's party, one line per band.
    QLabel* budgetLabel() const { return m_budget; }

public slots:
    QString newEncounter(const QString& name = {});
    void duplicateEncounter();
    void deleteEncounter();
    void addPartyMembers();
    void addSelectedCreature();
    void removeCombatant();
    // Saves what the details form shows for the encounter it shows (called as the DM types).
    void saveDetails();
    void reload();
    void focusSearch();
    // The encounter open in the tracker: the page shows it too (from its first show on), so
    // creatures are added to the encounter the DM is running.
    void followEncounter(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

signals:
    void runRequested(const QString& encounterId);
    void status(const QString& message);
    void encountersChanged();

private:
    // Construction steps: each builds a part of the page and connects its controls.
    QWidget* buildEncounterList();
    QFormLayout* buildDetailsForm();
    QGroupBox* buildBestiaryBox();
    QGroupBox* buildCombatantsBox();
    // Refreshes the shown encounter when its session changes, and everything after an undo.
    void followSessionsAndHistory();

    // Reads the type filter, the encounter list and the first search page (once).
    void ensurePopulated();
    void showEncounter();
    void showCombatants(const rules::EncounterSession& session);
    void updateDifficulty();
    void search();

    LocalStore& m_store;
    OpenEncounters& m_openEncounters;
    UndoHistory& m_history;
    AppSettings& m_settings;
    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_rules = nullptr;
    QComboBox* m_party = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_crRange = nullptr;
    CreatureSearchModel* m_searchModel = nullptr;
    QTableView* m_results = nullptr;
    QSpinBox* m_count = nullptr;
    QCheckBox* m_addHidden = nullptr;
    QTreeWidget* m_combatants = nullptr;
    QCheckBox* m_lair = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_difficulty = nullptr;
    QLabel* m_budget = nullptr;
    QWidget* m_editor = nullptr;
    QTimer* m_notesPause = nullptr; // notes are saved once the DM pauses typing
    QString m_followed;             // the tracker's encounter, shown when the page is first populated
    QString m_shownId;              // the encounter the details show; the Count starts at 1 for another
    bool m_populated = false;
    bool m_stale = false; // the shown encounter changed while the page was hidden
};

} // namespace dnd::gui
