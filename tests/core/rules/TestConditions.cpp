#include "rules/Conditions.h"

#include <QTest>

using namespace dnd;
using namespace dnd::rules;

class TestConditions final : public QObject {
    Q_OBJECT
private slots:
    void srdListIsComplete_data()
    {
        QTest::addColumn<int>("edition");
        QTest::newRow("2014") << int(RulesEdition::Srd2014);
        QTest::newRow("2024") << int(RulesEdition::Srd2024);
    }
    void srdListIsComplete()
    {
        QFETCH(int, edition);
        const RulesEdition rules = static_cast<RulesEdition>(edition);
        const QStringList keys{"blinded",       "charmed",    "deafened",  "frightened",  "grappled",
                               "incapacitated", "invisible",  "paralyzed", "petrified",   "poisoned",
                               "prone",         "restrained", "stunned",   "unconscious", "exhaustion"};
        const QList<ConditionInfo> all = Conditions::all(rules);
        QCOMPARE(all.size(), keys.size());
        for (const ConditionInfo& info : all) {
            QVERIFY(keys.contains(info.key));
            QVERIFY(!info.name.isEmpty());
            QVERIFY(!info.description.isEmpty());
            QVERIFY2(info.description.size() <= 120, qPrintable(info.key)); // short, our own words
        }
        for (const char* key : {"incapacitated", "paralyzed", "petrified", "stunned", "unconscious"})
            QVERIFY(Conditions::isIncapacitating(key));
        for (const char* key : {"prone", "blinded", "grappled", "exhaustion", "custom:hexed"})
            QVERIFY(!Conditions::isIncapacitating(key));
    }

    void exhaustionLevels_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("fragment2014");
        QTest::addColumn<QString>("fragment2024");
        QTest::newRow("1") << 1 << "ability checks"
                           << "-2 to every d20 test; speed reduced by 5 ft";
        QTest::newRow("2") << 2 << "Speed halved"
                           << "-4 to every d20 test; speed reduced by 10 ft";
        QTest::newRow("3") << 3 << "attack rolls and saving throws"
                           << "-6";
        QTest::newRow("4") << 4 << "Hit point maximum halved"
                           << "-8";
        QTest::newRow("5") << 5 << "Speed 0"
                           << "25 ft";
        QTest::newRow("6") << 6 << "Death"
                           << "Death";
    }
    void exhaustionLevels()
    {
        QFETCH(int, level);
        QFETCH(QString, fragment2014);
        QFETCH(QString, fragment2024);
        QVERIFY(Conditions::exhaustionEffect(level, RulesEdition::Srd2014).contains(fragment2014));
        QVERIFY(Conditions::exhaustionEffect(level, RulesEdition::Srd2024).contains(fragment2024));
        ActiveCondition c;
        c.key = QStringLiteral("exhaustion");
        c.level = level;
        QCOMPARE(Conditions::displayName(c, RulesEdition::Srd2014),
                 QStringLiteral("Exhaustion %1").arg(level));
    }

    void outOfRangeAndCustom()
    {
        QVERIFY(Conditions::exhaustionEffect(0, RulesEdition::Srd2014).isEmpty());
        QVERIFY(Conditions::exhaustionEffect(7, RulesEdition::Srd2024).isEmpty());
        QVERIFY(!Conditions::find(QStringLiteral("hexed"), RulesEdition::Srd2014));
        QCOMPARE(Conditions::customKey(QStringLiteral(" Hexed ")), QStringLiteral("custom:hexed"));
        ActiveCondition c;
        c.key = Conditions::customKey(QStringLiteral("Hexed"));
        c.label = QStringLiteral("Hexed");
        QCOMPARE(Conditions::displayName(c, RulesEdition::Srd2024), QStringLiteral("Hexed"));
        QVERIFY(!Conditions::isStandard(c.key));
        QVERIFY(Conditions::isStandard(QStringLiteral("prone")));
    }
};

QTEST_APPLESS_MAIN(TestConditions)
#include "TestConditions.moc"
