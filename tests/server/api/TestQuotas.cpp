// Plan quotas of the real service on loopback: characters, participants per encounter, share codes
// and the bytes an account stores are limited by the plans file, over REST and over sync; a
// refusal names the limit and the plan that lifts it, and /users/me/usage shows every limit. Sync
// refuses fields the model does not know, per change, without stopping the queue. The share list
// is paged like every other list.
#include "ProtocolDevice.h"
#include "ServerHarness.h"
#include "SyncProtocol.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dnd;
using namespace dnd::sync;
using namespace dnd::test;

namespace {

// Small limits, so a test reaches them in a few requests; "roomy" lifts every one of them.
constexpr const char* kPlans = R"({"currency": "usd", "plans": [
  {"tier": "free", "name": "Free", "monthlyPrice": 0, "stripePriceId": null,
   "limits": {"parties": 5, "encounters": 5, "creatures": 5, "devices": 2, "combatLogEntries": 50,
              "characters": 2, "participantsPerEncounter": 2, "shares": 0, "storageBytes": 8000},
   "features": {"liveView": false}},
  {"tier": "small", "name": "Small", "monthlyPrice": 1, "stripePriceId": "price_small",
   "limits": {"parties": 5, "encounters": 5, "creatures": 5, "devices": 2, "combatLogEntries": 50,
              "characters": 2, "participantsPerEncounter": 2, "shares": 1, "storageBytes": 8000},
   "features": {"liveView": true}},
  {"tier": "roomy", "name": "Roomy", "monthlyPrice": 2, "stripePriceId": "price_roomy",
   "limits": {"parties": 9, "encounters": 9, "creatures": 9, "devices": 3, "combatLogEntries": null,
              "characters": 9, "participantsPerEncounter": 9, "shares": 9, "storageBytes": 1048576},
   "features": {"liveView": true}}]})";

QString newRow()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject participantDoc(const QString& id, const QString& encounterId, const QString& name)
{
    Participant participant;
    participant.id = id;
    participant.encounterId = encounterId;
    participant.name = name;
    return participant.toJson();
}

} // namespace

class TestQuotas final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_plansDir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;

    TestAccount account(const QString& tier = QStringLiteral("small"))
    {
        return registerTestAccount(*m_server, *m_http, tier);
    }
    // The refusal must name the limit, the plan it belongs to and the plan that lifts it.
    static void verifyRefusal(const QJsonObject& error, const QString& resource, int limit)
    {
        QCOMPARE(error.value("code").toString(), QStringLiteral("LIMIT_EXCEEDED"));
        const QJsonObject details = error.value("details").toObject();
        QCOMPARE(details.value("resource").toString(), resource);
        QCOMPARE(details.value("limit").toInt(), limit);
        QCOMPARE(details.value("upgradeTier").toString(), QStringLiteral("roomy"));
        const QString message = error.value("message").toString();
        QVERIFY2(message.contains("Small") && message.contains("Roomy"), qPrintable(message));
    }
    // A change refused for a field the model does not read, named in the message.
    static void verifyUnknownFieldRefused(const Rejection& rejection, qint64 mutationId, const QString& field)
    {
        QCOMPARE(rejection.mutationId, mutationId);
        QCOMPARE(rejection.code, QStringLiteral("VALIDATION_ERROR"));
        QVERIFY2(rejection.message.contains(field), qPrintable(rejection.message));
    }
    PushResponse pushOk(const TestAccount& owner, const ProtocolDevice& device,
                        const QList<Mutation>& mutations)
    {
        const HttpResponse response = m_http->post(
            "/api/v1/sync/push", PushRequest{device.clientId, kProtocolVersion, mutations}.toJson(),
            owner.accessToken);
        const Result<PushResponse> decoded = PushResponse::fromJson(response.data());
        if (response.status != 200 || !decoded) {
            QTest::qFail(qPrintable("push failed: " + QString::fromUtf8(response.body)), __FILE__, __LINE__);
            return {};
        }
        return decoded.value();
    }
    QString createEncounter(const TestAccount& owner)
    {
        const HttpResponse created =
            m_http->post("/api/v1/encounters", {{"name", "Ambush"}}, owner.accessToken);
        if (created.status != 201)
            QTest::qFail(created.body.constData(), __FILE__, __LINE__);
        return created.data().value("id").toString();
    }
    // The usage answer's "upgrade": the plan that lifts a Small limit, and its limit there.
    static QJsonObject roomy(const QJsonValue& limit)
    {
        return QJsonObject{{"tier", "roomy"}, {"name", "Roomy"}, {"limit", limit}};
    }
    QJsonObject usage(const TestAccount& owner)
    {
        return m_http->get("/api/v1/users/me/usage", owner.accessToken).data().value("usage").toObject();
    }

private slots:
    void initTestCase()
    {
        QFile plans(m_plansDir.filePath("plans.json"));
        QVERIFY(plans.open(QIODevice::WriteOnly));
        plans.write(kPlans);
        plans.close();
        m_server = std::make_unique<ServerProcess>(
            fastServiceArguments(), QHash<QString, QString>{{"DND_PLANS_FILE", plans.fileName()}});
        QVERIFY2(m_server->start(), m_server->errors().constData());
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    }
    void cleanupTestCase() { m_server.reset(); }

    void charactersAreLimited()
    {
        const TestAccount owner = account();
        const QString party = m_http->post("/api/v1/parties", {{"name", "Lanterns"}}, owner.accessToken)
                                  .data()
                                  .value("id")
                                  .toString();
        const QString path = "/api/v1/parties/" + party + "/characters";
        for (const char* name : {"Ayla", "Bram"})
            QCOMPARE(m_http->post(path, {{"name", name}}, owner.accessToken).status, 201);
        const HttpResponse refused = m_http->post(path, {{"name", "Cora"}}, owner.accessToken);
        QCOMPARE(refused.status, 403);
        verifyRefusal(refused.json().value("error").toObject(), "characters", 2);
        // Sync counts the same rows.
        ProtocolDevice device;
        const QString row = newRow();
        Character character;
        character.id = row;
        character.partyId = party;
        character.name = QStringLiteral("Dorn");
        const PushResponse pushed =
            pushOk(owner, device, {device.put(EntityKind::Character, row, character.toJson())});
        QCOMPARE(pushed.rejected.size(), 1);
        QCOMPARE(pushed.rejected.first().code, QStringLiteral("LIMIT_EXCEEDED"));
        QCOMPARE(usage(owner).value("characters").toObject(),
                 (QJsonObject{{"used", 2}, {"limit", 2}, {"upgrade", roomy(9)}}));
    }

    void participantsArePerEncounter()
    {
        const TestAccount owner = account();
        const QString encounter = createEncounter(owner);
        const auto withParticipants = [](int count) {
            QJsonArray participants;
            for (int i = 0; i < count; ++i)
                participants.append(
                    QJsonObject{{"name", QStringLiteral("Goblin %1").arg(i + 1)}, {"kind", "monster"}});
            return QJsonObject{{"participants", participants}};
        };
        const HttpResponse refused =
            m_http->put("/api/v1/encounters/" + encounter, withParticipants(3), owner.accessToken);
        QCOMPARE(refused.status, 403);
        verifyRefusal(refused.json().value("error").toObject(), "participantsPerEncounter", 2);
        QCOMPARE(
            m_http->put("/api/v1/encounters/" + encounter, withParticipants(2), owner.accessToken).status,
            200);
        // A second encounter has its own two places; a third participant of the first is refused.
        const QString other = createEncounter(owner);
        QCOMPARE(m_http->put("/api/v1/encounters/" + other, withParticipants(2), owner.accessToken).status,
                 200);
        ProtocolDevice device;
        const QString row = newRow();
        const PushResponse pushed =
            pushOk(owner, device,
                   {device.put(EntityKind::Participant, row, participantDoc(row, encounter, "Ogre"))});
        QCOMPARE(pushed.rejected.size(), 1);
        QCOMPARE(pushed.rejected.first().code, QStringLiteral("LIMIT_EXCEEDED"));
        QVERIFY2(pushed.rejected.first().message.contains("Roomy"),
                 qPrintable(pushed.rejected.first().message));
        QCOMPARE(usage(owner).value("participantsPerEncounter").toObject(),
                 (QJsonObject{{"used", 2}, {"limit", 2}, {"upgrade", roomy(9)}}));
    }

    void sharesAreLimitedAndPaged()
    {
        const TestAccount owner = account(QStringLiteral("roomy"));
        QVERIFY(confirmTestAccountEmail(*m_server, *m_http, owner));
        const QString encounter = createEncounter(owner);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_http->post("/api/v1/shares", {{"encounterId", encounter}}, owner.accessToken).status,
                     201);
        HttpResponse page = m_http->get("/api/v1/shares?limit=2&page=2", owner.accessToken);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.items().size(), 1);
        QCOMPARE(page.data().value("pagination").toObject().value("total").toInteger(), 3);
        QCOMPARE(m_http->get("/api/v1/shares?limit=1000000", owner.accessToken).status, 400);

        const TestAccount small = account();
        QVERIFY(confirmTestAccountEmail(*m_server, *m_http, small));
        const QString own = createEncounter(small);
        QCOMPARE(m_http->post("/api/v1/shares", {{"encounterId", own}}, small.accessToken).status, 201);
        const HttpResponse refused =
            m_http->post("/api/v1/shares", {{"encounterId", own}}, small.accessToken);
        QCOMPARE(refused.status, 403);
        verifyRefusal(refused.json().value("error").toObject(), "shares", 1);
        QCOMPARE(usage(small).value("shares").toObject(),
                 (QJsonObject{{"used", 1}, {"limit", 1}, {"upgrade", roomy(9)}}));
    }

    // In one push, each change counts the bytes the changes before it stored or freed (the
    // service reads the account's usage once per push and follows it from there).
    void storedBytesAddUpWithinOnePush()
    {
        const TestAccount owner = account();
        ProtocolDevice device;
        // About 3,100 bytes each against the plan's 8,000: two fit, a third does not until one
        // of the first two is deleted in the same push.
        const auto bigCreature = [&](const char* name) {
            const QString row = newRow();
            const QJsonObject creature{
                {"id", row},
                {"name", name},
                {"traits", QJsonArray{QJsonObject{{"name", "Stench"},
                                                  {"description", QString(3000, QLatin1Char('x'))}}}}};
            return device.put(EntityKind::Creature, row, creature);
        };
        const Mutation wight = bigCreature("Wight");
        const Mutation ghoul = bigCreature("Ghoul");
        const Mutation ghast = bigCreature("Ghast");
        const PushResponse pushed = pushOk(owner, device, {wight, ghoul, ghast});
        QCOMPARE(pushed.lastMutationId, ghast.id);
        QCOMPARE(pushed.rejected.size(), 1);
        QCOMPARE(pushed.rejected.first().mutationId, ghast.id);
        QCOMPARE(pushed.rejected.first().code, QStringLiteral("LIMIT_EXCEEDED"));

        // The small one makes the service read the usage before the delete is applied.
        const QString ratRow = newRow();
        const Mutation rat =
            device.put(EntityKind::Creature, ratRow, QJsonObject{{"id", ratRow}, {"name", "Rat"}});
        const Mutation ghoulGone = device.remove(EntityKind::Creature, ghoul.rowId);
        const Mutation wraith = bigCreature("Wraith");
        const PushResponse freed = pushOk(owner, device, {rat, ghoulGone, wraith});
        QCOMPARE(freed.lastMutationId, wraith.id);
        QVERIFY2(freed.rejected.isEmpty(), "the delete earlier in the push freed the room");
    }

    void storedBytesAreLimited()
    {
        const TestAccount owner = account();
        const QString notes(2500, QLatin1Char('x'));
        const auto creature = [&notes](const char* name) {
            return QJsonObject{
                {"name", name},
                {"traits", QJsonArray{QJsonObject{{"name", "Stench"}, {"description", notes}}}}};
        };
        QCOMPARE(m_http->post("/api/v1/creatures", creature("Wight"), owner.accessToken).status, 201);
        QCOMPARE(m_http->post("/api/v1/creatures", creature("Ghoul"), owner.accessToken).status, 201);
        const HttpResponse refused = m_http->post("/api/v1/creatures", creature("Ghast"), owner.accessToken);
        QCOMPARE(refused.status, 403);
        verifyRefusal(refused.json().value("error").toObject(), "storageBytes", 8000);
        const QJsonObject used = usage(owner).value("storageBytes").toObject();
        QCOMPARE(used.value("limit").toInt(), 8000);
        QVERIFY2(used.value("used").toInteger() > 5000 && used.value("used").toInteger() <= 8000,
                 qPrintable(QString::number(used.value("used").toInteger())));
        // Sync is held to the same bytes, per change.
        ProtocolDevice device;
        const QString row = newRow();
        QJsonObject ghast = creature("Ghast");
        ghast.insert("id", row);
        const PushResponse pushed = pushOk(owner, device, {device.put(EntityKind::Creature, row, ghast)});
        QCOMPARE(pushed.rejected.size(), 1);
        QCOMPARE(pushed.rejected.first().code, QStringLiteral("LIMIT_EXCEEDED"));
        QVERIFY2(pushed.rejected.first().message.contains("Roomy"),
                 qPrintable(pushed.rejected.first().message));
        // Shrinking is always allowed, so a DM over the limit can make room.
        const QString first = m_http->get("/api/v1/creatures?source=custom", owner.accessToken)
                                  .items()
                                  .first()
                                  .toObject()
                                  .value("id")
                                  .toString();
        QCOMPARE(
            m_http->put("/api/v1/creatures/" + first, {{"traits", QJsonArray()}}, owner.accessToken).status,
            200);
    }

    void syncRefusesUnknownFieldsPerChange()
    {
        const TestAccount owner = account(QStringLiteral("roomy"));
        ProtocolDevice device;
        const QString smuggled = newRow();
        const QString plain = newRow();
        Party party;
        party.id = smuggled;
        party.name = QStringLiteral("Smugglers");
        QJsonObject withExtra = party.toJson();
        withExtra.insert("payload", QString(1000, QLatin1Char('z')));
        party.id = plain;
        party.name = QStringLiteral("Lanterns");
        const PushResponse pushed = pushOk(
            owner, device,
            {device.put(EntityKind::Party, smuggled, withExtra),
             device.put(EntityKind::Party, plain, party.toJson()),
             device.put(EntityKind::Party, plain, {{"description", "Kept"}, {"secretNotes", "dropped"}})});
        // The queue moves past both refusals; the good change in between is stored.
        QCOMPARE(pushed.lastMutationId, 3);
        QCOMPARE(pushed.rejected.size(), 2);
        verifyUnknownFieldRefused(pushed.rejected.at(0), 1, "payload");
        verifyUnknownFieldRefused(pushed.rejected.at(1), 3, "secretNotes");
        const HttpResponse parties = m_http->get("/api/v1/parties", owner.accessToken);
        QCOMPARE(parties.items().size(), 1);
        const QJsonObject stored = parties.items().first().toObject();
        QCOMPARE(stored.value("id").toString(), plain);
        QVERIFY(!stored.contains("secretNotes"));
        QCOMPARE(stored.value("description").toString(), QString());
    }

    // Fields nobody reads are refused inside nested records too, named by their path; a document an
    // older client writes (nested records without the fields added since) is stored.
    void syncRefusesUnknownFieldsInNestedRecords()
    {
        const TestAccount owner = account(QStringLiteral("roomy"));
        const QString encounter = createEncounter(owner);
        ProtocolDevice device;
        const QString smuggled = newRow();
        const QString older = newRow();
        QJsonObject withExtra = participantDoc(smuggled, encounter, QStringLiteral("Goblin"));
        withExtra.insert("conditions",
                         QJsonArray{QJsonObject{
                             {"id", "c1"}, {"key", "poisoned"}, {"remainingRounds", 3}, {"smuggled", "x"}}});
        QJsonObject olderDoc = participantDoc(older, encounter, QStringLiteral("Wolf"));
        olderDoc.insert("conditions", QJsonArray{QJsonObject{{"id", "c2"}, {"key", "prone"}}});
        olderDoc.insert("deathSaves", QJsonObject{{"successes", 1}});
        QJsonObject combat = Encounter().combat.toJson();
        combat.insert("smuggled", true);
        const PushResponse pushed =
            pushOk(owner, device,
                   {device.put(EntityKind::Participant, smuggled, withExtra),
                    device.put(EntityKind::Participant, older, olderDoc),
                    device.put(EntityKind::Encounter, encounter, {{"combat", combat}})});
        QCOMPARE(pushed.lastMutationId, 3);
        QCOMPARE(pushed.rejected.size(), 2);
        verifyUnknownFieldRefused(pushed.rejected.at(0), 1, "conditions[0].smuggled");
        verifyUnknownFieldRefused(pushed.rejected.at(1), 3, "combat.smuggled");
        const QJsonArray participants = m_http->get("/api/v1/encounters/" + encounter, owner.accessToken)
                                            .data()
                                            .value("participants")
                                            .toArray();
        QCOMPARE(participants.size(), 1);
        QCOMPARE(participants.first().toObject().value("id").toString(), older);
        QCOMPARE(
            participants.first().toObject().value("conditions").toArray().first().toObject().value("key"),
            QJsonValue("prone"));
    }

    void usageListsEveryLimit()
    {
        const QJsonObject used = usage(account());
        for (const char* resource : {"parties", "encounters", "creatures", "devices", "combatLogEntries",
                                     "characters", "participantsPerEncounter", "shares", "storageBytes"})
            QVERIFY2(used.value(resource).toObject().contains("limit"), resource);
        // Each limit names the plan that lifts it; "unlimited" as null, and none above the top plan.
        QCOMPARE(used.value("combatLogEntries").toObject().value("upgrade").toObject(),
                 roomy(QJsonValue::Null));
        QCOMPARE(usage(account("roomy")).value("parties").toObject(),
                 (QJsonObject{{"used", 0}, {"limit", 9}}));
    }
};

QTEST_GUILESS_MAIN(TestQuotas)
#include "TestQuotas.moc"
