#pragma once

#include "playerdisplay/PlayerBoard.h"
#include "rules/EncounterSession.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace dnd::gui {

class ActionCatalog;
class AppSettings;
class CombatLogModel;
class CombatantStatblock;
class OpenEncounters;
class InitiativeModel;

// Runs a fight: the initiative list, the quick hit point field, condition picking, prompts that
// wait beside the list without blocking it, and the combat log. Every change goes through the
// encounter's rules session and lands in the application's undo history.
class TrackerPage : public QWidget {
    Q_OBJECT
public:
    TrackerPage(LocalStore& store, OpenEncounters& openEncounters, ActionCatalog& actions,
                AppSettings& settings, QWidget* parent = nullptr);

    void openEncounter(const QString& encounterId);
    rules::EncounterSession* session() const { return m_session; }
    QTableView* initiativeView() const { return m_table; }
    InitiativeModel* initiativeModel() const { return m_model; }
    CombatLogModel* logModel() const { return m_log; }
    // The statblock of the selected (else the current) combatant; its dice roll into the log.
    CombatantStatblock* statblock() const { return m_statblock; }
    QLineEdit* hpEntry() const { return m_hpEntry; }
    // Names whom the HP field and the actions apply to (the selection, else whose turn it is).
    QLabel* targetLabel() const { return m_target; }
    // Who deals the damage, heals or puts on the condition, for the log's credit: whose turn it is
    // (the default, chosen again at each turn change), nobody (a trap), or any combatant.
    QComboBox* sourceChooser() const { return m_source; }
    rules::ActingSource actingSource() const;
    QWidget* promptArea() const { return m_promptArea; }
    // Shown while the open encounter was deleted on another device, with Keep a Copy and Close.
    QWidget* deletedNotice() const { return m_deletedNotice; }
    int promptCount() const;
    // Selects combatants by id (the selection quick HP and the actions apply to).
    void select(const QStringList& ids);
    QStringList selectedIds() const;
    PlayerBoard board() const;

public slots:
    void reloadEncounterList();
    void applyHpEntry();
    void nextTurn();
    void togglePause();
    void previousTurn();
    void startCombat();
    void endCombat();
    void rollInitiative();
    void addCondition();
    // Ends a condition before it runs out (a click on its chip, or the row's menu).
    void removeCondition(const QString& participantId, const QString& conditionId);
    void toggleHidden();
    void toggleConcentration();
    void rollDeathSave();
    void toggleReaction();
    void useLegendaryAction();
    void useLegendaryResistance();
    void removeSelected();
    // Asks which monsters to add (bestiary or blank, how many, their initiative) and adds them
    // in one step; during a fight they join the order without moving the turn.
    void addCombatants();
    // Asks for the name the players see for the selected (else the current) combatant.
    void setAlias();
    void exportLog();
    // Puts the keyboard on the source chooser and opens its list.
    void chooseSource();
    // Opens the Init cell of the (first) selected combatant for typing.
    void editInitiative();
    // Opens the Init cell of the combatant `id` (selecting it) for typing.
    void editInitiativeOf(const QString& id);
    // Rolls for the selection (or the current combatant); nullopt = each combatant's own mode.
    void rollInitiativeFor(std::optional<InitiativeMode> mode);
    // Moves a combatant before `beforeRow` of the list, among the combatants it is tied with.
    void moveBefore(const QString& id, int beforeRow);
    void moveSelected(int step);
    void setMaxHp();
    // Uses the named recharge ability, or the first ready one when `actionName` is empty.
    void useRecharge(const QString& actionName = {});
    // A new day: every combatant of the open encounter finishes a long rest (asks first while a
    // fight is running).
    void longRest();
    // For an encounter deleted on another device: saves what this window shows as a new
    // encounter and opens it, or closes it.
    void keepDeletedCopy();
    void closeDeleted();

signals:
    void boardChanged(const dnd::gui::PlayerBoard& board);
    void status(const QString& message);
    // The open encounter changed (remembered for the next start).
    void encounterOpened(const QString& encounterId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Construction steps, in the order the constructor runs them.
    void buildLayout();
    QHBoxLayout* buildEncounterBar();
    QWidget* buildDeletedNotice();
    void buildInitiativeTable();
    QSplitter* buildSideColumn();
    QHBoxLayout* buildHitPointBar();
    void addActionButtons(QHBoxLayout* row, const QStringList& actionIds);
    // A yes/no question whose accepting button says what happens; true when accepted.
    bool confirm(const QString& title, const QString& question, const QString& acceptText);
    void connectActions();
    // Refreshes when the open session changes or closes, and the board when the settings change.
    void followSessionsAndSettings();
    void startClock();

    void refresh();
    void showTargets();
    // Lists whose turn it is, nobody, and every combatant; keeps the choice while it is still there.
    void refreshSources();
    void run(const std::function<Status()>& command);
    // A turn change: the selection made for the last combatant's turn is let go, so the next
    // damage goes to whose turn it is now unless the DM picks someone again.
    void runTurnChange(const std::function<Status()>& command);
    void showPrompt(const rules::Prompt& prompt);
    void focusHpEntry(const QString& prefix);
    QStringList targets() const;
    void showContextMenu(const QPoint& position);
    void showStatblock();
    void rollFromStatblock(const QString& participantId, const QString& label, const QString& expression);

    ActionCatalog& m_actions;

    LocalStore& m_store;
    OpenEncounters& m_openEncounters;
    AppSettings& m_settings;
    rules::EncounterSession* m_session = nullptr;
    QComboBox* m_encounters = nullptr;
    QLabel* m_round = nullptr;
    QLabel* m_elapsed = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    InitiativeModel* m_model = nullptr;
    QListView* m_logView = nullptr;
    CombatLogModel* m_log = nullptr;
    QLineEdit* m_hpEntry = nullptr;
    QLabel* m_target = nullptr;
    QComboBox* m_source = nullptr;
    QWidget* m_promptArea = nullptr;
    QWidget* m_deletedNotice = nullptr;
    QLabel* m_pausedBanner = nullptr; // shown while combat is paused
    QLabel* m_deletedText = nullptr;
    QVBoxLayout* m_prompts = nullptr;
    QTimer* m_clock = nullptr;
    CombatantStatblock* m_statblock = nullptr;
};

} // namespace dnd::gui
