#pragma once

#include "settings/AppSettings.h"
#include "model/Encounter.h"
#include "model/Participant.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dnd::gui {

// One line of the player display: only what the players may see.
struct PlayerBoardRow {
    QString participantId;
    QString name;      // the alias when there is one
    QString health;    // "Bloodied", or "23 / 40" for characters when the DM shows numbers
    QString healthKey; // healthy / hurt / bloodied / defeated, for colouring
    bool isCharacter = false;
    bool current = false;
    bool next = false;
    QStringList conditions; // the ones not hidden from players
    bool operator==(const PlayerBoardRow&) const = default;
};

// What the players' window shows at one moment, computed from the encounter and its combatants.
// Hidden combatants are left out entirely; monsters' hit points only ever appear as words.
struct PlayerBoard {
    QString title;
    bool inCombat = false;
    int round = 0;
    QString currentName; // empty when the current combatant is hidden
    QString nextName;
    QList<PlayerBoardRow> rows;
    bool operator==(const PlayerBoard&) const = default;

    static PlayerBoard build(const Encounter& encounter, const QList<Participant>& participants,
                             PlayerHpMode mode);
    QStringList names() const;
};

// The shown name of a condition: its label, the SRD name, with the exhaustion level.
QString conditionDisplayName(const ActiveCondition& condition);

// The participants in turn order: the combat order first, then any not in it by initiative.
QList<Participant> inTurnOrder(const Encounter& encounter, const QList<Participant>& participants);

} // namespace dnd::gui
