#include "rules/EncounterSession.h"

#include "model/ElementMerge.h"
#include "model/Json.h"
#include "rules/Conditions.h"
#include "rules/HitPointRules.h"
#include "rules/InitiativeOrder.h"
#include "rules/LongRest.h"
#include "util/ErrorCodes.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace dnd::rules {

namespace {

Error invalid(const QString& message)
{
    return Error::make(codes::kRulesError, message);
}

Error notFound(const QString& message)
{
    return Error::make(codes::kNotFound, message);
}

Status checkInitiativeTotal(int total)
{
    if (total < -20 || total > 60)
        return invalid(EncounterSession::tr("An initiative of %1 is outside -20 to 60.").arg(total));
    return {};
}

Status checkJoinInitiative(const JoinInitiative& initiative)
{
    return initiative.kind == JoinInitiative::Kind::Total ? checkInitiativeTotal(initiative.total) : Status();
}

// Out of the fight: skipped when turns advance.
bool isOut(const Participant& p)
{
    return (p.kind == ParticipantKind::Creature && p.defeated) || (p.isCharacter() && p.deathSaves.dead);
}

QJsonObject hpValues(const Participant& p)
{
    return QJsonObject{{QStringLiteral("hp"), p.currentHp}, {QStringLiteral("tempHp"), p.tempHp}};
}

QJsonObject deathSaveValues(const Participant& p)
{
    return QJsonObject{{QStringLiteral("hp"), p.currentHp},
                       {QStringLiteral("successes"), p.deathSaves.successes},
                       {QStringLiteral("failures"), p.deathSaves.failures},
                       {QStringLiteral("stable"), p.deathSaves.stable},
                       {QStringLiteral("dead"), p.deathSaves.dead}};
}

QString scaleKey(DamageScale scale)
{
    switch (scale) {
    case DamageScale::Normal:
        return QStringLiteral("normal");
    case DamageScale::Half:
        return QStringLiteral("half");
    case DamageScale::Double:
        return QStringLiteral("double");
    }
    return {};
}

// The fields a command changed, for a put that leaves every other field as the store has it: another
// device may have changed those since this session read them. A field the command dropped is
// removed (null).
QJsonObject changedFields(const QJsonObject& before, const QJsonObject& after)
{
    QJsonObject changed;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (before.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
        if (!after.contains(it.key()))
            changed.insert(it.key(), QJsonValue(QJsonValue::Null));
    }
    return changed;
}

// Takes a combatant out of the turn order; whoever followed it takes its slot.
void dropFromOrder(CombatState& combat, const QString& id)
{
    const qsizetype at = combat.order.indexOf(id);
    if (at < 0)
        return;
    combat.order.removeAt(at);
    if (at < combat.turnIndex)
        --combat.turnIndex;
    if (combat.turnIndex >= combat.order.size())
        combat.turnIndex = 0;
}

// Adds the current run to the combat time; the clock stands until the next run begins.
void stopClock(CombatState& combat, qint64 now)
{
    if (combat.runningSinceMs > 0)
        combat.elapsedMs += std::max<qint64>(0, now - combat.runningSinceMs);
    combat.runningSinceMs = 0;
}

// The log's order on every device: by sequence, and entries two devices numbered alike while
// apart by their ids, so the merged log reads the same everywhere.
bool logOrder(const CombatLogEntry& a, const CombatLogEntry& b)
{
    return a.sequence != b.sequence ? a.sequence < b.sequence : a.id < b.id;
}

int rollD20(RandomSource& random, InitiativeMode mode, int* second = nullptr)
{
    if (mode == InitiativeMode::TakeTen)
        return 10;
    const int first = random.die(20);
    if (mode == InitiativeMode::Normal)
        return first;
    const int other = random.die(20);
    if (second)
        *second = other;
    return mode == InitiativeMode::Advantage ? std::max(first, other) : std::min(first, other);
}

} // namespace

// A command's working copy of the encounter: edited freely, then diffed and committed at once.
struct EncounterSession::Draft {
    Encounter encounter;
    QList<Participant> participants;
    QList<CombatLogEntry> entries;
    QList<Prompt> prompts;
    qint64 firstSequence = 1;
    qint64 now = 0;
    CombatState combatBefore;

    Participant* find(const QString& id)
    {
        for (Participant& p : participants) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    }

    // Runs `apply` on each target in turn, collecting their names; stops at the first target that
    // is not in the encounter or that `apply` refuses, and returns that error.
    template <typename Apply>
    Status forEachTarget(const QStringList& targetIds, QStringList& names, Apply apply)
    {
        for (const QString& id : targetIds) {
            Participant* p = find(id);
            if (!p)
                return notFound(EncounterSession::tr("That combatant is not in this encounter."));
            if (Status status = apply(*p); !status)
                return status;
            names << p->name;
        }
        return {};
    }

    QString currentId() const
    {
        const CombatState& combat = encounter.combat;
        if (encounter.status != EncounterStatus::Active || combat.turnIndex < 0 ||
            combat.turnIndex >= combat.order.size())
            return {};
        return combat.order.at(combat.turnIndex);
    }

    QString nameOf(const QString& id)
    {
        const Participant* p = find(id);
        return p ? p->name : QString();
    }

    CombatLogEntry& log(const QString& actor, const QString& target, const QString& action,
                        const QJsonObject& before = {}, const QJsonObject& after = {},
                        const QJsonObject& details = {})
    {
        CombatLogEntry entry;
        entry.id = LocalStore::newId();
        entry.encounterId = encounter.id;
        entry.sequence = firstSequence + entries.size();
        entry.timestampMs = now;
        entry.round = encounter.combat.round;
        entry.turn = encounter.status == EncounterStatus::Active ? encounter.combat.turnIndex + 1 : 0;
        entry.actor = actor;
        entry.target = target;
        entry.action = action;
        entry.before = before;
        entry.after = after;
        entry.details = details;
        entries.append(entry);
        return entries.last();
    }

    // Who is acting now, for the actor column of DM commands.
    QString actorName() { return nameOf(currentId()); }

    // The name the log credits for `source`, or NOT_FOUND when the chosen combatant is not here.
    Result<QString> actorFor(const ActingSource& source)
    {
        switch (source.kind) {
        case ActingSource::Kind::WhoseTurn:
            return actorName();
        case ActingSource::Kind::Nobody:
            return QString();
        case ActingSource::Kind::Combatant:
            if (const Participant* p = find(source.participantId))
                return p->name;
            return notFound(EncounterSession::tr("The combatant acting is not in this encounter."));
        }
        return QString();
    }

    // Recomputes the order; the combatant whose turn it is keeps the turn.
    void reorder()
    {
        const QString current = currentId();
        CombatState& combat = encounter.combat;
        combat.order = InitiativeOrder::sort(participants);
        if (combat.order.isEmpty()) {
            combat.turnIndex = 0;
            return;
        }
        const qsizetype at = current.isEmpty() ? -1 : combat.order.indexOf(current);
        if (at >= 0)
            combat.turnIndex = int(at);
        else
            combat.turnIndex = qBound(0, combat.turnIndex, int(combat.order.size()) - 1);
    }

    void removeParticipant(const QString& id)
    {
        participants.removeIf([&](const Participant& p) { return p.id == id; });
        dropFromOrder(encounter.combat, id);
    }
};

EncounterSession::EncounterSession(LocalStore& store, QString encounterId, RandomSource& random,
                                   const Clock& clock, QObject* parent)
    : QObject(parent), m_store(store), m_encounterId(std::move(encounterId)), m_random(random), m_clock(clock)
{
    m_remoteListener = m_store.addRemoteChangeListener(
        [this](const QList<RemoteChange>& changes) { followRemote(changes); });
}

EncounterSession::~EncounterSession()
{
    m_store.removeRemoteChangeListener(m_remoteListener);
}

Status EncounterSession::load()
{
    m_undo.clear();
    m_redo.clear();
    m_prompts.clear();
    return reload();
}

Status EncounterSession::reload()
{
    std::optional<Encounter> encounter = m_store.get<Encounter>(m_encounterId);
    if (!encounter)
        return notFound(tr("There is no encounter with id %1.").arg(m_encounterId));
    m_encounter = *encounter;
    m_participants = m_store.childrenOf<Participant>(m_encounterId);
    m_log = m_store.childrenOf<CombatLogEntry>(m_encounterId);
    std::sort(m_log.begin(), m_log.end(), logOrder);
    m_nextSequence = m_log.isEmpty() ? 1 : m_log.last().sequence + 1;
    // Another device may have removed a combatant while this order still names it (each kept its
    // own edit); the turn passes on as if it had been removed here. Not written: the next turn
    // command writes the order it computes.
    QSet<QString> present;
    for (const Participant& p : std::as_const(m_participants))
        present.insert(p.id);
    const QStringList named = m_encounter.combat.order;
    for (const QString& id : named) {
        if (!present.contains(id))
            dropFromOrder(m_encounter.combat, id);
    }
    rebuildOrder();
    return {};
}

Status EncounterSession::checkWritable() const
{
    if (!m_deletedElsewhere)
        return {};
    return Error::make(
        QStringLiteral("DELETED"),
        tr("“%1” was deleted on another device. Keep a copy to go on with it.").arg(m_encounter.name));
}

bool EncounterSession::concerns(const QList<RemoteChange>& changes)
{
    QSet<QString> logIds;
    bool logIdsRead = false;
    for (const RemoteChange& change : changes) {
        if (change.kind == EntityKind::Encounter && change.id == m_encounterId)
            return true;
        if (change.kind != EntityKind::Participant && change.kind != EntityKind::CombatLog)
            continue;
        if (change.kind == EntityKind::Participant && m_index.contains(change.id))
            return true;
        if (change.kind == EntityKind::CombatLog) {
            if (!logIdsRead) {
                for (const CombatLogEntry& entry : std::as_const(m_log))
                    logIds.insert(entry.id);
                logIdsRead = true;
            }
            if (logIds.contains(change.id))
                return true;
        }
        // New here: a combatant or log entry added on another device.
        const std::optional<QJsonObject> doc = m_store.document(change.kind, change.id);
        if (doc && doc->value(QStringLiteral("encounterId")).toString() == m_encounterId)
            return true;
    }
    return false;
}

void EncounterSession::followRemote(const QList<RemoteChange>& changes)
{
    if (!concerns(changes))
        return;
    if (!m_store.get<Encounter>(m_encounterId)) {
        // Keep what the table last saw: the DM decides whether to keep a copy.
        m_deletedElsewhere = true;
        emit changed();
        return;
    }
    m_deletedElsewhere = false;
    const CombatState combatBefore = m_encounter.combat;
    if (Status loaded = reload(); !loaded)
        return;
    if (!(m_encounter.combat == combatBefore)) {
        // The turn moved elsewhere: this session's turn steps no longer lead back to the turn
        // before the current one, so Previous Turn steps back from where the fight stands now.
        for (QList<UndoStep>* steps : {&m_undo, &m_redo}) {
            for (UndoStep& step : *steps)
                step.kind = StepKind::Other;
        }
    }
    emit changed();
}

ChangeSet EncounterSession::copyAsNewEncounter(const QString& name, QString* newEncounterId) const
{
    Encounter copy = m_encounter;
    copy.id = LocalStore::newId();
    copy.name = name;
    QHash<QString, QString> newIds;
    for (const Participant& p : m_participants)
        newIds.insert(p.id, LocalStore::newId());
    for (QString& id : copy.combat.order)
        id = newIds.value(id, id);
    ChangeSet changes;
    changes.put(copy);
    for (Participant p : m_participants) {
        p.id = newIds.value(p.id);
        p.encounterId = copy.id;
        for (ActiveCondition& condition : p.conditions) {
            if (!condition.anchorParticipantId.isEmpty())
                condition.anchorParticipantId = newIds.value(condition.anchorParticipantId);
        }
        changes.put(p);
    }
    for (CombatLogEntry entry : m_log) {
        entry.id = LocalStore::newId();
        entry.encounterId = copy.id;
        changes.put(entry);
    }
    if (newEncounterId)
        *newEncounterId = copy.id;
    return changes;
}

void EncounterSession::rebuildOrder()
{
    // Once per change, not per reader: the tracker, the player display and the rules all ask for the
    // order and for combatants by id after every command, with hundreds of combatants.
    m_index.clear();
    m_index.reserve(m_participants.size());
    for (qsizetype i = m_participants.size() - 1; i >= 0; --i) // the first of equal ids wins
        m_index.insert(m_participants.at(i).id, i);
    const QHash<QString, qsizetype>& byId = m_index;
    QList<Participant> ordered;
    ordered.reserve(m_participants.size());
    QSet<QString> placed;
    for (const QString& id : m_encounter.combat.order) {
        const auto found = byId.constFind(id);
        if (found != byId.constEnd() && !placed.contains(id)) {
            ordered.append(m_participants.at(*found));
            placed.insert(id);
        }
    }
    QList<Participant> rest;
    for (const Participant& p : m_participants) {
        if (!placed.contains(p.id))
            rest.append(p);
    }
    if (rest.isEmpty()) {
        m_ordered = std::move(ordered);
        return;
    }
    QHash<QString, qsizetype> restById;
    for (qsizetype i = 0; i < rest.size(); ++i)
        restById.insert(rest.at(i).id, i);
    for (const QString& id : InitiativeOrder::sort(rest)) {
        if (const auto found = restById.constFind(id); found != restById.constEnd())
            ordered.append(rest.at(*found));
    }
    m_ordered = std::move(ordered);
}

std::optional<Participant> EncounterSession::participant(const QString& id) const
{
    if (const auto found = m_index.constFind(id); found != m_index.constEnd())
        return m_participants.at(*found);
    return std::nullopt;
}

QString EncounterSession::currentParticipantId() const
{
    const CombatState& combat = m_encounter.combat;
    if (!isActive() || combat.turnIndex < 0 || combat.turnIndex >= combat.order.size())
        return {};
    return combat.order.at(combat.turnIndex);
}

QString EncounterSession::nextParticipantId() const
{
    const QStringList& order = m_encounter.combat.order;
    if (order.isEmpty())
        return {};
    const int start = isActive() ? m_encounter.combat.turnIndex : -1;
    for (int step = 1; step <= order.size(); ++step) {
        const QString& id = order.at((start + step) % order.size());
        const std::optional<Participant> p = participant(id);
        if (p && !isOut(*p))
            return id;
    }
    return {};
}

qint64 EncounterSession::elapsedMs() const
{
    const CombatState& combat = m_encounter.combat;
    qint64 elapsed = combat.elapsedMs;
    if (combat.runningSinceMs > 0)
        elapsed += std::max<qint64>(0, m_clock.nowMs() - combat.runningSinceMs);
    return elapsed;
}

QString EncounterSession::undoText() const
{
    return m_undo.isEmpty() ? QString() : m_undo.last().text;
}

QString EncounterSession::redoText() const
{
    return m_redo.isEmpty() ? QString() : m_redo.last().text;
}

Participant* EncounterSession::find(QList<Participant>& list, const QString& id) const
{
    for (Participant& p : list) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void EncounterSession::raise(const Prompt& prompt)
{
    m_prompts.append(prompt);
    emit promptRaised(prompt);
}

Status EncounterSession::commitDraft(Draft& draft, const QString& text, StepKind kind)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    // Only what the command changed is written, so a field another device changed since this
    // session read it is not put back to the value read.
    ChangeSet changes;
    if (!(draft.encounter == m_encounter))
        changes.put(EntityKind::Encounter, m_encounterId,
                    changedFields(m_encounter.toJson(), draft.encounter.toJson()));
    QSet<QString> kept;
    kept.reserve(draft.participants.size());
    for (const Participant& p : draft.participants) {
        kept.insert(p.id);
        const auto old = m_index.constFind(p.id);
        if (old == m_index.constEnd())
            changes.put(p);
        else if (const Participant& before = m_participants.at(*old); !(before == p))
            changes.put(EntityKind::Participant, p.id, changedFields(before.toJson(), p.toJson()));
    }
    for (const Participant& p : m_participants) {
        if (!kept.contains(p.id))
            changes.remove(EntityKind::Participant, p.id);
    }
    for (const CombatLogEntry& entry : draft.entries)
        changes.put(entry);
    Result<ChangeSet> inverse = m_store.commit(changes);
    if (!inverse)
        return inverse.error();

    m_encounter = draft.encounter;
    m_participants = draft.participants;
    rebuildOrder();
    m_log.append(draft.entries);
    m_nextSequence += draft.entries.size();
    m_undo.append(UndoStep{text, *inverse, kind, draft.combatBefore, changes});
    m_redo.clear();
    m_prompts.clear();
    for (const Prompt& prompt : draft.prompts)
        raise(prompt);
    emit changed();
    return {};
}

Status EncounterSession::applyStep(QList<UndoStep>& from, QList<UndoStep>& to)
{
    if (from.isEmpty())
        return invalid(tr("There is nothing to %1.").arg(&from == &m_undo ? tr("undo") : tr("redo")));
    if (Status writable = checkWritable(); !writable)
        return writable;
    UndoStep step = from.takeLast();
    const ChangeSet applied = withoutFieldsChangedElsewhere(step.changes, step.done);
    Result<ChangeSet> reverse = m_store.commit(applied);
    if (!reverse) {
        from.append(step);
        return reverse.error();
    }
    to.append(UndoStep{step.text, *reverse, step.kind, step.combatBefore, applied});
    m_prompts.clear();
    Status loaded = reload();
    emit changed();
    return loaded;
}

ChangeSet EncounterSession::withoutFieldsChangedElsewhere(const ChangeSet& changes, const ChangeSet& done)
{
    // What the step left in each record; null for a field it removed.
    QHash<QString, QJsonObject> left;
    for (const ChangeOp& op : done.ops()) {
        if (op.type != ChangeOp::Type::Put)
            continue;
        QJsonObject& fields = left[entityName(op.kind) + QLatin1Char('/') + op.id];
        for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it)
            fields.insert(it.key(), it.value());
    }
    ChangeSet result(changes.origin());
    for (const ChangeOp& op : changes.ops()) {
        if (op.type == ChangeOp::Type::Remove) {
            result.remove(op.kind, op.id);
            continue;
        }
        if (op.type == ChangeOp::Type::Restore) {
            result.restore(op.kind, op.id);
            continue;
        }
        const auto expected = left.constFind(entityName(op.kind) + QLatin1Char('/') + op.id);
        const std::optional<QJsonObject> current = m_store.document(op.kind, op.id);
        if (expected == left.constEnd() || !current) {
            result.put(op.kind, op.id, op.fields);
            continue;
        }
        QJsonObject fields;
        for (auto it = op.fields.constBegin(); it != op.fields.constEnd(); ++it) {
            if (expected->contains(it.key())) {
                const QJsonValue now =
                    current->contains(it.key()) ? current->value(it.key()) : QJsonValue(QJsonValue::Null);
                if (now != expected->value(it.key())) {
                    // A list merged per element (conditions): the step's own elements are taken
                    // back, those another device changed since stay.
                    if (isElementMerged(op.kind, it.key())) {
                        const QJsonArray carried = carryElementChange(
                            now.toArray(), expected->value(it.key()).toArray(), it.value().toArray());
                        if (carried != now.toArray())
                            fields.insert(it.key(), carried);
                    }
                    continue;
                }
            }
            fields.insert(it.key(), it.value());
        }
        if (!fields.isEmpty())
            result.put(op.kind, op.id, fields);
    }
    return result;
}

Status EncounterSession::undo()
{
    return applyStep(m_undo, m_redo);
}

Status EncounterSession::redo()
{
    return applyStep(m_redo, m_undo);
}

EncounterSession::Draft EncounterSession::startDraft() const
{
    Draft draft;
    draft.encounter = m_encounter;
    draft.participants = m_participants;
    draft.firstSequence = m_nextSequence;
    draft.now = m_clock.nowMs();
    draft.combatBefore = m_encounter.combat;
    return draft;
}

// ---------------------------------------------------------------- combatants

Result<QStringList> EncounterSession::addParticipants(const Creature& creature, int count, bool hidden,
                                                      const JoinInitiative& initiative)
{
    if (count < 1 || count > kMostAddedAtOnce)
        return invalid(
            tr("Add between 1 and %1 creatures at a time, not %2.").arg(kMostAddedAtOnce).arg(count));
    if (Status valid = checkJoinInitiative(initiative); !valid)
        return valid.error();
    Draft draft = startDraft();
    const QString base = creature.name.trimmed();
    if (base.isEmpty())
        return invalid(tr("The creature needs a name."));
    const QString groupKey = creature.id.isEmpty() ? base : creature.id;
    // Number every copy of the same statblock: "Goblin 1", "Goblin 2" ...
    static const QRegularExpression numbered(QStringLiteral("^(.*) (\\d+)$"));
    int highest = 0;
    QList<Participant*> unnumbered;
    for (Participant& p : draft.participants) {
        if (p.groupKey != groupKey)
            continue;
        const QRegularExpressionMatch match = numbered.match(p.name);
        if (match.hasMatch() && match.captured(1) == base)
            highest = std::max(highest, match.captured(2).toInt());
        else if (p.name == base)
            unnumbered.append(&p);
    }
    const bool numberAll = count > 1 || highest > 0 || !unnumbered.isEmpty();
    if (numberAll) {
        for (Participant* p : unnumbered)
            p->name = QStringLiteral("%1 %2").arg(base).arg(++highest);
    }
    QList<RechargeState> recharges;
    for (const QList<CreatureAction>* list : {&creature.traits, &creature.actions, &creature.bonusActions,
                                              &creature.reactions, &creature.legendaryActions}) {
        for (const CreatureAction& action : *list) {
            if (action.rechargeOn > 0)
                recharges.append(RechargeState{action.name, action.rechargeOn, true});
        }
    }
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        Participant p;
        p.id = LocalStore::newId();
        p.encounterId = m_encounterId;
        p.kind = ParticipantKind::Creature;
        p.creatureId = creature.id;
        p.name = numberAll ? QStringLiteral("%1 %2").arg(base).arg(++highest) : base;
        p.groupKey = groupKey;
        p.initiativeModifier = creature.initiativeModifier();
        p.dexterity = creature.abilities.score(Ability::Dexterity);
        p.maxHp = creature.hp;
        p.currentHp = creature.hp;
        p.ac = creature.ac;
        p.damageResistances = creature.damageResistances;
        p.damageImmunities = creature.damageImmunities;
        p.damageVulnerabilities = creature.damageVulnerabilities;
        p.conditionImmunities = creature.conditionImmunities;
        p.hidden = hidden;
        p.legendaryActionsMax = creature.legendaryActionsPerRound;
        p.legendaryActionsLeft = creature.legendaryActionsPerRound;
        p.legendaryResistancesMax = creature.legendaryResistances;
        p.legendaryResistancesLeft = creature.legendaryResistances;
        p.recharges = recharges;
        draft.participants.append(p);
        ids.append(p.id);
        draft.log(QString(), p.name, QStringLiteral("add"), {}, hpValues(p),
                  QJsonObject{{QStringLiteral("hidden"), hidden}});
    }
    giveJoinInitiative(draft, ids, initiative);
    draft.reorder();
    const QString text = count == 1 ? tr("Add %1").arg(base) : tr("Add %1 x%2").arg(base).arg(count);
    if (Status status = commitDraft(draft, text); !status)
        return status.error();
    return ids;
}

Result<QString> EncounterSession::addParticipant(const Character& character)
{
    Participant p;
    p.kind = ParticipantKind::Character;
    p.characterId = character.id;
    p.name = character.name;
    p.maxHp = character.maxHp;
    p.currentHp = std::min(character.currentHp, character.maxHp);
    p.tempHp = character.tempHp;
    p.ac = character.ac;
    p.initiativeModifier = character.initiativeModifier();
    p.dexterity = character.abilities.score(Ability::Dexterity);
    return addCustomParticipant(p);
}

Result<QString> EncounterSession::addCustomParticipant(Participant participant,
                                                       const JoinInitiative& initiative)
{
    if (Status valid = checkJoinInitiative(initiative); !valid)
        return valid.error();
    if (participant.id.isEmpty())
        participant.id = LocalStore::newId();
    participant.encounterId = m_encounterId;
    if (find(m_participants, participant.id))
        return invalid(tr("%1 is already in this encounter.").arg(participant.name));
    if (const ValidationErrors errors = participant.validate(); !errors.isEmpty())
        return errors.toError();
    Draft draft = startDraft();
    draft.participants.append(participant);
    draft.log(QString(), participant.name, QStringLiteral("add"), {}, hpValues(participant),
              QJsonObject{{QStringLiteral("hidden"), participant.hidden}});
    giveJoinInitiative(draft, {participant.id}, initiative);
    draft.reorder();
    if (Status status = commitDraft(draft, tr("Add %1").arg(participant.name)); !status)
        return status.error();
    return participant.id;
}

Status EncounterSession::removeParticipant(const QString& id)
{
    Draft draft = startDraft();
    const Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    const QString name = p->name;
    if (p->kind == ParticipantKind::Lair)
        draft.encounter.lair.enabled = false;
    draft.log(draft.actorName(), name, QStringLiteral("remove"), hpValues(*p), {});
    draft.removeParticipant(id);
    return commitDraft(draft, tr("Remove %1").arg(name));
}

Status EncounterSession::editParticipant(const Participant& edited)
{
    Draft draft = startDraft();
    Participant* p = draft.find(edited.id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    Participant next = edited;
    next.encounterId = p->encounterId;
    next.kind = p->kind;
    if (const ValidationErrors errors = next.validate(); !errors.isEmpty())
        return errors.toError();
    const QJsonObject oldJson = p->toJson();
    const QJsonObject newJson = next.toJson();
    QJsonObject before;
    QJsonObject after;
    for (auto it = newJson.constBegin(); it != newJson.constEnd(); ++it) {
        if (oldJson.value(it.key()) != it.value()) {
            before.insert(it.key(), oldJson.value(it.key()));
            after.insert(it.key(), it.value());
        }
    }
    if (after.isEmpty())
        return {};
    *p = next;
    draft.log(QString(), next.name, QStringLiteral("edit"), before, after);
    draft.reorder();
    return commitDraft(draft, tr("Edit %1").arg(next.name));
}

Status EncounterSession::setHidden(const QString& id, bool hidden)
{
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    if (p->hidden == hidden)
        return {};
    p->hidden = hidden;
    draft.log(QString(), p->name, hidden ? QStringLiteral("hide") : QStringLiteral("reveal"));
    return commitDraft(draft, hidden ? tr("Hide %1").arg(p->name) : tr("Reveal %1").arg(p->name));
}

// ---------------------------------------------------------------- initiative

Status EncounterSession::setInitiative(const QString& id, int total, std::optional<int> roll)
{
    if (Status valid = checkInitiativeTotal(total); !valid)
        return valid;
    if (roll && (*roll < 1 || *roll > 20))
        return invalid(tr("A d20 roll is 1 to 20, not %1.").arg(*roll));
    Draft draft = startDraft();
    if (Status typed = giveInitiative(draft, id, total, roll); !typed)
        return typed;
    draft.reorder();
    return commitDraft(draft, tr("Initiative %1 for %2").arg(total).arg(draft.nameOf(id)));
}

Status EncounterSession::giveInitiative(Draft& draft, const QString& id, int total, std::optional<int> roll)
{
    if (Status valid = checkInitiativeTotal(total); !valid)
        return valid;
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    const QJsonValue before = json::fromOptionalInt(p->initiative);
    p->initiative = total;
    p->initiativeRoll = roll;
    draft.log(QString(), p->name, QStringLiteral("initiative"), {{QStringLiteral("initiative"), before}},
              {{QStringLiteral("initiative"), total}});
    return {};
}

void EncounterSession::giveJoinInitiative(Draft& draft, const QStringList& ids,
                                          const JoinInitiative& initiative)
{
    switch (initiative.kind) {
    case JoinInitiative::Kind::None:
        return;
    case JoinInitiative::Kind::Roll:
        rollFor(draft, ids, std::nullopt, draft.encounter.options.groupIdenticalCreatures);
        return;
    case JoinInitiative::Kind::Total:
        for (const QString& id : ids) {
            Participant* p = draft.find(id);
            p->initiative = initiative.total;
            draft.log(QString(), p->name, QStringLiteral("initiative"),
                      {{QStringLiteral("initiative"), QJsonValue()}},
                      {{QStringLiteral("initiative"), initiative.total}});
        }
        return;
    }
}

void EncounterSession::rollFor(Draft& draft, const QStringList& ids, std::optional<InitiativeMode> mode,
                               bool group)
{
    QHash<QString, std::pair<int, int>> groupRolls; // groupKey -> (d20, total)
    for (const QString& id : ids) {
        Participant* p = draft.find(id);
        if (!p || p->kind == ParticipantKind::Lair)
            continue;
        const bool grouped = group && p->kind == ParticipantKind::Creature && !p->groupKey.isEmpty();
        const QJsonValue before = json::fromOptionalInt(p->initiative);
        QJsonObject details;
        int d20 = 0;
        if (grouped && groupRolls.contains(p->groupKey)) {
            d20 = groupRolls.value(p->groupKey).first;
            details.insert(QStringLiteral("group"), p->groupKey);
        } else {
            const InitiativeMode used = mode.value_or(p->initiativeMode);
            int second = 0;
            d20 = rollD20(m_random, used, &second);
            details.insert(QStringLiteral("mode"), initiativeModeKey(used));
            if (used == InitiativeMode::Advantage || used == InitiativeMode::Disadvantage)
                details.insert(QStringLiteral("rolls"),
                               QStringLiteral("%1/%2").arg(d20 == second ? d20 : second).arg(d20));
            if (grouped)
                groupRolls.insert(p->groupKey, {d20, d20 + p->initiativeModifier});
        }
        details.insert(QStringLiteral("d20"), d20);
        details.insert(QStringLiteral("modifier"), p->initiativeModifier);
        p->initiativeRoll = d20;
        p->initiative = d20 + p->initiativeModifier;
        draft.log(QString(), p->name, QStringLiteral("initiative_roll"),
                  {{QStringLiteral("initiative"), before}}, {{QStringLiteral("initiative"), *p->initiative}},
                  details);
    }
}

Status EncounterSession::rollInitiative(const InitiativeRollRequest& request)
{
    Draft draft = startDraft();
    QStringList ids = request.participantIds;
    if (ids.isEmpty()) {
        for (const Participant& p : draft.participants) {
            if (p.kind == ParticipantKind::Creature)
                ids.append(p.id);
        }
    }
    for (const QString& id : ids) {
        if (!draft.find(id))
            return notFound(tr("That combatant is not in this encounter."));
    }
    if (ids.isEmpty())
        return invalid(tr("There is nobody to roll initiative for."));
    rollFor(draft, ids, request.mode,
            request.groupIdentical.value_or(draft.encounter.options.groupIdenticalCreatures));
    draft.reorder();
    return commitDraft(draft, tr("Roll initiative"));
}

Status EncounterSession::moveInOrder(const QString& id, int position)
{
    Draft draft = startDraft();
    Participant* moved = draft.find(id);
    if (!moved)
        return notFound(tr("That combatant is not in this encounter."));
    // The tie group in its present order.
    QList<Participant*> group;
    for (const QString& otherId : InitiativeOrder::sort(draft.participants)) {
        Participant* other = draft.find(otherId);
        if (InitiativeOrder::tied(*moved, *other))
            group.append(other);
    }
    if (group.size() < 2)
        return invalid(tr("%1 is not tied with anyone; change the initiative to move it.").arg(moved->name));
    const qsizetype from = group.indexOf(moved);
    const int to = qBound(0, position, int(group.size()) - 1);
    if (from == to)
        return {};
    group.move(from, to);
    for (qsizetype rank = 0; rank < group.size(); ++rank)
        group[rank]->tieBreakRank = int(rank);
    draft.log(QString(), moved->name, QStringLiteral("move"), {{QStringLiteral("position"), int(from)}},
              {{QStringLiteral("position"), to}});
    draft.reorder();
    return commitDraft(draft, tr("Move %1").arg(moved->name));
}

Status EncounterSession::setOptions(const InitiativeOptions& options)
{
    Draft draft = startDraft();
    if (draft.encounter.options == options)
        return {};
    draft.log(QString(), QString(), QStringLiteral("options"), draft.encounter.options.toJson(),
              options.toJson());
    draft.encounter.options = options;
    return commitDraft(draft, tr("Change encounter options"));
}

Status EncounterSession::setDetails(const QString& name, const QString& notes, const QString& partyId,
                                    RulesEdition rules)
{
    Draft draft = startDraft();
    draft.encounter.name = name.trimmed();
    draft.encounter.notes = notes;
    draft.encounter.partyId = partyId;
    draft.encounter.rules = rules;
    if (draft.encounter == m_encounter)
        return {};
    if (const ValidationErrors errors = draft.encounter.validate(); !errors.isEmpty())
        return invalid(errors.summary());
    return commitDraft(draft, tr("Edit details of %1").arg(draft.encounter.name));
}

Status EncounterSession::setLairEnabled(bool enabled)
{
    Draft draft = startDraft();
    QString lairId;
    for (const Participant& p : draft.participants) {
        if (p.kind == ParticipantKind::Lair)
            lairId = p.id;
    }
    if (enabled == !lairId.isEmpty() && draft.encounter.lair.enabled == enabled)
        return {};
    draft.encounter.lair.enabled = enabled;
    if (enabled && lairId.isEmpty()) {
        Participant lair;
        lair.id = LocalStore::newId();
        lair.encounterId = m_encounterId;
        lair.kind = ParticipantKind::Lair;
        lair.name = tr("Lair");
        lair.initiative = draft.encounter.lair.initiative;
        lair.maxHp = 0;
        lair.currentHp = 0;
        draft.participants.append(lair);
        draft.log(QString(), lair.name, QStringLiteral("lair_on"), {}, {},
                  {{QStringLiteral("initiative"), draft.encounter.lair.initiative}});
    } else if (!enabled && !lairId.isEmpty()) {
        draft.log(QString(), draft.nameOf(lairId), QStringLiteral("lair_off"));
        draft.removeParticipant(lairId);
    }
    draft.reorder();
    return commitDraft(draft, enabled ? tr("Enable lair actions") : tr("Disable lair actions"));
}

// ---------------------------------------------------------------- turns

void EncounterSession::tickConditions(Draft& draft, const QString& anchorId, DurationTiming timing)
{
    for (Participant& p : draft.participants) {
        for (qsizetype i = 0; i < p.conditions.size();) {
            ActiveCondition& c = p.conditions[i];
            const QString anchor = c.anchorParticipantId.isEmpty() ? p.id : c.anchorParticipantId;
            if (anchor != anchorId || c.timing != timing || c.remainingRounds <= 0) {
                ++i;
                continue;
            }
            if (c.skipNextTick) {
                c.skipNextTick = false;
                ++i;
                continue;
            }
            const int before = c.remainingRounds--;
            const QString name = Conditions::displayName(c, draft.encounter.rules);
            if (c.remainingRounds == 0) {
                draft.log(draft.nameOf(anchorId), p.name, QStringLiteral("condition_end"),
                          {{QStringLiteral("rounds"), before}}, {{QStringLiteral("rounds"), 0}},
                          {{QStringLiteral("condition"), name}});
                p.conditions.removeAt(i);
                continue;
            }
            ++i;
        }
    }
}

void EncounterSession::endConcentration(Draft& draft, Participant& p, const QString& reason)
{
    if (!p.concentrating)
        return;
    p.concentrating = false;
    draft.log(draft.actorName(), p.name, QStringLiteral("concentration_end"),
              {{QStringLiteral("concentrating"), true}}, {{QStringLiteral("concentrating"), false}},
              {{QStringLiteral("reason"), reason}});
}

void EncounterSession::fireTurnEnd(Draft& draft, const QString& participantId)
{
    if (!participantId.isEmpty())
        tickConditions(draft, participantId, DurationTiming::TurnEnd);
}

void EncounterSession::fireTurnStart(Draft& draft, const QString& participantId)
{
    Participant* p = draft.find(participantId);
    if (!p)
        return;
    draft.log(p->name, QString(), QStringLiteral("turn_start"));
    tickConditions(draft, participantId, DurationTiming::TurnStart);
    p = draft.find(participantId);
    if (p->legendaryActionsLeft != p->legendaryActionsMax) {
        draft.log(p->name, p->name, QStringLiteral("legendary_reset"),
                  {{QStringLiteral("legendaryActions"), p->legendaryActionsLeft}},
                  {{QStringLiteral("legendaryActions"), p->legendaryActionsMax}});
        p->legendaryActionsLeft = p->legendaryActionsMax;
    }
    if (p->reactionUsed) {
        p->reactionUsed = false;
        draft.log(p->name, p->name, QStringLiteral("reaction_reset"));
    }
    for (RechargeState& recharge : p->recharges) {
        if (recharge.available)
            continue;
        const int d6 = m_random.die(6);
        recharge.available = d6 >= recharge.rechargeOn;
        draft.log(p->name, p->name, QStringLiteral("recharge_roll"), {{QStringLiteral("available"), false}},
                  {{QStringLiteral("available"), recharge.available}},
                  {{QStringLiteral("action"), recharge.actionName},
                   {QStringLiteral("d6"), d6},
                   {QStringLiteral("needs"), recharge.rechargeOn}});
    }
    if (HitPointRules::isDying(*p)) {
        draft.prompts.append(Prompt{Prompt::Kind::DeathSave, p->id, p->name, 10, 0});
        draft.log(p->name, p->name, QStringLiteral("death_save_due"));
    }
}

bool EncounterSession::advance(Draft& draft)
{
    CombatState& combat = draft.encounter.combat;
    const int size = int(combat.order.size());
    for (int step = 1; step <= size; ++step) {
        int index = combat.turnIndex + 1;
        if (index >= size) {
            index = 0;
            ++combat.round;
            combat.turnIndex = 0;
            draft.log(QString(), QString(), QStringLiteral("round_start"), {}, {},
                      {{QStringLiteral("round"), combat.round}});
            if (draft.encounter.options.rerollEachRound) {
                QStringList creatures;
                for (const Participant& p : draft.participants) {
                    if (p.kind == ParticipantKind::Creature && !p.defeated)
                        creatures.append(p.id);
                }
                rollFor(draft, creatures, std::nullopt, draft.encounter.options.groupIdenticalCreatures);
                combat.order = InitiativeOrder::sort(draft.participants);
            }
        }
        combat.turnIndex = index;
        const Participant* p = draft.find(combat.order.at(index));
        if (p && !isOut(*p))
            return true;
        if (p) {
            // No turn for the fallen, but durations counted on their turns still run out at their
            // place in the order ("until the end of the dragon's next turn" ends with it down).
            const QString skipped = p->id;
            tickConditions(draft, skipped, DurationTiming::TurnStart);
            tickConditions(draft, skipped, DurationTiming::TurnEnd);
        }
    }
    return false;
}

Status EncounterSession::startCombat(const QHash<QString, int>& typedTotals)
{
    if (isPaused())
        return invalid(tr("Combat is paused: resume it instead of starting again."));
    if (isActive())
        return invalid(tr("Combat is already running."));
    if (m_participants.isEmpty())
        return invalid(tr("Add combatants before starting combat."));
    Draft draft = startDraft();
    for (auto it = typedTotals.cbegin(); it != typedTotals.cend(); ++it) {
        if (Status typed = giveInitiative(draft, it.key(), it.value(), std::nullopt); !typed)
            return typed;
    }
    // Creatures nobody rolled for yet roll now; characters without initiative go last.
    QStringList unrolled;
    for (const Participant& p : draft.participants) {
        if (p.kind == ParticipantKind::Creature && !p.initiative)
            unrolled.append(p.id);
    }
    rollFor(draft, unrolled, std::nullopt, draft.encounter.options.groupIdenticalCreatures);
    CombatState& combat = draft.encounter.combat;
    draft.encounter.status = EncounterStatus::Active;
    combat.round = 1;
    combat.turnIndex = 0;
    combat.order = InitiativeOrder::sort(draft.participants);
    combat.startedAtMs = draft.now;
    combat.elapsedMs = 0;
    combat.runningSinceMs = draft.now;
    draft.log(QString(), QString(), QStringLiteral("combat_start"));
    while (combat.turnIndex < combat.order.size()) {
        const Participant* first = draft.find(combat.order.at(combat.turnIndex));
        if (first && !isOut(*first))
            break;
        ++combat.turnIndex;
    }
    if (combat.turnIndex >= combat.order.size())
        return invalid(tr("Nobody in this encounter can still fight."));
    fireTurnStart(draft, draft.currentId());
    return commitDraft(draft, tr("Start combat"), StepKind::TurnAdvance);
}

Status EncounterSession::endCombat()
{
    if (!isActive() && !isPaused())
        return invalid(tr("Combat is not running."));
    Draft draft = startDraft();
    CombatState& combat = draft.encounter.combat;
    stopClock(combat, draft.now);
    draft.log(QString(), QString(), QStringLiteral("combat_end"), {}, {},
              {{QStringLiteral("rounds"), combat.round}, {QStringLiteral("elapsedMs"), combat.elapsedMs}});
    draft.encounter.status = EncounterStatus::Completed;
    return commitDraft(draft, tr("End combat"));
}

Status EncounterSession::pauseCombat()
{
    if (isPaused())
        return invalid(tr("Combat is already paused."));
    if (!isActive())
        return invalid(tr("Combat is not running."));
    Draft draft = startDraft();
    CombatState& combat = draft.encounter.combat;
    stopClock(combat, draft.now);
    draft.log(QString(), QString(), QStringLiteral("combat_pause"), {}, {},
              {{QStringLiteral("elapsedMs"), combat.elapsedMs}});
    draft.encounter.status = EncounterStatus::Paused;
    return commitDraft(draft, tr("Pause combat"));
}

Status EncounterSession::resumeCombat()
{
    if (!isPaused())
        return invalid(tr("Combat is not paused."));
    Draft draft = startDraft();
    draft.encounter.status = EncounterStatus::Active;
    draft.encounter.combat.runningSinceMs = draft.now;
    draft.log(QString(), QString(), QStringLiteral("combat_resume"));
    return commitDraft(draft, tr("Resume combat"));
}

Status EncounterSession::refuseWhilePaused() const
{
    if (isPaused())
        return invalid(tr("Combat is paused. Resume it to change turns."));
    return {};
}

Status EncounterSession::nextTurn()
{
    if (Status running = refuseWhilePaused(); !running)
        return running;
    if (!isActive())
        return invalid(tr("Start combat before moving to the next turn."));
    if (m_encounter.combat.order.isEmpty())
        return invalid(tr("Nobody is in the initiative order."));
    Draft draft = startDraft();
    fireTurnEnd(draft, draft.currentId());
    if (!advance(draft))
        return invalid(tr("Nobody in this encounter can still fight."));
    fireTurnStart(draft, draft.currentId());
    return commitDraft(draft, tr("Next turn"), StepKind::TurnAdvance);
}

Status EncounterSession::previousTurn()
{
    if (Status running = refuseWhilePaused(); !running)
        return running;
    if (!isActive())
        return invalid(tr("Combat is not running."));
    if (Status writable = checkWritable(); !writable)
        return writable;
    // The most recent turn change not already taken back.
    int pending = 0;
    for (qsizetype i = m_undo.size() - 1; i >= 0; --i) {
        const UndoStep& step = m_undo[i];
        if (step.kind == StepKind::TurnBack) {
            ++pending;
        } else if (step.kind == StepKind::TurnAdvance) {
            if (pending > 0) {
                --pending;
                continue;
            }
            if (step.combatBefore.round == 0)
                return invalid(tr("This is the first turn of the fight."));
            ChangeSet changes = withoutFieldsChangedElsewhere(step.changes, step.done);
            CombatLogEntry entry;
            entry.id = LocalStore::newId();
            entry.encounterId = m_encounterId;
            entry.sequence = m_nextSequence;
            entry.timestampMs = m_clock.nowMs();
            entry.round = step.combatBefore.round;
            entry.turn = step.combatBefore.turnIndex + 1;
            entry.action = QStringLiteral("previous_turn");
            const QString backTo = step.combatBefore.turnIndex < step.combatBefore.order.size()
                                       ? step.combatBefore.order.at(step.combatBefore.turnIndex)
                                       : QString();
            if (const std::optional<Participant> p = participant(backTo))
                entry.actor = p->name;
            changes.put(entry);
            Result<ChangeSet> inverse = m_store.commit(changes);
            if (!inverse)
                return inverse.error();
            m_undo.append(
                UndoStep{tr("Previous turn"), *inverse, StepKind::TurnBack, m_encounter.combat, changes});
            m_redo.clear();
            m_prompts.clear();
            Status loaded = reload();
            emit changed();
            return loaded;
        }
    }
    // No turn change recorded in this session: step back without reversing effects.
    Draft draft = startDraft();
    CombatState& combat = draft.encounter.combat;
    const int size = int(combat.order.size());
    for (int step = 1; step <= size; ++step) {
        if (combat.turnIndex == 0) {
            if (combat.round <= 1)
                return invalid(tr("This is the first turn of the fight."));
            --combat.round;
            combat.turnIndex = size - 1;
        } else {
            --combat.turnIndex;
        }
        const Participant* p = draft.find(combat.order.at(combat.turnIndex));
        if (p && !isOut(*p))
            break;
    }
    draft.log(draft.actorName(), QString(), QStringLiteral("previous_turn"));
    return commitDraft(draft, tr("Previous turn"));
}

// ---------------------------------------------------------------- hit points

Status EncounterSession::applyDamage(const DamageRequest& request)
{
    if (request.targetIds.isEmpty())
        return invalid(tr("Choose at least one target."));
    if (request.amount < 0 || request.amount > 99999)
        return invalid(tr("Damage must be between 0 and 99999, not %1.").arg(request.amount));
    Draft draft = startDraft();
    for (const QString& id : request.targetIds) {
        if (!draft.find(id))
            return notFound(tr("That combatant is not in this encounter."));
    }
    const Result<QString> credited = draft.actorFor(request.source);
    if (!credited)
        return credited.error();
    const QString actor = *credited;
    QStringList names;
    QStringList removeIds;
    for (const QString& id : request.targetIds) {
        Participant& p = *draft.find(id);
        names << p.name;
        const QJsonObject before = hpValues(p);
        const bool wasConcentrating = p.concentrating;
        const DeathSaves savesBefore = p.deathSaves;
        const DamageOutcome out = HitPointRules::applyDamage(p, request, draft.encounter.rules);
        QJsonObject details{{QStringLiteral("amount"), out.rolled}, {QStringLiteral("applied"), out.applied}};
        if (!request.damageType.isEmpty())
            details.insert(QStringLiteral("type"), request.damageType);
        if (request.scale != DamageScale::Normal)
            details.insert(QStringLiteral("scale"), scaleKey(request.scale));
        if (request.critical)
            details.insert(QStringLiteral("critical"), true);
        if (out.immune)
            details.insert(QStringLiteral("immune"), true);
        if (out.resisted)
            details.insert(QStringLiteral("resisted"), true);
        if (out.vulnerable)
            details.insert(QStringLiteral("vulnerable"), true);
        if (out.overkill > 0)
            details.insert(QStringLiteral("overkill"), out.overkill);
        draft.log(actor, p.name, QStringLiteral("damage"), before, hpValues(p), details);
        if (out.killedOutright) {
            draft.log(actor, p.name, QStringLiteral("killed"), {}, {},
                      {{QStringLiteral("reason"), QStringLiteral("massive damage")}});
        } else if (out.deathSaveFailures > 0) {
            draft.log(actor, p.name, QStringLiteral("death_save_failure"), deathSaveValues(Participant{}), {},
                      {{QStringLiteral("failures"), out.deathSaveFailures}});
            CombatLogEntry& entry = draft.entries.last();
            Participant old = p;
            old.deathSaves = savesBefore;
            entry.before = deathSaveValues(old);
            entry.after = deathSaveValues(p);
        } else if (out.droppedToZero) {
            draft.log(actor, p.name, p.isCharacter() ? QStringLiteral("dying") : QStringLiteral("defeated"));
            if (!p.isCharacter() && draft.encounter.options.removeDefeatedCreatures)
                removeIds << p.id;
        }
        if (wasConcentrating && out.concentrationBroken) {
            draft.log(actor, p.name, QStringLiteral("concentration_end"),
                      {{QStringLiteral("concentrating"), true}}, {{QStringLiteral("concentrating"), false}},
                      {{QStringLiteral("reason"), QStringLiteral("0 hp")}});
        } else if (out.concentrationDc > 0) {
            draft.log(actor, p.name, QStringLiteral("concentration_check"), {}, {},
                      {{QStringLiteral("dc"), out.concentrationDc}});
            draft.prompts.append(
                Prompt{Prompt::Kind::ConcentrationCheck, p.id, p.name, out.concentrationDc, out.applied});
        }
    }
    for (const QString& id : removeIds) {
        // The creature's id stays in the log, so the fight's summary can still count its XP.
        draft.log(actor, draft.nameOf(id), QStringLiteral("remove"), {}, {},
                  {{QStringLiteral("reason"), QStringLiteral("defeated")},
                   {QStringLiteral("creatureId"), draft.find(id)->creatureId}});
        draft.removeParticipant(id);
    }
    return commitDraft(draft,
                       tr("Damage %1 to %2").arg(request.amount).arg(names.join(QStringLiteral(", "))));
}

Status EncounterSession::heal(const QStringList& targetIds, int amount, const ActingSource& source)
{
    if (targetIds.isEmpty())
        return invalid(tr("Choose at least one target."));
    if (amount < 1 || amount > 99999)
        return invalid(tr("Healing must be between 1 and 99999, not %1.").arg(amount));
    Draft draft = startDraft();
    QStringList names;
    const Result<QString> credited = draft.actorFor(source);
    if (!credited)
        return credited.error();
    const QString actor = *credited;
    const Status healed = draft.forEachTarget(targetIds, names, [&](Participant& p) -> Status {
        if (p.deathSaves.dead)
            return invalid(tr("%1 is dead; healing cannot bring them back.").arg(p.name));
        const QJsonObject before = deathSaveValues(p);
        const int restored = HitPointRules::heal(p, amount);
        draft.log(actor, p.name, QStringLiteral("heal"), before, deathSaveValues(p),
                  {{QStringLiteral("amount"), amount}, {QStringLiteral("restored"), restored}});
        return {};
    });
    if (!healed)
        return healed;
    return commitDraft(draft, tr("Heal %1 to %2").arg(amount).arg(names.join(QStringLiteral(", "))));
}

Status EncounterSession::grantTempHp(const QStringList& targetIds, int amount, const ActingSource& source)
{
    if (targetIds.isEmpty())
        return invalid(tr("Choose at least one target."));
    if (amount < 0 || amount > 99999)
        return invalid(tr("Temporary hit points must be between 0 and 99999, not %1.").arg(amount));
    Draft draft = startDraft();
    QStringList names;
    const Result<QString> credited = draft.actorFor(source);
    if (!credited)
        return credited.error();
    const QString actor = *credited;
    const Status granted = draft.forEachTarget(targetIds, names, [&](Participant& p) -> Status {
        const QJsonObject before = hpValues(p);
        HitPointRules::grantTempHp(p, amount);
        draft.log(actor, p.name, QStringLiteral("temp_hp"), before, hpValues(p),
                  {{QStringLiteral("amount"), amount}});
        return {};
    });
    if (!granted)
        return granted;
    return commitDraft(draft, tr("%1 temporary HP to %2").arg(amount).arg(names.join(QStringLiteral(", "))));
}

Status EncounterSession::setMaxHpOverride(const QString& id, std::optional<int> maxHp)
{
    if (maxHp && (*maxHp < 1 || *maxHp > 99999))
        return invalid(tr("Maximum HP must be between 1 and 99999, not %1.").arg(*maxHp));
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    const QJsonObject before{{QStringLiteral("maxHp"), p->effectiveMaxHp()},
                             {QStringLiteral("hp"), p->currentHp}};
    HitPointRules::setMaxHpOverride(*p, maxHp);
    draft.log(QString(), p->name, QStringLiteral("max_hp"), before,
              {{QStringLiteral("maxHp"), p->effectiveMaxHp()}, {QStringLiteral("hp"), p->currentHp}});
    return commitDraft(draft, tr("Maximum HP of %1").arg(p->name));
}

// ---------------------------------------------------------------- conditions

Status EncounterSession::addCondition(const ConditionRequest& request)
{
    Draft draft = startDraft();
    Participant* p = draft.find(request.targetId);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    const QString rawKey = request.key.trimmed();
    if (rawKey.isEmpty() || rawKey.size() > 100)
        return invalid(tr("A condition needs a name of 1 to 100 characters."));
    if (request.rounds == 0 || request.rounds < -1 || request.rounds > 1000)
        return invalid(tr("A duration is 1 to 1000 rounds, or until removed."));
    if (!request.anchorParticipantId.isEmpty() && !draft.find(request.anchorParticipantId))
        return notFound(tr("The combatant whose turn ends the condition is not in this encounter."));
    const bool standard = Conditions::isStandard(rawKey.toLower());
    const QString key = standard ? rawKey.toLower() : Conditions::customKey(rawKey);
    for (const QString& immunity : p->conditionImmunities) {
        if (immunity.trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return invalid(tr("%1 is immune to %2.").arg(p->name, rawKey));
    }
    const Result<QString> credited = draft.actorFor(request.source);
    if (!credited)
        return credited.error();
    const QString actor = *credited;
    const QString name = p->name;
    if (key == QLatin1String("exhaustion")) {
        if (request.exhaustionLevel < 1 || request.exhaustionLevel > Conditions::kMaxExhaustion)
            return invalid(tr("Exhaustion levels are 1 to 6, not %1.").arg(request.exhaustionLevel));
        int before = 0;
        ActiveCondition* existing = nullptr;
        for (ActiveCondition& c : p->conditions) {
            if (c.key == key)
                existing = &c;
        }
        if (existing) {
            before = existing->level;
            existing->level = request.exhaustionLevel;
            existing->hiddenFromPlayers = request.hidden;
        } else {
            ActiveCondition c;
            c.id = LocalStore::newId();
            c.key = key;
            c.level = request.exhaustionLevel;
            c.hiddenFromPlayers = request.hidden;
            c.note = request.note;
            p->conditions.append(c);
        }
        draft.log(actor, name, QStringLiteral("exhaustion"), {{QStringLiteral("level"), before}},
                  {{QStringLiteral("level"), request.exhaustionLevel}},
                  {{QStringLiteral("effect"),
                    Conditions::exhaustionEffect(request.exhaustionLevel, draft.encounter.rules)}});
        if (request.exhaustionLevel == Conditions::kMaxExhaustion) {
            // Level 6 is death under both editions.
            if (p->isCharacter()) {
                p->currentHp = 0;
                p->deathSaves.dead = true;
            } else {
                p->currentHp = 0;
                p->defeated = true;
            }
            endConcentration(draft, *p, QStringLiteral("death"));
            draft.log(actor, name, QStringLiteral("killed"), {}, {},
                      {{QStringLiteral("reason"), QStringLiteral("exhaustion")}});
        }
        return commitDraft(draft, tr("Exhaustion %1 on %2").arg(request.exhaustionLevel).arg(name));
    }
    ActiveCondition c;
    c.id = LocalStore::newId();
    c.key = key;
    c.label = standard ? request.label : (request.label.isEmpty() ? rawKey : request.label);
    c.remainingRounds = request.rounds;
    c.timing = request.timing;
    c.anchorParticipantId = request.anchorParticipantId;
    c.hiddenFromPlayers = request.hidden;
    c.note = request.note;
    const QString anchor = request.anchorParticipantId.isEmpty() ? p->id : request.anchorParticipantId;
    c.skipNextTick =
        request.rounds > 0 && request.timing == DurationTiming::TurnEnd && draft.currentId() == anchor;
    p->conditions.append(c);
    const QString shown = Conditions::displayName(c, draft.encounter.rules);
    QJsonObject details{{QStringLiteral("condition"), shown}};
    if (request.rounds > 0) {
        details.insert(QStringLiteral("rounds"), request.rounds);
        details.insert(QStringLiteral("until"),
                       QStringLiteral("%1 of %2's turn")
                           .arg(request.timing == DurationTiming::TurnStart ? QStringLiteral("start")
                                                                            : QStringLiteral("end"),
                                draft.nameOf(anchor)));
    }
    if (request.hidden)
        details.insert(QStringLiteral("hidden"), true);
    draft.log(actor, name, QStringLiteral("condition_add"), {}, {}, details);
    if (Conditions::isIncapacitating(key))
        endConcentration(draft, *draft.find(request.targetId), shown.toLower());
    return commitDraft(draft, tr("%1 on %2").arg(shown, name));
}

Status EncounterSession::removeCondition(const QString& participantId, const QString& conditionId,
                                         const ActingSource& source)
{
    Draft draft = startDraft();
    Participant* p = draft.find(participantId);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    const Result<QString> credited = draft.actorFor(source);
    if (!credited)
        return credited.error();
    for (qsizetype i = 0; i < p->conditions.size(); ++i) {
        if (p->conditions[i].id != conditionId)
            continue;
        const QString shown = Conditions::displayName(p->conditions[i], draft.encounter.rules);
        p->conditions.removeAt(i);
        draft.log(*credited, p->name, QStringLiteral("condition_remove"), {}, {},
                  {{QStringLiteral("condition"), shown}});
        return commitDraft(draft, tr("Remove %1 from %2").arg(shown, p->name));
    }
    return notFound(tr("%1 does not have that condition.").arg(p->name));
}

Status EncounterSession::setConcentration(const QString& id, bool concentrating, const QString& note)
{
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    if (p->concentrating == concentrating && p->concentrationNote == note)
        return {};
    if (concentrating && p->currentHp == 0 && p->kind != ParticipantKind::Lair)
        return invalid(tr("%1 is at 0 hit points and cannot concentrate.").arg(p->name));
    const bool before = p->concentrating;
    p->concentrating = concentrating;
    p->concentrationNote = concentrating ? note : QString();
    QJsonObject details;
    if (!note.isEmpty())
        details.insert(QStringLiteral("on"), note);
    draft.log(draft.actorName(), p->name,
              concentrating ? QStringLiteral("concentration_start") : QStringLiteral("concentration_end"),
              {{QStringLiteral("concentrating"), before}}, {{QStringLiteral("concentrating"), concentrating}},
              details);
    return commitDraft(draft, concentrating ? tr("%1 concentrates").arg(p->name)
                                            : tr("%1 stops concentrating").arg(p->name));
}

Status EncounterSession::recordConcentrationSave(const QString& id, int saveTotal, int dc)
{
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    if (!p->concentrating)
        return invalid(tr("%1 is not concentrating.").arg(p->name));
    const bool kept = saveTotal >= dc;
    draft.log(p->name, p->name, QStringLiteral("concentration_save"), {}, {},
              {{QStringLiteral("dc"), dc},
               {QStringLiteral("total"), saveTotal},
               {QStringLiteral("result"), kept ? QStringLiteral("kept") : QStringLiteral("lost")}});
    if (!kept)
        endConcentration(draft, *p, QStringLiteral("failed save"));
    return commitDraft(draft, tr("Concentration save of %1").arg(p->name));
}

// ---------------------------------------------------------------- death saves

Status EncounterSession::recordDeathSave(const QString& id, int roll)
{
    if (roll < 1 || roll > 20)
        return invalid(tr("A death save is a d20 roll from 1 to 20, not %1.").arg(roll));
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    if (!HitPointRules::isDying(*p))
        return invalid(tr("%1 is not dying.").arg(p->name));
    const QJsonObject before = deathSaveValues(*p);
    HitPointRules::recordDeathSave(*p, roll);
    draft.log(p->name, p->name, QStringLiteral("death_save"), before, deathSaveValues(*p),
              {{QStringLiteral("roll"), roll}});
    if (p->deathSaves.dead)
        draft.log(p->name, p->name, QStringLiteral("killed"), {}, {},
                  {{QStringLiteral("reason"), QStringLiteral("death saves")}});
    else if (p->deathSaves.stable)
        draft.log(p->name, p->name, QStringLiteral("stable"));
    return commitDraft(draft, tr("Death save %1 for %2").arg(roll).arg(p->name));
}

Status EncounterSession::rollDeathSave(const QString& id)
{
    const std::optional<Participant> p = participant(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    if (!HitPointRules::isDying(*p))
        return invalid(tr("%1 is not dying.").arg(p->name));
    return recordDeathSave(id, m_random.die(20));
}

// ---------------------------------------------------------------- limited resources

Status EncounterSession::useLegendaryAction(const QString& id, int cost)
{
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    if (p->legendaryActionsMax == 0)
        return invalid(tr("%1 has no legendary actions.").arg(p->name));
    if (cost < 1 || cost > p->legendaryActionsMax)
        return invalid(tr("A legendary action costs 1 to %1, not %2.").arg(p->legendaryActionsMax).arg(cost));
    if (p->legendaryActionsLeft < cost)
        return invalid(tr("%1 has %2 legendary actions left, not %3.")
                           .arg(p->name)
                           .arg(p->legendaryActionsLeft)
                           .arg(cost));
    const int before = p->legendaryActionsLeft;
    p->legendaryActionsLeft -= cost;
    draft.log(
        p->name, p->name, QStringLiteral("legendary_action"), {{QStringLiteral("legendaryActions"), before}},
        {{QStringLiteral("legendaryActions"), p->legendaryActionsLeft}}, {{QStringLiteral("cost"), cost}});
    return commitDraft(draft, tr("Legendary action of %1").arg(p->name));
}

Status EncounterSession::useLegendaryResistance(const QString& id)
{
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    if (p->legendaryResistancesLeft < 1)
        return invalid(tr("%1 has no legendary resistance left.").arg(p->name));
    const int before = p->legendaryResistancesLeft--;
    draft.log(p->name, p->name, QStringLiteral("legendary_resistance"), {{QStringLiteral("left"), before}},
              {{QStringLiteral("left"), p->legendaryResistancesLeft}});
    return commitDraft(draft, tr("Legendary resistance of %1").arg(p->name));
}

Status EncounterSession::useReaction(const QString& id)
{
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    if (p->reactionUsed)
        return invalid(tr("%1 has already used its reaction this round.").arg(p->name));
    p->reactionUsed = true;
    draft.log(p->name, p->name, QStringLiteral("reaction"));
    return commitDraft(draft, tr("Reaction of %1").arg(p->name));
}

Status EncounterSession::restoreReaction(const QString& id)
{
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    if (!p->reactionUsed)
        return invalid(tr("%1 has its reaction already.").arg(p->name));
    p->reactionUsed = false;
    draft.log(QString(), p->name, QStringLiteral("reaction_reset"));
    return commitDraft(draft, tr("Reaction of %1 back").arg(p->name));
}

Status EncounterSession::longRest()
{
    Draft draft = startDraft();
    QStringList names;
    for (Participant& p : draft.participants) {
        const QJsonObject before{{QStringLiteral("hp"), p.currentHp},
                                 {QStringLiteral("tempHp"), p.tempHp},
                                 {QStringLiteral("legendaryResistances"), p.legendaryResistancesLeft}};
        if (!LongRest::apply(p))
            continue;
        draft.log(QString(), p.name, QStringLiteral("long_rest"), before,
                  {{QStringLiteral("hp"), p.currentHp},
                   {QStringLiteral("maxHp"), p.effectiveMaxHp()},
                   {QStringLiteral("tempHp"), p.tempHp},
                   {QStringLiteral("legendaryResistances"), p.legendaryResistancesLeft}});
        names.append(p.name);
    }
    if (names.isEmpty())
        return invalid(tr("Everyone is already rested: nothing for a long rest to restore."));
    return commitDraft(draft, tr("Long rest for %1").arg(names.join(QStringLiteral(", "))));
}

Status EncounterSession::useRecharge(const QString& id, const QString& actionName)
{
    Draft draft = startDraft();
    Participant* p = draft.find(id);
    if (!p)
        return notFound(tr("That combatant is not in this encounter."));
    for (RechargeState& recharge : p->recharges) {
        if (recharge.actionName.compare(actionName, Qt::CaseInsensitive) != 0)
            continue;
        if (!recharge.available)
            return invalid(tr("%1 of %2 has not recharged yet.").arg(recharge.actionName, p->name));
        recharge.available = false;
        draft.log(p->name, p->name, QStringLiteral("recharge_use"), {{QStringLiteral("available"), true}},
                  {{QStringLiteral("available"), false}}, {{QStringLiteral("action"), recharge.actionName}});
        return commitDraft(draft, tr("%1 of %2").arg(recharge.actionName, p->name));
    }
    return notFound(tr("%1 has no recharging ability called %2.").arg(p->name, actionName));
}

// ---------------------------------------------------------------- free rolls

Result<DiceRoll> EncounterSession::recordRoll(const QString& label, const QString& expression,
                                              const QString& actorId)
{
    static constexpr int kMaxLabel = 200;
    const QString shownLabel = label.trimmed();
    if (shownLabel.size() > kMaxLabel)
        return invalid(
            tr("A roll's label has at most %1 characters, not %2.").arg(kMaxLabel).arg(shownLabel.size()));
    Result<DiceExpression> dice = DiceExpression::parse(expression);
    if (!dice)
        return dice.error();
    Draft draft = startDraft();
    QString actor;
    if (!actorId.isEmpty()) {
        const Participant* p = draft.find(actorId);
        if (!p)
            return notFound(tr("That combatant is not in this encounter."));
        actor = p->name;
    }
    const DiceRoll roll = dice->roll(m_random);
    const QJsonObject rolled = dice->rollToJson(roll);
    QJsonObject details{{QStringLiteral("label"), shownLabel},
                        {QStringLiteral("expression"), dice->text()},
                        {QStringLiteral("total"), roll.total},
                        {QStringLiteral("dice"), rolled.value(QStringLiteral("dice"))}};
    if (!actorId.isEmpty())
        details.insert(QStringLiteral("actorId"), actorId);
    draft.log(actor, QString(), QStringLiteral("roll"), {}, {}, details);
    const QString what = shownLabel.isEmpty() ? dice->text() : shownLabel;
    if (Status status = commitDraft(draft, tr("Roll %1").arg(what)); !status)
        return status.error();
    return roll;
}

} // namespace dnd::rules
