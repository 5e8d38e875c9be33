#include "model/Creature.h"

#include "model/Json.h"

#include <QCoreApplication>
#include <cmath>

namespace dnd {

namespace {
const QStringList kSizes{QStringLiteral("tiny"),  QStringLiteral("small"), QStringLiteral("medium"),
                         QStringLiteral("large"), QStringLiteral("huge"),  QStringLiteral("gargantuan")};

QJsonObject intMap(const QMap<QString, int>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, int> toIntMap(const QJsonObject& object)
{
    QMap<QString, int> map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), json::toInt(it.value()));
    return map;
}

void validateActions(ValidationErrors& errors, const QString& field, const QList<CreatureAction>& list)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString prefix = QStringLiteral("%1[%2]").arg(field).arg(i);
        errors.requireText(prefix + QStringLiteral(".name"), list[i].name, 200);
        errors.requireRange(prefix + QStringLiteral(".rechargeOn"), list[i].rechargeOn, 0, 6);
        errors.requireRange(prefix + QStringLiteral(".usesPerDay"), list[i].usesPerDay, 0, 20);
        errors.requireRange(prefix + QStringLiteral(".cost"), list[i].cost, 0, 5);
        if (list[i].saveDc)
            errors.requireRange(prefix + QStringLiteral(".saveDc"), *list[i].saveDc, 1, 40);
    }
}
} // namespace

QString rulesEditionKey(RulesEdition edition)
{
    return edition == RulesEdition::Srd2024 ? QStringLiteral("2024") : QStringLiteral("2014");
}

std::optional<RulesEdition> rulesEditionFromKey(const QString& key)
{
    if (key == QLatin1String("2014"))
        return RulesEdition::Srd2014;
    if (key == QLatin1String("2024"))
        return RulesEdition::Srd2024;
    return std::nullopt;
}

QJsonObject DamageRoll::toJson() const
{
    return QJsonObject{{QStringLiteral("dice"), dice}, {QStringLiteral("type"), type}};
}

DamageRoll DamageRoll::fromJson(const QJsonObject& object)
{
    return DamageRoll{object.value(QStringLiteral("dice")).toString(),
                      object.value(QStringLiteral("type")).toString()};
}

QJsonObject CreatureAction::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name}};
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    if (attackBonus)
        object.insert(QStringLiteral("attackBonus"), *attackBonus);
    if (!damage.isEmpty())
        object.insert(QStringLiteral("damage"), json::arrayOf(damage));
    if (saveDc)
        object.insert(QStringLiteral("saveDc"), *saveDc);
    if (!saveAbility.isEmpty())
        object.insert(QStringLiteral("saveAbility"), saveAbility);
    if (rechargeOn > 0)
        object.insert(QStringLiteral("rechargeOn"), rechargeOn);
    if (usesPerDay > 0)
        object.insert(QStringLiteral("usesPerDay"), usesPerDay);
    if (cost != 1)
        object.insert(QStringLiteral("cost"), cost);
    return object;
}

CreatureAction CreatureAction::fromJson(const QJsonObject& object)
{
    CreatureAction action;
    action.name = object.value(QStringLiteral("name")).toString();
    action.description = object.value(QStringLiteral("description")).toString();
    action.attackBonus = json::toOptionalInt(object.value(QStringLiteral("attackBonus")));
    action.damage = json::listOf<DamageRoll>(object.value(QStringLiteral("damage")));
    action.saveDc = json::toOptionalInt(object.value(QStringLiteral("saveDc")));
    action.saveAbility = object.value(QStringLiteral("saveAbility")).toString();
    action.rechargeOn = json::toInt(object.value(QStringLiteral("rechargeOn")), 0);
    action.usesPerDay = json::toInt(object.value(QStringLiteral("usesPerDay")), 0);
    action.cost = json::toInt(object.value(QStringLiteral("cost")), 1);
    return action;
}

QJsonObject Speeds::toJson() const
{
    QJsonObject object{{QStringLiteral("walk"), walk}};
    const std::pair<const char*, int> others[] = {
        {"swim", swim}, {"fly", fly}, {"climb", climb}, {"burrow", burrow}};
    for (const auto& [key, value] : others) {
        if (value > 0)
            object.insert(QLatin1String(key), value);
    }
    if (hover)
        object.insert(QStringLiteral("hover"), true);
    return object;
}

Speeds Speeds::fromJson(const QJsonObject& object)
{
    Speeds speeds;
    speeds.walk = json::toInt(object.value(QStringLiteral("walk")), 30);
    speeds.swim = json::toInt(object.value(QStringLiteral("swim")), 0);
    speeds.fly = json::toInt(object.value(QStringLiteral("fly")), 0);
    speeds.climb = json::toInt(object.value(QStringLiteral("climb")), 0);
    speeds.burrow = json::toInt(object.value(QStringLiteral("burrow")), 0);
    speeds.hover = object.value(QStringLiteral("hover")).toBool();
    return speeds;
}

double Creature::challengeValue() const
{
    return parseChallengeRating(challengeRating).value_or(0.0);
}

QJsonObject Creature::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("size"), size},
        {QStringLiteral("type"), type},
        {QStringLiteral("subtype"), subtype},
        {QStringLiteral("alignment"), alignment},
        {QStringLiteral("ac"), ac},
        {QStringLiteral("acNotes"), acNotes},
        {QStringLiteral("hp"), hp},
        {QStringLiteral("hitDice"), hitDice},
        {QStringLiteral("speed"), speed.toJson()},
        {QStringLiteral("abilities"), abilities.toJson()},
        {QStringLiteral("savingThrows"), intMap(savingThrows)},
        {QStringLiteral("skills"), intMap(skills)},
        {QStringLiteral("senses"), json::fromStringList(senses)},
        {QStringLiteral("passivePerception"), passivePerception},
        {QStringLiteral("languages"), json::fromStringList(languages)},
        {QStringLiteral("damageResistances"), json::fromStringList(damageResistances)},
        {QStringLiteral("damageImmunities"), json::fromStringList(damageImmunities)},
        {QStringLiteral("damageVulnerabilities"), json::fromStringList(damageVulnerabilities)},
        {QStringLiteral("conditionImmunities"), json::fromStringList(conditionImmunities)},
        {QStringLiteral("challengeRating"), challengeRating},
        {QStringLiteral("xp"), xp},
        {QStringLiteral("proficiencyBonus"), proficiencyBonus},
        {QStringLiteral("initiativeBonus"), json::fromOptionalInt(initiativeBonus)},
        {QStringLiteral("traits"), json::arrayOf(traits)},
        {QStringLiteral("actions"), json::arrayOf(actions)},
        {QStringLiteral("bonusActions"), json::arrayOf(bonusActions)},
        {QStringLiteral("reactions"), json::arrayOf(reactions)},
        {QStringLiteral("legendaryActionsPerRound"), legendaryActionsPerRound},
        {QStringLiteral("legendaryActions"), json::arrayOf(legendaryActions)},
        {QStringLiteral("legendaryResistances"), legendaryResistances},
        {QStringLiteral("lairActions"), json::arrayOf(lairActions)},
        {QStringLiteral("rules"), rulesEditionKey(rules)},
        {QStringLiteral("source"), source},
        {QStringLiteral("tags"), json::fromStringList(tags)},
        {QStringLiteral("isTemplate"), isTemplate},
        {QStringLiteral("externalId"), externalId},
    };
    return object;
}

Creature Creature::fromJson(const QJsonObject& o)
{
    Creature c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.size = o.value(QStringLiteral("size")).toString(QStringLiteral("medium")).toLower();
    c.type = o.value(QStringLiteral("type")).toString();
    c.subtype = o.value(QStringLiteral("subtype")).toString();
    c.alignment = o.value(QStringLiteral("alignment")).toString();
    c.ac = json::toInt(o.value(QStringLiteral("ac")), 10);
    c.acNotes = o.value(QStringLiteral("acNotes")).toString();
    c.hp = json::toInt(o.value(QStringLiteral("hp")), 1);
    c.hitDice = o.value(QStringLiteral("hitDice")).toString();
    c.speed = Speeds::fromJson(o.value(QStringLiteral("speed")).toObject());
    c.abilities = AbilityScores::fromJson(o.value(QStringLiteral("abilities")).toObject());
    c.savingThrows = toIntMap(o.value(QStringLiteral("savingThrows")).toObject());
    c.skills = toIntMap(o.value(QStringLiteral("skills")).toObject());
    c.senses = json::toStringList(o.value(QStringLiteral("senses")));
    c.passivePerception = json::toInt(o.value(QStringLiteral("passivePerception")), 10);
    c.languages = json::toStringList(o.value(QStringLiteral("languages")));
    c.damageResistances = json::toStringList(o.value(QStringLiteral("damageResistances")));
    c.damageImmunities = json::toStringList(o.value(QStringLiteral("damageImmunities")));
    c.damageVulnerabilities = json::toStringList(o.value(QStringLiteral("damageVulnerabilities")));
    c.conditionImmunities = json::toStringList(o.value(QStringLiteral("conditionImmunities")));
    c.challengeRating = o.value(QStringLiteral("challengeRating")).toString(QStringLiteral("0"));
    c.xp = json::toInt(o.value(QStringLiteral("xp")), xpForChallengeRating(c.challengeRating).value_or(0));
    c.proficiencyBonus = json::toInt(o.value(QStringLiteral("proficiencyBonus")),
                                     proficiencyBonusForChallengeRating(c.challengeValue()));
    c.initiativeBonus = json::toOptionalInt(o.value(QStringLiteral("initiativeBonus")));
    c.traits = json::listOf<CreatureAction>(o.value(QStringLiteral("traits")));
    c.actions = json::listOf<CreatureAction>(o.value(QStringLiteral("actions")));
    c.bonusActions = json::listOf<CreatureAction>(o.value(QStringLiteral("bonusActions")));
    c.reactions = json::listOf<CreatureAction>(o.value(QStringLiteral("reactions")));
    c.legendaryActionsPerRound = json::toInt(o.value(QStringLiteral("legendaryActionsPerRound")), 0);
    c.legendaryActions = json::listOf<CreatureAction>(o.value(QStringLiteral("legendaryActions")));
    c.legendaryResistances = json::toInt(o.value(QStringLiteral("legendaryResistances")), 0);
    c.lairActions = json::listOf<CreatureAction>(o.value(QStringLiteral("lairActions")));
    c.rules =
        rulesEditionFromKey(o.value(QStringLiteral("rules")).toString()).value_or(RulesEdition::Srd2014);
    c.source = o.value(QStringLiteral("source")).toString();
    c.tags = json::toStringList(o.value(QStringLiteral("tags")));
    c.isTemplate = o.value(QStringLiteral("isTemplate")).toBool();
    c.externalId = o.value(QStringLiteral("externalId")).toString();
    return c;
}

ValidationErrors Creature::validate() const
{
    ValidationErrors errors;
    errors.requireText(QStringLiteral("name"), name, 200);
    if (!kSizes.contains(size))
        errors.add(QStringLiteral("size"), QCoreApplication::translate("Validation", "must be one of %1")
                                               .arg(kSizes.join(QStringLiteral(", "))));
    errors.requireRange(QStringLiteral("ac"), ac, 0, 30);
    errors.requireRange(QStringLiteral("hp"), hp, 1, 99999);
    for (int value : {speed.walk, speed.swim, speed.fly, speed.climb, speed.burrow})
        errors.requireRange(QStringLiteral("speed"), value, 0, 1000);
    errors.merge(QStringLiteral("abilities"), abilities.validate());
    if (!parseChallengeRating(challengeRating))
        errors.add(QStringLiteral("challengeRating"),
                   QCoreApplication::translate("Validation", "must be 0, 1/8, 1/4, 1/2 or 1 to 30"));
    errors.requireRange(QStringLiteral("xp"), xp, 0, 1'000'000);
    errors.requireRange(QStringLiteral("proficiencyBonus"), proficiencyBonus, 0, 10);
    if (initiativeBonus)
        errors.requireRange(QStringLiteral("initiativeBonus"), *initiativeBonus, -10, 30);
    errors.requireRange(QStringLiteral("legendaryActionsPerRound"), legendaryActionsPerRound, 0, 10);
    errors.requireRange(QStringLiteral("legendaryResistances"), legendaryResistances, 0, 10);
    validateActions(errors, QStringLiteral("traits"), traits);
    validateActions(errors, QStringLiteral("actions"), actions);
    validateActions(errors, QStringLiteral("bonusActions"), bonusActions);
    validateActions(errors, QStringLiteral("reactions"), reactions);
    validateActions(errors, QStringLiteral("legendaryActions"), legendaryActions);
    validateActions(errors, QStringLiteral("lairActions"), lairActions);
    return errors;
}

std::optional<double> parseChallengeRating(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("1/8"))
        return 0.125;
    if (trimmed == QLatin1String("1/4"))
        return 0.25;
    if (trimmed == QLatin1String("1/2"))
        return 0.5;
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (!ok || value < 0 || value > 30)
        return std::nullopt;
    if (value == 0.125 || value == 0.25 || value == 0.5 || std::floor(value) == value)
        return value;
    return std::nullopt;
}

std::optional<int> xpForChallengeRating(const QString& challengeRating)
{
    static const int kWholeXp[] = {10,    200,   450,   700,    1100,   1800,   2300,  2900,
                                   3900,  5000,  5900,  7200,   8400,   10000,  11500, 13000,
                                   15000, 18000, 20000, 22000,  25000,  33000,  41000, 50000,
                                   62000, 75000, 90000, 105000, 120000, 135000, 155000};
    const std::optional<double> value = parseChallengeRating(challengeRating);
    if (!value)
        return std::nullopt;
    if (*value == 0.125)
        return 25;
    if (*value == 0.25)
        return 50;
    if (*value == 0.5)
        return 100;
    return kWholeXp[static_cast<int>(*value)];
}

int proficiencyBonusForChallengeRating(double challengeRating)
{
    if (challengeRating < 5)
        return 2;
    return 2 + (static_cast<int>(challengeRating) - 1) / 4;
}

} // namespace dnd
