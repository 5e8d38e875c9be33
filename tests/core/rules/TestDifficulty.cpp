#include "TestSupport.h"
#include "rules/Difficulty.h"

#include <QTest>

using namespace dnd;
using namespace dnd::rules;

// The tables are typed in again here from the rules notes, so a slip in either copy fails.
class TestDifficulty final : public QObject {
    Q_OBJECT

    // A party of three characters of one level: every band's threshold is three times the row.
    static void checkPartySums(RulesEdition rules, int level, const QList<int>& row)
    {
        const Result<DifficultyResult> r = Difficulty::evaluate(rules, {level, level, level}, {});
        CHECK_OK(r);
        const QStringList bands = Difficulty::bandKeys(rules);
        QCOMPARE(r->thresholds.size(), bands.size());
        for (qsizetype i = 0; i < bands.size(); ++i)
            QCOMPARE(r->thresholds[i], (DifficultyBand{bands[i], 3 * row[i]}));
    }

private slots:
    void thresholds2014_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QList<int>>("row");
        const QList<QList<int>> rows{{25, 50, 75, 100, 300},           {50, 100, 150, 200, 600},
                                     {75, 150, 225, 400, 1200},        {125, 250, 375, 500, 1700},
                                     {250, 500, 750, 1100, 3500},      {300, 600, 900, 1400, 4000},
                                     {350, 750, 1100, 1700, 5000},     {450, 900, 1400, 2100, 6000},
                                     {550, 1100, 1600, 2400, 7500},    {600, 1200, 1900, 2800, 9000},
                                     {800, 1600, 2400, 3600, 10500},   {1000, 2000, 3000, 4500, 11500},
                                     {1100, 2200, 3400, 5100, 13500},  {1250, 2500, 3800, 5700, 15000},
                                     {1400, 2800, 4300, 6400, 18000},  {1600, 3200, 4800, 7200, 20000},
                                     {2000, 3900, 5900, 8800, 25000},  {2100, 4200, 6300, 9500, 27000},
                                     {2400, 4900, 7300, 10900, 30000}, {2800, 5700, 8500, 12700, 40000}};
        for (int level = 1; level <= 20; ++level)
            QTest::addRow("level %d", level) << level << rows[level - 1];
    }
    void thresholds2014()
    {
        QFETCH(int, level);
        QFETCH(QList<int>, row);
        const QStringList bands = Difficulty::bandKeys(RulesEdition::Srd2014);
        QCOMPARE(bands, QStringList({"easy", "medium", "hard", "deadly"}));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(Difficulty::threshold(RulesEdition::Srd2014, level, bands[i]).value(), row[i]);
        QCOMPARE(Difficulty::dailyBudget2014(level).value(), row[4]);
        checkPartySums(RulesEdition::Srd2014, level, row);
    }

    void budget2024_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QList<int>>("row");
        const QList<QList<int>> rows{
            {50, 75, 100},       {100, 150, 200},     {150, 225, 400},      {250, 375, 500},
            {500, 750, 1100},    {600, 1000, 1400},   {750, 1300, 1700},    {1000, 1700, 2100},
            {1300, 2000, 2600},  {1600, 2300, 3100},  {1900, 2900, 4100},   {2200, 3700, 4700},
            {2600, 4200, 5400},  {2900, 4900, 6200},  {3300, 5400, 7800},   {3800, 6100, 9800},
            {4500, 7200, 11700}, {5000, 8700, 14200}, {5500, 10700, 17200}, {6400, 13200, 22000}};
        for (int level = 1; level <= 20; ++level)
            QTest::addRow("level %d", level) << level << rows[level - 1];
    }
    void budget2024()
    {
        QFETCH(int, level);
        QFETCH(QList<int>, row);
        const QStringList bands = Difficulty::bandKeys(RulesEdition::Srd2024);
        QCOMPARE(bands, QStringList({"low", "moderate", "high"}));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(Difficulty::threshold(RulesEdition::Srd2024, level, bands[i]).value(), row[i]);
        checkPartySums(RulesEdition::Srd2024, level, row);
    }

    // A mixed party sums each character's own row.
    void mixedPartySumsEachLevel()
    {
        Result<DifficultyResult> r = Difficulty::evaluate(RulesEdition::Srd2014, {1, 5, 10}, {});
        CHECK_OK(r);
        QCOMPARE(r->thresholds,
                 (QList<DifficultyBand>{{"easy", 875}, {"medium", 1750}, {"hard", 2725}, {"deadly", 4000}}));
        QCOMPARE(r->rating, QStringLiteral("trivial"));
        QCOMPARE(r->multiplier, 1.0); // no monsters
        r = Difficulty::evaluate(RulesEdition::Srd2024, {1, 5, 10}, {});
        CHECK_OK(r);
        QCOMPARE(r->thresholds, (QList<DifficultyBand>{{"low", 2150}, {"moderate", 3125}, {"high", 4300}}));
    }

    void challengeRatingXp_data()
    {
        QTest::addColumn<QString>("cr");
        QTest::addColumn<int>("xp");
        const QList<QPair<QString, int>> table{
            {"0", 10},      {"1/8", 25},    {"1/4", 50},    {"1/2", 100},  {"1", 200},    {"2", 450},
            {"3", 700},     {"4", 1100},    {"5", 1800},    {"6", 2300},   {"7", 2900},   {"8", 3900},
            {"9", 5000},    {"10", 5900},   {"11", 7200},   {"12", 8400},  {"13", 10000}, {"14", 11500},
            {"15", 13000},  {"16", 15000},  {"17", 18000},  {"18", 20000}, {"19", 22000}, {"20", 25000},
            {"21", 33000},  {"22", 41000},  {"23", 50000},  {"24", 62000}, {"25", 75000}, {"26", 90000},
            {"27", 105000}, {"28", 120000}, {"29", 135000}, {"30", 155000}};
        for (const auto& [cr, xp] : table)
            QTest::addRow("CR %s", qPrintable(cr)) << cr << xp;
    }
    void challengeRatingXp()
    {
        QFETCH(QString, cr);
        QFETCH(int, xp);
        QCOMPARE(xpForChallengeRating(cr).value(), xp);
        // Through the evaluator: one monster of that CR, 2024 rules (no multiplier).
        const Result<DifficultyResult> r = Difficulty::evaluate(RulesEdition::Srd2024, {1}, {{cr, 1}});
        CHECK_OK(r);
        QCOMPARE(r->xp, xp);
        QCOMPARE(r->adjustedXp, xp);
    }

    void multiplierLadder_data()
    {
        QTest::addColumn<int>("monsters");
        QTest::addColumn<int>("partySize");
        QTest::addColumn<double>("multiplier");
        // Base rungs with a party of 3-5.
        const QList<QPair<int, double>> base{{1, 1.0},  {2, 1.5},  {3, 2.0},  {6, 2.0},  {7, 2.5},
                                             {10, 2.5}, {11, 3.0}, {14, 3.0}, {15, 4.0}, {40, 4.0}};
        const QList<double> ladder{0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0};
        for (const auto& [count, multiplier] : base) {
            const qsizetype rung = ladder.indexOf(multiplier);
            for (int party : {3, 4, 5})
                QTest::addRow("%d monsters, party %d", count, party) << count << party << multiplier;
            for (int party : {1, 2})
                QTest::addRow("%d monsters, small party %d", count, party)
                    << count << party << ladder[rung + 1];
            for (int party : {6, 8})
                QTest::addRow("%d monsters, large party %d", count, party)
                    << count << party << ladder[rung - 1];
        }
    }
    void multiplierLadder()
    {
        QFETCH(int, monsters);
        QFETCH(int, partySize);
        QFETCH(double, multiplier);
        QCOMPARE(Difficulty::multiplier2014(monsters, partySize), multiplier);
        const Result<DifficultyResult> r = Difficulty::evaluate(
            RulesEdition::Srd2014, QList<int>(partySize, 3), {{QStringLiteral("1"), monsters}});
        CHECK_OK(r);
        QCOMPARE(r->multiplier, multiplier);
        QCOMPARE(r->xp, 200 * monsters);
        QCOMPARE(r->adjustedXp, int(200 * monsters * multiplier));
    }

    void ratingUsesAtOrAbove()
    {
        // Party of four level 1: easy 100, medium 200, hard 300, deadly 400. One CR 1/2 (100 XP) x1.
        Result<DifficultyResult> r = Difficulty::evaluate(RulesEdition::Srd2014, {1, 1, 1, 1}, {{"1/2", 1}});
        QCOMPARE(r->adjustedXp, 100);
        QCOMPARE(r->rating, QStringLiteral("easy")); // exactly at the threshold reaches it
        r = Difficulty::evaluate(RulesEdition::Srd2014, {1, 1, 1, 1}, {{"1/8", 3}}); // 75 x2 = 150
        QCOMPARE(r->adjustedXp, 150);
        QCOMPARE(r->rating, QStringLiteral("easy"));
        r = Difficulty::evaluate(RulesEdition::Srd2014, {1, 1, 1, 1}, {{"0", 9}}); // 90 x2.5 = 225
        QCOMPARE(r->rating, QStringLiteral("medium"));
        r = Difficulty::evaluate(RulesEdition::Srd2014, {1, 1, 1, 1}, {{"1/4", 1}}); // 50 < 100
        QCOMPARE(r->rating, QStringLiteral("trivial"));
        r = Difficulty::evaluate(RulesEdition::Srd2014, {1, 1, 1, 1}, {{"2", 1}}); // 450 >= 400
        QCOMPARE(r->rating, QStringLiteral("deadly"));
        // 2024: four level 1 = low 200, moderate 300, high 400; plain XP.
        r = Difficulty::evaluate(RulesEdition::Srd2024, {1, 1, 1, 1}, {{"1/2", 2}});
        QCOMPARE(r->rating, QStringLiteral("low"));
        r = Difficulty::evaluate(RulesEdition::Srd2024, {1, 1, 1, 1}, {{"1/2", 2}, {"1/8", 3}}); // 275
        QCOMPARE(r->rating, QStringLiteral("low"));
        r = Difficulty::evaluate(RulesEdition::Srd2024, {1, 1, 1, 1}, {{"1", 1}, {"1/2", 1}}); // 300
        QCOMPARE(r->rating, QStringLiteral("moderate"));
        r = Difficulty::evaluate(RulesEdition::Srd2024, {1, 1, 1, 1}, {{"1/8", 7}}); // 175 < 200
        QCOMPARE(r->rating, QStringLiteral("trivial"));
        QCOMPARE(r->multiplier, 1.0);
        r = Difficulty::evaluate(RulesEdition::Srd2024, {1, 1, 1, 1}, {{"1", 2}}); // 400: exactly high
        QCOMPARE(r->adjustedXp, 400);
        QCOMPARE(r->rating, QStringLiteral("high"));
        r = Difficulty::evaluate(RulesEdition::Srd2024, {1, 1, 1, 1}, {{"2", 1}}); // 450 >= 400
        QCOMPARE(r->rating, QStringLiteral("high"));
        // 2014 exactly at medium (200), hard (300) and deadly (400) after the multiplier.
        r = Difficulty::evaluate(RulesEdition::Srd2014, {1, 1, 1, 1}, {{"1/8", 4}});
        QCOMPARE(r->adjustedXp, 200);
        QCOMPARE(r->rating, QStringLiteral("medium"));
        r = Difficulty::evaluate(RulesEdition::Srd2014, {1, 1, 1, 1}, {{"1/2", 2}});
        QCOMPARE(r->adjustedXp, 300);
        QCOMPARE(r->rating, QStringLiteral("hard"));
        r = Difficulty::evaluate(RulesEdition::Srd2014, {1, 1, 1, 1}, {{"1/4", 2}, {"1/2", 1}}); // 200 x2
        QCOMPARE(r->adjustedXp, 400);
        QCOMPARE(r->rating, QStringLiteral("deadly"));
    }

    void issueExample()
    {
        const Result<QList<int>> party = Difficulty::parsePartyLevels(QStringLiteral("5,5,5,5"));
        const Result<QList<MonsterGroup>> monsters = Difficulty::parseMonsters(QStringLiteral("1/4x6,2"));
        CHECK_OK(party);
        CHECK_OK(monsters);
        QCOMPARE(monsters->size(), 2);
        QCOMPARE(monsters->at(0), (MonsterGroup{"1/4", 6}));
        const Result<DifficultyResult> r = Difficulty::evaluate(RulesEdition::Srd2014, *party, *monsters);
        QCOMPARE(r->xp, 750);
        QCOMPARE(r->multiplier, 2.5);
        QCOMPARE(r->adjustedXp, 1875);
        QCOMPARE(r->rating, QStringLiteral("easy"));
    }

    // Each row has exactly one bad half; the other half parses, so the refusal is the bad half's.
    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("party");
        QTest::addColumn<QString>("monsters");
        QTest::addColumn<bool>("partyIsBad");
        QTest::addColumn<QString>("named"); // the message names what was wrong
        QTest::newRow("level 0") << "0,5"
                                 << "1" << true << "'0'";
        QTest::newRow("level 21") << "21"
                                  << "1" << true << "'21'";
        QTest::newRow("level text") << "five"
                                    << "1" << true << "'five'";
        QTest::newRow("empty party") << ""
                                     << "1" << true << "5,5,5,5";
        QTest::newRow("cr 31") << "5"
                               << "31" << false << "'31'";
        QTest::newRow("cr 1/3") << "5"
                                << "1/3" << false << "'1/3'";
        QTest::newRow("cr text") << "5"
                                 << "dragon" << false << "'dragon'";
        QTest::newRow("count 0") << "5"
                                 << "1x0" << false << "'1x0'";
        QTest::newRow("count huge") << "5"
                                    << "1x5000" << false << "'1x5000'";
        QTest::newRow("negative") << "5"
                                  << "-1" << false << "'-1'";
    }
    void rejectsBadInput()
    {
        QFETCH(QString, party);
        QFETCH(QString, monsters);
        QFETCH(bool, partyIsBad);
        QFETCH(QString, named);
        const Result<QList<int>> levels = Difficulty::parsePartyLevels(party);
        const Result<QList<MonsterGroup>> groups = Difficulty::parseMonsters(monsters);
        if (partyIsBad) {
            CHECK_FAILS(levels, "VALIDATION_ERROR");
            CHECK_OK(groups);
        } else {
            CHECK_OK(levels);
            CHECK_FAILS(groups, "VALIDATION_ERROR");
        }
        const QString message = partyIsBad ? levels.errorMessage() : groups.errorMessage();
        QVERIFY2(message.contains(named), qPrintable(message));
    }

    // What the parsers would refuse, handed to evaluate directly, is refused there too.
    void evaluateRefusesWhatTheParsersWould()
    {
        const Result<DifficultyResult> level21 = Difficulty::evaluate(RulesEdition::Srd2014, {21}, {});
        CHECK_FAILS(level21, "VALIDATION_ERROR");
        QVERIFY2(level21.errorMessage().contains(QStringLiteral("21")), qPrintable(level21.errorMessage()));
        CHECK_FAILS(Difficulty::evaluate(RulesEdition::Srd2014, {}, {}), "VALIDATION_ERROR");
        const Result<DifficultyResult> third = Difficulty::evaluate(RulesEdition::Srd2014, {5}, {{"1/3", 1}});
        CHECK_FAILS(third, "VALIDATION_ERROR");
        QVERIFY2(third.errorMessage().contains(QStringLiteral("'1/3'")), qPrintable(third.errorMessage()));
        CHECK_FAILS(Difficulty::evaluate(RulesEdition::Srd2024, {5}, {{"1", 0}}), "VALIDATION_ERROR");
        // The same party and monsters with good values are accepted, so the refusals above are the values'.
        CHECK_OK(Difficulty::evaluate(RulesEdition::Srd2014, {20}, {{"1/4", 1}}));
        CHECK_OK(Difficulty::evaluate(RulesEdition::Srd2024, {5}, {{"1", 1}}));
    }
};

QTEST_APPLESS_MAIN(TestDifficulty)
#include "TestDifficulty.moc"
