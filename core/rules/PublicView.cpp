#include "rules/PublicView.h"

#include "rules/Conditions.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace dnd {

namespace {

std::optional<HealthState> healthFromKey(const QString& key)
{
    for (HealthState state :
         {HealthState::Healthy, HealthState::Hurt, HealthState::Bloodied, HealthState::Defeated}) {
        if (healthStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

void insertOptional(QJsonObject& object, const QString& key, const std::optional<int>& value)
{
    if (value)
        object.insert(key, *value);
}

std::optional<int> optionalInt(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

PublicCombatant publicCombatant(const Participant& participant, RulesEdition rules,
                                CharacterHpShown characterHp)
{
    PublicCombatant combatant;
    combatant.id = participant.id;
    combatant.name = participant.displayName();
    combatant.isCharacter = participant.isCharacter();
    combatant.health = describeHealth(participant.currentHp, participant.effectiveMaxHp(),
                                      participant.defeated || participant.deathSaves.dead);
    if (combatant.isCharacter && characterHp == CharacterHpShown::Numbers) {
        combatant.currentHp = participant.currentHp;
        combatant.maxHp = participant.effectiveMaxHp();
        if (participant.tempHp > 0)
            combatant.tempHp = participant.tempHp;
    }
    if (combatant.isCharacter && participant.currentHp <= 0 && !participant.deathSaves.dead) {
        combatant.stable = participant.deathSaves.stable;
        combatant.dying = !participant.deathSaves.stable;
    }
    for (const ActiveCondition& condition : participant.conditions) {
        if (condition.hiddenFromPlayers)
            continue;
        combatant.conditions.append({condition.key, rules::Conditions::displayName(condition, rules),
                                     condition.level, condition.remainingRounds});
    }
    return combatant;
}

} // namespace

const PublicCombatant* PublicEncounterView::find(const QString& id) const
{
    if (id.isEmpty())
        return nullptr;
    for (const PublicCombatant& combatant : combatants) {
        if (combatant.id == id)
            return &combatant;
    }
    return nullptr;
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

PublicEncounterView publicView(const Encounter& encounter, const QList<Participant>& participants,
                               CharacterHpShown characterHp)
{
    PublicEncounterView view;
    view.encounterId = encounter.id;
    view.title = encounter.name;
    view.inCombat =
        encounter.status == EncounterStatus::Active || encounter.status == EncounterStatus::Paused;
    view.paused = encounter.status == EncounterStatus::Paused;
    view.round = view.inCombat ? encounter.combat.round : 0;
    const QList<Participant> ordered = inTurnOrder(encounter, participants);

    // Whose turn it is comes from the full order (hidden combatants included), so leaving hidden
    // ones out below never shifts the turn onto somebody else.
    QString activeId;
    if (view.inCombat && encounter.combat.turnIndex >= 0 &&
        encounter.combat.turnIndex < encounter.combat.order.size())
        activeId = encounter.combat.order[encounter.combat.turnIndex];
    qsizetype activeIndex = -1;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        if (ordered[i].id == activeId)
            activeIndex = i;
    }
    if (activeIndex >= 0 && !ordered[activeIndex].hidden)
        view.currentId = activeId;

    // The next one up is the next visible combatant still in the fight, wrapping into the next round.
    if (activeIndex >= 0) {
        for (qsizetype step = 1; step < ordered.size(); ++step) {
            const Participant& candidate = ordered[(activeIndex + step) % ordered.size()];
            if (!candidate.hidden && !candidate.defeated && !candidate.deathSaves.dead) {
                view.nextId = candidate.id;
                break;
            }
        }
    }

    for (const Participant& participant : ordered) {
        if (!participant.hidden)
            view.combatants.append(publicCombatant(participant, encounter.rules, characterHp));
    }
    return view;
}

PublicEncounterView publicView(const QJsonObject& encounterWithParticipants, CharacterHpShown characterHp)
{
    const Encounter encounter = Encounter::fromJson(encounterWithParticipants);
    QList<Participant> participants;
    for (const QJsonValue& value : encounterWithParticipants.value(QStringLiteral("participants")).toArray())
        participants.append(Participant::fromJson(value.toObject()));
    return publicView(encounter, participants, characterHp);
}

QList<PublicViewChange> publicViewChanges(const PublicEncounterView& before, const PublicEncounterView& after)
{
    QList<PublicViewChange> changes;
    if (before == after)
        return changes;
    if (!before.inCombat && after.inCombat)
        changes.append({QLatin1String(kEventCombatStart), {}, {}});
    const bool turnMoved = before.round != after.round || before.currentId != after.currentId;
    if (before.inCombat && after.inCombat && turnMoved)
        changes.append({QLatin1String(kEventTurnAdvance), {}, {}});

    // Who is next changes with every turn; on its own (a combatant defeated, revealed) it is news.
    bool otherChange = before.title != after.title || (!turnMoved && before.nextId != after.nextId) ||
                       before.combatants.size() != after.combatants.size();
    QList<PublicViewChange> added;
    QList<PublicViewChange> removed;
    for (qsizetype i = 0; i < after.combatants.size(); ++i) {
        const PublicCombatant& now = after.combatants[i];
        const PublicCombatant* was = before.find(now.id);
        if (!was) {
            otherChange = true;
            continue;
        }
        if (i >= before.combatants.size() || before.combatants[i].id != now.id || was->name != now.name)
            otherChange = true;
        if (was->health != now.health || was->currentHp != now.currentHp || was->maxHp != now.maxHp ||
            was->tempHp != now.tempHp || was->dying != now.dying || was->stable != now.stable)
            changes.append({QLatin1String(kEventHpChange), now.id, {}});
        for (const PublicCondition& condition : now.conditions) {
            if (!was->conditions.contains(condition))
                added.append({QLatin1String(kEventConditionAdd), now.id, condition.key});
        }
        for (const PublicCondition& condition : was->conditions) {
            if (!now.conditions.contains(condition))
                removed.append({QLatin1String(kEventConditionRemove), now.id, condition.key});
        }
    }
    // A condition whose rounds ran down reads as removed and added again: one add of the new count.
    for (const PublicViewChange& change : std::as_const(added)) {
        const auto same = [&](const PublicViewChange& other) {
            return other.participantId == change.participantId && other.conditionKey == change.conditionKey;
        };
        removed.removeIf(same);
    }
    changes += added;
    changes += removed;
    if (otherChange)
        changes.append({QLatin1String(kEventEncounterUpdate), {}, {}});
    if (before.inCombat && !after.inCombat)
        changes.append({QLatin1String(kEventCombatEnd), {}, {}});
    // Something visible changed that no event above names (a round count alone, say).
    if (changes.isEmpty())
        changes.append({QLatin1String(kEventEncounterUpdate), {}, {}});
    return changes;
}

QJsonObject PublicEncounterView::toJson() const
{
    QJsonArray list;
    for (const PublicCombatant& combatant : combatants) {
        QJsonArray conditionList;
        for (const PublicCondition& condition : combatant.conditions) {
            QJsonObject shown{{QStringLiteral("key"), condition.key},
                              {QStringLiteral("name"), condition.name}};
            if (condition.level > 0)
                shown.insert(QStringLiteral("level"), condition.level);
            if (condition.remainingRounds >= 0)
                shown.insert(QStringLiteral("remainingRounds"), condition.remainingRounds);
            conditionList.append(shown);
        }
        QJsonObject object{{QStringLiteral("id"), combatant.id},
                           {QStringLiteral("name"), combatant.name},
                           {QStringLiteral("kind"),
                            combatant.isCharacter ? QStringLiteral("character") : QStringLiteral("creature")},
                           {QStringLiteral("health"), healthStateKey(combatant.health)},
                           {QStringLiteral("conditions"), conditionList}};
        insertOptional(object, QStringLiteral("currentHp"), combatant.currentHp);
        insertOptional(object, QStringLiteral("maxHp"), combatant.maxHp);
        insertOptional(object, QStringLiteral("tempHp"), combatant.tempHp);
        if (combatant.dying)
            object.insert(QStringLiteral("dying"), true);
        if (combatant.stable)
            object.insert(QStringLiteral("stable"), true);
        list.append(object);
    }
    return QJsonObject{{QStringLiteral("encounterId"), encounterId},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("inCombat"), inCombat},
                       {QStringLiteral("paused"), paused},
                       {QStringLiteral("round"), round},
                       {QStringLiteral("currentId"), currentId},
                       {QStringLiteral("nextId"), nextId},
                       {QStringLiteral("combatants"), list}};
}

PublicEncounterView PublicEncounterView::fromJson(const QJsonObject& object)
{
    PublicEncounterView view;
    view.encounterId = object.value(QStringLiteral("encounterId")).toString();
    view.title = object.value(QStringLiteral("title")).toString();
    view.inCombat = object.value(QStringLiteral("inCombat")).toBool();
    view.paused = object.value(QStringLiteral("paused")).toBool();
    view.round = object.value(QStringLiteral("round")).toInt();
    view.currentId = object.value(QStringLiteral("currentId")).toString();
    view.nextId = object.value(QStringLiteral("nextId")).toString();
    for (const QJsonValue& value : object.value(QStringLiteral("combatants")).toArray()) {
        const QJsonObject item = value.toObject();
        PublicCombatant combatant;
        combatant.id = item.value(QStringLiteral("id")).toString();
        combatant.name = item.value(QStringLiteral("name")).toString();
        combatant.isCharacter = item.value(QStringLiteral("kind")).toString() == QStringLiteral("character");
        combatant.health =
            healthFromKey(item.value(QStringLiteral("health")).toString()).value_or(HealthState::Healthy);
        combatant.currentHp = optionalInt(item, QStringLiteral("currentHp"));
        combatant.maxHp = optionalInt(item, QStringLiteral("maxHp"));
        combatant.tempHp = optionalInt(item, QStringLiteral("tempHp"));
        combatant.dying = item.value(QStringLiteral("dying")).toBool();
        combatant.stable = item.value(QStringLiteral("stable")).toBool();
        for (const QJsonValue& conditionValue : item.value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject condition = conditionValue.toObject();
            combatant.conditions.append({condition.value(QStringLiteral("key")).toString(),
                                         condition.value(QStringLiteral("name")).toString(),
                                         condition.value(QStringLiteral("level")).toInt(),
                                         condition.value(QStringLiteral("remainingRounds")).toInt(-1)});
        }
        view.combatants.append(combatant);
    }
    return view;
}

} // namespace dnd
