#pragma once

#include "model/Participant.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace dnd::rules {

// Who acts in a command done to others (deals the damage, heals, puts on or takes off a condition),
// for the log's credit: whose turn it is (the default), a chosen combatant (the dragon's tail
// attack during a player's turn, the cleric's reaction), or nobody (a trap, a fall, the weather).
struct ActingSource {
    enum class Kind { WhoseTurn, Combatant, Nobody };
    Kind kind = Kind::WhoseTurn;
    QString participantId; // for Kind::Combatant

    static ActingSource combatant(const QString& id) { return {Kind::Combatant, id}; }
    static ActingSource nobody() { return {Kind::Nobody, {}}; }
    bool operator==(const ActingSource&) const = default;
};

// Half for a successful save, double for e.g. a vulnerable-to-everything effect the DM applies.
enum class DamageScale { Normal, Half, Double };

// Damage to one or several targets.
struct DamageRequest {
    QStringList targetIds;
    int amount = 0;     // the rolled damage before halving, doubling and resistances
    QString damageType; // "fire"; empty = untyped, no resistance applies
    DamageScale scale = DamageScale::Normal;
    bool critical = false; // a critical hit on a dying character counts two failures
    bool magical = false;  // resistances "from nonmagical attacks" do not apply to magical damage
    ActingSource source;   // who deals it
};

// A condition to put on one combatant.
struct ConditionRequest {
    QString targetId;
    QString key;     // an SRD key ("prone", "exhaustion") or a custom name
    QString label;   // display text for a custom condition
    int rounds = -1; // -1 = until removed
    DurationTiming timing = DurationTiming::TurnEnd;
    QString anchorParticipantId; // whose turn counts the rounds; empty = the bearer
    bool hidden = false;         // hidden from the player display
    int exhaustionLevel = 1;     // for "exhaustion" only; sets the level (1-6)
    QString note;
    ActingSource source; // who puts it on
};

// Which combatants roll initiative and how.
struct InitiativeRollRequest {
    QStringList participantIds;         // empty = every creature (characters type their own)
    std::optional<InitiativeMode> mode; // overrides each combatant's own mode when set
    std::optional<bool>
        groupIdentical; // one roll per group of identical creatures; default: the encounter's option
};

// The initiative of combatants added after the list was made, e.g. reinforcements mid-fight:
// rolled (identical creatures share one roll when the encounter groups them), a total the DM
// typed, or none (they wait at the end of the order until one is set).
struct JoinInitiative {
    enum class Kind { None, Roll, Total };
    Kind kind = Kind::None;
    int total = 0; // for Kind::Total
};

} // namespace dnd::rules
