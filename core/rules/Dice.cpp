#include "rules/Dice.h"

#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <vector>

namespace dnd::rules {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiceExpression)
};

Error syntaxError(const QString& message, int position)
{
    return Error::make(codes::kDiceSyntax, Text::tr("%1 (at position %2).").arg(message).arg(position),
                       {{QStringLiteral("position"), position}});
}

Error limitError(const QString& message)
{
    return Error::make(codes::kDiceLimit, message);
}

// Reads the text left to right; positions are 1-based for the messages.
class DiceParser {
public:
    explicit DiceParser(const QString& text) : m_text(text) {}

    Result<QList<DiceTerm>> parse()
    {
        QList<DiceTerm> terms;
        skipSpace();
        if (atEnd())
            return syntaxError(Text::tr("The expression is empty"), 1);
        int sign = 1;
        if (peek() == QLatin1Char('+') || peek() == QLatin1Char('-')) {
            sign = peek() == QLatin1Char('-') ? -1 : 1;
            ++m_pos;
        }
        while (true) {
            skipSpace();
            Result<DiceTerm> term = parseTerm(sign);
            if (!term)
                return term.error();
            terms.append(*term);
            skipSpace();
            if (atEnd())
                break;
            const QChar op = peek();
            if (op != QLatin1Char('+') && op != QLatin1Char('-'))
                return syntaxError(Text::tr("Expected + or - but found '%1'").arg(op), position());
            sign = op == QLatin1Char('-') ? -1 : 1;
            ++m_pos;
            skipSpace();
            if (atEnd())
                return syntaxError(Text::tr("Expected a number or dice after '%1'").arg(op), position());
        }
        return terms;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos).toLower(); }
    int position() const { return static_cast<int>(m_pos) + 1; }
    void skipSpace()
    {
        while (!atEnd() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }

    // Digits as an int; -1 when there are none, -2 when the number is too long to be sensible.
    int number()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_text.at(m_pos).isDigit())
            ++m_pos;
        if (m_pos == start)
            return -1;
        if (m_pos - start > 7)
            return -2;
        return m_text.mid(start, m_pos - start).toInt();
    }

    Result<DiceTerm> parseTerm(int sign)
    {
        DiceTerm term;
        term.sign = sign;
        term.position = position();
        const int count = number();
        if (count == -2)
            return limitError(Text::tr("The number at position %1 is too large.").arg(term.position));
        if (peek() != QLatin1Char('d')) {
            if (count < 0) {
                if (atEnd())
                    return syntaxError(Text::tr("Expected a number or dice"), position());
                return syntaxError(Text::tr("Expected a number or dice but found '%1'").arg(m_text.at(m_pos)),
                                   position());
            }
            if (count > DiceExpression::kMaxConstant)
                return limitError(Text::tr("The number %1 is larger than %2.")
                                      .arg(count)
                                      .arg(DiceExpression::kMaxConstant));
            term.constant = count;
            return term;
        }
        ++m_pos; // 'd'
        term.count = count < 0 ? 1 : count;
        if (term.count == 0)
            return syntaxError(Text::tr("A dice term needs at least one die"), term.position);
        if (term.count > DiceExpression::kMaxDice)
            return limitError(Text::tr("%1 dice are more than the %2 allowed.")
                                  .arg(term.count)
                                  .arg(DiceExpression::kMaxDice));
        if (peek() == QLatin1Char('%')) {
            ++m_pos;
            term.sides = 100;
        } else {
            const int sidesAt = position();
            const int sides = number();
            if (sides == -1)
                return syntaxError(Text::tr("Expected the number of sides after 'd'"), sidesAt);
            if (sides == -2 || sides > DiceExpression::kMaxSides)
                return limitError(Text::tr("Dice with more than %1 sides are not allowed (position %2).")
                                      .arg(DiceExpression::kMaxSides)
                                      .arg(sidesAt));
            if (sides < 1)
                return syntaxError(Text::tr("A die needs at least one side"), sidesAt);
            term.sides = sides;
        }
        // Optional keep/drop suffix: kh, kl, dh, dl (k alone means kh).
        const QChar first = peek();
        if (first == QLatin1Char('k') || first == QLatin1Char('d')) {
            const int ruleAt = position();
            ++m_pos;
            const QChar second = peek();
            const bool keep = first == QLatin1Char('k');
            if (second == QLatin1Char('h') || second == QLatin1Char('l')) {
                ++m_pos;
                const bool high = second == QLatin1Char('h');
                term.keep = keep ? (high ? KeepRule::KeepHighest : KeepRule::KeepLowest)
                                 : (high ? KeepRule::DropHighest : KeepRule::DropLowest);
            } else if (keep) {
                term.keep = KeepRule::KeepHighest;
            } else {
                return syntaxError(Text::tr("Expected 'h' or 'l' after 'd' to drop dice"), position());
            }
            const int countAt = position();
            const int n = number();
            if (n == -1)
                return syntaxError(Text::tr("Expected how many dice to keep or drop"), countAt);
            if (n == -2 || n < 0)
                return syntaxError(Text::tr("The keep or drop count is not sensible"), countAt);
            const bool keeping = term.keep == KeepRule::KeepHighest || term.keep == KeepRule::KeepLowest;
            if ((keeping && (n < 1 || n > term.count)) || (!keeping && n >= term.count))
                return syntaxError(Text::tr("Cannot %1 %2 of %3 dice")
                                       .arg(keeping ? Text::tr("keep") : Text::tr("drop"))
                                       .arg(n)
                                       .arg(term.count),
                                   ruleAt);
            term.keepCount = n;
        }
        return term;
    }

    const QString& m_text;
    qsizetype m_pos = 0;
};

// Expected number of dice showing at least x, limited to k, for n fair dice with m sides:
// E[min(k, N)] with N ~ Binomial(n, p). Computed in log space so 1000 dice stay exact enough.
double expectedMinOfBinomial(int n, double p, int k)
{
    if (p <= 0.0)
        return 0.0;
    if (p >= 1.0)
        return std::min(n, k);
    const double logP = std::log(p);
    const double logQ = std::log1p(-p);
    double expected = 0.0;
    for (int t = 1; t <= n; ++t) {
        const double logPmf = std::lgamma(n + 1.0) - std::lgamma(t + 1.0) - std::lgamma(n - t + 1.0) +
                              t * logP + (n - t) * logQ;
        expected += std::min(t, k) * std::exp(logPmf);
    }
    return expected;
}

// The exact expected sum of the highest k of n dice with m sides: the sum over face values x of
// E[min(k, number of dice >= x)].
double meanKeepHighest(int n, int m, int k)
{
    double mean = 0.0;
    for (int x = 1; x <= m; ++x)
        mean += expectedMinOfBinomial(n, double(m - x + 1) / m, k);
    return mean;
}

} // namespace

int DiceTerm::keptDice() const
{
    switch (keep) {
    case KeepRule::All:
        return count;
    case KeepRule::KeepHighest:
    case KeepRule::KeepLowest:
        return keepCount;
    case KeepRule::DropHighest:
    case KeepRule::DropLowest:
        return count - keepCount;
    }
    return count;
}

QString DiceTerm::text() const
{
    if (isConstant())
        return QString::number(constant);
    QString text = QStringLiteral("%1d%2").arg(count).arg(sides);
    switch (keep) {
    case KeepRule::All:
        break;
    case KeepRule::KeepHighest:
        text += QStringLiteral("kh%1").arg(keepCount);
        break;
    case KeepRule::KeepLowest:
        text += QStringLiteral("kl%1").arg(keepCount);
        break;
    case KeepRule::DropHighest:
        text += QStringLiteral("dh%1").arg(keepCount);
        break;
    case KeepRule::DropLowest:
        text += QStringLiteral("dl%1").arg(keepCount);
        break;
    }
    return text;
}

QString DiceRoll::breakdown() const
{
    QStringList faces;
    for (const DieResult& die : dice)
        faces << (die.kept ? QString::number(die.value) : QStringLiteral("(%1)").arg(die.value));
    return QStringLiteral("[%1] = %2").arg(faces.join(QStringLiteral(", "))).arg(total);
}

Result<DiceExpression> DiceExpression::parse(const QString& text)
{
    if (text.size() > kMaxLength)
        return limitError(Text::tr("The expression is %1 characters long; at most %2 are allowed.")
                              .arg(text.size())
                              .arg(kMaxLength));
    Result<QList<DiceTerm>> terms = DiceParser(text).parse();
    if (!terms)
        return terms.error();
    DiceExpression expression;
    expression.m_text = text.trimmed();
    expression.m_terms = *terms;
    if (expression.diceCount() > kMaxDice)
        return limitError(Text::tr("The expression rolls %1 dice; at most %2 are allowed.")
                              .arg(expression.diceCount())
                              .arg(kMaxDice));
    return expression;
}

int DiceExpression::diceCount() const
{
    int count = 0;
    for (const DiceTerm& term : m_terms)
        count += term.count;
    return count;
}

int DiceExpression::minimum() const
{
    int total = 0;
    for (const DiceTerm& term : m_terms) {
        const int low = term.isConstant() ? term.constant : term.keptDice();
        const int high = term.isConstant() ? term.constant : term.keptDice() * term.sides;
        total += term.sign > 0 ? low : -high;
    }
    return total;
}

int DiceExpression::maximum() const
{
    int total = 0;
    for (const DiceTerm& term : m_terms) {
        const int low = term.isConstant() ? term.constant : term.keptDice();
        const int high = term.isConstant() ? term.constant : term.keptDice() * term.sides;
        total += term.sign > 0 ? high : -low;
    }
    return total;
}

double DiceExpression::mean() const
{
    double total = 0.0;
    for (const DiceTerm& term : m_terms) {
        double termMean = 0.0;
        if (term.isConstant()) {
            termMean = term.constant;
        } else if (term.keep == KeepRule::All) {
            termMean = term.count * (term.sides + 1) / 2.0;
        } else {
            const int kept = term.keptDice();
            const bool high = term.keep == KeepRule::KeepHighest || term.keep == KeepRule::DropLowest;
            // The lowest k are everything minus the highest n-k.
            termMean = high ? meanKeepHighest(term.count, term.sides, kept)
                            : term.count * (term.sides + 1) / 2.0 -
                                  meanKeepHighest(term.count, term.sides, term.count - kept);
        }
        total += term.sign * termMean;
    }
    return total;
}

DiceRoll DiceExpression::roll(RandomSource& random) const
{
    DiceRoll result;
    for (qsizetype index = 0; index < m_terms.size(); ++index) {
        const DiceTerm& term = m_terms[index];
        if (term.isConstant()) {
            result.total += term.sign * term.constant;
            continue;
        }
        std::vector<int> faces;
        faces.reserve(term.count);
        for (int i = 0; i < term.count; ++i)
            faces.push_back(random.die(term.sides));
        std::vector<bool> kept(faces.size(), true);
        if (term.keep != KeepRule::All) {
            // Rank dice by value (ties: earlier die first), then mark the ones outside the kept set.
            std::vector<int> order(faces.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = int(i);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return faces[a] > faces[b]; });
            const int keptCount = term.keptDice();
            const bool high = term.keep == KeepRule::KeepHighest || term.keep == KeepRule::DropLowest;
            for (size_t rank = 0; rank < order.size(); ++rank) {
                const bool inHighest = int(rank) < keptCount;
                const bool inLowest = int(rank) >= int(order.size()) - keptCount;
                kept[order[rank]] = high ? inHighest : inLowest;
            }
        }
        int sum = 0;
        for (size_t i = 0; i < faces.size(); ++i) {
            if (kept[i])
                sum += faces[i];
            result.dice.append(DieResult{int(index), term.sides, faces[i], kept[i]});
        }
        result.total += term.sign * sum;
    }
    return result;
}

QJsonObject DiceExpression::rollToJson(const DiceRoll& roll) const
{
    QJsonArray dice;
    for (const DieResult& die : roll.dice) {
        dice.append(QJsonObject{{QStringLiteral("sides"), die.sides},
                                {QStringLiteral("value"), die.value},
                                {QStringLiteral("kept"), die.kept},
                                {QStringLiteral("term"), die.termIndex}});
    }
    return QJsonObject{{QStringLiteral("expression"), m_text}, {QStringLiteral("total"), roll.total},
                       {QStringLiteral("min"), minimum()},     {QStringLiteral("max"), maximum()},
                       {QStringLiteral("mean"), mean()},       {QStringLiteral("dice"), dice}};
}

} // namespace dnd::rules
