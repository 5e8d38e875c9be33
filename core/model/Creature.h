#pragma once

#include "model/Abilities.h"
#include "model/EntityKind.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace dnd {

enum class RulesEdition { Srd2014, Srd2024 };
QString rulesEditionKey(RulesEdition edition); // "2014" / "2024"
std::optional<RulesEdition> rulesEditionFromKey(const QString& key);

struct DamageRoll {
    QString dice; // a dice expression such as "2d6+4"
    QString type; // "slashing", "fire" ...

    QJsonObject toJson() const;
    static DamageRoll fromJson(const QJsonObject& object);
    bool operator==(const DamageRoll&) const = default;
};

// A trait, action, reaction, bonus action, legendary or lair action of a statblock.
struct CreatureAction {
    QString name;
    QString description; // empty for bundled SRD templates: figures only
    std::optional<int> attackBonus;
    QList<DamageRoll> damage;
    std::optional<int> saveDc;
    QString saveAbility; // "dexterity" ...
    int rechargeOn = 0;  // usable again when a d6 shows this or more; 0 = no recharge
    int usesPerDay = 0;  // 0 = not limited per day
    int cost = 1;        // legendary action cost

    QJsonObject toJson() const;
    static CreatureAction fromJson(const QJsonObject& object);
    bool operator==(const CreatureAction&) const = default;
};

struct Speeds {
    int walk = 30;
    int swim = 0;
    int fly = 0;
    int climb = 0;
    int burrow = 0;
    bool hover = false;

    QJsonObject toJson() const;
    static Speeds fromJson(const QJsonObject& object);
    bool operator==(const Speeds&) const = default;
};

// A statblock: a bundled SRD template (read-only) or the DM's own custom creature.
struct Creature {
    static constexpr EntityKind kKind = EntityKind::Creature;

    QString id;
    QString name;
    QString size = QStringLiteral("medium"); // tiny small medium large huge gargantuan
    QString type;                            // "dragon", "humanoid" ...
    QString subtype;
    QString alignment;
    int ac = 10;
    QString acNotes;
    int hp = 1;
    QString hitDice;
    Speeds speed;
    AbilityScores abilities;
    QMap<QString, int> savingThrows; // ability key -> bonus
    QMap<QString, int> skills;       // skill name -> bonus
    QStringList senses;
    int passivePerception = 10;
    QStringList languages;
    QStringList damageResistances;
    QStringList damageImmunities;
    QStringList damageVulnerabilities;
    QStringList conditionImmunities;
    QString challengeRating = QStringLiteral("0"); // "1/4", "17" ...
    int xp = 0;
    int proficiencyBonus = 2;
    std::optional<int> initiativeBonus; // total initiative modifier when the statblock gives one
    QList<CreatureAction> traits;
    QList<CreatureAction> actions;
    QList<CreatureAction> bonusActions;
    QList<CreatureAction> reactions;
    int legendaryActionsPerRound = 0;
    QList<CreatureAction> legendaryActions;
    int legendaryResistances = 0; // per day
    QList<CreatureAction> lairActions;
    RulesEdition rules = RulesEdition::Srd2014;
    QString source; // "SRD 5.1", "SRD 5.2", "Custom", or the imported file's format
    QStringList tags;
    bool isTemplate = false;
    QString externalId; // identity in the source it came from, so a re-import updates

    // The statblock's initiative modifier, else the Dexterity modifier.
    int initiativeModifier() const
    {
        return initiativeBonus.value_or(abilities.modifier(Ability::Dexterity));
    }
    double challengeValue() const;

    QJsonObject toJson() const;
    static Creature fromJson(const QJsonObject& object);
    ValidationErrors validate() const;
    bool operator==(const Creature&) const = default;
};

// "1/4" -> 0.25; nullopt when the text is not a challenge rating.
std::optional<double> parseChallengeRating(const QString& text);
// Experience points for a challenge rating per the SRD table; nullopt for an unknown rating.
std::optional<int> xpForChallengeRating(const QString& challengeRating);
int proficiencyBonusForChallengeRating(double challengeRating);

} // namespace dnd
