#pragma once

#include "model/Participant.h"

#include <QList>
#include <QStringList>

namespace dnd::rules {

// Sorts combatants into turn order. Comparison, first difference wins:
//  1. higher initiative total (no initiative yet: after everyone who has one);
//  2. the lair entry loses every tie on the total;
//  3. higher initiative modifier;
//  4. higher Dexterity score;
//  5. player characters before creatures;
//  6. lower tieBreakRank (the DM's manual order, changed by moving a combatant);
//  7. the order the combatants were added (stable).
class InitiativeOrder {
public:
    // participants in the order they were added; returns ids in turn order.
    static QStringList sort(const QList<Participant>& participants);
    // True when a and b are tied on rules 1-5, so only the DM's order separates them.
    static bool tied(const Participant& a, const Participant& b);
    // Strict "a acts before b" by rules 1-6 (rule 7 is the caller's stable order).
    static bool before(const Participant& a, const Participant& b);
};

} // namespace dnd::rules
