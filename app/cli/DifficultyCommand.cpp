// `difficulty`: rates an encounter for a party, by the 2014 or the 2024 rules.
#include "CliCommand.h"
#include "rules/Difficulty.h"

#include <QCoreApplication>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DifficultyCommand", text);
}

int runDifficulty(CliContext& context)
{
    QStringList arguments = context.arguments();
    bool asJson = false;
    QString party;
    QString monsters;
    RulesEdition edition = RulesEdition::Srd2014;
    while (!arguments.isEmpty()) {
        const QString argument = arguments.takeFirst();
        if (argument == QLatin1String("--json")) {
            asJson = true;
            continue;
        }
        if (argument != QLatin1String("--party") && argument != QLatin1String("--monsters") &&
            argument != QLatin1String("--rules"))
            return context.fail(
                kUsage, tr("Unknown option %1. See dnd-tracker-cli difficulty --help.").arg(argument));
        if (arguments.isEmpty())
            return context.fail(kUsage, tr("%1 needs a value.").arg(argument));
        const QString value = arguments.takeFirst();
        if (argument == QLatin1String("--party")) {
            party = value;
        } else if (argument == QLatin1String("--monsters")) {
            monsters = value;
        } else {
            const std::optional<RulesEdition> parsed = rulesEditionFromKey(value);
            if (!parsed)
                return context.fail(kUsage, tr("--rules is 2014 or 2024, not %1.").arg(value));
            edition = *parsed;
        }
    }
    if (party.isEmpty() || monsters.isEmpty())
        return context.fail(
            kUsage, tr("Give --party LEVELS and --monsters CRS, e.g. --party 5,5,5,5 --monsters 1/4x6,2."));
    const Result<QList<int>> levels = rules::Difficulty::parsePartyLevels(party);
    if (!levels)
        return context.fail(kUsage, levels.errorMessage());
    const Result<QList<rules::MonsterGroup>> groups = rules::Difficulty::parseMonsters(monsters);
    if (!groups)
        return context.fail(kUsage, groups.errorMessage());
    const Result<rules::DifficultyResult> result = rules::Difficulty::evaluate(edition, *levels, *groups);
    if (!result)
        return context.fail(kUsage, result.errorMessage());
    if (asJson) {
        context.printJson(result->toJson());
        return kOk;
    }
    QTextStream& out = context.out();
    out << tr("Rules %1, %2 monsters: %3 XP")
               .arg(rulesEditionKey(edition))
               .arg(result->monsterCount)
               .arg(result->xp);
    if (edition == RulesEdition::Srd2014)
        out << tr(" x%1 = %2 adjusted XP").arg(result->multiplier).arg(result->adjustedXp);
    out << Qt::endl;
    for (const rules::DifficultyBand& band : result->thresholds)
        out << "  " << rules::Difficulty::bandName(band.key).leftJustified(10) << band.threshold << Qt::endl;
    out << tr("Rating: %1").arg(rules::Difficulty::bandName(result->rating)) << Qt::endl;
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("difficulty"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "difficulty --party 5,5,5,5 --monsters 1/4x6,2 [--rules 2014|2024] [--json]"),
     QT_TRANSLATE_NOOP("CliCommand", "rate an encounter's difficulty for a party"), runDifficulty}};

} // namespace
} // namespace dnd::cli
