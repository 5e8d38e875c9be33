#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dnd::test;

namespace {
QJsonObject parse(const QByteArray& out)
{
    return QJsonDocument::fromJson(out).object();
}
} // namespace

class TestRulesCli final : public QObject {
    Q_OBJECT
private slots:
    void rollJson()
    {
        const ProcessResult r =
            runCli({QStringLiteral("roll"), QStringLiteral("4d6kh3+2"), QStringLiteral("--seed"),
                    QStringLiteral("42"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = parse(r.out);
        QCOMPARE(json.value(QStringLiteral("expression")).toString(), QStringLiteral("4d6kh3+2"));
        QCOMPARE(json.value(QStringLiteral("min")).toInt(), 5);
        QCOMPARE(json.value(QStringLiteral("max")).toInt(), 20);
        QVERIFY(qAbs(json.value(QStringLiteral("mean")).toDouble() - (15869.0 / 1296.0 + 2)) < 1e-9);
        const QJsonArray dice = json.value(QStringLiteral("dice")).toArray();
        QCOMPARE(dice.size(), 4);
        int kept = 0;
        int sum = 0;
        for (const QJsonValue& die : dice) {
            const QJsonObject d = die.toObject();
            QVERIFY(d.value(QStringLiteral("value")).toInt() >= 1 &&
                    d.value(QStringLiteral("value")).toInt() <= 6);
            if (d.value(QStringLiteral("kept")).toBool()) {
                ++kept;
                sum += d.value(QStringLiteral("value")).toInt();
            }
        }
        QCOMPARE(kept, 3);
        QCOMPARE(json.value(QStringLiteral("total")).toInt(), sum + 2);
        // The same seed rolls the same dice.
        const ProcessResult again =
            runCli({QStringLiteral("roll"), QStringLiteral("4d6kh3+2"), QStringLiteral("--seed"),
                    QStringLiteral("42"), QStringLiteral("--json")});
        QCOMPARE(again.out, r.out);
    }

    void rollText()
    {
        const ProcessResult r = runCli({QStringLiteral("roll"), QStringLiteral("2d20kl1"),
                                        QStringLiteral("--seed"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("2d20kl1: ["));
        QVERIFY(r.out.contains("min 1, max 20, mean 7.1"));
    }

    void rollRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("syntax") << QStringList{"roll", "3d6+x"} << QByteArray("position 5");
        QTest::newRow("too many dice") << QStringList{"roll", "1001d6"} << QByteArray("1000");
        QTest::newRow("too many sides") << QStringList{"roll", "1d1001"} << QByteArray("1000");
        QTest::newRow("too long") << QStringList{"roll", QString(300, QLatin1Char('1'))} << QByteArray("256");
        QTest::newRow("no expression") << QStringList{"roll"} << QByteArray("dice expression");
        QTest::newRow("bad seed") << QStringList{"roll", "d20", "--seed", "x"} << QByteArray("--seed");
    }
    void rollRejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const ProcessResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void difficultyJson_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<int>("xp");
        QTest::addColumn<int>("adjusted");
        QTest::addColumn<double>("multiplier");
        QTest::addColumn<QString>("rating");
        QTest::addColumn<QStringList>("bands");
        QTest::newRow("2014") << "2014" << 750 << 1875 << 2.5 << "easy"
                              << QStringList{"deadly", "easy", "hard", "medium"};
        QTest::newRow("2024") << "2024" << 750 << 750 << 1.0 << "trivial"
                              << QStringList{"high", "low", "moderate"};
    }
    void difficultyJson()
    {
        QFETCH(QString, rules);
        QFETCH(int, xp);
        QFETCH(int, adjusted);
        QFETCH(double, multiplier);
        QFETCH(QString, rating);
        QFETCH(QStringList, bands);
        const ProcessResult r =
            runCli({"difficulty", "--party", "5,5,5,5", "--monsters", "1/4x6,2", "--rules", rules, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = parse(r.out);
        QCOMPARE(json.value(QStringLiteral("rules")).toString(), rules);
        QCOMPARE(json.value(QStringLiteral("xp")).toInt(), xp);
        QCOMPARE(json.value(QStringLiteral("adjustedXp")).toInt(), adjusted);
        QCOMPARE(json.value(QStringLiteral("multiplier")).toDouble(), multiplier);
        QCOMPARE(json.value(QStringLiteral("rating")).toString(), rating);
        QCOMPARE(json.value(QStringLiteral("thresholds")).toObject().keys(), bands);
        if (rules == QLatin1String("2014"))
            QCOMPARE(
                json.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("easy")).toInt(),
                1000);
        else
            QCOMPARE(json.value(QStringLiteral("thresholds")).toObject().value(QStringLiteral("low")).toInt(),
                     2000);
    }

    void difficultyDefaultsTo2014AndText()
    {
        const ProcessResult r = runCli({"difficulty", "--party", "1,1,1,1", "--monsters", "2"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Rating: Deadly"));
        QVERIFY(r.out.contains("450 XP"));
    }

    void difficultyRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no party") << QStringList{"difficulty", "--monsters", "1"};
        QTest::newRow("no monsters") << QStringList{"difficulty", "--party", "5"};
        QTest::newRow("level 25") << QStringList{"difficulty", "--party", "25", "--monsters", "1"};
        QTest::newRow("bad cr") << QStringList{"difficulty", "--party", "5", "--monsters", "1/3"};
        QTest::newRow("bad count") << QStringList{"difficulty", "--party", "5", "--monsters", "1xx2"};
        QTest::newRow("bad rules") << QStringList{"difficulty", "--party", "5",   "--monsters",
                                                  "1",          "--rules", "2020"};
        QTest::newRow("unknown option")
            << QStringList{"difficulty", "--party", "5", "--monsters", "1", "--fast"};
        QTest::newRow("missing value") << QStringList{"difficulty", "--party"};
    }
    void difficultyRejectsBadInput()
    {
        QFETCH(QStringList, arguments);
        const ProcessResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestRulesCli)
#include "TestRulesCli.moc"
