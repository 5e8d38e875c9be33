#include "playerdisplay/PlayerBoard.h"

#include "rules/HealthDescription.h"

#include <QCoreApplication>

namespace dnd::gui {

PlayerBoard PlayerBoard::build(const Encounter& encounter, const QList<Participant>& participants,
                               PlayerHpMode mode)
{
    return fromView(
        publicView(encounter, participants,
                   mode == PlayerHpMode::Numbers ? CharacterHpShown::Numbers : CharacterHpShown::Words));
}

PlayerBoard PlayerBoard::fromView(const PublicEncounterView& view)
{
    PlayerBoard board;
    board.title = view.title;
    board.inCombat = view.inCombat;
    board.paused = view.paused;
    board.round = view.round;
    for (const PublicCombatant& combatant : view.combatants) {
        PlayerBoardRow row;
        row.participantId = combatant.id;
        row.name = combatant.name;
        row.isCharacter = combatant.isCharacter;
        row.healthKey = healthStateKey(combatant.health);
        if (combatant.dying || combatant.stable) {
            row.health = combatant.stable ? QCoreApplication::translate("dnd::gui::PlayerBoard", "Stable")
                                          : QCoreApplication::translate("dnd::gui::PlayerBoard", "Dying");
        } else if (combatant.currentHp && combatant.maxHp) {
            row.health = combatant.tempHp
                             ? QCoreApplication::translate("dnd::gui::PlayerBoard", "%1 / %2 (+%3)")
                                   .arg(*combatant.currentHp)
                                   .arg(*combatant.maxHp)
                                   .arg(*combatant.tempHp)
                             : QCoreApplication::translate("dnd::gui::PlayerBoard", "%1 / %2")
                                   .arg(*combatant.currentHp)
                                   .arg(*combatant.maxHp);
        } else {
            row.health = healthStateLabel(combatant.health);
        }
        for (const PublicCondition& condition : combatant.conditions)
            row.conditions.append(condition.name);
        row.current = combatant.id == view.currentId;
        row.next = combatant.id == view.nextId;
        if (row.current)
            board.currentName = row.name;
        if (row.next)
            board.nextName = row.name;
        board.rows.append(row);
    }
    return board;
}

QStringList PlayerBoard::names() const
{
    QStringList result;
    for (const PlayerBoardRow& row : rows)
        result.append(row.name);
    return result;
}

} // namespace dnd::gui
