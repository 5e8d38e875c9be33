// Two real service processes on one PostgreSQL database, as behind nginx's upstream: what one of
// them is told reaches the watchers, devices, caches, sessions and API tokens of the other at once
// (LISTEN / NOTIFY), and refresh-token rotation holds across them. PostgreSQL only (SQLite serves
// one process).
#include "ObservedWebSocket.h"
#include "ServerHarness.h"
#include "StripeStandIn.h"
#include "SyncedSession.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <memory>

using namespace dnd;
using namespace dnd::test;

namespace {
constexpr int kWaitMs = 20000;
constexpr int kCloseSessionEnded = 4403;

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Whether any frame a socket received has this type.
bool receivedType(const ObservedWebSocket& socket, const QString& type)
{
    for (const QString& frame : socket.received) {
        if (QJsonDocument::fromJson(frame.toUtf8()).object().value(QStringLiteral("type")).toString() == type)
            return true;
    }
    return false;
}
} // namespace

class TestMultiInstance final : public QObject {
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    std::unique_ptr<HttpClient> m_httpA;
    std::unique_ptr<HttpClient> m_httpB;
    TestAccount m_account;

    // A watcher of a new share of the encounter, on instance B.
    std::unique_ptr<ObservedWebSocket> watchOnB(const QString& code)
    {
        auto watcher = std::make_unique<ObservedWebSocket>(m_b->port());
        if (!watcher->waitConnected())
            return nullptr;
        watcher->socket.sendTextMessage(compact({{"type", "watch"}, {"shareCode", code}}));
        if (!QTest::qWaitFor([&] { return receivedType(*watcher, "encounter:update") || watcher->closed; },
                             kWaitMs) ||
            watcher->closed)
            return nullptr;
        return watcher;
    }

    // The encounter limit B applies to the account (from the tier of its account row).
    int encounterLimitOnB(const TestAccount& account)
    {
        return m_httpB->get("/api/v1/users/me/usage", account.accessToken)
            .data()
            .value("usage")
            .toObject()
            .value("encounters")
            .toObject()
            .value("limit")
            .toInt();
    }

    QString shareThroughA(const QString& encounterId)
    {
        const HttpResponse share =
            m_httpA->post("/api/v1/shares", {{"encounterId", encounterId}}, m_account.accessToken);
        return share.status == 201 ? share.data().value("code").toString() : QString();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DND_TEST_DATABASE_URL"))
            QSKIP("needs the PostgreSQL test cluster (DND_TEST_DATABASE_URL)");
        m_a = std::make_unique<ServerProcess>(fastServiceArguments());
        QVERIFY(m_a->start());
        // B serves A's database; its own session check is made too slow to matter here, so only
        // A's notices can end B's sockets within the test.
        m_b = std::make_unique<ServerProcess>(fastServiceArguments()
                                              << "--database" << m_a->databaseUrl() << "--ws-session-check-ms"
                                              << "3600000");
        QVERIFY(m_b->start());
        m_httpA = std::make_unique<HttpClient>(m_a->baseUrl());
        m_httpB = std::make_unique<HttpClient>(m_b->baseUrl());
        m_account = registerTestAccount(*m_a, *m_httpA, QStringLiteral("seasoned"));
        QVERIFY(!m_account.accessToken.isEmpty());
        QVERIFY(confirmTestAccountEmail(*m_a, *m_httpA, m_account)); // shares need it
    }

    void cleanupTestCase()
    {
        m_b.reset();
        m_a.reset();
    }

    // The DM's device syncs with A; a player's page and the DM's other device follow on B.
    void watcherAndDeviceOnBSeeAPushToA()
    {
        SyncedSession dm(m_a->baseUrl(), m_account.accessToken);
        const QString goblin = dm.add(SessionFixture::creature(QStringLiteral("Goblin"), 20));
        QVERIFY(dm.push());
        const QString code = shareThroughA(dm.encounterId);
        QVERIFY(!code.isEmpty());
        std::unique_ptr<ObservedWebSocket> watcher = watchOnB(code);
        QVERIFY(watcher);
        ObservedWebSocket device(m_b->port());
        QVERIFY(device.waitConnected() && device.authenticate(m_account.accessToken));
        device.socket.sendTextMessage(compact({{"type", "subscribe"}, {"encounterId", dm.encounterId}}));
        QVERIFY(QTest::qWaitFor([&] { return receivedType(device, "subscribed"); }, kWaitMs));

        CHECK_OK(dm.session->startCombat());
        rules::DamageRequest hit;
        hit.targetIds = {goblin};
        hit.amount = 7;
        CHECK_OK(dm.session->applyDamage(hit));
        QVERIFY(dm.push());

        QVERIFY(QTest::qWaitFor([&] { return receivedType(*watcher, "participant:hp_change"); }, kWaitMs));
        QVERIFY(receivedType(*watcher, "combat:start"));
        QVERIFY(QTest::qWaitFor([&] { return receivedType(device, "participant:hp_change"); }, kWaitMs));
        QVERIFY(receivedType(device, "poke"));
    }

    // A player who opens the share on B makes the DM's device on A push at once ("live"), and
    // closing it there ends that.
    void watcherOnBMakesDeviceOnALive()
    {
        // Made over REST: the plan allows two syncing devices, the other tests use them.
        const HttpResponse encounter =
            m_httpA->post("/api/v1/encounters", {{"name", "Kobold warren"}}, m_account.accessToken);
        QCOMPARE(encounter.status, 201);
        const QString code = shareThroughA(encounter.data().value("id").toString());
        ObservedWebSocket device(m_a->port());
        QVERIFY(device.waitConnected() && device.authenticate(m_account.accessToken));
        std::unique_ptr<ObservedWebSocket> watcher = watchOnB(code);
        QVERIFY(watcher);
        const QString liveOn = compact({{"type", "live"}, {"live", true}});
        const QString liveOff = compact({{"type", "live"}, {"live", false}});
        QVERIFY(QTest::qWaitFor([&] { return device.received.contains(liveOn); }, kWaitMs));
        const qsizetype wentLive = device.received.lastIndexOf(liveOn);
        watcher->socket.close();
        QVERIFY(QTest::qWaitFor([&] { return device.received.lastIndexOf(liveOff) > wentLive; }, kWaitMs));
    }

    // Revoking on A closes the share's watchers on B.
    void revokeOnAClosesWatchersOnB()
    {
        SyncedSession dm(m_a->baseUrl(), m_account.accessToken);
        dm.add(SessionFixture::creature(QStringLiteral("Ogre"), 59));
        QVERIFY(dm.push());
        const QString code = shareThroughA(dm.encounterId);
        std::unique_ptr<ObservedWebSocket> watcher = watchOnB(code);
        QVERIFY(watcher);
        QCOMPARE(m_httpA->del("/api/v1/shares/" + code, m_account.accessToken).status, 200);
        QVERIFY(watcher->waitClosed(kWaitMs));
        QCOMPARE(watcher->closeCode, int(QWebSocketProtocol::CloseCodeNormal));
    }

    // An API token revoked through A is refused by B at once, and B closes the socket it signed in.
    void apiTokenRevokedOnAClosesItsSocketOnB()
    {
        const HttpResponse created = m_httpA->post(
            "/api/v1/users/me/api-tokens",
            {{"name", "table display"}, {"scopes", QJsonArray{"read", "live"}}}, m_account.accessToken);
        QCOMPARE(created.status, 201);
        const QString token = created.data().value("token").toString();
        ObservedWebSocket socket(m_b->port());
        QVERIFY(socket.waitConnected() && socket.authenticate(token));
        QCOMPARE(m_httpB->get("/api/v1/parties", token).status, 200);
        QCOMPARE(m_httpA
                     ->del("/api/v1/users/me/api-tokens/" + created.data().value("id").toString(),
                           m_account.accessToken)
                     .status,
                 200);
        QCOMPARE(m_httpB->get("/api/v1/parties", token).status, 401);
        QVERIFY(socket.waitClosed(kWaitMs));
        QCOMPARE(socket.closeCode, 4403);
    }

    // B's cached list answer is not served after a write through A.
    void listWrittenOnAIsSeenOnB()
    {
        const int before = m_httpB->get("/api/v1/encounters", m_account.accessToken)
                               .data()
                               .value("pagination")
                               .toObject()
                               .value("total")
                               .toInt();
        QCOMPARE(m_httpB->get("/api/v1/encounters", m_account.accessToken).status, 200); // cached now
        QCOMPARE(
            m_httpA->post("/api/v1/encounters", {{"name", "Bridge ambush"}}, m_account.accessToken).status,
            201);
        const HttpResponse after = m_httpB->get("/api/v1/encounters", m_account.accessToken);
        QCOMPARE(after.data().value("pagination").toObject().value("total").toInt(), before + 1);
    }

    // A Stripe event delivered to A: B applies the new tier to the very next request.
    void tierChangedOnAAppliesOnB()
    {
        const TestAccount buyer = registerTestAccount(*m_a, *m_httpA);
        QCOMPARE(encounterLimitOnB(buyer), 3); // the free plan's
        const QJsonObject event{
            {"id", QStringLiteral("evt_multi_") + buyer.id.left(12)},
            {"type", "checkout.session.completed"},
            {"created", QDateTime::currentSecsSinceEpoch()},
            {"data",
             QJsonObject{{"object", QJsonObject{{"id", QStringLiteral("cs_") + buyer.id.left(12)},
                                                {"client_reference_id", buyer.id},
                                                {"customer", QStringLiteral("cus_") + buyer.id.left(12)},
                                                {"subscription", QStringLiteral("sub_") + buyer.id.left(12)},
                                                {"payment_status", "paid"},
                                                {"metadata", QJsonObject{{"user_id", buyer.id},
                                                                         {"tier", "seasoned"}}}}}}}};
        const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        QCOMPARE(m_httpA
                     ->send("POST", "/api/v1/webhooks/stripe", body, {},
                            {{"Content-Type", "application/json"},
                             {"Stripe-Signature", stripeSignature(body, ServerProcess::kWebhookSecret)}})
                     .status,
                 200);
        QCOMPARE(encounterLimitOnB(buyer), 15); // the seasoned plan's
    }

    // A password reset through A ends the account's sessions on B: its socket there is closed at
    // once (not at B's next session check) and its old access token is refused.
    void passwordResetOnAEndsSessionsOnB()
    {
        const TestAccount account = registerTestAccount(*m_a, *m_httpA);
        ObservedWebSocket socket(m_b->port());
        QVERIFY(socket.waitConnected() && socket.authenticate(account.accessToken));
        const int mails = mailCount(m_a->mailDir());
        QCOMPARE(m_httpA->post("/api/v1/auth/forgot-password", {{"email", account.email}}).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return mailCount(m_a->mailDir()) == mails + 1; }));
        const QString resetToken = tokenFromMail(newestMail(m_a->mailDir()));
        QCOMPARE(m_httpA
                     ->post("/api/v1/auth/reset-password",
                            {{"token", resetToken}, {"password", "Brand-new-secret-7"}})
                     .status,
                 200);
        QVERIFY(socket.waitClosed(kWaitMs));
        QCOMPARE(socket.closeCode, kCloseSessionEnded);
        QCOMPARE(m_httpB->get("/api/v1/users/me", account.accessToken).status, 401);
    }

    // Failed sign-ins are counted in the database: failures spread over both instances add up to
    // one budget per (address, email), and the lock-out holds on both.
    void loginLockoutHoldsAcrossInstances()
    {
        const TestAccount account = registerTestAccount(*m_a, *m_httpA);
        const QJsonObject wrong{{"email", account.email}, {"password", "Wrong-password-1"}};
        // The default budget: 5 failures per address and email a minute.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_httpA->post("/api/v1/auth/login", wrong).status, 401);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(m_httpB->post("/api/v1/auth/login", wrong).status, 401);
        QCOMPARE(m_httpB->post("/api/v1/auth/login", wrong).status, 429);
        QCOMPARE(m_httpA->post("/api/v1/auth/login", wrong).status, 429);
        const QJsonObject right{{"email", account.email}, {"password", kTestPassword}};
        QCOMPARE(m_httpB->post("/api/v1/auth/login", right).status, 429);
    }

    // Rotation is one database operation: a refresh token rotated on A is refused on B, and that
    // reuse ends the whole family, also for the token A handed out.
    void refreshTokenRotatedOnAIsRefusedOnB()
    {
        const TestAccount account = registerTestAccount(*m_a, *m_httpA);
        const HttpResponse rotated =
            m_httpA->post("/api/v1/auth/refresh", {{"refreshToken", account.refreshToken}});
        QCOMPARE(rotated.status, 200);
        const QString fresh = rotated.data().value("refreshToken").toString();
        QCOMPARE(m_httpB->post("/api/v1/auth/refresh", {{"refreshToken", account.refreshToken}}).status, 401);
        QCOMPARE(m_httpB->post("/api/v1/auth/refresh", {{"refreshToken", fresh}}).status, 401);
    }
};

QTEST_MAIN(TestMultiInstance)
#include "TestMultiInstance.moc"
