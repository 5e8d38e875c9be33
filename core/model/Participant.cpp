#include "model/Participant.h"

#include "model/Json.h"

#include <QCoreApplication>

namespace dnd {

QString participantKindKey(ParticipantKind kind)
{
    switch (kind) {
    case ParticipantKind::Character:
        return QStringLiteral("character");
    case ParticipantKind::Creature:
        return QStringLiteral("creature");
    case ParticipantKind::Lair:
        return QStringLiteral("lair");
    }
    return {};
}

namespace {
ParticipantKind participantKindFromKey(const QString& key)
{
    if (key == QLatin1String("character"))
        return ParticipantKind::Character;
    if (key == QLatin1String("lair"))
        return ParticipantKind::Lair;
    return ParticipantKind::Creature;
}
} // namespace

QString initiativeModeKey(InitiativeMode mode)
{
    switch (mode) {
    case InitiativeMode::Normal:
        return QStringLiteral("normal");
    case InitiativeMode::Advantage:
        return QStringLiteral("advantage");
    case InitiativeMode::Disadvantage:
        return QStringLiteral("disadvantage");
    case InitiativeMode::TakeTen:
        return QStringLiteral("take10");
    }
    return {};
}

InitiativeMode initiativeModeFromKey(const QString& key)
{
    for (InitiativeMode mode :
         {InitiativeMode::Advantage, InitiativeMode::Disadvantage, InitiativeMode::TakeTen}) {
        if (initiativeModeKey(mode) == key)
            return mode;
    }
    return InitiativeMode::Normal;
}

QJsonObject ActiveCondition::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("key"), key},
                       {QStringLiteral("label"), label},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("remainingRounds"), remainingRounds},
                       {QStringLiteral("timing"), timing == DurationTiming::TurnStart
                                                      ? QStringLiteral("start")
                                                      : QStringLiteral("end")},
                       {QStringLiteral("anchorParticipantId"), anchorParticipantId},
                       {QStringLiteral("hiddenFromPlayers"), hiddenFromPlayers},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("skipNextTick"), skipNextTick}};
}

ActiveCondition ActiveCondition::fromJson(const QJsonObject& object)
{
    ActiveCondition condition;
    condition.id = object.value(QStringLiteral("id")).toString();
    condition.key = object.value(QStringLiteral("key")).toString();
    condition.label = object.value(QStringLiteral("label")).toString();
    condition.level = json::toInt(object.value(QStringLiteral("level")), 0);
    condition.remainingRounds = json::toInt(object.value(QStringLiteral("remainingRounds")), -1);
    condition.timing = object.value(QStringLiteral("timing")).toString() == QLatin1String("start")
                           ? DurationTiming::TurnStart
                           : DurationTiming::TurnEnd;
    condition.anchorParticipantId = object.value(QStringLiteral("anchorParticipantId")).toString();
    condition.hiddenFromPlayers = object.value(QStringLiteral("hiddenFromPlayers")).toBool();
    condition.note = object.value(QStringLiteral("note")).toString();
    condition.skipNextTick = object.value(QStringLiteral("skipNextTick")).toBool();
    return condition;
}

QJsonObject DeathSaves::toJson() const
{
    return QJsonObject{{QStringLiteral("successes"), successes},
                       {QStringLiteral("failures"), failures},
                       {QStringLiteral("stable"), stable},
                       {QStringLiteral("dead"), dead}};
}

DeathSaves DeathSaves::fromJson(const QJsonObject& object)
{
    DeathSaves saves;
    saves.successes = json::toInt(object.value(QStringLiteral("successes")), 0);
    saves.failures = json::toInt(object.value(QStringLiteral("failures")), 0);
    saves.stable = object.value(QStringLiteral("stable")).toBool();
    saves.dead = object.value(QStringLiteral("dead")).toBool();
    return saves;
}

QJsonObject RechargeState::toJson() const
{
    return QJsonObject{{QStringLiteral("actionName"), actionName},
                       {QStringLiteral("rechargeOn"), rechargeOn},
                       {QStringLiteral("available"), available}};
}

RechargeState RechargeState::fromJson(const QJsonObject& object)
{
    return RechargeState{object.value(QStringLiteral("actionName")).toString(),
                         json::toInt(object.value(QStringLiteral("rechargeOn")), 6),
                         object.value(QStringLiteral("available")).toBool(true)};
}

bool Participant::hasCondition(const QString& key) const
{
    for (const ActiveCondition& condition : conditions) {
        if (condition.key == key)
            return true;
    }
    return false;
}

QJsonObject Participant::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("encounterId"), encounterId},
        {QStringLiteral("kind"), participantKindKey(kind)},
        {QStringLiteral("characterId"), characterId},
        {QStringLiteral("creatureId"), creatureId},
        {QStringLiteral("name"), name},
        {QStringLiteral("alias"), alias},
        {QStringLiteral("groupKey"), groupKey},
        {QStringLiteral("initiative"), json::fromOptionalInt(initiative)},
        {QStringLiteral("initiativeRoll"), json::fromOptionalInt(initiativeRoll)},
        {QStringLiteral("initiativeModifier"), initiativeModifier},
        {QStringLiteral("dexterity"), dexterity},
        {QStringLiteral("initiativeMode"), initiativeModeKey(initiativeMode)},
        {QStringLiteral("tieBreakRank"), tieBreakRank},
        {QStringLiteral("maxHp"), maxHp},
        {QStringLiteral("maxHpOverride"), json::fromOptionalInt(maxHpOverride)},
        {QStringLiteral("currentHp"), currentHp},
        {QStringLiteral("tempHp"), tempHp},
        {QStringLiteral("ac"), ac},
        {QStringLiteral("damageResistances"), json::fromStringList(damageResistances)},
        {QStringLiteral("damageImmunities"), json::fromStringList(damageImmunities)},
        {QStringLiteral("damageVulnerabilities"), json::fromStringList(damageVulnerabilities)},
        {QStringLiteral("conditionImmunities"), json::fromStringList(conditionImmunities)},
        {QStringLiteral("conditions"), json::arrayOf(conditions)},
        {QStringLiteral("concentrating"), concentrating},
        {QStringLiteral("concentrationNote"), concentrationNote},
        {QStringLiteral("deathSaves"), deathSaves.toJson()},
        {QStringLiteral("defeated"), defeated},
        {QStringLiteral("hidden"), hidden},
        {QStringLiteral("reactionUsed"), reactionUsed},
        {QStringLiteral("legendaryActionsMax"), legendaryActionsMax},
        {QStringLiteral("legendaryActionsLeft"), legendaryActionsLeft},
        {QStringLiteral("legendaryResistancesMax"), legendaryResistancesMax},
        {QStringLiteral("legendaryResistancesLeft"), legendaryResistancesLeft},
        {QStringLiteral("recharges"), json::arrayOf(recharges)},
        {QStringLiteral("notes"), notes},
    };
}

Participant Participant::fromJson(const QJsonObject& o)
{
    Participant p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.encounterId = o.value(QStringLiteral("encounterId")).toString();
    p.kind = participantKindFromKey(o.value(QStringLiteral("kind")).toString());
    p.characterId = o.value(QStringLiteral("characterId")).toString();
    p.creatureId = o.value(QStringLiteral("creatureId")).toString();
    p.name = o.value(QStringLiteral("name")).toString();
    p.alias = o.value(QStringLiteral("alias")).toString();
    p.groupKey = o.value(QStringLiteral("groupKey")).toString();
    p.initiative = json::toOptionalInt(o.value(QStringLiteral("initiative")));
    p.initiativeRoll = json::toOptionalInt(o.value(QStringLiteral("initiativeRoll")));
    p.initiativeModifier = json::toInt(o.value(QStringLiteral("initiativeModifier")), 0);
    p.dexterity = json::toInt(o.value(QStringLiteral("dexterity")), 10);
    p.initiativeMode = initiativeModeFromKey(o.value(QStringLiteral("initiativeMode")).toString());
    p.tieBreakRank = json::toInt(o.value(QStringLiteral("tieBreakRank")), 0);
    p.maxHp = json::toInt(o.value(QStringLiteral("maxHp")), 1);
    p.maxHpOverride = json::toOptionalInt(o.value(QStringLiteral("maxHpOverride")));
    p.currentHp = json::toInt(o.value(QStringLiteral("currentHp")), p.effectiveMaxHp());
    p.tempHp = json::toInt(o.value(QStringLiteral("tempHp")), 0);
    p.ac = json::toInt(o.value(QStringLiteral("ac")), 10);
    p.damageResistances = json::toStringList(o.value(QStringLiteral("damageResistances")));
    p.damageImmunities = json::toStringList(o.value(QStringLiteral("damageImmunities")));
    p.damageVulnerabilities = json::toStringList(o.value(QStringLiteral("damageVulnerabilities")));
    p.conditionImmunities = json::toStringList(o.value(QStringLiteral("conditionImmunities")));
    p.conditions = json::listOf<ActiveCondition>(o.value(QStringLiteral("conditions")));
    p.concentrating = o.value(QStringLiteral("concentrating")).toBool();
    p.concentrationNote = o.value(QStringLiteral("concentrationNote")).toString();
    p.deathSaves = DeathSaves::fromJson(o.value(QStringLiteral("deathSaves")).toObject());
    p.defeated = o.value(QStringLiteral("defeated")).toBool();
    p.hidden = o.value(QStringLiteral("hidden")).toBool();
    p.reactionUsed = o.value(QStringLiteral("reactionUsed")).toBool();
    p.legendaryActionsMax = json::toInt(o.value(QStringLiteral("legendaryActionsMax")), 0);
    p.legendaryActionsLeft = json::toInt(o.value(QStringLiteral("legendaryActionsLeft")), 0);
    p.legendaryResistancesMax = json::toInt(o.value(QStringLiteral("legendaryResistancesMax")), 0);
    p.legendaryResistancesLeft = json::toInt(o.value(QStringLiteral("legendaryResistancesLeft")), 0);
    p.recharges = json::listOf<RechargeState>(o.value(QStringLiteral("recharges")));
    p.notes = o.value(QStringLiteral("notes")).toString();
    return p;
}

ValidationErrors Participant::validate() const
{
    ValidationErrors errors;
    errors.requireText(QStringLiteral("name"), name, 200);
    if (encounterId.isEmpty())
        errors.add(QStringLiteral("encounterId"), QCoreApplication::translate("Validation", "is required"));
    errors.requireRange(QStringLiteral("maxHp"), maxHp, 0, 99999);
    if (maxHpOverride)
        errors.requireRange(QStringLiteral("maxHpOverride"), *maxHpOverride, 1, 99999);
    errors.requireRange(QStringLiteral("currentHp"), currentHp, 0, effectiveMaxHp());
    errors.requireRange(QStringLiteral("tempHp"), tempHp, 0, 99999);
    errors.requireRange(QStringLiteral("ac"), ac, 0, 30);
    errors.requireRange(QStringLiteral("deathSaves.successes"), deathSaves.successes, 0, 3);
    errors.requireRange(QStringLiteral("deathSaves.failures"), deathSaves.failures, 0, 3);
    errors.requireRange(QStringLiteral("legendaryActionsLeft"), legendaryActionsLeft, 0, legendaryActionsMax);
    errors.requireRange(QStringLiteral("legendaryResistancesLeft"), legendaryResistancesLeft, 0,
                        legendaryResistancesMax);
    for (qsizetype i = 0; i < conditions.size(); ++i) {
        const QString prefix = QStringLiteral("conditions[%1]").arg(i);
        errors.requireText(prefix + QStringLiteral(".key"), conditions[i].key, 100);
        errors.requireAtLeast(prefix + QStringLiteral(".remainingRounds"), conditions[i].remainingRounds,
                              -1); // -1 = until removed
        if (conditions[i].key == QLatin1String("exhaustion"))
            errors.requireRange(prefix + QStringLiteral(".level"), conditions[i].level, 1, 6);
    }
    return errors;
}

} // namespace dnd
