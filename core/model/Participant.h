#pragma once

#include "model/EntityKind.h"
#include "model/Validation.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace dnd {

enum class ParticipantKind { Character, Creature, Lair };
QString participantKindKey(ParticipantKind kind);

enum class InitiativeMode { Normal, Advantage, Disadvantage, TakeTen };
QString initiativeModeKey(InitiativeMode mode);
InitiativeMode initiativeModeFromKey(const QString& key);

// When a condition's remaining rounds count down: at the start or the end of a chosen combatant's turn.
enum class DurationTiming { TurnStart, TurnEnd };

struct ActiveCondition {
    QString id;    // identifies this instance, so two Frightened from different sources are separate
    QString key;   // "prone", "exhaustion" ... or a custom name
    QString label; // shown text (custom conditions); empty for SRD conditions
    int level = 0; // exhaustion level 1-6
    int remainingRounds = -1; // -1 = until removed
    DurationTiming timing = DurationTiming::TurnEnd;
    QString anchorParticipantId; // whose turn counts the duration (default: the bearer)
    bool hiddenFromPlayers = false;
    QString note;
    // Added during its anchor's turn with end-of-turn timing: that turn's end does not count, so
    // "1 round" lasts until the end of the anchor's next turn.
    bool skipNextTick = false;

    QJsonObject toJson() const;
    static ActiveCondition fromJson(const QJsonObject& object);
    bool operator==(const ActiveCondition&) const = default;
};

struct DeathSaves {
    int successes = 0;
    int failures = 0;
    bool stable = false;
    bool dead = false;

    QJsonObject toJson() const;
    static DeathSaves fromJson(const QJsonObject& object);
    bool operator==(const DeathSaves&) const = default;
};

// An ability that comes back on a d6 roll at the start of its owner's turn.
struct RechargeState {
    QString actionName;
    int rechargeOn = 6;
    bool available = true;

    QJsonObject toJson() const;
    static RechargeState fromJson(const QJsonObject& object);
    bool operator==(const RechargeState&) const = default;
};

// One combatant in one encounter: a copy of the statblock figures that matter in a fight, which the
// DM may override, plus everything the fight changes.
struct Participant {
    static constexpr EntityKind kKind = EntityKind::Participant;

    QString id;
    QString encounterId;
    ParticipantKind kind = ParticipantKind::Creature;
    QString characterId;
    QString creatureId;
    QString name;
    QString alias;    // what the player display shows, e.g. "Goblin 2"; empty = name
    QString groupKey; // identical creatures rolled together share this when group initiative is on

    std::optional<int> initiative;     // the total that orders the fight
    std::optional<int> initiativeRoll; // the d20 result behind it
    int initiativeModifier = 0;
    int dexterity = 10; // tie-break after the modifier
    InitiativeMode initiativeMode = InitiativeMode::Normal;
    int tieBreakRank = 0; // the DM's manual order among exact ties; lower goes first

    int maxHp = 1;
    std::optional<int> maxHpOverride;
    int currentHp = 1;
    int tempHp = 0;
    int ac = 10;
    QStringList damageResistances;
    QStringList damageImmunities;
    QStringList damageVulnerabilities;
    QStringList conditionImmunities;

    QList<ActiveCondition> conditions;
    bool concentrating = false;
    QString concentrationNote;
    DeathSaves deathSaves;
    bool defeated = false;
    bool hidden = false;
    bool reactionUsed = false;
    int legendaryActionsMax = 0;
    int legendaryActionsLeft = 0;
    int legendaryResistancesMax = 0;
    int legendaryResistancesLeft = 0;
    QList<RechargeState> recharges;
    QString notes;

    int effectiveMaxHp() const { return maxHpOverride.value_or(maxHp); }
    QString displayName() const { return alias.isEmpty() ? name : alias; }
    bool isCharacter() const { return kind == ParticipantKind::Character; }
    bool hasCondition(const QString& key) const;

    QJsonObject toJson() const;
    static Participant fromJson(const QJsonObject& object);
    ValidationErrors validate() const;
    bool operator==(const Participant&) const = default;
};

} // namespace dnd
