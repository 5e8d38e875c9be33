// Rows pulled from the service merged into a real store file: the same rules the service applies
// to pushes (causal length first, then the newer clock per field), nothing queued to be sent back,
// and a row that would not pass validation skipped rather than stored.
#include "TestSupport.h"
#include "model/Party.h"

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
    QCOMPARE(temp.store->syncCookie(), 42);
    QCOMPARE(temp.store->outboxSize(), 1);
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
