#pragma once

#include "model/Creature.h"
#include "store/LocalStore.h"
#include "util/RandomSource.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;

namespace dnd::rules {
class EncounterSession;
}

namespace dnd::gui {

class CreatureSearchModel;
class OpenEncounters;
class StatblockView;
class UndoHistory;

// The bestiary: every SRD template and custom creature, searched as you type and filtered by
// challenge rating, type, size, rule set and source; the chosen creature's statblock with dice
// that roll into a log; custom creatures made by duplicating a template, edited and deleted
// through the undo history.
class BestiaryPage : public QWidget {
    Q_OBJECT
public:
    BestiaryPage(LocalStore& store, UndoHistory& history, RandomSource& random, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QComboBox* crMinFilter() const { return m_crMin; }
    QComboBox* crMaxFilter() const { return m_crMax; }
    QComboBox* typeFilter() const { return m_type; }
    QComboBox* sizeFilter() const { return m_size; }
    QComboBox* rulesFilter() const { return m_rules; }
    QComboBox* sourceFilter() const { return m_source; }
    QTableView* resultsView() const { return m_results; }
    StatblockView* statblock() const { return m_statblock; }
    QListWidget* rollLog() const { return m_rollLog; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* duplicateButton() const { return m_duplicate; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* addToEncounterButton() const { return m_addToEncounter; }
    QString currentCreatureId() const;
    void selectCreature(const QString& id);
    // While `openEncounter` returns a session (the encounter open in the tracker), statblock rolls
    // go into its combat log through `openEncounters`, undoable there; otherwise into the page's list.
    void setEncounterLog(OpenEncounters* openEncounters,
                         std::function<rules::EncounterSession*()> openEncounter);

public slots:
    void search();
    void focusSearch();
    // A blank statblock of the DM's own, in the editor.
    void newCreature();
    void duplicateCreature();
    void editCreature();
    void deleteCreature();
    void roll(const QString& label, const QString& expression);
    // Re-reads filter lists and results after the store changed (undo, redo, edits).
    void reload();

signals:
    void status(const QString& message);
    // A roll made from a statblock, as a log line.
    void rolled(const QString& text);
    // The DM wants `count` of this creature in the encounter being built.
    void addToEncounterRequested(const QString& creatureId, int count);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // Construction steps, in the order the constructor runs them.
    QWidget* buildSearchColumn();
    QGridLayout* buildFilters();
    QHBoxLayout* buildActionButtons();
    QSplitter* buildStatblockColumn();
    void connectSignals();

    // The filter lists and the first results are read when the page is first shown or used, not
    // at start-up (with tens of thousands of creatures they cost a noticeable part of it).
    void ensurePopulated();
    void showCurrent();
    void fillFilterLists();
    // Opens the editor on `start` and saves the creature it gives back as a new one.
    void addThroughEditor(const Creature& start);
    bool saveCreature(const Creature& creature, const QString& undoText);
    void revealOutsideSearch(const Creature& creature);

    LocalStore& m_store;
    bool m_populated = false;
    UndoHistory& m_history;
    RandomSource& m_random;
    QLineEdit* m_search = nullptr;
    QComboBox* m_crMin = nullptr;
    QComboBox* m_crMax = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_size = nullptr;
    QComboBox* m_rules = nullptr;
    QComboBox* m_source = nullptr;
    CreatureSearchModel* m_model = nullptr;
    QTableView* m_results = nullptr;
    StatblockView* m_statblock = nullptr;
    QListWidget* m_rollLog = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_duplicate = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_addToEncounter = nullptr;
    QSpinBox* m_count = nullptr;
    bool m_filling = false;
    OpenEncounters* m_openEncounters = nullptr;
    std::function<rules::EncounterSession*()> m_openEncounter;
};

} // namespace dnd::gui
