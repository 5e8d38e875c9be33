#include "rules/HitPointRules.h"

#include <QTest>

using namespace dnd;
using namespace dnd::rules;

namespace {
Participant creature(int hp)
{
    Participant p;
    p.id = QStringLiteral("c");
    p.name = QStringLiteral("Ogre");
    p.maxHp = hp;
    p.currentHp = hp;
    return p;
}
Participant character(int hp)
{
    Participant p = creature(hp);
    p.kind = ParticipantKind::Character;
    p.name = QStringLiteral("Aria");
    return p;
}
DamageRequest hit(int amount, const QString& type = {}, DamageScale scale = DamageScale::Normal,
                  bool crit = false)
{
    DamageRequest request;
    request.targetIds = {QStringLiteral("c")};
    request.amount = amount;
    request.damageType = type;
    request.scale = scale;
    request.critical = crit;
    return request;
}
} // namespace

class TestHitPoints final : public QObject {
    Q_OBJECT
private slots:
    void damageTypes_data()
    {
        QTest::addColumn<QStringList>("resist");
        QTest::addColumn<QStringList>("immune");
        QTest::addColumn<QStringList>("vulnerable");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("magical");
        QTest::addColumn<int>("amount");
        QTest::addColumn<int>("applied");
        const QStringList none;
        QTest::newRow("plain") << none << none << none << "fire" << 0 << false << 13 << 13;
        QTest::newRow("resisted rounds down")
            << QStringList{"fire"} << none << none << "fire" << 0 << false << 13 << 6;
        QTest::newRow("other type unaffected")
            << QStringList{"fire"} << none << none << "cold" << 0 << false << 13 << 13;
        QTest::newRow("immune") << none << QStringList{"poison"} << none << "poison" << 0 << false << 40 << 0;
        QTest::newRow("vulnerable") << none << none << QStringList{"radiant"} << "radiant" << 0 << false << 7
                                    << 14;
        QTest::newRow("half for save") << none << none << none << "fire" << 1 << false << 13 << 6;
        QTest::newRow("double") << none << none << none << "fire" << 2 << false << 13 << 26;
        QTest::newRow("half then resisted")
            << QStringList{"fire"} << none << none << "fire" << 1 << false << 13 << 3;
        QTest::newRow("resist and vulnerable")
            << QStringList{"cold"} << none << QStringList{"cold"} << "cold" << 0 << false << 9 << 8;
        QTest::newRow("immunity wins") << QStringList{"fire"} << QStringList{"fire"} << QStringList{"fire"}
                                       << "fire" << 0 << false << 9 << 0;
        QTest::newRow("nonmagical phrase, mundane")
            << QStringList{"bludgeoning, piercing, and slashing from nonmagical attacks"} << none << none
            << "slashing" << 0 << false << 10 << 5;
        QTest::newRow("nonmagical phrase, magical")
            << QStringList{"bludgeoning, piercing, and slashing from nonmagical attacks"} << none << none
            << "slashing" << 0 << true << 10 << 10;
        QTest::newRow("case insensitive")
            << QStringList{"Fire"} << none << none << "FIRE" << 0 << false << 10 << 5;
        QTest::newRow("whole words only")
            << QStringList{"bludgeoning"} << none << none << "bludgeon" << 0 << false << 10 << 10;
        QTest::newRow("word at the end of a phrase")
            << QStringList{"damage from spells; non-magical bludgeoning"} << none << none << "bludgeoning"
            << 0 << false << 10 << 5;
        QTest::newRow("untyped never resisted")
            << QStringList{"fire"} << none << none << "" << 0 << false << 10 << 10;
        QTest::newRow("negative is zero") << none << none << none << "fire" << 0 << false << -5 << 0;
    }
    void damageTypes()
    {
        QFETCH(QStringList, resist);
        QFETCH(QStringList, immune);
        QFETCH(QStringList, vulnerable);
        QFETCH(QString, type);
        QFETCH(int, scale);
        QFETCH(bool, magical);
        QFETCH(int, amount);
        QFETCH(int, applied);
        Participant p = creature(100);
        p.damageResistances = resist;
        p.damageImmunities = immune;
        p.damageVulnerabilities = vulnerable;
        DamageRequest request = hit(amount, type, static_cast<DamageScale>(scale));
        request.magical = magical;
        const DamageOutcome out = HitPointRules::applyDamage(p, request, RulesEdition::Srd2014);
        QCOMPARE(out.applied, applied);
        QCOMPARE(p.currentHp, 100 - applied);
    }

    void tempHpTakenFirstAndKeepsHigher()
    {
        Participant p = creature(20);
        HitPointRules::grantTempHp(p, 5);
        QCOMPARE(p.tempHp, 5);
        HitPointRules::grantTempHp(p, 3); // lower: kept 5
        QCOMPARE(p.tempHp, 5);
        HitPointRules::grantTempHp(p, 8); // higher replaces, never adds
        QCOMPARE(p.tempHp, 8);
        DamageOutcome out = HitPointRules::applyDamage(p, hit(6), RulesEdition::Srd2014);
        QCOMPARE(out.absorbedByTemp, 6);
        QCOMPARE(p.tempHp, 2);
        QCOMPARE(p.currentHp, 20);
        out = HitPointRules::applyDamage(p, hit(7), RulesEdition::Srd2014);
        QCOMPARE(out.absorbedByTemp, 2);
        QCOMPARE(p.tempHp, 0);
        QCOMPARE(p.currentHp, 15);
        // Healing never restores temporary HP and stops at the maximum.
        QCOMPARE(HitPointRules::heal(p, 50), 5);
        QCOMPARE(p.currentHp, 20);
        QCOMPARE(p.tempHp, 0);
    }

    void floorOverkillAndDefeat()
    {
        Participant p = creature(10);
        const DamageOutcome out = HitPointRules::applyDamage(p, hit(25), RulesEdition::Srd2014);
        QCOMPARE(p.currentHp, 0);
        QCOMPARE(out.overkill, 15);
        QVERIFY(out.droppedToZero);
        QVERIFY(p.defeated);
        QVERIFY(!p.deathSaves.dead); // creatures are defeated, not making saves
        HitPointRules::heal(p, 3);
        QVERIFY(!p.defeated);
    }

    void maxHpOverride()
    {
        Participant p = creature(30);
        HitPointRules::setMaxHpOverride(p, 20);
        QCOMPARE(p.effectiveMaxHp(), 20);
        QCOMPARE(p.currentHp, 20);
        HitPointRules::setMaxHpOverride(p, 40);
        HitPointRules::heal(p, 100);
        QCOMPARE(p.currentHp, 40);
        HitPointRules::setMaxHpOverride(p, std::nullopt);
        QCOMPARE(p.currentHp, 30);
    }

    void characterDyingAndMassiveDamage()
    {
        Participant p = character(12);
        DamageOutcome out = HitPointRules::applyDamage(p, hit(20), RulesEdition::Srd2014); // 8 beyond 0 < 12
        QVERIFY(out.droppedToZero);
        QVERIFY(!out.killedOutright);
        QVERIFY(HitPointRules::isDying(p));
        out = HitPointRules::applyDamage(p, hit(3), RulesEdition::Srd2014);
        QCOMPARE(out.deathSaveFailures, 1);
        QCOMPARE(p.deathSaves.failures, 1);
        out = HitPointRules::applyDamage(p, hit(3, {}, DamageScale::Normal, true), RulesEdition::Srd2014);
        QCOMPARE(out.deathSaveFailures, 2);
        QVERIFY(p.deathSaves.dead);

        Participant q = character(12);
        out = HitPointRules::applyDamage(q, hit(24), RulesEdition::Srd2014); // 12 beyond 0 == max
        QVERIFY(out.killedOutright);
        QVERIFY(q.deathSaves.dead);

        Participant r = character(12);
        HitPointRules::applyDamage(r, hit(12), RulesEdition::Srd2014);
        out = HitPointRules::applyDamage(r, hit(12), RulesEdition::Srd2014); // at 0, damage >= max
        QVERIFY(out.killedOutright);
        QVERIFY(r.deathSaves.dead);
    }

    // A stable character at 0 who takes damage is dying again: the counts start from zero (becoming
    // stable reset them) and the hit counts as a failure (two on a critical).
    void stableCharacterHitIsDyingAgain_data()
    {
        QTest::addColumn<bool>("critical");
        QTest::addColumn<int>("failures");
        QTest::newRow("hit") << false << 1;
        QTest::newRow("critical") << true << 2;
    }
    void stableCharacterHitIsDyingAgain()
    {
        QFETCH(bool, critical);
        QFETCH(int, failures);
        Participant p = character(12);
        HitPointRules::applyDamage(p, hit(12), RulesEdition::Srd2014);
        for (int roll : {5, 6, 10, 11, 12})
            HitPointRules::recordDeathSave(p, roll);
        QVERIFY(p.deathSaves.stable);
        QVERIFY(!HitPointRules::isDying(p));
        const DamageOutcome out =
            HitPointRules::applyDamage(p, hit(2, {}, DamageScale::Normal, critical), RulesEdition::Srd2014);
        QCOMPARE(out.deathSaveFailures, failures);
        QVERIFY(!p.deathSaves.stable);
        QVERIFY(!p.deathSaves.dead); // the two failures before stabilising no longer count
        QCOMPARE(p.deathSaves.failures, failures);
        QCOMPARE(p.deathSaves.successes, 0);
        QVERIFY(HitPointRules::isDying(p));
        HitPointRules::recordDeathSave(p, 15); // one success is not stable again
        QVERIFY(!p.deathSaves.stable);
        // Damage to the dead changes nothing.
        Participant dead = character(12);
        dead.currentHp = 0;
        dead.deathSaves.dead = true;
        const DamageOutcome none = HitPointRules::applyDamage(dead, hit(5), RulesEdition::Srd2014);
        QCOMPARE(none.deathSaveFailures, 0);
        QCOMPARE(dead.deathSaves.failures, 0);
    }

    void deathSaves_data()
    {
        QTest::addColumn<QList<int>>("rolls");
        QTest::addColumn<int>("successes");
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("stable");
        QTest::addColumn<bool>("dead");
        QTest::addColumn<int>("hp");
        QTest::newRow("one success") << QList<int>{10} << 1 << 0 << false << false << 0;
        QTest::newRow("nine fails") << QList<int>{9} << 0 << 1 << false << false << 0;
        QTest::newRow("nat 1 two failures") << QList<int>{1} << 0 << 2 << false << false << 0;
        QTest::newRow("three successes stable") << QList<int>{12, 15, 19} << 3 << 0 << true << false << 0;
        QTest::newRow("three failures dead") << QList<int>{2, 5, 9} << 0 << 3 << false << true << 0;
        QTest::newRow("nat 1 then fail dead") << QList<int>{1, 4} << 0 << 3 << false << true << 0;
        QTest::newRow("nat 20 one hp") << QList<int>{5, 20} << 0 << 0 << false << false << 1;
        QTest::newRow("mixed") << QList<int>{10, 3, 11} << 2 << 1 << false << false << 0;
    }
    void deathSaves()
    {
        QFETCH(QList<int>, rolls);
        QFETCH(int, successes);
        QFETCH(int, failures);
        QFETCH(bool, stable);
        QFETCH(bool, dead);
        QFETCH(int, hp);
        Participant p = character(10);
        p.currentHp = 0;
        for (int roll : rolls)
            HitPointRules::recordDeathSave(p, roll);
        QCOMPARE(p.deathSaves.successes, successes);
        QCOMPARE(p.deathSaves.failures, failures);
        QCOMPARE(p.deathSaves.stable, stable);
        QCOMPARE(p.deathSaves.dead, dead);
        QCOMPARE(p.currentHp, hp);
    }

    // One save from fresh counts, for every face of the d20.
    void everyDeathSaveFace_data()
    {
        QTest::addColumn<int>("roll");
        for (int roll = 1; roll <= 20; ++roll)
            QTest::addRow("d20 %d", roll) << roll;
    }
    void everyDeathSaveFace()
    {
        QFETCH(int, roll);
        Participant p = character(10);
        p.currentHp = 0;
        HitPointRules::recordDeathSave(p, roll);
        const int failures = roll == 1 ? 2 : (roll < 10 ? 1 : 0);
        const int successes = roll >= 10 && roll < 20 ? 1 : 0;
        QCOMPARE(p.deathSaves.failures, failures);
        QCOMPARE(p.deathSaves.successes, successes);
        QCOMPARE(p.currentHp, roll == 20 ? 1 : 0);
        QCOMPARE(HitPointRules::isDying(p), roll != 20);
        QVERIFY(!p.deathSaves.dead && !p.deathSaves.stable);
    }

    void healingResetsSaves()
    {
        Participant p = character(10);
        p.currentHp = 0;
        HitPointRules::recordDeathSave(p, 3);
        HitPointRules::recordDeathSave(p, 15);
        QCOMPARE(HitPointRules::heal(p, 4), 4);
        QCOMPARE(p.deathSaves, DeathSaves{});
        QVERIFY(!HitPointRules::isDying(p));
    }

    void concentrationDc_data()
    {
        QTest::addColumn<int>("damage");
        QTest::addColumn<int>("dc2014");
        QTest::addColumn<int>("dc2024");
        QTest::newRow("1") << 1 << 10 << 10;
        QTest::newRow("21") << 21 << 10 << 10;
        QTest::newRow("22") << 22 << 11 << 11;
        QTest::newRow("23") << 23 << 11 << 11;
        QTest::newRow("60") << 60 << 30 << 30;
        QTest::newRow("62") << 62 << 31 << 30;
        QTest::newRow("200") << 200 << 100 << 30;
    }
    void concentrationDc()
    {
        QFETCH(int, damage);
        QFETCH(int, dc2014);
        QFETCH(int, dc2024);
        QCOMPARE(HitPointRules::concentrationDc(damage, RulesEdition::Srd2014), dc2014);
        QCOMPARE(HitPointRules::concentrationDc(damage, RulesEdition::Srd2024), dc2024);
        Participant p = creature(1000);
        p.concentrating = true;
        QCOMPARE(HitPointRules::applyDamage(p, hit(damage), RulesEdition::Srd2024).concentrationDc, dc2024);
    }

    void concentrationChecksUseDamageTaken()
    {
        Participant p = creature(50);
        p.concentrating = true;
        p.damageResistances = {QStringLiteral("fire")};
        // 44 fire halved to 22 -> DC 11; temp HP damage still counts as taking damage.
        p.tempHp = 30;
        QCOMPARE(HitPointRules::applyDamage(p, hit(44, QStringLiteral("fire")), RulesEdition::Srd2014)
                     .concentrationDc,
                 11);
        p.damageImmunities = {QStringLiteral("cold")};
        QCOMPARE(HitPointRules::applyDamage(p, hit(44, QStringLiteral("cold")), RulesEdition::Srd2014)
                     .concentrationDc,
                 0);
        const DamageOutcome out = HitPointRules::applyDamage(p, hit(500), RulesEdition::Srd2014);
        QVERIFY(out.concentrationBroken);
        QVERIFY(!p.concentrating);
    }
};

QTEST_APPLESS_MAIN(TestHitPoints)
#include "TestHitPoints.moc"
