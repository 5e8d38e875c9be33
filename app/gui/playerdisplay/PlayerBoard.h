#pragma once

#include "model/Encounter.h"
#include "model/Participant.h"
#include "rules/PublicView.h"
#include "settings/AppSettings.h"

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

// What the players' window shows at one moment: the public view of the encounter as display text.
// Hidden combatants are left out entirely; monsters' hit points only ever appear as words.
struct PlayerBoard {
    QString title;
    bool inCombat = false;
    bool paused = false;
    int round = 0;
    QString currentName; // empty when the current combatant is hidden
    QString nextName;
    QList<PlayerBoardRow> rows;
    bool operator==(const PlayerBoard&) const = default;

    static PlayerBoard build(const Encounter& encounter, const QList<Participant>& participants,
                             PlayerHpMode mode);
    // The display strings for a public view (see core's publicView, which decides what is shown).
    static PlayerBoard fromView(const PublicEncounterView& view);
    QStringList names() const;
};

} // namespace dnd::gui
