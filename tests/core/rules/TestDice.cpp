#include "TestSupport.h"
#include "rules/Dice.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace dnd;
using namespace dnd::rules;

namespace {

// A random source that hands out fixed faces in order.
class ScriptedRandom final : public RandomSource {
public:
    explicit ScriptedRandom(QList<int> faces) : m_faces(std::move(faces)) {}
    int uniform(int low, int high) override
    {
        const int face = m_faces.isEmpty() ? low : m_faces.takeFirst();
        return qBound(low, face, high);
    }

private:
    QList<int> m_faces;
};

// Brute-force mean of keep-highest/lowest over every outcome of n dice with m sides.
double bruteMean(int n, int m, const std::function<int(QList<int>)>& score)
{
    QList<int> faces(n, 1);
    double sum = 0;
    int outcomes = 0;
    while (true) {
        sum += score(faces);
        ++outcomes;
        int i = 0;
        while (i < n && faces[i] == m)
            faces[i++] = 1;
        if (i == n)
            break;
        ++faces[i];
    }
    return sum / outcomes;
}

int sumSorted(QList<int> faces, int keep, bool highest)
{
    std::sort(faces.begin(), faces.end());
    int total = 0;
    for (int i = 0; i < keep; ++i)
        total += highest ? faces[faces.size() - 1 - i] : faces[i];
    return total;
}

} // namespace

class TestDice final : public QObject {
    Q_OBJECT
private slots:
    void parsesAndBounds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::addColumn<double>("mean");
        QTest::newRow("d20") << "d20" << 1 << 20 << 10.5;
        QTest::newRow("NdM+c") << "2d6+3" << 5 << 15 << 10.0;
        QTest::newRow("constant") << "7" << 7 << 7 << 7.0;
        QTest::newRow("minus dice") << "10 - 1d4" << 6 << 9 << 7.5;
        QTest::newRow("leading minus") << "-2 + d6" << -1 << 4 << 1.5;
        QTest::newRow("spaces and case") << " 3D8 + 2d4 " << 5 << 32 << 18.5;
        QTest::newRow("percent") << "d%" << 1 << 100 << 50.5;
        QTest::newRow("4d6kh3") << "4d6kh3" << 3 << 18 << 15869.0 / 1296.0;
        QTest::newRow("2d20kh1") << "2d20kh1" << 1 << 20 << 13.825;
        QTest::newRow("2d20kl1") << "2d20kl1" << 1 << 20 << 7.175;
        QTest::newRow("k alone") << "2d20k1" << 1 << 20 << 13.825;
        QTest::newRow("4d6dl1") << "4d6dl1" << 3 << 18 << 15869.0 / 1296.0;
        QTest::newRow("3d6dh1") << "3d6dh1" << 2 << 12 << 0.0; // checked by brute force below
    }
    void parsesAndBounds()
    {
        QFETCH(QString, text);
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(double, mean);
        const Result<DiceExpression> expression = DiceExpression::parse(text);
        CHECK_OK(expression);
        QCOMPARE(expression->minimum(), min);
        QCOMPARE(expression->maximum(), max);
        if (mean != 0.0)
            QVERIFY(qAbs(expression->mean() - mean) < 1e-9);
    }

    void exactMeanMatchesBruteForce_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("keep");
        QTest::addColumn<bool>("highest");
        QTest::newRow("4d6kh3") << "4d6kh3" << 4 << 6 << 3 << true;
        QTest::newRow("4d6kl2") << "4d6kl2" << 4 << 6 << 2 << false;
        QTest::newRow("3d6dh1") << "3d6dh1" << 3 << 6 << 2 << false;
        QTest::newRow("5d4dl2") << "5d4dl2" << 5 << 4 << 3 << true;
        QTest::newRow("3d10kh1") << "3d10kh1" << 3 << 10 << 1 << true;
    }
    void exactMeanMatchesBruteForce()
    {
        QFETCH(QString, text);
        QFETCH(int, n);
        QFETCH(int, m);
        QFETCH(int, keep);
        QFETCH(bool, highest);
        const double expected =
            bruteMean(n, m, [&](QList<int> faces) { return sumSorted(faces, keep, highest); });
        const Result<DiceExpression> expression = DiceExpression::parse(text);
        CHECK_OK(expression);
        QVERIFY2(qAbs(expression->mean() - expected) < 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2").arg(expression->mean()).arg(expected)));
    }

    void rollsKeepAndDrop()
    {
        const Result<DiceExpression> expression = DiceExpression::parse(QStringLiteral("4d6kh3+1"));
        CHECK_OK(expression);
        ScriptedRandom random({2, 6, 1, 5});
        const DiceRoll roll = expression->roll(random);
        QCOMPARE(roll.total, 14);
        QCOMPARE(roll.dice.size(), 4);
        QCOMPARE(roll.dice[2].kept, false);
        QCOMPARE(roll.dice[2].value, 1);
        QCOMPARE(roll.breakdown(), QStringLiteral("[2, 6, (1), 5] = 14"));

        const Result<DiceExpression> low = DiceExpression::parse(QStringLiteral("2d20kl1"));
        ScriptedRandom random2({17, 4});
        QCOMPARE(low->roll(random2).total, 4);
        const Result<DiceExpression> dropHigh = DiceExpression::parse(QStringLiteral("3d6dh1"));
        ScriptedRandom random3({6, 6, 2});
        const DiceRoll dh = dropHigh->roll(random3);
        QCOMPARE(dh.total, 8); // drops one of the sixes, the first
        QCOMPARE(dh.dice[0].kept, false);
        QCOMPARE(dh.dice[1].kept, true);
    }

    void seededRollsRepeatAndStayInBounds()
    {
        const Result<DiceExpression> expression = DiceExpression::parse(QStringLiteral("8d12dl3 - 2d4 + 3"));
        CHECK_OK(expression);
        SeededRandom a(99);
        SeededRandom b(99);
        for (int i = 0; i < 500; ++i) {
            const DiceRoll first = expression->roll(a);
            const DiceRoll second = expression->roll(b);
            QCOMPARE(first.total, second.total);
            QVERIFY(first.total >= expression->minimum());
            QVERIFY(first.total <= expression->maximum());
        }
    }

    void rejectsMalformedWithPosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::newRow("empty") << "" << 1;
        QTest::newRow("blank") << "   " << 1;
        QTest::newRow("letter") << "3d6+x" << 5;
        QTest::newRow("trailing plus") << "2d6+" << 5;
        QTest::newRow("double op") << "2d6++3" << 5;
        QTest::newRow("missing sides") << "2d" << 3;
        QTest::newRow("zero dice") << "0d6" << 1;
        QTest::newRow("zero sides") << "1d0" << 3;
        QTest::newRow("bad drop") << "4d6dx1" << 5;
        QTest::newRow("keep too many") << "2d6kh3" << 4;
        QTest::newRow("drop all") << "2d6dl2" << 4;
        QTest::newRow("keep none") << "2d6kh0" << 4;
        QTest::newRow("keep without count") << "4d6kh" << 6;
        QTest::newRow("junk after") << "1d6 6" << 5;
        QTest::newRow("multiply") << "2*3" << 2;
    }
    void rejectsMalformedWithPosition()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        const Result<DiceExpression> expression = DiceExpression::parse(text);
        QVERIFY(!expression.ok());
        QCOMPARE(expression.error().code, QStringLiteral("DICE_SYNTAX"));
        QCOMPARE(expression.error().details.value(QStringLiteral("position")).toInt(), position);
        QVERIFY(expression.errorMessage().contains(QString::number(position)));
    }

    void refusesAbsurdInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("1001 dice") << "1001d6";
        QTest::newRow("1001 dice over terms") << "600d6+401d4";
        QTest::newRow("1001 sides") << "1d1001";
        QTest::newRow("huge sides") << "1d99999999999";
        QTest::newRow("huge count") << "99999999999d6";
        QTest::newRow("huge constant") << "1000001";
        QTest::newRow("257 chars") << QString(QStringLiteral("1+")).repeated(128) + QStringLiteral("1");
    }
    void refusesAbsurdInput()
    {
        QFETCH(QString, text);
        const Result<DiceExpression> expression = DiceExpression::parse(text);
        QVERIFY(!expression.ok());
        QCOMPARE(expression.error().code, QStringLiteral("DICE_LIMIT"));
    }

    void acceptsTheLimits()
    {
        CHECK_OK(DiceExpression::parse(QStringLiteral("1000d1000")));
        CHECK_OK(DiceExpression::parse(QStringLiteral("500d6+500d4")));
        QString longest = QString(QStringLiteral("1+")).repeated(127) + QStringLiteral("10");
        QCOMPARE(longest.size(), 256);
        CHECK_OK(DiceExpression::parse(longest));
        const Result<DiceExpression> big = DiceExpression::parse(QStringLiteral("1000d1000kh3"));
        CHECK_OK(big);
        QVERIFY(big->mean() > 2990 && big->mean() <= 3000);
    }

    void jsonHasTheFields()
    {
        const Result<DiceExpression> expression = DiceExpression::parse(QStringLiteral("2d6+1"));
        ScriptedRandom random({3, 4});
        const QJsonObject json = expression->rollToJson(expression->roll(random));
        QCOMPARE(json.value(QStringLiteral("expression")).toString(), QStringLiteral("2d6+1"));
        QCOMPARE(json.value(QStringLiteral("total")).toInt(), 8);
        QCOMPARE(json.value(QStringLiteral("min")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("max")).toInt(), 13);
        QCOMPARE(json.value(QStringLiteral("mean")).toDouble(), 8.0);
        QCOMPARE(json.value(QStringLiteral("dice")).toArray().size(), 2);
    }
};

QTEST_APPLESS_MAIN(TestDice)
#include "TestDice.moc"
