// `roll`: rolls a dice expression, e.g. "4d6kh3" or "2d20kl1+5".
#include "CliCommand.h"
#include "rules/Dice.h"
#include "util/RandomSource.h"

#include <QCoreApplication>
#include <memory>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RollCommand", text);
}

int runRoll(CliContext& context)
{
    QStringList arguments = context.arguments();
    bool asJson = false;
    std::optional<quint64> seed;
    QStringList expressionParts;
    while (!arguments.isEmpty()) {
        const QString argument = arguments.takeFirst();
        if (argument == QLatin1String("--json")) {
            asJson = true;
        } else if (argument == QLatin1String("--seed")) {
            bool ok = false;
            const quint64 value = arguments.isEmpty() ? 0 : arguments.takeFirst().toULongLong(&ok);
            if (!ok)
                return context.fail(kUsage, tr("--seed needs a whole number, e.g. --seed 42."));
            seed = value;
        } else {
            expressionParts << argument;
        }
    }
    if (expressionParts.isEmpty())
        return context.fail(kUsage, tr("Give a dice expression, e.g. dnd-tracker-cli roll 2d6+3."));
    const Result<rules::DiceExpression> expression =
        rules::DiceExpression::parse(expressionParts.join(QLatin1Char(' ')));
    if (!expression)
        return context.fail(kUsage, expression.errorMessage());
    std::unique_ptr<RandomSource> random;
    if (seed)
        random = std::make_unique<SeededRandom>(*seed);
    else
        random = std::make_unique<SystemRandom>();
    const rules::DiceRoll roll = expression->roll(*random);
    if (asJson) {
        context.printJson(expression->rollToJson(roll));
    } else {
        context.out() << expression->text() << ": " << roll.breakdown() << Qt::endl;
        context.out() << tr("min %1, max %2, mean %3")
                             .arg(expression->minimum())
                             .arg(expression->maximum())
                             .arg(expression->mean(), 0, 'f', 2)
                      << Qt::endl;
    }
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("roll"), QT_TRANSLATE_NOOP("CliCommand", "roll EXPR [--seed N] [--json]"),
     QT_TRANSLATE_NOOP("CliCommand", "roll dice, e.g. 4d6kh3 or 2d20kl1+5"), runRoll}};

} // namespace
} // namespace dnd::cli
