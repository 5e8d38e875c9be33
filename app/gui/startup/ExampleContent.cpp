#include "startup/ExampleContent.h"

#include "bestiary/Bestiary.h"
#include "bestiary/CreatureSearch.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"
#include "store/LocalStore.h"

#include <QCoreApplication>

namespace dnd::gui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("dnd::gui::ExampleContent", text);
}

Character makeCharacter(const QString& partyId, const QString& name, const QString& player,
                        const QString& race, const QString& className, int ac, int hp,
                        std::array<int, 6> scores)
{
    Character character;
    character.id = LocalStore::newId();
    character.partyId = partyId;
    character.name = name;
    character.playerName = player;
    character.race = race;
    character.classes = {{className, 3}};
    character.level = 3;
    character.ac = ac;
    character.maxHp = hp;
    character.currentHp = hp;
    character.hitDice = QStringLiteral("3d8");
    character.abilities.scores = scores;
    return character;
}

Participant fromCharacter(const QString& encounterId, const Character& character)
{
    Participant participant;
    participant.id = LocalStore::newId();
    participant.encounterId = encounterId;
    participant.kind = ParticipantKind::Character;
    participant.characterId = character.id;
    participant.name = character.name;
    participant.initiativeModifier = character.initiativeModifier();
    participant.dexterity = character.abilities.score(Ability::Dexterity);
    participant.maxHp = character.maxHp;
    participant.currentHp = character.currentHp;
    participant.ac = character.ac;
    return participant;
}

// The bundled template with exactly this name in this rule set, if the store holds it.
std::optional<Creature> bundledTemplate(LocalStore& store, const QString& name, RulesEdition rules)
{
    CreatureQuery query;
    query.text = name;
    query.rules = rules;
    query.source = rules == RulesEdition::Srd2014 ? Bestiary::kSource2014 : Bestiary::kSource2024;
    query.includeCustom = false;
    for (const CreatureSummary& summary : CreatureSearch::search(store, query)) {
        if (summary.isTemplate && summary.name.compare(name, Qt::CaseInsensitive) == 0)
            return store.get<Creature>(summary.id);
    }
    return std::nullopt;
}

// A monster as the tracker adds one from the bestiary: the template's figures, defences, limited
// resources and recharging abilities. Without the template, the figures given here.
struct MonsterFigures {
    QString templateName;
    RulesEdition rules = RulesEdition::Srd2014;
    int ac = 10;
    int hp = 1;
    int dexterity = 10;
};

Participant monster(LocalStore& store, const QString& encounterId, const QString& name,
                    const MonsterFigures& figures)
{
    Participant participant;
    participant.id = LocalStore::newId();
    participant.encounterId = encounterId;
    participant.kind = ParticipantKind::Creature;
    participant.name = name;
    const std::optional<Creature> creature = bundledTemplate(store, figures.templateName, figures.rules);
    if (!creature) {
        participant.groupKey = figures.templateName.toLower();
        participant.initiativeModifier = abilityModifier(figures.dexterity);
        participant.dexterity = figures.dexterity;
        participant.maxHp = figures.hp;
        participant.currentHp = figures.hp;
        participant.ac = figures.ac;
        return participant;
    }
    participant.creatureId = creature->id;
    participant.groupKey = creature->id;
    participant.initiativeModifier = creature->initiativeModifier();
    participant.dexterity = creature->abilities.score(Ability::Dexterity);
    participant.maxHp = creature->hp;
    participant.currentHp = creature->hp;
    participant.ac = creature->ac;
    participant.damageResistances = creature->damageResistances;
    participant.damageImmunities = creature->damageImmunities;
    participant.damageVulnerabilities = creature->damageVulnerabilities;
    participant.conditionImmunities = creature->conditionImmunities;
    participant.legendaryActionsMax = creature->legendaryActionsPerRound;
    participant.legendaryActionsLeft = creature->legendaryActionsPerRound;
    participant.legendaryResistancesMax = creature->legendaryResistances;
    participant.legendaryResistancesLeft = creature->legendaryResistances;
    for (const QList<CreatureAction>* list : {&creature->traits, &creature->actions, &creature->bonusActions,
                                              &creature->reactions, &creature->legendaryActions}) {
        for (const CreatureAction& action : *list) {
            if (action.rechargeOn > 0)
                participant.recharges.append(RechargeState{action.name, action.rechargeOn, true});
        }
    }
    return participant;
}
} // namespace

ExampleContent ExampleContent::make(LocalStore& store)
{
    ExampleContent content;
    Party party;
    party.id = LocalStore::newId();
    party.name = tr("The Lantern Bearers");
    party.description = tr("An example party of four level-3 adventurers.");
    content.partyId = party.id;
    content.changes.put(party);

    const QList<Character> characters{
        makeCharacter(party.id, tr("Brakka"), tr("Sam"), tr("Half-Orc"), tr("Fighter"), 18, 31,
                      {16, 12, 16, 8, 10, 10}),
        makeCharacter(party.id, tr("Elowen"), tr("Ana"), tr("Elf"), tr("Wizard"), 12, 17,
                      {8, 16, 14, 16, 12, 10}),
        makeCharacter(party.id, tr("Tobin"), tr("Lee"), tr("Halfling"), tr("Rogue"), 14, 24,
                      {10, 17, 14, 12, 12, 10}),
        makeCharacter(party.id, tr("Sister Maud"), tr("Kim"), tr("Human"), tr("Cleric"), 16, 24,
                      {14, 10, 14, 10, 16, 12}),
    };
    for (const Character& character : characters)
        content.changes.put(character);

    Encounter encounter;
    encounter.id = LocalStore::newId();
    encounter.name = tr("Ambush at the Old Bridge");
    encounter.description = tr("Goblins wait under the bridge; their boss watches from the trees.");
    encounter.partyId = party.id;
    encounter.notes = tr("The boss flees when bloodied. A third goblin hides in the reeds until round 2.");
    content.encounterId = encounter.id;
    content.changes.put(encounter);

    for (const Character& character : characters)
        content.changes.put(fromCharacter(encounter.id, character));
    const MonsterFigures goblin{QStringLiteral("Goblin"), RulesEdition::Srd2014, 15, 7, 14};
    for (int i = 1; i <= 3; ++i) {
        Participant participant = monster(store, encounter.id, tr("Goblin %1").arg(i), goblin);
        participant.hidden = i == 3;
        content.changes.put(participant);
    }
    content.changes.put(monster(store, encounter.id, tr("Goblin Boss"),
                                {QStringLiteral("Goblin Boss"), RulesEdition::Srd2024, 17, 21, 14}));
    content.changes.put(monster(store, encounter.id, tr("Wolf"),
                                {QStringLiteral("Wolf"), RulesEdition::Srd2014, 13, 11, 15}));
    return content;
}

} // namespace dnd::gui
