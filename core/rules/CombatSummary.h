#pragma once

#include "model/CombatLogEntry.h"
#include "model/Participant.h"
#include "store/LocalStore.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace dnd::rules {

class EncounterSession;

// What a finished fight amounts to, for the summary the DM reads after End Combat: its length,
// who fell, the XP the party earned and each combatant's damage dealt and taken (from the log).
struct CombatSummary {
    // Damage a combatant dealt and took in this fight, as the log credits it.
    struct Tally {
        QString name;
        int dealt = 0;
        int taken = 0;
        bool operator==(const Tally&) const = default;
    };
    struct XpShare {
        QString name;
        int xp = 0;
        bool operator==(const XpShare&) const = default;
    };

    int rounds = 0;
    qint64 elapsedMs = 0;    // the combat clock: paused time does not count
    QStringList defeated;    // creatures defeated, in the order they fell
    int totalXp = 0;         // the defeated creatures' XP
    QList<XpShare> xpShares; // the total split evenly (rounded down) among the characters
    QList<Tally> damage;     // every combatant named in the fight's damage, in turn order first

    // Reads the fight the session holds (the entries since the last "combat_start"). `creatureXp`
    // gives the XP of a bestiary creature by id (0 when unknown: a monster typed in by hand).
    static CombatSummary of(const EncounterSession& session,
                            const std::function<int(const QString&)>& creatureXp);
    // The same, with the creatures' XP read from the store.
    static CombatSummary of(const EncounterSession& session, LocalStore& store);
};

} // namespace dnd::rules
