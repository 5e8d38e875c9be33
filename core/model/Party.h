#pragma once

#include "model/Abilities.h"
#include "model/EntityKind.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace dnd {

// A group of player characters the DM runs encounters for.
struct Party {
    static constexpr EntityKind kKind = EntityKind::Party;

    QString id;
    QString name;
    QString description;
    bool archived = false;

    QJsonObject toJson() const;
    static Party fromJson(const QJsonObject& object);
    ValidationErrors validate() const;
    bool operator==(const Party&) const = default;
};

struct CharacterClass {
    QString className;
    int level = 1;

    QJsonObject toJson() const;
    static CharacterClass fromJson(const QJsonObject& object);
    bool operator==(const CharacterClass&) const = default;
};

// A player character, member of one party.
struct Character {
    static constexpr EntityKind kKind = EntityKind::Character;

    QString id;
    QString partyId;
    QString name;
    QString playerName;
    QString race;
    QList<CharacterClass> classes;
    int level = 1;
    int ac = 10;
    int maxHp = 10;
    int currentHp = 10;
    int tempHp = 0;
    QString hitDice;      // a description, e.g. "3d10 + 2d6"; the character has one die per level
    int hitDiceSpent = 0; // dice spent on short rests and not yet regained (a long rest gives some back)
    int speed = 30;
    AbilityScores abilities;
    int initiativeBonus = 0; // added to the Dexterity modifier
    int proficiencyBonus = 2;
    QStringList features;
    QStringList equipment;
    QString notes;
    QString externalId; // identity in the file it was imported from, so a re-import updates

    int initiativeModifier() const { return abilities.modifier(Ability::Dexterity) + initiativeBonus; }
    // The level implied by the classes when they are given, else the stored level.
    int totalLevel() const;

    QJsonObject toJson() const;
    static Character fromJson(const QJsonObject& object);
    ValidationErrors validate() const;
    bool operator==(const Character&) const = default;
};

} // namespace dnd
