#include "interop/StatblockFigures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace dnd {

std::optional<int> StatblockFigures::integer(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::fabs(number) > 1e9)
            return std::nullopt;
        return static_cast<int>(number);
    }
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<int> StatblockFigures::feet(const QJsonValue& value)
{
    if (value.isDouble())
        return integer(value);
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    const QRegularExpressionMatch match = number.match(value.toString());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

QString StatblockFigures::challengeRating(const QJsonValue& value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.contains(QLatin1Char('/')))
            return parseChallengeRating(text) ? text : QString();
        bool ok = false;
        number = text.toDouble(&ok);
        if (!ok)
            return {};
    } else {
        return {};
    }
    if (number == 0.125)
        return QStringLiteral("1/8");
    if (number == 0.25)
        return QStringLiteral("1/4");
    if (number == 0.5)
        return QStringLiteral("1/2");
    if (number < 0 || number > 30 || std::floor(number) != number)
        return {};
    return QString::number(static_cast<int>(number));
}

QString StatblockFigures::dice(int count, const QString& die, int bonus)
{
    QString sides = die.trimmed();
    if (sides.startsWith(QLatin1Char('d'), Qt::CaseInsensitive))
        sides = sides.mid(1);
    bool ok = false;
    const int faces = sides.toInt(&ok);
    if (count <= 0 || !ok || faces <= 0)
        return bonus != 0 ? QString::number(bonus) : QString();
    QString text = QStringLiteral("%1d%2").arg(count).arg(faces);
    if (bonus > 0)
        text += QStringLiteral("+%1").arg(bonus);
    else if (bonus < 0)
        text += QString::number(bonus);
    return text;
}

QString StatblockFigures::abilityKey(const QString& text)
{
    const QString key = text.trimmed().left(3).toLower();
    for (Ability ability : kAllAbilities) {
        if (dnd::abilityKey(ability).startsWith(key) && key.size() == 3)
            return dnd::abilityKey(ability);
    }
    return {};
}

int StatblockFigures::legendaryCost(const QString& name)
{
    static const QRegularExpression costs(QStringLiteral("Costs?\\s+(\\d)\\s+Actions?"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = costs.match(name);
    return match.hasMatch() ? match.captured(1).toInt() : 1;
}

int StatblockFigures::rechargeOn(const QString& text)
{
    static const QRegularExpression recharge(QStringLiteral("Recharge\\s+(\\d)"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = recharge.match(text);
    if (!match.hasMatch())
        return 0;
    const int value = match.captured(1).toInt();
    return value >= 1 && value <= 6 ? value : 0;
}

int StatblockFigures::perDay(const QString& text)
{
    static const QRegularExpression day(QStringLiteral("(\\d+)\\s*/\\s*Day"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = day.match(text);
    return match.hasMatch() ? qBound(0, match.captured(1).toInt(), 20) : 0;
}

std::optional<int> StatblockFigures::saveDc(const QString& text)
{
    static const QRegularExpression dc(QStringLiteral("\\bDC\\s*(\\d+)"));
    const QRegularExpressionMatch match = dc.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

QString StatblockFigures::saveAbility(const QString& text)
{
    // "DC 15 Dexterity saving throw" (2014 wording) or "Dexterity Saving Throw: DC 15" (2024).
    static const QRegularExpression after(QStringLiteral("\\bDC\\s*\\d+\\s+(Strength|Dexterity|Constitution|"
                                                         "Intelligence|Wisdom|Charisma)\\s+saving"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression before(
        QStringLiteral("(Strength|Dexterity|Constitution|Intelligence|Wisdom|"
                       "Charisma)\\s+Saving\\s+Throw:\\s*DC"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = after.match(text);
    if (!match.hasMatch())
        match = before.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

std::optional<int> StatblockFigures::attackBonus(const QString& text)
{
    static const QRegularExpression hit(QStringLiteral("([+-]\\d+)\\s+to\\s+hit"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression roll(QStringLiteral("Attack\\s+Roll:\\s*([+-]\\d+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = hit.match(text);
    if (!match.hasMatch())
        match = roll.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

namespace {

// "13 (2d8 + 4) slashing damage": the dice expression and the damage type.
const QRegularExpression& damageRollPattern()
{
    static const QRegularExpression rolls(
        QStringLiteral("\\d+\\s*\\((\\d+d\\d+(?:\\s*[+\\x{2212}-]\\s*\\d+)?)\\)\\s+([A-Za-z]+)\\s+damage"));
    return rolls;
}

DamageRoll damageRollOf(const QRegularExpressionMatch& match)
{
    QString expression = match.captured(1);
    expression.remove(QLatin1Char(' '));
    expression.replace(QChar(0x2212), QLatin1Char('-'));
    return DamageRoll{expression, match.captured(2).toLower()};
}

} // namespace

QList<DamageRoll> StatblockFigures::damage(const QString& text)
{
    QList<DamageRoll> result;
    auto it = damageRollPattern().globalMatch(text);
    while (it.hasNext())
        result.append(damageRollOf(it.next()));
    return result;
}

QList<DamageRoll> StatblockFigures::hitDamage(const QString& text)
{
    static const QRegularExpression joinedByPlus(QStringLiteral("^\\s*plus\\s*$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression conditional(QStringLiteral("^\\s*(if|when|while|against)\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    QList<DamageRoll> result;
    qsizetype previousEnd = -1;
    auto it = damageRollPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const bool first = previousEnd < 0;
        const QString between =
            first ? QString() : text.mid(previousEnd, match.capturedStart() - previousEnd);
        if (!first && !joinedByPlus.match(between).hasMatch())
            break;
        if (conditional.match(text.mid(match.capturedEnd(), 12)).hasMatch()) {
            if (first)
                result.append(damageRollOf(match)); // the only roll, however it is worded
            break;
        }
        result.append(damageRollOf(match));
        previousEnd = match.capturedEnd();
    }
    return result;
}

QStringList StatblockFigures::splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList result;
    for (const QString& part : text.split(separators)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            result << trimmed;
    }
    return result;
}

QStringList StatblockFigures::stringList(const QJsonValue& value)
{
    if (value.isString())
        return splitList(value.toString());
    QStringList result;
    for (const QJsonValue& item : value.toArray()) {
        QString text;
        if (item.isString())
            text = item.toString();
        else if (item.isObject())
            text = item.toObject()
                       .value(QStringLiteral("index"))
                       .toString(item.toObject().value(QStringLiteral("name")).toString());
        text = text.trimmed();
        if (!text.isEmpty())
            result << text;
    }
    return result;
}

QString StatblockFigures::sizeKey(const QString& text)
{
    return text.trimmed().toLower();
}

void StatblockFigures::readDefences(Creature& creature, const QJsonObject& statblock, const DefenceKeys& keys)
{
    auto listAt = [&statblock](const char* key) { return stringList(statblock.value(QLatin1String(key))); };
    creature.damageVulnerabilities = listAt(keys.vulnerabilities);
    creature.damageResistances = listAt(keys.resistances);
    creature.damageImmunities = listAt(keys.immunities);
    creature.conditionImmunities = listAt(keys.conditionImmunities);
}

void StatblockFigures::readDefences(Creature& creature, const QJsonObject& statblock)
{
    readDefences(creature, statblock, DefenceKeys());
}

void StatblockFigures::completeDerivedFigures(Creature& creature, std::optional<int> xp,
                                              std::optional<int> proficiencyBonus)
{
    creature.xp = xp.value_or(xpForChallengeRating(creature.challengeRating).value_or(0));
    creature.proficiencyBonus =
        proficiencyBonus.value_or(proficiencyBonusForChallengeRating(creature.challengeValue()));
    for (const CreatureAction& trait : std::as_const(creature.traits)) {
        if (trait.name.startsWith(QLatin1String("Legendary Resistance"), Qt::CaseInsensitive))
            creature.legendaryResistances = trait.usesPerDay;
    }
}

} // namespace dnd
