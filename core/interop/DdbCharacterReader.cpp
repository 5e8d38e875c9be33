#include "interop/DdbCharacterReader.h"

#include "interop/ImportIdentity.h"
#include "interop/StatblockFigures.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DdbCharacterReader)
};

bool isCharacter(const QJsonObject& object)
{
    return object.value(QStringLiteral("name")).isString() &&
           object.value(QStringLiteral("stats")).isArray() &&
           object.value(QStringLiteral("classes")).isArray();
}

QJsonObject unwrap(const QJsonObject& object)
{
    return object.value(QStringLiteral("data")).isObject() ? object.value(QStringLiteral("data")).toObject()
                                                           : object;
}

QList<QJsonObject> characterObjects(const QJsonDocument& document)
{
    QList<QJsonObject> result;
    if (document.isObject()) {
        result << unwrap(document.object());
    } else {
        for (const QJsonValue& item : document.array())
            result << unwrap(item.toObject());
    }
    return result;
}

// Every modifier list of the character ("race", "class", "background", "item", "feat" ...).
QList<QJsonObject> modifiers(const QJsonObject& o)
{
    QList<QJsonObject> result;
    const QJsonObject groups = o.value(QStringLiteral("modifiers")).toObject();
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        for (const QJsonValue& item : it.value().toArray())
            result << item.toObject();
    }
    return result;
}

// The value of stat `id` in one of the character's stat lists; the fallback when the list leaves it
// empty (null), and nullopt when the value is there but is not a number.
std::optional<int> statValue(const QJsonValue& list, int id, int fallback)
{
    for (const QJsonValue& item : list.toArray()) {
        const QJsonObject stat = item.toObject();
        if (StatblockFigures::integer(stat.value(QStringLiteral("id"))) == id) {
            const QJsonValue value = stat.value(QStringLiteral("value"));
            if (value.isNull() || value.isUndefined())
                return fallback;
            return StatblockFigures::integer(value);
        }
    }
    return fallback;
}

std::optional<Character> character(const QJsonObject& o, QString* reason)
{
    Character c;
    c.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (c.name.isEmpty()) {
        *reason = Text::tr("It has no name.");
        return std::nullopt;
    }
    const QJsonValue id = o.value(QStringLiteral("id"));
    c.externalId = QStringLiteral("ddb:") +
                   (id.isUndefined() || id.isNull() ? c.name.toLower() : id.toVariant().toString());
    const QJsonObject race = o.value(QStringLiteral("race")).toObject();
    c.race =
        race.value(QStringLiteral("fullName")).toString(race.value(QStringLiteral("baseName")).toString());
    for (const QJsonValue& item : o.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject entry = item.toObject();
        CharacterClass characterClass;
        characterClass.className =
            entry.value(QStringLiteral("definition")).toObject().value(QStringLiteral("name")).toString();
        const std::optional<int> level = StatblockFigures::integer(entry.value(QStringLiteral("level")));
        if (!level) {
            *reason = Text::tr("The level of its class %1 is not a number.").arg(characterClass.className);
            return std::nullopt;
        }
        characterClass.level = *level;
        if (!characterClass.className.isEmpty())
            c.classes.append(characterClass);
    }
    c.level = qBound(1, c.totalLevel(), 20);

    const QList<QJsonObject> mods = modifiers(o);
    for (int i = 0; i < 6; ++i) {
        const Ability ability = kAllAbilities[i];
        const int statId = i + 1; // 1 = Strength ... 6 = Charisma
        const std::optional<int> base = statValue(o.value(QStringLiteral("stats")), statId, 10);
        const std::optional<int> bonus = statValue(o.value(QStringLiteral("bonusStats")), statId, 0);
        const std::optional<int> override = statValue(o.value(QStringLiteral("overrideStats")), statId, 0);
        if (!base || !bonus || !override) {
            *reason = Text::tr("Its %1 score is not a number.").arg(abilityKey(ability));
            return std::nullopt;
        }
        int score = *base + *bonus;
        const QString scoreKey = abilityKey(ability) + QStringLiteral("-score");
        for (const QJsonObject& modifier : mods) {
            if (modifier.value(QStringLiteral("type")).toString() == QLatin1String("bonus") &&
                modifier.value(QStringLiteral("subType")).toString() == scoreKey)
                score += StatblockFigures::integer(modifier.value(QStringLiteral("value"))).value_or(0);
        }
        c.abilities.setScore(ability, *override > 0 ? *override : score);
    }

    const int constitution = c.abilities.modifier(Ability::Constitution);
    const std::optional<int> overrideHp =
        StatblockFigures::integer(o.value(QStringLiteral("overrideHitPoints")));
    const std::optional<int> baseHp = StatblockFigures::integer(o.value(QStringLiteral("baseHitPoints")));
    if (!overrideHp && !baseHp) {
        *reason = Text::tr("It has no hit points.");
        return std::nullopt;
    }
    c.maxHp = overrideHp.value_or(
        *baseHp + StatblockFigures::integer(o.value(QStringLiteral("bonusHitPoints"))).value_or(0) +
        constitution * c.level);
    c.maxHp = qMax(1, c.maxHp);
    c.currentHp = qBound(
        0, c.maxHp - StatblockFigures::integer(o.value(QStringLiteral("removedHitPoints"))).value_or(0),
        c.maxHp);
    c.tempHp = qMax(0, StatblockFigures::integer(o.value(QStringLiteral("temporaryHitPoints"))).value_or(0));

    // AC: equipped body armor (light adds Dex, medium up to +2, heavy none) or 10 + Dex, then a shield
    // and "bonus" armor-class modifiers.
    const int dexterity = c.abilities.modifier(Ability::Dexterity);
    int ac = 10 + dexterity;
    int shield = 0;
    for (const QJsonValue& item : o.value(QStringLiteral("inventory")).toArray()) {
        const QJsonObject entry = item.toObject();
        if (!entry.value(QStringLiteral("equipped")).toBool())
            continue;
        const QJsonObject definition = entry.value(QStringLiteral("definition")).toObject();
        const int armorClass =
            StatblockFigures::integer(definition.value(QStringLiteral("armorClass"))).value_or(0);
        switch (StatblockFigures::integer(definition.value(QStringLiteral("armorTypeId"))).value_or(0)) {
        case 1:
            ac = armorClass + dexterity;
            break;
        case 2:
            ac = armorClass + qMin(dexterity, 2);
            break;
        case 3:
            ac = armorClass;
            break;
        case 4:
            shield = qMax(shield, armorClass);
            break;
        default:
            break;
        }
    }
    ac += shield;
    for (const QJsonObject& modifier : mods) {
        if (modifier.value(QStringLiteral("type")).toString() == QLatin1String("bonus") &&
            modifier.value(QStringLiteral("subType")).toString() == QLatin1String("armor-class"))
            ac += StatblockFigures::integer(modifier.value(QStringLiteral("value"))).value_or(0);
    }
    c.ac = qBound(0, ac, 30);
    c.proficiencyBonus = 2 + (c.level - 1) / 4;
    c.playerName = o.value(QStringLiteral("username")).toString();
    return c;
}

} // namespace

bool DdbCharacterReader::looksLike(const QJsonDocument& document)
{
    const QList<QJsonObject> objects = characterObjects(document);
    return !objects.isEmpty() && isCharacter(objects.first());
}

Result<ImportBatch> DdbCharacterReader::read(const QJsonDocument& document)
{
    if (!looksLike(document))
        return Error::make(codes::kWrongFormat, Text::tr("The file is not a D&D Beyond character."));
    ImportBatch batch;
    Party party;
    party.id = ImportIdentity::derivedId(QStringLiteral("ddb/party"));
    party.name = Text::tr("D&D Beyond characters");
    const QList<QJsonObject> objects = characterObjects(document);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QString label =
            objects[i].value(QStringLiteral("name")).toString(QStringLiteral("item %1").arg(i + 1));
        QString reason;
        if (!isCharacter(objects[i])) {
            batch.skipped.append({label, Text::tr("It is not a D&D Beyond character.")});
            continue;
        }
        if (std::optional<Character> read = character(objects[i], &reason)) {
            read->partyId = party.id;
            batch.characters.append(*read);
        } else {
            batch.skipped.append({label, reason});
        }
    }
    if (!batch.characters.isEmpty())
        batch.parties.append(party);
    return batch;
}

} // namespace dnd
