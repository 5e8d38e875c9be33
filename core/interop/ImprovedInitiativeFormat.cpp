#include "interop/ImprovedInitiativeFormat.h"

#include "interop/ImportIdentity.h"
#include "interop/StatblockFigures.h"
#include "interop/StoreExport.h"
#include "store/LocalStore.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImprovedInitiativeFormat)
};

const QStringList kSizes{QStringLiteral("tiny"),  QStringLiteral("small"), QStringLiteral("medium"),
                         QStringLiteral("large"), QStringLiteral("huge"),  QStringLiteral("gargantuan")};
const std::array<const char*, 6> kShortNames{"Str", "Dex", "Con", "Int", "Wis", "Cha"};

bool isStatblock(const QJsonObject& object)
{
    return object.value(QStringLiteral("Name")).isString() &&
           (object.value(QStringLiteral("HP")).isObject() || object.value(QStringLiteral("AC")).isObject() ||
            object.value(QStringLiteral("Abilities")).isObject());
}

bool isPersistentCharacter(const QJsonObject& object)
{
    return object.value(QStringLiteral("StatBlock")).isObject() &&
           object.value(QStringLiteral("Name")).isString();
}

bool isBackup(const QJsonObject& object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().startsWith(QLatin1String("Creatures.")) ||
            it.key().startsWith(QLatin1String("PersistentCharacters.")) ||
            it.key().startsWith(QLatin1String("SavedEncounters.")) ||
            it.key().startsWith(QLatin1String("ImprovedInitiative.")))
            return true;
    }
    return false;
}

// Backup values are stored as JSON text by the web app; accept them parsed or as text.
QJsonObject objectValue(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject();
    if (value.isString())
        return QJsonDocument::fromJson(value.toString().toUtf8()).object();
    return {};
}

QString averageOf(const QString& dice)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)d(\\d+)([+-]\\d+)?$"));
    const QRegularExpressionMatch match = pattern.match(dice);
    if (!match.hasMatch())
        return dice;
    const int count = match.captured(1).toInt();
    const int sides = match.captured(2).toInt();
    const int bonus = match.captured(3).toInt();
    return QString::number(count * (sides + 1) / 2 + bonus);
}

QString signedNumber(int value)
{
    return value >= 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
}

// A short statement of the action's figures for actions that carry no text (bundled templates).
QString figuresText(const CreatureAction& action)
{
    QStringList parts;
    if (action.attackBonus)
        parts << QStringLiteral("%1 to hit.").arg(signedNumber(*action.attackBonus));
    if (action.saveDc) {
        const QString ability =
            action.saveAbility.isEmpty()
                ? QString()
                : action.saveAbility.left(1).toUpper() + action.saveAbility.mid(1) + QLatin1Char(' ');
        parts << QStringLiteral("DC %1 %2saving throw.").arg(*action.saveDc).arg(ability);
    }
    QStringList damage;
    for (const DamageRoll& roll : action.damage)
        damage << QStringLiteral("%1 (%2) %3 damage")
                      .arg(averageOf(roll.dice), roll.dice, roll.type)
                      .simplified();
    if (!damage.isEmpty())
        parts << damage.join(QStringLiteral(" plus ")) + QLatin1Char('.');
    return parts.join(QLatin1Char(' '));
}

QString usageText(const CreatureAction& action)
{
    if (action.rechargeOn > 0)
        return action.rechargeOn == 6 ? QStringLiteral("Recharge 6")
                                      : QStringLiteral("Recharge %1-6").arg(action.rechargeOn);
    if (action.usesPerDay > 0)
        return QStringLiteral("%1/Day").arg(action.usesPerDay);
    return {};
}

QJsonArray actionsOut(const QList<CreatureAction>& actions)
{
    QJsonArray array;
    for (const CreatureAction& action : actions) {
        QJsonObject object{{QStringLiteral("Name"), action.name},
                           {QStringLiteral("Content"),
                            action.description.isEmpty() ? figuresText(action) : action.description}};
        if (const QString usage = usageText(action); !usage.isEmpty())
            object.insert(QStringLiteral("Usage"), usage);
        array.append(object);
    }
    return array;
}

QList<CreatureAction> actionsIn(const QJsonValue& value)
{
    QList<CreatureAction> result;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        CreatureAction action;
        action.name = object.value(QStringLiteral("Name")).toString().trimmed();
        if (action.name.isEmpty())
            continue;
        action.description = object.value(QStringLiteral("Content")).toString();
        const QString usage = object.value(QStringLiteral("Usage")).toString();
        action.attackBonus = StatblockFigures::attackBonus(action.description);
        action.damage = StatblockFigures::damage(action.description);
        action.saveDc = StatblockFigures::saveDc(action.description);
        action.saveAbility = StatblockFigures::saveAbility(action.description);
        action.rechargeOn = StatblockFigures::rechargeOn(usage + QLatin1Char(' ') + action.name);
        action.usesPerDay = StatblockFigures::perDay(usage + QLatin1Char(' ') + action.name);
        action.cost = StatblockFigures::legendaryCost(action.name);
        result.append(action);
    }
    return result;
}

QJsonArray modifiersOut(const QMap<QString, int>& map, bool abilities)
{
    QJsonArray array;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        QString name = it.key();
        if (abilities)
            name = name.left(1).toUpper() + name.mid(1, 2);
        else
            name = name.left(1).toUpper() + name.mid(1);
        array.append(QJsonObject{{QStringLiteral("Name"), name}, {QStringLiteral("Modifier"), it.value()}});
    }
    return array;
}

QMap<QString, int> modifiersIn(const QJsonValue& value, bool abilities)
{
    QMap<QString, int> map;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject object = item.toObject();
        const QString name = object.value(QStringLiteral("Name")).toString().trimmed();
        const std::optional<int> modifier =
            StatblockFigures::integer(object.value(QStringLiteral("Modifier")));
        if (name.isEmpty() || !modifier)
            continue;
        const QString key = abilities ? StatblockFigures::abilityKey(name) : name.toLower();
        if (!key.isEmpty())
            map.insert(key, *modifier);
    }
    return map;
}

QString withoutParens(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')))
        text = text.mid(1, text.size() - 2);
    return text.trimmed();
}

void readSpeeds(const QJsonValue& value, Speeds& speed)
{
    speed = Speeds{};
    speed.walk = 0;
    static const QRegularExpression entry(QStringLiteral("(?:(walk|swim|fly|climb|burrow)\\s+)?(\\d+)\\s*ft"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (const QString& part : StatblockFigures::stringList(value)) {
        auto it = entry.globalMatch(part);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString kind = match.captured(1).toLower();
            const int feet = match.captured(2).toInt();
            if (kind == QLatin1String("swim"))
                speed.swim = feet;
            else if (kind == QLatin1String("fly"))
                speed.fly = feet;
            else if (kind == QLatin1String("climb"))
                speed.climb = feet;
            else if (kind == QLatin1String("burrow"))
                speed.burrow = feet;
            else
                speed.walk = feet;
        }
        if (part.contains(QLatin1String("hover"), Qt::CaseInsensitive))
            speed.hover = true;
    }
}

QStringList speedsOut(const Speeds& speed)
{
    QStringList parts{QStringLiteral("%1 ft.").arg(speed.walk)};
    const std::pair<const char*, int> others[] = {
        {"burrow", speed.burrow}, {"climb", speed.climb}, {"fly", speed.fly}, {"swim", speed.swim}};
    for (const auto& [name, feet] : others) {
        if (feet > 0)
            parts << QStringLiteral("%1 %2 ft.%3")
                         .arg(QLatin1String(name))
                         .arg(feet)
                         .arg(QLatin1String(name) == QLatin1String("fly") && speed.hover
                                  ? QStringLiteral(" (hover)")
                                  : QString());
    }
    return {parts.join(QStringLiteral(", "))};
}

AbilityScores abilitiesIn(const QJsonObject& object, QString* problem)
{
    AbilityScores scores;
    for (int i = 0; i < 6; ++i) {
        const QJsonValue value = object.value(QLatin1String(kShortNames[i]));
        if (value.isUndefined())
            continue;
        const std::optional<int> score = StatblockFigures::integer(value);
        if (!score)
            *problem = Text::tr("Its %1 score is not a number.").arg(QLatin1String(kShortNames[i]));
        else
            scores.scores[i] = *score;
    }
    return scores;
}

std::optional<Creature> creatureIn(const QJsonObject& o, QString* reason)
{
    Creature c;
    c.name = o.value(QStringLiteral("Name")).toString().trimmed();
    if (c.name.isEmpty()) {
        *reason = Text::tr("It has no name.");
        return std::nullopt;
    }
    const QString id = o.value(QStringLiteral("Id")).toString().trimmed();
    c.externalId = QStringLiteral("improved-initiative:") + (id.isEmpty() ? c.name.toLower() : id);
    c.source = o.value(QStringLiteral("Source")).toString().trimmed();
    if (c.source.isEmpty())
        c.source = QStringLiteral("Improved Initiative");
    // "Large dragon (chromatic), chaotic evil"
    const QString typeLine = o.value(QStringLiteral("Type")).toString().trimmed();
    QString kind = typeLine.section(QLatin1Char(','), 0, 0).trimmed();
    c.alignment = typeLine.section(QLatin1Char(','), 1).trimmed();
    const QString firstWord = kind.section(QLatin1Char(' '), 0, 0).toLower();
    if (kSizes.contains(firstWord)) {
        c.size = firstWord;
        kind = kind.section(QLatin1Char(' '), 1).trimmed();
    }
    static const QRegularExpression subtype(QStringLiteral("\\(([^)]*)\\)"));
    if (const QRegularExpressionMatch match = subtype.match(kind); match.hasMatch()) {
        c.subtype = match.captured(1).trimmed();
        kind = kind.left(match.capturedStart()).trimmed();
    }
    c.type = kind.toLower();

    const QJsonObject hp = o.value(QStringLiteral("HP")).toObject();
    const QJsonObject ac = o.value(QStringLiteral("AC")).toObject();
    const std::optional<int> hpValue = StatblockFigures::integer(hp.value(QStringLiteral("Value")));
    const std::optional<int> acValue = StatblockFigures::integer(ac.value(QStringLiteral("Value")));
    if (!hpValue || !acValue) {
        *reason = Text::tr("Its HP or AC value is missing or not a number.");
        return std::nullopt;
    }
    c.hp = *hpValue;
    c.hitDice = withoutParens(hp.value(QStringLiteral("Notes")).toString()).remove(QLatin1Char(' '));
    c.ac = *acValue;
    c.acNotes = withoutParens(ac.value(QStringLiteral("Notes")).toString());
    QString problem;
    c.abilities = abilitiesIn(o.value(QStringLiteral("Abilities")).toObject(), &problem);
    if (!problem.isEmpty()) {
        *reason = problem;
        return std::nullopt;
    }
    if (const std::optional<int> initiative =
            StatblockFigures::integer(o.value(QStringLiteral("InitiativeModifier"))))
        c.initiativeBonus = *initiative;
    readSpeeds(o.value(QStringLiteral("Speed")), c.speed);
    c.savingThrows = modifiersIn(o.value(QStringLiteral("Saves")), true);
    c.skills = modifiersIn(o.value(QStringLiteral("Skills")), false);
    for (const QString& sense : StatblockFigures::stringList(o.value(QStringLiteral("Senses")))) {
        if (sense.startsWith(QLatin1String("passive Perception"), Qt::CaseInsensitive))
            c.passivePerception = StatblockFigures::feet(sense).value_or(10);
        else
            c.senses << sense;
    }
    c.languages = StatblockFigures::stringList(o.value(QStringLiteral("Languages")));
    StatblockFigures::readDefences(
        c, o, {"DamageVulnerabilities", "DamageResistances", "DamageImmunities", "ConditionImmunities"});
    const QJsonValue challenge = o.value(QStringLiteral("Challenge"));
    c.challengeRating = StatblockFigures::challengeRating(
        challenge.isString() ? QJsonValue(challenge.toString().section(QLatin1Char(' '), 0, 0)) : challenge);
    if (c.challengeRating.isEmpty())
        c.challengeRating = QStringLiteral("0");
    c.traits = actionsIn(o.value(QStringLiteral("Traits")));
    c.actions = actionsIn(o.value(QStringLiteral("Actions")));
    c.bonusActions = actionsIn(o.value(QStringLiteral("BonusActions")));
    c.reactions = actionsIn(o.value(QStringLiteral("Reactions")));
    c.legendaryActions = actionsIn(o.value(QStringLiteral("LegendaryActions")));
    if (!c.legendaryActions.isEmpty())
        c.legendaryActionsPerRound = 3;
    StatblockFigures::completeDerivedFigures(c);
    return c;
}

std::optional<Character> characterIn(const QJsonObject& statblock, const QString& id,
                                     const QJsonValue& currentHp, const QString& notes, QString* reason)
{
    Character c;
    c.name = statblock.value(QStringLiteral("Name")).toString().trimmed();
    if (c.name.isEmpty()) {
        *reason = Text::tr("It has no name.");
        return std::nullopt;
    }
    const QString key = id.isEmpty() ? statblock.value(QStringLiteral("Id")).toString().trimmed() : id;
    c.externalId = QStringLiteral("improved-initiative:") + (key.isEmpty() ? c.name.toLower() : key);
    const std::optional<int> hp = StatblockFigures::integer(
        statblock.value(QStringLiteral("HP")).toObject().value(QStringLiteral("Value")));
    const std::optional<int> ac = StatblockFigures::integer(
        statblock.value(QStringLiteral("AC")).toObject().value(QStringLiteral("Value")));
    if (!hp || !ac) {
        *reason = Text::tr("Its HP or AC value is missing or not a number.");
        return std::nullopt;
    }
    c.maxHp = *hp;
    c.currentHp = qBound(0, StatblockFigures::integer(currentHp).value_or(*hp), *hp);
    c.ac = *ac;
    QString problem;
    c.abilities = abilitiesIn(statblock.value(QStringLiteral("Abilities")).toObject(), &problem);
    if (!problem.isEmpty()) {
        *reason = problem;
        return std::nullopt;
    }
    const int initiative = StatblockFigures::integer(statblock.value(QStringLiteral("InitiativeModifier")))
                               .value_or(c.abilities.modifier(Ability::Dexterity));
    c.initiativeBonus = initiative - c.abilities.modifier(Ability::Dexterity);
    // Improved Initiative keeps a player character's level in the Challenge field.
    const int level = StatblockFigures::integer(statblock.value(QStringLiteral("Challenge"))).value_or(1);
    c.level = qBound(1, level, 20);
    c.proficiencyBonus = 2 + (c.level - 1) / 4;
    c.race = statblock.value(QStringLiteral("Type")).toString().trimmed();
    Speeds speed;
    readSpeeds(statblock.value(QStringLiteral("Speed")), speed);
    c.speed = speed.walk > 0 ? speed.walk : 30;
    c.notes = notes;
    return c;
}

} // namespace

bool ImprovedInitiativeFormat::looksLike(const QJsonDocument& document)
{
    if (document.isObject()) {
        const QJsonObject object = document.object();
        return isStatblock(object) || isPersistentCharacter(object) || isBackup(object);
    }
    for (const QJsonValue& item : document.array()) {
        if (item.isObject())
            return isStatblock(item.toObject()) || isPersistentCharacter(item.toObject());
    }
    return false;
}

Result<ImportBatch> ImprovedInitiativeFormat::read(const QJsonDocument& document)
{
    if (!looksLike(document))
        return Error::make(codes::kWrongFormat, Text::tr("The file is not Improved Initiative JSON."));
    ImportBatch batch;
    Party party;
    party.id = ImportIdentity::derivedId(QStringLiteral("improved-initiative/party"));
    party.name = Text::tr("Improved Initiative players");

    auto addStatblock = [&](const QJsonObject& object, const QString& label) {
        QString reason;
        if (object.value(QStringLiteral("Player")).toString() == QLatin1String("player")) {
            if (std::optional<Character> character = characterIn(
                    object, QString(), object.value(QStringLiteral("CurrentHP")), QString(), &reason)) {
                character->partyId = party.id;
                batch.characters.append(*character);
                return;
            }
        } else if (std::optional<Creature> creature = creatureIn(object, &reason)) {
            batch.creatures.append(*creature);
            return;
        }
        batch.skipped.append({label, reason});
    };
    auto addPersistent = [&](const QJsonObject& object, const QString& label) {
        QString reason;
        if (std::optional<Character> character = characterIn(
                object.value(QStringLiteral("StatBlock")).toObject(),
                object.value(QStringLiteral("Id")).toString(), object.value(QStringLiteral("CurrentHP")),
                object.value(QStringLiteral("Notes")).toString(), &reason)) {
            character->name = object.value(QStringLiteral("Name")).toString(character->name).trimmed();
            character->partyId = party.id;
            batch.characters.append(*character);
        } else {
            batch.skipped.append({label, reason});
        }
    };
    auto labelOf = [](const QJsonObject& object, const QString& fallback) {
        const QString name = object.value(QStringLiteral("Name")).toString().trimmed();
        return name.isEmpty() ? fallback : name;
    };

    if (document.isArray()) {
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString fallback = QStringLiteral("item %1").arg(i + 1);
            if (!array.at(i).isObject()) {
                batch.skipped.append({fallback, Text::tr("It is not a JSON object.")});
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            if (isPersistentCharacter(object))
                addPersistent(object, labelOf(object, fallback));
            else if (isStatblock(object))
                addStatblock(object, labelOf(object, fallback));
            else
                batch.skipped.append(
                    {labelOf(object, fallback), Text::tr("It is not an Improved Initiative statblock.")});
        }
    } else if (isBackup(document.object())) {
        const QJsonObject root = document.object();
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            const QString key = it.key();
            if (key.startsWith(QLatin1String("ImprovedInitiative.")))
                continue; // lists of ids and settings
            const QJsonObject object = objectValue(it.value());
            if (key.startsWith(QLatin1String("Creatures."))) {
                if (isStatblock(object))
                    addStatblock(object, labelOf(object, key));
                else
                    batch.skipped.append({key, Text::tr("It is not an Improved Initiative statblock.")});
            } else if (key.startsWith(QLatin1String("PersistentCharacters."))) {
                if (isPersistentCharacter(object))
                    addPersistent(object, labelOf(object, key));
                else if (isStatblock(object)) {
                    QJsonObject player = object;
                    player.insert(QStringLiteral("Player"), QStringLiteral("player"));
                    addStatblock(player, labelOf(object, key));
                } else
                    batch.skipped.append({key, Text::tr("It is not an Improved Initiative character.")});
            } else if (key.startsWith(QLatin1String("SavedEncounters."))) {
                const QString encounterKey = key.mid(16);
                Encounter encounter;
                encounter.id = ImportIdentity::derivedId(QStringLiteral("improved-initiative/encounter/") +
                                                         encounterKey);
                encounter.name = object.value(QStringLiteral("Name")).toString(encounterKey).trimmed();
                if (encounter.name.isEmpty())
                    encounter.name = encounterKey;
                const QJsonArray combatants = object.value(QStringLiteral("Combatants")).toArray();
                if (!object.value(QStringLiteral("Combatants")).isArray()) {
                    batch.skipped.append({key, Text::tr("It has no list of combatants.")});
                    continue;
                }
                batch.encounters.append(encounter);
                for (qsizetype i = 0; i < combatants.size(); ++i) {
                    const QJsonObject combatant = combatants.at(i).toObject();
                    const QJsonObject statblock = combatant.value(QStringLiteral("StatBlock")).toObject();
                    Participant participant;
                    participant.encounterId = encounter.id;
                    participant.id = ImportIdentity::derivedId(
                        QStringLiteral("improved-initiative/combatant/%1/%2")
                            .arg(encounterKey,
                                 combatant.value(QStringLiteral("Id")).toString(QString::number(i))));
                    participant.name = statblock.value(QStringLiteral("Name")).toString().trimmed();
                    participant.kind =
                        statblock.value(QStringLiteral("Player")).toString() == QLatin1String("player")
                            ? ParticipantKind::Character
                            : ParticipantKind::Creature;
                    participant.alias = combatant.value(QStringLiteral("Alias")).toString();
                    participant.maxHp =
                        StatblockFigures::integer(combatant.value(QStringLiteral("MaxHP")))
                            .value_or(StatblockFigures::integer(statblock.value(QStringLiteral("HP"))
                                                                    .toObject()
                                                                    .value(QStringLiteral("Value")))
                                          .value_or(1));
                    participant.currentHp =
                        qBound(0,
                               StatblockFigures::integer(combatant.value(QStringLiteral("CurrentHP")))
                                   .value_or(participant.maxHp),
                               participant.maxHp);
                    participant.tempHp =
                        qMax(0, StatblockFigures::integer(combatant.value(QStringLiteral("TemporaryHP")))
                                    .value_or(0));
                    participant.ac =
                        StatblockFigures::integer(
                            statblock.value(QStringLiteral("AC")).toObject().value(QStringLiteral("Value")))
                            .value_or(10);
                    participant.initiativeModifier =
                        StatblockFigures::integer(statblock.value(QStringLiteral("InitiativeModifier")))
                            .value_or(0);
                    if (const std::optional<int> initiative =
                            StatblockFigures::integer(combatant.value(QStringLiteral("Initiative")));
                        initiative && *initiative != 0)
                        participant.initiative = initiative;
                    participant.hidden = combatant.value(QStringLiteral("Hidden")).toBool();
                    if (const ValidationErrors errors = participant.validate(); !errors.isEmpty())
                        batch.skipped.append(
                            {QStringLiteral("%1: %2").arg(encounter.name, participant.name.isEmpty()
                                                                              ? QString::number(i + 1)
                                                                              : participant.name),
                             errors.summary()});
                    else
                        batch.participants.append(participant);
                }
            }
        }
    } else {
        const QJsonObject object = document.object();
        if (isPersistentCharacter(object))
            addPersistent(object, labelOf(object, QStringLiteral("item 1")));
        else
            addStatblock(object, labelOf(object, QStringLiteral("item 1")));
    }
    if (!batch.characters.isEmpty())
        batch.parties.append(party);
    return batch;
}

QJsonObject ImprovedInitiativeFormat::statblock(const Creature& c)
{
    QString type = c.size.left(1).toUpper() + c.size.mid(1) + QLatin1Char(' ') + c.type;
    if (!c.subtype.isEmpty())
        type += QStringLiteral(" (%1)").arg(c.subtype);
    if (!c.alignment.isEmpty())
        type += QStringLiteral(", ") + c.alignment;
    QJsonObject abilities;
    for (int i = 0; i < 6; ++i)
        abilities.insert(QLatin1String(kShortNames[i]), c.abilities.scores[i]);
    QStringList senses = c.senses;
    senses << QStringLiteral("passive Perception %1").arg(c.passivePerception);
    return QJsonObject{
        {QStringLiteral("Id"), c.id},
        {QStringLiteral("Name"), c.name},
        {QStringLiteral("Path"), QString()},
        {QStringLiteral("Source"), c.source},
        {QStringLiteral("Type"), type},
        {QStringLiteral("HP"),
         QJsonObject{{QStringLiteral("Value"), c.hp},
                     {QStringLiteral("Notes"),
                      c.hitDice.isEmpty() ? QString() : QStringLiteral("(%1)").arg(c.hitDice)}}},
        {QStringLiteral("AC"),
         QJsonObject{{QStringLiteral("Value"), c.ac},
                     {QStringLiteral("Notes"),
                      c.acNotes.isEmpty() ? QString() : QStringLiteral("(%1)").arg(c.acNotes)}}},
        {QStringLiteral("InitiativeModifier"), c.initiativeModifier()},
        {QStringLiteral("InitiativeAdvantage"), false},
        {QStringLiteral("Speed"), QJsonArray::fromStringList(speedsOut(c.speed))},
        {QStringLiteral("Abilities"), abilities},
        {QStringLiteral("DamageVulnerabilities"), QJsonArray::fromStringList(c.damageVulnerabilities)},
        {QStringLiteral("DamageResistances"), QJsonArray::fromStringList(c.damageResistances)},
        {QStringLiteral("DamageImmunities"), QJsonArray::fromStringList(c.damageImmunities)},
        {QStringLiteral("ConditionImmunities"), QJsonArray::fromStringList(c.conditionImmunities)},
        {QStringLiteral("Saves"), modifiersOut(c.savingThrows, true)},
        {QStringLiteral("Skills"), modifiersOut(c.skills, false)},
        {QStringLiteral("Senses"), QJsonArray::fromStringList(senses)},
        {QStringLiteral("Languages"), QJsonArray::fromStringList(c.languages)},
        {QStringLiteral("Challenge"), c.challengeRating},
        {QStringLiteral("Traits"), actionsOut(c.traits)},
        {QStringLiteral("Actions"), actionsOut(c.actions)},
        {QStringLiteral("BonusActions"), actionsOut(c.bonusActions)},
        {QStringLiteral("Reactions"), actionsOut(c.reactions)},
        {QStringLiteral("LegendaryActions"), actionsOut(c.legendaryActions)},
        {QStringLiteral("Description"), QString()},
        {QStringLiteral("Player"), QString()},
        {QStringLiteral("ImageURL"), QString()},
    };
}

QJsonObject ImprovedInitiativeFormat::statblock(const Character& c)
{
    QJsonObject abilities;
    for (int i = 0; i < 6; ++i)
        abilities.insert(QLatin1String(kShortNames[i]), c.abilities.scores[i]);
    return QJsonObject{
        {QStringLiteral("Id"), c.id},
        {QStringLiteral("Name"), c.name},
        {QStringLiteral("Path"), QString()},
        {QStringLiteral("Source"), QString()},
        {QStringLiteral("Type"), c.race},
        {QStringLiteral("HP"),
         QJsonObject{{QStringLiteral("Value"), c.maxHp}, {QStringLiteral("Notes"), QString()}}},
        {QStringLiteral("AC"),
         QJsonObject{{QStringLiteral("Value"), c.ac}, {QStringLiteral("Notes"), QString()}}},
        {QStringLiteral("InitiativeModifier"), c.initiativeModifier()},
        {QStringLiteral("Speed"), QJsonArray{QStringLiteral("%1 ft.").arg(c.speed)}},
        {QStringLiteral("Abilities"), abilities},
        {QStringLiteral("Challenge"), QString::number(c.totalLevel())},
        {QStringLiteral("Player"), QStringLiteral("player")},
    };
}

QJsonObject ImprovedInitiativeFormat::combatant(const Participant& p, const Creature* creature)
{
    QJsonObject block;
    if (p.isCharacter()) {
        block = QJsonObject{{QStringLiteral("Player"), QStringLiteral("player")}};
    } else if (creature) {
        block = statblock(*creature);
    } else {
        block = QJsonObject{
            {QStringLiteral("DamageVulnerabilities"), QJsonArray::fromStringList(p.damageVulnerabilities)},
            {QStringLiteral("DamageResistances"), QJsonArray::fromStringList(p.damageResistances)},
            {QStringLiteral("DamageImmunities"), QJsonArray::fromStringList(p.damageImmunities)},
            {QStringLiteral("ConditionImmunities"), QJsonArray::fromStringList(p.conditionImmunities)},
            {QStringLiteral("Player"), QString()}};
    }
    // The combatant's own figures win over the statblock's: the DM may have changed them.
    block.insert(QStringLiteral("Id"), p.creatureId.isEmpty() ? p.id : p.creatureId);
    block.insert(QStringLiteral("Name"), p.name);
    block.insert(QStringLiteral("HP"),
                 QJsonObject{{QStringLiteral("Value"), p.maxHp}, {QStringLiteral("Notes"), QString()}});
    block.insert(QStringLiteral("AC"),
                 QJsonObject{{QStringLiteral("Value"), p.ac}, {QStringLiteral("Notes"), QString()}});
    block.insert(QStringLiteral("InitiativeModifier"), p.initiativeModifier);
    QJsonArray tags;
    for (const ActiveCondition& condition : p.conditions)
        tags.append(condition.label.isEmpty() ? condition.key : condition.label);
    return QJsonObject{
        {QStringLiteral("Id"), p.id},
        {QStringLiteral("StatBlock"), block},
        {QStringLiteral("MaxHP"), p.effectiveMaxHp()},
        {QStringLiteral("CurrentHP"), p.currentHp},
        {QStringLiteral("TemporaryHP"), p.tempHp},
        // Improved Initiative keeps 0 for "not rolled yet".
        {QStringLiteral("Initiative"), p.initiative.value_or(0)},
        {QStringLiteral("Alias"), p.alias},
        {QStringLiteral("IndexLabel"), 0},
        {QStringLiteral("Tags"), tags},
        {QStringLiteral("Hidden"), p.hidden},
        {QStringLiteral("RevealedAC"), false},
        {QStringLiteral("InterfaceVersion"), QStringLiteral("1.0.0")},
        {QStringLiteral("ImageURL"), QString()},
    };
}

QJsonObject ImprovedInitiativeFormat::exportStore(LocalStore& store)
{
    const Result<ImportBatch> records = StoreExport::collect(store, ExportSelection::everything());
    ExportTicker ticker(records->itemCount(), {});
    return write(*records, ticker);
}

QJsonObject ImprovedInitiativeFormat::write(const ImportBatch& records, ExportTicker& ticker)
{
    QJsonObject root;
    QHash<QString, const Creature*> creatures;
    QJsonArray creatureIds;
    for (const Creature& creature : records.creatures) {
        creatures.insert(creature.id, &creature);
        if (creature.isTemplate || !ticker.tick())
            continue;
        creatureIds.append(creature.id);
        root.insert(QStringLiteral("Creatures.") + creature.id, statblock(creature));
    }
    QJsonArray characterIds;
    for (const Character& character : records.characters) {
        if (!ticker.tick())
            break;
        characterIds.append(character.id);
        root.insert(QStringLiteral("PersistentCharacters.") + character.id,
                    QJsonObject{{QStringLiteral("Id"), character.id},
                                {QStringLiteral("Name"), character.name},
                                {QStringLiteral("Path"), QString()},
                                {QStringLiteral("StatBlock"), statblock(character)},
                                {QStringLiteral("CurrentHP"), character.currentHp},
                                {QStringLiteral("Notes"), character.notes}});
    }
    // Each encounter as Improved Initiative saves one: its combatants in the fight's order, the
    // one whose turn it is, the round.
    QHash<QString, QList<const Participant*>> byEncounter;
    for (const Participant& participant : records.participants)
        byEncounter[participant.encounterId].append(&participant);
    QJsonArray encounterIds;
    for (const Encounter& encounter : records.encounters) {
        if (!ticker.tick())
            break;
        QList<const Participant*> combatants = byEncounter.value(encounter.id);
        const auto place = [&](const Participant* participant) {
            const qsizetype index = encounter.combat.order.indexOf(participant->id);
            return index < 0 ? encounter.combat.order.size() : index;
        };
        std::stable_sort(combatants.begin(), combatants.end(),
                         [&](const Participant* a, const Participant* b) { return place(a) < place(b); });
        QJsonArray saved;
        for (const Participant* participant : std::as_const(combatants)) {
            if (!ticker.tick())
                break;
            saved.append(combatant(*participant, creatures.value(participant->creatureId)));
        }
        const bool fighting =
            encounter.status == EncounterStatus::Active || encounter.status == EncounterStatus::Paused;
        const QString active =
            fighting ? encounter.combat.order.value(encounter.combat.turnIndex) : QString();
        encounterIds.append(encounter.id);
        root.insert(QStringLiteral("SavedEncounters.") + encounter.id,
                    QJsonObject{{QStringLiteral("Id"), encounter.id},
                                {QStringLiteral("Name"), encounter.name},
                                {QStringLiteral("Path"), QString()},
                                {QStringLiteral("Version"), QStringLiteral("1.0.0")},
                                {QStringLiteral("ActiveCombatantId"),
                                 active.isEmpty() ? QJsonValue() : QJsonValue(active)},
                                {QStringLiteral("RoundCounter"), encounter.combat.round},
                                {QStringLiteral("Combatants"), saved}});
    }
    // The id lists under the list names, as Improved Initiative's own listing export writes them.
    root.insert(QStringLiteral("Creatures"), creatureIds);
    root.insert(QStringLiteral("PersistentCharacters"), characterIds);
    root.insert(QStringLiteral("SavedEncounters"), encounterIds);
    return root;
}

} // namespace dnd
