#pragma once

#include "model/Creature.h"
#include "model/Participant.h"
#include "rules/CombatRequests.h"

#include <QString>

namespace dnd::rules {

// What one hit did to one combatant.
struct DamageOutcome {
    int rolled = 0;     // the amount asked for
    int afterScale = 0; // after half / double
    int applied = 0;    // after immunity, resistance, vulnerability
    int absorbedByTemp = 0;
    int lostHp = 0;
    int overkill = 0; // damage beyond the HP the combatant had
    bool immune = false;
    bool resisted = false;
    bool vulnerable = false;
    bool droppedToZero = false;
    bool killedOutright = false;      // massive damage on a character
    int deathSaveFailures = 0;        // added because the character was already dying
    bool concentrationBroken = false; // dropped to 0 while concentrating
    int concentrationDc = 0;          // > 0: a concentration check is due
};

// The hit point rules on one combatant, pure and without storage: damage with types, temporary
// HP, healing, death saves. EncounterSession wraps these into undoable commands.
class HitPointRules {
public:
    // Damage after the statblock's immunities, resistances and vulnerabilities (in that order,
    // after half / double). A statblock entry matches when it names the type; an entry that
    // mentions "nonmagical" is ignored for magical damage.
    static int adjustedDamage(const Participant& target, const DamageRequest& request,
                              DamageOutcome* outcome = nullptr);
    static DamageOutcome applyDamage(Participant& target, const DamageRequest& request, RulesEdition rules);
    // Returns the HP actually restored. Healing a dying character resets its death saves.
    static int heal(Participant& target, int amount);
    // Temporary HP never stack: the higher of the old and new value stays.
    static void grantTempHp(Participant& target, int amount);
    static void setMaxHpOverride(Participant& target, std::optional<int> maxHp);
    // DC of the concentration save after taking this much damage.
    static int concentrationDc(int damage, RulesEdition rules);
    // A d20 death save: 1 = two failures, 2-9 failure, 10-19 success, 20 = back to 1 HP.
    static void recordDeathSave(Participant& target, int roll);
    static bool isDying(const Participant& participant);
};

} // namespace dnd::rules
