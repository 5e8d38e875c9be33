// libFuzzer target: the dice parser. Whatever text the DM types, parsing either refuses it with a
// code or yields an expression whose bounds, mean and rolls stay consistent.
#include "rules/Dice.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

using namespace dnd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<rules::DiceExpression> parsed = rules::DiceExpression::parse(text);
    if (!parsed.ok())
        return 0;
    const rules::DiceExpression& expression = parsed.value();
    const int minimum = expression.minimum();
    const int maximum = expression.maximum();
    const double mean = expression.mean();
    if (minimum > maximum || mean < minimum - 1e-6 || mean > maximum + 1e-6)
        std::abort(); // the parser accepted an expression its own bounds contradict
    SeededRandom random(size);
    const rules::DiceRoll roll = expression.roll(random);
    if (roll.total < minimum || roll.total > maximum)
        std::abort();
    (void)roll.breakdown();
    (void)expression.rollToJson(roll);
    // What the parser prints of an expression reads back as the same expression (when the
    // longer spelling, "1d6" for "d6", still fits the length limit).
    QString reprinted;
    for (const rules::DiceTerm& term : expression.terms())
        reprinted += (term.sign < 0         ? QStringLiteral("-")
                      : reprinted.isEmpty() ? QString()
                                            : QStringLiteral("+")) +
                     term.text();
    if (reprinted.size() > rules::DiceExpression::kMaxLength)
        return 0;
    const Result<rules::DiceExpression> again = rules::DiceExpression::parse(reprinted);
    if (!again.ok() || again.value().minimum() != minimum || again.value().maximum() != maximum)
        std::abort();
    return 0;
}
