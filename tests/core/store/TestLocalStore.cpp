// LocalStore: create, read, update, delete (tombstone) and restore for every entity kind;
// validation refusals that write nothing; read-only templates; bundled writes.
#include "CompleteEntities.h"
#include "SampleEntities.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

// One valid record of each kind, with a parent id where the kind has one, and an edit to make.
struct KindCase {
    EntityKind kind;
    QString id;
    QString parentId;
    QJsonObject doc;
    QJsonObject edit;
    // What the edit sends: the edited fields, and the rest of a group of fields that only make
    // sense together (HP), which travels whole.
    QJsonObject sent;
};

KindCase makeCase(const QString& kindName)
{
    const QString parent = LocalStore::newId();
    const EntityKind kind = *entityKindFromName(kindName);
    QJsonObject doc;
    QJsonObject edit;
    QJsonObject sent;
    QString parentId;
    switch (kind) {
    case EntityKind::Party:
        doc = sampleParty().toJson();
        edit = {{QStringLiteral("name"), QStringLiteral("Renamed party")}};
        break;
    case EntityKind::Character:
        doc = sampleCharacter(parent).toJson();
        parentId = parent;
        edit = {{QStringLiteral("currentHp"), 12}, {QStringLiteral("tempHp"), 0}};
        sent = {{QStringLiteral("maxHp"), doc.value(QStringLiteral("maxHp"))}};
        break;
    case EntityKind::Creature:
        doc = sampleCreature().toJson();
        edit = {{QStringLiteral("hp"), 90}, {QStringLiteral("tags"), QJsonArray{QStringLiteral("boss")}}};
        break;
    case EntityKind::Encounter:
        doc = sampleEncounter(parent).toJson();
        parentId = parent;
        edit = {{QStringLiteral("status"), QStringLiteral("active")}};
        break;
    case EntityKind::Participant:
        doc = sampleParticipant(parent).toJson();
        parentId = parent;
        edit = {{QStringLiteral("currentHp"), 0}, {QStringLiteral("defeated"), true}};
        sent = {{QStringLiteral("maxHp"), 84},
                {QStringLiteral("maxHpOverride"), QJsonValue::Null},
                {QStringLiteral("tempHp"), 0}};
        break;
    case EntityKind::CombatLog:
        doc = sampleLogEntry(parent).toJson();
        parentId = parent;
        edit = {{QStringLiteral("target"), QStringLiteral("Troll 2")}};
        break;
    }
    const QString id = doc.value(QStringLiteral("id")).toString();
    for (auto it = edit.constBegin(); it != edit.constEnd(); ++it)
        sent.insert(it.key(), it.value());
    return {kind, id, parentId, doc, edit, sent};
}

// What the store keeps: the document without null fields (null means "absent").
QJsonObject withoutNulls(QJsonObject doc)
{
    for (const QString& key : doc.keys()) {
        if (doc.value(key).isNull())
            doc.remove(key);
    }
    return doc;
}

// The sync record of the last change: the outbox holds `count` rows, the newest for this record.
void verifyLastSyncRecord(LocalStore& store, const KindCase& c, qint64 count, const QString& op,
                          const QJsonObject& payload, qint64 causalLength)
{
    QCOMPARE(store.outboxSize(), count);
    const OutboxEntry last = store.outbox().last();
    QCOMPARE(last.kind, c.kind);
    QCOMPARE(last.rowId, c.id);
    QCOMPARE(last.op, op);
    QCOMPARE(last.payload, payload);
    QCOMPARE(last.causalLength, causalLength);
}

} // namespace

class TestLocalStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void crud_data();
    void crud();
    void typedAccessors();
    void everyFieldSurvivesTheStore();
    void writePathReusesPreparedStatements();
    void invalidRecordWritesNothing_data();
    void invalidRecordWritesNothing();
    void editingADeletedRecordIsRefused();
    void removingAMissingRecordIsRefused();
    void templatesAreReadOnlyForLocalChanges();
    void bundledChangesAreNotQueuedForSync();
    void creatureSearchIndexFollowsChanges();
    void settingsPersist();
    void readOnlyStoreRefusesCommits();

private:
    std::unique_ptr<TemporaryStore> m_temp;
    LocalStore* store() { return m_temp->store.get(); }
};

void TestLocalStore::init()
{
    m_temp = std::make_unique<TemporaryStore>();
}

void TestLocalStore::cleanup()
{
    m_temp.reset();
}

void TestLocalStore::crud_data()
{
    QTest::addColumn<QString>("kind");
    for (EntityKind kind : kAllEntityKinds)
        QTest::newRow(qPrintable(entityName(kind))) << entityName(kind);
}

void TestLocalStore::crud()
{
    QFETCH(QString, kind);
    const KindCase c = makeCase(kind);
    LocalStore& s = *store();

    // Create.
    CHECK_OK(s.commit(ChangeSet().put(c.kind, c.id, c.doc)));
    QCOMPARE(s.document(c.kind, c.id), std::optional<QJsonObject>(withoutNulls(c.doc)));
    QCOMPARE(s.count(c.kind), 1);
    QCOMPARE(s.documents(c.kind).size(), 1);
    QCOMPARE(s.causalLength(c.kind, c.id), 1);
    verifyLastSyncRecord(s, c, 1, QStringLiteral("put"), withoutNulls(c.doc), 1);
    QVERIFY(!s.fieldClock(c.kind, c.id, QStringLiteral("*")).isEmpty());
    if (!c.parentId.isEmpty()) {
        QCOMPARE(s.children(c.kind, c.parentId).size(), 1);
        QCOMPARE(s.children(c.kind, LocalStore::newId()).size(), 0);
    }

    // Read back after a restart.
    m_temp->reopen();
    LocalStore& r = *store();
    QCOMPARE(r.document(c.kind, c.id), std::optional<QJsonObject>(withoutNulls(c.doc)));

    // Update only some fields; the others keep their values.
    CHECK_OK(r.commit(ChangeSet().put(c.kind, c.id, c.edit)));
    QJsonObject expected = withoutNulls(c.doc);
    for (auto it = c.edit.constBegin(); it != c.edit.constEnd(); ++it)
        expected.insert(it.key(), it.value());
    QCOMPARE(r.document(c.kind, c.id), std::optional<QJsonObject>(expected));
    verifyLastSyncRecord(r, c, 2, QStringLiteral("put"), c.sent, 1);
    for (const QString& field : c.sent.keys())
        QCOMPARE(r.fieldClock(c.kind, c.id, field), r.outbox().last().hlc);

    // Delete: a tombstone with an even causal length; the row stays for sync.
    CHECK_OK(r.commit(ChangeSet().remove(c.kind, c.id)));
    QVERIFY(!r.document(c.kind, c.id));
    QVERIFY(r.isDeleted(c.kind, c.id));
    QCOMPARE(r.causalLength(c.kind, c.id), 2);
    verifyLastSyncRecord(r, c, 3, QStringLiteral("delete"), QJsonObject(), 2);
    QCOMPARE(r.count(c.kind), 0);
    QCOMPARE(r.documents(c.kind).size(), 0);
    if (!c.parentId.isEmpty())
        QCOMPARE(r.children(c.kind, c.parentId).size(), 0);
    QSqlQuery rows(r.database().connection());
    QVERIFY(rows.exec(QStringLiteral("SELECT cl FROM %1 WHERE id = '%2'").arg(entityName(c.kind), c.id)));
    QVERIFY(rows.next());
    QCOMPARE(rows.value(0).toInt() % 2, 0);
    rows.finish();

    // Deleting twice changes nothing.
    CHECK_OK(r.commit(ChangeSet().remove(c.kind, c.id)));
    QCOMPARE(r.causalLength(c.kind, c.id), 2);
    QCOMPARE(r.outboxSize(), 3);

    // Restore: alive again with the odd causal length 3 and the same content.
    CHECK_OK(r.commit(ChangeSet().restore(c.kind, c.id)));
    QCOMPARE(r.causalLength(c.kind, c.id), 3);
    QCOMPARE(r.document(c.kind, c.id), std::optional<QJsonObject>(expected));
    QCOMPARE(r.count(c.kind), 1);
    verifyLastSyncRecord(r, c, 4, QStringLiteral("put"), expected, 3);
}

void TestLocalStore::typedAccessors()
{
    LocalStore& s = *store();
    const Party party = sampleParty();
    const Character first = sampleCharacter(party.id, QStringLiteral("Ada"));
    const Character second = sampleCharacter(party.id, QStringLiteral("Bram"));
    const Character elsewhere = sampleCharacter(LocalStore::newId(), QStringLiteral("Cyn"));
    const Creature troll = sampleCreature();
    const Encounter encounter = sampleEncounter(party.id);
    const Participant participant = sampleParticipant(encounter.id, troll.id);
    const CombatLogEntry entry = sampleLogEntry(encounter.id);
    QVERIFY(s.commit(ChangeSet()
                         .put(party)
                         .put(first)
                         .put(second)
                         .put(elsewhere)
                         .put(troll)
                         .put(encounter)
                         .put(participant)
                         .put(entry))
                .ok());
    QCOMPARE(s.get<Party>(party.id), std::optional<Party>(party));
    QCOMPARE(s.get<Creature>(troll.id), std::optional<Creature>(troll));
    QCOMPARE(s.get<Encounter>(encounter.id), std::optional<Encounter>(encounter));
    QCOMPARE(s.get<Participant>(participant.id), std::optional<Participant>(participant));
    QCOMPARE(s.get<CombatLogEntry>(entry.id), std::optional<CombatLogEntry>(entry));
    QCOMPARE(s.childrenOf<Character>(party.id), (QList<Character>{first, second}));
    QCOMPARE(s.all<Character>().size(), 3);
    QCOMPARE(s.childrenOf<Encounter>(party.id), QList<Encounter>{encounter});
    QCOMPARE(s.childrenOf<Participant>(encounter.id), QList<Participant>{participant});
    QCOMPARE(s.childrenOf<CombatLogEntry>(encounter.id), QList<CombatLogEntry>{entry});
    QVERIFY(!s.get<Party>(LocalStore::newId()));
}

// Every field of every kind, each set to something other than its default, is read back as it was
// written after a restart, and the outbox row of each new record carries the whole record.
template <typename Entity> void verifyStored(LocalStore& store, const QList<Entity>& written)
{
    for (const Entity& entity : written) {
        QCOMPARE(store.get<Entity>(entity.id), std::optional<Entity>(entity));
        QCOMPARE(store.document(Entity::kKind, entity.id),
                 std::optional<QJsonObject>(withoutNulls(entity.toJson())));
    }
}

void TestLocalStore::everyFieldSurvivesTheStore()
{
    const CompleteRecords records = completeRecords();
    ChangeSet local;
    ChangeSet bundled(ChangeOrigin::Bundled);
    for (const Party& party : records.parties)
        local.put(party);
    for (const Character& character : records.characters)
        local.put(character);
    for (const Creature& creature : records.creatures)
        (creature.isTemplate ? bundled : local).put(creature);
    for (const Encounter& encounter : records.encounters)
        local.put(encounter);
    for (const Participant& participant : records.participants)
        local.put(participant);
    for (const CombatLogEntry& entry : records.combatLog)
        local.put(entry);
    Result<ChangeSet> committedBundled = store()->commit(bundled);
    CHECK_OK(committedBundled);
    Result<ChangeSet> committed = store()->commit(local);
    CHECK_OK(committed);

    m_temp->reopen();
    LocalStore& s = *store();
    verifyStored(s, records.parties);
    verifyStored(s, records.characters);
    verifyStored(s, records.creatures);
    verifyStored(s, records.encounters);
    verifyStored(s, records.participants);
    verifyStored(s, records.combatLog);

    const QList<OutboxEntry> outbox = s.outbox();
    QCOMPARE(outbox.size(), local.ops().size());
    for (const OutboxEntry& entry : outbox) {
        QCOMPARE(entry.op, QStringLiteral("put"));
        QCOMPARE(std::optional<QJsonObject>(entry.payload), s.document(entry.kind, entry.rowId));
    }
}

void TestLocalStore::writePathReusesPreparedStatements()
{
    // After the first commit of each kind of change, later commits prepare no new statement.
    LocalStore& s = *store();
    const auto editAndRemove = [&](int i) {
        const Party party = sampleParty(QStringLiteral("Party %1").arg(i));
        const Character hero = sampleCharacter(party.id);
        return s.commit(ChangeSet().put(party).put(hero)).ok() &&
               s.commit(
                    ChangeSet().put(EntityKind::Character, hero.id, {{QStringLiteral("currentHp"), i % 30}}))
                   .ok() &&
               s.commit(ChangeSet().remove(EntityKind::Party, party.id)).ok() &&
               s.get<Character>(hero.id).has_value() && s.childrenOf<Character>(party.id).size() == 1;
    };
    QVERIFY(editAndRemove(1));
    const qsizetype statements = s.database().preparedCount();
    for (int i = 2; i < 40; ++i)
        QVERIFY(editAndRemove(i));
    QCOMPARE(s.database().preparedCount(), statements);
    QCOMPARE(s.count(EntityKind::Character), 39);
    QCOMPARE(s.outboxSize(), 39 * 4);
}

void TestLocalStore::invalidRecordWritesNothing_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::addColumn<QString>("expectedText");
    QJsonObject valid = sampleCharacter(LocalStore::newId()).toJson();
    QJsonObject level = valid;
    level.insert(QStringLiteral("level"), 21);
    QTest::newRow("level 21") << level << QStringLiteral("level must be between 1 and 20");
    QJsonObject hp = valid;
    hp.insert(QStringLiteral("currentHp"), 500);
    QTest::newRow("current above max") << hp << QStringLiteral("currentHp");
    QJsonObject wrongType = valid;
    wrongType.insert(QStringLiteral("ac"), QStringLiteral("high"));
    QTest::newRow("wrong type") << wrongType << QStringLiteral("ac must be a number");
    QJsonObject nestedType = valid;
    nestedType.insert(QStringLiteral("abilities"), QJsonObject{{QStringLiteral("strength"), QJsonArray{}}});
    QTest::newRow("nested wrong type") << nestedType << QStringLiteral("abilities.strength");
    QJsonObject huge = valid;
    huge.insert(QStringLiteral("importedFrom"), QString(2 * 1024 * 1024, QLatin1Char('z')));
    QTest::newRow("huge") << huge << QStringLiteral("too large");
    QJsonObject empty;
    QTest::newRow("empty") << empty << QStringLiteral("name is required");
}

void TestLocalStore::invalidRecordWritesNothing()
{
    QFETCH(QJsonObject, doc);
    QFETCH(QString, expectedText);
    LocalStore& s = *store();
    const Party party = sampleParty();
    ChangeSet changes;
    changes.put(party); // valid, in the same commit: must be rolled back too
    changes.put(EntityKind::Character, LocalStore::newId(), doc);
    Result<ChangeSet> result = s.commit(changes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("VALIDATION_ERROR"));
    QVERIFY2(result.errorMessage().contains(expectedText), qPrintable(result.errorMessage()));
    QCOMPARE(s.count(EntityKind::Party), 0);
    QCOMPARE(s.count(EntityKind::Character), 0);
    QCOMPARE(s.outboxSize(), 0);
    QVERIFY(!s.isDeleted(EntityKind::Party, party.id));
}

void TestLocalStore::editingADeletedRecordIsRefused()
{
    LocalStore& s = *store();
    const Party party = sampleParty();
    CHECK_OK(s.commit(ChangeSet().put(party)));
    CHECK_OK(s.commit(ChangeSet().remove(EntityKind::Party, party.id)));
    Result<ChangeSet> edit = s.commit(
        ChangeSet().put(EntityKind::Party, party.id, {{QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(edit.error().code, QStringLiteral("DELETED"));
    Result<ChangeSet> noId = s.commit(ChangeSet().put(EntityKind::Party, QString(), party.toJson()));
    QCOMPARE(noId.error().code, QStringLiteral("VALIDATION_ERROR"));
}

void TestLocalStore::removingAMissingRecordIsRefused()
{
    Result<ChangeSet> result =
        store()->commit(ChangeSet().remove(EntityKind::Encounter, LocalStore::newId()));
    QCOMPARE(result.error().code, QStringLiteral("NOT_FOUND"));
    Result<ChangeSet> restore =
        store()->commit(ChangeSet().restore(EntityKind::Encounter, LocalStore::newId()));
    QCOMPARE(restore.error().code, QStringLiteral("NOT_FOUND"));
}

void TestLocalStore::templatesAreReadOnlyForLocalChanges()
{
    LocalStore& s = *store();
    Creature goblin = sampleCreature(QStringLiteral("Goblin"));
    goblin.isTemplate = true;
    goblin.source = QStringLiteral("SRD 5.1");
    // The DM cannot create a template...
    QCOMPARE(s.commit(ChangeSet().put(goblin)).error().code, QStringLiteral("READ_ONLY"));
    QCOMPARE(s.count(EntityKind::Creature), 0);
    // ...the bundled bestiary can.
    CHECK_OK(s.commit(ChangeSet(ChangeOrigin::Bundled).put(goblin)));
    const Result<ChangeSet> edit =
        s.commit(ChangeSet().put(EntityKind::Creature, goblin.id, {{QStringLiteral("hp"), 99}}));
    QCOMPARE(edit.error().code, QStringLiteral("READ_ONLY"));
    QVERIFY(edit.errorMessage().contains(QStringLiteral("duplicate")));
    QCOMPARE(s.commit(ChangeSet().remove(EntityKind::Creature, goblin.id)).error().code,
             QStringLiteral("READ_ONLY"));
    QCOMPARE(s.get<Creature>(goblin.id)->hp, goblin.hp);
    // A copy the DM owns is editable.
    Creature copy = goblin;
    copy.id = LocalStore::newId();
    copy.isTemplate = false;
    CHECK_OK(s.commit(ChangeSet().put(copy)));
    CHECK_OK(s.commit(ChangeSet().put(EntityKind::Creature, copy.id, {{QStringLiteral("hp"), 99}})));
    QCOMPARE(s.outboxSize(), 2);
}

void TestLocalStore::bundledChangesAreNotQueuedForSync()
{
    LocalStore& s = *store();
    ChangeSet bundled(ChangeOrigin::Bundled);
    for (int i = 0; i < 5; ++i) {
        Creature creature = sampleCreature(QStringLiteral("SRD %1").arg(i));
        creature.isTemplate = true;
        bundled.put(creature);
    }
    Result<ChangeSet> result = s.commit(bundled);
    CHECK_OK(result);
    QCOMPARE(result->origin(), ChangeOrigin::Bundled);
    QCOMPARE(s.count(EntityKind::Creature), 5);
    QCOMPARE(s.outboxSize(), 0);
    QSqlQuery clocks(s.database().connection());
    QVERIFY(clocks.exec(QStringLiteral("SELECT count(*) FROM field_clock")));
    QVERIFY(clocks.next());
    QCOMPARE(clocks.value(0).toInt(), 0);
}

void TestLocalStore::creatureSearchIndexFollowsChanges()
{
    LocalStore& s = *store();
    const Creature troll = sampleCreature();
    CHECK_OK(s.commit(ChangeSet().put(troll)));
    const auto matches = [&](const QString& term) {
        QSqlQuery query(s.database().connection());
        query.exec(
            QStringLiteral("SELECT count(*) FROM creature_fts WHERE creature_fts MATCH '%1'").arg(term));
        query.next();
        return query.value(0).toInt();
    };
    QCOMPARE(matches(QStringLiteral("troll")), 1);
    QCOMPARE(matches(QStringLiteral("giant")), 1);
    QCOMPARE(matches(QStringLiteral("regen*")), 1);
    QVERIFY(s.commit(ChangeSet().put(EntityKind::Creature, troll.id,
                                     {{QStringLiteral("tags"), QJsonArray{QStringLiteral("swamp")}}}))
                .ok());
    QCOMPARE(matches(QStringLiteral("regen*")), 0);
    QCOMPARE(matches(QStringLiteral("swamp")), 1);
    CHECK_OK(s.commit(ChangeSet().remove(EntityKind::Creature, troll.id)));
    QCOMPARE(matches(QStringLiteral("troll")), 0);
    CHECK_OK(s.commit(ChangeSet().restore(EntityKind::Creature, troll.id)));
    QCOMPARE(matches(QStringLiteral("troll")), 1);
}

void TestLocalStore::settingsPersist()
{
    QCOMPARE(store()->setting(QStringLiteral("language"), QStringLiteral("en")), QStringLiteral("en"));
    CHECK_OK(store()->setSetting(QStringLiteral("language"), QStringLiteral("de")));
    CHECK_OK(store()->setSetting(QStringLiteral("language"), QStringLiteral("fr")));
    m_temp->reopen();
    QCOMPARE(store()->setting(QStringLiteral("language")), QStringLiteral("fr"));
    QCOMPARE(store()->outboxSize(), 0); // settings are local only
}

void TestLocalStore::readOnlyStoreRefusesCommits()
{
    CHECK_OK(store()->commit(ChangeSet().put(sampleParty())));
    m_temp->store.reset();
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    Result<std::unique_ptr<LocalStore>> reader = LocalStore::open(m_temp->path(), m_temp->clock, options);
    CHECK_OK(reader);
    QCOMPARE((*reader)->count(EntityKind::Party), 1);
    QCOMPARE((*reader)->commit(ChangeSet().put(sampleParty())).error().code, QStringLiteral("READ_ONLY"));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "TestLocalStore.moc"
