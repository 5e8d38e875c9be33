// The sync record: every local commit writes its field clocks and outbox rows in the same
// transaction as the data; payloads carry only what changed; undo is exact.
#include "SampleEntities.h"
#include "TestSupport.h"
#include "util/ErrorCodes.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

qint64 countRows(LocalStore& store, const QString& sql)
{
    QSqlQuery query(store.database().connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString lastHlc(LocalStore& store)
{
    QSqlQuery query(store.database().connection());
    query.exec(QStringLiteral("SELECT last_hlc FROM sync_state WHERE id = 1"));
    query.next();
    return query.value(0).toString();
}

} // namespace

class TestSyncRecord final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failedCommitLeavesNeitherDataNorSyncRecord_data();
    void failedCommitLeavesNeitherDataNorSyncRecord();
    void outboxPayloadsCarryWhatChanged();
    void fieldClocksFollowEdits();
    void oneCommitIsOneTransactionId();
    void clockIsMonotonicAcrossRestarts();
    void clientIdIsStable();
    void inverseUndoesExactly();
    void randomEditsUndoExactly();

private:
    std::unique_ptr<TemporaryStore> m_temp;
    LocalStore& store() { return *m_temp->store; }
};

void TestSyncRecord::init()
{
    m_temp = std::make_unique<TemporaryStore>();
}

void TestSyncRecord::cleanup()
{
    m_temp.reset();
}

void TestSyncRecord::failedCommitLeavesNeitherDataNorSyncRecord_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("code"); // the refusal is this failure's, not another one's
    QTest::newRow("invalid second op") << QStringLiteral("invalid") << QStringLiteral("VALIDATION_ERROR");
    QTest::newRow("missing record in third op") << QStringLiteral("missing") << QStringLiteral("NOT_FOUND");
    QTest::newRow("template edit in last op") << QStringLiteral("template") << QStringLiteral("READ_ONLY");
    QTest::newRow("database refuses the write") << QStringLiteral("sql") << codes::kDbConstraint;
}

void TestSyncRecord::failedCommitLeavesNeitherDataNorSyncRecord()
{
    QFETCH(QString, failure);
    LocalStore& s = store();
    const Party existing = sampleParty(QStringLiteral("Existing"));
    Creature goblin = sampleCreature(QStringLiteral("Goblin"));
    goblin.isTemplate = true;
    CHECK_OK(s.commit(ChangeSet().put(existing)));
    CHECK_OK(s.commit(ChangeSet(ChangeOrigin::Bundled).put(goblin)));
    if (failure == QLatin1String("sql")) {
        // A trigger stands in for a disk or constraint failure in the middle of the transaction.
        QVERIFY(s.database()
                    .exec(QStringLiteral("CREATE TRIGGER refuse AFTER INSERT ON character BEGIN "
                                         "SELECT RAISE(ABORT, 'refused by test'); END"))
                    .ok());
    }
    const qint64 outboxBefore = s.outboxSize();
    const qint64 clocksBefore = countRows(s, QStringLiteral("SELECT count(*) FROM field_clock"));
    const qint64 txBefore = countRows(s, QStringLiteral("SELECT next_tx_id FROM sync_state"));
    const QString hlcBefore = lastHlc(s);

    const Party party = sampleParty(QStringLiteral("New"));
    ChangeSet changes;
    changes.put(party);
    changes.put(EntityKind::Party, existing.id, {{QStringLiteral("name"), QStringLiteral("Renamed")}});
    if (failure == QLatin1String("invalid")) {
        Character broken = sampleCharacter(party.id);
        broken.level = 0;
        changes.put(broken);
    } else if (failure == QLatin1String("missing")) {
        changes.remove(EntityKind::Encounter, LocalStore::newId());
    } else if (failure == QLatin1String("template")) {
        changes.put(EntityKind::Creature, goblin.id, {{QStringLiteral("hp"), 3}});
    } else {
        changes.put(sampleCharacter(party.id));
    }
    QFETCH(QString, code);
    Result<ChangeSet> result = s.commit(changes);
    CHECK_FAILS(result, code);
    QVERIFY(!result.errorMessage().isEmpty());

    QVERIFY(!s.get<Party>(party.id));
    QCOMPARE(s.get<Party>(existing.id)->name, QStringLiteral("Existing"));
    QCOMPARE(s.count(EntityKind::Character), 0);
    QCOMPARE(s.outboxSize(), outboxBefore);
    QCOMPARE(countRows(s, QStringLiteral("SELECT count(*) FROM field_clock")), clocksBefore);
    QCOMPARE(countRows(s, QStringLiteral("SELECT next_tx_id FROM sync_state")), txBefore);
    QCOMPARE(lastHlc(s), hlcBefore);
    QVERIFY(!s.database().inTransaction());

    // The store keeps working after the failure.
    CHECK_OK(s.commit(ChangeSet().put(party)));
    QCOMPARE(s.outboxSize(), outboxBefore + 1);
}

void TestSyncRecord::outboxPayloadsCarryWhatChanged()
{
    LocalStore& s = store();
    Party party = sampleParty();
    CHECK_OK(s.commit(ChangeSet().put(party)));
    m_temp->clock.advance(1000);
    // Unchanged put: nothing to sync.
    CHECK_OK(s.commit(ChangeSet().put(party)));
    party.name = QStringLiteral("Renamed");
    CHECK_OK(s.commit(ChangeSet().put(party)));
    QVERIFY(s.commit(ChangeSet().put(EntityKind::Party, party.id,
                                     {{QStringLiteral("description"), QJsonValue()}}))
                .ok());
    CHECK_OK(s.commit(ChangeSet().remove(EntityKind::Party, party.id)));
    CHECK_OK(s.commit(ChangeSet().restore(EntityKind::Party, party.id)));

    const QList<OutboxEntry> outbox = s.outbox();
    QCOMPARE(outbox.size(), 5);
    for (const OutboxEntry& entry : outbox) {
        QCOMPARE(entry.kind, EntityKind::Party);
        QCOMPARE(entry.rowId, party.id);
    }
    // Create: the whole record.
    QCOMPARE(outbox[0].op, QStringLiteral("put"));
    QCOMPARE(outbox[0].causalLength, 1);
    QCOMPARE(outbox[0].payload.value(QStringLiteral("name")).toString(),
             QStringLiteral("The Lantern Bearers"));
    QCOMPARE(outbox[0].payload.value(QStringLiteral("id")).toString(), party.id);
    QVERIFY(outbox[0].payload.contains(QStringLiteral("description")));
    // Edit: only the changed field.
    QCOMPARE(outbox[1].op, QStringLiteral("put"));
    QCOMPARE(outbox[1].payload, (QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}}));
    QCOMPARE(outbox[1].causalLength, 1);
    // Field removal travels as null.
    QCOMPARE(outbox[2].payload, (QJsonObject{{QStringLiteral("description"), QJsonValue()}}));
    QVERIFY(!s.document(EntityKind::Party, party.id)->contains(QStringLiteral("description")));
    // Delete: no fields, an even causal length.
    QCOMPARE(outbox[3].op, QStringLiteral("delete"));
    QCOMPARE(outbox[3].payload, QJsonObject());
    QCOMPARE(outbox[3].causalLength, 2);
    // Undelete: the record again with the next odd causal length.
    QCOMPARE(outbox[4].op, QStringLiteral("put"));
    QCOMPARE(outbox[4].causalLength, 3);
    QCOMPARE(outbox[4].payload.value(QStringLiteral("name")).toString(), QStringLiteral("Renamed"));
    // Mutation ids and clocks both increase.
    for (qsizetype i = 1; i < outbox.size(); ++i) {
        QVERIFY(outbox[i - 1].mutationId < outbox[i].mutationId);
        QVERIFY(outbox[i - 1].hlc < outbox[i].hlc);
        QVERIFY(outbox[i].hlc.endsWith(s.clientId()));
    }
    QCOMPARE(s.outbox(2).size(), 2);
}

void TestSyncRecord::fieldClocksFollowEdits()
{
    LocalStore& s = store();
    const Character hero = sampleCharacter(LocalStore::newId());
    CHECK_OK(s.commit(ChangeSet().put(hero)));
    const QString created = s.fieldClock(EntityKind::Character, hero.id, QStringLiteral("name"));
    QVERIFY(!created.isEmpty());
    QCOMPARE(s.fieldClock(EntityKind::Character, hero.id, QStringLiteral("currentHp")), created);
    m_temp->clock.advance(10);
    QVERIFY(
        s.commit(ChangeSet().put(EntityKind::Character, hero.id, {{QStringLiteral("currentHp"), 3}})).ok());
    const QString edited = s.fieldClock(EntityKind::Character, hero.id, QStringLiteral("currentHp"));
    QVERIFY(created < edited);
    QCOMPARE(s.fieldClock(EntityKind::Character, hero.id, QStringLiteral("name")), created);
    QCOMPARE(s.outbox().last().hlc, edited);
    QVERIFY(s.fieldClock(EntityKind::Character, LocalStore::newId(), QStringLiteral("name")).isEmpty());
}

void TestSyncRecord::oneCommitIsOneTransactionId()
{
    LocalStore& s = store();
    const Party party = sampleParty();
    QVERIFY(
        s.commit(ChangeSet().put(party).put(sampleCharacter(party.id)).put(sampleCharacter(party.id))).ok());
    CHECK_OK(s.commit(ChangeSet().put(sampleEncounter(party.id))));
    const QList<OutboxEntry> outbox = s.outbox();
    QCOMPARE(outbox.size(), 4);
    QCOMPARE(outbox[0].txId, outbox[1].txId);
    QCOMPARE(outbox[1].txId, outbox[2].txId);
    QCOMPARE(outbox[3].txId, outbox[0].txId + 1);
    m_temp->reopen();
    CHECK_OK(store().commit(ChangeSet().put(sampleParty())));
    QCOMPARE(store().outbox().last().txId, outbox[3].txId + 1);
}

void TestSyncRecord::clockIsMonotonicAcrossRestarts()
{
    CHECK_OK(store().commit(ChangeSet().put(sampleParty())));
    const QString before = store().outbox().last().hlc;
    QCOMPARE(lastHlc(store()), before);
    // The machine's clock is set back an hour between two sessions.
    m_temp->clock.advance(-3600 * 1000);
    m_temp->reopen();
    CHECK_OK(store().commit(ChangeSet().put(sampleParty())));
    const QString after = store().outbox().last().hlc;
    QVERIFY2(before < after, qPrintable(before + QStringLiteral(" !< ") + after));
    QCOMPARE(lastHlc(store()), after);
}

void TestSyncRecord::clientIdIsStable()
{
    const QString id = store().clientId();
    QCOMPARE(id.size(), 32);
    m_temp->reopen();
    QCOMPARE(store().clientId(), id);
    TemporaryStore other;
    QVERIFY(other.store->clientId() != id);
}

void TestSyncRecord::inverseUndoesExactly()
{
    LocalStore& s = store();
    const Party party = sampleParty();
    Result<ChangeSet> created = s.commit(ChangeSet().put(party));
    CHECK_OK(created);
    const QJsonObject original = *s.document(EntityKind::Party, party.id);

    Result<ChangeSet> edited =
        s.commit(ChangeSet()
                     .put(EntityKind::Party, party.id,
                          {{QStringLiteral("name"), QStringLiteral("Renamed")},
                           {QStringLiteral("homeTown"), QStringLiteral("Phandalin")}})
                     .put(EntityKind::Party, party.id, {{QStringLiteral("archived"), true}}));
    CHECK_OK(edited);
    QCOMPARE(s.document(EntityKind::Party, party.id)->value(QStringLiteral("homeTown")).toString(),
             QStringLiteral("Phandalin"));

    // Undo the edit: the added field disappears again, the others come back.
    Result<ChangeSet> redo = s.commit(*edited);
    CHECK_OK(redo);
    QCOMPARE(s.document(EntityKind::Party, party.id), std::optional<QJsonObject>(original));
    // Redo and undo again.
    CHECK_OK(s.commit(*redo));
    QCOMPARE(s.document(EntityKind::Party, party.id)->value(QStringLiteral("name")).toString(),
             QStringLiteral("Renamed"));
    CHECK_OK(s.commit(*edited));
    QCOMPARE(s.document(EntityKind::Party, party.id), std::optional<QJsonObject>(original));

    // Undoing the creation deletes; undoing that restores.
    Result<ChangeSet> uncreate = s.commit(*created);
    CHECK_OK(uncreate);
    QVERIFY(s.isDeleted(EntityKind::Party, party.id));
    CHECK_OK(s.commit(*uncreate));
    QCOMPARE(s.document(EntityKind::Party, party.id), std::optional<QJsonObject>(original));
    // Undo is itself a local change that sync must carry.
    QCOMPARE(s.outbox().last().op, QStringLiteral("put"));
    QCOMPARE(s.outbox().last().causalLength, 3);
}

// Undoing random edits one commit at a time passes through every state the edits went through:
// after each undo the party and the character (documents and whether they are deleted) are those
// from before that edit, and redoing (committing each undo's own inverse) passes through them again.
void TestSyncRecord::randomEditsUndoExactly()
{
    LocalStore& s = store();
    QRandomGenerator random(20240611);
    const Party party = sampleParty();
    const Character hero = sampleCharacter(party.id);
    CHECK_OK(s.commit(ChangeSet().put(party).put(hero)));
    const auto state = [&] {
        QJsonObject result;
        for (const auto& [kind, id] :
             {std::pair{EntityKind::Party, party.id}, {EntityKind::Character, hero.id}}) {
            result.insert(entityName(kind),
                          QJsonObject{{QStringLiteral("doc"), s.document(kind, id).value_or(QJsonObject())},
                                      {QStringLiteral("deleted"), s.isDeleted(kind, id)}});
        }
        return QJsonDocument(result).toJson(QJsonDocument::Compact);
    };

    QList<QByteArray> states{state()}; // states[i]: before edit i + 1
    QList<ChangeSet> undo;
    for (int step = 0; step < 60; ++step) {
        ChangeSet changes;
        switch (random.bounded(5)) {
        case 0:
            changes.put(EntityKind::Character, hero.id,
                        {{QStringLiteral("currentHp"), int(random.bounded(39))}});
            break;
        case 1:
            changes.put(EntityKind::Character, hero.id,
                        {{QStringLiteral("extra%1").arg(random.bounded(3)), step}});
            break;
        case 2:
            changes.put(EntityKind::Character, hero.id,
                        {{QStringLiteral("extra%1").arg(random.bounded(3)), QJsonValue()}});
            break;
        case 3:
            if (!s.isDeleted(EntityKind::Party, party.id))
                changes.put(EntityKind::Party, party.id,
                            {{QStringLiteral("name"), QStringLiteral("Name %1").arg(step)}});
            changes.put(EntityKind::Character, hero.id,
                        {{QStringLiteral("notes"), QStringLiteral("step %1").arg(step)}});
            break;
        default:
            if (s.isDeleted(EntityKind::Party, party.id))
                changes.restore(EntityKind::Party, party.id);
            else
                changes.remove(EntityKind::Party, party.id);
        }
        Result<ChangeSet> inverse = s.commit(changes);
        CHECK_OK(inverse);
        undo.append(*inverse);
        states.append(state());
    }
    QList<ChangeSet> redo;
    for (qsizetype i = undo.size() - 1; i >= 0; --i) {
        Result<ChangeSet> undone = s.commit(undo[i]);
        CHECK_OK(undone);
        redo.prepend(*undone);
        const QByteArray now = state();
        QVERIFY2(now == states[i], qPrintable(QStringLiteral("undoing edit %1: ").arg(i + 1) +
                                              QString::fromUtf8(firstDifference(states[i], now))));
    }
    for (qsizetype i = 0; i < redo.size(); ++i) {
        CHECK_OK(s.commit(redo[i]));
        const QByteArray now = state();
        QVERIFY2(now == states[i + 1], qPrintable(QStringLiteral("redoing edit %1: ").arg(i + 1) +
                                                  QString::fromUtf8(firstDifference(states[i + 1], now))));
    }
}

QTEST_GUILESS_MAIN(TestSyncRecord)
#include "TestSyncRecord.moc"
