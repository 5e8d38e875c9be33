#pragma once

// Records of every entity kind in which every field holds something other than its default, so a
// field the model or the store forgot to keep shows up as a difference after a round trip. A
// default value would come back unchanged even if the field were never written.

#include "model/CombatLogEntry.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <algorithm>

namespace dnd::test {

// Two records per kind where one record cannot carry every field sensibly (a participant is a
// character or a creature; a creature is a template or the DM's own).
struct CompleteRecords {
    QList<Party> parties;
    QList<Character> characters;
    QList<Creature> creatures;
    QList<Encounter> encounters;
    QList<Participant> participants;
    QList<CombatLogEntry> combatLog;
};

inline AbilityScores distinctAbilities()
{
    AbilityScores abilities;
    int score = 11; // 11-16: none of them the default 10
    for (Ability ability : kAllAbilities)
        abilities.setScore(ability, score++);
    return abilities;
}

inline CreatureAction completeAction(const QString& name, int cost)
{
    CreatureAction action;
    action.name = name;
    action.description = name + QStringLiteral(": what it does.");
    action.attackBonus = 9;
    action.damage = {{QStringLiteral("2d10+5"), QStringLiteral("fire")},
                     {QStringLiteral("1d6"), QStringLiteral("poison")}};
    action.saveDc = 17;
    action.saveAbility = QStringLiteral("dexterity");
    action.rechargeOn = 5;
    action.usesPerDay = 3;
    action.cost = cost;
    return action;
}

inline CompleteRecords completeRecords()
{
    CompleteRecords records;

    Party party;
    party.id = LocalStore::newId();
    party.name = QStringLiteral("The Ashen Road");
    party.description = QStringLiteral("Campaign two");
    party.archived = true;
    records.parties = {party};

    Character hero;
    hero.id = LocalStore::newId();
    hero.partyId = party.id;
    hero.name = QStringLiteral("Tamsin");
    hero.playerName = QStringLiteral("Ruth");
    hero.race = QStringLiteral("Dwarf");
    hero.classes = {{QStringLiteral("Cleric"), 4}, {QStringLiteral("Fighter"), 3}};
    hero.level = 7;
    hero.ac = 18;
    hero.maxHp = 61;
    hero.currentHp = 40;
    hero.tempHp = 5;
    hero.hitDice = QStringLiteral("4d8+3d10");
    hero.hitDiceSpent = 2;
    hero.speed = 25;
    hero.abilities = distinctAbilities();
    hero.initiativeBonus = 1;
    hero.proficiencyBonus = 3;
    hero.features = {QStringLiteral("Channel Divinity"), QStringLiteral("Second Wind")};
    hero.equipment = {QStringLiteral("Warhammer"), QStringLiteral("Shield")};
    hero.notes = QStringLiteral("Keeps the party's coin.");
    hero.externalId = QStringLiteral("ddb:4471");
    records.characters = {hero};

    Creature custom;
    custom.id = LocalStore::newId();
    custom.name = QStringLiteral("Ember Drake");
    custom.size = QStringLiteral("huge");
    custom.type = QStringLiteral("dragon");
    custom.subtype = QStringLiteral("chromatic");
    custom.alignment = QStringLiteral("neutral evil");
    custom.ac = 19;
    custom.acNotes = QStringLiteral("natural armor");
    custom.hp = 256;
    custom.hitDice = QStringLiteral("19d12+133");
    custom.speed = {40, 20, 80, 30, 15, true};
    custom.abilities = distinctAbilities();
    custom.savingThrows = {{QStringLiteral("dexterity"), 6}, {QStringLiteral("wisdom"), 7}};
    custom.skills = {{QStringLiteral("perception"), 13}, {QStringLiteral("stealth"), 6}};
    custom.senses = {QStringLiteral("blindsight 60 ft."), QStringLiteral("darkvision 120 ft.")};
    custom.passivePerception = 23;
    custom.languages = {QStringLiteral("Common"), QStringLiteral("Draconic")};
    custom.damageResistances = {QStringLiteral("cold")};
    custom.damageImmunities = {QStringLiteral("fire")};
    custom.damageVulnerabilities = {QStringLiteral("thunder")};
    custom.conditionImmunities = {QStringLiteral("frightened")};
    custom.challengeRating = QStringLiteral("17");
    custom.xp = 18000;
    custom.proficiencyBonus = 6;
    custom.initiativeBonus = 4;
    custom.traits = {completeAction(QStringLiteral("Fire Aura"), 1)};
    custom.actions = {completeAction(QStringLiteral("Fire Breath"), 1)};
    custom.bonusActions = {completeAction(QStringLiteral("Wing Flick"), 1)};
    custom.reactions = {completeAction(QStringLiteral("Tail Swipe"), 1)};
    custom.legendaryActionsPerRound = 3;
    custom.legendaryActions = {completeAction(QStringLiteral("Wing Attack"), 2)};
    custom.legendaryResistances = 3;
    custom.lairActions = {completeAction(QStringLiteral("Magma Eruption"), 1)};
    custom.rules = RulesEdition::Srd2024;
    custom.source = QStringLiteral("Custom");
    custom.tags = {QStringLiteral("boss"), QStringLiteral("volcano")};
    custom.externalId = QStringLiteral("homebrew:ember-drake");

    Creature bundled = custom;
    bundled.id = LocalStore::newId();
    bundled.name = QStringLiteral("Ember Drake (template)");
    bundled.isTemplate = true;
    bundled.source = QStringLiteral("SRD 5.2");
    records.creatures = {custom, bundled};

    Encounter encounter;
    encounter.id = LocalStore::newId();
    encounter.name = QStringLiteral("The caldera");
    encounter.description = QStringLiteral("The drake's lair at the top of the volcano.");
    encounter.partyId = party.id;
    encounter.rules = RulesEdition::Srd2024;
    encounter.status = EncounterStatus::Active;
    encounter.lair.enabled = true;
    encounter.lair.initiative = 19;
    encounter.lair.actions = {completeAction(QStringLiteral("Ash Cloud"), 1)};
    encounter.options = {true, true, true};
    encounter.notes = QStringLiteral("Lava rises every third round.");

    Participant pc;
    pc.id = LocalStore::newId();
    pc.encounterId = encounter.id;
    pc.kind = ParticipantKind::Character;
    pc.characterId = hero.id;
    pc.name = hero.name;
    pc.alias = QStringLiteral("Tam");
    pc.groupKey = QStringLiteral("party");
    pc.initiative = 17;
    pc.initiativeRoll = 16;
    pc.initiativeModifier = 1;
    pc.dexterity = 9;
    pc.initiativeMode = InitiativeMode::Advantage;
    pc.tieBreakRank = 2;
    pc.maxHp = 61;
    pc.maxHpOverride = 70;
    pc.currentHp = 0;
    pc.tempHp = 3;
    pc.ac = 20;
    pc.damageResistances = {QStringLiteral("fire")};
    pc.damageImmunities = {QStringLiteral("poison")};
    pc.damageVulnerabilities = {QStringLiteral("cold")};
    pc.conditionImmunities = {QStringLiteral("charmed")};
    ActiveCondition blessed;
    blessed.id = LocalStore::newId();
    blessed.key = QStringLiteral("custom");
    blessed.label = QStringLiteral("Blessed");
    blessed.level = 2;
    blessed.remainingRounds = 10;
    blessed.timing = DurationTiming::TurnStart;
    blessed.anchorParticipantId = LocalStore::newId();
    blessed.hiddenFromPlayers = true;
    blessed.note = QStringLiteral("+1d4 to attacks and saves");
    blessed.skipNextTick = true;
    pc.conditions = {blessed};
    pc.concentrating = true;
    pc.concentrationNote = QStringLiteral("Bless");
    pc.deathSaves = {1, 2, true, true};
    pc.defeated = true;
    pc.hidden = true;
    pc.reactionUsed = true;
    pc.legendaryActionsMax = 1;
    pc.legendaryActionsLeft = 1;
    pc.legendaryResistancesMax = 1;
    pc.legendaryResistancesLeft = 1;
    pc.recharges = {{QStringLiteral("Channel Divinity"), 5, false}};
    pc.notes = QStringLiteral("Down after the breath.");

    Participant monster;
    monster.id = LocalStore::newId();
    monster.encounterId = encounter.id;
    monster.kind = ParticipantKind::Creature;
    monster.creatureId = custom.id;
    monster.name = custom.name;
    monster.initiative = 12;
    monster.initiativeRoll = 8;
    monster.maxHp = 256;
    monster.currentHp = 200;
    monster.ac = 19;
    monster.legendaryActionsMax = 3;
    monster.legendaryActionsLeft = 2;
    monster.legendaryResistancesMax = 3;
    monster.legendaryResistancesLeft = 2;
    records.participants = {pc, monster};

    encounter.combat.round = 3;
    encounter.combat.turnIndex = 1;
    encounter.combat.order = {pc.id, monster.id};
    encounter.combat.startedAtMs = 1'700'000'000'000;
    encounter.combat.elapsedMs = 95'000;
    encounter.combat.runningSinceMs = 1'700'000'100'000;
    records.encounters = {encounter};

    CombatLogEntry entry;
    entry.id = LocalStore::newId();
    entry.encounterId = encounter.id;
    entry.sequence = 12;
    entry.timestampMs = 1'700'000'090'000;
    entry.round = 3;
    entry.turn = 1;
    entry.actor = custom.name;
    entry.target = pc.alias;
    entry.action = QStringLiteral("damage");
    entry.before = QJsonObject{{QStringLiteral("currentHp"), 40}};
    entry.after = QJsonObject{{QStringLiteral("currentHp"), 0}};
    entry.details = QJsonObject{{QStringLiteral("dice"), QStringLiteral("16d6")},
                                {QStringLiteral("damageType"), QStringLiteral("fire")}};
    records.combatLog = {entry};
    return records;
}

template <typename Entity> QList<QJsonObject> jsonOf(const QList<Entity>& entities)
{
    QList<QJsonObject> documents;
    for (const Entity& entity : entities)
        documents.append(entity.toJson());
    return documents;
}

// The paths ("a.b", "list[].field") of the defaults' fields that no sample sets to another value.
// Nested objects are compared field by field; a list counts as set when a sample's list differs.
inline QStringList fieldsLeftAtDefault(const QList<QJsonObject>& samples, const QJsonObject& defaults,
                                       const QString& prefix = {})
{
    QStringList unset;
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.key() == QLatin1String("id"))
            continue;
        if (it.value().isObject() && !it.value().toObject().isEmpty()) {
            QList<QJsonObject> nested;
            for (const QJsonObject& sample : samples)
                nested.append(sample.value(it.key()).toObject());
            unset << fieldsLeftAtDefault(nested, it.value().toObject(), path);
            continue;
        }
        bool set = false;
        for (const QJsonObject& sample : samples)
            set = set || (sample.contains(it.key()) && sample.value(it.key()) != it.value());
        if (!set)
            unset << path;
    }
    return unset;
}

// Whether a document holds a path such as "speed.fly" or "actions[].saveDc" (any element of the list).
inline bool hasPath(const QJsonValue& value, const QString& path)
{
    if (path.isEmpty())
        return !value.isUndefined() && !value.isNull();
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    QString head = dot < 0 ? path : path.left(dot);
    const QString rest = dot < 0 ? QString() : path.mid(dot + 1);
    const bool anyElement = head.endsWith(QLatin1String("[]"));
    if (anyElement)
        head.chop(2);
    const QJsonValue child = value.toObject().value(head);
    if (!anyElement)
        return hasPath(child, rest);
    const QJsonArray array = child.toArray();
    return std::any_of(array.begin(), array.end(),
                       [&](const QJsonValue& element) { return hasPath(element, rest); });
}

} // namespace dnd::test
