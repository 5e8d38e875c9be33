#include "interop/FiveEDatabaseReader.h"

#include "interop/StatblockFigures.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FiveEDatabaseReader)
};

bool isMonster(const QJsonObject& object)
{
    return object.contains(QStringLiteral("index")) && object.contains(QStringLiteral("hit_points")) &&
           object.contains(QStringLiteral("armor_class"));
}

CreatureAction action(const QJsonObject& object)
{
    CreatureAction result;
    result.name = object.value(QStringLiteral("name")).toString().trimmed();
    result.description = object.value(QStringLiteral("desc")).toString();
    result.attackBonus = StatblockFigures::integer(object.value(QStringLiteral("attack_bonus")));
    for (const QJsonValue& item : object.value(QStringLiteral("damage")).toArray()) {
        const QJsonObject damage = item.toObject();
        const QString dice = damage.value(QStringLiteral("damage_dice")).toString().remove(QLatin1Char(' '));
        if (dice.isEmpty())
            continue; // a choice between damage options: left to the description
        const QJsonObject type = damage.value(QStringLiteral("damage_type")).toObject();
        result.damage.append(DamageRoll{dice, type.value(QStringLiteral("index"))
                                                  .toString(type.value(QStringLiteral("name")).toString())
                                                  .toLower()});
    }
    const QJsonObject dc = object.value(QStringLiteral("dc")).toObject();
    if (!dc.isEmpty()) {
        result.saveDc = StatblockFigures::integer(dc.value(QStringLiteral("dc_value")));
        const QJsonObject type = dc.value(QStringLiteral("dc_type")).toObject();
        result.saveAbility = StatblockFigures::abilityKey(
            type.value(QStringLiteral("index")).toString(type.value(QStringLiteral("name")).toString()));
    }
    const QJsonObject usage = object.value(QStringLiteral("usage")).toObject();
    const QString usageType = usage.value(QStringLiteral("type")).toString().toLower();
    if (usageType == QLatin1String("recharge on roll"))
        result.rechargeOn =
            qBound(0, StatblockFigures::integer(usage.value(QStringLiteral("min_value"))).value_or(6), 6);
    else if (usageType == QLatin1String("per day"))
        result.usesPerDay =
            qBound(0, StatblockFigures::integer(usage.value(QStringLiteral("times"))).value_or(1), 20);
    else if (usageType == QLatin1String("recharge after rest"))
        result.usesPerDay = 1;
    // A spellcasting trait carries the spell save DC and the spell attack bonus.
    const QJsonObject spellcasting = object.value(QStringLiteral("spellcasting")).toObject();
    if (!spellcasting.isEmpty()) {
        if (!result.saveDc)
            result.saveDc = StatblockFigures::integer(spellcasting.value(QStringLiteral("dc")));
        if (!result.attackBonus)
            result.attackBonus = StatblockFigures::integer(spellcasting.value(QStringLiteral("modifier")));
    }
    if (result.rechargeOn == 0)
        result.rechargeOn = StatblockFigures::rechargeOn(result.name);
    if (result.usesPerDay == 0)
        result.usesPerDay = StatblockFigures::perDay(result.name);
    result.cost = StatblockFigures::legendaryCost(result.name);
    return result;
}

QList<CreatureAction> actions(const QJsonValue& value)
{
    QList<CreatureAction> result;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isObject())
            result.append(action(item.toObject()));
    }
    return result;
}

} // namespace

bool FiveEDatabaseReader::looksLike(const QJsonDocument& document)
{
    if (document.isObject())
        return isMonster(document.object());
    const QJsonArray array = document.array();
    for (const QJsonValue& item : array) {
        if (item.isObject())
            return isMonster(item.toObject());
    }
    return false;
}

std::optional<Creature> FiveEDatabaseReader::creature(const QJsonObject& o, QString* reason)
{
    Creature c;
    c.name = o.value(QStringLiteral("name")).toString().trimmed();
    const QString index = o.value(QStringLiteral("index")).toString().trimmed();
    if (c.name.isEmpty() || index.isEmpty()) {
        *reason = Text::tr("It has no name or no index.");
        return std::nullopt;
    }
    c.externalId = QStringLiteral("5e-database:") + index;
    c.source = QStringLiteral("5e-database");
    c.rules = RulesEdition::Srd2014;
    c.size = StatblockFigures::sizeKey(o.value(QStringLiteral("size")).toString());
    c.type = o.value(QStringLiteral("type")).toString().trimmed().toLower();
    c.subtype = o.value(QStringLiteral("subtype")).toString().trimmed();
    c.alignment = o.value(QStringLiteral("alignment")).toString().trimmed();

    const QJsonValue armor = o.value(QStringLiteral("armor_class"));
    if (armor.isArray() && !armor.toArray().isEmpty()) {
        const QJsonObject first = armor.toArray().first().toObject();
        c.ac = StatblockFigures::integer(first.value(QStringLiteral("value"))).value_or(-1);
        QStringList notes;
        const QString kind = first.value(QStringLiteral("type")).toString();
        for (const QJsonValue& piece : first.value(QStringLiteral("armor")).toArray())
            notes << piece.toObject().value(QStringLiteral("name")).toString();
        if (notes.isEmpty() && kind == QLatin1String("natural"))
            notes << QStringLiteral("natural armor");
        c.acNotes = notes.join(QStringLiteral(", "));
    } else {
        c.ac = StatblockFigures::integer(armor).value_or(-1);
    }
    const std::optional<int> hp = StatblockFigures::integer(o.value(QStringLiteral("hit_points")));
    if (!hp) {
        *reason = Text::tr("Its hit points are not a number.");
        return std::nullopt;
    }
    c.hp = *hp;
    c.hitDice =
        o.value(QStringLiteral("hit_points_roll")).toString(o.value(QStringLiteral("hit_dice")).toString());
    c.hitDice.remove(QLatin1Char(' '));

    const QJsonObject speed = o.value(QStringLiteral("speed")).toObject();
    c.speed.walk = StatblockFigures::feet(speed.value(QStringLiteral("walk"))).value_or(0);
    c.speed.swim = StatblockFigures::feet(speed.value(QStringLiteral("swim"))).value_or(0);
    c.speed.fly = StatblockFigures::feet(speed.value(QStringLiteral("fly"))).value_or(0);
    c.speed.climb = StatblockFigures::feet(speed.value(QStringLiteral("climb"))).value_or(0);
    c.speed.burrow = StatblockFigures::feet(speed.value(QStringLiteral("burrow"))).value_or(0);
    c.speed.hover = speed.value(QStringLiteral("hover")).toBool();

    for (Ability ability : kAllAbilities) {
        const QJsonValue score = o.value(dnd::abilityKey(ability));
        if (!StatblockFigures::integer(score)) {
            *reason = Text::tr("Its %1 score is missing or not a number.").arg(dnd::abilityKey(ability));
            return std::nullopt;
        }
        c.abilities.setScore(ability, *StatblockFigures::integer(score));
    }
    for (const QJsonValue& item : o.value(QStringLiteral("proficiencies")).toArray()) {
        const QJsonObject entry = item.toObject();
        const QString key =
            entry.value(QStringLiteral("proficiency")).toObject().value(QStringLiteral("index")).toString();
        const int bonus = StatblockFigures::integer(entry.value(QStringLiteral("value"))).value_or(0);
        if (key.startsWith(QLatin1String("saving-throw-")))
            c.savingThrows.insert(StatblockFigures::abilityKey(key.mid(13)), bonus);
        else if (key.startsWith(QLatin1String("skill-")))
            c.skills.insert(key.mid(6).replace(QLatin1Char('-'), QLatin1Char(' ')), bonus);
    }
    const QJsonObject senses = o.value(QStringLiteral("senses")).toObject();
    for (auto it = senses.constBegin(); it != senses.constEnd(); ++it) {
        if (it.key() == QLatin1String("passive_perception"))
            c.passivePerception = StatblockFigures::integer(it.value()).value_or(10);
        else
            c.senses << QStringLiteral("%1 %2").arg(it.key(), it.value().toVariant().toString());
    }
    c.languages = StatblockFigures::stringList(o.value(QStringLiteral("languages")));
    StatblockFigures::readDefences(c, o);

    c.challengeRating = StatblockFigures::challengeRating(o.value(QStringLiteral("challenge_rating")));
    if (c.challengeRating.isEmpty()) {
        *reason = Text::tr("Its challenge rating is missing or not a challenge rating.");
        return std::nullopt;
    }

    c.traits = actions(o.value(QStringLiteral("special_abilities")));
    c.actions = actions(o.value(QStringLiteral("actions")));
    c.reactions = actions(o.value(QStringLiteral("reactions")));
    c.legendaryActions = actions(o.value(QStringLiteral("legendary_actions")));
    // The 2014 SRD gives every legendary creature three legendary actions per round.
    if (!c.legendaryActions.isEmpty())
        c.legendaryActionsPerRound = 3;
    StatblockFigures::completeDerivedFigures(
        c, StatblockFigures::integer(o.value(QStringLiteral("xp"))),
        StatblockFigures::integer(o.value(QStringLiteral("proficiency_bonus"))));
    return c;
}

Result<ImportBatch> FiveEDatabaseReader::read(const QJsonDocument& document)
{
    if (!looksLike(document))
        return Error::make(codes::kWrongFormat, Text::tr("The file is not 5e-database monster JSON."));
    QJsonArray items;
    if (document.isObject())
        items.append(document.object());
    else
        items = document.array();
    ImportBatch batch;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const QString label =
            item.toObject().value(QStringLiteral("name")).toString(QStringLiteral("item %1").arg(i + 1));
        if (!item.isObject()) {
            batch.skipped.append(
                {QStringLiteral("item %1").arg(i + 1), Text::tr("It is not a JSON object.")});
            continue;
        }
        QString reason;
        if (std::optional<Creature> creature = FiveEDatabaseReader::creature(item.toObject(), &reason))
            batch.creatures.append(*creature);
        else
            batch.skipped.append({label, reason});
    }
    return batch;
}

} // namespace dnd
