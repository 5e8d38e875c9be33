// The service's database hygiene, against the real service and its real database (SQLite, and
// PostgreSQL when the suite gives a URL): expired refresh, verification and reset tokens and the
// share codes of deleted encounters are removed periodically and at start, with live ones kept;
// and a failing query (a table renamed away under the running service) answers a generic 500
// INTERNAL on every endpoint, never the database's own words, which go to the log.
#include "ProtocolDevice.h"
#include "ServerHarness.h"
#include "ServiceDatabase.h"
#include "SyncProtocol.h"
#include "model/Party.h"
#include "storage/ServerDatabase.h"

#include <QTest>
#include <QUuid>

using namespace dnd;
using namespace dnd::server;
using namespace dnd::test;

namespace {

qint64 countOf(ServerDatabase& db, const QString& sql, const QVariantList& params)
{
    Result<std::optional<Row>> row = db.one(sql, params);
    return row && row.value() ? row.value()->value(QStringLiteral("n")).toLongLong() : -1;
}

// Refresh tokens, one-time tokens and share codes of one account.
struct Held {
    qint64 refreshTokens = 0;
    qint64 oneTimeTokens = 0;
    qint64 shares = 0;
};
Held heldBy(ServerDatabase& db, const QString& account)
{
    return {countOf(db, "SELECT COUNT(*) AS n FROM refresh_tokens WHERE user_id = ?", {account}),
            countOf(db, "SELECT COUNT(*) AS n FROM one_time_tokens WHERE user_id = ?", {account}),
            countOf(db, "SELECT COUNT(*) AS n FROM shares WHERE account_id = ?", {account})};
}

// Moves every token of the account into the past, as if it had been issued long ago.
bool age(ServerDatabase& db, const QString& account)
{
    return db.run("UPDATE refresh_tokens SET expires_at = 1 WHERE user_id = ?", {account}) &&
           db.run("UPDATE one_time_tokens SET expires_at = 1 WHERE user_id = ?", {account});
}

} // namespace

class TestStorageHygiene final : public QObject {
    Q_OBJECT

private:
    // An account on a live-view plan with a confirmed email, a pending reset token and two
    // shares: one of an encounter that stays, one of an encounter that is deleted.
    struct Owner {
        TestAccount account;
        QString keptShare;
    };
    static Owner prepareOwner(ServerProcess& server, HttpClient& http)
    {
        Owner owner{registerTestAccount(server, http, QStringLiteral("seasoned")), {}};
        if (!confirmTestAccountEmail(server, http, owner.account))
            QTest::qFail("cannot confirm the email", __FILE__, __LINE__);
        http.post("/api/v1/auth/forgot-password", {{"email", owner.account.email}});
        QStringList encounters;
        QStringList shares;
        for (const char* name : {"Kept", "Deleted"}) {
            encounters << http.post("/api/v1/encounters", {{"name", name}}, owner.account.accessToken)
                              .data()
                              .value("id")
                              .toString();
            shares << http.post("/api/v1/shares", {{"encounterId", encounters.last()}},
                                owner.account.accessToken)
                          .data()
                          .value("code")
                          .toString();
        }
        owner.keptShare = shares.first();
        if (http.del("/api/v1/encounters/" + encounters.last(), owner.account.accessToken).status != 200)
            QTest::qFail("cannot delete the encounter", __FILE__, __LINE__);
        return owner;
    }

private slots:
    void staleRecordsAreRemovedPeriodically()
    {
        ServerProcess server(fastServiceArguments() << "--cleanup-interval-ms"
                                                    << "200");
        QVERIFY2(server.start(), server.errors().constData());
        HttpClient http(server.baseUrl());
        const Owner aged = prepareOwner(server, http);
        const Owner fresh = prepareOwner(server, http);
        std::unique_ptr<ServerDatabase> db = openServiceDatabase(server);
        QVERIFY(db);
        QVERIFY(age(*db, aged.account.id));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Held held = heldBy(*db, aged.account.id);
                return held.refreshTokens == 0 && held.oneTimeTokens == 0 && held.shares == 1;
            },
            10000));
        // What can still be used is kept: the other account's tokens, the share of a live encounter.
        const Held kept = heldBy(*db, fresh.account.id);
        QVERIFY(kept.refreshTokens > 0);
        QVERIFY(kept.oneTimeTokens > 0); // the reset token
        QCOMPARE(kept.shares, 1);
        QCOMPARE(http.get("/play/" + fresh.keptShare).status, 200);
        QCOMPARE(http.post("/api/v1/auth/refresh", {{"refreshToken", fresh.account.refreshToken}}).status,
                 200);
        QCOMPARE(http.post("/api/v1/auth/refresh", {{"refreshToken", aged.account.refreshToken}}).status,
                 401);
    }

    void staleRecordsAreRemovedAtStart()
    {
        ServerProcess server(fastServiceArguments()); // the periodic round is an hour away
        QVERIFY2(server.start(), server.errors().constData());
        HttpClient http(server.baseUrl());
        const Owner owner = prepareOwner(server, http);
        server.stop();
        {
            std::unique_ptr<ServerDatabase> db = openServiceDatabase(server);
            QVERIFY(db);
            QVERIFY(age(*db, owner.account.id));
            QCOMPARE(heldBy(*db, owner.account.id).shares, 2);
        }
        QVERIFY2(server.startOnSamePort(), server.errors().constData());
        std::unique_ptr<ServerDatabase> db = openServiceDatabase(server);
        QVERIFY(db);
        const Held held = heldBy(*db, owner.account.id);
        QCOMPARE(held.refreshTokens, 0);
        QCOMPARE(held.oneTimeTokens, 0);
        QCOMPARE(held.shares, 1);
    }

    void databaseErrorsStayInTheLog()
    {
        ServerProcess server(fastServiceArguments());
        QVERIFY2(server.start(), server.errors().constData());
        HttpClient http(server.baseUrl());
        const TestAccount account = registerTestAccount(server, http, QStringLiteral("seasoned"));
        QCOMPARE(http.post("/api/v1/parties", {{"name", "Before"}}, account.accessToken).status, 201);
        // A change the service did not expect, made beside it as an operator would (on PostgreSQL
        // through the cluster's superuser): its statements now fail in the database itself.
        QVERIFY(runServiceDdl(server, QStringLiteral("ALTER TABLE entities RENAME TO entities_away")));

        ProtocolDevice device;
        const QString row = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Party party;
        party.id = row;
        party.name = QStringLiteral("Pushed");
        const sync::PushRequest push{
            device.clientId, sync::kProtocolVersion, {device.put(EntityKind::Party, row, party.toJson())}};
        const QList<HttpResponse> answers{
            http.get("/api/v1/parties?search=x", account.accessToken),
            http.post("/api/v1/parties", {{"name", "During"}}, account.accessToken),
            http.get("/api/v1/users/me/usage", account.accessToken),
            http.post("/api/v1/sync/push", push.toJson(), account.accessToken),
            http.get("/api/v1/sync/pull?cookie=0&clientId=" + device.clientId, account.accessToken),
            http.get("/api/v1/creatures", account.accessToken),
        };
        for (const HttpResponse& answer : answers) {
            QCOMPARE(answer.status, 500);
            QCOMPARE(answer.errorCode(), QStringLiteral("INTERNAL"));
            for (const char* leak : {"entities", "table", "SQL", "relation", "SELECT", "DATABASE"})
                QVERIFY2(!answer.body.contains(leak), answer.body.constData());
        }
        QVERIFY(runServiceDdl(server, QStringLiteral("ALTER TABLE entities_away RENAME TO entities")));
        QCOMPARE(http.post("/api/v1/parties", {{"name", "After"}}, account.accessToken).status, 201);
        // The operator sees what failed in the log (its JSON escapes the quotes PostgreSQL puts
        // around the table's name), and nothing that would let a reader of the log sign in.
        server.stop();
        const QByteArray log = server.output() + server.errors();
        QVERIFY2(log.contains("no such table: entities") || log.contains("entities\\\" does not exist"),
                 log.right(2000).constData());
        for (const QString& secret :
             {QString::fromLatin1(kTestPassword), account.accessToken, account.refreshToken})
            QVERIFY2(!log.contains(secret.toUtf8()), "a secret of the account is in the log");
    }
};

QTEST_GUILESS_MAIN(TestStorageHygiene)
#include "TestStorageHygiene.moc"
