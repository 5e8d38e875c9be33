#pragma once

#include "model/Creature.h"
#include "model/Participant.h"
#include "model/Party.h"

namespace dnd::rules {

// What a long rest ("a new day") gives back, on what the model holds. Pure: EncounterSession and
// the parties page wrap it into one undo step each.
class LongRest {
public:
    // Can this combatant rest? A dead character or a defeated creature stays as it is.
    static bool canRest(const Participant& participant);
    // HP to the maximum (the override when set), temporary HP gone, death saves cleared, legendary
    // resistances and actions full, recharge abilities ready, reaction back, exhaustion one level
    // lower (removed at 0). Returns whether anything changed.
    static bool apply(Participant& participant);
    // How many spent hit dice a long rest gives back: under the 2014 rules up to half the
    // character's total (one per level), at least one; under the 2024 rules all of them.
    static int hitDiceRegained(const Character& character, RulesEdition rules);
    // A character outside a fight: HP to the maximum, temporary HP gone, spent hit dice regained
    // as hitDiceRegained() says.
    static bool apply(Character& character, RulesEdition rules);
};

} // namespace dnd::rules
