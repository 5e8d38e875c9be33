#include "ExampleContent.h"

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

Participant monster(const QString& encounterId, const QString& name, const QString& alias, int ac, int hp,
                    int dexterity, const QString& group)
{
    Participant participant;
    participant.id = LocalStore::newId();
    participant.encounterId = encounterId;
    participant.kind = ParticipantKind::Creature;
    participant.name = name;
    participant.alias = alias;
    participant.groupKey = group;
    participant.initiativeModifier = abilityModifier(dexterity);
    participant.dexterity = dexterity;
    participant.maxHp = hp;
    participant.currentHp = hp;
    participant.ac = ac;
    return participant;
}
} // namespace

ExampleContent ExampleContent::make()
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
    const QString goblin = tr("Goblin");
    for (int i = 1; i <= 3; ++i) {
        Participant participant = monster(encounter.id, goblin, tr("%1 %2").arg(goblin).arg(i), 15, 7, 14,
                                          QStringLiteral("goblin"));
        participant.hidden = i == 3;
        content.changes.put(participant);
    }
    Participant boss =
        monster(encounter.id, tr("Goblin Boss"), {}, 17, 21, 14, QStringLiteral("goblin-boss"));
    content.changes.put(boss);
    content.changes.put(monster(encounter.id, tr("Wolf"), {}, 13, 11, 15, QStringLiteral("wolf")));
    return content;
}

} // namespace dnd::gui
