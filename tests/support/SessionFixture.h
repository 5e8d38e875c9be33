#pragma once

#include "TestSupport.h"
#include "model/ElementMerge.h"
#include "model/Encounter.h"
#include "rules/EncounterSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <algorithm>
#include <memory>

// Fails the test unless the session refuses `command` with the error code `expectedCode` and changes
// nothing at all (see SessionFixture::untouchedState).
#define CHECK_REFUSED(fixture, command, expectedCode)                                                        \
    do {                                                                                                     \
        const QByteArray before_ = (fixture).untouchedState();                                               \
        CHECK_FAILS(command, expectedCode);                                                                  \
        const QByteArray after_ = (fixture).untouchedState();                                                \
        QVERIFY2(after_ == before_,                                                                          \
                 ("changed by " #command ": " + dnd::test::firstDifference(before_, after_)).constData());   \
    } while (false)

namespace dnd::test {

// Hands out fixed d20/d6 faces in order, then falls back to a seeded generator.
class ScriptedRandom final : public RandomSource {
public:
    explicit ScriptedRandom(quint64 seed = 1) : m_fallback(seed) {}
    void push(std::initializer_list<int> faces) { m_faces.append(QList<int>(faces)); }
    int uniform(int low, int high) override
    {
        if (m_faces.isEmpty())
            return m_fallback.uniform(low, high);
        return qBound(low, m_faces.takeFirst(), high);
    }

private:
    QList<int> m_faces;
    SeededRandom m_fallback;
};

// What the service does between two devices, without one: the sender's queued changes reach the
// receiver as pulled rows (each field with its clock; a removed field only as its clock), and
// leave the sender's outbox.
inline void relayChanges(LocalStore& from, LocalStore& to)
{
    const QList<OutboxEntry> queued = from.outbox(1'000'000);
    if (queued.isEmpty())
        return;
    QList<RemoteRow> rows;
    for (const OutboxEntry& entry : queued) {
        RemoteRow row{entry.kind, entry.rowId, entry.causalLength, {}, {}};
        for (auto it = entry.payload.constBegin(); it != entry.payload.constEnd(); ++it) {
            if (isElementClockKey(it.key())) { // a list element's own clock, not a field
                row.clocks.insert(it.key(), it.value().toString());
                continue;
            }
            if (!it.value().isNull())
                row.fields.insert(it.key(), it.value());
            row.clocks.insert(it.key(), entry.hlc);
        }
        rows.append(row);
    }
    if (!to.applyRemote(rows).ok() || !from.acknowledgeOutbox(queued.last().mutationId).ok())
        qFatal("relaying the changes failed");
}

// A condition put on `target` by the DM, for `rounds` rounds (-1: until removed).
inline rules::ConditionRequest conditionRequest(const QString& target, const QString& key, int rounds = -1)
{
    rules::ConditionRequest request;
    request.targetId = target;
    request.key = key;
    request.rounds = rounds;
    return request;
}

// A temporary store with one encounter and a session over it.
struct SessionFixture {
    explicit SessionFixture(RulesEdition rules = RulesEdition::Srd2014, quint64 seed = 1) : random(seed)
    {
        Encounter encounter;
        encounter.id = LocalStore::newId();
        encounter.name = QStringLiteral("Test encounter");
        encounter.rules = rules;
        ChangeSet changes;
        changes.put(encounter);
        if (!temp.store->commit(changes).ok())
            qFatal("could not create the encounter");
        encounterId = encounter.id;
        session = std::make_unique<rules::EncounterSession>(*temp.store, encounterId, random, temp.clock);
        if (!session->load().ok())
            qFatal("could not load the session");
    }

    static Creature creature(const QString& name, int hp, int dex = 10, int ac = 12)
    {
        Creature c;
        c.id = QStringLiteral("creature-") + name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        c.name = name;
        c.hp = hp;
        c.ac = ac;
        c.abilities.setScore(Ability::Dexterity, dex);
        return c;
    }

    static Creature dragon()
    {
        Creature c = creature(QStringLiteral("Adult Red Dragon"), 256, 10, 19);
        c.challengeRating = QStringLiteral("17");
        c.damageImmunities = {QStringLiteral("fire")};
        c.conditionImmunities = {QStringLiteral("frightened")};
        c.legendaryActionsPerRound = 3;
        c.legendaryResistances = 3;
        CreatureAction breath;
        breath.name = QStringLiteral("Fire Breath");
        breath.rechargeOn = 5;
        c.actions.append(breath);
        return c;
    }

    static Character character(const QString& name, int hp, int dex = 10, int bonus = 0)
    {
        Character c;
        c.id = QStringLiteral("character-") + name.toLower();
        c.name = name;
        c.maxHp = hp;
        c.currentHp = hp;
        c.abilities.setScore(Ability::Dexterity, dex);
        c.initiativeBonus = bonus;
        return c;
    }

    QString add(const Creature& c, int count = 1)
    {
        const Result<QStringList> ids = session->addParticipants(c, count);
        if (!ids.ok())
            qFatal("add failed: %s", qPrintable(ids.errorMessage()));
        return ids->first();
    }
    QString add(const Character& c)
    {
        const Result<QString> id = session->addParticipant(c);
        if (!id.ok())
            qFatal("add failed: %s", qPrintable(id.errorMessage()));
        return *id;
    }

    // The encounter as stored: the encounter document, every live participant (by id) and every
    // combat log entry (by sequence). Two equal snapshots mean the same table state.
    QByteArray storedState(bool withLog = true)
    {
        QJsonObject state;
        const std::optional<Encounter> encounter = temp.store->get<Encounter>(encounterId);
        state.insert(QStringLiteral("encounter"), encounter ? encounter->toJson() : QJsonObject());
        QList<Participant> participants = temp.store->childrenOf<Participant>(encounterId);
        std::sort(participants.begin(), participants.end(),
                  [](const Participant& a, const Participant& b) { return a.id < b.id; });
        QJsonArray list;
        for (const Participant& p : participants)
            list.append(p.toJson());
        state.insert(QStringLiteral("participants"), list);
        if (withLog) {
            QList<CombatLogEntry> log = temp.store->childrenOf<CombatLogEntry>(encounterId);
            std::sort(log.begin(), log.end(), [](const CombatLogEntry& a, const CombatLogEntry& b) {
                return a.sequence < b.sequence;
            });
            QJsonArray entries;
            for (const CombatLogEntry& entry : log)
                entries.append(entry.toJson());
            state.insert(QStringLiteral("log"), entries);
        }
        return QJsonDocument(state).toJson(QJsonDocument::Compact);
    }

    // What the session shows: the encounter, the combatants in turn order and the combat log, as
    // held in memory (a command or an undo that leaves them stale differs from storedState()).
    QByteArray sessionView() const
    {
        QJsonArray participants;
        for (const Participant& p : session->participants())
            participants.append(p.toJson());
        QJsonArray log;
        for (const CombatLogEntry& entry : session->log())
            log.append(entry.toJson());
        const QJsonObject view{{QStringLiteral("encounter"), session->encounter().toJson()},
                               {QStringLiteral("participants"), participants},
                               {QStringLiteral("log"), log}};
        return QJsonDocument(view).toJson(QJsonDocument::Compact);
    }

    // Everything a refused command must leave as it was: the stored tables, the session's view, its
    // undo and redo history and the outbox of changes waiting to be synced.
    QByteArray untouchedState()
    {
        return storedState() + '\n' + sessionView() + '\n' + session->undoText().toUtf8() + '\n' +
               session->redoText().toUtf8() + '\n' + QByteArray::number(temp.store->outboxSize());
    }

    Participant get(const QString& id) const { return session->participant(id).value(); }

    TemporaryStore temp;
    ScriptedRandom random;
    QString encounterId;
    std::unique_ptr<rules::EncounterSession> session;
};

} // namespace dnd::test
