#pragma once

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
    // A character outside a fight: HP to the maximum, temporary HP gone.
    static bool apply(Character& character);
};

} // namespace dnd::rules
