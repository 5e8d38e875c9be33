#pragma once

#include "model/Creature.h"
#include "model/EntityKind.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace dnd {

enum class EncounterStatus { Planning, Active, Paused, Completed };
QString encounterStatusKey(EncounterStatus status);
std::optional<EncounterStatus> encounterStatusFromKey(const QString& key);

// Where the encounter's fight stands. The order is a list of participant ids, highest initiative
// first; turnIndex points into it.
struct CombatState {
    int round = 0; // 0 until combat starts
    int turnIndex = 0;
    QStringList order;
    qint64 startedAtMs = 0;    // wall clock when combat started (0 = never)
    qint64 elapsedMs = 0;      // combat time accumulated before the current run (pauses excluded)
    qint64 runningSinceMs = 0; // when the current run began, 0 while not running

    QJsonObject toJson() const;
    static CombatState fromJson(const QJsonObject& object);
    bool operator==(const CombatState&) const = default;
};

struct LairSettings {
    bool enabled = false;
    int initiative = 20; // loses ties
    QList<CreatureAction> actions;

    QJsonObject toJson() const;
    static LairSettings fromJson(const QJsonObject& object);
    bool operator==(const LairSettings&) const = default;
};

// Options the DM picks per encounter (defaults from the settings).
struct InitiativeOptions {
    bool groupIdenticalCreatures = false;
    bool rerollEachRound = false;
    bool removeDefeatedCreatures = false;

    QJsonObject toJson() const;
    static InitiativeOptions fromJson(const QJsonObject& object);
    bool operator==(const InitiativeOptions&) const = default;
};

// A fight the DM prepares and then runs; its combatants are Participant records.
struct Encounter {
    static constexpr EntityKind kKind = EntityKind::Encounter;

    QString id;
    QString name;
    QString description;
    QString partyId;
    RulesEdition rules = RulesEdition::Srd2014;
    EncounterStatus status = EncounterStatus::Planning;
    CombatState combat;
    LairSettings lair;
    InitiativeOptions options;
    QString notes;

    QJsonObject toJson() const;
    static Encounter fromJson(const QJsonObject& object);
    ValidationErrors validate() const;
    bool operator==(const Encounter&) const = default;
};

} // namespace dnd
