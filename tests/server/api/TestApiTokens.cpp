// Personal API tokens against the real service: what each scope reaches is checked on every
// operation of the OpenAPI document, which the service generates from the route table that answers
// requests, so a new route is tested the day it is added. Revocation applies at once (REST and
// open WebSockets), a password reset and account deletion take the tokens away, the database
// holds only the token's hash, and the log never holds a token.
#include "ObservedWebSocket.h"
#include "ServerHarness.h"
#include "auth/SecureRandom.h"
#include "storage/ServerDatabase.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using namespace dnd;
using namespace dnd::server;
using namespace dnd::test;

namespace {
constexpr int kCloseSessionEnded = 4403;
const QString kTokens = QStringLiteral("/api/v1/users/me/api-tokens");
const QStringList kAllScopes{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("live")};

// One operation of the OpenAPI document and the token scope it needs ("session": none reaches it).
struct Operation {
    QByteArray method;
    QString path; // with the {placeholders} filled in
    QString scope;
};

QString describe(const Operation& operation)
{
    return QString::fromLatin1(operation.method) + QLatin1Char(' ') + operation.path;
}
} // namespace

class TestApiTokens final : public QObject {
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    int m_admins = 0;

    // Creates a token with the session and answers the creation's data (with "token").
    QJsonObject createToken(const QString& session, const QString& name, const QStringList& scopes,
                            const QJsonValue& expiresAt = QJsonValue(QJsonValue::Undefined))
    {
        QJsonObject body{{"name", name}, {"scopes", QJsonArray::fromStringList(scopes)}};
        if (!expiresAt.isUndefined())
            body.insert("expiresAt", expiresAt);
        const HttpResponse created = m_http->post(kTokens, body, session);
        if (created.status != 201)
            qWarning("creating a token failed: %d %s", created.status, created.body.constData());
        return created.data();
    }
    QString tokenWith(const QString& session, const QStringList& scopes)
    {
        return createToken(session, scopes.join(QLatin1Char('+')), scopes).value("token").toString();
    }

    // Every operation that needs a caller, from the service's own OpenAPI document.
    QList<Operation> protectedOperations()
    {
        const QJsonObject paths = m_http->get("/api/v1/openapi.json").json().value("paths").toObject();
        // A placeholder no record has: the operation answers for itself (404, 400) once let through.
        const QString unknownId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        static const QRegularExpression placeholder(QStringLiteral("\\{[^}]+\\}"));
        QList<Operation> operations;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            if (path.key() == QLatin1String("/api/v1/ws"))
                continue; // the WebSocket has its own test below
            const QJsonObject methods = path.value().toObject();
            for (auto method = methods.begin(); method != methods.end(); ++method) {
                const QJsonArray security = method.value().toObject().value("security").toArray();
                if (security.isEmpty())
                    continue; // public
                QString scope = QStringLiteral("session");
                for (const QJsonValue& requirement : security) {
                    const QJsonArray roles = requirement.toObject().value("apiToken").toArray();
                    if (!roles.isEmpty())
                        scope = roles.first().toString();
                }
                operations.append({method.key().toUpper().toLatin1(),
                                   QString(path.key()).replace(placeholder, unknownId), scope});
            }
        }
        return operations;
    }

    HttpResponse call(const Operation& operation, const QString& token)
    {
        const QByteArray body = operation.method == "GET" ? QByteArray() : QByteArray("{}");
        return m_http->send(operation.method, operation.path, body, token,
                            {{"Content-Type", "application/json"}});
    }

    std::unique_ptr<ServerDatabase> openDatabase()
    {
        Result<std::unique_ptr<ServerDatabase>> db = ServerDatabase::open(
            m_server->databaseUrl(), QStringLiteral("api-tokens-%1").arg(QUuid::createUuid().toString()));
        if (!db) {
            qWarning("cannot open the database: %s", qPrintable(db.error().message));
            return nullptr;
        }
        return std::move(db).value();
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<ServerProcess>(fastServiceArguments());
        QVERIFY2(m_server->start(), m_server->errors().constData());
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
    }

    void cleanupTestCase() { m_server.reset(); }

    void createdOnceListedWithoutTheToken()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        const QString expiry = QDateTime::currentDateTimeUtc().addDays(30).toString(Qt::ISODate);
        const QJsonObject created =
            createToken(account.accessToken, "backup script", {"write", "read"}, expiry);
        const QString token = created.value("token").toString();
        QVERIFY2(token.startsWith("dnd_pat_"), qPrintable(token));
        QVERIFY(token.size() >= 8 + 43); // 32 random bytes in base64url after the prefix
        QCOMPARE(created.value("prefix").toString(), token.left(14));
        QCOMPARE(created.value("scopes").toArray(), QJsonArray({"read", "write"}));
        QCOMPARE(created.value("expiresAt").toString(), expiry);
        QVERIFY(created.value("lastUsedAt").isNull());

        QCOMPARE(m_http->get("/api/v1/users/me", token).data().value("id").toString(), account.id);
        const QJsonArray listed = m_http->get(kTokens, account.accessToken).items();
        QCOMPARE(listed.size(), 1);
        const QJsonObject item = listed.first().toObject();
        QVERIFY(!item.contains("token"));
        QCOMPARE(item.value("name").toString(), QStringLiteral("backup script"));
        QCOMPARE(item.value("prefix").toString(), token.left(14));
        QVERIFY2(!item.value("lastUsedAt").isNull(), "the use above is noted");
        QVERIFY(!item.value("createdAt").toString().isEmpty());

        // Bad requests say which field is wrong and store nothing.
        for (const QJsonObject& bad :
             {QJsonObject{{"name", ""}, {"scopes", QJsonArray{"read"}}},
              QJsonObject{{"name", "x"}, {"scopes", QJsonArray{"admin"}}},
              QJsonObject{{"name", "x"}, {"scopes", QJsonArray()}},
              QJsonObject{
                  {"name", "x"}, {"scopes", QJsonArray{"read"}}, {"expiresAt", "2001-01-01T00:00:00Z"}},
              QJsonObject{{"name", "x"}, {"scopes", QJsonArray{"read"}}, {"expiresAt", "soon"}}}) {
            const HttpResponse refused = m_http->post(kTokens, bad, account.accessToken);
            QCOMPARE(refused.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        }
        QCOMPARE(m_http->get(kTokens, account.accessToken).items().size(), 1);
    }

    // Derived from the route table: each scope reaches exactly what it names, the others get 403
    // naming the scope, session-only operations refuse every token, and a revoked token nothing.
    void everyOperationHonoursTheTokensScopes()
    {
        // An administrator's tokens: the administration routes then refuse them for being tokens.
        const TestAccount admin =
            createTestAdmin(*m_server, *m_http, QStringLiteral("token-admin%1@example.com").arg(++m_admins));
        QVERIFY(!admin.accessToken.isEmpty());
        const QString everything = tokenWith(admin.accessToken, kAllScopes);
        QHash<QString, QString> only;   // scope -> a token with that scope alone
        QHash<QString, QString> allBut; // scope -> a token with the two others
        for (const QString& scope : kAllScopes) {
            only.insert(scope, tokenWith(admin.accessToken, {scope}));
            QStringList others = kAllScopes;
            others.removeAll(scope);
            allBut.insert(scope, tokenWith(admin.accessToken, others));
        }
        const QList<Operation> operations = protectedOperations();
        QSet<QString> scopesSeen;
        for (const Operation& operation : operations)
            scopesSeen.insert(operation.scope);
        // The document really lists the groups (an empty walk would pass anything).
        QVERIFY2(operations.size() >= 30, qPrintable(QString::number(operations.size())));
        QCOMPARE(scopesSeen, QSet<QString>({"read", "write", "session"}));

        for (const Operation& operation : operations) {
            const QByteArray what = describe(operation).toUtf8();
            if (operation.scope == QLatin1String("session")) {
                const HttpResponse refused = call(operation, everything);
                QVERIFY2(refused.status == 403 && refused.errorCode() == QLatin1String("SESSION_REQUIRED"),
                         what + " answered " + refused.body);
                continue;
            }
            const HttpResponse lacking = call(operation, allBut.value(operation.scope));
            QVERIFY2(lacking.status == 403 && lacking.errorCode() == QLatin1String("INSUFFICIENT_SCOPE"),
                     what + " answered " + lacking.body);
            QCOMPARE(
                lacking.json().value("error").toObject().value("details").toObject().value("requiredScope"),
                QJsonValue(operation.scope));
            // With its scope the request reaches the endpoint (which may still refuse the made-up id).
            const HttpResponse allowed = call(operation, only.value(operation.scope));
            QVERIFY2(allowed.status != 401 && allowed.errorCode() != QLatin1String("INSUFFICIENT_SCOPE") &&
                         allowed.errorCode() != QLatin1String("SESSION_REQUIRED") &&
                         allowed.errorCode() != QLatin1String("FORBIDDEN"),
                     what + " answered " + allowed.body);
        }

        // Revoked: every operation answers 401 at once.
        const QJsonArray listed = m_http->get(kTokens, admin.accessToken).items();
        for (const QJsonValue& item : listed) {
            if (item.toObject().value("prefix").toString() == everything.left(14))
                QCOMPARE(
                    m_http->del(kTokens + "/" + item.toObject().value("id").toString(), admin.accessToken)
                        .status,
                    200);
        }
        for (const Operation& operation : operations) {
            const HttpResponse refused = call(operation, everything);
            QVERIFY2(refused.status == 401 && refused.errorCode() == QLatin1String("UNAUTHORIZED"),
                     describe(operation).toUtf8() + " answered " + refused.body);
        }
    }

    void aTokenCannotMintTokens()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        const QString token = tokenWith(account.accessToken, kAllScopes);
        const HttpResponse refused =
            m_http->post(kTokens, {{"name", "child"}, {"scopes", QJsonArray{"read"}}}, token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("SESSION_REQUIRED"));
        QCOMPARE(m_http->get(kTokens, account.accessToken).items().size(), 1);
    }

    void anotherAccountCannotRevoke()
    {
        const TestAccount owner = registerTestAccount(*m_server, *m_http);
        const TestAccount other = registerTestAccount(*m_server, *m_http);
        const QJsonObject created = createToken(owner.accessToken, "mine", {"read"});
        const QString path = kTokens + "/" + created.value("id").toString();
        QCOMPARE(m_http->del(path, other.accessToken).errorCode(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(m_http->get("/api/v1/parties", created.value("token").toString()).status, 200);
        QCOMPARE(m_http->get(kTokens, other.accessToken).items().size(), 0);
    }

    void webSocketNeedsLiveAndClosesOnRevoke()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        const QString readOnly = tokenWith(account.accessToken, {"read"});
        ObservedWebSocket refused(m_server->port());
        QVERIFY(refused.waitConnected());
        QVERIFY(!refused.authenticate(readOnly));
        QVERIFY(refused.waitClosed());
        QCOMPARE(refused.closeCode, kCloseSessionEnded);

        const QJsonObject live = createToken(account.accessToken, "table display", {"live"});
        ObservedWebSocket socket(m_server->port());
        QVERIFY(socket.waitConnected());
        QVERIFY(socket.authenticate(live.value("token").toString()));
        QCOMPARE(m_http->del(kTokens + "/" + live.value("id").toString(), account.accessToken).status, 200);
        QVERIFY(socket.waitClosed());
        QCOMPARE(socket.closeCode, kCloseSessionEnded);
    }

    void expiredTokenIsRefused()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        const QJsonObject created =
            createToken(account.accessToken, "short", {"read"},
                        QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::ISODate));
        const QString token = created.value("token").toString();
        QCOMPARE(m_http->get("/api/v1/parties", token).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return m_http->get("/api/v1/parties", token).status == 401; }, 5000));
    }

    void passwordResetRevokesTokens()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        const QString token = tokenWith(account.accessToken, kAllScopes);
        ObservedWebSocket socket(m_server->port());
        QVERIFY(socket.waitConnected() && socket.authenticate(token));
        const int mails = mailCount(m_server->mailDir());
        QCOMPARE(m_http->post("/api/v1/auth/forgot-password", {{"email", account.email}}).status, 200);
        QVERIFY(QTest::qWaitFor([&] { return mailCount(m_server->mailDir()) == mails + 1; }));
        QCOMPARE(m_http
                     ->post("/api/v1/auth/reset-password",
                            {{"token", tokenFromMail(newestMail(m_server->mailDir()))},
                             {"password", "Brand-new-secret-7"}})
                     .status,
                 200);
        QCOMPARE(m_http->get("/api/v1/parties", token).status, 401);
        QVERIFY(socket.waitClosed());
        QCOMPARE(socket.closeCode, kCloseSessionEnded);
        const HttpResponse login = m_http->post(
            "/api/v1/auth/login", {{"email", account.email}, {"password", "Brand-new-secret-7"}});
        QCOMPARE(m_http->get(kTokens, login.data().value("accessToken").toString()).items().size(), 0);
    }

    // Only the SHA-256 of the whole token is stored; the token is found by it.
    void storedHashedOnly()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        const QString token = tokenWith(account.accessToken, {"read"});
        std::unique_ptr<ServerDatabase> db = openDatabase();
        QVERIFY(db);
        Result<QList<Row>> rows =
            db->all(QStringLiteral("SELECT * FROM api_tokens WHERE user_id = ?"), {account.id});
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 1);
        const Row& row = rows.value().first();
        QCOMPARE(row.value("token_hash").toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex()));
        for (auto column = row.cbegin(); column != row.cend(); ++column)
            QVERIFY2(!column.value().toString().contains(token.mid(14)), qPrintable(column.key()));
        // SQLite: not in any file of the database either (pages, log).
        if (m_server->databaseUrl().startsWith("sqlite")) {
            const QDir dir(m_server->dataDir());
            for (const QString& name : dir.entryList({"server.sqlite3*"}, QDir::Files)) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(token.mid(14).toUtf8()), qPrintable(name));
            }
        }
    }

    void deletingTheAccountRemovesItsTokens()
    {
        const TestAccount account = registerTestAccount(*m_server, *m_http);
        const QString token = tokenWith(account.accessToken, kAllScopes);
        QCOMPARE(m_http->del("/api/v1/users/me", account.accessToken, {{"password", kTestPassword}}).status,
                 200);
        QCOMPARE(m_http->get("/api/v1/parties", token).status, 401);
        std::unique_ptr<ServerDatabase> db = openDatabase();
        QVERIFY(db);
        Result<std::optional<Row>> left =
            db->one(QStringLiteral("SELECT COUNT(*) AS n FROM api_tokens WHERE user_id = ?"), {account.id});
        QVERIFY(left && left.value());
        QCOMPARE(left.value()->value("n").toInt(), 0);
    }

    // Tokens draw from their account's budget: a script cannot multiply it with more tokens.
    void tokensShareTheAccountsRateLimit()
    {
        ServerProcess limited(QStringList(fastServiceArguments()) << "--rate-limit-user"
                                                                  << "6");
        QVERIFY2(limited.start(), limited.errors().constData());
        HttpClient http(limited.baseUrl());
        const TestAccount account = registerTestAccount(limited, http);
        const auto made = [&](const QString& name) {
            return http.post(kTokens, {{"name", name}, {"scopes", QJsonArray{"read"}}}, account.accessToken)
                .data()
                .value("token")
                .toString();
        };
        const QString first = made("one");
        const QString second = made("two");
        QCOMPARE(http.get("/api/v1/parties", first).status, 200);
        QCOMPARE(http.get("/api/v1/parties", second).status, 200);
        QCOMPARE(http.get("/api/v1/parties", account.accessToken).status, 200);
        QCOMPARE(http.get("/api/v1/parties", first).status, 200);
        // Six requests in this minute: two creations and four reads, through three credentials.
        const HttpResponse over = http.get("/api/v1/parties", second);
        QCOMPARE(over.status, 429);
        QCOMPARE(over.errorCode(), QStringLiteral("RATE_LIMITED"));
        QCOMPARE(http.get("/api/v1/parties", account.accessToken).status, 429);
    }

    // A token's whole life on a service of its own, then everything it wrote is searched.
    void noTokenInTheLog()
    {
        ServerProcess server(fastServiceArguments());
        QVERIFY2(server.start(), server.errors().constData());
        HttpClient http(server.baseUrl());
        const TestAccount account = registerTestAccount(server, http);
        const HttpResponse created = http.post(
            kTokens, {{"name", "logged?"}, {"scopes", QJsonArray{"read", "live"}}}, account.accessToken);
        const QString token = created.data().value("token").toString();
        QVERIFY(token.startsWith("dnd_pat_"));
        QCOMPARE(http.get("/api/v1/parties", token).status, 200);
        QCOMPARE(http.post("/api/v1/parties", {{"name", "Refused"}}, token).status, 403);
        {
            ObservedWebSocket socket(server.port());
            QVERIFY(socket.waitConnected() && socket.authenticate(token));
            QCOMPARE(
                http.del(kTokens + "/" + created.data().value("id").toString(), account.accessToken).status,
                200);
            QVERIFY(socket.waitClosed());
        }
        QCOMPARE(http.get("/api/v1/parties", token).status, 401);
        server.stop();
        const QByteArray log = server.output() + server.errors();
        QVERIFY(log.contains("\"event\":\"request\""));
        QVERIFY2(!log.contains(token.mid(14).toUtf8()), "the secret part of the token is in the log");
    }
};

QTEST_GUILESS_MAIN(TestApiTokens)
#include "TestApiTokens.moc"
