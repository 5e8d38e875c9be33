#pragma once

// Valid records of every entity kind, for tests that need realistic data to start from.

#include "model/CombatLogEntry.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"
#include "store/LocalStore.h"

namespace dnd::test {

inline Party sampleParty(const QString& name = QStringLiteral("The Lantern Bearers"))
{
    Party party;
    party.id = LocalStore::newId();
    party.name = name;
    party.description = QStringLiteral("Thursday group");
    return party;
}

inline Character sampleCharacter(const QString& partyId, const QString& name = QStringLiteral("Mirela"))
{
    Character c;
    c.id = LocalStore::newId();
    c.partyId = partyId;
    c.name = name;
    c.playerName = QStringLiteral("Ana");
    c.race = QStringLiteral("Half-elf");
    c.classes = {{QStringLiteral("Bard"), 3}, {QStringLiteral("Warlock"), 2}};
    c.level = 5;
    c.ac = 15;
    c.maxHp = 38;
    c.currentHp = 31;
    c.tempHp = 4;
    c.hitDice = QStringLiteral("3d8+2d8");
    c.abilities.setScore(Ability::Charisma, 18);
    c.abilities.setScore(Ability::Dexterity, 14);
    c.proficiencyBonus = 3;
    c.features = {QStringLiteral("Bardic Inspiration"), QStringLiteral("Eldritch Blast")};
    c.equipment = {QStringLiteral("Rapier"), QStringLiteral("Lute")};
    c.notes = QStringLiteral("Owes the thieves' guild a favour.");
    return c;
}

inline Creature sampleCreature(const QString& name = QStringLiteral("Cave Troll"))
{
    Creature c;
    c.id = LocalStore::newId();
    c.name = name;
    c.size = QStringLiteral("large");
    c.type = QStringLiteral("giant");
    c.alignment = QStringLiteral("chaotic evil");
    c.ac = 15;
    c.acNotes = QStringLiteral("natural armor");
    c.hp = 84;
    c.hitDice = QStringLiteral("8d10+40");
    c.speed.walk = 30;
    c.speed.climb = 20;
    c.abilities.setScore(Ability::Strength, 18);
    c.abilities.setScore(Ability::Constitution, 20);
    c.abilities.setScore(Ability::Intelligence, 7);
    c.savingThrows.insert(QStringLiteral("constitution"), 8);
    c.skills.insert(QStringLiteral("perception"), 2);
    c.senses = {QStringLiteral("darkvision 60 ft.")};
    c.passivePerception = 12;
    c.languages = {QStringLiteral("Giant")};
    c.damageVulnerabilities = {QStringLiteral("fire"), QStringLiteral("acid")};
    c.challengeRating = QStringLiteral("5");
    c.xp = 1800;
    c.proficiencyBonus = 3;
    CreatureAction bite;
    bite.name = QStringLiteral("Bite");
    bite.attackBonus = 7;
    bite.damage = {{QStringLiteral("1d6+4"), QStringLiteral("piercing")}};
    CreatureAction roar;
    roar.name = QStringLiteral("Roar");
    roar.saveDc = 15;
    roar.saveAbility = QStringLiteral("wisdom");
    roar.rechargeOn = 5;
    c.actions = {bite, roar};
    c.source = QStringLiteral("Custom");
    c.tags = {QStringLiteral("underdark"), QStringLiteral("regeneration")};
    return c;
}

inline Encounter sampleEncounter(const QString& partyId = {})
{
    Encounter e;
    e.id = LocalStore::newId();
    e.name = QStringLiteral("Bridge ambush");
    e.partyId = partyId;
    e.status = EncounterStatus::Planning;
    e.lair.enabled = true;
    e.notes = QStringLiteral("Trolls hide under the bridge.");
    return e;
}

inline Participant sampleParticipant(const QString& encounterId, const QString& creatureId = {})
{
    Participant p;
    p.id = LocalStore::newId();
    p.encounterId = encounterId;
    p.kind = ParticipantKind::Creature;
    p.creatureId = creatureId;
    p.name = QStringLiteral("Cave Troll");
    p.alias = QStringLiteral("Troll 1");
    p.initiative = 14;
    p.initiativeRoll = 12;
    p.initiativeModifier = 2;
    p.maxHp = 84;
    p.currentHp = 60;
    p.ac = 15;
    ActiveCondition prone;
    prone.id = LocalStore::newId();
    prone.key = QStringLiteral("prone");
    prone.remainingRounds = 1;
    p.conditions = {prone};
    p.legendaryActionsMax = 3;
    p.legendaryActionsLeft = 2;
    return p;
}

// One of a combatant's conditions as its document carries it.
inline QJsonObject conditionJson(const QString& id, const QString& key, int remainingRounds)
{
    ActiveCondition condition;
    condition.id = id;
    condition.key = key;
    condition.remainingRounds = remainingRounds;
    return condition.toJson();
}

inline CombatLogEntry sampleLogEntry(const QString& encounterId, qint64 sequence = 1)
{
    CombatLogEntry entry;
    entry.id = LocalStore::newId();
    entry.encounterId = encounterId;
    entry.sequence = sequence;
    entry.timestampMs = 1'700'000'000'000;
    entry.round = 1;
    entry.turn = 2;
    entry.actor = QStringLiteral("Mirela");
    entry.target = QStringLiteral("Troll 1");
    entry.action = QStringLiteral("damage");
    entry.before = QJsonObject{{QStringLiteral("hp"), 84}};
    entry.after = QJsonObject{{QStringLiteral("hp"), 77}};
    return entry;
}

// Writes a store file of many pages (creatures fill the middle of the file) and closes it cleanly,
// so no write-ahead log is left: the starting point of the tests that damage files. Bundled origin
// stores the creatures as read-only templates, Local origin as the DM's own.
inline Status fillStoreFile(const QString& path, int creatureCount,
                            ChangeOrigin origin = ChangeOrigin::Bundled, bool withParty = false)
{
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock);
    if (!store)
        return store.error();
    ChangeSet changes(origin);
    for (int i = 0; i < creatureCount; ++i) {
        Creature creature = sampleCreature(QStringLiteral("Creature %1").arg(i));
        creature.isTemplate = origin == ChangeOrigin::Bundled;
        changes.put(creature);
    }
    if (withParty) {
        const Party party = sampleParty();
        changes.put(party).put(sampleCharacter(party.id));
    }
    const Result<ChangeSet> committed = (*store)->commit(changes);
    return committed ? Status() : Status(committed.error());
}

} // namespace dnd::test
