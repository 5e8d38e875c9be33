// Wrong passwords cannot lock the real user out, against the real service behind a trusted proxy
// (client addresses from X-Forwarded-For): failed sign-ins are limited per address and per
// (address, email), successful ones are not counted, and a correct password from another address
// is not blocked by an attacker's failures.
#include "ServerHarness.h"

#include <QTest>

using namespace dnd::test;

namespace {
constexpr int kFailuresPerAddressAndEmail = 3;
constexpr int kFailuresPerAddress = 6;
} // namespace

class TestLoginLockout final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Attempts per address and per email are generous here: only the failure limits are tested.
        m_server = std::make_unique<ServerProcess>(
            QStringList{"--scrypt-log-n", "10", "--rate-limit-auth-ip", "1000", "--rate-limit-auth-email",
                        "5"},
            QHash<QString, QString>{
                {"DND_TRUST_PROXY", "1"},
                {"DND_LOGIN_FAILURES_PER_ADDRESS_EMAIL", QString::number(kFailuresPerAddressAndEmail)},
                {"DND_LOGIN_FAILURES_PER_ADDRESS", QString::number(kFailuresPerAddress)}});
        QVERIFY2(m_server->start(), m_server->errors().constData());
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    }

    void cleanupTestCase() { m_server.reset(); }

    void attackersFailuresDoNotLockOutTheOwner()
    {
        const TestAccount victim = registerTestAccount(*m_server, *m_http);
        for (int i = 0; i < kFailuresPerAddressAndEmail; ++i)
            QCOMPARE(login(victim.email, "Wrong-password-1", "203.0.113.5").status, 401);
        const HttpResponse limited = login(victim.email, "Wrong-password-1", "203.0.113.5");
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.contains("retry-after"));
        // Even the right password from the attacker's address waits: it could be a lucky guess.
        QCOMPARE(login(victim.email, kTestPassword, "203.0.113.5").status, 429);
        // The owner, from home, signs in.
        QCOMPARE(login(victim.email, kTestPassword, "198.51.100.20").status, 200);
    }

    void successfulSignInsAreNotCounted()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(login(account.email, kTestPassword, "198.51.100.30").status, 200);
    }

    void failuresAcrossEmailsAreLimitedPerAddress()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        for (int i = 0; i < kFailuresPerAddress; ++i)
            QCOMPARE(
                login(QStringLiteral("guess%1@example.com").arg(i), "Wrong-password-1", "203.0.113.9").status,
                401);
        QCOMPARE(login(QStringLiteral("guess-last@example.com"), "Wrong-password-1", "203.0.113.9").status,
                 429);
        QCOMPARE(login(account.email, kTestPassword, "203.0.113.9").status, 429);
        QCOMPARE(login(account.email, kTestPassword, "198.51.100.40").status, 200);
    }

private:
    HttpResponse login(const QString& email, const QString& password, const QByteArray& address)
    {
        return m_http->send(
            "POST", QStringLiteral("/api/v1/auth/login"),
            QStringLiteral("{\"email\":\"%1\",\"password\":\"%2\"}").arg(email, password).toUtf8(), {},
            {{"Content-Type", "application/json"}, {"X-Forwarded-For", address}});
    }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
};

QTEST_GUILESS_MAIN(TestLoginLockout)
#include "TestLoginLockout.moc"
