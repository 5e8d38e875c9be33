#include "model/Party.h"

#include "model/Json.h"

#include <QCoreApplication>

namespace dnd {

QJsonObject Party::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("archived"), archived}};
}

Party Party::fromJson(const QJsonObject& object)
{
    Party party;
    party.id = object.value(QStringLiteral("id")).toString();
    party.name = object.value(QStringLiteral("name")).toString();
    party.description = object.value(QStringLiteral("description")).toString();
    party.archived = object.value(QStringLiteral("archived")).toBool();
    return party;
}

ValidationErrors Party::validate() const
{
    ValidationErrors errors;
    errors.requireText(QStringLiteral("name"), name, 100);
    errors.maxLength(QStringLiteral("description"), description, 500);
    return errors;
}

QJsonObject CharacterClass::toJson() const
{
    return QJsonObject{{QStringLiteral("className"), className}, {QStringLiteral("level"), level}};
}

CharacterClass CharacterClass::fromJson(const QJsonObject& object)
{
    return CharacterClass{object.value(QStringLiteral("className")).toString(),
                          json::toInt(object.value(QStringLiteral("level")), 1)};
}

int Character::totalLevel() const
{
    if (classes.isEmpty())
        return level;
    int sum = 0;
    for (const CharacterClass& characterClass : classes)
        sum += characterClass.level;
    return sum;
}

QJsonObject Character::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("partyId"), partyId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("playerName"), playerName},
                       {QStringLiteral("race"), race},
                       {QStringLiteral("classes"), json::arrayOf(classes)},
                       {QStringLiteral("level"), level},
                       {QStringLiteral("ac"), ac},
                       {QStringLiteral("maxHp"), maxHp},
                       {QStringLiteral("currentHp"), currentHp},
                       {QStringLiteral("tempHp"), tempHp},
                       {QStringLiteral("hitDice"), hitDice},
                       {QStringLiteral("hitDiceSpent"), hitDiceSpent},
                       {QStringLiteral("speed"), speed},
                       {QStringLiteral("abilities"), abilities.toJson()},
                       {QStringLiteral("initiativeBonus"), initiativeBonus},
                       {QStringLiteral("proficiencyBonus"), proficiencyBonus},
                       {QStringLiteral("features"), json::fromStringList(features)},
                       {QStringLiteral("equipment"), json::fromStringList(equipment)},
                       {QStringLiteral("notes"), notes},
                       {QStringLiteral("externalId"), externalId}};
}

Character Character::fromJson(const QJsonObject& object)
{
    Character c;
    c.id = object.value(QStringLiteral("id")).toString();
    c.partyId = object.value(QStringLiteral("partyId")).toString();
    c.name = object.value(QStringLiteral("name")).toString();
    c.playerName = object.value(QStringLiteral("playerName")).toString();
    c.race = object.value(QStringLiteral("race")).toString();
    c.classes = json::listOf<CharacterClass>(object.value(QStringLiteral("classes")));
    c.level = json::toInt(object.value(QStringLiteral("level")), 1);
    c.ac = json::toInt(object.value(QStringLiteral("ac")), 10);
    c.maxHp = json::toInt(object.value(QStringLiteral("maxHp")), 10);
    c.currentHp = json::toInt(object.value(QStringLiteral("currentHp")), c.maxHp);
    c.tempHp = json::toInt(object.value(QStringLiteral("tempHp")), 0);
    c.hitDice = object.value(QStringLiteral("hitDice")).toString();
    c.hitDiceSpent = json::toInt(object.value(QStringLiteral("hitDiceSpent")), 0);
    c.speed = json::toInt(object.value(QStringLiteral("speed")), 30);
    c.abilities = AbilityScores::fromJson(object.value(QStringLiteral("abilities")).toObject());
    c.initiativeBonus = json::toInt(object.value(QStringLiteral("initiativeBonus")), 0);
    c.proficiencyBonus = json::toInt(object.value(QStringLiteral("proficiencyBonus")), 2);
    c.features = json::toStringList(object.value(QStringLiteral("features")));
    c.equipment = json::toStringList(object.value(QStringLiteral("equipment")));
    c.notes = object.value(QStringLiteral("notes")).toString();
    c.externalId = object.value(QStringLiteral("externalId")).toString();
    return c;
}

ValidationErrors Character::validate() const
{
    ValidationErrors errors;
    errors.requireText(QStringLiteral("name"), name, 100);
    errors.maxLength(QStringLiteral("playerName"), playerName, 100);
    errors.maxLength(QStringLiteral("race"), race, 100);
    errors.requireRange(QStringLiteral("level"), level, 1, 20);
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QString prefix = QStringLiteral("classes[%1]").arg(i);
        errors.requireText(prefix + QStringLiteral(".className"), classes[i].className, 50);
        errors.requireRange(prefix + QStringLiteral(".level"), classes[i].level, 1, 20);
    }
    if (!classes.isEmpty() && totalLevel() > 20)
        errors.add(QStringLiteral("classes"),
                   QCoreApplication::translate("Validation", "class levels must add up to at most 20"));
    errors.requireRange(QStringLiteral("ac"), ac, 0, 30);
    errors.requireRange(QStringLiteral("maxHp"), maxHp, 1, 9999);
    errors.requireRange(QStringLiteral("currentHp"), currentHp, 0, maxHp);
    errors.requireRange(QStringLiteral("tempHp"), tempHp, 0, 9999);
    // At most the highest level; not tied to this record's level, so a level lowered on another
    // device never makes the merged record invalid (the rules count at most one die per level).
    errors.requireRange(QStringLiteral("hitDiceSpent"), hitDiceSpent, 0, 20);
    errors.requireRange(QStringLiteral("speed"), speed, 0, 500);
    errors.requireRange(QStringLiteral("initiativeBonus"), initiativeBonus, -20, 20);
    errors.requireRange(QStringLiteral("proficiencyBonus"), proficiencyBonus, 2, 6);
    errors.merge(QStringLiteral("abilities"), abilities.validate());
    errors.maxLength(QStringLiteral("notes"), notes, 10000);
    return errors;
}

} // namespace dnd
