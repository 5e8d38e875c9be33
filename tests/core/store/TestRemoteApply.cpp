// Rows pulled from the service merged into a real store file: the same rules the service applies
// to pushes (causal length first, then the newer clock per field), nothing queued to be sent back,
// HP fields taken as one group, and a row that would not pass validation held and merged again.
#include "SampleEntities.h"
#include "TestSupport.h"
#include "model/Participant.h"
#include "model/Party.h"
#include "util/ErrorCodes.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace dnd;

namespace {

// A clock of another device, `millis` after the test stores' manual clock start.
QString remoteClock(qint64 millis)
{
    return QStringLiteral("%1-00000-remote").arg(1'700'000'000'000 + millis, 15, 10, QLatin1Char('0'));
}

RemoteRow party(const QString& id, qint64 cl, const QJsonObject& fields, qint64 clockMillis)
{
    RemoteRow row{EntityKind::Party, id, cl, fields, {}};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        row.clocks.insert(it.key(), remoteClock(clockMillis));
    return row;
}

} // namespace

class TestRemoteApply : public QObject {
    Q_OBJECT
private slots:
    void newRowsArriveWithoutBeingSentBack();
    void newerFieldsWinAndOlderOnesLose();
    void causalLengthDecidesBetweenLives();
    void invalidRowsAreSkipped();
    void cookieAndAcknowledgementsAreKept();
    void failedSyncReadsAreErrors();
    void fullSnapshotQueuesWhatTheServiceLacks();
    void pulledDeleteIsSentAgainWhenTheServiceLostIt();
    void queuedEditOfALifeARestoredServiceLacksGoesUpWhole();
    void undeleteStampsItsFieldsWithItsOwnClock();
    void newDeviceNumbersItsQueueAnew();
    void aMovedOrRestoredFileIsANewDevice();
    void editsAfterSeeingAFutureStampWin();
    void aRowThatCannotBeTakenIsHeldAndRetried();
    void hitPointsArriveAsOneGroup();
    void conditionsArriveOneByOne();
    void listenersHearWhatChanged();
};

void TestRemoteApply::newRowsArriveWithoutBeingSentBack()
{
    test::TemporaryStore temp;
    const QString id = LocalStore::newId();
    const Result<int> applied = temp.store->applyRemote(
        {party(id, 1, {{"id", id}, {"name", "From the web"}, {"description", ""}}, 10)});
    CHECK_OK(applied);
    QCOMPARE(applied.value(), 1);
    QCOMPARE(temp.store->get<Party>(id)->name, QStringLiteral("From the web"));
    QCOMPARE(temp.store->outboxSize(), 0);
    QCOMPARE(temp.store->fieldClock(EntityKind::Party, id, QStringLiteral("name")), remoteClock(10));
    // A deleted row the device never had arrives as a tombstone.
    const QString gone = LocalStore::newId();
    QCOMPARE(temp.store->applyRemote({RemoteRow{EntityKind::Party, gone, 2, {}, {}}}).value(), 1);
    QVERIFY(temp.store->isDeleted(EntityKind::Party, gone));
    // The same rows again change nothing.
    QCOMPARE(temp.store->applyRemote({party(id, 1, {{"name", "From the web"}}, 10)}).value(), 0);
}

void TestRemoteApply::newerFieldsWinAndOlderOnesLose()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    Party local;
    local.id = LocalStore::newId();
    local.name = QStringLiteral("Local name");
    local.description = QStringLiteral("Local notes");
    CHECK_OK(store.commit(ChangeSet().put(local))); // stamped at the manual clock's start
    temp.clock.advance(1000);
    QVERIFY(
        store.commit(ChangeSet().put(EntityKind::Party, local.id, {{"description", "Edited here"}})).ok());
    const qint64 queued = store.outboxSize();

    // The remote name is newer than the creation stamp; the remote description is older than the
    // local edit.
    RemoteRow remote = party(local.id, 1, {{"name", "Remote name"}, {"description", "Remote notes"}}, 500);
    QCOMPARE(store.applyRemote({remote}).value(), 1);
    QCOMPARE(store.get<Party>(local.id)->name, QStringLiteral("Remote name"));
    QCOMPARE(store.get<Party>(local.id)->description, QStringLiteral("Edited here"));
    QCOMPARE(store.outboxSize(), queued);
    // A field the service removed, with a newer clock, is removed here.
    RemoteRow removal{
        EntityKind::Party, local.id, 1, {{"name", "Remote name"}}, {{"description", remoteClock(5000)}}};
    QCOMPARE(store.applyRemote({removal}).value(), 1);
    QVERIFY(!store.document(EntityKind::Party, local.id)->contains(QStringLiteral("description")));
    // Later local edits are stamped after every clock seen from the service.
    CHECK_OK(store.commit(ChangeSet().put(EntityKind::Party, local.id, {{"name", "After"}})));
    QVERIFY(store.fieldClock(EntityKind::Party, local.id, QStringLiteral("name")) > remoteClock(5000));
}

void TestRemoteApply::causalLengthDecidesBetweenLives()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    Party local;
    local.id = LocalStore::newId();
    local.name = QStringLiteral("Doomed");
    CHECK_OK(store.commit(ChangeSet().put(local)));
    // Deleted on another device.
    QCOMPARE(store.applyRemote({RemoteRow{EntityKind::Party, local.id, 2, {}, {}}}).value(), 1);
    QVERIFY(store.isDeleted(EntityKind::Party, local.id));
    // A stale edit of the earlier life loses.
    QCOMPARE(store.applyRemote({party(local.id, 1, {{"name", "Stale"}}, 99999)}).value(), 0);
    QVERIFY(store.isDeleted(EntityKind::Party, local.id));
    // Undeleted elsewhere with its whole record, even with clocks older than this device's.
    QCOMPARE(store
                 .applyRemote(
                     {party(local.id, 3, {{"id", local.id}, {"name", "Back"}, {"description", ""}}, -5000)})
                 .value(),
             1);
    QVERIFY(!store.isDeleted(EntityKind::Party, local.id));
    QCOMPARE(store.causalLength(EntityKind::Party, local.id), 3);
    QCOMPARE(store.get<Party>(local.id)->name, QStringLiteral("Back"));
    // A device's own later life is kept until its outbox reaches the service.
    CHECK_OK(store.commit(ChangeSet().remove(EntityKind::Party, local.id)));
    QCOMPARE(store.applyRemote({party(local.id, 3, {{"name", "Older life"}}, 999999)}).value(), 0);
    QVERIFY(store.isDeleted(EntityKind::Party, local.id));
}

void TestRemoteApply::invalidRowsAreSkipped()
{
    test::TemporaryStore temp;
    const QString bad = LocalStore::newId();
    const QString good = LocalStore::newId();
    const Result<int> applied = temp.store->applyRemote(
        {party(bad, 1, {{"id", bad}, {"name", ""}}, 1), party(good, 1, {{"id", good}, {"name", "Fine"}}, 1)});
    CHECK_OK(applied);
    QCOMPARE(applied.value(), 1);
    QVERIFY(!temp.store->document(EntityKind::Party, bad));
    QVERIFY(temp.store->document(EntityKind::Party, good));
}

void TestRemoteApply::cookieAndAcknowledgementsAreKept()
{
    test::TemporaryStore temp;
    for (int i = 0; i < 3; ++i) {
        Party p;
        p.id = LocalStore::newId();
        p.name = QStringLiteral("Party %1").arg(i);
        CHECK_OK(temp.store->commit(ChangeSet().put(p)));
    }
    const QList<OutboxEntry> queued = temp.store->outbox();
    QCOMPARE(queued.size(), 3);
    CHECK_OK(temp.store->acknowledgeOutbox(queued.at(1).mutationId));
    QCOMPARE(temp.store->outboxSize(), 1);
    QCOMPARE(temp.store->outbox().first().mutationId, queued.at(2).mutationId);
    CHECK_OK(temp.store->setSyncCookie(42));
    temp.reopen();
    QCOMPARE(temp.store->syncCookie().value(), 42);
    QCOMPARE(temp.store->outboxSize(), 1);
}

// Every read sync makes of the store answers its failure: an outbox that cannot be read is not an
// empty one (nothing would be sent), a cookie or epoch that cannot be read is not 0 or empty (a
// full pull, or a service taken for new).
void TestRemoteApply::failedSyncReadsAreErrors()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    CHECK_OK(store.commit(ChangeSet().put(test::sampleParty())));
    CHECK_OK(store.setSyncPosition(42, QStringLiteral("epoch-1")));
    Database& db = store.database();
    db.failOperation(1);
    CHECK_FAILS(store.queuedChanges(10), codes::kDbIo);
    db.failOperation(1);
    CHECK_FAILS(store.queuedCount(), codes::kDbIo);
    db.failOperation(1);
    CHECK_FAILS(store.syncCookie(), codes::kDbIo);
    db.failOperation(1);
    CHECK_FAILS(store.syncEpoch(), codes::kDbIo);
    db.failOperation(1);
    CHECK_FAILS(store.replacedClientId(), codes::kDbIo);
    db.failOperation(0);
    QCOMPARE(store.queuedChanges(10).value().size(), 1);
    QCOMPARE(store.queuedCount().value(), 1);
    QCOMPARE(store.syncCookie().value(), 42);
    QCOMPARE(store.syncEpoch().value(), QStringLiteral("epoch-1"));
}

// After a restore of either side, the rows the service sent are all it has: every local row it
// lacks goes out again as a whole record stamped with its oldest clock, followed by the fields
// written later with their own clocks; fields it holds older go out with the local clocks.
void TestRemoteApply::fullSnapshotQueuesWhatTheServiceLacks()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    Party lost;
    lost.id = LocalStore::newId();
    lost.name = QStringLiteral("Lost by the service");
    CHECK_OK(store.commit(ChangeSet().put(lost)));
    temp.clock.advance(1000);
    CHECK_OK(store.commit(ChangeSet().put(EntityKind::Party, lost.id, {{"description", "later"}})));
    Party older;
    older.id = LocalStore::newId();
    older.name = QStringLiteral("Held older");
    CHECK_OK(store.commit(ChangeSet().put(older)));
    const QString createdAt = store.fieldClock(EntityKind::Party, older.id, QStringLiteral("name"));
    temp.clock.advance(1000);
    CHECK_OK(store.commit(ChangeSet().put(EntityKind::Party, older.id, {{"name", "Renamed here"}})));
    CHECK_OK(store.acknowledgeOutbox(store.lastIssuedMutation().value()));

    // The service holds `older` as created, and nothing of `lost`.
    RemoteRow held{EntityKind::Party, older.id, 1, older.toJson(), {}};
    for (auto it = held.fields.constBegin(); it != held.fields.constEnd(); ++it)
        held.clocks.insert(it.key(), createdAt);
    CHECK_OK(store.applyRemote({held}, true));
    // Rows are compared in id order; each row's entries keep their own order.
    QList<OutboxEntry> queued, queuedOlder;
    for (const OutboxEntry& entry : store.outbox())
        (entry.rowId == lost.id ? queued : queuedOlder).append(entry);
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).payload.value("name").toString(), QStringLiteral("Lost by the service"));
    QCOMPARE(queued.at(0).hlc, store.fieldClock(EntityKind::Party, lost.id, QStringLiteral("name")));
    QCOMPARE(queued.at(1).payload, QJsonObject({{"description", "later"}}));
    QCOMPARE(queued.at(1).hlc, store.fieldClock(EntityKind::Party, lost.id, QStringLiteral("description")));
    QCOMPARE(queuedOlder.size(), 1);
    QCOMPARE(queuedOlder.at(0).rowId, older.id);
    QCOMPARE(queuedOlder.at(0).payload, QJsonObject({{"name", "Renamed here"}}));
    QCOMPARE(store.get<Party>(older.id)->name, QStringLiteral("Renamed here"));
    // A snapshot holding everything queues nothing; a plain pull never queues.
    CHECK_OK(store.acknowledgeOutbox(store.lastIssuedMutation().value()));
    CHECK_OK(store.applyRemote({}, false));
    QCOMPARE(store.outboxSize(), 0);
}

// Found by TestSyncProperty: a delete this device only pulled (its tombstone keeps no field clock)
// must go up again when a restored service holds the row in its earlier life; otherwise the row
// comes back alive on every device.
void TestRemoteApply::pulledDeleteIsSentAgainWhenTheServiceLostIt()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    const QString id = LocalStore::newId();
    const RemoteRow alive =
        party(id, 1, {{"id", id}, {"name", "Deleted elsewhere"}, {"description", ""}}, 10);
    CHECK_OK(store.applyRemote({alive}));
    CHECK_OK(store.applyRemote({RemoteRow{EntityKind::Party, id, 2, {}, {}}}));
    QVERIFY(store.isDeleted(EntityKind::Party, id));

    CHECK_OK(store.applyRemote({alive}, true)); // the restored service has it alive
    const QList<OutboxEntry> queued = store.outbox();
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().op, QStringLiteral("delete"));
    QCOMPARE(queued.first().causalLength, 2);
    QVERIFY(store.isDeleted(EntityKind::Party, id));
    // A snapshot that holds the tombstone queues nothing.
    CHECK_OK(store.acknowledgeOutbox(store.lastIssuedMutation().value()));
    CHECK_OK(store.applyRemote({RemoteRow{EntityKind::Party, id, 2, {}, {}}}, true));
    QCOMPARE(store.outboxSize(), 0);
}

// Found by TestSyncProperty: after the service's database was restored, a queued edit of a row's
// later life went up before the whole record of that life; the service refused it (not a whole
// record), the device listed it as not synced and left the record out of what it sent again.
void TestRemoteApply::queuedEditOfALifeARestoredServiceLacksGoesUpWhole()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    const Party party = test::sampleParty();
    CHECK_OK(store.commit(ChangeSet().put(party)));
    const Result<ChangeSet> undo = store.commit(ChangeSet().remove(EntityKind::Party, party.id));
    CHECK_OK(undo);
    CHECK_OK(store.commit(undo.value()));
    CHECK_OK(store.acknowledgeOutbox(store.lastIssuedMutation().value()));
    temp.clock.advance(1000);
    CHECK_OK(store.commit(ChangeSet().put(EntityKind::Party, party.id, {{"name", "Queued"}})));

    // The restored service holds the party's first life only.
    CHECK_OK(store.startAsNewDevice(LocalStore::NewDeviceReason::ServiceRestored));
    RemoteRow firstLife{EntityKind::Party, party.id, 1, party.toJson(), {}};
    for (auto it = firstLife.fields.constBegin(); it != firstLife.fields.constEnd(); ++it)
        firstLife.clocks.insert(it.key(), remoteClock(0));
    CHECK_OK(store.applyRemote({firstLife}, true));
    const QList<OutboxEntry> queued = store.outbox();
    QVERIFY(!queued.isEmpty());
    QCOMPARE(queued.first().causalLength, 3);
    QCOMPARE(queued.first().payload.value("id").toString(), party.id); // the whole record
    QCOMPARE(queued.last().payload.value("name").toString(), QStringLiteral("Queued"));
    QCOMPARE(store.get<Party>(party.id)->name, QStringLiteral("Queued"));
}

// Found by TestSyncProperty: an undelete sent the record under a new clock but left the old life's
// field clocks on the device; sent again after the service's restore, the new life carried the old
// clocks, older than the ones other devices held for it.
void TestRemoteApply::undeleteStampsItsFieldsWithItsOwnClock()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    const Party party = test::sampleParty();
    CHECK_OK(store.commit(ChangeSet().put(party)));
    temp.clock.advance(1000);
    CHECK_OK(store.commit(ChangeSet().put(EntityKind::Party, party.id, {{"name", "Renamed"}})));
    const Result<ChangeSet> undo = store.commit(ChangeSet().remove(EntityKind::Party, party.id));
    CHECK_OK(undo);
    temp.clock.advance(1000);
    CHECK_OK(store.commit(undo.value()));
    const OutboxEntry undelete = store.outbox().constLast();
    QCOMPARE(undelete.causalLength, 3);
    for (const QString& field : {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("id")})
        QCOMPARE(store.fieldClock(EntityKind::Party, party.id, field), undelete.hlc);

    // Sent again to a service that lacks the new life: under the undelete's clock.
    CHECK_OK(store.startAsNewDevice(LocalStore::NewDeviceReason::ServiceRestored));
    CHECK_OK(store.applyRemote({}, true));
    QCOMPARE(store.outbox().size(), 1);
    QCOMPARE(store.outbox().first().hlc, undelete.hlc);
}

void TestRemoteApply::newDeviceNumbersItsQueueAnew()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    for (const char* name : {"One", "Two", "Three"}) {
        Party party;
        party.id = LocalStore::newId();
        party.name = QString::fromLatin1(name);
        CHECK_OK(store.commit(ChangeSet().put(party)));
    }
    CHECK_OK(store.acknowledgeOutbox(1));
    CHECK_OK(store.setSyncPosition(42, QStringLiteral("epoch-a")));
    const QString before = store.clientId();
    CHECK_OK(store.startAsNewDevice(LocalStore::NewDeviceReason::Restored));
    QVERIFY(store.clientId() != before);
    QCOMPARE(store.clientId().size(), 32);
    QCOMPARE(store.replacedClientId().value(), before);
    QCOMPARE(store.syncCookie().value(), 0);
    QCOMPARE(store.syncEpoch().value(), QString());
    const QList<OutboxEntry> queued = store.outbox();
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.at(0).mutationId, 1);
    QCOMPARE(queued.at(0).payload.value("name").toString(), QStringLiteral("Two"));
    QCOMPARE(queued.at(1).mutationId, 2);
    QCOMPARE(store.lastIssuedMutation().value(), 2);
    // A failed read says so; it must not read as "nothing issued" (a new device for nothing).
    store.database().failOperation(1);
    QVERIFY(!store.lastIssuedMutation().ok());
    store.database().failOperation(0);
    // The next edit follows on, stamped with the new id.
    CHECK_OK(store.commit(ChangeSet().put(EntityKind::Party, queued.at(0).rowId, {{"name", "Renamed"}})));
    QCOMPARE(store.outbox().constLast().mutationId, 3);
    QVERIFY(store.outbox().constLast().hlc.endsWith(store.clientId()));
    // A copy does not free the old id's slot: its original still uses it.
    CHECK_OK(store.clearReplacedClientId());
    CHECK_OK(store.startAsNewDevice(LocalStore::NewDeviceReason::Copied));
    QCOMPARE(store.replacedClientId().value(), QString());
}

void TestRemoteApply::aMovedOrRestoredFileIsANewDevice()
{
    test::TemporaryStore temp;
    const QString id = temp.store->clientId();
    temp.reopen();
    QCOMPARE(temp.store->clientId(), id); // same file, same place: same device
    temp.store.reset();
    const QString moved = temp.dir.filePath(QStringLiteral("moved.sqlite3"));
    QVERIFY(QFile::rename(temp.path(), moved));
    Result<std::unique_ptr<LocalStore>> elsewhere = LocalStore::open(moved, temp.clock);
    CHECK_OK(elsewhere);
    const QString movedId = elsewhere.value()->clientId();
    QVERIFY(movedId != id);
    elsewhere.value().reset();
    QVERIFY(QFile::rename(moved, temp.path()));
    temp.reopen();
    const QString backId = temp.store->clientId();
    QVERIFY(backId != movedId);
    // The mark a restore leaves makes a new device once.
    temp.store.reset();
    QFile mark(LocalStore::restoredMarkPath(temp.path()));
    QVERIFY(mark.open(QIODevice::WriteOnly));
    mark.close();
    temp.reopen();
    QVERIFY(temp.store->clientId() != backId);
    QVERIFY(!QFile::exists(LocalStore::restoredMarkPath(temp.path())));
    const QString restoredId = temp.store->clientId();
    temp.reopen();
    QCOMPARE(temp.store->clientId(), restoredId);
    // Signing in elsewhere.
    CHECK_OK(temp.store->useSyncAccount(QStringLiteral("https://a.example acc-1")));
    QCOMPARE(temp.store->clientId(), restoredId);
    CHECK_OK(temp.store->useSyncAccount(QStringLiteral("https://a.example acc-1")));
    QCOMPARE(temp.store->clientId(), restoredId);
    CHECK_OK(temp.store->useSyncAccount(QStringLiteral("https://b.example acc-1")));
    QVERIFY(temp.store->clientId() != restoredId);
}

// A stamp far ahead of this device's clock, which the service accepted, is followed: the next
// local edit is stamped after it and never lowers the field's clock.
void TestRemoteApply::editsAfterSeeingAFutureStampWin()
{
    test::TemporaryStore temp;
    const QString id = LocalStore::newId();
    const qint64 tenMinutes = 10 * 60 * 1000;
    CHECK_OK(
        temp.store->applyRemote({party(id, 1, {{"id", id}, {"name", "From a fast device"}}, tenMinutes)}));
    CHECK_OK(temp.store->commit(ChangeSet().put(EntityKind::Party, id, {{"name", "Seen, then changed"}})));
    const QString mine = temp.store->fieldClock(EntityKind::Party, id, QStringLiteral("name"));
    QVERIFY2(mine > remoteClock(tenMinutes), qPrintable(mine));
    // Also after a restart, even if the saved clock were older than the file's field clocks.
    temp.reopen();
    CHECK_OK(temp.store->commit(ChangeSet().put(EntityKind::Party, id, {{"description", "after restart"}})));
    QVERIFY(temp.store->fieldClock(EntityKind::Party, id, QStringLiteral("description")) > mine);
    // The offset to the service's clock moves the stamps and is kept.
    CHECK_OK(temp.store->setClockOffset(3 * tenMinutes));
    temp.reopen();
    QCOMPARE(temp.store->clockOffset(), 3 * tenMinutes);
    CHECK_OK(temp.store->commit(ChangeSet().put(EntityKind::Party, id, {{"notes", "corrected"}})));
    QVERIFY(temp.store->fieldClock(EntityKind::Party, id, QStringLiteral("notes")).left(15).toLongLong() >=
            temp.clock.nowMs() + 3 * tenMinutes);
}

// Issue item 5: a pulled row that would make an invalid record here (another device lowered the
// maximum HP below the current HP this device holds) is held, not skipped while the cookie moves
// past it; once a later row makes it valid (the current HP lowered too) it is merged.
void TestRemoteApply::aRowThatCannotBeTakenIsHeldAndRetried()
{
    test::TemporaryStore temp;
    const Participant troll = test::sampleParticipant(LocalStore::newId()); // armour class 15
    RemoteRow base{EntityKind::Participant, troll.id, 1, troll.toJson(), {}};
    for (auto it = base.fields.constBegin(); it != base.fields.constEnd(); ++it)
        base.clocks.insert(it.key(), remoteClock(10));
    CHECK_OK(temp.store->applyRemote({base}));

    // A record this release refuses (as a newer release of the service may accept) is held.
    RemoteRow armoured = base;
    armoured.fields.insert(QStringLiteral("ac"), 45);
    armoured.clocks.insert(QStringLiteral("ac"), remoteClock(20));
    QCOMPARE(temp.store->applyRemote({armoured}).value(), 0);
    QCOMPARE(temp.store->get<Participant>(troll.id)->ac, 15);

    // Merged again with the next pull's rows, which make it valid.
    RemoteRow hurt = armoured;
    hurt.fields.insert(QStringLiteral("ac"), 25);
    hurt.clocks.insert(QStringLiteral("ac"), remoteClock(30));
    QCOMPARE(temp.store->applyRemote({hurt}).value(), 1);
    QCOMPARE(temp.store->get<Participant>(troll.id)->ac, 25);
    QCOMPARE(temp.store->outboxSize(), 0);
    // Nothing is held any more: the same pull again changes nothing.
    QCOMPARE(temp.store->applyRemote({}).value(), 0);
}

void TestRemoteApply::hitPointsArriveAsOneGroup()
{
    test::TemporaryStore temp;
    const Participant troll = test::sampleParticipant(LocalStore::newId()); // 60 of 84 HP
    RemoteRow base{EntityKind::Participant, troll.id, 1, troll.toJson(), {}};
    for (auto it = base.fields.constBegin(); it != base.fields.constEnd(); ++it)
        base.clocks.insert(it.key(), remoteClock(10));
    CHECK_OK(temp.store->applyRemote({base}));
    temp.clock.advance(1000);
    CHECK_OK(temp.store->commit(
        ChangeSet().put(EntityKind::Participant, troll.id, {{"maxHpOverride", 30}, {"currentHp", 30}})));
    // The edit goes out with the whole group under one clock.
    const OutboxEntry sent = temp.store->outbox().constLast();
    QCOMPARE(sent.payload.value("maxHp").toInt(), 84);
    QCOMPARE(sent.payload.value("tempHp").toInt(), 0);
    QCOMPARE(temp.store->fieldClock(EntityKind::Participant, troll.id, QStringLiteral("tempHp")), sent.hlc);

    // Another device healed the troll later, without the override: its whole group wins, so the
    // record never holds this device's lower maximum with the other's higher HP.
    RemoteRow healed = base;
    healed.fields.insert(QStringLiteral("currentHp"), 70);
    healed.clocks.insert(QStringLiteral("currentHp"), remoteClock(2000));
    QCOMPARE(temp.store->applyRemote({healed}).value(), 1);
    const Participant merged = *temp.store->get<Participant>(troll.id);
    QCOMPARE(merged.currentHp, 70);
    QVERIFY(!merged.maxHpOverride.has_value());
    QCOMPARE(temp.store->fieldClock(EntityKind::Participant, troll.id, QStringLiteral("maxHpOverride")),
             remoteClock(2000));

    // An older group loses whole, even where one of its fields is newer than this device's.
    temp.clock.advance(5000);
    CHECK_OK(temp.store->commit(ChangeSet().put(EntityKind::Participant, troll.id, {{"tempHp", 4}})));
    RemoteRow stale = healed;
    stale.fields.insert(QStringLiteral("currentHp"), 10);
    stale.clocks.insert(QStringLiteral("currentHp"), remoteClock(3000));
    QCOMPARE(temp.store->applyRemote({stale}).value(), 0);
    QCOMPARE(temp.store->get<Participant>(troll.id)->currentHp, 70);
    QCOMPARE(temp.store->get<Participant>(troll.id)->tempHp, 4);
}

// A combatant's conditions merge one by one: the service's changes and new conditions come in,
// this device's own new condition stays (its outbox carries it), and a removal on the service
// beats a later change here. A row from before condition clocks merges by the list's clock.
void TestRemoteApply::conditionsArriveOneByOne()
{
    test::TemporaryStore temp;
    Participant troll = test::sampleParticipant(LocalStore::newId());
    RemoteRow row{EntityKind::Participant, troll.id, 1, troll.toJson(), {}};
    row.fields.insert("conditions", QJsonArray{test::conditionJson("a", "poisoned", 3)});
    for (auto it = row.fields.constBegin(); it != row.fields.constEnd(); ++it)
        row.clocks.insert(it.key(), remoteClock(10));
    CHECK_OK(temp.store->applyRemote({row}));
    temp.clock.advance(1000);
    CHECK_OK(temp.store->commit(
        ChangeSet().put(EntityKind::Participant, troll.id,
                        {{"conditions", QJsonArray{test::conditionJson("a", "poisoned", 3),
                                                   test::conditionJson("b", "prone", -1)}}})));
    const qint64 queued = temp.store->outboxSize();
    const auto conditions = [&] {
        return temp.store->document(EntityKind::Participant, troll.id)->value("conditions").toArray();
    };

    // The service lowered a's rounds and added c; it has not seen b.
    row.fields.insert("conditions", QJsonArray{test::conditionJson("a", "poisoned", 2),
                                               test::conditionJson("c", "blinded", 1)});
    row.clocks = {{"conditions", remoteClock(3000)},
                  {"conditions[a]", remoteClock(3000)},
                  {"conditions[a].added", remoteClock(10)},
                  {"conditions[c]", remoteClock(3000)},
                  {"conditions[c].added", remoteClock(3000)}};
    QCOMPARE(temp.store->applyRemote({row}).value(), 1);
    QCOMPARE(conditions(),
             (QJsonArray{test::conditionJson("a", "poisoned", 2), test::conditionJson("b", "prone", -1),
                         test::conditionJson("c", "blinded", 1)}));
    QCOMPARE(temp.store->fieldClock(EntityKind::Participant, troll.id, "conditions[a]"), remoteClock(3000));
    QCOMPARE(temp.store->outboxSize(), queued); // nothing merged is sent back

    // Here c's rounds change after the service removed it: the removal wins.
    temp.clock.advance(5000);
    CHECK_OK(temp.store->commit(
        ChangeSet().put(EntityKind::Participant, troll.id,
                        {{"conditions", QJsonArray{test::conditionJson("a", "poisoned", 2),
                                                   test::conditionJson("b", "prone", -1),
                                                   test::conditionJson("c", "blinded", 4)}}})));
    QVERIFY(temp.store->fieldClock(EntityKind::Participant, troll.id, "conditions[c]") > remoteClock(4000));
    row.fields.insert("conditions", QJsonArray{test::conditionJson("a", "poisoned", 2)});
    row.clocks.insert("conditions", remoteClock(4000));
    row.clocks.insert("conditions[c]", remoteClock(4000));
    row.clocks.insert("conditions[c].added", remoteClock(4000));
    QCOMPARE(temp.store->applyRemote({row}).value(), 1);
    QCOMPARE(conditions(),
             (QJsonArray{test::conditionJson("a", "poisoned", 2), test::conditionJson("b", "prone", -1)}));
}

void TestRemoteApply::listenersHearWhatChanged()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    QList<QList<RemoteChange>> heard;
    const int handle = store.addRemoteChangeListener([&](const QList<RemoteChange>& changes) {
        heard.append(changes);
        // What a listener reads is already committed.
        for (const RemoteChange& change : changes)
            QVERIFY(store.document(change.kind, change.id) || store.isDeleted(change.kind, change.id));
    });
    const QString kept = LocalStore::newId();
    const QString gone = LocalStore::newId();
    CHECK_OK(store.applyRemote({party(kept, 1, {{"id", kept}, {"name", "Kept"}, {"description", ""}}, 10),
                                RemoteRow{EntityKind::Party, gone, 2, {}, {}}}));
    QCOMPARE(heard.size(), 1);
    QCOMPARE(heard.first().size(), 2);
    QCOMPARE(heard.first().at(0).id, kept);
    QCOMPARE(heard.first().at(1).kind, EntityKind::Party);
    QCOMPARE(heard.first().at(1).id, gone);
    // Rows that change nothing are not announced.
    CHECK_OK(store.applyRemote({party(kept, 1, {{"name", "Kept"}}, 10)}));
    QCOMPARE(heard.size(), 1);
    // A local commit is not a remote change.
    CHECK_OK(store.commit(ChangeSet().put(EntityKind::Party, kept, {{"name", "Renamed here"}})));
    QCOMPARE(heard.size(), 1);
    store.removeRemoteChangeListener(handle);
    CHECK_OK(store.applyRemote({party(kept, 1, {{"name", "Later"}}, 5000)}));
    QCOMPARE(heard.size(), 1);
}

QTEST_GUILESS_MAIN(TestRemoteApply)
#include "TestRemoteApply.moc"
