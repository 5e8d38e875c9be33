// The service's log: one JSON object per line for requests and events, with the request id, and
// never a secret. The real binary runs a whole account's life (register, verify the email through
// the mailed link, sign in, renew, reset the password, pay through the Stripe stand-in, sync) and
// then everything it wrote is searched for every secret it was given or handed out.
#include "ServerHarness.h"
#include "StripeStandIn.h"
#include "SyncProtocol.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace dnd;
using namespace dnd::test;

namespace {

const QString kStripeSecretKey = QStringLiteral("sk_test_log_scenario_51Hx9Qk2");
const QString kNewPassword = QStringLiteral("Another-Horse-Battery-77");

// Waits for the service to write mail number `count` into its mail folder; answers that mail.
QByteArray waitForMail(const ServerProcess& server, int count)
{
    for (int attempt = 0; attempt < 200 && mailCount(server.mailDir()) < count; ++attempt)
        QTest::qWait(25);
    return mailCount(server.mailDir()) >= count ? newestMail(server.mailDir()) : QByteArray();
}

// Every line the service wrote on stdout, each of which must be one JSON object.
QList<QJsonObject> logEntries(const QByteArray& output)
{
    QList<QJsonObject> entries;
    for (const QByteArray& line : output.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            QTest::qFail(qPrintable(QStringLiteral("not a JSON object: ") + QString::fromUtf8(line)),
                         __FILE__, __LINE__);
            return {};
        }
        entries.append(document.object());
    }
    return entries;
}

} // namespace

class TestServerLog final : public QObject {
    Q_OBJECT

    StripeStandIn m_stripe;

    ServerProcess makeServer()
    {
        return ServerProcess(
            fastServiceArguments(),
            {{"STRIPE_SECRET_KEY", kStripeSecretKey},
             {"STRIPE_API_BASE", QStringLiteral("http://127.0.0.1:%1").arg(m_stripe.serverPort())},
             {"DND_PUBLIC_URL", "https://tracker.example.test"}});
    }

private slots:
    void initTestCase() { QVERIFY(m_stripe.listen(QHostAddress::LocalHost)); }

    // Requests and events share one format: ts, level, category, event; requests add their id
    // (the X-Request-Id the client got), method, path, status, durationMs, userId and ip.
    void oneJsonLineFormatForRequestsAndEvents()
    {
        ServerProcess server = makeServer();
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        const TestAccount account = registerTestAccount(server, http);
        const HttpResponse me = http.get(QStringLiteral("/api/v1/users/me"), account.accessToken);
        QCOMPARE(me.status, 200);
        const QByteArray requestId = me.headers.value("x-request-id");
        QCOMPARE(requestId.size(), 16);
        QCOMPARE(server.terminate(), 0);

        const QList<QJsonObject> entries = logEntries(server.output());
        QStringList events;
        int requestLines = 0; // lines of the request the client saw the id of
        for (const QJsonObject& entry : entries) {
            for (const char* key : {"ts", "level", "category", "event"})
                QVERIFY2(entry.contains(QLatin1String(key)), qPrintable(QJsonDocument(entry).toJson()));
            QVERIFY(QDateTime::fromString(entry.value("ts").toString(), Qt::ISODateWithMs).isValid());
            events << entry.value("event").toString();
            if (entry.value("requestId").toString() != QLatin1String(requestId))
                continue;
            ++requestLines;
            QCOMPARE(entry.value("event").toString(), QStringLiteral("request"));
            QCOMPARE(entry.value("category").toString(), QStringLiteral("dnd.server.http"));
            QCOMPARE(entry.value("method").toString(), QStringLiteral("GET"));
            QCOMPARE(entry.value("path").toString(), QStringLiteral("/api/v1/users/me"));
            QCOMPARE(entry.value("status").toInt(), 200);
            QCOMPARE(entry.value("userId").toString(), account.id);
            QCOMPARE(entry.value("ip").toString(), QStringLiteral("127.0.0.1"));
            QVERIFY(entry.value("durationMs").isDouble());
        }
        QCOMPARE(requestLines, 1);
        QCOMPARE(events.count(QStringLiteral("start")), 1);
        QCOMPARE(events.first(), QStringLiteral("start"));
        QCOMPARE(events.count(QStringLiteral("stop")), 1);
        QCOMPARE(events.last(), QStringLiteral("stopped"));
        QVERIFY(events.count(QStringLiteral("request")) >= 3); // start-up probe, register, me
        QVERIFY2(server.errors().isEmpty(), server.errors().constData());
    }

    // A whole account's life through the real service; afterwards no secret appears in anything
    // the service wrote: stdout, stderr, and any log file in its data folder.
    void secretsNeverLogged()
    {
        ServerProcess server = makeServer();
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        QStringList secrets{QString::fromLatin1(kTestPassword), kNewPassword, kStripeSecretKey,
                            QString::fromLatin1(ServerProcess::kWebhookSecret),
                            QString::fromLatin1(ServerProcess::kJwtSecret)};

        const TestAccount account = registerTestAccount(server, http);
        QVERIFY(!account.accessToken.isEmpty() && !account.refreshToken.isEmpty());
        secrets << account.accessToken << account.refreshToken;

        // The verification link carries its token in the query string.
        const QString verifyToken = tokenFromMail(waitForMail(server, 1));
        QVERIFY(!verifyToken.isEmpty());
        secrets << verifyToken;
        QCOMPARE(http.get(QStringLiteral("/api/v1/auth/verify-email?token=") + verifyToken).status, 200);

        HttpResponse login =
            http.post(QStringLiteral("/api/v1/auth/login"),
                      {{"email", account.email}, {"password", QString::fromLatin1(kTestPassword)}});
        QCOMPARE(login.status, 200);
        secrets << login.data().value("accessToken").toString()
                << login.data().value("refreshToken").toString();
        const HttpResponse renewed =
            http.post(QStringLiteral("/api/v1/auth/refresh"),
                      {{"refreshToken", login.data().value("refreshToken").toString()}});
        QCOMPARE(renewed.status, 200);
        const QString accessToken = renewed.data().value("accessToken").toString();
        secrets << accessToken << renewed.data().value("refreshToken").toString();
        // A refresh token used twice (reuse is logged as a warning; the token must not be).
        QCOMPARE(http.post(QStringLiteral("/api/v1/auth/refresh"),
                           {{"refreshToken", login.data().value("refreshToken").toString()}})
                     .status,
                 401);

        QCOMPARE(http.post(QStringLiteral("/api/v1/auth/forgot-password"), {{"email", account.email}}).status,
                 200);
        const QString resetToken = tokenFromMail(waitForMail(server, 2));
        QVERIFY(!resetToken.isEmpty());
        secrets << resetToken;
        // A reset token pasted into a query string is not logged either.
        QCOMPARE(http.get(QStringLiteral("/api/v1/auth/verify-email?token=") + resetToken).status, 400);
        QCOMPARE(http.post(QStringLiteral("/api/v1/auth/reset-password"),
                           {{"token", resetToken}, {"password", kNewPassword}})
                     .status,
                 200);
        login = http.post(QStringLiteral("/api/v1/auth/login"),
                          {{"email", account.email}, {"password", kNewPassword}});
        QCOMPARE(login.status, 200);
        const QString signedIn = login.data().value("accessToken").toString();
        secrets << signedIn << login.data().value("refreshToken").toString();

        // Paying: checkout through the stand-in (with the secret key), then Stripe's webhook.
        const HttpResponse checkout =
            http.post(QStringLiteral("/api/v1/subscriptions/checkout"), {{"tier", "seasoned"}}, signedIn);
        QCOMPARE(checkout.status, 200);
        QCOMPARE(m_stripe.requests.constLast().headers.value("authorization"),
                 "Bearer " + kStripeSecretKey.toUtf8());
        const QByteArray event =
            QJsonDocument(
                QJsonObject{
                    {"id", "evt_log_" + account.id.left(8)},
                    {"type", "checkout.session.completed"},
                    {"data",
                     QJsonObject{{"object", QJsonObject{{"id", "cs_test_log"},
                                                        {"client_reference_id", account.id},
                                                        {"customer", "cus_log"},
                                                        {"subscription", "sub_log"},
                                                        {"amount_total", 499},
                                                        {"currency", "usd"},
                                                        {"payment_status", "paid"},
                                                        {"metadata", QJsonObject{{"tier", "seasoned"}}}}}}}})
                .toJson(QJsonDocument::Compact);
        QCOMPARE(http.send("POST", QStringLiteral("/api/v1/webhooks/stripe"), event, {},
                           {{"Stripe-Signature", stripeSignature(event, ServerProcess::kWebhookSecret)}})
                     .status,
                 200);
        QCOMPARE(http.send("POST", QStringLiteral("/api/v1/webhooks/stripe"), event, {},
                           {{"Stripe-Signature", stripeSignature(event, "whsec_wrong")}})
                     .status,
                 400);

        // Syncing a party.
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString hlc = QStringLiteral("%1-00000-%2")
                                .arg(QDateTime::currentMSecsSinceEpoch(), 15, 10, QLatin1Char('0'))
                                .arg(clientId);
        const sync::PushRequest push{
            clientId,
            sync::kProtocolVersion,
            {sync::Mutation{1, EntityKind::Party, QUuid::createUuid().toString(QUuid::WithoutBraces),
                            sync::MutationOp::Put, QJsonObject{{"name", "The Log Watchers"}}, hlc, 1}}};
        const HttpResponse pushed = http.post(QStringLiteral("/api/v1/sync/push"), push.toJson(), signedIn);
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.data().value("lastMutationId").toInteger(), qint64(1));
        QCOMPARE(http.get(QStringLiteral("/api/v1/sync/pull?cookie=0&clientId=") + clientId, signedIn).status,
                 200);
        QCOMPARE(server.terminate(), 0);

        QByteArray written = server.output() + server.errors();
        QDirIterator files(server.dataDir(), {QStringLiteral("*.log")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            written += file.readAll();
        }
        for (const QString& secret : std::as_const(secrets)) {
            QVERIFY(secret.size() >= 10);
            QVERIFY2(!written.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("the log holds the secret %1...").arg(secret.left(6))));
        }
        QVERIFY(!written.contains("token="));
        QVERIFY(!written.contains("eyJ")); // no JSON web token, whichever
        // The scenario happened and was logged: the events are there, only the secrets are not.
        for (const char* expected : {"\"event\":\"stripe_event\"", "\"event\":\"checkout_started\"",
                                     "\"event\":\"sync_applied\"", "\"path\":\"/api/v1/auth/verify-email\""})
            QVERIFY2(written.contains(expected), expected);
    }
};

QTEST_GUILESS_MAIN(TestServerLog)
#include "TestServerLog.moc"
