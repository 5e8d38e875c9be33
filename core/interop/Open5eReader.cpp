#include "interop/Open5eReader.h"

#include "interop/StatblockFigures.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Open5eReader)
};

const QString kModel = QStringLiteral("model");
const QString kFields = QStringLiteral("fields");

bool isV1Monster(const QJsonObject& object)
{
    return object.contains(QStringLiteral("slug")) && object.contains(QStringLiteral("hit_points")) &&
           object.contains(QStringLiteral("armor_class"));
}

bool isV2Record(const QJsonObject& object)
{
    return object.value(kModel).toString().startsWith(QLatin1String("api_v2.creature")) &&
           object.value(kFields).isObject();
}

QJsonArray v1Items(const QJsonDocument& document)
{
    if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.value(QStringLiteral("results")).isArray())
            return object.value(QStringLiteral("results")).toArray();
        return QJsonArray{object};
    }
    return document.array();
}

// ---- v1 ------------------------------------------------------------------------------------

CreatureAction v1Action(const QJsonObject& object)
{
    CreatureAction action;
    action.name = object.value(QStringLiteral("name")).toString().trimmed();
    action.description = object.value(QStringLiteral("desc")).toString();
    action.attackBonus = StatblockFigures::integer(object.value(QStringLiteral("attack_bonus")));
    if (!action.attackBonus)
        action.attackBonus = StatblockFigures::attackBonus(action.description);
    action.damage = StatblockFigures::damage(action.description);
    const QString dice = object.value(QStringLiteral("damage_dice")).toString().remove(QLatin1Char(' '));
    if (action.damage.isEmpty() && !dice.isEmpty()) {
        const int bonus = StatblockFigures::integer(object.value(QStringLiteral("damage_bonus"))).value_or(0);
        QString expression = dice;
        if (bonus > 0)
            expression += QStringLiteral("+%1").arg(bonus);
        else if (bonus < 0)
            expression += QString::number(bonus);
        action.damage.append(DamageRoll{expression, QString()});
    }
    action.saveDc = StatblockFigures::saveDc(action.description);
    action.saveAbility = StatblockFigures::saveAbility(action.description);
    action.rechargeOn = StatblockFigures::rechargeOn(action.name);
    action.usesPerDay = StatblockFigures::perDay(action.name);
    action.cost = StatblockFigures::legendaryCost(action.name);
    return action;
}

QList<CreatureAction> v1Actions(const QJsonValue& value)
{
    QList<CreatureAction> result;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isObject() && !item.toObject().value(QStringLiteral("name")).toString().trimmed().isEmpty())
            result.append(v1Action(item.toObject()));
    }
    return result;
}

std::optional<Creature> v1Creature(const QJsonObject& o, QString* reason)
{
    Creature c;
    c.name = o.value(QStringLiteral("name")).toString().trimmed();
    const QString slug = o.value(QStringLiteral("slug")).toString().trimmed();
    if (c.name.isEmpty() || slug.isEmpty()) {
        *reason = Text::tr("It has no name or no slug.");
        return std::nullopt;
    }
    c.externalId = QStringLiteral("open5e:") + slug;
    c.source = QStringLiteral("Open5e");
    const QString document = o.value(QStringLiteral("document__title")).toString();
    if (!document.isEmpty())
        c.source = QStringLiteral("Open5e: %1").arg(document);
    c.rules = RulesEdition::Srd2014;
    c.size = StatblockFigures::sizeKey(o.value(QStringLiteral("size")).toString());
    c.type = o.value(QStringLiteral("type")).toString().trimmed().toLower();
    c.subtype = o.value(QStringLiteral("subtype")).toString().trimmed();
    c.alignment = o.value(QStringLiteral("alignment")).toString().trimmed();
    const std::optional<int> ac = StatblockFigures::integer(o.value(QStringLiteral("armor_class")));
    const std::optional<int> hp = StatblockFigures::integer(o.value(QStringLiteral("hit_points")));
    if (!ac || !hp) {
        *reason = Text::tr("Its armor class or hit points are not numbers.");
        return std::nullopt;
    }
    c.ac = *ac;
    c.acNotes = o.value(QStringLiteral("armor_desc")).toString();
    c.hp = *hp;
    c.hitDice = o.value(QStringLiteral("hit_dice")).toString().remove(QLatin1Char(' '));
    const QJsonObject speed = o.value(QStringLiteral("speed")).toObject();
    c.speed.walk = StatblockFigures::feet(speed.value(QStringLiteral("walk"))).value_or(0);
    c.speed.swim = StatblockFigures::feet(speed.value(QStringLiteral("swim"))).value_or(0);
    c.speed.fly = StatblockFigures::feet(speed.value(QStringLiteral("fly"))).value_or(0);
    c.speed.climb = StatblockFigures::feet(speed.value(QStringLiteral("climb"))).value_or(0);
    c.speed.burrow = StatblockFigures::feet(speed.value(QStringLiteral("burrow"))).value_or(0);
    c.speed.hover = speed.value(QStringLiteral("hover")).toBool();
    for (Ability ability : kAllAbilities) {
        const QString key = abilityKey(ability);
        const std::optional<int> score = StatblockFigures::integer(o.value(key));
        if (!score) {
            *reason = Text::tr("Its %1 score is missing or not a number.").arg(key);
            return std::nullopt;
        }
        c.abilities.setScore(ability, *score);
        if (const std::optional<int> save = StatblockFigures::integer(o.value(key + QStringLiteral("_save"))))
            c.savingThrows.insert(key, *save);
    }
    const QJsonObject skills = o.value(QStringLiteral("skills")).toObject();
    for (auto it = skills.constBegin(); it != skills.constEnd(); ++it) {
        if (const std::optional<int> bonus = StatblockFigures::integer(it.value()))
            c.skills.insert(it.key().toLower().replace(QLatin1Char('_'), QLatin1Char(' ')), *bonus);
    }
    for (const QString& sense : StatblockFigures::splitList(o.value(QStringLiteral("senses")).toString())) {
        if (sense.startsWith(QLatin1String("passive Perception"), Qt::CaseInsensitive))
            c.passivePerception = StatblockFigures::feet(sense).value_or(10);
        else
            c.senses << sense;
    }
    if (const std::optional<int> perception =
            StatblockFigures::integer(o.value(QStringLiteral("perception"))))
        c.skills.insert(QStringLiteral("perception"), *perception);
    c.languages = StatblockFigures::stringList(o.value(QStringLiteral("languages")));
    StatblockFigures::readDefences(c, o);
    c.challengeRating = StatblockFigures::challengeRating(o.value(QStringLiteral("challenge_rating")));
    if (c.challengeRating.isEmpty())
        c.challengeRating = StatblockFigures::challengeRating(o.value(QStringLiteral("cr")));
    if (c.challengeRating.isEmpty()) {
        *reason = Text::tr("Its challenge rating is missing or not a challenge rating.");
        return std::nullopt;
    }
    c.traits = v1Actions(o.value(QStringLiteral("special_abilities")));
    c.actions = v1Actions(o.value(QStringLiteral("actions")));
    c.bonusActions = v1Actions(o.value(QStringLiteral("bonus_actions")));
    c.reactions = v1Actions(o.value(QStringLiteral("reactions")));
    c.legendaryActions = v1Actions(o.value(QStringLiteral("legendary_actions")));
    if (!c.legendaryActions.isEmpty()) {
        const std::optional<int> perRound =
            StatblockFigures::feet(QJsonValue(o.value(QStringLiteral("legendary_desc")).toString()));
        c.legendaryActionsPerRound = qBound(1, perRound.value_or(3), 10);
    }
    StatblockFigures::completeDerivedFigures(c);
    return c;
}

// ---- v2 fixtures ---------------------------------------------------------------------------

struct V2Records {
    QList<QJsonObject> creatures; // in file order
    QHash<QString, QList<QJsonObject>> actionsByCreature;
    QHash<QString, QList<QJsonObject>> attacksByAction;
    QHash<QString, QList<QJsonObject>> traitsByCreature;
};

QString skillName(const QString& key)
{
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

// The damage of an attack record when its action has no statblock line to read it from. A record
// with an empty damage_type and no extra dice carries the main roll's type in extra_damage_type.
QList<DamageRoll> attackRecordDamage(const QJsonObject& a)
{
    QList<DamageRoll> damage;
    const QString mainType = a.value(QStringLiteral("damage_type")).toString().toLower();
    const QString extraType = a.value(QStringLiteral("extra_damage_type")).toString().toLower();
    const QString main = StatblockFigures::dice(
        StatblockFigures::integer(a.value(QStringLiteral("damage_die_count"))).value_or(0),
        a.value(QStringLiteral("damage_die_type")).toString(),
        StatblockFigures::integer(a.value(QStringLiteral("damage_bonus"))).value_or(0));
    const QString extra = StatblockFigures::dice(
        StatblockFigures::integer(a.value(QStringLiteral("extra_damage_die_count"))).value_or(0),
        a.value(QStringLiteral("extra_damage_die_type")).toString(),
        StatblockFigures::integer(a.value(QStringLiteral("extra_damage_bonus"))).value_or(0));
    if (!main.isEmpty())
        damage.append(DamageRoll{main, mainType.isEmpty() && extra.isEmpty() ? extraType : mainType});
    if (!extra.isEmpty())
        damage.append(DamageRoll{extra, extraType});
    return damage;
}

CreatureAction v2Action(const QJsonObject& record, const V2Records& records)
{
    const QJsonObject f = record.value(kFields).toObject();
    CreatureAction action;
    action.name = f.value(QStringLiteral("name")).toString().trimmed();
    action.description = f.value(QStringLiteral("desc")).toString();
    const QString usesType = f.value(QStringLiteral("uses_type")).toString();
    const std::optional<int> usesParam = StatblockFigures::integer(f.value(QStringLiteral("uses_param")));
    if (usesType == QLatin1String("RECHARGE_ON_ROLL") || (usesType == QLatin1String("RECHARGE") && usesParam))
        action.rechargeOn = qBound(1, usesParam.value_or(6), 6);
    else if (usesType == QLatin1String("PER_DAY"))
        action.usesPerDay = qBound(1, usesParam.value_or(1), 20);
    else if (usesType == QLatin1String("RECHARGE"))
        action.usesPerDay = 1; // recharges after a short or long rest
    action.cost =
        qBound(0, StatblockFigures::integer(f.value(QStringLiteral("legendary_action_cost"))).value_or(1), 5);

    const QList<QJsonObject> attacks =
        records.attacksByAction.value(record.value(QStringLiteral("pk")).toString());
    if (!attacks.isEmpty()) {
        const QJsonObject a = attacks.first().value(kFields).toObject();
        action.attackBonus = StatblockFigures::integer(a.value(QStringLiteral("to_hit_mod")));
        // Most SRD 5.2 attack records leave damage_type empty (the type sits in extra_damage_type)
        // and omit a second damage roll; the statblock line states every roll with its type.
        action.damage = StatblockFigures::hitDamage(action.description);
        if (action.damage.isEmpty())
            action.damage = attackRecordDamage(a);
    } else {
        action.damage = StatblockFigures::damage(action.description);
        action.attackBonus = StatblockFigures::attackBonus(action.description);
    }
    action.saveDc = StatblockFigures::saveDc(action.description);
    action.saveAbility = StatblockFigures::saveAbility(action.description);
    return action;
}

std::optional<Creature> v2Creature(const QJsonObject& record, const V2Records& records, QString* reason)
{
    const QString pk = record.value(QStringLiteral("pk")).toString().trimmed();
    const QJsonObject f = record.value(kFields).toObject();
    Creature c;
    c.name = f.value(QStringLiteral("name")).toString().trimmed();
    if (c.name.isEmpty() || pk.isEmpty()) {
        *reason = Text::tr("It has no name or no key.");
        return std::nullopt;
    }
    c.externalId = QStringLiteral("open5e:") + pk;
    const QString document = f.value(QStringLiteral("document")).toString();
    c.source = document.isEmpty() ? QStringLiteral("Open5e") : QStringLiteral("Open5e: %1").arg(document);
    c.rules = document.contains(QLatin1String("2024")) ? RulesEdition::Srd2024 : RulesEdition::Srd2014;
    c.size = StatblockFigures::sizeKey(f.value(QStringLiteral("size")).toString());
    c.type = f.value(QStringLiteral("type")).toString().trimmed().toLower();
    c.subtype = f.value(QStringLiteral("subcategory")).toString().trimmed();
    c.alignment = f.value(QStringLiteral("alignment")).toString().trimmed();
    const std::optional<int> ac = StatblockFigures::integer(f.value(QStringLiteral("armor_class")));
    const std::optional<int> hp = StatblockFigures::integer(f.value(QStringLiteral("hit_points")));
    if (!ac || !hp) {
        *reason = Text::tr("Its armor class or hit points are not numbers.");
        return std::nullopt;
    }
    c.ac = *ac;
    c.acNotes = f.value(QStringLiteral("armor_detail")).toString();
    c.hp = *hp;
    c.hitDice = f.value(QStringLiteral("hit_dice")).toString().remove(QLatin1Char(' '));
    c.speed.walk = StatblockFigures::integer(f.value(QStringLiteral("walk"))).value_or(0);
    c.speed.swim = StatblockFigures::integer(f.value(QStringLiteral("swim"))).value_or(0);
    c.speed.fly = StatblockFigures::integer(f.value(QStringLiteral("fly"))).value_or(0);
    c.speed.climb = StatblockFigures::integer(f.value(QStringLiteral("climb"))).value_or(0);
    c.speed.burrow = StatblockFigures::integer(f.value(QStringLiteral("burrow"))).value_or(0);
    c.speed.hover = f.value(QStringLiteral("hover")).toBool();
    for (Ability ability : kAllAbilities) {
        const QString key = abilityKey(ability);
        const std::optional<int> score =
            StatblockFigures::integer(f.value(QStringLiteral("ability_score_") + key));
        if (!score) {
            *reason = Text::tr("Its %1 score is missing or not a number.").arg(key);
            return std::nullopt;
        }
        c.abilities.setScore(ability, *score);
        // The fixtures list every save; only those that differ from the plain modifier are proficient.
        if (const std::optional<int> save =
                StatblockFigures::integer(f.value(QStringLiteral("saving_throw_") + key));
            save && *save != abilityModifier(*score))
            c.savingThrows.insert(key, *save);
    }
    for (auto it = f.constBegin(); it != f.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1String("skill_bonus_")))
            continue;
        if (const std::optional<int> bonus = StatblockFigures::integer(it.value()))
            c.skills.insert(skillName(it.key().mid(12)), *bonus);
    }
    const std::pair<const char*, const char*> senses[] = {{"blindsight_range", "blindsight"},
                                                          {"darkvision_range", "darkvision"},
                                                          {"tremorsense_range", "tremorsense"},
                                                          {"truesight_range", "truesight"},
                                                          {"telepathy_range", "telepathy"}};
    for (const auto& [key, label] : senses) {
        if (const std::optional<int> range = StatblockFigures::integer(f.value(QLatin1String(key)));
            range && *range > 0)
            c.senses << QStringLiteral("%1 %2 ft.").arg(QLatin1String(label)).arg(*range);
    }
    c.passivePerception =
        StatblockFigures::integer(f.value(QStringLiteral("passive_perception"))).value_or(10);
    c.languages = StatblockFigures::splitList(f.value(QStringLiteral("languages_desc")).toString());
    if (c.languages.isEmpty())
        c.languages = StatblockFigures::stringList(f.value(QStringLiteral("languages")));
    StatblockFigures::readDefences(c, f);
    c.challengeRating = StatblockFigures::challengeRating(f.value(QStringLiteral("challenge_rating")));
    if (c.challengeRating.isEmpty()) {
        *reason = Text::tr("Its challenge rating is missing or not a challenge rating.");
        return std::nullopt;
    }
    c.initiativeBonus = StatblockFigures::integer(f.value(QStringLiteral("initiative_bonus")));

    for (const QJsonObject& trait : records.traitsByCreature.value(pk)) {
        const QJsonObject tf = trait.value(kFields).toObject();
        CreatureAction action;
        action.name = tf.value(QStringLiteral("name")).toString().trimmed();
        action.description = tf.value(QStringLiteral("desc")).toString();
        action.usesPerDay = StatblockFigures::perDay(action.name);
        action.saveDc = StatblockFigures::saveDc(action.description);
        action.saveAbility = StatblockFigures::saveAbility(action.description);
        action.damage = StatblockFigures::damage(action.description);
        if (!action.name.isEmpty())
            c.traits.append(action);
    }
    QList<QJsonObject> actions = records.actionsByCreature.value(pk);
    std::stable_sort(actions.begin(), actions.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(kFields).toObject().value(QStringLiteral("order_in_statblock")).toInt() <
               b.value(kFields).toObject().value(QStringLiteral("order_in_statblock")).toInt();
    });
    for (const QJsonObject& record : std::as_const(actions)) {
        const CreatureAction action = v2Action(record, records);
        if (action.name.isEmpty())
            continue;
        const QString type = record.value(kFields).toObject().value(QStringLiteral("action_type")).toString();
        if (type == QLatin1String("BONUS_ACTION"))
            c.bonusActions.append(action);
        else if (type == QLatin1String("REACTION"))
            c.reactions.append(action);
        else if (type == QLatin1String("LEGENDARY_ACTION"))
            c.legendaryActions.append(action);
        else if (type == QLatin1String("LAIR_ACTION"))
            c.lairActions.append(action);
        else
            c.actions.append(action);
    }
    // SRD 5.2 legendary creatures take three legendary actions per round outside their lair.
    if (!c.legendaryActions.isEmpty())
        c.legendaryActionsPerRound = 3;
    StatblockFigures::completeDerivedFigures(
        c, StatblockFigures::integer(f.value(QStringLiteral("experience_points_integer"))),
        StatblockFigures::integer(f.value(QStringLiteral("proficiency_bonus"))));
    return c;
}

Result<ImportBatch> readV2(const QJsonArray& items)
{
    V2Records records;
    ImportBatch batch;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject record = items.at(i).toObject();
        const QString model = record.value(kModel).toString();
        const QString parent = record.value(kFields).toObject().value(QStringLiteral("parent")).toString();
        if (model == QLatin1String("api_v2.creature"))
            records.creatures.append(record);
        else if (model == QLatin1String("api_v2.creatureaction"))
            records.actionsByCreature[parent].append(record);
        else if (model == QLatin1String("api_v2.creatureactionattack"))
            records.attacksByAction[parent].append(record);
        else if (model == QLatin1String("api_v2.creaturetrait"))
            records.traitsByCreature[parent].append(record);
        else if (!items.at(i).isObject() || !record.value(kFields).isObject())
            batch.skipped.append(
                {QStringLiteral("item %1").arg(i + 1), Text::tr("It is not a fixture record.")});
    }
    // The actions, attacks or traits file alone has nothing to attach its records to.
    if (records.creatures.isEmpty())
        return Error::make(
            codes::kNoCreatures,
            Text::tr("The file holds Open5e creature actions, attacks or traits but no creatures. "
                     "Import the ...Creature.json file: the files of actions, attacks and traits "
                     "next to it are read with it. Nothing was imported."));
    for (const QJsonObject& record : std::as_const(records.creatures)) {
        QString reason;
        if (std::optional<Creature> creature = v2Creature(record, records, &reason))
            batch.creatures.append(*creature);
        else
            batch.skipped.append({record.value(kFields)
                                      .toObject()
                                      .value(QStringLiteral("name"))
                                      .toString(record.value(QStringLiteral("pk")).toString()),
                                  reason});
    }
    return batch;
}

} // namespace

bool Open5eReader::looksLikeV2(const QJsonDocument& document)
{
    for (const QJsonValue& item : document.array()) {
        if (item.isObject())
            return isV2Record(item.toObject());
    }
    return false;
}

bool Open5eReader::looksLike(const QJsonDocument& document)
{
    if (looksLikeV2(document))
        return true;
    for (const QJsonValue& item : v1Items(document)) {
        if (item.isObject())
            return isV1Monster(item.toObject());
    }
    return false;
}

QJsonDocument Open5eReader::joinFixtures(const QList<QJsonDocument>& documents)
{
    QJsonArray joined;
    for (const QJsonDocument& document : documents) {
        for (const QJsonValue& item : document.array())
            joined.append(item);
    }
    return QJsonDocument(joined);
}

Result<ImportBatch> Open5eReader::read(const QJsonDocument& document)
{
    if (!looksLike(document))
        return Error::make(codes::kWrongFormat, Text::tr("The file is not Open5e monster JSON."));
    if (looksLikeV2(document))
        return readV2(document.array());
    ImportBatch batch;
    const QJsonArray items = v1Items(document);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject object = items.at(i).toObject();
        const QString label =
            object.value(QStringLiteral("name")).toString(QStringLiteral("item %1").arg(i + 1));
        if (!items.at(i).isObject()) {
            batch.skipped.append({label, Text::tr("It is not a JSON object.")});
            continue;
        }
        QString reason;
        if (std::optional<Creature> creature = v1Creature(object, &reason))
            batch.creatures.append(*creature);
        else
            batch.skipped.append({label, reason});
    }
    return batch;
}

} // namespace dnd
