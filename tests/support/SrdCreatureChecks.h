// Figures of a few SRD creatures (a legendary dragon, a spellcaster and a creature with a recharge
// action from each rule set), checked field by field the same way on the bundled templates and on
// creatures imported from the shared SRD files. Text is not compared: the bundle carries none and
// an import keeps the file's. Each check uses QCOMPARE; callers return when
// QTest::currentTestFailed().
#pragma once

#include "model/Creature.h"

#include <QTest>

namespace dnd::test::srd {

inline const Creature* find(const QList<Creature>& list, const QString& name, RulesEdition rules)
{
    for (const Creature& creature : list) {
        if (creature.name == name && creature.rules == rules)
            return &creature;
    }
    return nullptr;
}

inline const CreatureAction* action(const QList<CreatureAction>& list, const QString& name)
{
    for (const CreatureAction& entry : list) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

inline QStringList names(const QList<CreatureAction>& list)
{
    QStringList result;
    for (const CreatureAction& entry : list)
        result << entry.name;
    return result;
}

inline DamageRoll roll(const char* dice, const char* type)
{
    return DamageRoll{QLatin1String(dice), QLatin1String(type)};
}

inline void checkAbilities(const Creature& c, std::array<int, 6> scores)
{
    for (int i = 0; i < 6; ++i)
        QCOMPARE(c.abilities.score(kAllAbilities[i]), scores[i]);
}

// SRD 5.1: legendary actions with costs, legendary resistance, a breath with a recharge.
inline void checkAdultRedDragon2014(const Creature& c)
{
    QCOMPARE(c.rules, RulesEdition::Srd2014);
    QCOMPARE(c.size, QStringLiteral("huge"));
    QCOMPARE(c.type, QStringLiteral("dragon"));
    QCOMPARE(c.alignment, QStringLiteral("chaotic evil"));
    QCOMPARE(c.ac, 19);
    QCOMPARE(c.acNotes, QStringLiteral("natural armor"));
    QCOMPARE(c.hp, 256);
    QCOMPARE(c.hitDice, QStringLiteral("19d12+133"));
    QCOMPARE(c.speed.walk, 40);
    QCOMPARE(c.speed.climb, 40);
    QCOMPARE(c.speed.fly, 80);
    QCOMPARE(c.speed.swim, 0);
    checkAbilities(c, {27, 10, 25, 16, 13, 21});
    QCOMPARE(c.savingThrows, (QMap<QString, int>{{QStringLiteral("dexterity"), 6},
                                                 {QStringLiteral("constitution"), 13},
                                                 {QStringLiteral("wisdom"), 7},
                                                 {QStringLiteral("charisma"), 11}}));
    QCOMPARE(c.skills,
             (QMap<QString, int>{{QStringLiteral("perception"), 13}, {QStringLiteral("stealth"), 6}}));
    QCOMPARE(c.senses,
             (QStringList{QStringLiteral("blindsight 60 ft."), QStringLiteral("darkvision 120 ft.")}));
    QCOMPARE(c.passivePerception, 23);
    QCOMPARE(c.languages, (QStringList{QStringLiteral("Common"), QStringLiteral("Draconic")}));
    QCOMPARE(c.damageImmunities, QStringList{QStringLiteral("fire")});
    QVERIFY(c.damageResistances.isEmpty());
    QVERIFY(c.conditionImmunities.isEmpty());
    QCOMPARE(c.challengeRating, QStringLiteral("17"));
    QCOMPARE(c.xp, 18000);
    QCOMPARE(c.proficiencyBonus, 6);
    QCOMPARE(c.legendaryResistances, 3);
    QCOMPARE(c.legendaryActionsPerRound, 3);
    QCOMPARE(names(c.actions),
             (QStringList{QStringLiteral("Multiattack"), QStringLiteral("Bite"), QStringLiteral("Claw"),
                          QStringLiteral("Tail"), QStringLiteral("Frightful Presence"),
                          QStringLiteral("Fire Breath")}));
    const CreatureAction* bite = action(c.actions, QStringLiteral("Bite"));
    QCOMPARE(bite->attackBonus, std::optional<int>(14));
    QCOMPARE(bite->damage, (QList<DamageRoll>{roll("2d10+8", "piercing"), roll("2d6", "fire")}));
    QCOMPARE(action(c.actions, QStringLiteral("Claw"))->damage, QList<DamageRoll>{roll("2d6+8", "slashing")});
    QCOMPARE(action(c.actions, QStringLiteral("Tail"))->damage,
             QList<DamageRoll>{roll("2d8+8", "bludgeoning")});
    const CreatureAction* presence = action(c.actions, QStringLiteral("Frightful Presence"));
    QCOMPARE(presence->saveDc, std::optional<int>(19));
    QCOMPARE(presence->saveAbility, QStringLiteral("wisdom"));
    const CreatureAction* breath = action(c.actions, QStringLiteral("Fire Breath"));
    QCOMPARE(breath->rechargeOn, 5);
    QCOMPARE(breath->saveDc, std::optional<int>(21));
    QCOMPARE(breath->saveAbility, QStringLiteral("dexterity"));
    QCOMPARE(breath->damage, QList<DamageRoll>{roll("18d6", "fire")});
    QCOMPARE(names(c.legendaryActions), (QStringList{QStringLiteral("Detect"), QStringLiteral("Tail Attack"),
                                                     QStringLiteral("Wing Attack (Costs 2 Actions)")}));
    QCOMPARE(action(c.legendaryActions, QStringLiteral("Detect"))->cost, 1);
    const CreatureAction* wing = action(c.legendaryActions, QStringLiteral("Wing Attack (Costs 2 Actions)"));
    QCOMPARE(wing->cost, 2);
    QCOMPARE(wing->saveDc, std::optional<int>(22));
    QCOMPARE(wing->saveAbility, QStringLiteral("dexterity"));
    QCOMPARE(wing->damage, QList<DamageRoll>{roll("2d6+8", "bludgeoning")});
}

// SRD 5.2: initiative bonus, only proficient saves, Rend with two damage types, spellcasting figures.
inline void checkAncientRedDragon2024(const Creature& c)
{
    QCOMPARE(c.rules, RulesEdition::Srd2024);
    QCOMPARE(c.size, QStringLiteral("gargantuan"));
    QCOMPARE(c.type, QStringLiteral("dragon"));
    QCOMPARE(c.alignment, QStringLiteral("chaotic evil"));
    QCOMPARE(c.ac, 22);
    QCOMPARE(c.hp, 507);
    QCOMPARE(c.hitDice, QStringLiteral("26d20+234"));
    QCOMPARE(c.speed.walk, 40);
    QCOMPARE(c.speed.climb, 40);
    QCOMPARE(c.speed.fly, 80);
    checkAbilities(c, {30, 10, 29, 18, 15, 27});
    QCOMPARE(c.savingThrows,
             (QMap<QString, int>{{QStringLiteral("dexterity"), 7}, {QStringLiteral("wisdom"), 9}}));
    QCOMPARE(c.skills,
             (QMap<QString, int>{{QStringLiteral("perception"), 16}, {QStringLiteral("stealth"), 7}}));
    QCOMPARE(c.passivePerception, 26);
    QCOMPARE(c.damageImmunities, QStringList{QStringLiteral("fire")});
    QCOMPARE(c.initiativeBonus, std::optional<int>(14));
    QCOMPARE(c.initiativeModifier(), 14);
    QCOMPARE(c.challengeRating, QStringLiteral("24"));
    QCOMPARE(c.xp, 62000);
    QCOMPARE(c.proficiencyBonus, 7);
    QCOMPARE(c.legendaryResistances, 4);
    QCOMPARE(c.legendaryActionsPerRound, 3);
    QCOMPARE(names(c.legendaryActions),
             (QStringList{QStringLiteral("Commanding Presence"), QStringLiteral("Fiery Rays"),
                          QStringLiteral("Pounce")}));
    for (const CreatureAction& legendary : c.legendaryActions)
        QCOMPARE(legendary.cost, 1);
    const CreatureAction* rend = action(c.actions, QStringLiteral("Rend"));
    QCOMPARE(rend->attackBonus, std::optional<int>(17));
    QCOMPARE(rend->damage, (QList<DamageRoll>{roll("2d8+10", "slashing"), roll("3d6", "fire")}));
    const CreatureAction* breath = action(c.actions, QStringLiteral("Fire Breath"));
    QCOMPARE(breath->rechargeOn, 5);
    QCOMPARE(breath->saveDc, std::optional<int>(24));
    QCOMPARE(breath->saveAbility, QStringLiteral("dexterity"));
    QCOMPARE(breath->damage, QList<DamageRoll>{roll("26d6", "fire")});
    const CreatureAction* spellcasting = action(c.actions, QStringLiteral("Spellcasting"));
    QCOMPARE(spellcasting->saveDc, std::optional<int>(23));
    QCOMPARE(spellcasting->attackBonus, std::optional<int>(15));
}

// SRD 5.1 spellcaster: spell save DC and attack bonus from the Spellcasting trait, legendary costs.
inline void checkLich2014(const Creature& c)
{
    QCOMPARE(c.type, QStringLiteral("undead"));
    QCOMPARE(c.ac, 17);
    QCOMPARE(c.hp, 135);
    QCOMPARE(c.hitDice, QStringLiteral("18d8+54"));
    checkAbilities(c, {11, 16, 16, 20, 14, 16});
    QCOMPARE(c.savingThrows, (QMap<QString, int>{{QStringLiteral("constitution"), 10},
                                                 {QStringLiteral("intelligence"), 12},
                                                 {QStringLiteral("wisdom"), 9}}));
    QCOMPARE(c.skills.value(QStringLiteral("arcana")), 18);
    QCOMPARE(c.damageResistances,
             (QStringList{QStringLiteral("cold"), QStringLiteral("lightning"), QStringLiteral("necrotic")}));
    QCOMPARE(c.conditionImmunities.size(), 5);
    QCOMPARE(c.challengeRating, QStringLiteral("21"));
    QCOMPARE(c.xp, 33000);
    QCOMPARE(c.legendaryResistances, 3);
    const CreatureAction* spellcasting = action(c.traits, QStringLiteral("Spellcasting"));
    QCOMPARE(spellcasting->saveDc, std::optional<int>(20));
    QCOMPARE(spellcasting->attackBonus, std::optional<int>(12));
    const CreatureAction* touch = action(c.actions, QStringLiteral("Paralyzing Touch"));
    QCOMPARE(touch->attackBonus, std::optional<int>(12));
    QCOMPARE(touch->damage, QList<DamageRoll>{roll("3d6", "cold")});
    const CreatureAction* disrupt =
        action(c.legendaryActions, QStringLiteral("Disrupt Life (Costs 3 Actions)"));
    QCOMPARE(disrupt->cost, 3);
    QCOMPARE(disrupt->saveDc, std::optional<int>(18));
    QCOMPARE(disrupt->saveAbility, QStringLiteral("constitution"));
    QCOMPARE(disrupt->damage, QList<DamageRoll>{roll("6d6", "necrotic")});
}

// SRD 5.2 spellcaster: spell save DC in the Spellcasting action, typed damage on its attacks.
inline void checkLich2024(const Creature& c)
{
    QCOMPARE(c.ac, 20);
    QCOMPARE(c.hp, 315);
    QCOMPARE(c.hitDice, QStringLiteral("42d8+126"));
    QCOMPARE(c.initiativeBonus, std::optional<int>(17));
    checkAbilities(c, {11, 16, 16, 21, 14, 16});
    QCOMPARE(c.legendaryResistances, 4);
    QCOMPARE(c.legendaryActionsPerRound, 3);
    QCOMPARE(c.damageImmunities, (QStringList{QStringLiteral("necrotic"), QStringLiteral("poison")}));
    QCOMPARE(action(c.actions, QStringLiteral("Spellcasting"))->saveDc, std::optional<int>(20));
    const CreatureAction* burst = action(c.actions, QStringLiteral("Eldritch Burst"));
    QCOMPARE(burst->attackBonus, std::optional<int>(12));
    QCOMPARE(burst->damage, QList<DamageRoll>{roll("4d12+5", "force")});
    QCOMPARE(action(c.actions, QStringLiteral("Paralyzing Touch"))->damage,
             QList<DamageRoll>{roll("3d6+5", "cold")});
    const CreatureAction* disrupt = action(c.legendaryActions, QStringLiteral("Disrupt Life"));
    QCOMPARE(disrupt->saveDc, std::optional<int>(20));
    QCOMPARE(disrupt->saveAbility, QStringLiteral("constitution"));
    QCOMPARE(disrupt->damage, QList<DamageRoll>{roll("9d6", "necrotic")});
}

// A breath that recharges on 5-6, in both rule sets; the 2024 bite adds a typed second roll.
inline void checkHellHound(const Creature& c)
{
    const bool srd2024 = c.rules == RulesEdition::Srd2024;
    QCOMPARE(c.type, QStringLiteral("fiend"));
    QCOMPARE(c.ac, 15);
    QCOMPARE(c.hp, srd2024 ? 58 : 45);
    QCOMPARE(c.hitDice, srd2024 ? QStringLiteral("9d8+18") : QStringLiteral("7d8+14"));
    QCOMPARE(c.speed.walk, 50);
    checkAbilities(c, {17, 12, 14, 6, 13, 6});
    QCOMPARE(c.challengeRating, QStringLiteral("3"));
    QCOMPARE(c.xp, 700);
    QCOMPARE(c.damageImmunities, QStringList{QStringLiteral("fire")});
    const CreatureAction* bite = action(c.actions, QStringLiteral("Bite"));
    QCOMPARE(bite->attackBonus, std::optional<int>(5));
    QCOMPARE(bite->damage, (QList<DamageRoll>{roll("1d8+3", "piercing"),
                                              srd2024 ? roll("1d6", "fire") : roll("2d6", "fire")}));
    const CreatureAction* breath = action(c.actions, QStringLiteral("Fire Breath"));
    QCOMPARE(breath->rechargeOn, 5);
    QCOMPARE(breath->saveDc, std::optional<int>(12));
    QCOMPARE(breath->saveAbility, QStringLiteral("dexterity"));
    QCOMPARE(breath->damage, QList<DamageRoll>{srd2024 ? roll("5d6", "fire") : roll("6d6", "fire")});
}

} // namespace dnd::test::srd
