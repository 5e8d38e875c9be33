// The sync messages: what a device sends and receives survives encoding unchanged, the next push
// is read from the real store's outbox exactly as the changes were made, and every broken message
// is refused whole with an error that names the member at fault.
#include "OutboxBatch.h"
#include "SampleEntities.h"
#include "SyncProtocol.h"
#include "TestSupport.h"
#include "model/Participant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dnd;
using namespace dnd::sync;

namespace {

const QString kRow = QStringLiteral("0b0c0d0e-1111-4222-8333-444455556666");
const QString kClient = QStringLiteral("3f2a9c0d5b7e41f8a6c3d2e1f0a9b8c7");
const QString kClock = QStringLiteral("001700000000000-00000-3f2a9c0d5b7e41f8a6c3d2e1f0a9b8c7");

QJsonObject parseObject(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

// A valid push of two mutations; each bad case below breaks one rule of it.
QJsonObject validPush()
{
    return PushRequest{
        kClient,
        kProtocolVersion,
        {Mutation{1, EntityKind::Party, kRow, MutationOp::Put,
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("The Lanterns")}}, kClock, 1},
         Mutation{2, EntityKind::Party, kRow, MutationOp::Delete, {}, kClock, 2}}}
        .toJson();
}

QJsonObject withMutationMember(const QString& key, const QJsonValue& value, int index = 0)
{
    QJsonObject push = validPush();
    QJsonArray list = push.value(QStringLiteral("mutations")).toArray();
    QJsonObject mutation = list.at(index).toObject();
    if (value.isUndefined())
        mutation.remove(key);
    else
        mutation.insert(key, value);
    list.replace(index, mutation);
    push.insert(QStringLiteral("mutations"), list);
    return push;
}

QJsonObject withMember(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}

QJsonObject validPull()
{
    return PullResponse{7,
                        2,
                        false,
                        {RowState{EntityKind::Creature, kRow, 7, 1,
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Owlbear")}},
                                  QJsonObject{{QStringLiteral("name"), kClock}}}}}
        .toJson();
}

QJsonObject withRowMember(const QString& key, const QJsonValue& value)
{
    QJsonObject pull = validPull();
    QJsonArray rows = pull.value(QStringLiteral("rows")).toArray();
    rows.replace(0, withMember(rows.at(0).toObject(), key, value));
    pull.insert(QStringLiteral("rows"), rows);
    return pull;
}

} // namespace

Q_DECLARE_METATYPE(QJsonObject)

class TestSyncProtocol : public QObject {
    Q_OBJECT
private slots:
    void pushRequestSurvivesEncoding();
    void nextPushCarriesTheOutboxInOrder();
    void nextPushIsBounded();
    void nextPushStaysWithinItsBytes();
    void conditionEditCarriesItsElementClocksApart();
    void brokenPushIsRefused_data();
    void brokenPushIsRefused();
    void otherProtocolVersionHasItsOwnError();
    void pushResponseSurvivesEncoding();
    void brokenPushResponseIsRefused_data();
    void brokenPushResponseIsRefused();
    void pullResponseSurvivesEncoding();
    void brokenPullResponseIsRefused_data();
    void brokenPullResponseIsRefused();
};

void TestSyncProtocol::pushRequestSurvivesEncoding()
{
    const QJsonObject json = validPush();
    const Result<PushRequest> decoded = PushRequest::fromJson(json);
    CHECK_OK(decoded);
    QCOMPARE(decoded->mutations.size(), 2);
    QCOMPARE(decoded->mutations.at(1).op, MutationOp::Delete);
    QCOMPARE(decoded->toJson(), json);
    QVERIFY(!json.contains(QStringLiteral("replacesClientId"))); // only sent when there is one
    QJsonObject replacing = json;
    replacing.insert(QStringLiteral("replacesClientId"), QStringLiteral("0123abcd"));
    QCOMPARE(PushRequest::fromJson(replacing)->replacesClientId, QStringLiteral("0123abcd"));
    replacing.insert(QStringLiteral("replacesClientId"), QStringLiteral("not an id!"));
    QVERIFY(!PushRequest::fromJson(replacing).ok());
    // A delete carries no fields on the wire.
    QVERIFY(!json.value(QStringLiteral("mutations"))
                 .toArray()
                 .at(1)
                 .toObject()
                 .contains(QStringLiteral("fields")));
}

void TestSyncProtocol::nextPushCarriesTheOutboxInOrder()
{
    test::TemporaryStore temp;
    LocalStore& store = *temp.store;
    const QString party = LocalStore::newId();
    QVERIFY(store
                .commit(ChangeSet().put(EntityKind::Party, party,
                                        {{QStringLiteral("name"), QStringLiteral("The Lanterns")},
                                         {QStringLiteral("notes"), QStringLiteral("Meets on Fridays")}}))
                .ok());
    QVERIFY(
        store.commit(ChangeSet().put(EntityKind::Party, party, {{QStringLiteral("notes"), QJsonValue::Null}}))
            .ok());
    CHECK_OK(store.commit(ChangeSet().remove(EntityKind::Party, party)));
    CHECK_OK(store.commit(ChangeSet().restore(EntityKind::Party, party)));

    const PushRequest push = nextPush(store).value();
    QCOMPARE(push.clientId, store.clientId());
    QCOMPARE(push.protocolVersion, kProtocolVersion);
    QCOMPARE(push.mutations.size(), 4);
    QList<qint64> ids, lengths;
    QList<MutationOp> ops;
    for (const Mutation& m : push.mutations) {
        ids << m.id;
        lengths << m.causalLength;
        ops << m.op;
        QCOMPARE(m.entity, EntityKind::Party);
        QCOMPARE(m.rowId, party);
    }
    QCOMPARE(ids, (QList<qint64>{ids.first(), ids.first() + 1, ids.first() + 2, ids.first() + 3}));
    QCOMPARE(lengths, (QList<qint64>{1, 1, 2, 3}));
    QCOMPARE(ops, (QList<MutationOp>{MutationOp::Put, MutationOp::Put, MutationOp::Delete, MutationOp::Put}));
    // The creating put carries the whole record, the edit only what it changed (null removes),
    // and the undelete the record as it was.
    QCOMPARE(push.mutations.at(0).fields.value(QStringLiteral("notes")).toString(),
             QStringLiteral("Meets on Fridays"));
    QCOMPARE(push.mutations.at(1).fields, (QJsonObject{{QStringLiteral("notes"), QJsonValue::Null}}));
    QVERIFY(push.mutations.at(2).fields.isEmpty());
    QCOMPARE(push.mutations.at(3).fields.value(QStringLiteral("name")).toString(),
             QStringLiteral("The Lanterns"));
    for (qsizetype i = 1; i < push.mutations.size(); ++i)
        QVERIFY(push.mutations.at(i - 1).hlc < push.mutations.at(i).hlc);

    // What a device sends is what the service reads.
    const Result<PushRequest> decoded = PushRequest::fromJson(push.toJson());
    CHECK_OK(decoded);
    QCOMPARE(*decoded, push);
}

// A change of a combatant's conditions puts the list among the fields (what a service of an
// earlier release reads) and the clocks of its conditions beside them, never among the fields.
void TestSyncProtocol::conditionEditCarriesItsElementClocksApart()
{
    test::TemporaryStore temp;
    Participant troll = test::sampleParticipant(LocalStore::newId());
    troll.conditions.clear();
    CHECK_OK(temp.store->commit(ChangeSet().put(troll)));
    ActiveCondition prone;
    prone.id = QStringLiteral("c-1");
    prone.key = QStringLiteral("prone");
    troll.conditions = {prone};
    CHECK_OK(temp.store->commit(ChangeSet().put(
        EntityKind::Participant, troll.id,
        {{QStringLiteral("conditions"), troll.toJson().value(QStringLiteral("conditions"))}})));
    const PushRequest push = nextPush(*temp.store).value();
    QCOMPARE(push.mutations.size(), 2);
    const Mutation& edit = push.mutations.at(1);
    QCOMPARE(edit.fields.keys(), QStringList{QStringLiteral("conditions")});
    QCOMPARE(edit.elementClocks, (QJsonObject{{QStringLiteral("conditions[c-1]"), edit.hlc},
                                              {QStringLiteral("conditions[c-1].added"), edit.hlc}}));
    const Result<PushRequest> decoded = PushRequest::fromJson(push.toJson());
    CHECK_OK(decoded);
    QCOMPARE(*decoded, push);
    // Without element clocks the member is left out, as an earlier release sends it.
    const PushRequest creationOnly{push.clientId, kProtocolVersion, {push.mutations.at(0)}};
    const QJsonObject sent =
        creationOnly.toJson().value(QStringLiteral("mutations")).toArray().at(0).toObject();
    QVERIFY(!sent.contains(QStringLiteral("elementClocks")));
}

void TestSyncProtocol::nextPushIsBounded()
{
    test::TemporaryStore temp;
    ChangeSet many;
    for (int i = 0; i < kMaxMutationsPerPush + 20; ++i)
        many.put(EntityKind::Party, LocalStore::newId(),
                 {{QStringLiteral("name"), QStringLiteral("Party %1").arg(i)}});
    CHECK_OK(temp.store->commit(many));
    QCOMPARE(nextPush(*temp.store).value().mutations.size(), kMaxMutationsPerPush);
    QCOMPARE(nextPush(*temp.store, 3).value().mutations.size(), 3);
    QCOMPARE(nextPush(*temp.store, 100000).value().mutations.size(), kMaxMutationsPerPush);
    QCOMPARE(nextPush(*temp.store, 0).value().mutations.size(), 1);
}

// A batch is sized from what the outbox holds, without encoding it: whatever the records hold
// (text outside ASCII takes more bytes than characters), the encoded batch stays within the bound.
void TestSyncProtocol::nextPushStaysWithinItsBytes()
{
    test::TemporaryStore temp;
    ChangeSet many;
    for (int i = 0; i < 200; ++i)
        many.put(EntityKind::Party, LocalStore::newId(),
                 {{QStringLiteral("name"), QStringLiteral("Drachenhort %1").arg(i)},
                  {QStringLiteral("notes"), QString(300, QChar(0x00e4)) + QString(100, QChar(0x9f8d))}});
    CHECK_OK(temp.store->commit(many));
    for (const qsizetype bound : {qsizetype(4 * 1024), qsizetype(32 * 1024), qsizetype(128 * 1024)}) {
        const PushRequest push = nextPush(*temp.store, kMaxMutationsPerPush, bound).value();
        QVERIFY(push.mutations.size() > 1);
        const qsizetype mutationBytes =
            QJsonDocument(push.toJson()).toJson(QJsonDocument::Compact).size() -
            QJsonDocument(PushRequest{push.clientId, push.protocolVersion, {}}.toJson())
                .toJson(QJsonDocument::Compact)
                .size();
        QVERIFY2(mutationBytes <= bound, qPrintable(QStringLiteral("%1 > %2").arg(mutationBytes).arg(bound)));
    }
}

void TestSyncProtocol::brokenPushIsRefused_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<QString>("member");

    const QJsonObject valid = validPush();
    QTest::newRow("empty object") << QJsonObject() << "protocolVersion";
    QTest::newRow("version as text") << withMember(valid, QStringLiteral("protocolVersion"),
                                                   QStringLiteral("1"))
                                     << "protocolVersion";
    QTest::newRow("version fraction")
        << withMember(valid, QStringLiteral("protocolVersion"), 1.5) << "protocolVersion";
    QTest::newRow("no client") << withMember(valid, QStringLiteral("clientId"), QJsonValue::Undefined)
                               << "clientId";
    QTest::newRow("client with spaces")
        << withMember(valid, QStringLiteral("clientId"), QStringLiteral("a b")) << "clientId";
    QTest::newRow("client too long") << withMember(valid, QStringLiteral("clientId"),
                                                   QString(65, QLatin1Char('a')))
                                     << "clientId";
    QTest::newRow("mutations not a list")
        << withMember(valid, QStringLiteral("mutations"), QJsonObject()) << "mutations";
    QTest::newRow("mutation not an object")
        << withMember(valid, QStringLiteral("mutations"), QJsonArray{QStringLiteral("put")})
        << "mutations[0]";
    QTest::newRow("id zero") << withMutationMember(QStringLiteral("id"), 0) << "mutations[0].id";
    QTest::newRow("element clocks not an object")
        << withMutationMember(QStringLiteral("elementClocks"), QJsonArray()) << "mutations[0].elementClocks";
    QTest::newRow("element clock not a clock")
        << withMutationMember(QStringLiteral("elementClocks"),
                              QJsonObject{{QStringLiteral("conditions[x]"), QStringLiteral("soon")}})
        << "mutations[0].elementClocks.conditions[x]";
    QTest::newRow("id negative") << withMutationMember(QStringLiteral("id"), -4) << "mutations[0].id";
    QTest::newRow("id beyond exact numbers")
        << withMutationMember(QStringLiteral("id"), 1e300) << "mutations[0].id";
    QTest::newRow("ids not rising") << withMutationMember(QStringLiteral("id"), 1, 1) << "mutations[1].id";
    QTest::newRow("unknown entity") << withMutationMember(QStringLiteral("entity"), QStringLiteral("dragon"))
                                    << "mutations[0].entity";
    QTest::newRow("entity as number")
        << withMutationMember(QStringLiteral("entity"), 3) << "mutations[0].entity";
    QTest::newRow("row id missing") << withMutationMember(QStringLiteral("rowId"), QJsonValue::Undefined)
                                    << "mutations[0].rowId";
    QTest::newRow("row id with a quote")
        << withMutationMember(QStringLiteral("rowId"), QStringLiteral("x';--")) << "mutations[0].rowId";
    QTest::newRow("unknown op") << withMutationMember(QStringLiteral("op"), QStringLiteral("merge"))
                                << "mutations[0].op";
    QTest::newRow("clock not a clock")
        << withMutationMember(QStringLiteral("hlc"), QStringLiteral("yesterday")) << "mutations[0].hlc";
    QTest::newRow("clock missing") << withMutationMember(QStringLiteral("hlc"), QJsonValue::Undefined)
                                   << "mutations[0].hlc";
    QTest::newRow("put with even length") << withMutationMember(QStringLiteral("cl"), 2) << "mutations[0].cl";
    QTest::newRow("delete with odd length")
        << withMutationMember(QStringLiteral("cl"), 3, 1) << "mutations[1].cl";
    QTest::newRow("put without fields")
        << withMutationMember(QStringLiteral("fields"), QJsonValue::Undefined) << "mutations[0].fields";
    QTest::newRow("fields as list") << withMutationMember(QStringLiteral("fields"), QJsonArray())
                                    << "mutations[0].fields";
    QTest::newRow("delete with fields")
        << withMutationMember(QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), 1}}, 1)
        << "mutations[1].fields";

    QJsonArray tooMany;
    for (int i = 1; i <= kMaxMutationsPerPush + 1; ++i)
        tooMany.append(
            withMutationMember(QStringLiteral("id"), i).value(QStringLiteral("mutations")).toArray().at(0));
    QTest::newRow("too many mutations")
        << withMember(valid, QStringLiteral("mutations"), tooMany) << "mutations";
}

void TestSyncProtocol::brokenPushIsRefused()
{
    QFETCH(QJsonObject, message);
    QFETCH(QString, member);
    const Result<PushRequest> decoded = PushRequest::fromJson(message);
    CHECK_FAILS(decoded, api::kSyncMalformed);
    QVERIFY2(decoded.errorMessage().startsWith(member + QStringLiteral(": ")),
             qPrintable(decoded.errorMessage()));
}

void TestSyncProtocol::otherProtocolVersionHasItsOwnError()
{
    const Result<PushRequest> decoded = PushRequest::fromJson(
        withMember(validPush(), QStringLiteral("protocolVersion"), kProtocolVersion + 1));
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().code, api::kSyncProtocolMismatch);
    QVERIFY2(decoded.errorMessage().contains(QString::number(kProtocolVersion + 1)),
             qPrintable(decoded.errorMessage()));
}

void TestSyncProtocol::pushResponseSurvivesEncoding()
{
    const PushResponse response{
        12,
        40,
        {Rejection{11, QStringLiteral("TIER_LIMIT"), QStringLiteral("Over the limit.")}},
        QStringLiteral("epoch-1"),
        1'764'659'400'123,
        39};
    const QByteArray wire = QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact);
    const Result<PushResponse> decoded = PushResponse::fromJson(parseObject(wire));
    CHECK_OK(decoded);
    QCOMPARE(*decoded, response);
    // A service that does not say what the version was before the push: the device cannot tell.
    const Result<PushResponse> older = PushResponse::fromJson(
        withMember(response.toJson(), QStringLiteral("baseVersion"), QJsonValue::Undefined));
    CHECK_OK(older);
    QCOMPARE(older->baseVersion, -1);
}

void TestSyncProtocol::brokenPushResponseIsRefused_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<QString>("member");
    const QJsonObject valid =
        PushResponse{5, 9, {Rejection{4, QStringLiteral("INVALID"), QString()}}}.toJson();
    const auto withRejection = [&](const QJsonValue& rejection) {
        return withMember(valid, QStringLiteral("rejected"), QJsonArray{rejection});
    };
    QTest::newRow("html error page") << parseObject("<html>502</html>") << "lastMutationId";
    QTest::newRow("negative version") << withMember(valid, QStringLiteral("version"), -1) << "version";
    QTest::newRow("rejected missing")
        << withMember(valid, QStringLiteral("rejected"), QJsonValue::Undefined) << "rejected";
    QTest::newRow("rejection not an object") << withRejection(4) << "rejected[0]";
    QTest::newRow("epoch missing") << withMember(valid, QStringLiteral("epoch"), QJsonValue::Undefined)
                                   << "epoch";
    QTest::newRow("base version after the version")
        << withMember(valid, QStringLiteral("baseVersion"), 10) << "baseVersion";
    QTest::newRow("negative base version")
        << withMember(valid, QStringLiteral("baseVersion"), -1) << "baseVersion";
    QTest::newRow("service time as text")
        << withMember(valid, QStringLiteral("serverTime"), QStringLiteral("now")) << "serverTime";
    QTest::newRow("rejection without code")
        << withRejection(QJsonObject{{QStringLiteral("id"), 4}, {QStringLiteral("message"), QString()}})
        << "rejected[0].code";
    QTest::newRow("rejection after the last processed")
        << withRejection(QJsonObject{{QStringLiteral("id"), 6},
                                     {QStringLiteral("code"), QStringLiteral("INVALID")},
                                     {QStringLiteral("message"), QString()}})
        << "rejected[0].id";
}

void TestSyncProtocol::brokenPushResponseIsRefused()
{
    QFETCH(QJsonObject, message);
    QFETCH(QString, member);
    const Result<PushResponse> decoded = PushResponse::fromJson(message);
    CHECK_FAILS(decoded, api::kSyncMalformed);
    QVERIFY2(decoded.errorMessage().startsWith(member + QStringLiteral(": ")),
             qPrintable(decoded.errorMessage()));
}

void TestSyncProtocol::pullResponseSurvivesEncoding()
{
    PullResponse pull = *PullResponse::fromJson(validPull());
    pull.reset = true;
    pull.rows.append(RowState{EntityKind::Encounter, LocalStore::newId(), 6, 2, {}, {}});
    QVERIFY(pull.rows.last().isDeleted());
    QVERIFY(!pull.rows.first().isDeleted());
    const Result<PullResponse> decoded = PullResponse::fromJson(pull.toJson());
    CHECK_OK(decoded);
    QCOMPARE(*decoded, pull);
    // "reset" may be left out when it is false.
    const Result<PullResponse> plain =
        PullResponse::fromJson(withMember(validPull(), QStringLiteral("reset"), QJsonValue::Undefined));
    CHECK_OK(plain);
    QVERIFY(!plain->reset);
}

void TestSyncProtocol::brokenPullResponseIsRefused_data()
{
    QTest::addColumn<QJsonObject>("message");
    QTest::addColumn<QString>("member");
    const QJsonObject valid = validPull();
    QTest::newRow("cookie as text") << withMember(valid, QStringLiteral("cookie"), QStringLiteral("7"))
                                    << "cookie";
    QTest::newRow("reset as number") << withMember(valid, QStringLiteral("reset"), 1) << "reset";
    QTest::newRow("epoch as number") << withMember(valid, QStringLiteral("epoch"), 3) << "epoch";
    QTest::newRow("service time missing")
        << withMember(valid, QStringLiteral("serverTime"), QJsonValue::Undefined) << "serverTime";
    // Found by fuzzing: the reader converted the number to a 64-bit integer before checking its range.
    QTest::newRow("service time beyond 64 bits")
        << withMember(valid, QStringLiteral("serverTime"), 1.76e28) << "serverTime";
    QTest::newRow("rows missing") << withMember(valid, QStringLiteral("rows"), QJsonValue::Undefined)
                                  << "rows";
    QTest::newRow("row after the cookie") << withRowMember(QStringLiteral("version"), 8) << "rows[0].version";
    QTest::newRow("row version zero") << withRowMember(QStringLiteral("version"), 0) << "rows[0].version";
    QTest::newRow("row of unknown kind")
        << withRowMember(QStringLiteral("entity"), QStringLiteral("users")) << "rows[0].entity";
    QTest::newRow("row fields missing")
        << withRowMember(QStringLiteral("fields"), QJsonValue::Undefined) << "rows[0].fields";
    QTest::newRow("field clock not a clock")
        << withRowMember(QStringLiteral("fieldClocks"), QJsonObject{{QStringLiteral("name"), 17}})
        << "rows[0].fieldClocks.name";
    QTest::newRow("element clock not a clock")
        << withRowMember(QStringLiteral("elementClocks"), QJsonObject{{QStringLiteral("conditions[x]"), 17}})
        << "rows[0].elementClocks.conditions[x]";
}

void TestSyncProtocol::brokenPullResponseIsRefused()
{
    QFETCH(QJsonObject, message);
    QFETCH(QString, member);
    const Result<PullResponse> decoded = PullResponse::fromJson(message);
    CHECK_FAILS(decoded, api::kSyncMalformed);
    QVERIFY2(decoded.errorMessage().startsWith(member + QStringLiteral(": ")),
             qPrintable(decoded.errorMessage()));
}

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "TestSyncProtocol.moc"
