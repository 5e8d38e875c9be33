#pragma once

#include "model/CombatLogEntry.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"
#include "rules/CombatRequests.h"
#include "rules/Dice.h"
#include "rules/Prompt.h"
#include "store/ChangeSet.h"
#include "store/LocalStore.h"
#include "util/Clock.h"
#include "util/RandomSource.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace dnd::rules {

// Runs one encounter at the table. Every command computes the new state with the rules, commits it
// (plus its combat log entries) through LocalStore::commit in one transaction, and keeps the
// inverse change set for undo. Undo and redo are committed (and synced) changes too.
// Commands fail without touching anything and say why; rolls come from the injected RandomSource.
class EncounterSession : public QObject {
    Q_OBJECT
public:
    EncounterSession(LocalStore& store, QString encounterId, RandomSource& random, const Clock& clock,
                     QObject* parent = nullptr);
    ~EncounterSession() override;

    // Reads the encounter, its participants and its log. Clears undo and redo.
    Status load();

    const Encounter& encounter() const { return m_encounter; }
    RulesEdition rules() const { return m_encounter.rules; }
    // In turn order (the encounter's order; combatants not in it yet follow by the sort rules).
    // Computed once per change and shared: handing it out costs no copy of the combatants.
    QList<Participant> participants() const { return m_ordered; }
    std::optional<Participant> participant(const QString& id) const;
    bool isActive() const { return m_encounter.status == EncounterStatus::Active; }
    bool isPaused() const { return m_encounter.status == EncounterStatus::Paused; }
    int round() const { return m_encounter.combat.round; }
    QString currentParticipantId() const;
    // Who acts after the current combatant (skipping the defeated and the dead).
    QString nextParticipantId() const;
    // Sorted by sequence.
    const QList<CombatLogEntry>& log() const { return m_log; }
    // Combat time, excluding pauses.
    qint64 elapsedMs() const;
    // Prompts raised by the last command.
    const QList<Prompt>& pendingPrompts() const { return m_prompts; }

    // --- other devices ---
    // Rows pulled from the service that touch this encounter are read again at once (changed()
    // follows); the undo history stays. When another device deleted the encounter, the session
    // keeps showing its last state, refuses commands, and can hand that state out as a copy.
    bool isDeletedElsewhere() const { return m_deletedElsewhere; }
    // The encounter as this session last had it, as new records with new ids (participants, their
    // turn order and the combat log), named `name`; `newEncounterId` receives the copy's id.
    ChangeSet copyAsNewEncounter(const QString& name, QString* newEncounterId) const;

    // --- combatants ---
    // The most copies of a creature one command adds (a horde; more is surely a typing slip).
    static constexpr int kMostAddedAtOnce = 1000;
    // Adding during a fight leaves the turn where it is: the newcomers take their place in the
    // order by `initiative`, and all of it (the copies and their rolls) is one undo step.
    Result<QStringList> addParticipants(const Creature& creature, int count = 1, bool hidden = false,
                                        const JoinInitiative& initiative = {});
    Result<QString> addParticipant(const Character& character);
    // An ad-hoc combatant the DM types in; id and encounterId are filled in when empty.
    Result<QString> addCustomParticipant(Participant participant, const JoinInitiative& initiative = {});
    Status removeParticipant(const QString& id);
    // Replaces the stored fields of a combatant (same id) with the edited copy.
    Status editParticipant(const Participant& edited);
    Status setHidden(const QString& id, bool hidden);

    // --- initiative ---
    Status setInitiative(const QString& id, int total, std::optional<int> roll = std::nullopt);
    Status rollInitiative(const InitiativeRollRequest& request = {});
    // Moves a combatant among the combatants it is tied with (same total, modifier, Dexterity and
    // side), to `position` within that tie group (0 = first).
    Status moveInOrder(const QString& id, int position);
    Status setOptions(const InitiativeOptions& options);
    // The encounter's name, notes, party and rule set; preparation, not a combat event: nothing is
    // logged.
    Status setDetails(const QString& name, const QString& notes, const QString& partyId, RulesEdition rules);
    Status setLairEnabled(bool enabled);

    // --- turns ---
    // `typedTotals` (participant id -> total) are the players' rolls typed just before: set in the
    // same undo step, so one undo goes back to before the start with none of them.
    Status startCombat(const QHash<QString, int>& typedTotals = {});
    // Works while running or paused.
    Status endCombat();
    // A break at the table: the clock stops and the turn stays where it is; turn changes are
    // refused until resumeCombat(). Each is one undo step.
    Status pauseCombat();
    Status resumeCombat();
    Status nextTurn();
    // Restores the state before the last turn change (its turn-start and turn-end effects too).
    Status previousTurn();

    // --- hit points ---
    Status applyDamage(const DamageRequest& request);
    Status heal(const QStringList& targetIds, int amount, const ActingSource& source = {});
    Status grantTempHp(const QStringList& targetIds, int amount, const ActingSource& source = {});
    Status setMaxHpOverride(const QString& id, std::optional<int> maxHp);

    // --- conditions and concentration ---
    Status addCondition(const ConditionRequest& request);
    Status removeCondition(const QString& participantId, const QString& conditionId,
                           const ActingSource& source = {});
    Status setConcentration(const QString& id, bool concentrating, const QString& note = {});
    // The DM reports the Constitution save; a total below the DC ends concentration.
    Status recordConcentrationSave(const QString& id, int saveTotal, int dc);

    // --- death saves ---
    Status recordDeathSave(const QString& id, int roll);
    Status rollDeathSave(const QString& id);

    // --- limited resources ---
    Status useLegendaryAction(const QString& id, int cost = 1);
    Status useLegendaryResistance(const QString& id);
    Status useReaction(const QString& id);
    // The DM takes back a reaction marked by mistake (or one the rules give back).
    Status restoreReaction(const QString& id);
    Status useRecharge(const QString& id, const QString& actionName);
    // A new day: every combatant who can rest gets what a long rest gives back (LongRest), in one
    // undo step, with a long_rest log entry each.
    Status longRest();

    // --- free rolls ---
    // Rolls a dice expression with the session's random source and records it in the combat log
    // (a "roll" entry with the label, the expression, each die and the total), undoable like any
    // other command. `label` says what was rolled ("Goblin 1: Scimitar (to hit)"); `actorId` names
    // the combatant who rolled, empty for the DM.
    Result<DiceRoll> recordRoll(const QString& label, const QString& expression, const QString& actorId = {});

    // --- undo ---
    bool canUndo() const { return !m_undo.isEmpty(); }
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString undoText() const;
    QString redoText() const;
    Status undo();
    Status redo();

signals:
    void changed();
    void promptRaised(const dnd::rules::Prompt& prompt);

private:
    enum class StepKind { Other, TurnAdvance, TurnBack };
    struct UndoStep {
        QString text;
        ChangeSet changes; // what to commit to undo (or redo) this step
        StepKind kind = StepKind::Other;
        CombatState combatBefore; // where the fight stood before this step
        ChangeSet done;           // what the step committed: the values taking it back expects
    };
    // A command's working copy: the changed records and the log lines it adds.
    struct Draft;

    Draft startDraft() const;
    Status commitDraft(Draft& draft, const QString& text, StepKind kind = StepKind::Other);
    void fireTurnEnd(Draft& draft, const QString& participantId);
    void fireTurnStart(Draft& draft, const QString& participantId);
    // Rolls for the given combatants (one roll per identical group when grouping).
    void rollFor(Draft& draft, const QStringList& ids, std::optional<InitiativeMode> mode, bool group);
    // Gives combatants just added to the draft their initiative as the DM chose.
    Status giveInitiative(Draft& draft, const QString& id, int total, std::optional<int> roll);
    void giveJoinInitiative(Draft& draft, const QStringList& ids, const JoinInitiative& initiative);
    // Moves the turn to the next combatant still in the fight; returns false when none is.
    bool advance(Draft& draft);
    void tickConditions(Draft& draft, const QString& anchorId, DurationTiming timing);
    void endConcentration(Draft& draft, Participant& p, const QString& reason);
    Status applyStep(QList<UndoStep>& from, QList<UndoStep>& to);
    // The part of taking a step back (or again) that still applies: a field another device changed
    // since the step was done keeps that device's value, the later edit.
    ChangeSet withoutFieldsChangedElsewhere(const ChangeSet& changes, const ChangeSet& done);
    Status reload();
    // Refuses writes once another device deleted the encounter.
    Status checkWritable() const;
    // Turn changes wait while the combat is paused.
    Status refuseWhilePaused() const;
    // Whether pulled rows touch this encounter, its combatants or its log.
    bool concerns(const QList<RemoteChange>& changes);
    void followRemote(const QList<RemoteChange>& changes);
    Participant* find(QList<Participant>& list, const QString& id) const;
    // Recomputes the turn order and the id index after the combatants or the order changed.
    void rebuildOrder();
    void raise(const Prompt& prompt);

    LocalStore& m_store;
    QString m_encounterId;
    RandomSource& m_random;
    const Clock& m_clock;

    Encounter m_encounter;
    QList<Participant> m_participants; // in the order they were added
    QList<Participant> m_ordered;      // m_participants in turn order
    QHash<QString, qsizetype> m_index; // id -> position in m_participants
    QList<CombatLogEntry> m_log;
    qint64 m_nextSequence = 1;
    QList<UndoStep> m_undo;
    QList<UndoStep> m_redo;
    QList<Prompt> m_prompts;
    int m_remoteListener = 0;
    bool m_deletedElsewhere = false;
};

} // namespace dnd::rules
