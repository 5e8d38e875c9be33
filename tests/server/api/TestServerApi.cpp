// Integration tests of dnd-tracker-server: the real binary on a loopback port, spoken to over
// HTTP and WebSocket. The same suite runs on SQLite and, with DND_TEST_DATABASE_URL, PostgreSQL.
#include "ServerHarness.h"
#include "ShortLivedToken.h"
#include "StripeStandIn.h"
#include "auth/AccessTokens.h"
#include "model/Creature.h"
#include "storage/ServerMigrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QWebSocket>

using namespace dnd::test;

namespace {
using Account = TestAccount;
const char* kPassword = kTestPassword;
} // namespace

class TestServerApi final : public QObject {
    Q_OBJECT

private:
    StripeStandIn m_stripe;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    QTemporaryFile m_templates;
    int m_counter = 0;

    Account registerAccount() { return registerTestAccount(*m_server, *m_http); }
    // Purchases and share links need a confirmed email address.
    Account registerConfirmedAccount()
    {
        const Account account = registerAccount();
        if (!confirmTestAccountEmail(*m_server, *m_http, account))
            qWarning("confirming %s failed", qPrintable(account.email));
        return account;
    }
    void setTier(const Account& account, const QString& tier)
    {
        QByteArray out;
        QCOMPARE(
            m_server->runCommand({"admin", "set-tier", "--email", account.email, "--tier", tier}, {}, &out),
            0);
    }
    Account createAdmin()
    {
        return createTestAdmin(*m_server, *m_http, QStringLiteral("admin%1@example.com").arg(++m_counter));
    }
    static bool waitFor(const std::function<bool()>& condition, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!condition() && timer.elapsed() < timeoutMs)
            QTest::qWait(20);
        return condition();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_stripe.listen(QHostAddress::LocalHost, 0));
        dnd::Creature goblin;
        goblin.id = QStringLiteral("srd-goblin");
        goblin.name = QStringLiteral("Goblin");
        goblin.size = QStringLiteral("small");
        goblin.ac = 15;
        goblin.hp = 7;
        goblin.challengeRating = QStringLiteral("1/4");
        goblin.isTemplate = true;
        dnd::Creature ogre = goblin;
        ogre.id = QStringLiteral("srd-ogre");
        ogre.name = QStringLiteral("Ogre");
        ogre.size = QStringLiteral("large");
        ogre.hp = 59;
        QVERIFY(m_templates.open());
        m_templates.write(QJsonDocument(QJsonArray{goblin.toJson(), ogre.toJson()}).toJson());
        m_templates.flush();
        m_server = std::make_unique<ServerProcess>(
            QStringList{"--scrypt-log-n", "10", "--rate-limit-user", "100000", "--rate-limit-anonymous",
                        "100000", "--rate-limit-auth-ip", "100000", "--rate-limit-auth-email", "100000",
                        "--ws-auth-timeout-ms", "500", "--request-timeout-ms", "1000", "--templates",
                        m_templates.fileName(), "--cors-origin", "https://app.example.test"},
            QHash<QString, QString>{
                {"STRIPE_SECRET_KEY", "sk_test_suite"},
                {"STRIPE_API_BASE", QStringLiteral("http://127.0.0.1:%1").arg(m_stripe.serverPort())},
                {"DND_PUBLIC_URL", "https://tracker.example.test"}});
        QVERIFY(m_server->start());
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    }

    void cleanupTestCase()
    {
        m_server->stop();
        // One JSON line per request and event, never a token or password in it, and no error code
        // the service answered with that has no HTTP status (it would have become a 500).
        const QList<QByteArray> lines = m_server->output().split('\n');
        QVERIFY(!lines.first().isEmpty()); // at least the start event
        int requests = 0;
        for (const QByteArray& line : lines) {
            if (line.isEmpty())
                continue;
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            QVERIFY2(entry.contains("ts") && entry.contains("event"), line.constData());
            if (entry.value("event") == QLatin1String("request")) {
                ++requests;
                QVERIFY2(entry.contains("method") && entry.contains("status") &&
                             entry.contains("durationMs") && entry.contains("requestId"),
                         line.constData());
            }
            QVERIFY2(!line.contains("has no HTTP status"), line.constData());
            QVERIFY(!line.contains(kPassword));
            QVERIFY(!line.contains("eyJ")); // no JWT
        }
        QVERIFY(requests > 0);
    }

    void helpAndMigrateCommands()
    {
        QByteArray out;
        QCOMPARE(m_server->runCommand({"--help"}, {}, &out), 0);
        for (const char* option :
             {"--listen", "--database", "--data-dir", "--mail-dir", "--smtp-url", "--plans", "--scrypt-log-n",
              "DND_JWT_SECRET", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE",
              "DND_PUBLIC_URL", "create-admin", "set-tier", "migrate"})
            QVERIFY2(out.contains(option), option);
        QCOMPARE(m_server->runCommand({"migrate"}, {}, &out), 0);
        const QByteArray latest =
            "schema version " + QByteArray::number(dnd::server::serverMigrations().constLast().version);
        QVERIFY2(out.contains(latest), out.constData());
        QVERIFY(
            m_server->runCommand({"admin", "set-tier", "--email", "nobody@example.com", "--tier", "guild"},
                                 {}, &out) != 0);
        QVERIFY(
            m_server->runCommand({"admin", "set-tier", "--email", "nobody@example.com", "--tier", "mythic"},
                                 {}, &out) != 0);
        QVERIFY(
            m_server->runCommand({"admin", "create-admin", "--email", "weak@example.com", "--password-stdin"},
                                 "short\n", &out) != 0);
        QVERIFY(m_server->runCommand({"--listen", "nonsense"}, {}, &out) != 0);
        QVERIFY(m_server->runCommand({"frobnicate"}, {}, &out) != 0);
    }

    void healthMetricsAndOpenApi()
    {
        const HttpResponse health = m_http->get("/healthz");
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value("database").toString(), QStringLiteral("ok"));
        const HttpResponse metrics = m_http->get("/metrics");
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("dnd_http_requests_total{method=\"GET\",status=\"200\"}"));
        QVERIFY(metrics.body.contains("dnd_websocket_connections"));
        const HttpResponse openapi = m_http->get("/api/v1/openapi.json");
        QCOMPARE(openapi.status, 200);
        const QJsonObject paths = openapi.json().value("paths").toObject();
        QCOMPARE(openapi.json().value("openapi").toString(), QStringLiteral("3.1.0"));
        for (const char* path : {"/api/v1/auth/register",
                                 "/api/v1/auth/login",
                                 "/api/v1/auth/refresh",
                                 "/api/v1/auth/logout",
                                 "/api/v1/auth/forgot-password",
                                 "/api/v1/auth/reset-password",
                                 "/api/v1/auth/verify-email",
                                 "/api/v1/users/me",
                                 "/api/v1/users/me/subscription",
                                 "/api/v1/users/me/usage",
                                 "/api/v1/parties",
                                 "/api/v1/parties/{id}",
                                 "/api/v1/parties/{id}/archive",
                                 "/api/v1/parties/{partyId}/characters",
                                 "/api/v1/parties/{partyId}/characters/{id}",
                                 "/api/v1/encounters",
                                 "/api/v1/encounters/{id}",
                                 "/api/v1/encounters/{id}/start",
                                 "/api/v1/encounters/{id}/end",
                                 "/api/v1/encounters/{id}/turn",
                                 "/api/v1/creatures",
                                 "/api/v1/creatures/{id}",
                                 "/api/v1/creatures/templates",
                                 "/api/v1/subscriptions/plans",
                                 "/api/v1/subscriptions/checkout",
                                 "/api/v1/subscriptions/portal",
                                 "/api/v1/webhooks/stripe",
                                 "/api/v1/admin/users",
                                 "/api/v1/admin/users/{id}",
                                 "/api/v1/admin/stats",
                                 "/api/v1/admin/logs",
                                 "/healthz",
                                 "/metrics",
                                 "/api/v1/ws"})
            QVERIFY2(paths.contains(QLatin1String(path)), path);
        // Every documented operation is routed: none answers 404 for an unknown endpoint.
        for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
            QString path = it.key();
            path.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), QStringLiteral("x"));
            for (const QString& method : it.value().toObject().keys()) {
                if (path == QStringLiteral("/api/v1/ws"))
                    continue;
                const HttpResponse response = m_http->send(method.toUpper().toLatin1(), path, "{}");
                QVERIFY2(!(response.status == 404 && response.body.contains("No such endpoint")),
                         qPrintable(method + ' ' + path));
            }
        }
        QCOMPARE(m_http->get("/api/v1/nothing-here").status, 404);
        QCOMPARE(m_http->get("/api/v1/nothing-here").errorCode(), QStringLiteral("NOT_FOUND"));
        const HttpResponse wrongMethod = m_http->send("PATCH", "/api/v1/parties");
        QCOMPARE(wrongMethod.status, 405);
        QVERIFY(wrongMethod.headers.value("allow").contains("GET"));
    }

    void envelopeAndSecurityHeaders()
    {
        const HttpResponse plans = m_http->get("/api/v1/subscriptions/plans");
        QCOMPARE(plans.status, 200);
        QCOMPARE(plans.json().value("success").toBool(), true);
        QCOMPARE(plans.json().value("meta").toObject().value("version").toString(), QStringLiteral("1.0.0"));
        QVERIFY(QDateTime::fromString(plans.json().value("meta").toObject().value("timestamp").toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        const QJsonArray list = plans.data().value("plans").toArray();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list.at(0).toObject().value("tier").toString(), QStringLiteral("free"));
        QCOMPARE(list.at(0).toObject().value("limits").toObject().value("parties").toInt(), 1);
        QVERIFY(list.at(4).toObject().value("limits").toObject().value("parties").isNull());
        QCOMPARE(plans.headers.value("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(plans.headers.value("x-frame-options"), QByteArray("DENY"));
        QVERIFY(plans.headers.contains("content-security-policy"));
        QVERIFY(!plans.headers.contains("access-control-allow-origin"));
        // CORS for the configured origin only.
        const HttpResponse allowed = m_http->send("GET", "/api/v1/subscriptions/plans", {}, {},
                                                  {{"Origin", "https://app.example.test"}});
        QCOMPARE(allowed.headers.value("access-control-allow-origin"),
                 QByteArray("https://app.example.test"));
        const HttpResponse other =
            m_http->send("GET", "/api/v1/subscriptions/plans", {}, {}, {{"Origin", "https://evil.example"}});
        QVERIFY(!other.headers.contains("access-control-allow-origin"));
        const HttpResponse preflight =
            m_http->send("OPTIONS", "/api/v1/parties", {}, {},
                         {{"Origin", "https://app.example.test"}, {"Access-Control-Request-Method", "POST"}});
        QCOMPARE(preflight.status, 204);
        QVERIFY(preflight.headers.value("access-control-allow-methods").contains("POST"));
        QCOMPARE(
            m_http->send("OPTIONS", "/api/v1/parties", {}, {}, {{"Origin", "https://evil.example"}}).status,
            403);
    }

    void registrationValidation()
    {
        HttpResponse response = m_http->post(
            "/api/v1/auth/register", {{"email", "not-an-email"}, {"username", "x"}, {"password", "short"}});
        QCOMPARE(response.status, 400);
        QCOMPARE(response.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        const QJsonObject details = response.json().value("error").toObject().value("details").toObject();
        QVERIFY(details.contains("email"));
        QVERIFY(details.contains("username"));
        QVERIFY(details.contains("password"));
        response = m_http->post(
            "/api/v1/auth/register",
            {{"email", "weak@example.com"}, {"username", "weakling"}, {"password", "onlyletterslong"}});
        QCOMPARE(response.status, 400);
        QVERIFY(response.json().value("error").toObject().value("details").toObject().contains("password"));
        response = m_http->post("/api/v1/auth/register",
                                {{"email", 42}, {"username", true}, {"password", QJsonArray{}}});
        QCOMPARE(response.status, 400);
        response = m_http->send("POST", "/api/v1/auth/register", "{\"email\": \"trunc");
        QCOMPARE(response.status, 400);
        QCOMPARE(response.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        response = m_http->send("POST", "/api/v1/auth/register", "[1,2,3]");
        QCOMPARE(response.status, 400);
        const Account account = registerAccount();
        QVERIFY(!account.accessToken.isEmpty());
        QVERIFY(!account.refreshToken.isEmpty());
        response = m_http->post(
            "/api/v1/auth/register",
            {{"email", account.email.toUpper()}, {"username", "someoneelse"}, {"password", kPassword}});
        QCOMPARE(response.status, 409);
        QCOMPARE(response.errorCode(), QStringLiteral("CONFLICT"));
    }

    void emailVerificationThroughMailFolder()
    {
        const Account account = registerAccount();
        const QByteArray mail = newestMail(m_server->mailDir());
        QVERIFY(mail.contains(("To: " + account.email).toUtf8()));
        const QString token = tokenFromMail(mail);
        QVERIFY(!token.isEmpty());
        QVERIFY(mail.contains("https://tracker.example.test/verify-email?token="));
        QCOMPARE(
            m_http->get("/api/v1/users/me", account.accessToken).data().value("isEmailVerified").toBool(),
            false);
        QCOMPARE(m_http->get("/api/v1/auth/verify-email?token=" + token).status, 200);
        QCOMPARE(
            m_http->get("/api/v1/users/me", account.accessToken).data().value("isEmailVerified").toBool(),
            true);
        QCOMPARE(m_http->get("/api/v1/auth/verify-email?token=" + token).status, 400); // single use
        QCOMPARE(m_http->get("/api/v1/auth/verify-email?token=bogus").status, 400);
        QCOMPARE(m_http->get("/api/v1/auth/verify-email").status, 400);
    }

    void loginAndTokens()
    {
        const Account account = registerAccount();
        HttpResponse response =
            m_http->post("/api/v1/auth/login", {{"email", account.email}, {"password", "Wrong-password-1"}});
        QCOMPARE(response.status, 401);
        QCOMPARE(response.errorCode(), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(
            m_http->post("/api/v1/auth/login", {{"email", "nobody@example.com"}, {"password", kPassword}})
                .status,
            401);
        QCOMPARE(m_http->post("/api/v1/auth/login", {{"email", account.email}}).status, 400);
        response = m_http->post("/api/v1/auth/login", {{"email", account.email}, {"password", kPassword}});
        QCOMPARE(response.status, 200);
        const QString access = response.data().value("accessToken").toString();
        QCOMPARE(m_http->get("/api/v1/users/me", access).data().value("email").toString(), account.email);
        QCOMPARE(m_http->get("/api/v1/users/me").status, 401);
        QCOMPARE(m_http->get("/api/v1/users/me", "garbage.token.here").status, 401);
        // A token signed with another algorithm is refused even with a valid-looking signature.
        const QByteArray noneToken =
            QByteArray("{\"alg\":\"none\",\"typ\":\"JWT\"}")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            '.' +
            QByteArray("{\"sub\":\"" + account.id.toUtf8() + "\",\"exp\":9999999999}")
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
            '.';
        QCOMPARE(m_http->get("/api/v1/users/me", QString::fromLatin1(noneToken)).status, 401);
        // Expired tokens are refused by the server.
        dnd::server::AccessTokens tokens(ServerProcess::kJwtSecret);
        dnd::server::AccessClaims claims;
        claims.userId = account.id;
        claims.email = account.email;
        claims.tier = "free";
        claims.role = "user";
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        claims.issuedAt = now - 3600;
        claims.expiresAt = now - 60;
        QCOMPARE(m_http->get("/api/v1/users/me", tokens.issue(claims, now).value()).status, 401);
        // Browsers get the refresh token as a cookie, not in the body.
        response = m_http->send(
            "POST", "/api/v1/auth/login",
            QJsonDocument(QJsonObject{{"email", account.email}, {"password", kPassword}}).toJson(), {},
            {{"Origin", "https://app.example.test"}});
        QCOMPARE(response.status, 200);
        QVERIFY(!response.data().contains("refreshToken"));
        const QByteArray cookie = response.headers.value("set-cookie");
        QVERIFY(cookie.contains("HttpOnly") && cookie.contains("Secure") &&
                cookie.contains("SameSite=Strict"));
        const QByteArray cookieToken = cookie.split(';').first();
        response = m_http->send("POST", "/api/v1/auth/refresh", {}, {}, {{"Cookie", cookieToken}});
        QCOMPARE(response.status, 200);
    }

    void accessTokenVerifiesWithJose()
    {
        const Account account = registerAccount();
        int code = -1;
        const QByteArray out =
            runNode("verify-jwt.mjs", {ServerProcess::kJwtSecret, account.accessToken}, &code);
        QCOMPARE(code, 0);
        const QJsonObject verified = QJsonDocument::fromJson(out).object();
        QCOMPARE(verified.value("header").toObject().value("alg").toString(), QStringLiteral("HS256"));
        const QJsonObject payload = verified.value("payload").toObject();
        QCOMPARE(payload.value("sub").toString(), account.id);
        QCOMPARE(payload.value("email").toString(), account.email);
        QCOMPARE(payload.value("tier").toString(), QStringLiteral("free"));
        QCOMPARE(payload.value("role").toString(), QStringLiteral("user"));
        QVERIFY(!payload.value("jti").toString().isEmpty());
        QCOMPARE(qint64(payload.value("exp").toDouble() - payload.value("iat").toDouble()), qint64(15 * 60));
        // Sixteen minutes later the same token is expired for jose too.
        const QByteArray expired =
            runNode("verify-jwt.mjs", {ServerProcess::kJwtSecret, account.accessToken, "960"}, &code);
        QCOMPARE(code, 1);
        QCOMPARE(expired, QByteArray("ERR_JWT_EXPIRED"));
        runNode("verify-jwt.mjs", {"another-secret-entirely-0123456789", account.accessToken}, &code);
        QCOMPARE(code, 1);
    }

    void refreshRotationAndReuseRevokesFamily()
    {
        const Account account = registerAccount();
        HttpResponse first = m_http->post("/api/v1/auth/refresh", {{"refreshToken", account.refreshToken}});
        QCOMPARE(first.status, 200);
        const QString second = first.data().value("refreshToken").toString();
        QVERIFY(!second.isEmpty() && second != account.refreshToken);
        QVERIFY(!first.data().value("accessToken").toString().isEmpty());
        HttpResponse third = m_http->post("/api/v1/auth/refresh", {{"refreshToken", second}});
        QCOMPARE(third.status, 200);
        const QString current = third.data().value("refreshToken").toString();
        // The first token again: reuse. The whole family ends, including the newest token.
        HttpResponse reuse = m_http->post("/api/v1/auth/refresh", {{"refreshToken", account.refreshToken}});
        QCOMPARE(reuse.status, 401);
        QCOMPARE(m_http->post("/api/v1/auth/refresh", {{"refreshToken", current}}).status, 401);
        // Other sessions of the same user are not affected.
        const HttpResponse login =
            m_http->post("/api/v1/auth/login", {{"email", account.email}, {"password", kPassword}});
        QCOMPARE(m_http
                     ->post("/api/v1/auth/refresh",
                            {{"refreshToken", login.data().value("refreshToken").toString()}})
                     .status,
                 200);
        QCOMPARE(m_http->post("/api/v1/auth/refresh", {{"refreshToken", "nonsense"}}).status, 401);
        QCOMPARE(m_http->post("/api/v1/auth/refresh", QJsonObject{}).status, 401);
    }

    void logoutRevokesRefreshToken()
    {
        const Account account = registerAccount();
        QCOMPARE(m_http->post("/api/v1/auth/logout", QJsonObject{}).status, 400);
        QCOMPARE(m_http->post("/api/v1/auth/logout", {{"refreshToken", account.refreshToken}}).status, 200);
        QCOMPARE(m_http->post("/api/v1/auth/refresh", {{"refreshToken", account.refreshToken}}).status, 401);
    }

    void passwordResetThroughMailFolder()
    {
        const Account account = registerAccount();
        const int before = mailCount(m_server->mailDir());
        HttpResponse response =
            m_http->post("/api/v1/auth/forgot-password", {{"email", "unknown@example.com"}});
        QCOMPARE(response.status, 200); // same answer, no mail
        QCOMPARE(mailCount(m_server->mailDir()), before);
        QCOMPARE(m_http->post("/api/v1/auth/forgot-password", {{"email", "nope"}}).status, 400);
        response = m_http->post("/api/v1/auth/forgot-password", {{"email", account.email}});
        QCOMPARE(response.status, 200);
        QVERIFY(waitFor([&] { return mailCount(m_server->mailDir()) == before + 1; }));
        const QByteArray mail = newestMail(m_server->mailDir());
        QVERIFY(mail.contains("Subject: Reset your password"));
        const QString token = tokenFromMail(mail);
        QVERIFY(!token.isEmpty());
        response = m_http->post("/api/v1/auth/reset-password", {{"token", token}, {"password", "weak"}});
        QCOMPARE(response.status, 400);
        QVERIFY(response.json().value("error").toObject().value("details").toObject().contains("password"));
        const QString newPassword = QStringLiteral("Brand-new-secret-7");
        QCOMPARE(
            m_http->post("/api/v1/auth/reset-password", {{"token", token}, {"password", newPassword}}).status,
            200);
        QCOMPARE(
            m_http->post("/api/v1/auth/reset-password", {{"token", token}, {"password", "Another-secret-8"}})
                .status,
            400);
        QCOMPARE(
            m_http->post("/api/v1/auth/login", {{"email", account.email}, {"password", kPassword}}).status,
            401);
        QCOMPARE(
            m_http->post("/api/v1/auth/login", {{"email", account.email}, {"password", newPassword}}).status,
            200);
        // Sessions from before the reset are over.
        QCOMPARE(m_http->post("/api/v1/auth/refresh", {{"refreshToken", account.refreshToken}}).status, 401);
        QCOMPARE(m_http->post("/api/v1/auth/reset-password", {{"token", "bogus"}, {"password", newPassword}})
                     .status,
                 400);
    }

    void profileUpdateAndDeletion()
    {
        const Account account = registerAccount();
        HttpResponse response =
            m_http->put("/api/v1/users/me", {{"username", "renamed_" + QString::number(++m_counter)}},
                        account.accessToken);
        QCOMPARE(response.status, 200);
        QVERIFY(response.data().value("username").toString().startsWith("renamed_"));
        QCOMPARE(m_http->put("/api/v1/users/me", {{"role", "admin"}}, account.accessToken).status, 400);
        QCOMPARE(m_http->put("/api/v1/users/me", {{"email", "bad"}}, account.accessToken).status, 400);
        const Account other = registerAccount();
        QCOMPARE(m_http
                     ->put("/api/v1/users/me", {{"email", other.email}, {"password", kPassword}},
                           account.accessToken)
                     .status,
                 409);
        response = m_http->get("/api/v1/users/me/subscription", account.accessToken);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("tier").toString(), QStringLiteral("free"));
        QCOMPARE(response.data().value("status").toString(), QStringLiteral("active"));
        const QString partyId = m_http->post("/api/v1/parties", {{"name", "Doomed"}}, account.accessToken)
                                    .data()
                                    .value("id")
                                    .toString();
        QCOMPARE(
            m_http->del("/api/v1/users/me", account.accessToken, {{"password", "Wrong-password-1"}}).status,
            401);
        QCOMPARE(m_http->del("/api/v1/users/me", account.accessToken).status, 400);
        QCOMPARE(m_http->del("/api/v1/users/me", account.accessToken, {{"password", kPassword}}).status, 200);
        QCOMPARE(m_http->get("/api/v1/users/me", account.accessToken).status, 401);
        QCOMPARE(
            m_http->post("/api/v1/auth/login", {{"email", account.email}, {"password", kPassword}}).status,
            401);
        // The email is free again, and the new account sees none of the old data.
        const HttpResponse again =
            m_http->post("/api/v1/auth/register", {{"email", account.email},
                                                   {"username", "reborn" + QString::number(++m_counter)},
                                                   {"password", kPassword}});
        QCOMPARE(again.status, 201);
        const QString token = again.data().value("accessToken").toString();
        QCOMPARE(m_http->get("/api/v1/parties", token)
                     .data()
                     .value("pagination")
                     .toObject()
                     .value("total")
                     .toInt(),
                 0);
        QCOMPARE(m_http->get("/api/v1/parties/" + partyId, token).status, 404);
    }

    void partiesAndCharacters()
    {
        const Account account = registerAccount();
        setTier(account, "guild");
        const QString t = account.accessToken;
        HttpResponse response =
            m_http->post("/api/v1/parties", {{"name", ""}, {"description", QString(600, 'x')}}, t);
        QCOMPARE(response.status, 400);
        QJsonObject details = response.json().value("error").toObject().value("details").toObject();
        QVERIFY(details.contains("name"));
        QVERIFY(details.contains("description"));
        QCOMPARE(m_http->post("/api/v1/parties", {{"name", "X"}, {"id", "not-a-uuid"}}, t).status, 400);
        QStringList ids;
        for (int i = 0; i < 25; ++i) {
            response = m_http->post("/api/v1/parties", {{"name", QStringLiteral("Party %1").arg(i)}}, t);
            QCOMPARE(response.status, 201);
            ids << response.data().value("id").toString();
        }
        response = m_http->get("/api/v1/parties?page=2&limit=10", t);
        QCOMPARE(response.status, 200);
        const QJsonObject pagination = response.data().value("pagination").toObject();
        QCOMPARE(pagination.value("total").toInt(), 25);
        QCOMPARE(pagination.value("totalPages").toInt(), 3);
        QCOMPARE(pagination.value("page").toInt(), 2);
        QCOMPARE(response.items().size(), 10);
        QCOMPARE(m_http->get("/api/v1/parties?limit=1000", t).status, 400);
        QCOMPARE(m_http->get("/api/v1/parties?page=zero", t).status, 400);
        QCOMPARE(m_http->get("/api/v1/parties?search=party%2012", t)
                     .data()
                     .value("pagination")
                     .toObject()
                     .value("total")
                     .toInt(),
                 1);

        const QString party = ids.first();
        response =
            m_http->post("/api/v1/parties/" + party + "/characters",
                         {{"name", "Aria"}, {"level", 5}, {"ac", 16}, {"maxHp", 38}, {"currentHp", 38}}, t);
        QCOMPARE(response.status, 201);
        const QString character = response.data().value("id").toString();
        response = m_http->post("/api/v1/parties/" + party + "/characters",
                                {{"name", "Too high"}, {"level", 25}}, t);
        QCOMPARE(response.status, 400);
        QVERIFY(response.json().value("error").toObject().value("details").toObject().contains("level"));
        response =
            m_http->put("/api/v1/parties/" + party + "/characters/" + character, {{"currentHp", 20}}, t);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("currentHp").toInt(), 20);
        QCOMPARE(response.data().value("name").toString(), QStringLiteral("Aria"));
        response = m_http->get("/api/v1/parties/" + party, t);
        QCOMPARE(response.data().value("characters").toArray().size(), 1);
        QCOMPARE(
            m_http->put("/api/v1/parties/" + ids.at(1) + "/characters/" + character, {{"currentHp", 1}}, t)
                .status,
            404);
        response = m_http->put("/api/v1/parties/" + party, {{"name", "Renamed"}}, t);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("name").toString(), QStringLiteral("Renamed"));
        QCOMPARE(
            m_http->post("/api/v1/parties/" + party + "/archive", {}, t).data().value("archived").toBool(),
            true);
        QCOMPARE(m_http->del("/api/v1/parties/" + party + "/characters/" + character, t).status, 200);
        QCOMPARE(m_http->get("/api/v1/parties/" + party, t).data().value("characters").toArray().size(), 0);
        QCOMPARE(m_http->del("/api/v1/parties/" + party, t).status, 200);
        QCOMPARE(m_http->get("/api/v1/parties/" + party, t).status, 404);
        QCOMPARE(m_http->del("/api/v1/parties/" + party, t).status, 404);
    }

    void encountersCombatAndWebSocket()
    {
        const Account account = registerAccount();
        const QString t = account.accessToken;
        HttpResponse response = m_http->post(
            "/api/v1/encounters",
            {{"name", "Ambush"},
             {"participants",
              QJsonArray{QJsonObject{{"name", "Goblin"}, {"initiative", 12}, {"maxHp", 7}, {"currentHp", 7}},
                         QJsonObject{{"name", "Aria"},
                                     {"kind", "character"},
                                     {"initiative", 18},
                                     {"maxHp", 30},
                                     {"currentHp", 30}}}}},
            t);
        QCOMPARE(response.status, 201);
        const QString id = response.data().value("id").toString();
        QCOMPARE(response.data().value("participants").toArray().size(), 2);
        response = m_http->post(
            "/api/v1/encounters",
            {{"name", "Bad"}, {"participants", QJsonArray{QJsonObject{{"name", ""}, {"maxHp", -4}}}}}, t);
        QCOMPARE(response.status, 400);
        QVERIFY(
            response.json().value("error").toObject().value("details").toObject().keys().join(',').contains(
                "participants[0]"));
        QCOMPARE(m_http
                     ->post("/api/v1/encounters",
                            {{"name", "P"}, {"partyId", "00000000-0000-0000-0000-000000000000"}}, t)
                     .status,
                 400);
        QCOMPARE(m_http->put("/api/v1/encounters/" + id + "/turn", {{"action", "next"}}, t).status, 409);

        QWebSocket socket;
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(m_server->port())));
        QVERIFY(waitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
        QList<QJsonObject> events;
        connect(&socket, &QWebSocket::textMessageReceived, this,
                [&](const QString& text) { events.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        socket.sendTextMessage(QJsonDocument(QJsonObject{{"type", "auth"}, {"token", t}}).toJson());
        QVERIFY(waitFor([&] { return !events.isEmpty(); }));
        QCOMPARE(events.last().value("type").toString(), QStringLiteral("auth:ok"));
        socket.sendTextMessage(
            QJsonDocument(QJsonObject{{"type", "subscribe"}, {"encounterId", id}}).toJson());
        QVERIFY(waitFor([&] { return events.last().value("type") == QStringLiteral("subscribed"); }));
        socket.sendTextMessage(
            QJsonDocument(QJsonObject{{"type", "subscribe"}, {"encounterId", "someone-elses"}}).toJson());
        QVERIFY(waitFor([&] { return events.last().value("type") == QStringLiteral("error"); }));

        response = m_http->post("/api/v1/encounters/" + id + "/start", {}, t);
        QCOMPARE(response.status, 200);
        const QJsonObject combat = response.data().value("combat").toObject();
        QCOMPARE(response.data().value("status").toString(), QStringLiteral("active"));
        QCOMPARE(combat.value("round").toInt(), 1);
        const QJsonArray order = combat.value("order").toArray();
        QCOMPARE(order.size(), 2);
        QVERIFY(waitFor([&] {
            return std::any_of(events.begin(), events.end(), [](const QJsonObject& e) {
                return e.value("type") == QStringLiteral("combat:start");
            });
        }));
        QCOMPARE(m_http->post("/api/v1/encounters/" + id + "/start", {}, t).status, 409);
        response = m_http->put("/api/v1/encounters/" + id + "/turn", {{"action", "next"}}, t);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("combat").toObject().value("turnIndex").toInt(), 1);
        response = m_http->put("/api/v1/encounters/" + id + "/turn", {{"action", "next"}}, t);
        QCOMPARE(response.data().value("combat").toObject().value("round").toInt(), 2);
        QCOMPARE(response.data().value("combat").toObject().value("turnIndex").toInt(), 0);
        QVERIFY(waitFor([&] { return events.last().value("type") == QStringLiteral("turn:advance"); }));
        QCOMPARE(events.last().value("data").toObject().value("combat").toObject().value("round").toInt(), 2);
        response = m_http->put("/api/v1/encounters/" + id + "/turn", {{"action", "previous"}}, t);
        QCOMPARE(response.data().value("combat").toObject().value("round").toInt(), 1);
        QCOMPARE(
            m_http->put("/api/v1/encounters/" + id + "/turn", {{"round", 1}, {"turnIndex", 9}}, t).status,
            400);
        QCOMPARE(m_http->put("/api/v1/encounters/" + id + "/turn", {{"action", "sideways"}}, t).status, 400);
        QCOMPARE(
            m_http->put("/api/v1/encounters/" + id + "/turn", {{"round", 3}, {"turnIndex", 0}}, t).status,
            200);
        response = m_http->put("/api/v1/encounters/" + id, {{"notes", "They flee at half HP"}}, t);
        QCOMPARE(response.status, 200);
        QVERIFY(waitFor([&] { return events.last().value("type") == QStringLiteral("encounter:update"); }));
        QCOMPARE(m_http->post("/api/v1/encounters/" + id + "/end", {}, t).status, 200);
        QVERIFY(waitFor([&] { return events.last().value("type") == QStringLiteral("combat:end"); }));
        QCOMPARE(m_http->get("/api/v1/encounters/" + id, t).data().value("status").toString(),
                 QStringLiteral("completed"));
        QCOMPARE(m_http->post("/api/v1/encounters/" + id + "/end", {}, t).status, 409);
        // Writes poke the account's clients (sync builds on this).
        QVERIFY(std::any_of(events.begin(), events.end(),
                            [](const QJsonObject& e) { return e.value("type") == QStringLiteral("poke"); }));
        QCOMPARE(
            m_http->get("/api/v1/encounters", t).data().value("pagination").toObject().value("total").toInt(),
            1);
        QCOMPARE(m_http->del("/api/v1/encounters/" + id, t).status, 200);
        QCOMPARE(m_http->get("/api/v1/encounters/" + id, t).status, 404);
    }

    void webSocketNeedsAuthWithinDeadline()
    {
        QWebSocket silent;
        QSignalSpy closed(&silent, &QWebSocket::disconnected);
        silent.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(m_server->port())));
        QVERIFY(closed.wait(5000));
        QCOMPARE(int(silent.closeCode()), 4401);
        QWebSocket wrong;
        QSignalSpy wrongClosed(&wrong, &QWebSocket::disconnected);
        wrong.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(m_server->port())));
        QVERIFY(waitFor([&] { return wrong.state() == QAbstractSocket::ConnectedState; }));
        wrong.sendTextMessage(QStringLiteral("{\"type\":\"auth\",\"token\":\"forged\"}"));
        QVERIFY(wrongClosed.wait(5000));
        QCOMPARE(int(wrong.closeCode()), 4401);
        QCOMPARE(m_http->get("/api/v1/ws").status, 426);
    }

    void creaturesAndTemplates()
    {
        const Account account = registerAccount();
        const QString t = account.accessToken;
        HttpResponse response = m_http->get("/api/v1/creatures/templates", t);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("pagination").toObject().value("total").toInt(), 2);
        QCOMPARE(m_http->get("/api/v1/creatures/templates?search=ogr", t)
                     .items()
                     .first()
                     .toObject()
                     .value("name")
                     .toString(),
                 QStringLiteral("Ogre"));
        response = m_http->post("/api/v1/creatures",
                                {{"name", "Cave Troll"},
                                 {"size", "huge"},
                                 {"ac", 15},
                                 {"hp", 84},
                                 {"challengeRating", "5"},
                                 {"isTemplate", true}},
                                t);
        QCOMPARE(response.status, 201);
        const QString id = response.data().value("id").toString();
        QCOMPARE(response.data().value("isTemplate").toBool(), false);
        response = m_http->post(
            "/api/v1/creatures",
            {{"name", "Bad"}, {"size", "colossal"}, {"ac", 99}, {"challengeRating", "banana"}}, t);
        QCOMPARE(response.status, 400);
        const QJsonObject details = response.json().value("error").toObject().value("details").toObject();
        QVERIFY(details.contains("size") && details.contains("ac") && details.contains("challengeRating"));
        response = m_http->get("/api/v1/creatures", t);
        QCOMPARE(response.data().value("pagination").toObject().value("total").toInt(), 3);
        QCOMPARE(response.items().first().toObject().value("id").toString(), id);
        QCOMPARE(m_http->get("/api/v1/creatures?source=custom", t)
                     .data()
                     .value("pagination")
                     .toObject()
                     .value("total")
                     .toInt(),
                 1);
        QCOMPARE(m_http->get("/api/v1/creatures?source=weird", t).status, 400);
        QCOMPARE(m_http->get("/api/v1/creatures/srd-goblin", t).data().value("name").toString(),
                 QStringLiteral("Goblin"));
        QCOMPARE(m_http->put("/api/v1/creatures/srd-goblin", {{"hp", 1}}, t).status, 403);
        QCOMPARE(m_http->put("/api/v1/creatures/" + id, {{"hp", 90}}, t).data().value("hp").toInt(), 90);
        QCOMPARE(m_http->del("/api/v1/creatures/" + id, t).status, 200);
        QCOMPARE(m_http->get("/api/v1/creatures/" + id, t).status, 404);
    }

    // Everything the owner can read about their records, as the service answers it: each record
    // whole (a party with its characters, an encounter with its participants), the share codes,
    // and every row the sync pull hands out with its version and clocks.
    QJsonObject ownerView(const Account& owner, const QStringList& recordPaths)
    {
        QJsonObject view;
        for (const QString& path : recordPaths) {
            const HttpResponse response = m_http->get(path, owner.accessToken);
            view.insert(path, QJsonObject{{"status", response.status}, {"body", response.data()}});
        }
        view.insert("shares", m_http->get("/api/v1/shares", owner.accessToken).data());
        // Everything the owner's devices would pull; the service's clock reading is not the owner's data.
        QJsonObject pull = m_http->get("/api/v1/sync/pull?cookie=0", owner.accessToken).data();
        pull.remove("serverTime");
        view.insert("pull", pull);
        return view;
    }

    // Another account gets 404 for every route that names one of the owner's records, and none of
    // those requests changes a single field the owner can see.
    void tenantIsolation()
    {
        const Account owner = registerConfirmedAccount();
        const Account other = registerConfirmedAccount();
        setTier(owner, "seasoned");
        setTier(other, "seasoned");
        const QString party = m_http->post("/api/v1/parties", {{"name", "Mine"}}, owner.accessToken)
                                  .data()
                                  .value("id")
                                  .toString();
        const QString character =
            m_http->post("/api/v1/parties/" + party + "/characters", {{"name", "Hero"}}, owner.accessToken)
                .data()
                .value("id")
                .toString();
        const auto createEncounter = [&](const char* name) {
            return m_http
                ->post("/api/v1/encounters",
                       {{"name", name},
                        {"participants", QJsonArray{QJsonObject{{"name", "G"}}, QJsonObject{{"name", "H"}}}}},
                       owner.accessToken)
                .data()
                .value("id")
                .toString();
        };
        // One encounter still being planned (so a foreign start would change it) and one in combat
        // (so a foreign turn or end would).
        const QString encounter = createEncounter("Mine");
        const QString fight = createEncounter("Running");
        QCOMPARE(m_http->post("/api/v1/encounters/" + fight + "/start", {}, owner.accessToken).status, 200);
        const QString creature =
            m_http->post("/api/v1/creatures", {{"name", "Mine"}, {"hp", 5}}, owner.accessToken)
                .data()
                .value("id")
                .toString();
        const QString share = m_http->post("/api/v1/shares", {{"encounterId", encounter}}, owner.accessToken)
                                  .data()
                                  .value("code")
                                  .toString();
        QVERIFY(!party.isEmpty() && !character.isEmpty() && !encounter.isEmpty() && !fight.isEmpty() &&
                !creature.isEmpty() && !share.isEmpty());
        const QStringList recordPaths{"/api/v1/parties/" + party, "/api/v1/encounters/" + encounter,
                                      "/api/v1/encounters/" + fight, "/api/v1/creatures/" + creature};
        const QJsonObject before = ownerView(owner, recordPaths);
        for (const QString& path : recordPaths)
            QCOMPARE(before.value(path).toObject().value("status").toInt(), 200);
        QCOMPARE(before.value("shares").toObject().value("items").toArray().size(), 1);

        const QString t = other.accessToken;
        QList<QPair<QByteArray, QString>> attempts{
            {"GET", "/api/v1/parties/" + party},
            {"PUT", "/api/v1/parties/" + party},
            {"DELETE", "/api/v1/parties/" + party},
            {"POST", "/api/v1/parties/" + party + "/archive"},
            {"POST", "/api/v1/parties/" + party + "/characters"},
            {"PUT", "/api/v1/parties/" + party + "/characters/" + character},
            {"DELETE", "/api/v1/parties/" + party + "/characters/" + character},
            {"GET", "/api/v1/creatures/" + creature},
            {"PUT", "/api/v1/creatures/" + creature},
            {"DELETE", "/api/v1/creatures/" + creature},
            {"DELETE", "/api/v1/shares/" + share}};
        for (const QString& id : {encounter, fight}) {
            attempts.append({{"GET", "/api/v1/encounters/" + id},
                             {"PUT", "/api/v1/encounters/" + id},
                             {"DELETE", "/api/v1/encounters/" + id},
                             {"POST", "/api/v1/encounters/" + id + "/start"},
                             {"POST", "/api/v1/encounters/" + id + "/end"},
                             {"PUT", "/api/v1/encounters/" + id + "/turn"}});
        }
        for (const auto& [method, path] : attempts) {
            const HttpResponse response = m_http->send(
                method, path,
                "{\"name\":\"Stolen\",\"action\":\"next\",\"encounterId\":\"" + encounter.toUtf8() + "\"}",
                t);
            QVERIFY2(response.status == 404, qPrintable(QString::fromLatin1(method) + ' ' + path + " -> " +
                                                        QString::number(response.status)));
        }
        QCOMPARE(m_http->post("/api/v1/shares", {{"encounterId", encounter}}, t).status, 404);
        QCOMPARE(
            m_http->get("/api/v1/parties", t).data().value("pagination").toObject().value("total").toInt(),
            0);
        QCOMPARE(
            m_http->get("/api/v1/encounters", t).data().value("pagination").toObject().value("total").toInt(),
            0);
        QCOMPARE(m_http->get("/api/v1/creatures?source=custom", t)
                     .data()
                     .value("pagination")
                     .toObject()
                     .value("total")
                     .toInt(),
                 0);
        QCOMPARE(m_http->get("/api/v1/shares", t).items().size(), 0);
        // The owner's records are exactly as they were, field for field, version for version.
        const QJsonObject after = ownerView(owner, recordPaths);
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            const QByteArray was = QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact);
            const QByteArray is =
                QJsonDocument(after.value(it.key()).toObject()).toJson(QJsonDocument::Compact);
            QVERIFY2(is == was, qPrintable(it.key() + "\nbefore: " + was + "\nafter:  " + is));
        }
    }

    void tierLimitsAndUsage()
    {
        const Account account = registerConfirmedAccount();
        const QString t = account.accessToken;
        QCOMPARE(m_http->post("/api/v1/parties", {{"name", "One"}}, t).status, 201);
        HttpResponse response = m_http->post("/api/v1/parties", {{"name", "Two"}}, t);
        QCOMPARE(response.status, 403);
        QCOMPARE(response.errorCode(), QStringLiteral("LIMIT_EXCEEDED"));
        QCOMPARE(response.json().value("error").toObject().value("details").toObject().value("limit").toInt(),
                 1);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(m_http->post("/api/v1/encounters", {{"name", QStringLiteral("E%1").arg(i)}}, t).status,
                     201);
        QCOMPARE(m_http->post("/api/v1/encounters", {{"name", "E4"}}, t).errorCode(),
                 QStringLiteral("LIMIT_EXCEEDED"));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_http->post("/api/v1/creatures", {{"name", QStringLiteral("C%1").arg(i)}, {"hp", 3}}, t)
                         .status,
                     201);
        QCOMPARE(m_http->post("/api/v1/creatures", {{"name", "C11"}, {"hp", 3}}, t).errorCode(),
                 QStringLiteral("LIMIT_EXCEEDED"));
        response = m_http->get("/api/v1/users/me/usage", t);
        QCOMPARE(response.status, 200);
        const QJsonObject usage = response.data().value("usage").toObject();
        QCOMPARE(usage.value("parties").toObject().value("used").toInt(), 1);
        QCOMPARE(usage.value("parties").toObject().value("limit").toInt(), 1);
        QCOMPARE(usage.value("encounters").toObject().value("used").toInt(), 3);
        QCOMPARE(usage.value("creatures").toObject().value("used").toInt(), 10);
        const QString encounter =
            m_http->get("/api/v1/encounters", t).items().first().toObject().value("id").toString();
        response = m_http->post("/api/v1/shares", {{"encounterId", encounter}}, t);
        QCOMPARE(response.status, 403);
        QCOMPARE(response.errorCode(), QStringLiteral("TIER_REQUIRED"));
        // A bigger tier lifts the limits at once.
        setTier(account, "seasoned");
        QCOMPARE(m_http->post("/api/v1/parties", {{"name", "Two"}}, t).status, 201);
        QCOMPARE(m_http->get("/api/v1/users/me/usage", t)
                     .data()
                     .value("usage")
                     .toObject()
                     .value("parties")
                     .toObject()
                     .value("limit")
                     .toInt(),
                 3);
        response = m_http->post("/api/v1/shares", {{"encounterId", encounter}}, t);
        QCOMPARE(response.status, 201);
        // A player watches with the share code, without an account.
        QWebSocket watcher;
        QList<QJsonObject> events;
        connect(&watcher, &QWebSocket::textMessageReceived, this,
                [&](const QString& text) { events.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        watcher.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(m_server->port())));
        QVERIFY(waitFor([&] { return watcher.state() == QAbstractSocket::ConnectedState; }));
        watcher.sendTextMessage(
            QJsonDocument(
                QJsonObject{{"type", "watch"}, {"shareCode", response.data().value("code").toString()}})
                .toJson());
        QVERIFY(waitFor([&] { return events.size() >= 2; }));
        QCOMPARE(events.first().value("type").toString(), QStringLiteral("watch:ok"));
        QCOMPARE(events.last().value("type").toString(), QStringLiteral("encounter:update")); // the state now
        m_http->put(
            "/api/v1/encounters/" + encounter,
            {{"notes", "secret DM notes"},
             {"participants", QJsonArray{QJsonObject{{"name", "Orc"}, {"maxHp", 10}, {"currentHp", 4}},
                                         QJsonObject{{"name", "Assassin"}, {"hidden", true}}}}},
            t);
        QVERIFY(waitFor([&] { return events.size() >= 3; }));
        QCOMPARE(events.last().value("type").toString(), QStringLiteral("encounter:update"));
        const QJsonObject view = events.last().value("data").toObject();
        QVERIFY(!view.contains("notes"));
        QCOMPARE(view.value("combatants").toArray().size(), 1);
        QCOMPARE(view.value("combatants").toArray().first().toObject().value("health").toString(),
                 QStringLiteral("bloodied"));
        QVERIFY(!view.value("combatants").toArray().first().toObject().contains("currentHp"));
    }

    // The list cache: a write is visible in the very next list, whatever was cached before.
    void listsShowWritesAtOnce()
    {
        const Account account = registerAccount();
        setTier(account, "seasoned");
        const QString t = account.accessToken;
        const auto names = [&](const QString& path) {
            QStringList found;
            const HttpResponse response = m_http->get(path, t);
            for (const QJsonValue& item : response.items())
                found.append(item.toObject().value("name").toString());
            return found;
        };
        const auto total = [&](const QString& path) {
            return m_http->get(path, t).data().value("pagination").toObject().value("total").toInt();
        };
        QCOMPARE(names("/api/v1/encounters"), QStringList());
        QCOMPARE(names("/api/v1/encounters"), QStringList()); // served from the cache now
        HttpResponse created = m_http->post(
            "/api/v1/encounters",
            {{"name", "Bridge"}, {"participants", QJsonArray{QJsonObject{{"name", "Troll"}, {"maxHp", 84}}}}},
            t);
        QCOMPARE(created.status, 201);
        const QString bridge = created.data().value("id").toString();
        QCOMPARE(names("/api/v1/encounters"), QStringList{"Bridge"});
        QCOMPARE(names("/api/v1/encounters?search=brid"), QStringList{"Bridge"});
        QCOMPARE(m_http->put("/api/v1/encounters/" + bridge, {{"name", "Ford"}}, t).status, 200);
        QCOMPARE(names("/api/v1/encounters"), QStringList{"Ford"});
        QCOMPARE(names("/api/v1/encounters?search=brid"), QStringList());
        QCOMPARE(m_http->post("/api/v1/encounters/" + bridge + "/start", {}, t).status, 200);
        QCOMPARE(m_http->get("/api/v1/encounters", t).items().first().toObject().value("status").toString(),
                 QStringLiteral("active"));
        QCOMPARE(m_http->post("/api/v1/encounters", {{"name", "Cave"}}, t).status, 201);
        QCOMPARE(names("/api/v1/encounters"), (QStringList{"Ford", "Cave"}));
        QCOMPARE(names("/api/v1/encounters?page=2&limit=1"), QStringList{"Cave"});
        QCOMPARE(total("/api/v1/encounters?page=2&limit=1"), 2);
        QCOMPARE(total("/api/v1/encounters?page=5&limit=1"), 2); // past the end: still the whole total
        QCOMPARE(names("/api/v1/encounters?page=5&limit=1"), QStringList());
        QCOMPARE(m_http->del("/api/v1/encounters/" + bridge, t).status, 200);
        QCOMPARE(names("/api/v1/encounters"), QStringList{"Cave"});
        QCOMPARE(total("/api/v1/encounters?page=2&limit=1"), 1);
        QCOMPARE(m_http->get("/api/v1/encounters?limit=1000", t).status, 400); // errors are not cached
        QCOMPARE(m_http->get("/api/v1/encounters?limit=1000", t).status, 400);

        QCOMPARE(names("/api/v1/parties"), QStringList());
        created = m_http->post("/api/v1/parties", {{"name", "Heroes"}}, t);
        QCOMPARE(created.status, 201);
        const QString party = created.data().value("id").toString();
        QCOMPARE(names("/api/v1/parties"), QStringList{"Heroes"});
        QCOMPARE(m_http->post("/api/v1/parties/" + party + "/archive", {}, t).status, 200);
        QCOMPARE(m_http->get("/api/v1/parties", t).items().first().toObject().value("archived").toBool(),
                 true);
        QCOMPARE(m_http->put("/api/v1/parties/" + party, {{"name", "Villains"}}, t).status, 200);
        QCOMPARE(names("/api/v1/parties"), QStringList{"Villains"});
        QCOMPARE(m_http->del("/api/v1/parties/" + party, t).status, 200);
        QCOMPARE(names("/api/v1/parties"), QStringList());
    }

    // Another account's cached list is never served, even for the very same query string.
    void listCacheIsPerAccount()
    {
        const Account owner = registerAccount();
        const Account other = registerAccount();
        QCOMPARE(m_http->post("/api/v1/encounters", {{"name", "Secret"}}, owner.accessToken).status, 201);
        QCOMPARE(m_http->post("/api/v1/parties", {{"name", "Hidden"}}, owner.accessToken).status, 201);
        for (const QString& path : {QStringLiteral("/api/v1/encounters"), QStringLiteral("/api/v1/parties"),
                                    QStringLiteral("/api/v1/encounters?page=1&limit=20")}) {
            for (int round = 0; round < 2; ++round) {
                const HttpResponse mine = m_http->get(path, owner.accessToken);
                QCOMPARE(mine.status, 200);
                QCOMPARE(mine.data().value("pagination").toObject().value("total").toInt(), 1);
                const HttpResponse theirs = m_http->get(path, other.accessToken);
                QCOMPARE(theirs.status, 200);
                QCOMPARE(theirs.data().value("pagination").toObject().value("total").toInt(), 0);
                QVERIFY(!theirs.body.contains("Secret") && !theirs.body.contains("Hidden"));
            }
        }
        // The other account's own write does not show the owner's data either.
        QCOMPARE(m_http->post("/api/v1/encounters", {{"name", "Theirs"}}, other.accessToken).status, 201);
        const HttpResponse theirs = m_http->get("/api/v1/encounters", other.accessToken);
        QCOMPARE(theirs.items().size(), 1);
        QCOMPARE(theirs.items().first().toObject().value("name").toString(), QStringLiteral("Theirs"));
    }

    // Token, account and list caches are warm, yet a disabled, deleted or re-tiered account is
    // treated as it is now on the very next request.
    void cachedAccountsFollowChanges()
    {
        const Account admin = createAdmin();
        const Account user = registerAccount();
        const QString t = user.accessToken;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(m_http->get("/api/v1/encounters", t).status, 200);
            QCOMPARE(m_http->get("/api/v1/users/me", t).status, 200);
        }
        // Free tier: one party.
        QCOMPARE(m_http->post("/api/v1/parties", {{"name", "One"}}, t).status, 201);
        QCOMPARE(m_http->post("/api/v1/parties", {{"name", "Two"}}, t).errorCode(),
                 QStringLiteral("LIMIT_EXCEEDED"));
        // An upgrade through the admin API applies to the next limit check, with the same token.
        QCOMPARE(
            m_http->put("/api/v1/admin/users/" + user.id, {{"tier", "seasoned"}}, admin.accessToken).status,
            200);
        QCOMPARE(m_http->get("/api/v1/users/me", t).data().value("tier").toString(),
                 QStringLiteral("seasoned"));
        QCOMPARE(m_http->post("/api/v1/parties", {{"name", "Two"}}, t).status, 201);
        // And a downgrade too.
        QCOMPARE(m_http->put("/api/v1/admin/users/" + user.id, {{"tier", "free"}}, admin.accessToken).status,
                 200);
        QCOMPARE(m_http->post("/api/v1/parties", {{"name", "Three"}}, t).errorCode(),
                 QStringLiteral("LIMIT_EXCEEDED"));
        // The administration command writes from another process; the next request sees it too.
        setTier(user, "guild");
        QCOMPARE(m_http->post("/api/v1/parties", {{"name", "Three"}}, t).status, 201);
        QCOMPARE(m_http->get("/api/v1/users/me", t).data().value("tier").toString(), QStringLiteral("guild"));
        // Profile changes show at once.
        QCOMPARE(m_http->put("/api/v1/users/me", {{"username", "renamed" + user.id.left(8)}}, t).status, 200);
        QCOMPARE(m_http->get("/api/v1/users/me", t).data().value("username").toString(),
                 "renamed" + user.id.left(8));
        // Disabled: refused on the next request although token, account and list were cached.
        QCOMPARE(m_http->get("/api/v1/encounters", t).status, 200);
        QCOMPARE(
            m_http->put("/api/v1/admin/users/" + user.id, {{"disabled", true}}, admin.accessToken).status,
            200);
        QCOMPARE(m_http->get("/api/v1/encounters", t).status, 401);
        QCOMPARE(m_http->get("/api/v1/parties", t).status, 401);
        // Enabled again: disabling ended the sessions, so the account signs in anew (TestSessionRights).
        QCOMPARE(
            m_http->put("/api/v1/admin/users/" + user.id, {{"disabled", false}}, admin.accessToken).status,
            200);
        QCOMPARE(m_http->get("/api/v1/encounters", t).status, 401);
        const QString fresh =
            m_http->post("/api/v1/auth/login", {{"email", user.email}, {"password", kPassword}})
                .data()
                .value("accessToken")
                .toString();
        QCOMPARE(m_http->get("/api/v1/encounters", fresh).status, 200);
        // Deleted: refused, and its lists are gone with it.
        const HttpResponse removed = m_http->del("/api/v1/users/me", fresh, {{"password", kPassword}});
        QCOMPARE(removed.status, 200);
        QCOMPARE(m_http->get("/api/v1/encounters", fresh).status, 401);
        QCOMPARE(m_http->get("/api/v1/parties", fresh).status, 401);
    }

    // A remembered access token still expires at its exp claim.
    void rememberedTokenExpires()
    {
        const Account account = registerAccount();
        qint64 expiresAt = 0;
        const QString token = accessTokenExpiringIn(account, 2, &expiresAt);
        QCOMPARE(m_http->get("/api/v1/encounters", token).status, 200);
        QCOMPARE(m_http->get("/api/v1/encounters", token).status, 200);
        QVERIFY(waitFor([&] { return QDateTime::currentSecsSinceEpoch() > expiresAt; }, 5000));
        const HttpResponse expired = m_http->get("/api/v1/encounters", token);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.json().value("error").toObject().value("message").toString().contains("expired"));
    }

    // Many distinct query strings fill the list cache only up to its budget.
    void listCacheIsBounded()
    {
        ServerProcess server({"--scrypt-log-n", "10", "--rate-limit-user", "100000", "--rate-limit-anonymous",
                              "100000", "--rate-limit-auth-ip", "100000", "--list-cache-kib", "16"});
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        const HttpResponse registered =
            http.post("/api/v1/auth/register",
                      {{"email", "bounded@example.com"}, {"username", "bounded"}, {"password", kPassword}});
        QCOMPARE(registered.status, 201);
        const QString t = registered.data().value("accessToken").toString();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                http.post("/api/v1/encounters", {{"name", QStringLiteral("Encounter %1").arg(i)}}, t).status,
                201);
        const auto gauge = [&](const QByteArray& name) {
            const QByteArray text = http.get("/metrics").body;
            for (const QByteArray& line : text.split('\n')) {
                if (line.startsWith(name + ' '))
                    return line.mid(name.size() + 1).toLongLong();
            }
            return qint64(-1);
        };
        QCOMPARE(gauge("dnd_list_cache_limit_bytes"), 16 * 1024);
        const int queries = 300;
        for (int i = 0; i < queries; ++i) {
            const HttpResponse response =
                http.get(QStringLiteral("/api/v1/encounters?search=enc&page=1&limit=%1").arg(1 + i % 100) +
                             QStringLiteral("&n=%1").arg(i),
                         t);
            QCOMPARE(response.status, 200);
            QCOMPARE(response.data().value("pagination").toObject().value("total").toInt(), 3);
        }
        const qint64 bytes = gauge("dnd_list_cache_bytes");
        const qint64 entries = gauge("dnd_list_cache_entries");
        QVERIFY2(bytes > 0 && bytes <= 16 * 1024, QByteArray::number(bytes).constData());
        QVERIFY2(entries > 0 && entries < queries, QByteArray::number(entries).constData());
        // Still correct after evictions.
        const QString first =
            http.get("/api/v1/encounters", t).items().first().toObject().value("id").toString();
        QCOMPARE(http.del("/api/v1/encounters/" + first, t).status, 200);
        QCOMPARE(http.get("/api/v1/encounters?search=enc&page=1&limit=1&n=0", t)
                     .data()
                     .value("pagination")
                     .toObject()
                     .value("total")
                     .toInt(),
                 2);
        // Turned off, the lists still answer.
        ServerProcess uncached({"--scrypt-log-n", "10", "--list-cache-kib", "0"});
        QVERIFY(uncached.start());
        HttpClient plain(uncached.baseUrl());
        const QString u =
            plain
                .post("/api/v1/auth/register",
                      {{"email", "plain@example.com"}, {"username", "plain"}, {"password", kPassword}})
                .data()
                .value("accessToken")
                .toString();
        QCOMPARE(plain.post("/api/v1/parties", {{"name", "P"}}, u).status, 201);
        QCOMPARE(plain.get("/api/v1/parties", u).items().size(), 1);
        QCOMPARE(plain.get("/api/v1/parties", u).items().size(), 1);
        QVERIFY(plain.get("/metrics").body.contains("\ndnd_list_cache_entries 0\n"));
    }

    // Features developed side by side number their steps apart: a database that has a later step
    // but not an earlier one (11 after 13) still gets the earlier one at the next start.
    void migrationNumberedBelowAnAppliedOneIsApplied()
    {
        if (!m_server->databaseUrl().startsWith(QLatin1String("sqlite:")))
            QSKIP("edits the service's SQLite file");
        ServerProcess service({"--scrypt-log-n", "10"});
        QVERIFY(service.start());
        service.stop();
        const QString path = service.databaseUrl().mid(int(qstrlen("sqlite://")));
        const auto edit = [&](const QString& sql) {
            QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            file.setDatabaseName(path);
            bool done = file.open();
            QSqlQuery query(file);
            done = done && query.exec(sql) && (!query.isSelect() || query.next());
            query.finish();
            file.close();
            file = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("edit"));
            return done;
        };
        QVERIFY(edit(QStringLiteral("DROP TABLE rate_windows")));
        QVERIFY(edit(QStringLiteral("DELETE FROM schema_migrations WHERE version = 11")));
        QVERIFY(service.start());
        service.stop();
        QVERIFY(edit(QStringLiteral("SELECT version FROM schema_migrations WHERE version = 11")));
        QVERIFY(edit(QStringLiteral("SELECT COUNT(*) FROM rate_windows")));
    }

    // An SQLite file is served by one service process: a second one is refused with a clear
    // message (on PostgreSQL several serve one database, see TestMultiInstance).
    void secondServiceProcessIsRefused()
    {
        ServerProcess first({"--scrypt-log-n", "10"});
        QVERIFY(first.start());
        ServerProcess second({"--scrypt-log-n", "10", "--database", first.databaseUrl()});
        if (first.databaseUrl().startsWith("postgresql:")) {
            QVERIFY(second.start());
            return;
        }
        QVERIFY(!second.start());
        QVERIFY2(second.output().contains("already serves this database"), second.output().constData());
        QVERIFY(first.isRunning());
        QCOMPARE(HttpClient(first.baseUrl()).get("/healthz").status, 200);
        // Administration commands still run beside the service.
        QByteArray out;
        QCOMPARE(first.runCommand({"migrate"}, {}, &out), 0);
        first.stop();
        QVERIFY(second.start());
    }

    void checkoutAgainstStripeStandIn()
    {
        const Account account = registerConfirmedAccount();
        m_stripe.requests.clear();
        HttpResponse response =
            m_http->post("/api/v1/subscriptions/checkout", {{"tier", "expert"}}, account.accessToken);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("url").toString(),
                 QStringLiteral("https://checkout.stripe.test/c/pay/cs_test_1"));
        QCOMPARE(m_stripe.requests.size(), 2);
        const StripeStandIn::Request& customer = m_stripe.requests.at(0);
        QCOMPARE(customer.path, QByteArray("/v1/customers"));
        const StripeStandIn::Request& session = m_stripe.requests.at(1);
        QCOMPARE(session.method, QByteArray("POST"));
        QCOMPARE(session.path, QByteArray("/v1/checkout/sessions"));
        QCOMPARE(session.headers.value("authorization"), QByteArray("Bearer sk_test_suite"));
        QCOMPARE(session.headers.value("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!session.headers.value("idempotency-key").isEmpty());
        const QList<QPair<QString, QString>> expected{
            {"mode", "subscription"},
            {"line_items[0][price]", "price_expert_monthly"},
            {"line_items[0][quantity]", "1"},
            {"success_url", "https://tracker.example.test/billing/success?session_id={CHECKOUT_SESSION_ID}"},
            {"cancel_url", "https://tracker.example.test/billing/cancel"},
            {"customer", "cus_" + account.id.left(8)},
            {"client_reference_id", account.id},
            {"metadata[user_id]", account.id},
            {"metadata[tier]", "expert"},
            {"subscription_data[metadata][tier]", "expert"}};
        QCOMPARE(session.form(), expected);
        // The customer is created once and reused.
        QCOMPARE(
            m_http->post("/api/v1/subscriptions/checkout", {{"tier", "guild"}}, account.accessToken).status,
            200);
        QCOMPARE(m_stripe.requests.size(), 3);
        QCOMPARE(m_stripe.requests.last().path, QByteArray("/v1/checkout/sessions"));
        response = m_http->post("/api/v1/subscriptions/portal", {}, account.accessToken);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("url").toString(),
                 QStringLiteral("https://billing.stripe.test/p/session/1"));
        const QList<QPair<QString, QString>> portalForm{
            {"customer", "cus_" + account.id.left(8)},
            {"return_url", "https://tracker.example.test/billing/portal-return"}};
        QCOMPARE(m_stripe.requests.last().form(), portalForm);
        QCOMPARE(
            m_http->post("/api/v1/subscriptions/checkout", {{"tier", "free"}}, account.accessToken).status,
            400);
        QCOMPARE(
            m_http->post("/api/v1/subscriptions/checkout", {{"tier", "mythic"}}, account.accessToken).status,
            400);
        QCOMPARE(m_http->post("/api/v1/subscriptions/checkout", {{"tier", "expert"}}).status, 401);
        m_stripe.failWithStatus = 400;
        response = m_http->post("/api/v1/subscriptions/checkout", {{"tier", "expert"}}, account.accessToken);
        m_stripe.failWithStatus = 0;
        QCOMPARE(response.status, 502);
        QVERIFY(
            response.json().value("error").toObject().value("message").toString().contains("No such price"));
    }

    void webhooksSignedByStripePackage()
    {
        const Account account = registerConfirmedAccount();
        // Checkout gives the account its Stripe customer id.
        QCOMPARE(m_http->post("/api/v1/subscriptions/checkout", {{"tier", "seasoned"}}, account.accessToken)
                     .status,
                 200);
        auto deliver = [&](const QJsonObject& event, const QString& offset = "0", bool tamper = false) {
            QTemporaryFile file;
            file.open();
            const QByteArray payload = QJsonDocument(event).toJson(QJsonDocument::Compact);
            file.write(payload);
            file.flush();
            int code = -1;
            const QByteArray header =
                runNode("sign-webhook.mjs", {ServerProcess::kWebhookSecret, file.fileName(), offset}, &code);
            QByteArray body = payload;
            if (tamper)
                body.replace("seasoned", "guild");
            return m_http->send("POST", "/api/v1/webhooks/stripe", body, {}, {{"Stripe-Signature", header}});
        };
        const QString eventId = QStringLiteral("evt_") + account.id.left(8);
        const QString customer = QStringLiteral("cus_") + account.id.left(8);
        const QJsonObject completed{
            {"id", eventId + "_1"},
            {"type", "checkout.session.completed"},
            {"data", QJsonObject{{"object", QJsonObject{{"id", "cs_test_1"},
                                                        {"client_reference_id", account.id},
                                                        {"customer", customer},
                                                        {"subscription", "sub_1"},
                                                        {"amount_total", 499},
                                                        {"currency", "usd"},
                                                        {"payment_status", "paid"},
                                                        {"metadata", QJsonObject{{"user_id", account.id},
                                                                                 {"tier", "seasoned"}}}}}}}};
        QCOMPARE(deliver(completed, "0", true).status, 400); // tampered body
        QCOMPARE(deliver(completed, "-400").status, 400);    // too old
        QCOMPARE(deliver(completed, "4000").status, 400);    // far future
        QCOMPARE(
            m_http->send("POST", "/api/v1/webhooks/stripe", QJsonDocument(completed).toJson(), {}, {}).status,
            400);
        QCOMPARE(
            m_http->get("/api/v1/users/me/subscription", account.accessToken).data().value("tier").toString(),
            QStringLiteral("free"));
        HttpResponse response = deliver(completed);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("duplicate").toBool(), false);
        QCOMPARE(
            m_http->get("/api/v1/users/me/subscription", account.accessToken).data().value("tier").toString(),
            QStringLiteral("seasoned"));

        const qint64 periodEnd = QDateTime::currentSecsSinceEpoch() + 30 * 86400;
        const QJsonObject updated{
            {"id", eventId + "_2"},
            {"type", "customer.subscription.updated"},
            {"data",
             QJsonObject{{"object",
                          QJsonObject{{"id", "sub_1"},
                                      {"customer", customer},
                                      {"status", "active"},
                                      {"cancel_at_period_end", true},
                                      {"items",
                                       QJsonObject{{"data", QJsonArray{QJsonObject{
                                                                {"price",
                                                                 QJsonObject{{"id", "price_expert_monthly"}}},
                                                                {"current_period_end", periodEnd}}}}}}}}}}};
        QCOMPARE(deliver(updated).status, 200);
        response = m_http->get("/api/v1/users/me/subscription", account.accessToken);
        QCOMPARE(response.data().value("tier").toString(), QStringLiteral("expert"));
        QCOMPARE(response.data().value("cancelAtPeriodEnd").toBool(), true);
        QCOMPARE(QDateTime::fromString(response.data().value("currentPeriodEnd").toString(), Qt::ISODate)
                     .toSecsSinceEpoch(),
                 periodEnd);
        // An admin moves the user; a redelivered old event must not move them back.
        const Account admin = createAdmin();
        QCOMPARE(
            m_http->put("/api/v1/admin/users/" + account.id, {{"tier", "master"}}, admin.accessToken).status,
            200);
        response = deliver(updated);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("duplicate").toBool(), true);
        QCOMPARE(
            m_http->get("/api/v1/users/me/subscription", account.accessToken).data().value("tier").toString(),
            QStringLiteral("master"));

        const QJsonObject failed{
            {"id", eventId + "_3"},
            {"type", "invoice.payment_failed"},
            {"data",
             QJsonObject{{"object",
                          QJsonObject{{"id", "in_1"},
                                      {"customer", customer},
                                      {"amount_due", 999},
                                      {"currency", "usd"},
                                      {"parent", QJsonObject{{"subscription_details",
                                                              QJsonObject{{"subscription", "sub_1"}}}}}}}}}};
        // A failed invoice is recorded; the status changes with the subscription's own event.
        QCOMPARE(deliver(failed).status, 200);
        QCOMPARE(m_http->get("/api/v1/users/me/subscription", account.accessToken)
                     .data()
                     .value("status")
                     .toString(),
                 QStringLiteral("active"));
        const QJsonObject deleted{{"id", eventId + "_4"},
                                  {"type", "customer.subscription.deleted"},
                                  {"data", QJsonObject{{"object", QJsonObject{{"id", "sub_1"},
                                                                              {"customer", customer},
                                                                              {"status", "canceled"}}}}}};
        QCOMPARE(deliver(deleted).status, 200);
        response = m_http->get("/api/v1/users/me/subscription", account.accessToken);
        QCOMPARE(response.data().value("tier").toString(), QStringLiteral("free"));
        QCOMPARE(response.data().value("status").toString(), QStringLiteral("canceled"));
        QCOMPARE(deliver(QJsonObject{{"id", eventId + "_5"},
                                     {"type", "customer.created"},
                                     {"data", QJsonObject{{"object", QJsonObject{}}}}})
                     .status,
                 200);
        QCOMPARE(deliver(QJsonObject{{"type", "no.id"}}).status, 400);
    }

    void adminAuthorisationAndActions()
    {
        const Account user = registerAccount();
        for (const char* path : {"/api/v1/admin/users", "/api/v1/admin/stats", "/api/v1/admin/logs"}) {
            QCOMPARE(m_http->get(path, user.accessToken).status, 403);
            QCOMPARE(m_http->get(path, user.accessToken).errorCode(), QStringLiteral("FORBIDDEN"));
            QCOMPARE(m_http->get(path).status, 401);
        }
        QCOMPARE(m_http->put("/api/v1/admin/users/" + user.id, {{"tier", "guild"}}, user.accessToken).status,
                 403);
        const Account admin = createAdmin();
        QVERIFY(!admin.accessToken.isEmpty());
        HttpResponse response = m_http->get(
            "/api/v1/admin/users?search=" + user.email.left(user.email.indexOf('@')), admin.accessToken);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.items().size(), 1);
        QCOMPARE(response.items().first().toObject().value("id").toString(), user.id);
        QCOMPARE(
            m_http->put("/api/v1/admin/users/" + user.id, {{"tier", "platinum"}}, admin.accessToken).status,
            400);
        QCOMPARE(
            m_http->put("/api/v1/admin/users/" + user.id, {{"disabled", "yes"}}, admin.accessToken).status,
            400);
        QCOMPARE(m_http->put("/api/v1/admin/users/nobody", {{"tier", "guild"}}, admin.accessToken).status,
                 404);
        QCOMPARE(m_http->put("/api/v1/admin/users/" + admin.id, {{"role", "user"}}, admin.accessToken).status,
                 400);
        response = m_http->put("/api/v1/admin/users/" + user.id, {{"tier", "guild"}, {"role", "user"}},
                               admin.accessToken);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.data().value("tier").toString(), QStringLiteral("guild"));
        QCOMPARE(
            m_http->put("/api/v1/admin/users/" + user.id, {{"disabled", true}}, admin.accessToken).status,
            200);
        QCOMPARE(m_http->get("/api/v1/users/me", user.accessToken).status,
                 401); // disabled takes effect at once
        QCOMPARE(m_http->post("/api/v1/auth/login", {{"email", user.email}, {"password", kPassword}}).status,
                 403);
        QCOMPARE(m_http->post("/api/v1/auth/refresh", {{"refreshToken", user.refreshToken}}).status, 401);
        response = m_http->send("GET", "/api/v1/admin/logs", {}, admin.accessToken);
        QCOMPARE(response.status, 200);
        const QJsonObject entry = response.items().first().toObject();
        QCOMPARE(entry.value("adminUserId").toString(), admin.id);
        QCOMPARE(entry.value("targetUserId").toString(), user.id);
        QCOMPARE(entry.value("action").toString(), QStringLiteral("user.update"));
        QCOMPARE(entry.value("details").toObject().value("disabled").toBool(), true);
        QCOMPARE(entry.value("ipAddress").toString(), QStringLiteral("127.0.0.1"));
        response = m_http->get("/api/v1/admin/stats", admin.accessToken);
        QCOMPARE(response.status, 200);
        QVERIFY(response.data().value("users").toInt() >= 2);
        QVERIFY(response.data().value("usersPerTier").toObject().value("guild").toInt() >= 1);
        QVERIFY(response.data().value("requestsTotal").toInt() > 10);
        QVERIFY(response.data().contains("webSocketConnections"));
    }

    void requestLimits()
    {
        const quint16 port = m_server->port();
        // Body over 1 MiB: 413 before the body is read.
        QByteArray answer = rawExchange(port, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                              "application/json\r\nContent-Length: 2097152\r\n\r\n{");
        QCOMPARE(rawStatus(answer), 413);
        QVERIFY(answer.contains("PAYLOAD_TOO_LARGE"));
        const HttpResponse big = m_http->send("POST", "/api/v1/auth/login", QByteArray(1100 * 1024, 'x'));
        QVERIFY(big.status == 413 ||
                big.status == 0); // the server may close before the client finishes sending
        answer = rawExchange(port, "GET /" + QByteArray(10000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(rawStatus(answer), 414);
        answer = rawExchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20000, 'b') +
                                       "\r\n\r\n");
        QCOMPARE(rawStatus(answer), 431);
        answer = rawExchange(port, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                                   "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QCOMPARE(rawStatus(answer), 411);
        answer =
            rawExchange(port, "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n");
        QCOMPARE(rawStatus(answer), 400);
        // A half-sent request is cut off with 408 (request timeout is 1 s in this suite).
        answer = rawExchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n", 4000);
        QCOMPARE(rawStatus(answer), 408);
        // Connection: close and HTTP/1.0 close after the answer.
        answer = rawExchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 4000);
        QCOMPARE(rawStatus(answer), 200);
        answer = rawExchange(port, "GET /healthz HTTP/1.0\r\n\r\n", 4000);
        QCOMPARE(rawStatus(answer), 200);
        // Expect: 100-continue is answered.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /api/v1/auth/forgot-password HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     "application/json\r\nExpect: 100-continue\r\nContent-Length: 27\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(3000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 100 Continue"));
        socket.write("{\"email\":\"c@example.com\"}  ");
        QVERIFY(socket.waitForReadyRead(3000));
        QCOMPARE(rawStatus(socket.readAll()), 200);
        // Keep-alive: two requests on one connection.
        answer = rawExchange(port,
                             "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: "
                             "x\r\nConnection: close\r\n\r\n",
                             4000);
        QCOMPARE(answer.count("HTTP/1.1 200"), 2);
        QCOMPARE(m_http->get("/healthz").status, 200);
    }

    void mailThroughSmtp()
    {
        // A minimal SMTP peer: records the envelope and the message of one delivery.
        QTcpServer smtp;
        QVERIFY(smtp.listen(QHostAddress::LocalHost, 0));
        QByteArray transcript;
        bool delivered = false;
        connect(&smtp, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* client = smtp.nextPendingConnection();
            auto inData = std::make_shared<bool>(false);
            client->write("220 test ESMTP\r\n");
            connect(client, &QTcpSocket::readyRead, client, [&, client, inData] {
                while (client->canReadLine()) {
                    const QByteArray line = client->readLine();
                    transcript += line;
                    if (*inData) {
                        if (line == ".\r\n") {
                            *inData = false;
                            delivered = true;
                            client->write("250 queued\r\n");
                        }
                        continue;
                    }
                    if (line.startsWith("EHLO"))
                        client->write("250-test\r\n250 AUTH PLAIN\r\n");
                    else if (line.startsWith("AUTH PLAIN"))
                        client->write("235 ok\r\n");
                    else if (line.startsWith("DATA")) {
                        *inData = true;
                        client->write("354 go on\r\n");
                    } else if (line.startsWith("QUIT")) {
                        client->write("221 bye\r\n");
                        client->disconnectFromHost();
                    } else
                        client->write("250 ok\r\n");
                }
            });
        });
        ServerProcess server(
            {"--scrypt-log-n", "10", "--smtp-url",
             QStringLiteral("smtp://mailer:pw@127.0.0.1:%1?tls=none").arg(smtp.serverPort())});
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        QCOMPARE(http.post("/api/v1/auth/register",
                           {{"email", "smtp@example.com"}, {"username", "smtpuser"}, {"password", kPassword}})
                     .status,
                 201);
        QVERIFY(waitFor([&] { return delivered; }, 10000));
        QVERIFY(transcript.contains("AUTH PLAIN " + QByteArray("\0mailer\0pw", 10).toBase64()));
        QVERIFY(transcript.contains("RCPT TO:<smtp@example.com>"));
        QVERIFY(transcript.contains("Subject: Confirm your email address"));
        QVERIFY(transcript.contains("verify-email?token="));
        QCOMPARE(mailCount(server.mailDir()), 0); // SMTP configured: no .eml files
    }

    void idleConnectionsAreClosed()
    {
        ServerProcess server({"--scrypt-log-n", "10", "--idle-timeout-ms", "300"});
        QVERIFY(server.start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(3000));
        QVERIFY(socket.waitForDisconnected(5000));
    }

    void connectionCap()
    {
        ServerProcess server({"--scrypt-log-n", "10", "--max-connections", "3"});
        QVERIFY(server.start());
        QTest::qWait(100); // the readiness probe's connection has closed
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(held.back()->waitForConnected(3000));
        }
        // An ordinary request: /healthz itself has connections kept for it beyond the cap.
        const QByteArray plans = "GET /api/v1/subscriptions/plans HTTP/1.1\r\nHost: x\r\n\r\n";
        QCOMPARE(rawStatusOnceLimited(server.port(), plans, 503), 503);
        held.clear();
        QCOMPARE(rawStatusOnceLimited(server.port(), plans, 200), 200);
    }

    void rateLimits()
    {
        ServerProcess server({"--scrypt-log-n", "10", "--rate-limit-anonymous", "5", "--rate-limit-auth-ip",
                              "3", "--rate-limit-user", "6", "--rate-limit-auth-email", "100"});
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(http.get("/api/v1/subscriptions/plans").status, 200);
        HttpResponse limited = http.get("/api/v1/subscriptions/plans");
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("RATE_LIMITED"));
        const int retryAfter = limited.headers.value("retry-after").toInt();
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        QCOMPARE(http.get("/healthz").status, 200); // operations endpoints are not limited
        const HttpResponse registered =
            http.post("/api/v1/auth/register",
                      {{"email", "rl@example.com"}, {"username", "ratelimited"}, {"password", kPassword}});
        QCOMPARE(registered.status, 201);
        const QString token = registered.data().value("accessToken").toString();
        QCOMPARE(
            http.post("/api/v1/auth/login", {{"email", "rl@example.com"}, {"password", "Wrong-password-1"}})
                .status,
            401);
        QCOMPARE(
            http.post("/api/v1/auth/login", {{"email", "rl@example.com"}, {"password", "Wrong-password-1"}})
                .status,
            401);
        QCOMPARE(
            http.post("/api/v1/auth/login", {{"email", "rl@example.com"}, {"password", kPassword}}).status,
            429);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(http.get("/api/v1/users/me", token).status, 200);
        limited = http.get("/api/v1/users/me", token);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.contains("retry-after"));
    }

    void clientDisconnectDuringSlowLogin()
    {
        // Full-cost scrypt (N=2^17): the hash outlives the clients that asked for it.
        ServerProcess server({"--rate-limit-auth-ip", "1000", "--rate-limit-auth-email", "1000"});
        QVERIFY(server.start());
        QByteArray out;
        QCOMPARE(
            server.runCommand({"admin", "create-admin", "--email", "slow@example.com", "--password-stdin"},
                              QByteArray(kPassword) + "\n", &out),
            0);
        const QByteArray body =
            QJsonDocument(QJsonObject{{"email", "slow@example.com"}, {"password", kPassword}})
                .toJson(QJsonDocument::Compact);
        const QByteArray request = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                   "application/json\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        for (int i = 0; i < 4; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, server.port());
            QVERIFY(socket.waitForConnected(3000));
            socket.write(request);
            QVERIFY(socket.waitForBytesWritten(3000));
            QTest::qWait(20);
            socket.abort(); // gone before the answer
        }
        // Other clients are served while the hashes run, and the process survives the replies to nobody.
        HttpClient http(server.baseUrl());
        QCOMPARE(http.get("/healthz").status, 200);
        QTest::qWait(2500);
        QVERIFY(server.isRunning());
        QCOMPARE(http.get("/healthz").status, 200);
        const HttpResponse login =
            http.post("/api/v1/auth/login", {{"email", "slow@example.com"}, {"password", kPassword}});
        QCOMPARE(login.status, 200);
        QVERIFY(server.isRunning());
    }

    void gracefulShutdownFinishesInFlightRequests()
    {
        ServerProcess server({"--rate-limit-auth-ip", "1000"});
        QVERIFY(server.start());
        const QByteArray body =
            QJsonDocument(QJsonObject{{"email", "nobody@example.com"}, {"password", kPassword}})
                .toJson(QJsonDocument::Compact);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     "application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(socket.waitForBytesWritten(3000));
        QTest::qWait(50); // the hash is running now
        // SIGTERM arrives mid-hash; the answer still comes, then the process exits cleanly.
        const int exitCode = server.terminate();
        QByteArray answer;
        while (socket.waitForReadyRead(1000))
            answer += socket.readAll();
        answer += socket.readAll();
        QCOMPARE(rawStatus(answer), 401);
        QVERIFY2(exitCode == 0, qPrintable(QStringLiteral("exit code %1; the service's errors:\n%2")
                                               .arg(exitCode)
                                               .arg(QString::fromUtf8(server.errors()))));
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "TestServerApi.moc"
