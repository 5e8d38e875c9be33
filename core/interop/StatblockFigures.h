#pragma once

#include "model/Creature.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace dnd {

// Reads the figures that statblock formats spell out as text ("40 ft.", "Recharge 5-6",
// "DC 15 Dexterity saving throw", "(Costs 2 Actions)") into numbers. Shared by every importer.
class StatblockFigures {
public:
    // "40 ft." -> 40; a plain number stays itself; nullopt when no number is there.
    static std::optional<int> feet(const QJsonValue& value);
    // 0.125 -> "1/8", 17 -> "17", "24.000" -> "24"; empty when it is no challenge rating.
    static QString challengeRating(const QJsonValue& value);
    // count, "D8" or "d8" or 8, bonus -> "2d8+10"; empty when count or die is missing.
    static QString dice(int count, const QString& die, int bonus);
    // "dex", "DEX", "Dexterity" -> "dexterity"; empty when unknown.
    static QString abilityKey(const QString& text);
    // "Wing Attack (Costs 2 Actions)" -> 2; 1 otherwise.
    static int legendaryCost(const QString& name);
    // "Recharge 5-6" / "Recharge 6" anywhere in the text -> 5 / 6; 0 when absent.
    static int rechargeOn(const QString& text);
    // "3/Day" anywhere in the text -> 3; 0 when absent.
    static int perDay(const QString& text);
    // "DC 15" / "DC 15 Dexterity" / "Dexterity Saving Throw: DC 15" in text.
    static std::optional<int> saveDc(const QString& text);
    static QString saveAbility(const QString& text);
    // "+7 to hit" in text.
    static std::optional<int> attackBonus(const QString& text);
    // "13 (2d8 + 4) slashing damage" occurrences in text -> [{2d8+4, slashing}].
    static QList<DamageRoll> damage(const QString& text);
    // The rolls an attack's hit always deals: the first roll and those added to it with "plus".
    // Alternatives ("..., or 5 (1d4 + 3) ... if ...") and conditional extras ("plus 2 (1d4) ...
    // if the attack roll had Advantage") are left to the text.
    static QList<DamageRoll> hitDamage(const QString& text);
    // "fire, cold; bludgeoning" -> ["fire", "cold", "bludgeoning"]; trims, drops empties.
    static QStringList splitList(const QString& text);
    // A string list from an array of strings or of objects with a name / index, or from text.
    static QStringList stringList(const QJsonValue& value);
    // Numbers that arrive as numbers or as numeric strings; nullopt for anything else.
    static std::optional<int> integer(const QJsonValue& value);
    // "Swarm of Tiny beasts" style sizes and types normalised to the model's lower-case words.
    static QString sizeKey(const QString& text);

    // The keys under which a format lists a creature's defences.
    struct DefenceKeys {
        const char* vulnerabilities = "damage_vulnerabilities";
        const char* resistances = "damage_resistances";
        const char* immunities = "damage_immunities";
        const char* conditionImmunities = "condition_immunities";
    };
    // Fills the damage vulnerabilities, resistances, immunities and condition immunities.
    static void readDefences(Creature& creature, const QJsonObject& statblock, const DefenceKeys& keys);
    // The same under the snake_case keys that 5e-database and Open5e use.
    static void readDefences(Creature& creature, const QJsonObject& statblock);
    // After the challenge rating and traits are read: XP and proficiency bonus as the file gives
    // them, else the rules' figures for the challenge rating; legendary resistances from a
    // "Legendary Resistance (N/Day)" trait.
    static void completeDerivedFigures(Creature& creature, std::optional<int> xp = std::nullopt,
                                       std::optional<int> proficiencyBonus = std::nullopt);
};

} // namespace dnd
