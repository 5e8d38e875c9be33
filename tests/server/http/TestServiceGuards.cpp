// The smaller guards of the hardening review, against the real service: answers of 401, 404 and 405
// are rate limited like any other, a short DND_JWT_SECRET stops the start, and usernames are unique
// regardless of case.
#include "ServerHarness.h"

#include <QTest>

using namespace dnd::test;

class TestServiceGuards final : public QObject {
    Q_OBJECT

private slots:
    // Probing for endpoints or tokens costs the same budget as real requests.
    void refusedRequestsAreRateLimited_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("404") << QByteArray("GET") << QStringLiteral("/api/v1/no-such-thing") << 404;
        QTest::newRow("405") << QByteArray("PATCH") << QStringLiteral("/api/v1/auth/login") << 405;
        QTest::newRow("401") << QByteArray("GET") << QStringLiteral("/api/v1/users/me") << 401;
    }
    void refusedRequestsAreRateLimited()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        constexpr int kBudget = 5;
        ServerProcess server({"--scrypt-log-n", "10", "--rate-limit-anonymous", QString::number(kBudget)});
        QVERIFY(server.start());
        HttpClient http(server.baseUrl());
        for (int i = 0; i < kBudget; ++i)
            QCOMPARE(http.send(method, path).status, status);
        const HttpResponse limited = http.send(method, path);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.contains("retry-after"));
    }

    void shortJwtSecretIsRefusedAtStart()
    {
        ServerProcess server(fastServiceArguments(), {{"DND_JWT_SECRET", "too-short-secret"}});
        QVERIFY(!server.start());
        QVERIFY2(server.output().contains("DND_JWT_SECRET"), server.output().constData());
    }

    void usernamesAreUniqueRegardlessOfCase()
    {
        RunningService service;
        QVERIFY(service.start());
        const TestAccount first = registerTestAccount(*service.server, *service.http);
        const TestAccount second = registerTestAccount(*service.server, *service.http);
        const QString taken = QStringLiteral("MixedCase") + first.id.left(6);
        QCOMPARE(service.http->put("/api/v1/users/me", {{"username", taken}}, first.accessToken).status, 200);
        QCOMPARE(
            service.http->put("/api/v1/users/me", {{"username", taken.toLower()}}, second.accessToken).status,
            409);
        QCOMPARE(service.http
                     ->post("/api/v1/auth/register", {{"email", "third@example.com"},
                                                      {"username", taken.toUpper()},
                                                      {"password", kTestPassword}})
                     .status,
                 409);
    }
};

QTEST_GUILESS_MAIN(TestServiceGuards)
#include "TestServiceGuards.moc"
