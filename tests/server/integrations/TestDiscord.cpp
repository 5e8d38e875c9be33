// Discord links on the real service, posting to a loopback stand-in of Discord's execute-webhook
// endpoint that checks every body against what Discord takes: a fight posts exactly its messages
// in order and nothing hidden, 429s are waited out, server errors retried then given up and shown,
// removing a link stops it, other accounts cannot touch it, and the webhook URL is neither stored
// in plain text nor logged.
#include "DiscordStandIn.h"
#include "ServerHarness.h"
#include "model/Participant.h"
#include "storage/ServerDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace dnd;
using namespace dnd::test;

namespace {
constexpr int kWaitMs = 15000;
const QString kHiddenName = QStringLiteral("Secret Assassin");
constexpr char kNeedsPostgres[] =
    "needs the PostgreSQL test cluster (DND_TEST_DATABASE_URL): SQLite serves one process";

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
// A webhook id (a snowflake) and token of Discord's shape, new for each link.
QString newWebhookId()
{
    static int next = 0;
    return QStringLiteral("11223344556677%1").arg(++next, 4, 10, QLatin1Char('0'));
}
QString newWebhookToken()
{
    return (QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128)).left(68);
}
QJsonObject combatant(const QString& name, bool character, int initiative, int hp, bool hidden = false)
{
    Participant participant;
    participant.id = newId();
    participant.name = name;
    participant.kind = character ? ParticipantKind::Character : ParticipantKind::Creature;
    participant.initiative = initiative;
    participant.maxHp = hp;
    participant.currentHp = hp;
    participant.hidden = hidden;
    return participant.toJson();
}
} // namespace

class TestDiscord final : public QObject {
    Q_OBJECT

private:
    DiscordStandIn m_discord;
    RunningService m_service;
    QString m_rateLimitedLink;

    struct Link {
        QString id;
        QString webhookId;
        QString token;
    };

    HttpClient& http() { return *m_service.http; }
    // A second service on the same database, posting to the same Discord.
    QStringList secondInstanceArguments() const
    {
        return fastServiceArguments() + QStringList{"--database", m_service.server->databaseUrl(),
                                                    "--discord-api-base", m_discord.apiBase()};
    }
    // A paid account with a confirmed address: the kind that may link channels.
    TestAccount linkingAccount()
    {
        TestAccount account = registerTestAccount(*m_service.server, http(), QStringLiteral("seasoned"));
        if (!confirmTestAccountEmail(*m_service.server, http(), account))
            QTest::qFail("the address could not be confirmed", __FILE__, __LINE__);
        return account;
    }
    // Aria (a character), a hidden assassin and a goblin, in that initiative order.
    QString createAmbush(const TestAccount& owner)
    {
        const HttpResponse created =
            http().post("/api/v1/encounters",
                        {{"name", "Ambush"},
                         {"participants", QJsonArray{combatant("Aria", true, 18, 20),
                                                     combatant(kHiddenName, false, 15, 30, true),
                                                     combatant("Goblin", false, 10, 7)}}},
                        owner.accessToken);
        if (created.status != 201)
            QTest::qFail(created.body.constData(), __FILE__, __LINE__);
        return created.data().value("id").toString();
    }
    Link link(const TestAccount& owner, const QString& targetKey, const QString& targetId)
    {
        Link made{{}, newWebhookId(), newWebhookToken()};
        const HttpResponse created = http().post(
            "/api/v1/integrations/discord",
            {{"webhookUrl", DiscordStandIn::webhookUrl(made.webhookId, made.token)}, {targetKey, targetId}},
            owner.accessToken);
        if (created.status != 201)
            QTest::qFail(created.body.constData(), __FILE__, __LINE__);
        made.id = created.data().value("id").toString();
        return made;
    }
    QJsonObject listed(const TestAccount& owner, const QString& linkId)
    {
        for (const QJsonValue& item : http().get("/api/v1/integrations/discord", owner.accessToken).items()) {
            if (item.toObject().value("id").toString() == linkId)
                return item.toObject();
        }
        return {};
    }
    bool act(const TestAccount& owner, const QByteArray& method, const QString& path,
             const QJsonObject& body = {})
    {
        const HttpResponse answer =
            http().send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), owner.accessToken);
        if (answer.status != 200)
            qWarning() << method << path << answer.status << answer.body;
        return answer.status == 200;
    }
    bool nextTurn(const TestAccount& owner, const QString& encounter)
    {
        return act(owner, "PUT", "/api/v1/encounters/" + encounter + "/turn", {{"action", "next"}});
    }
    // Sets one field of the named combatant through an encounter update.
    bool changeCombatant(const TestAccount& owner, const QString& encounter, const QString& name,
                         const QString& field, const QJsonValue& value)
    {
        QJsonObject doc = http().get("/api/v1/encounters/" + encounter, owner.accessToken).data();
        QJsonArray participants = doc.value("participants").toArray();
        for (int i = 0; i < participants.size(); ++i) {
            QJsonObject participant = participants.at(i).toObject();
            if (participant.value("name").toString() == name)
                participant.insert(field, value);
            participants[i] = participant;
        }
        return act(owner, "PUT", "/api/v1/encounters/" + encounter, {{"participants", participants}});
    }
    bool knockOut(const TestAccount& owner, const QString& encounter, const QString& name)
    {
        return changeCombatant(owner, encounter, name, "currentHp", 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_discord.isListening());
        m_service.server = std::make_unique<ServerProcess>(
            fastServiceArguments() + QStringList{"--discord-api-base", m_discord.apiBase(),
                                                 "--discord-retry-ms", "20", "--discord-max-attempts", "3"});
        QVERIFY2(m_service.server->start(), m_service.server->errors().constData());
        m_service.http = std::make_unique<HttpClient>(m_service.server->baseUrl());
    }
    void cleanupTestCase() { m_service.server.reset(); }
    void cleanup() { QVERIFY2(m_discord.problems().isEmpty(), qPrintable(m_discord.problems().join('\n'))); }

    void aFightPostsItsMessagesInOrder()
    {
        const TestAccount dm = linkingAccount();
        const QString encounter = createAmbush(dm);
        const Link channel = link(dm, "encounterId", encounter);
        const auto expect = [&](const QStringList& titles) {
            QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId), titles, kWaitMs);
        };
        QStringList titles;
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/start"));
        titles << "Combat begins: Ambush"
               << "Aria's turn";
        expect(titles);
        QVERIFY(nextTurn(dm, encounter)); // the hidden assassin's turn: players see nobody's
        QVERIFY(nextTurn(dm, encounter));
        titles << "Goblin's turn";
        expect(titles);
        QVERIFY(knockOut(dm, encounter, "Goblin"));
        titles << "Goblin is defeated";
        expect(titles);
        QVERIFY(nextTurn(dm, encounter));
        titles << "Round 2 begins"
               << "Aria's turn";
        expect(titles);
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/end"));
        titles << "Combat ends: Ambush";
        expect(titles);

        const QList<QJsonObject> bodies = m_discord.postedTo(channel.webhookId);
        const QJsonObject start = bodies.first().value("embeds").toArray().first().toObject();
        QCOMPARE(start.value("description").toString(),
                 QStringLiteral("Round 1. Turn order:\n1. Aria\n2. Goblin"));
        const QJsonObject goblinTurn = bodies.at(2).value("embeds").toArray().first().toObject();
        QCOMPARE(goblinTurn.value("fields").toArray().first().toObject().value("value").toString(),
                 QStringLiteral("Healthy"));
        // Hidden combatants never reach the channel, nor any number of a monster's hit points.
        for (const QJsonObject& body : bodies) {
            QJsonObject embed = body.value("embeds").toArray().first().toObject();
            embed.remove("timestamp");
            embed.remove("color");
            const QByteArray text = QJsonDocument(embed).toJson();
            QVERIFY2(!text.contains(kHiddenName.toUtf8()), text.constData());
            QVERIFY2(!text.contains("7") && !text.contains("30"), text.constData());
        }
        // The service notes an answer just after Discord gave it.
        QTRY_COMPARE_WITH_TIMEOUT(listed(dm, channel.id).value("delivered").toInt(), titles.size(), kWaitMs);
        QCOMPARE(listed(dm, channel.id).value("status").toString(), QStringLiteral("ok"));
    }

    void aCombatantHiddenMidFightIsNeverPostedAgain()
    {
        const TestAccount dm = linkingAccount();
        const QString encounter = createAmbush(dm);
        const Link channel = link(dm, "encounterId", encounter);
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/start"));
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId),
                                  (QStringList{"Combat begins: Ambush", "Aria's turn"}), kWaitMs);
        // The DM hides the goblin: from now on the players' channel hears nothing of it.
        QVERIFY(changeCombatant(dm, encounter, "Goblin", "hidden", true));
        QVERIFY(nextTurn(dm, encounter)); // the assassin's turn
        QVERIFY(nextTurn(dm, encounter)); // the goblin's turn
        QVERIFY(knockOut(dm, encounter, "Goblin"));
        QVERIFY(nextTurn(dm, encounter));
        QTRY_VERIFY_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId).contains("Round 2 begins"),
                                 kWaitMs);
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/end"));
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId).last(),
                                  QStringLiteral("Combat ends: Ambush"), kWaitMs);
        const QList<QJsonObject> bodies = m_discord.postedTo(channel.webhookId);
        qInfo() << "posted:" << m_discord.titlesPostedTo(channel.webhookId);
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            const QByteArray text = QJsonDocument(bodies.at(i)).toJson();
            QVERIFY2(!text.contains(kHiddenName.toUtf8()), text.constData());
            if (i >= 2) // the goblin was visible when the fight began
                QVERIFY2(!text.contains("Goblin"), text.constData());
        }
    }

    void aPartyLinkPostsEveryEncounterOfTheParty()
    {
        const TestAccount dm = linkingAccount();
        const QString party = http()
                                  .post("/api/v1/parties", {{"name", "Lanterns"}}, dm.accessToken)
                                  .data()
                                  .value("id")
                                  .toString();
        const Link channel = link(dm, "partyId", party);
        const QString encounter = createAmbush(dm);
        QVERIFY(act(dm, "PUT", "/api/v1/encounters/" + encounter, {{"partyId", party}}));
        const QString other = createAmbush(dm); // not the party's: never posted
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + other + "/start"));
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/start"));
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId),
                                  (QStringList{"Combat begins: Ambush", "Aria's turn"}), kWaitMs);
    }

    void turnsThatPileUpAreCoalesced()
    {
        const TestAccount dm = linkingAccount();
        const QString encounter = createAmbush(dm);
        const Link channel = link(dm, "encounterId", encounter);
        m_discord.answerDelayMs = 1500; // every message stays in flight a while: the rest queue behind it
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/start"));
        for (int i = 0; i < 9; ++i)
            QVERIFY(nextTurn(dm, encounter));
        // Nine turns on from Aria's (three per round): round 4, Aria's turn again.
        QTRY_VERIFY_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId).endsWith("Aria's turn") &&
                                     m_discord.titlesPostedTo(channel.webhookId).contains("Round 4 begins"),
                                 kWaitMs);
        m_discord.answerDelayMs = 0;
        const QStringList titles = m_discord.titlesPostedTo(channel.webhookId);
        qInfo() << "posted:" << titles;
        QVERIFY2(titles.count("Aria's turn") + titles.count("Goblin's turn") <= 3,
                 qPrintable(titles.join(" | ")));
        QCOMPARE(titles.first(), QStringLiteral("Combat begins: Ambush"));
        QCOMPARE(titles.last(), QStringLiteral("Aria's turn"));
    }

    void aRateLimitIsWaitedOut()
    {
        const TestAccount dm = linkingAccount();
        const Link channel = link(dm, "encounterId", createAmbush(dm));
        m_discord.scriptedStatuses = {429};
        const HttpResponse tested =
            http().post("/api/v1/integrations/discord/" + channel.id + "/test", {}, dm.accessToken);
        QCOMPARE(tested.status, 200);
        QCOMPARE(tested.data().value("delivered").toBool(), true);
        const QList<DiscordStandIn::Attempt> attempts = m_discord.attemptsFor(channel.webhookId);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).status, 429);
        QCOMPARE(attempts.at(1).status, 204);
        QCOMPARE(attempts.at(0).body, attempts.at(1).body);
        // The service waited what Discord asked (0.35 s), and says so.
        const QJsonObject item = listed(dm, channel.id);
        QCOMPARE(item.value("lastWaitMs").toInt(), 350);
        QCOMPARE(item.value("status").toString(), QStringLiteral("ok"));
        m_rateLimitedLink = channel.id; // its log line is read once the service has stopped
    }

    void aSpentBudgetHoldsTheNextMessage()
    {
        const TestAccount dm = linkingAccount();
        const QString encounter = createAmbush(dm);
        const Link channel = link(dm, "encounterId", encounter);
        // Every answer says the bucket is spent for 0.4 s; posting before then would earn a 429.
        m_discord.spentBudgetResetAfterSeconds = 0.4;
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/start"));
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId),
                                  (QStringList{"Combat begins: Ambush", "Aria's turn"}), kWaitMs);
        m_discord.spentBudgetResetAfterSeconds = 0;
        QList<int> statuses;
        for (const DiscordStandIn::Attempt& attempt : m_discord.attemptsFor(channel.webhookId))
            statuses << attempt.status;
        QCOMPARE(statuses, (QList<int>{204, 204})); // the second waited for the reset: no 429
        QCOMPARE(listed(dm, channel.id).value("lastWaitMs").toInt(), 400);
    }

    void serverErrorsAreRetriedThenGivenUpAndShown()
    {
        const TestAccount dm = linkingAccount();
        const Link channel = link(dm, "encounterId", createAmbush(dm));
        m_discord.scriptedStatuses = {502, 500, 503};
        const HttpResponse tested =
            http().post("/api/v1/integrations/discord/" + channel.id + "/test", {}, dm.accessToken);
        QCOMPARE(tested.status, 502);
        QCOMPARE(tested.errorCode(), QStringLiteral("BAD_GATEWAY"));
        QCOMPARE(m_discord.attemptsFor(channel.webhookId).size(), 3); // --discord-max-attempts
        const QJsonObject item = listed(dm, channel.id);
        QCOMPARE(item.value("status").toString(), QStringLiteral("failed"));
        QVERIFY2(item.value("lastError").toString().contains("503"),
                 qPrintable(item.value("lastError").toString()));
        QVERIFY(!item.value("lastAttemptAt").toString().isEmpty());
        // The next message goes out as usual.
        QCOMPARE(
            http().post("/api/v1/integrations/discord/" + channel.id + "/test", {}, dm.accessToken).status,
            200);
        QCOMPARE(listed(dm, channel.id).value("status").toString(), QStringLiteral("ok"));
    }

    void aRemovedLinkPostsNothing()
    {
        const TestAccount dm = linkingAccount();
        const QString encounter = createAmbush(dm);
        const Link removed = link(dm, "encounterId", encounter);
        const Link kept = link(dm, "encounterId", encounter);
        const HttpResponse deleted = http().del("/api/v1/integrations/discord/" + removed.id, dm.accessToken);
        QCOMPARE(deleted.status, 200);
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/start"));
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(kept.webhookId).size(), 2, kWaitMs);
        QVERIFY(m_discord.attemptsFor(removed.webhookId).isEmpty());
        QCOMPARE(http().del("/api/v1/integrations/discord/" + removed.id, dm.accessToken).status, 404);
    }

    void removingALinkDropsItsQueuedMessages()
    {
        const TestAccount dm = linkingAccount();
        const QString encounter = createAmbush(dm);
        const Link removed = link(dm, "encounterId", encounter);
        const Link kept = link(dm, "encounterId", encounter);
        m_discord.answerDelayMs = 800; // the first message stays in flight, the second queues behind it
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/start"));
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.attemptsFor(removed.webhookId).size(), 1, kWaitMs);
        QCOMPARE(http().del("/api/v1/integrations/discord/" + removed.id, dm.accessToken).status, 200);
        // The kept link's second message goes out once its first is answered, as the removed link's
        // would have; by the time that second one is answered too, the removed one's had arrived.
        QTRY_COMPARE_WITH_TIMEOUT(listed(dm, kept.id).value("delivered").toInt(), 2, kWaitMs);
        m_discord.answerDelayMs = 0;
        QCOMPARE(m_discord.attemptsFor(removed.webhookId).size(), 1);
    }

    void otherAccountsCannotSeeOrTouchALink()
    {
        const TestAccount dm = linkingAccount();
        const Link channel = link(dm, "encounterId", createAmbush(dm));
        const TestAccount other = linkingAccount();
        QVERIFY(http().get("/api/v1/integrations/discord", other.accessToken).items().isEmpty());
        QCOMPARE(
            http().post("/api/v1/integrations/discord/" + channel.id + "/test", {}, other.accessToken).status,
            404);
        QCOMPARE(http().del("/api/v1/integrations/discord/" + channel.id, other.accessToken).status, 404);
        QVERIFY(m_discord.attemptsFor(channel.webhookId).isEmpty());
        QCOMPARE(listed(dm, channel.id).value("id").toString(), channel.id);
        // Nor link one to an encounter that is not theirs.
        const QString encounter = createAmbush(dm);
        const HttpResponse refused =
            http().post("/api/v1/integrations/discord",
                        {{"webhookUrl", DiscordStandIn::webhookUrl(newWebhookId(), newWebhookToken())},
                         {"encounterId", encounter}},
                        other.accessToken);
        QCOMPARE(refused.status, 404);
    }

    void linkingNeedsAPaidPlanAConfirmedAddressAndAWebhookUrl()
    {
        const TestAccount free = registerTestAccount(*m_service.server, http());
        const QString url = DiscordStandIn::webhookUrl(newWebhookId(), newWebhookToken());
        const HttpResponse lowerPlan =
            http().post("/api/v1/integrations/discord",
                        {{"webhookUrl", url}, {"encounterId", createAmbush(free)}}, free.accessToken);
        QCOMPARE(lowerPlan.status, 403);
        QCOMPARE(lowerPlan.errorCode(), QStringLiteral("TIER_REQUIRED"));
        const QJsonObject error = lowerPlan.json().value("error").toObject();
        QCOMPARE(error.value("details").toObject().value("requiredTier").toString(),
                 QStringLiteral("seasoned"));
        QVERIFY2(error.value("message").toString().contains("Seasoned"),
                 qPrintable(error.value("message").toString()));

        const TestAccount unverified =
            registerTestAccount(*m_service.server, http(), QStringLiteral("seasoned"));
        const HttpResponse unconfirmed = http().post(
            "/api/v1/integrations/discord", {{"webhookUrl", url}, {"encounterId", createAmbush(unverified)}},
            unverified.accessToken);
        QCOMPARE(unconfirmed.errorCode(), QStringLiteral("EMAIL_NOT_VERIFIED"));

        const TestAccount dm = linkingAccount();
        const QString encounter = createAmbush(dm);
        const QString token = newWebhookToken();
        for (const QString& bad :
             {QStringLiteral("http://discord.com/api/webhooks/112233445566778899/") + token,
              QStringLiteral("https://discord.example.com/api/webhooks/112233445566778899/") + token,
              QStringLiteral("https://discord.com/api/webhooks/112233445566778899"),
              QStringLiteral("https://discord.com/api/webhooks/112233445566778899/") + token + "?wait=true",
              QStringLiteral("https://discord.com/api/webhooks/not-a-number/") + token, QString()}) {
            const HttpResponse refused =
                http().post("/api/v1/integrations/discord", {{"webhookUrl", bad}, {"encounterId", encounter}},
                            dm.accessToken);
            QCOMPARE(refused.status, 400);
            QVERIFY(
                refused.json().value("error").toObject().value("details").toObject().contains("webhookUrl"));
        }
        // Both spellings Discord hands out are taken; the list shows neither token.
        const QString legacy =
            QStringLiteral("https://discordapp.com/api/webhooks/112233445566778899/") + token;
        const HttpResponse taken =
            http().post("/api/v1/integrations/discord", {{"webhookUrl", legacy}, {"encounterId", encounter}},
                        dm.accessToken);
        QCOMPARE(taken.status, 201);
        QVERIFY(!taken.body.contains(token.toUtf8()));
        QCOMPARE(taken.data().value("webhook").toString(),
                 QStringLiteral("https://discord.com/api/webhooks/1122...8899/********"));
        QVERIFY(!http().get("/api/v1/integrations/discord", dm.accessToken).body.contains(token.toUtf8()));
    }

    void onlyTheInstanceThatHandledAWritePostsIt()
    {
        if (qEnvironmentVariableIsEmpty("DND_TEST_DATABASE_URL"))
            QSKIP(kNeedsPostgres);
        ServerProcess other(secondInstanceArguments());
        QVERIFY2(other.start(), other.errors().constData());
        HttpClient otherHttp(other.baseUrl());
        const TestAccount dm = linkingAccount();
        const QString encounter = createAmbush(dm);
        const Link channel = link(dm, "encounterId", encounter);
        // Writes alternate between the instances; each step is posted once, by the one that wrote it.
        QCOMPARE(otherHttp.post("/api/v1/encounters/" + encounter + "/start", {}, dm.accessToken).status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId).size(), 2, kWaitMs);
        QVERIFY(nextTurn(dm, encounter));
        QVERIFY(nextTurn(dm, encounter));
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId).size(), 3, kWaitMs);
        QCOMPARE(otherHttp.post("/api/v1/encounters/" + encounter + "/end", {}, dm.accessToken).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_discord.titlesPostedTo(channel.webhookId),
            (QStringList{"Combat begins: Ambush", "Aria's turn", "Goblin's turn", "Combat ends: Ambush"}),
            kWaitMs);
        // Nothing arrives twice: the other instance's notice of each write posts nothing.
        QTest::qWait(500);
        QCOMPARE(m_discord.attemptsFor(channel.webhookId).size(), 4);
        other.stop();
    }

    void twoInstancesReadingTheSameStepPostItOnce()
    {
        if (qEnvironmentVariableIsEmpty("DND_TEST_DATABASE_URL"))
            QSKIP(kNeedsPostgres);
        const TestAccount dm = linkingAccount();
        const QString encounter = createAmbush(dm);
        const Link channel = link(dm, "encounterId", encounter);
        const QString party = http()
                                  .post("/api/v1/parties", {{"name", "Lanterns"}}, dm.accessToken)
                                  .data()
                                  .value("id")
                                  .toString();
        ServerProcess other(secondInstanceArguments());
        QVERIFY2(other.start(), other.errors().constData());
        HttpClient otherHttp(other.baseUrl());
        QVERIFY(act(dm, "POST", "/api/v1/encounters/" + encounter + "/start"));
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId).size(), 2, kWaitMs);
        QVERIFY(nextTurn(dm, encounter)); // the hidden assassin's: nothing to post

        Result<std::unique_ptr<server::ServerDatabase>> locker =
            server::ServerDatabase::open(m_service.server->databaseUrl(), QStringLiteral("discord-locker"));
        QVERIFY2(locker, qPrintable(locker.errorMessage()));
        Result<std::unique_ptr<server::ServerDatabase>> watcher =
            server::ServerDatabase::open(m_service.server->databaseUrl(), QStringLiteral("discord-watcher"));
        QVERIFY2(watcher, qPrintable(watcher.errorMessage()));
        const auto waitingToMoveTheView = [&] {
            Result<std::optional<server::Row>> waiting = watcher.value()->one(QStringLiteral(
                "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock'"));
            return waiting && waiting.value() ? waiting.value()->value(QStringLiteral("n")).toInt() : -1;
        };
        // The stored view is held while both instances read the same step: this one after the turn
        // it handled, the other after a write of the same account. Both wait to move the view on;
        // once it is let go, only the step's claim keeps the second from posting it again.
        const Status held = locker.value()->transaction([&]() -> Status {
            Result<QList<server::Row>> locked = locker.value()->all(
                QStringLiteral("SELECT view FROM discord_views WHERE link_id = ? FOR UPDATE"), {channel.id});
            if (!locked || locked.value().size() != 1)
                return Error::make(QStringLiteral("TEST"), QStringLiteral("the stored view was not found"));
            if (!nextTurn(dm, encounter)) // the goblin's turn
                return Error::make(QStringLiteral("TEST"), QStringLiteral("the turn was refused"));
            if (otherHttp.put("/api/v1/parties/" + party, {{"name", "Lanterns 2"}}, dm.accessToken).status !=
                200)
                return Error::make(QStringLiteral("TEST"), QStringLiteral("the party was not renamed"));
            if (!QTest::qWaitFor([&] { return waitingToMoveTheView() == 2; }, kWaitMs))
                return Error::make(QStringLiteral("TEST"),
                                   QStringLiteral("the instances did not both read the step"));
            return Status::success();
        });
        QVERIFY2(held, qPrintable(held.errorMessage()));
        QTRY_COMPARE_WITH_TIMEOUT(m_discord.titlesPostedTo(channel.webhookId).size(), 3, kWaitMs);
        QTest::qWait(500); // a second post of the goblin's turn would have arrived by now
        QCOMPARE(m_discord.titlesPostedTo(channel.webhookId),
                 (QStringList{"Combat begins: Ambush", "Aria's turn", "Goblin's turn"}));
        other.stop();
    }

    void theWebhookUrlIsNeitherStoredInPlainTextNorLogged()
    {
        const TestAccount dm = linkingAccount();
        const Link channel = link(dm, "encounterId", createAmbush(dm));
        QCOMPARE(
            http().post("/api/v1/integrations/discord/" + channel.id + "/test", {}, dm.accessToken).status,
            200);
        // Last test: the service stops so its whole log can be read.
        m_service.server->stop();
        QByteArray stored;
        if (qEnvironmentVariableIsEmpty("DND_TEST_DATABASE_URL")) {
            const QDir data(m_service.server->dataDir());
            for (const QString& name : data.entryList({"server.sqlite3*"}, QDir::Files)) {
                QFile file(data.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                stored += file.readAll();
            }
        } else {
            // PostgreSQL: every row of both tables as text (a dump would be compressed).
            Result<std::unique_ptr<server::ServerDatabase>> db = server::ServerDatabase::open(
                m_service.server->databaseUrl(), QStringLiteral("discord-check"));
            QVERIFY2(db, qPrintable(db.errorMessage()));
            for (const char* table : {"discord_links", "discord_views"}) {
                Result<QList<server::Row>> rows =
                    db.value()->all(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
                QVERIFY(rows);
                for (const server::Row& row : rows.value()) {
                    for (const QVariant& value : row)
                        stored += value.toString().toUtf8() + '\n';
                }
            }
        }
        QVERIFY(stored.size() > 0);
        QVERIFY(stored.contains(channel.id.toUtf8()));     // the link is there ...
        QVERIFY(!stored.contains(channel.token.toUtf8())); // ... its secret is not
        const QByteArray log = m_service.server->output();
        QVERIFY(log.contains("\"event\":\"discord_rate_limited\",\"linkId\":\"" + m_rateLimitedLink.toUtf8() +
                             "\",\"waitMs\":350"));
        QVERIFY(log.contains(channel.id.toUtf8()));
        QVERIFY(!log.contains(channel.token.toUtf8()));
        QVERIFY(!log.contains("discord.com/api/webhooks"));
    }
};

QTEST_GUILESS_MAIN(TestDiscord)
#include "TestDiscord.moc"
