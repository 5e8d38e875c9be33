// Sessions end when the rights behind them end, against the real service: a WebSocket signed in with
// an access token is closed when the token expires, when the password is reset, when an
// administrator disables the account and when the account is deleted; the access tokens issued
// before those events are refused over REST too. `admin create-admin` promotes only an account
// whose email is confirmed, and ends every session it had.
#include "ObservedWebSocket.h"
#include "ServerHarness.h"
#include "ShortLivedToken.h"

#include <QTest>

using namespace dnd::test;

namespace {
// The service's close codes (docs/SERVER.md): authenticate again / the session has ended.
constexpr int kCloseTokenExpired = 4401;
constexpr int kCloseSessionEnded = 4403;
} // namespace

class TestSessionRights final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Sessions changed by another process (the admin command) are noticed within this time.
        m_server = std::make_unique<ServerProcess>(
            fastServiceArguments(), QHash<QString, QString>{{"DND_WS_SESSION_CHECK_MS", "200"}});
        QVERIFY2(m_server->start(), m_server->errors().constData());
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    }

    void cleanupTestCase() { m_server.reset(); }

    void socketClosesWhenItsTokenExpires()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        const QString shortLived = accessTokenExpiringIn(account, 2);
        ObservedWebSocket expiring(m_server->port());
        ObservedWebSocket renewed(m_server->port());
        QVERIFY(expiring.waitConnected() && renewed.waitConnected());
        QVERIFY(expiring.authenticate(shortLived));
        QVERIFY(renewed.authenticate(shortLived));
        // A client may renew its socket's session with a fresh token before the old one runs out.
        QVERIFY(renewed.authenticate(account.accessToken));
        QVERIFY(expiring.waitClosed(6000));
        QCOMPARE(expiring.closeCode, kCloseTokenExpired);
        QVERIFY(!renewed.closed);
        renewed.socket.sendTextMessage(QStringLiteral("{\"type\":\"ping\"}"));
        QVERIFY(QTest::qWaitFor([&] { return renewed.received.last().contains(QStringLiteral("pong")); }));
        // A renewal is for the same account only.
        const TestAccount other = registerTestAccount(*m_server, *m_http);
        QVERIFY(!renewed.authenticate(other.accessToken));
        QVERIFY(renewed.waitClosed());
        QCOMPARE(renewed.closeCode, kCloseSessionEnded);
    }

    void passwordResetEndsSessions()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        ObservedWebSocket socket(m_server->port());
        QVERIFY(socket.waitConnected() && socket.authenticate(account.accessToken));
        const int mails = mailCount(m_server->mailDir());
        QCOMPARE(m_http->post("/api/v1/auth/forgot-password", {{"email", account.email}}).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return mailCount(m_server->mailDir()) == mails + 1; }));
        const QString resetToken = tokenFromMail(newestMail(m_server->mailDir()));
        QCOMPARE(m_http
                     ->post("/api/v1/auth/reset-password",
                            {{"token", resetToken}, {"password", "Brand-new-secret-7"}})
                     .status,
                 200);
        QVERIFY(socket.waitClosed());
        QCOMPARE(socket.closeCode, kCloseSessionEnded);
        expectSessionEnded(account);
    }

    void disablingAnAccountEndsSessions()
    {
        const TestAccount admin = createAdmin();
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        ObservedWebSocket socket(m_server->port());
        QVERIFY(socket.waitConnected() && socket.authenticate(account.accessToken));
        const QString path = QStringLiteral("/api/v1/admin/users/") + account.id;
        QCOMPARE(m_http->put(path, {{"disabled", true}}, admin.accessToken).status, 200);
        QVERIFY(socket.waitClosed());
        QCOMPARE(socket.closeCode, kCloseSessionEnded);
        // Enabled again, the account signs in anew: what it held before stays ended.
        QCOMPARE(m_http->put(path, {{"disabled", false}}, admin.accessToken).status, 200);
        expectSessionEnded(account);
        QCOMPARE(m_http->post("/api/v1/auth/login", {{"email", account.email}, {"password", kTestPassword}})
                     .status,
                 200);
    }

    void deletingAnAccountEndsSessions()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        ObservedWebSocket socket(m_server->port());
        QVERIFY(socket.waitConnected() && socket.authenticate(account.accessToken));
        QCOMPARE(m_http->del("/api/v1/users/me", account.accessToken, {{"password", kTestPassword}}).status,
                 200);
        QVERIFY(socket.waitClosed());
        QCOMPARE(socket.closeCode, kCloseSessionEnded);
    }

    // Someone registers the address the operator is about to promote, before the operator does.
    void createAdminRefusesAnUnconfirmedAccount()
    {
        const TestAccount squatter = registerTestAccount(*m_server, *m_http);
        QByteArray out;
        QVERIFY(promote(squatter.email, &out) != 0);
        QVERIFY2(out.contains("confirm"), out.constData());
        const HttpResponse profile = m_http->get("/api/v1/users/me", squatter.accessToken);
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.data().value("role").toString(), QStringLiteral("user"));
        QCOMPARE(m_http->get("/api/v1/admin/stats", squatter.accessToken).status, 403);
    }

    void createAdminEndsTheAccountsSessions()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        const QString verifyToken = tokenFromMail(newestMailTo(account.email));
        QVERIFY(!verifyToken.isEmpty());
        QCOMPARE(m_http->get("/api/v1/auth/verify-email?token=" + verifyToken).status, 200);
        ObservedWebSocket socket(m_server->port());
        QVERIFY(socket.waitConnected() && socket.authenticate(account.accessToken));
        QByteArray out;
        QCOMPARE(promote(account.email, &out), 0);
        // Another process wrote the promotion: the service notices it at its next session check.
        QVERIFY(socket.waitClosed());
        QCOMPARE(socket.closeCode, kCloseSessionEnded);
        expectSessionEnded(account);
        const HttpResponse login =
            m_http->post("/api/v1/auth/login", {{"email", account.email}, {"password", kTestPassword}});
        QCOMPARE(login.status, 200);
        QCOMPARE(m_http->get("/api/v1/admin/stats", login.data().value("accessToken").toString()).status,
                 200);
    }

private:
    int promote(const QString& email, QByteArray* out)
    {
        return m_server->runCommand(
            {"admin", "create-admin", "--email", email, "--password-stdin", "--scrypt-log-n", "10"},
            QByteArray(kTestPassword) + "\n", out);
    }

    TestAccount createAdmin()
    {
        return createTestAdmin(*m_server, *m_http, QStringLiteral("admin%1@example.com").arg(++m_admins));
    }

    // The access and refresh tokens from before are refused.
    void expectSessionEnded(const TestAccount& account)
    {
        QCOMPARE(m_http->get("/api/v1/users/me", account.accessToken).status, 401);
        QCOMPARE(m_http->post("/api/v1/auth/refresh", {{"refreshToken", account.refreshToken}}).status, 401);
        ObservedWebSocket again(m_server->port());
        QVERIFY(again.waitConnected());
        QVERIFY(!again.authenticate(account.accessToken));
    }

    QByteArray newestMailTo(const QString& email) const
    {
        const QByteArray mail = newestMail(m_server->mailDir());
        return mail.contains(email.toUtf8()) ? mail : QByteArray();
    }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    int m_admins = 0;
};

QTEST_GUILESS_MAIN(TestSessionRights)
#include "TestSessionRights.moc"
