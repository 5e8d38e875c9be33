#pragma once

#include "model/Encounter.h"
#include "model/Participant.h"
#include "rules/HealthDescription.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace dnd {

// What the DM lets the players see of the characters' hit points (monsters only ever show words).
enum class CharacterHpShown { Words, Numbers };

// One condition as players see it: never a hidden one, never the DM's note.
struct PublicCondition {
    QString key;              // "prone", "exhaustion", "custom:hexed"
    QString name;             // the shown name ("Exhaustion 2", the custom label)
    int level = 0;            // exhaustion level, 0 otherwise
    int remainingRounds = -1; // -1 = until removed
    bool operator==(const PublicCondition&) const = default;
};

// One visible combatant as players see it.
struct PublicCombatant {
    QString id;
    QString name; // the alias when there is one
    bool isCharacter = false;
    HealthState health = HealthState::Healthy;
    // Set only for characters, and only when the DM shows their numbers.
    std::optional<int> currentHp;
    std::optional<int> maxHp;
    std::optional<int> tempHp;
    bool dying = false;  // a character at 0 HP, not yet stable or dead
    bool stable = false; // a character at 0 HP, stabilised
    QList<PublicCondition> conditions;
    bool operator==(const PublicCombatant&) const = default;
};

// The public view of an encounter: what the player display, the watchers' socket and the web
// player page show. Built from the DM's records by publicView(), it holds nothing the players may
// not see, so whatever shows it cannot leak hidden combatants, hidden conditions, notes or a
// monster's hit points.
struct PublicEncounterView {
    QString encounterId;
    QString title;
    bool inCombat = false;
    bool paused = false; // in combat, on a break: the turn waits
    int round = 0;
    QString currentId;                 // empty when nobody's turn, or a hidden combatant's
    QString nextId;                    // the next visible combatant still in the fight
    QList<PublicCombatant> combatants; // in turn order

    const PublicCombatant* current() const { return find(currentId); }
    const PublicCombatant* next() const { return find(nextId); }
    const PublicCombatant* find(const QString& id) const;

    QJsonObject toJson() const;
    static PublicEncounterView fromJson(const QJsonObject& object);
    bool operator==(const PublicEncounterView&) const = default;
};

// One thing players saw change between two public views, named as the live events on the wire.
struct PublicViewChange {
    QString type;          // one of the kEvent... names below
    QString participantId; // for hit point and condition events
    QString conditionKey;  // for condition events
    bool operator==(const PublicViewChange&) const = default;
};

inline constexpr const char* kEventEncounterUpdate = "encounter:update";
inline constexpr const char* kEventHpChange = "participant:hp_change";
inline constexpr const char* kEventConditionAdd = "participant:condition_add";
inline constexpr const char* kEventConditionRemove = "participant:condition_remove";
inline constexpr const char* kEventTurnAdvance = "turn:advance";
inline constexpr const char* kEventCombatStart = "combat:start";
inline constexpr const char* kEventCombatEnd = "combat:end";

// What changed from `before` to `after`, in the order a viewer should take it in: combat start,
// turn, hit points, conditions added, conditions removed, anything else (one encounter:update
// for names, order, combatants joining or leaving), combat end. Empty when nothing visible changed.
QList<PublicViewChange> publicViewChanges(const PublicEncounterView& before,
                                          const PublicEncounterView& after);

// The participants in turn order: the combat order first, then any not in it by initiative.
QList<Participant> inTurnOrder(const Encounter& encounter, const QList<Participant>& participants);

// The one place that decides what players see of an encounter.
PublicEncounterView publicView(const Encounter& encounter, const QList<Participant>& participants,
                               CharacterHpShown characterHp);

// The same from the service's JSON shape: the encounter document with its participants under
// "participants".
PublicEncounterView publicView(const QJsonObject& encounterWithParticipants, CharacterHpShown characterHp);

} // namespace dnd
