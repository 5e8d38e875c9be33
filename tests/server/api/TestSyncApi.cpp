// The sync endpoints of the real dnd-tracker-server on loopback (SQLite, and PostgreSQL when the
// suite gives a database URL), driven the way devices drive them: the edge cases of the sync design
// (resent batches, gaps, deletes against edits, concurrent edits, protocol mismatch, rejections
// that must not block, unknown cookies, clock drift) and random schedules of several devices that
// must always converge.
#include "ProtocolDevice.h"
#include "SampleEntities.h"
#include "ServerHarness.h"
#include "SyncProtocol.h"
#include "model/DocumentValidation.h"
#include "model/Participant.h"
#include "model/Party.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

using namespace dnd;
using namespace dnd::sync;
using namespace dnd::test;

namespace {

using Account = TestAccount;
using Device = ProtocolDevice;

QJsonObject partyDoc(const QString& id, const QString& name)
{
    Party party;
    party.id = id;
    party.name = name;
    return party.toJson();
}

QString newRow()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The account's rows as a device that pulled everything would hold them, in a stable order:
// "kind/id cl=N {fields}" per row.
QStringList snapshot(const PullResponse& pull)
{
    QStringList rows;
    for (const RowState& row : pull.rows)
        rows << QStringLiteral("%1/%2 cl=%3 %4")
                    .arg(entityName(row.entity), row.rowId)
                    .arg(row.causalLength)
                    .arg(QString::fromUtf8(QJsonDocument(row.fields).toJson(QJsonDocument::Compact)));
    rows.sort();
    return rows;
}

} // namespace

class TestSyncApi final : public QObject {
    Q_OBJECT

private:
    RunningService m_service;

    Account registerAccount(const QString& tier = QStringLiteral("guild"))
    {
        return registerTestAccount(*m_service.server, *m_service.http, tier);
    }
    HttpResponse push(const Account& account, const Device& device, const QList<Mutation>& mutations,
                      int protocolVersion = kProtocolVersion)
    {
        const PushRequest request{device.clientId, protocolVersion, mutations};
        return m_service.http->post(QStringLiteral("/api/v1/sync/push"), request.toJson(),
                                    account.accessToken);
    }
    // The message of a successful answer; anything else fails the test and reads as empty.
    template <typename Message> static Message decodeOrFail(const HttpResponse& response, const char* what)
    {
        const Result<Message> decoded = Message::fromJson(response.data());
        if (response.status == 200 && decoded)
            return decoded.value();
        QTest::qFail(qPrintable(QStringLiteral("%1 failed: %2 %3")
                                    .arg(QLatin1String(what))
                                    .arg(response.status)
                                    .arg(QString::fromUtf8(response.body))),
                     __FILE__, __LINE__);
        return {};
    }
    PushResponse pushOk(const Account& account, const Device& device, const QList<Mutation>& mutations)
    {
        return decodeOrFail<PushResponse>(push(account, device, mutations), "push");
    }
    PullResponse pull(const Account& account, const Device& device, qint64 cookie = 0)
    {
        return decodeOrFail<PullResponse>(
            m_service.http->get(
                QStringLiteral("/api/v1/sync/pull?cookie=%1&clientId=%2").arg(cookie).arg(device.clientId),
                account.accessToken),
            "pull");
    }
    std::optional<RowState> row(const Account& account, const QString& id)
    {
        for (const RowState& state : pull(account, Device()).rows) {
            if (state.rowId == id)
                return state;
        }
        return std::nullopt;
    }
    // The row, which must exist (a missing one fails the test and reads as an empty row).
    RowState rowOf(const Account& account, const QString& id)
    {
        const std::optional<RowState> state = row(account, id);
        if (!state)
            QTest::qFail(qPrintable(QStringLiteral("no row ") + id), __FILE__, __LINE__);
        return state.value_or(RowState());
    }

    int usedLogEntries(const Account& account)
    {
        return usedOfPlan(*m_service.http, account.accessToken, QStringLiteral("combatLogEntries"));
    }

private slots:
    void initTestCase() { QVERIFY2(m_service.start(), m_service.server->errors().constData()); }

    void cleanupTestCase() { m_service.server->stop(); }

    void pushedRowsArePulledWithTheirClocks()
    {
        const Account account = registerAccount();
        Device device;
        const QString party = newRow();
        const Mutation create =
            device.put(EntityKind::Party, party, partyDoc(party, QStringLiteral("The Lanterns")));
        const PushResponse pushed = pushOk(account, device, {create});
        QCOMPARE(pushed.lastMutationId, 1);
        QVERIFY(pushed.rejected.isEmpty());

        const PullResponse pulled = pull(account, device);
        QVERIFY(!pulled.reset);
        QCOMPARE(pulled.cookie, pushed.version);
        QCOMPARE(pulled.lastMutationId, 1);
        QCOMPARE(pulled.rows.size(), 1);
        QCOMPARE(pulled.rows.first().fields.value("name").toString(), QStringLiteral("The Lanterns"));
        QCOMPARE(pulled.rows.first().fieldClocks.value("name").toString(), create.hlc);
        // Nothing new since the cookie.
        QVERIFY(pull(account, device, pulled.cookie).rows.isEmpty());
        // The REST API sees the pushed party, and a party made over REST is pulled.
        QCOMPARE(m_service.http->get("/api/v1/parties/" + party, account.accessToken)
                     .data()
                     .value("name")
                     .toString(),
                 QStringLiteral("The Lanterns"));
        const QString restParty =
            m_service.http->post("/api/v1/parties", {{"name", "Made on the web"}}, account.accessToken)
                .data()
                .value("id")
                .toString();
        const PullResponse later = pull(account, device, pulled.cookie);
        QCOMPARE(later.rows.size(), 1);
        QCOMPARE(later.rows.first().rowId, restParty);
        QVERIFY(!later.rows.first().fieldClocks.isEmpty());
    }

    // Edge case 2: the reply to a push is lost and the device sends the same batch again.
    void resentBatchIsAppliedOnce()
    {
        const Account account = registerAccount();
        Device device;
        const QString party = newRow();
        const QList<Mutation> batch{
            device.put(EntityKind::Party, party, partyDoc(party, QStringLiteral("Once"))),
            device.put(EntityKind::Party, party, {{"description", "Edited"}}),
        };
        const PushResponse first = pushOk(account, device, batch);
        const QStringList before = snapshot(pull(account, device));
        const PushResponse again = pushOk(account, device, batch);
        QCOMPARE(again.lastMutationId, first.lastMutationId);
        QCOMPARE(again.version, first.version); // nothing moved: devices are not asked to pull
        QCOMPARE(snapshot(pull(account, device)), before);
        // A batch overlapping the applied part applies only its new mutations.
        const QList<Mutation> overlapping{batch.last(),
                                          device.put(EntityKind::Party, party, {{"description", "Third"}})};
        QCOMPARE(pushOk(account, device, overlapping).lastMutationId, 3);
        QCOMPARE(rowOf(account, party).fields.value("description").toString(), QStringLiteral("Third"));
    }

    // Edge case 3.
    void gapIsRefusedWithoutSideEffects()
    {
        const Account account = registerAccount();
        Device device;
        const QString party = newRow();
        const PushResponse first = pushOk(
            account, device, {device.put(EntityKind::Party, party, partyDoc(party, QStringLiteral("Kept")))});
        device.nextId = 3; // mutation 2 was lost on the way
        const HttpResponse gap =
            push(account, device, {device.put(EntityKind::Party, party, {{"name", "Lost"}})});
        QCOMPARE(gap.status, 409);
        QCOMPARE(gap.errorCode(), QStringLiteral("SYNC_GAP"));
        QCOMPARE(
            gap.json().value("error").toObject().value("details").toObject().value("lastMutationId").toInt(),
            1);
        const PullResponse after = pull(account, device);
        QCOMPARE(after.cookie, first.version);
        QCOMPARE(after.lastMutationId, 1);
        QCOMPARE(rowOf(account, party).fields.value("name").toString(), QStringLiteral("Kept"));
    }

    // Edge case 4: a delete on one device, an edit of the same row on another, in both orders;
    // then the deleting device undoes its delete.
    void deleteWinsOverConcurrentEditAndUndeleteWinsOverDelete()
    {
        for (const bool deleteFirst : {true, false}) {
            const Account account = registerAccount();
            Device a, b;
            const QString party = newRow();
            pushOk(account, a, {a.put(EntityKind::Party, party, partyDoc(party, QStringLiteral("Doomed")))});
            const Mutation edit = b.put(EntityKind::Party, party, {{"description", "Edited offline"}});
            const Mutation removal = a.remove(EntityKind::Party, party);
            if (deleteFirst) {
                pushOk(account, a, {removal});
                pushOk(account, b, {edit});
            } else {
                pushOk(account, b, {edit});
                pushOk(account, a, {removal});
            }
            QVERIFY2(rowOf(account, party).isDeleted(), deleteFirst ? "delete first" : "edit first");
            QVERIFY(rowOf(account, party).fields.isEmpty());
            QCOMPARE(m_service.http->get("/api/v1/parties/" + party, account.accessToken).status, 404);

            pushOk(account, a,
                   {a.put(EntityKind::Party, party, partyDoc(party, QStringLiteral("Doomed")), 3)});
            const RowState restored = rowOf(account, party);
            QVERIFY(!restored.isDeleted());
            QCOMPARE(restored.causalLength, 3);
            QCOMPARE(restored.fields.value("name").toString(), QStringLiteral("Doomed"));
            // A stale delete of the earlier life changes nothing any more.
            pushOk(account, b, {b.remove(EntityKind::Party, party, 2)});
            QVERIFY(!rowOf(account, party).isDeleted());
        }
    }

    // A device of a release that deletes an encounter alone still frees its combat log: the
    // service deletes the encounter's combatants and log entries with it, and usage drops.
    void deletedEncounterTakesItsCombatantsAndLogWithIt()
    {
        const Account account = registerAccount();
        Device device;
        const Encounter encounter = test::sampleEncounter();
        const Participant troll = test::sampleParticipant(encounter.id);
        const CombatLogEntry first = test::sampleLogEntry(encounter.id, 1);
        const CombatLogEntry second = test::sampleLogEntry(encounter.id, 2);
        pushOk(account, device,
               {device.put(EntityKind::Encounter, encounter.id, encounter.toJson()),
                device.put(EntityKind::Participant, troll.id, troll.toJson()),
                device.put(EntityKind::CombatLog, first.id, first.toJson()),
                device.put(EntityKind::CombatLog, second.id, second.toJson())});
        QCOMPARE(usedLogEntries(account), 2);

        const PushResponse removed =
            pushOk(account, device, {device.remove(EntityKind::Encounter, encounter.id)});
        QVERIFY(removed.rejected.isEmpty());
        QCOMPARE(usedLogEntries(account), 0);
        for (const QString& id : {encounter.id, troll.id, first.id, second.id}) {
            const RowState state = rowOf(account, id);
            QVERIFY2(state.isDeleted(), qPrintable(id));
            // Devices pull the deletes with the encounter's.
            QCOMPARE(state.version, removed.version);
        }
        // The device's own deletes of them, sent after, change nothing.
        const PushResponse after = pushOk(account, device,
                                          {device.remove(EntityKind::CombatLog, first.id),
                                           device.remove(EntityKind::Participant, troll.id)});
        QCOMPARE(after.version, removed.version);
    }

    // Log entries an earlier release left alive under a deleted encounter are deleted when the
    // service upgrades its schema, as one more change of the account that devices pull.
    void logLeftBehindByAnEarlierReleaseIsDeletedAtUpgrade()
    {
        if (m_service.server->databaseUrl().startsWith(QLatin1String("postgres")))
            QSKIP("rewrites the service's SQLite file");
        const Account account = registerAccount();
        Device device;
        const Encounter encounter = test::sampleEncounter();
        const CombatLogEntry entry = test::sampleLogEntry(encounter.id, 1);
        pushOk(account, device,
               {device.put(EntityKind::Encounter, encounter.id, encounter.toJson()),
                device.put(EntityKind::CombatLog, entry.id, entry.toJson())});
        const qint64 cookie =
            pushOk(account, device, {device.remove(EntityKind::Encounter, encounter.id)}).version;
        m_service.server->stop();
        {
            // What an earlier release left: the entry alive, and the schema before the step.
            QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            file.setDatabaseName(m_service.server->databaseUrl().mid(int(qstrlen("sqlite://"))));
            QVERIFY(file.open());
            QSqlQuery query(file);
            QVERIFY(query.exec(QStringLiteral("UPDATE entities SET cl = 1 WHERE id = '%1'").arg(entry.id)));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = 13")));
            file.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
        QVERIFY(m_service.server->startOnSamePort());
        const PullResponse changes = pull(account, device, cookie);
        QCOMPARE(changes.rows.size(), 1);
        QCOMPARE(changes.rows.first().rowId, entry.id);
        QVERIFY(changes.rows.first().isDeleted());
        QCOMPARE(usedLogEntries(account), 0);
    }

    // Edge case 5: two offline devices edit the same field (the later clock wins whatever order
    // they push in) and different fields (both survive).
    void laterClockWinsInEitherPushOrder()
    {
        QStringList firstOutcome;
        for (const bool earlierFirst : {true, false}) {
            const Account account = registerAccount();
            Device a, b;
            const QString party = newRow();
            pushOk(account, a, {a.put(EntityKind::Party, party, partyDoc(party, QStringLiteral("Start")))});
            const Mutation earlier =
                a.put(EntityKind::Party, party, {{"name", "A's name"}, {"description", "A's notes"}});
            b.offsetMs = 1000; // b edits a second later
            const Mutation later =
                b.put(EntityKind::Party, party, {{"name", "B's name"}, {"archived", true}});
            if (earlierFirst) {
                pushOk(account, a, {earlier});
                pushOk(account, b, {later});
            } else {
                pushOk(account, b, {later});
                pushOk(account, a, {earlier});
            }
            const RowState state = rowOf(account, party);
            QCOMPARE(state.fields.value("name").toString(), QStringLiteral("B's name"));
            QCOMPARE(state.fields.value("description").toString(), QStringLiteral("A's notes"));
            QCOMPARE(state.fieldClocks.value("name").toString(), later.hlc);
            QCOMPARE(state.fieldClocks.value("description").toString(), earlier.hlc);
            QStringList outcome = snapshot(pull(account, a));
            outcome.replaceInStrings(party, QStringLiteral("<party>"));
            if (firstOutcome.isEmpty())
                firstOutcome = outcome;
            QCOMPARE(outcome, firstOutcome);
        }
    }

    // A combatant's conditions merge per condition: two devices that each add one keep both, a
    // removal wins over a stale change, and an older release's whole list (no element clocks) is
    // read as changes of the conditions it differs in. The merged record passes validation.
    void conditionsMergePerConditionAlsoFromAnOlderRelease()
    {
        const Account account = registerAccount();
        Device a, b, old;
        const Encounter encounter = test::sampleEncounter();
        Participant troll = test::sampleParticipant(encounter.id);
        troll.conditions.clear();
        pushOk(account, a,
               {a.put(EntityKind::Encounter, encounter.id, encounter.toJson()),
                a.put(EntityKind::Participant, troll.id, troll.toJson())});
        // What a device of this release sends: the list, and the clocks of its elements.
        const auto conditionsPut = [&](Device& device, const QJsonArray& list, const QStringList& added,
                                       const QJsonObject& known = {}) {
            Mutation m = device.put(EntityKind::Participant, troll.id, {{"conditions", list}});
            m.elementClocks = known;
            for (const QString& id : added) {
                m.elementClocks.insert(QStringLiteral("conditions[%1]").arg(id), m.hlc);
                m.elementClocks.insert(QStringLiteral("conditions[%1].added").arg(id), m.hlc);
            }
            return m;
        };
        const Mutation poisoned = conditionsPut(a, {test::conditionJson("p", "poisoned", 3)}, {"p"});
        b.offsetMs = 1000;
        const Mutation prone = conditionsPut(b, {test::conditionJson("q", "prone", -1)}, {"q"});
        pushOk(account, a, {poisoned});
        pushOk(account, b, {prone});
        RowState state = rowOf(account, troll.id);
        QCOMPARE(
            state.fields.value("conditions").toArray(),
            (QJsonArray{test::conditionJson("p", "poisoned", 3), test::conditionJson("q", "prone", -1)}));
        QCOMPARE(state.elementClocks.value("conditions[p]").toString(), poisoned.hlc);
        QCOMPARE(state.elementClocks.value("conditions[q]").toString(), prone.hlc);
        QCOMPARE(state.fieldClocks.value("conditions").toString(), prone.hlc);
        // Element clocks are not fields: an older release pulling the row sees none of them.
        for (auto it = state.fieldClocks.constBegin(); it != state.fieldClocks.constEnd(); ++it)
            QVERIFY2(!it.key().contains('['), qPrintable(it.key()));

        // An older release that saw both sends its whole list two seconds later: poisoned is
        // one round down, prone gone. The service takes both as changes of those conditions.
        old.offsetMs = 2000;
        pushOk(account, old,
               {old.put(EntityKind::Participant, troll.id,
                        {{"conditions", QJsonArray{test::conditionJson("p", "poisoned", 2)}}})});
        state = rowOf(account, troll.id);
        QCOMPARE(state.fields.value("conditions").toArray(),
                 (QJsonArray{test::conditionJson("p", "poisoned", 2)}));
        QVERIFY(validateDocument(EntityKind::Participant, state.fields).isEmpty());

        // A device that had not seen the removal changes prone's rounds, later still: the removal
        // wins, prone does not come back. Its own new condition is taken.
        b.offsetMs = 3000;
        const QJsonObject proneClocks{{"conditions[q]", prone.hlc}, {"conditions[q].added", prone.hlc}};
        Mutation stale = b.put(EntityKind::Participant, troll.id,
                               {{"conditions", QJsonArray{test::conditionJson("q", "prone", 5),
                                                          test::conditionJson("r", "blinded", 1)}}});
        stale.elementClocks = proneClocks;
        stale.elementClocks.insert("conditions[q]", stale.hlc);
        stale.elementClocks.insert("conditions[r]", stale.hlc);
        stale.elementClocks.insert("conditions[r].added", stale.hlc);
        const PushResponse answer = pushOk(account, b, {stale});
        QVERIFY(answer.rejected.isEmpty());
        state = rowOf(account, troll.id);
        QCOMPARE(
            state.fields.value("conditions").toArray(),
            (QJsonArray{test::conditionJson("p", "poisoned", 2), test::conditionJson("r", "blinded", 1)}));
        QVERIFY(validateDocument(EntityKind::Participant, state.fields).isEmpty());
    }

    // Edge case 6.
    void otherProtocolVersionIsRefusedWithItsOwnCode()
    {
        const Account account = registerAccount();
        Device device;
        const QString party = newRow();
        const HttpResponse pushed =
            push(account, device, {device.put(EntityKind::Party, party, partyDoc(party, "Future"))},
                 kProtocolVersion + 1);
        QCOMPARE(pushed.status, 409);
        QCOMPARE(pushed.errorCode(), api::kSyncProtocolMismatch);
        const HttpResponse pulled = m_service.http->get(
            QStringLiteral("/api/v1/sync/pull?cookie=0&protocolVersion=%1").arg(kProtocolVersion + 1),
            account.accessToken);
        QCOMPARE(pulled.status, 409);
        QCOMPARE(pulled.errorCode(), api::kSyncProtocolMismatch);
        QVERIFY(pull(account, device).rows.isEmpty());
    }

    // Edge case 8: a mutation that can never apply is reported and the queue moves past it.
    void rejectedMutationsDoNotBlockTheQueue()
    {
        const Account account = registerAccount(QStringLiteral("free")); // one party
        Device device;
        const QString first = newRow();
        const QString second = newRow();
        QJsonObject tooStrong = partyDoc(first, QStringLiteral("Bad"));
        tooStrong.insert("name", "");
        const PushResponse pushed =
            pushOk(account, device,
                   {
                       device.put(EntityKind::Party, first, tooStrong),
                       device.put(EntityKind::Party, first, partyDoc(first, "Good")),
                       device.put(EntityKind::Party, second, partyDoc(second, "Over the limit")),
                       device.put(EntityKind::Party, first, {{"description", "After both"}}),
                   });
        QCOMPARE(pushed.lastMutationId, 4);
        QCOMPARE(pushed.rejected.size(), 2);
        QCOMPARE(pushed.rejected.at(0).mutationId, 1);
        QCOMPARE(pushed.rejected.at(0).code, QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(pushed.rejected.at(1).mutationId, 3);
        QCOMPARE(pushed.rejected.at(1).code, QStringLiteral("LIMIT_EXCEEDED"));
        QVERIFY2(pushed.rejected.at(1).message.contains(QStringLiteral("The Seasoned plan allows 3.")),
                 qPrintable(pushed.rejected.at(1).message));
        QCOMPARE(rowOf(account, first).fields.value("description").toString(), QStringLiteral("After both"));
        QVERIFY(!row(account, second));
        // A record whose id is not its row's is refused as well.
        const PushResponse mismatched =
            pushOk(account, device, {device.put(EntityKind::Party, first, {{"id", second}})});
        QCOMPARE(mismatched.rejected.size(), 1);
        QCOMPARE(rowOf(account, first).fields.value("id").toString(), first);
    }

    // Edge case 9.
    void unknownCookieGetsAFullSnapshot()
    {
        const Account account = registerAccount();
        Device device;
        const QString party = newRow();
        const QString gone = newRow();
        pushOk(account, device,
               {device.put(EntityKind::Party, party, partyDoc(party, "Kept")),
                device.put(EntityKind::Party, gone, partyDoc(gone, "Gone")),
                device.remove(EntityKind::Party, gone)});
        const PullResponse current = pull(account, device);
        const PullResponse reset = pull(account, device, current.cookie + 1000);
        QVERIFY(reset.reset);
        QCOMPARE(reset.cookie, current.cookie);
        QCOMPARE(snapshot(reset), snapshot(current));
        QCOMPARE(reset.rows.size(), 2); // the tombstone too, so the device deletes its copy
        QCOMPARE(m_service.http->get("/api/v1/sync/pull?cookie=-1", account.accessToken).status, 400);
        QCOMPARE(m_service.http->get("/api/v1/sync/pull?cookie=abc", account.accessToken).status, 400);
    }

    // A large account is pulled in pages of whole versions (at most kPullPageRows rows or
    // kPullPageBytes of documents, unless one version alone is larger), each naming the cookie to
    // go on from; together they hold every row once.
    void largePullsComeInPagesOfWholeVersions()
    {
        const Account account = registerAccount();
        Device device;
        QSet<QString> pushed;
        const int rowsPerPush = 400; // three pushes make three versions of 400 rows
        for (int push = 0; push < 3; ++push) {
            QList<Mutation> batch;
            for (int i = 0; i < rowsPerPush; ++i) {
                const QString id = newRow();
                pushed.insert(id);
                batch << device.put(EntityKind::Party, id, partyDoc(id, QStringLiteral("Party %1").arg(i)));
            }
            pushOk(account, device, batch);
        }
        // Two more versions of long character sheets: together over the page's bytes.
        for (int push = 0; push < 2; ++push) {
            QList<Mutation> batch;
            for (int i = 0; i < 60; ++i) {
                Character sheet;
                sheet.id = newRow();
                sheet.partyId = *pushed.cbegin();
                sheet.name = QStringLiteral("Sheet %1").arg(i);
                sheet.notes = QString(10000, QLatin1Char('n'));
                pushed.insert(sheet.id);
                batch << device.put(EntityKind::Character, sheet.id, sheet.toJson());
            }
            pushOk(account, device, batch);
        }
        QList<int> pageSizes;
        QSet<QString> pulled;
        qint64 cookie = 0;
        for (bool more = true; more;) {
            const PullResponse page = pull(account, device, cookie);
            QVERIFY(page.cookie > cookie);
            QVERIFY(!page.reset);
            pageSizes << int(page.rows.size());
            for (const RowState& row : page.rows) {
                QVERIFY2(!pulled.contains(row.rowId), "a row came twice");
                pulled.insert(row.rowId);
            }
            more = page.hasMore;
            cookie = page.cookie;
            QVERIFY(pageSizes.size() < 10);
        }
        QCOMPARE(pageSizes, (QList<int>{800, 460, 60}));
        QCOMPARE(pulled, pushed);
        // The last page ends at the account's version: nothing more from there.
        const PullResponse after = pull(account, device, cookie);
        QVERIFY(after.rows.isEmpty());
        QVERIFY(!after.hasMore);
    }

    // Edge case 1: a device whose clock runs ahead within the bound keeps its edit ordered after
    // the other device's; one beyond the bound is refused with a reason, not taken silently.
    void clockSkewWithinTheBoundOrdersEditsAndBeyondItIsRefused()
    {
        const Account account = registerAccount();
        Device slow, fast, broken;
        slow.offsetMs = -6 * 60 * 1000;
        fast.offsetMs = 4 * 60 * 1000; // ten minutes ahead of the slow device
        broken.offsetMs = 10 * 60 * 1000;
        const QString party = newRow();
        pushOk(account, slow, {slow.put(EntityKind::Party, party, partyDoc(party, "Start"))});
        const Mutation fastEdit = fast.put(EntityKind::Party, party, {{"name", "Fast"}});
        pushOk(account, fast, {fastEdit});
        // The slow device, having seen the fast one's edit, stamps its next edit after it.
        slow.lastMs = fastEdit.hlc.left(15).toLongLong();
        slow.counter = fastEdit.hlc.mid(16, 5).toInt();
        pushOk(account, slow, {slow.put(EntityKind::Party, party, {{"name", "Slow, but later"}})});
        QCOMPARE(rowOf(account, party).fields.value("name").toString(), QStringLiteral("Slow, but later"));

        // Beyond the bound the whole push is refused, so the device keeps the change queued and
        // tells the DM instead of losing it as a processed rejection.
        const HttpResponse refused =
            push(account, broken, {broken.put(EntityKind::Party, party, {{"name", "Future"}})});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("CLOCK_DRIFT"));
        const QString message = refused.json().value("error").toObject().value("message").toString();
        QVERIFY2(message.contains(QStringLiteral("clock")), qPrintable(message));
        QCOMPARE(pull(account, broken).lastMutationId, 0);
        QCOMPARE(rowOf(account, party).fields.value("name").toString(), QStringLiteral("Slow, but later"));
    }

    // Issue 11 item 1: a store restored or copied numbers its mutations anew; a mutation under the
    // device's last processed number with another clock is refused, not skipped as a resend.
    void renumberedMutationIsAnIdentityError()
    {
        const Account account = registerAccount();
        Device device;
        const QString party = newRow();
        const QList<Mutation> sent{
            device.put(EntityKind::Party, party, partyDoc(party, QStringLiteral("Sent"))),
            device.put(EntityKind::Party, party, {{"description", "Second"}})};
        pushOk(account, device, sent);
        QCOMPARE(pushOk(account, device, sent).lastMutationId, 2); // a plain resend is skipped
        device.nextId = 2;
        device.lastMs += 5000;
        const HttpResponse renumbered =
            push(account, device,
                 {device.put(EntityKind::Party, party, {{"description", "Made after a restore"}})});
        QCOMPARE(renumbered.status, 409);
        QCOMPARE(renumbered.errorCode(), api::kSyncIdentity);
        QCOMPARE(rowOf(account, party).fields.value("description").toString(), QStringLiteral("Second"));
    }

    // Issue 11 item 2: every answer names the epoch of the service's data and its time;
    // `admin reset-sync-epoch` gives a new epoch and forgets every device's progress. A device
    // starting again under a new id frees the slot of the id it replaces.
    void epochIsAnsweredAndResetByTheOperator()
    {
        const Account account = registerAccount(QStringLiteral("free"));
        Device device;
        const QString party = newRow();
        const PushResponse pushed = pushOk(
            account, device, {device.put(EntityKind::Party, party, partyDoc(party, QStringLiteral("P")))});
        QVERIFY(!pushed.epoch.isEmpty());
        QVERIFY(std::abs(pushed.serverTime - QDateTime::currentMSecsSinceEpoch()) < 60'000);
        const PullResponse pulled = pull(account, device);
        QCOMPARE(pulled.epoch, pushed.epoch);
        QCOMPARE(pulled.lastMutationId, 1);

        QCOMPARE(m_service.server->runCommand({QStringLiteral("admin"), QStringLiteral("reset-sync-epoch")}),
                 0);
        const PullResponse after = pull(account, device);
        QVERIFY(after.epoch != pushed.epoch);
        QCOMPARE(after.lastMutationId, 0);

        // The free plan's one device slot: a replacement takes the slot of the id it replaces.
        Device first, second;
        pushOk(account, first, {first.put(EntityKind::Party, party, {{"description", "first"}})});
        QCOMPARE(push(account, second, {second.put(EntityKind::Party, party, {{"notes", "x"}})}).errorCode(),
                 QStringLiteral("LIMIT_EXCEEDED"));
        second.nextId = 1;
        PushRequest replacing{
            second.clientId, kProtocolVersion, {second.put(EntityKind::Party, party, {{"notes", "y"}})}};
        replacing.replacesClientId = first.clientId;
        const HttpResponse replaced = m_service.http->post(QStringLiteral("/api/v1/sync/push"),
                                                           replacing.toJson(), account.accessToken);
        QCOMPARE(replaced.status, 200);
    }

    void brokenPushesAreRefusedWhole()
    {
        const Account account = registerAccount();
        Device device;
        const QString party = newRow();
        QJsonObject body = PushRequest{device.clientId,
                                       kProtocolVersion,
                                       {device.put(EntityKind::Party, party, partyDoc(party, "x"))}}
                               .toJson();
        QJsonArray mutations = body.value("mutations").toArray();
        QJsonObject broken = mutations.at(0).toObject();
        broken.insert("hlc", "yesterday");
        mutations.replace(0, broken);
        body.insert("mutations", mutations);
        const HttpResponse response = m_service.http->post("/api/v1/sync/push", body, account.accessToken);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.errorCode(), api::kSyncMalformed);
        QVERIFY2(response.json().value("error").toObject().value("message").toString().startsWith(
                     "mutations[0].hlc"),
                 response.body.constData());
        QCOMPARE(m_service.http->send("POST", "/api/v1/sync/push", "{not json", account.accessToken).status,
                 400);
        QCOMPARE(m_service.http->send("POST", "/api/v1/sync/push", "[]", account.accessToken).status, 400);
        QVERIFY(pull(account, device).rows.isEmpty());
    }

    void devicesAndRowsBelongToTheirAccount()
    {
        const Account alice = registerAccount();
        const Account mallory = registerAccount();
        Device device;
        const QString party = newRow();
        pushOk(alice, device, {device.put(EntityKind::Party, party, partyDoc(party, "Alice's"))});
        QVERIFY(pull(mallory, device).rows.isEmpty());
        QCOMPARE(pull(mallory, device).lastMutationId, 0); // another account's device progress is not shown
        // Alice's device id under Mallory's account is refused, and her rows stay hers.
        const HttpResponse hijack =
            push(mallory, device, {device.put(EntityKind::Party, party, {{"name", "Mine now"}})});
        QCOMPARE(hijack.status, 403);
        QCOMPARE(rowOf(alice, party).fields.value("name").toString(), QStringLiteral("Alice's"));
        // The same row id under another account is another row.
        Device malloryDevice;
        pushOk(mallory, malloryDevice,
               {malloryDevice.put(EntityKind::Party, party, partyDoc(party, "Mallory's own"))});
        QCOMPARE(rowOf(alice, party).fields.value("name").toString(), QStringLiteral("Alice's"));
        QCOMPARE(m_service.http->post("/api/v1/sync/push", QJsonObject()).status, 401);
        QCOMPARE(m_service.http->get("/api/v1/sync/pull?cookie=0").status, 401);

        // The free plan syncs one device.
        const Account free = registerAccount(QStringLiteral("free"));
        Device first, second;
        pushOk(free, first, {});
        const HttpResponse extra = push(free, second, {});
        QCOMPARE(extra.status, 403);
        QCOMPARE(extra.errorCode(), QStringLiteral("LIMIT_EXCEEDED"));
    }

    void pushPokesTheAccountsSockets()
    {
        const Account account = registerAccount();
        QWebSocket socket;
        QList<QJsonObject> events;
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [&](const QString& text) { events.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(m_service.server->port())));
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
        socket.sendTextMessage(
            QJsonDocument(QJsonObject{{"type", "auth"}, {"token", account.accessToken}}).toJson());
        QVERIFY(QTest::qWaitFor([&] { return !events.isEmpty(); }, 5000));
        Device device;
        const QString party = newRow();
        const PushResponse pushed =
            pushOk(account, device, {device.put(EntityKind::Party, party, partyDoc(party, "Poked"))});
        QVERIFY(QTest::qWaitFor([&] { return events.last().value("type") == QStringLiteral("poke"); }, 5000));
        QCOMPARE(events.last().value("version").toInteger(), pushed.version);
    }

    // Edge case 10: three devices' operations, interleaved in random orders, split into random
    // batches, with replies lost at random (the batch is sent again): every schedule ends in the
    // same rows.
    void randomSchedulesConverge()
    {
        QRandomGenerator random(20261127);
        const QStringList rows{newRow(), newRow(), newRow(), newRow(), newRow(), newRow()};
        // The operations each device makes offline, in its own order, stamped once. A device
        // edits a row in the life it knows, deletes now and then, and sometimes undoes its delete.
        Device devices[3];
        QList<Mutation> made[3];
        for (const QString& id : rows)
            made[0].append(devices[0].put(EntityKind::Party, id, partyDoc(id, QStringLiteral("Row"))));
        for (int d = 0; d < 3; ++d) {
            devices[d].offsetMs = d * 700;
            QHash<QString, qint64> knownLength;
            for (int i = 0; i < 16; ++i) {
                const QString id = rows.at(random.bounded(rows.size()));
                qint64& cl = knownLength[id];
                cl = std::max<qint64>(cl, 1);
                if (cl % 2 == 0) {
                    if (random.bounded(2) == 0)
                        made[d].append(devices[d].put(EntityKind::Party, id,
                                                      partyDoc(id, QStringLiteral("Undeleted by %1").arg(d)),
                                                      ++cl));
                } else if (random.bounded(8) == 0) {
                    made[d].append(devices[d].remove(EntityKind::Party, id, ++cl));
                } else {
                    made[d].append(devices[d].put(EntityKind::Party, id,
                                                  {{random.bounded(2) ? "name" : "description",
                                                    QStringLiteral("d%1 edit %2").arg(d).arg(i)}},
                                                  cl));
                }
            }
        }
        QStringList converged;
        for (int schedule = 0; schedule < 8; ++schedule) {
            const Account account = registerAccount();
            // The same devices' work in another account: new device ids, the same mutations.
            for (Device& device : devices)
                device.clientId = QUuid::createUuid().toString(QUuid::Id128);
            // Device 0 creates the rows before anyone else could have seen them.
            pushOk(account, devices[0], made[0].mid(0, rows.size()));
            qsizetype sent[3] = {rows.size(), 0, 0};
            while (sent[0] < made[0].size() || sent[1] < made[1].size() || sent[2] < made[2].size()) {
                const int d = int(random.bounded(3));
                if (sent[d] >= made[d].size())
                    continue;
                const qsizetype size = 1 + random.bounded(4);
                const QList<Mutation> batch = made[d].mid(sent[d], size);
                const HttpResponse response = push(account, devices[d], batch);
                QCOMPARE(response.status, 200);
                // Half the time the reply is "lost": the device keeps the batch and sends it again.
                if (random.bounded(2) == 0)
                    QCOMPARE(push(account, devices[d], batch).status, 200);
                sent[d] += batch.size();
            }
            const QStringList outcome = snapshot(pull(account, devices[1]));
            QCOMPARE(outcome.size(), rows.size());
            if (converged.isEmpty())
                converged = outcome;
            QCOMPARE(outcome, converged);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncApi)
#include "TestSyncApi.moc"
