#include "playerdisplay/PlayerBoard.h"

#include "rules/HealthDescription.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace dnd::gui {

QString conditionDisplayName(const ActiveCondition& condition)
{
    QString name = condition.label;
    if (name.isEmpty()) {
        name = condition.key;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        name = QCoreApplication::translate("dnd::Conditions", name.toUtf8().constData());
    }
    if (condition.level > 0)
        name += QLatin1Char(' ') + QString::number(condition.level);
    return name;
}

QList<Participant> inTurnOrder(const Encounter& encounter, const QList<Participant>& participants)
{
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < encounter.combat.order.size(); ++i)
        position.insert(encounter.combat.order[i], i);
    const auto before = [&](const Participant& a, const Participant& b) {
        const qsizetype pa = position.value(a.id, -1);
        const qsizetype pb = position.value(b.id, -1);
        if ((pa >= 0) != (pb >= 0))
            return pa >= 0;
        if (pa >= 0)
            return pa < pb;
        return a.initiative.value_or(-100) > b.initiative.value_or(-100);
    };
    // The session hands the combatants out in turn order already: share that list, copy none.
    if (std::is_sorted(participants.cbegin(), participants.cend(), before))
        return participants;
    QList<Participant> ordered = participants;
    std::stable_sort(ordered.begin(), ordered.end(), before);
    return ordered;
}

PlayerBoard PlayerBoard::build(const Encounter& encounter, const QList<Participant>& participants,
                               PlayerHpMode mode)
{
    PlayerBoard board;
    board.title = encounter.name;
    board.inCombat =
        encounter.status == EncounterStatus::Active || encounter.status == EncounterStatus::Paused;
    board.round = encounter.combat.round;
    const QList<Participant> ordered = inTurnOrder(encounter, participants);

    QString currentId;
    if (board.inCombat && encounter.combat.turnIndex >= 0 &&
        encounter.combat.turnIndex < encounter.combat.order.size())
        currentId = encounter.combat.order[encounter.combat.turnIndex];
    qsizetype currentIndex = -1;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        if (ordered[i].id == currentId)
            currentIndex = i;
    }

    // The next one up is the next visible combatant still in the fight, wrapping into the next round.
    QString nextId;
    if (board.inCombat && currentIndex >= 0) {
        for (qsizetype step = 1; step < ordered.size(); ++step) {
            const Participant& candidate = ordered[(currentIndex + step) % ordered.size()];
            if (!candidate.hidden && !candidate.defeated && !candidate.deathSaves.dead) {
                nextId = candidate.id;
                break;
            }
        }
    }

    for (const Participant& participant : ordered) {
        if (participant.hidden)
            continue;
        PlayerBoardRow row;
        row.participantId = participant.id;
        row.name = participant.displayName();
        row.isCharacter = participant.isCharacter();
        const HealthState state = describeHealth(participant.currentHp, participant.effectiveMaxHp(),
                                                 participant.defeated || participant.deathSaves.dead);
        row.healthKey = healthStateKey(state);
        if (row.isCharacter && mode == PlayerHpMode::Numbers) {
            row.health = participant.tempHp > 0
                             ? QCoreApplication::translate("dnd::gui::PlayerBoard", "%1 / %2 (+%3)")
                                   .arg(participant.currentHp)
                                   .arg(participant.effectiveMaxHp())
                                   .arg(participant.tempHp)
                             : QCoreApplication::translate("dnd::gui::PlayerBoard", "%1 / %2")
                                   .arg(participant.currentHp)
                                   .arg(participant.effectiveMaxHp());
        } else {
            row.health = healthStateLabel(state);
        }
        if (row.isCharacter && participant.currentHp <= 0 && !participant.deathSaves.dead)
            row.health = participant.deathSaves.stable
                             ? QCoreApplication::translate("dnd::gui::PlayerBoard", "Stable")
                             : QCoreApplication::translate("dnd::gui::PlayerBoard", "Dying");
        for (const ActiveCondition& condition : participant.conditions) {
            if (!condition.hiddenFromPlayers)
                row.conditions.append(conditionDisplayName(condition));
        }
        row.current = participant.id == currentId;
        row.next = participant.id == nextId;
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
