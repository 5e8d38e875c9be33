#include "model/Encounter.h"

#include "model/Json.h"

namespace dnd {

QString encounterStatusKey(EncounterStatus status)
{
    switch (status) {
    case EncounterStatus::Planning:
        return QStringLiteral("planning");
    case EncounterStatus::Active:
        return QStringLiteral("active");
    case EncounterStatus::Paused:
        return QStringLiteral("paused");
    case EncounterStatus::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

std::optional<EncounterStatus> encounterStatusFromKey(const QString& key)
{
    for (EncounterStatus status : {EncounterStatus::Planning, EncounterStatus::Active,
                                   EncounterStatus::Paused, EncounterStatus::Completed}) {
        if (encounterStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QJsonObject CombatState::toJson() const
{
    return QJsonObject{{QStringLiteral("round"), round},
                       {QStringLiteral("turnIndex"), turnIndex},
                       {QStringLiteral("order"), json::fromStringList(order)},
                       {QStringLiteral("startedAtMs"), startedAtMs},
                       {QStringLiteral("elapsedMs"), elapsedMs},
                       {QStringLiteral("runningSinceMs"), runningSinceMs}};
}

CombatState CombatState::fromJson(const QJsonObject& object)
{
    CombatState state;
    state.round = json::toInt(object.value(QStringLiteral("round")), 0);
    state.turnIndex = json::toInt(object.value(QStringLiteral("turnIndex")), 0);
    state.order = json::toStringList(object.value(QStringLiteral("order")));
    state.startedAtMs = object.value(QStringLiteral("startedAtMs")).toInteger();
    state.elapsedMs = object.value(QStringLiteral("elapsedMs")).toInteger();
    state.runningSinceMs = object.value(QStringLiteral("runningSinceMs")).toInteger();
    return state;
}

QJsonObject LairSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("enabled"), enabled},
                       {QStringLiteral("initiative"), initiative},
                       {QStringLiteral("actions"), json::arrayOf(actions)}};
}

LairSettings LairSettings::fromJson(const QJsonObject& object)
{
    LairSettings lair;
    lair.enabled = object.value(QStringLiteral("enabled")).toBool();
    lair.initiative = json::toInt(object.value(QStringLiteral("initiative")), 20);
    lair.actions = json::listOf<CreatureAction>(object.value(QStringLiteral("actions")));
    return lair;
}

QJsonObject InitiativeOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("groupIdenticalCreatures"), groupIdenticalCreatures},
                       {QStringLiteral("rerollEachRound"), rerollEachRound},
                       {QStringLiteral("removeDefeatedCreatures"), removeDefeatedCreatures}};
}

InitiativeOptions InitiativeOptions::fromJson(const QJsonObject& object)
{
    InitiativeOptions options;
    options.groupIdenticalCreatures = object.value(QStringLiteral("groupIdenticalCreatures")).toBool();
    options.rerollEachRound = object.value(QStringLiteral("rerollEachRound")).toBool();
    options.removeDefeatedCreatures = object.value(QStringLiteral("removeDefeatedCreatures")).toBool();
    return options;
}

QJsonObject Encounter::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("partyId"), partyId},
                       {QStringLiteral("rules"), rulesEditionKey(rules)},
                       {QStringLiteral("status"), encounterStatusKey(status)},
                       {QStringLiteral("combat"), combat.toJson()},
                       {QStringLiteral("lair"), lair.toJson()},
                       {QStringLiteral("options"), options.toJson()},
                       {QStringLiteral("notes"), notes}};
}

Encounter Encounter::fromJson(const QJsonObject& object)
{
    Encounter encounter;
    encounter.id = object.value(QStringLiteral("id")).toString();
    encounter.name = object.value(QStringLiteral("name")).toString();
    encounter.description = object.value(QStringLiteral("description")).toString();
    encounter.partyId = object.value(QStringLiteral("partyId")).toString();
    encounter.rules =
        rulesEditionFromKey(object.value(QStringLiteral("rules")).toString()).value_or(RulesEdition::Srd2014);
    encounter.status = encounterStatusFromKey(object.value(QStringLiteral("status")).toString())
                           .value_or(EncounterStatus::Planning);
    encounter.combat = CombatState::fromJson(object.value(QStringLiteral("combat")).toObject());
    encounter.lair = LairSettings::fromJson(object.value(QStringLiteral("lair")).toObject());
    encounter.options = InitiativeOptions::fromJson(object.value(QStringLiteral("options")).toObject());
    encounter.notes = object.value(QStringLiteral("notes")).toString();
    return encounter;
}

ValidationErrors Encounter::validate() const
{
    ValidationErrors errors;
    errors.requireText(QStringLiteral("name"), name, 200);
    errors.maxLength(QStringLiteral("description"), description, 2000);
    errors.requireAtLeast(QStringLiteral("combat.round"), combat.round, 0);
    errors.requireRange(QStringLiteral("combat.turnIndex"), combat.turnIndex, 0,
                        qMax<qsizetype>(0, combat.order.size() - 1));
    errors.requireRange(QStringLiteral("lair.initiative"), lair.initiative, -10, 40);
    errors.maxLength(QStringLiteral("notes"), notes, 20000);
    return errors;
}

} // namespace dnd
