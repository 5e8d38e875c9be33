#pragma once

#include "model/CombatLogEntry.h"

#include <QCoreApplication>
#include <QString>

namespace dnd::rules {

// The one place a combat log entry becomes a sentence a person reads ("Goblin 2 took 7 damage
// from Aria", "Round 3 began"). Entries stay structured (kind, names, values) in the store and on
// the wire; this turns them into text in the language of the installed translator, so the log
// reads in the DM's language whichever device wrote it. Entries of kinds this release does not
// know (written by a newer one) still read as "who: what to whom".
class CombatLogText {
    Q_DECLARE_TR_FUNCTIONS(CombatLogText)
public:
    static QString sentence(const CombatLogEntry& entry);
    // Whether `action` has a sentence of its own (else it reads as "who: what whom").
    static bool knows(const QString& action);
};

} // namespace dnd::rules
