#pragma once

#include "util/RandomSource.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dnd::rules {

// How a dice term keeps part of its roll: 4d6kh3 keeps the three highest, 4d6dl1 drops the lowest.
enum class KeepRule { All, KeepHighest, KeepLowest, DropHighest, DropLowest };

// One signed term of an expression: either a constant or a group of identical dice.
struct DiceTerm {
    int sign = 1;  // +1 or -1
    int count = 0; // number of dice; 0 for a constant
    int sides = 0; // 0 for a constant
    int constant = 0;
    KeepRule keep = KeepRule::All;
    int keepCount = 0; // how many dice the keep/drop rule names
    int position = 1;  // 1-based character position in the text, for messages

    bool isConstant() const { return count == 0; }
    // How many of the rolled dice count toward the total.
    int keptDice() const;
    QString text() const;
    bool operator==(const DiceTerm&) const = default;
};

// One die as rolled, and whether a keep/drop rule kept it.
struct DieResult {
    int termIndex = 0;
    int sides = 0;
    int value = 0;
    bool kept = true;
    bool operator==(const DieResult&) const = default;
};

// The outcome of rolling an expression once.
struct DiceRoll {
    int total = 0;
    QList<DieResult> dice;

    // "4d6kh3: [6, 5, 3, (1)] = 14" style text for a log line.
    QString breakdown() const;
};

// A parsed dice expression such as "2d20kh1 + 5" or "4d6dl1 - 1d4 + 2". Parsing refuses absurd
// input (too long, too many dice, too many sides) so a typo can never stall the table.
class DiceExpression {
public:
    static constexpr int kMaxLength = 256;
    static constexpr int kMaxDice = 1000; // over the whole expression
    static constexpr int kMaxSides = 1000;
    static constexpr int kMaxConstant = 1'000'000;

    // Error codes: DICE_SYNTAX (with details.position, 1-based), DICE_LIMIT.
    static Result<DiceExpression> parse(const QString& text);

    const QString& text() const { return m_text; }
    const QList<DiceTerm>& terms() const { return m_terms; }
    int diceCount() const;

    int minimum() const;
    int maximum() const;
    // The exact expected total, keep/drop rules included.
    double mean() const;

    DiceRoll roll(RandomSource& random) const;
    // expression, total, min, max, mean and the individual dice.
    QJsonObject rollToJson(const DiceRoll& roll) const;

private:
    QString m_text;
    QList<DiceTerm> m_terms;
};

} // namespace dnd::rules
