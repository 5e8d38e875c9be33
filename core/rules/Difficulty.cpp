#include "rules/Difficulty.h"

#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <array>
#include <cmath>

namespace dnd::rules {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Difficulty)
};

// 2014 thresholds per character level: easy, medium, hard, deadly, daily budget.
constexpr std::array<std::array<int, 5>, 20> kThresholds2014{{
    {25, 50, 75, 100, 300},           {50, 100, 150, 200, 600},         {75, 150, 225, 400, 1200},
    {125, 250, 375, 500, 1700},       {250, 500, 750, 1100, 3500},      {300, 600, 900, 1400, 4000},
    {350, 750, 1100, 1700, 5000},     {450, 900, 1400, 2100, 6000},     {550, 1100, 1600, 2400, 7500},
    {600, 1200, 1900, 2800, 9000},    {800, 1600, 2400, 3600, 10500},   {1000, 2000, 3000, 4500, 11500},
    {1100, 2200, 3400, 5100, 13500},  {1250, 2500, 3800, 5700, 15000},  {1400, 2800, 4300, 6400, 18000},
    {1600, 3200, 4800, 7200, 20000},  {2000, 3900, 5900, 8800, 25000},  {2100, 4200, 6300, 9500, 27000},
    {2400, 4900, 7300, 10900, 30000}, {2800, 5700, 8500, 12700, 40000},
}};

// 2024 XP budget per character level: low, moderate, high.
constexpr std::array<std::array<int, 3>, 20> kBudget2024{{
    {50, 75, 100},      {100, 150, 200},     {150, 225, 400},     {250, 375, 500},      {500, 750, 1100},
    {600, 1000, 1400},  {750, 1300, 1700},   {1000, 1700, 2100},  {1300, 2000, 2600},   {1600, 2300, 3100},
    {1900, 2900, 4100}, {2200, 3700, 4700},  {2600, 4200, 5400},  {2900, 4900, 6200},   {3300, 5400, 7800},
    {3800, 6100, 9800}, {4500, 7200, 11700}, {5000, 8700, 14200}, {5500, 10700, 17200}, {6400, 13200, 22000},
}};

constexpr std::array kLadder{0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0};

// Rung of the ladder for a monster count before the party-size shift.
int baseRung(int monsterCount)
{
    if (monsterCount <= 1)
        return 1;
    if (monsterCount == 2)
        return 2;
    if (monsterCount <= 6)
        return 3;
    if (monsterCount <= 10)
        return 4;
    if (monsterCount <= 14)
        return 5;
    return 6;
}

const QStringList kBands2014{QStringLiteral("easy"), QStringLiteral("medium"), QStringLiteral("hard"),
                             QStringLiteral("deadly")};
const QStringList kBands2024{QStringLiteral("low"), QStringLiteral("moderate"), QStringLiteral("high")};

} // namespace

QJsonObject DifficultyResult::toJson() const
{
    QJsonObject bands;
    for (const DifficultyBand& band : thresholds)
        bands.insert(band.key, band.threshold);
    return QJsonObject{{QStringLiteral("rules"), rulesEditionKey(rules)},
                       {QStringLiteral("monsterCount"), monsterCount},
                       {QStringLiteral("xp"), xp},
                       {QStringLiteral("adjustedXp"), adjustedXp},
                       {QStringLiteral("multiplier"), multiplier},
                       {QStringLiteral("thresholds"), bands},
                       {QStringLiteral("rating"), rating}};
}

QStringList Difficulty::bandKeys(RulesEdition rules)
{
    return rules == RulesEdition::Srd2024 ? kBands2024 : kBands2014;
}

QString Difficulty::bandName(const QString& key)
{
    if (key == QLatin1String("easy"))
        return Text::tr("Easy");
    if (key == QLatin1String("medium"))
        return Text::tr("Medium");
    if (key == QLatin1String("hard"))
        return Text::tr("Hard");
    if (key == QLatin1String("deadly"))
        return Text::tr("Deadly");
    if (key == QLatin1String("low"))
        return Text::tr("Low");
    if (key == QLatin1String("moderate"))
        return Text::tr("Moderate");
    if (key == QLatin1String("high"))
        return Text::tr("High");
    return Text::tr("Trivial");
}

std::optional<int> Difficulty::threshold(RulesEdition rules, int level, const QString& band)
{
    if (level < 1 || level > 20)
        return std::nullopt;
    const qsizetype column = bandKeys(rules).indexOf(band);
    if (column < 0)
        return std::nullopt;
    if (rules == RulesEdition::Srd2024)
        return kBudget2024[level - 1][column];
    return kThresholds2014[level - 1][column];
}

std::optional<int> Difficulty::dailyBudget2014(int level)
{
    if (level < 1 || level > 20)
        return std::nullopt;
    return kThresholds2014[level - 1][4];
}

double Difficulty::multiplier2014(int monsterCount, int partySize)
{
    if (monsterCount <= 0)
        return 1.0;
    int rung = baseRung(monsterCount);
    if (partySize < 3)
        ++rung;
    else if (partySize >= 6)
        --rung;
    return kLadder[qBound<int>(0, rung, int(kLadder.size()) - 1)];
}

Result<DifficultyResult> Difficulty::evaluate(RulesEdition rules, const QList<int>& partyLevels,
                                              const QList<MonsterGroup>& monsters)
{
    if (partyLevels.isEmpty())
        return Error::make(codes::kValidationError, Text::tr("The party needs at least one character."));
    DifficultyResult result;
    result.rules = rules;
    for (const QString& key : bandKeys(rules)) {
        int sum = 0;
        for (int level : partyLevels) {
            const std::optional<int> value = threshold(rules, level, key);
            if (!value)
                return Error::make(codes::kValidationError,
                                   Text::tr("Character level %1 is outside 1 to 20.").arg(level));
            sum += *value;
        }
        result.thresholds.append({key, sum});
    }
    qint64 xp = 0;
    for (const MonsterGroup& group : monsters) {
        const std::optional<int> each = xpForChallengeRating(group.challengeRating);
        if (!each)
            return Error::make(codes::kValidationError,
                               Text::tr("'%1' is not a challenge rating (0, 1/8, 1/4, 1/2 or 1 to 30).")
                                   .arg(group.challengeRating));
        if (group.count < 1 || group.count > 1000)
            return Error::make(
                codes::kValidationError,
                Text::tr("A monster count must be between 1 and 1000, not %1.").arg(group.count));
        xp += qint64(*each) * group.count;
        result.monsterCount += group.count;
    }
    result.xp = int(qMin<qint64>(xp, std::numeric_limits<int>::max()));
    if (rules == RulesEdition::Srd2024) {
        result.multiplier = 1.0;
        result.adjustedXp = result.xp;
    } else {
        result.multiplier = multiplier2014(result.monsterCount, int(partyLevels.size()));
        result.adjustedXp =
            int(qMin<double>(std::floor(xp * result.multiplier), std::numeric_limits<int>::max()));
    }
    // At or above: a band is reached when the compared XP >= its threshold.
    result.rating = QStringLiteral("trivial");
    for (const DifficultyBand& band : result.thresholds) {
        if (result.adjustedXp >= band.threshold)
            result.rating = band.key;
    }
    return result;
}

Result<QList<int>> Difficulty::parsePartyLevels(const QString& text)
{
    QList<int> levels;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.isEmpty())
        return Error::make(codes::kValidationError,
                           Text::tr("Give the party as character levels, e.g. 5,5,5,5."));
    if (items.size() > 100)
        return Error::make(codes::kValidationError,
                           Text::tr("A party of more than 100 characters is not supported."));
    for (const QString& item : items) {
        bool ok = false;
        const int level = item.trimmed().toInt(&ok);
        if (!ok || level < 1 || level > 20)
            return Error::make(codes::kValidationError,
                               Text::tr("'%1' is not a character level from 1 to 20.").arg(item.trimmed()));
        levels.append(level);
    }
    return levels;
}

Result<QList<MonsterGroup>> Difficulty::parseMonsters(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([0-9]+(?:/[0-9]+)?)\\s*(?:[xX*]\\s*([0-9]{1,6}))?\\s*$"));
    QList<MonsterGroup> groups;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (items.size() > 1000)
        return Error::make(codes::kValidationError, Text::tr("Too many monster entries (at most 1000)."));
    for (const QString& item : items) {
        const QRegularExpressionMatch match = pattern.match(item);
        if (!match.hasMatch() || !xpForChallengeRating(match.captured(1)))
            return Error::make(codes::kValidationError,
                               Text::tr("'%1' is not a challenge rating with an optional count, e.g. 1/4x6.")
                                   .arg(item.trimmed()));
        MonsterGroup group{match.captured(1), match.captured(2).isEmpty() ? 1 : match.captured(2).toInt()};
        if (group.count < 1 || group.count > 1000)
            return Error::make(codes::kValidationError,
                               Text::tr("'%1': a count must be between 1 and 1000.").arg(item.trimmed()));
        groups.append(group);
    }
    return groups;
}

} // namespace dnd::rules
