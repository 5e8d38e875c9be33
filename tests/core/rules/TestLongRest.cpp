// A long rest outside a fight (the Parties page): full hit points, no temporary ones, and spent hit
// dice back by the rule set's count; one die per level, counted from the classes when given.
#include "rules/LongRest.h"

#include <QTest>
#include <algorithm>

using namespace dnd;
using namespace dnd::rules;

namespace {

Character tiredCharacter(int level, int spent)
{
    Character c;
    c.name = QStringLiteral("Aria");
    c.level = level;
    c.maxHp = 40;
    c.currentHp = 12;
    c.tempHp = 4;
    c.hitDiceSpent = spent;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(dnd::RulesEdition)

class TestLongRest final : public QObject {
    Q_OBJECT
private slots:
    void hitDiceComeBackByTheRules_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("spent");
        QTest::addColumn<RulesEdition>("rules");
        QTest::addColumn<int>("regained");
        const RulesEdition y2014 = RulesEdition::Srd2014;
        const RulesEdition y2024 = RulesEdition::Srd2024;
        QTest::newRow("2014 half of 6") << 6 << 5 << y2014 << 3;
        QTest::newRow("2014 half of 5 rounds down") << 5 << 4 << y2014 << 2;
        QTest::newRow("2014 fewer spent than half") << 8 << 1 << y2014 << 1;
        QTest::newRow("2014 at least one at level 1") << 1 << 1 << y2014 << 1;
        QTest::newRow("2014 at least one at level 3") << 3 << 3 << y2014 << 1;
        QTest::newRow("2014 none spent") << 6 << 0 << y2014 << 0;
        QTest::newRow("2024 all of them") << 6 << 5 << y2024 << 5;
        QTest::newRow("2024 none spent") << 6 << 0 << y2024 << 0;
        QTest::newRow("more spent than the level has") << 4 << 9 << y2014 << 2;
    }

    void hitDiceComeBackByTheRules()
    {
        QFETCH(int, level);
        QFETCH(int, spent);
        QFETCH(RulesEdition, rules);
        QFETCH(int, regained);
        Character character = tiredCharacter(level, spent);
        QCOMPARE(LongRest::hitDiceRegained(character, rules), regained);
        QVERIFY(LongRest::apply(character, rules));
        QCOMPARE(character.hitDiceSpent, std::min(spent, level) - regained);
        QCOMPARE(character.currentHp, 40);
        QCOMPARE(character.tempHp, 0);
    }

    // A multiclass character has one die per class level: Fighter 3 / Wizard 4 rests as level 7.
    void classLevelsCountTheDice()
    {
        Character character = tiredCharacter(1, 7);
        character.classes = {{QStringLiteral("Fighter"), 3}, {QStringLiteral("Wizard"), 4}};
        QCOMPARE(LongRest::hitDiceRegained(character, RulesEdition::Srd2014), 3);
        QVERIFY(LongRest::apply(character, RulesEdition::Srd2014));
        QCOMPARE(character.hitDiceSpent, 4);
    }

    // Rested already: nothing to change, and the caller records nothing.
    void aRestedCharacterIsLeftAlone()
    {
        Character character = tiredCharacter(5, 0);
        character.currentHp = character.maxHp;
        character.tempHp = 0;
        QVERIFY(!LongRest::apply(character, RulesEdition::Srd2014));
        // Only hit dice to regain is still something to rest for.
        character.hitDiceSpent = 2;
        QVERIFY(LongRest::apply(character, RulesEdition::Srd2014));
        QCOMPARE(character.hitDiceSpent, 0);
    }
};

QTEST_MAIN(TestLongRest)
#include "TestLongRest.moc"
