#pragma once

#include "model/CombatLogEntry.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"

#include <QList>
#include <QString>

namespace dnd {

// An item of a file that could not be read, and why (shown to the DM after an import).
struct ImportIssue {
    QString item;   // the item's name or position, e.g. "Goblin" or "item 12"
    QString reason; // readable sentence

    bool operator==(const ImportIssue&) const = default;
};

// Everything a reader took from one file, before it is written to the store. Characters refer
// to their party by partyId; participants and log entries to their encounter by encounterId.
struct ImportBatch {
    QList<Party> parties;
    QList<Character> characters;
    QList<Creature> creatures;
    QList<Encounter> encounters;
    QList<Participant> participants;
    QList<CombatLogEntry> combatLog;
    QList<ImportIssue> skipped;

    qsizetype itemCount() const
    {
        return parties.size() + characters.size() + creatures.size() + encounters.size() +
               participants.size() + combatLog.size();
    }
};

} // namespace dnd
