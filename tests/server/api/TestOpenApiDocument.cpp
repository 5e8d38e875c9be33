// The OpenAPI document the real service serves: every operation has its schemas and examples
// (request where it takes a body, success and errors), the two bearer schemes with the API token's
// scopes, the document passes a real OpenAPI 3.1 validator (npm), every example passes its own
// schema, and real answers of the service pass the schemas the document gives them, so an example
// the service no longer answers like fails here.
#include "ServerHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dnd::test;

namespace {
// One real answer, as the checker reads it: the document's path template, not the filled-in path.
QJsonObject answer(const char* method, const char* documentPath, const HttpResponse& response)
{
    return QJsonObject{{"method", method},
                       {"path", documentPath},
                       {"status", response.status},
                       {"body", QJsonDocument::fromJson(response.body).object()}};
}

bool hasSchemaAndExample(const QJsonObject& content)
{
    if (content.isEmpty())
        return false;
    for (auto media = content.begin(); media != content.end(); ++media) {
        const QJsonObject type = media.value().toObject();
        if (!type.contains("schema") ||
            (!type.contains("example") && type.value("examples").toObject().isEmpty()))
            return false;
    }
    return true;
}
} // namespace

class TestOpenApiDocument final : public QObject {
    Q_OBJECT

    RunningService m_service;
    QTemporaryDir m_dir;

    QJsonObject document() { return m_service.http->get("/api/v1/openapi.json").json(); }

    // Runs the npm checker on the served document (and on answers, when given); its report.
    QByteArray runChecker(const QJsonArray& answers, int* exitCode)
    {
        const QString documentFile = m_dir.filePath("openapi.json");
        QFile file(documentFile);
        file.open(QIODevice::WriteOnly);
        file.write(m_service.http->get("/api/v1/openapi.json").body);
        file.close();
        QStringList arguments{documentFile};
        if (!answers.isEmpty()) {
            QFile answersFile(m_dir.filePath("answers.json"));
            answersFile.open(QIODevice::WriteOnly);
            answersFile.write(QJsonDocument(answers).toJson());
            arguments.append(answersFile.fileName());
        }
        return runNode("check-openapi.mjs", arguments, exitCode);
    }

private slots:
    void initTestCase() { QVERIFY(m_service.start()); }
    void cleanupTestCase() { m_service.server.reset(); }

    void everyOperationHasSchemasAndExamples()
    {
        const QJsonObject paths = document().value("paths").toObject();
        QStringList missing;
        int operations = 0;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject methods = path.value().toObject();
            for (auto method = methods.begin(); method != methods.end(); ++method) {
                ++operations;
                const QString what = method.key().toUpper() + ' ' + path.key();
                const QJsonObject operation = method.value().toObject();
                if (operation.value("summary").toString().isEmpty() ||
                    operation.value("tags").toArray().isEmpty())
                    missing << what + ": summary or tag";
                if ((method.key() == "post" || method.key() == "put") &&
                    !hasSchemaAndExample(
                        operation.value("requestBody").toObject().value("content").toObject()))
                    missing << what + ": request schema and example";
                const QJsonObject responses = operation.value("responses").toObject();
                bool success = false;
                bool failure = false;
                for (auto response = responses.begin(); response != responses.end(); ++response) {
                    const int status = response.key().toInt();
                    const QJsonObject content = response.value().toObject().value("content").toObject();
                    if (status == 101) {
                        success = true; // a protocol switch has no body
                        continue;
                    }
                    if (!hasSchemaAndExample(content))
                        missing << what + ' ' + response.key() + ": schema and example";
                    success = success || status < 300;
                    failure = failure || status >= 400;
                }
                if (!success)
                    missing << what + ": a success answer";
                // The document itself is the one API answer that cannot fail.
                if (!failure && path.key().startsWith("/api/v1/") && path.key() != "/api/v1/openapi.json")
                    missing << what + ": its error answers";
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
        QVERIFY2(operations >= 60, qPrintable(QString::number(operations)));
    }

    // Session JWT and API token, as OpenAPI 3.1 says them; the token's roles are its scopes.
    void securitySchemesNameTheScopes()
    {
        const QJsonObject doc = document();
        QCOMPARE(doc.value("openapi").toString(), QStringLiteral("3.1.0"));
        const QJsonObject schemes = doc.value("components").toObject().value("securitySchemes").toObject();
        QCOMPARE(schemes.value("sessionToken").toObject().value("scheme").toString(),
                 QStringLiteral("bearer"));
        QCOMPARE(schemes.value("sessionToken").toObject().value("bearerFormat").toString(),
                 QStringLiteral("JWT"));
        QCOMPARE(schemes.value("apiToken").toObject().value("scheme").toString(), QStringLiteral("bearer"));
        const QJsonObject paths = doc.value("paths").toObject();
        const auto scopesOf = [&](const char* path, const char* method) {
            QStringList scopes;
            for (const QJsonValue& requirement :
                 paths.value(path).toObject().value(method).toObject().value("security").toArray()) {
                for (const QJsonValue& role : requirement.toObject().value("apiToken").toArray())
                    scopes << role.toString();
            }
            return scopes;
        };
        QCOMPARE(scopesOf("/api/v1/parties", "get"), QStringList{"read"});
        QCOMPARE(scopesOf("/api/v1/parties", "post"), QStringList{"write"});
        QCOMPARE(scopesOf("/api/v1/sync/pull", "get"), QStringList{"read"});
        QCOMPARE(scopesOf("/api/v1/sync/push", "post"), QStringList{"write"});
        QCOMPARE(scopesOf("/api/v1/ws", "get"), QStringList{"live"});
        QCOMPARE(scopesOf("/api/v1/users/me/api-tokens", "post"), QStringList());
        QCOMPARE(scopesOf("/api/v1/admin/stats", "get"), QStringList());
    }

    // /api/docs shows every operation of the same document, with who may call it.
    void readablePageListsEveryOperation()
    {
        const HttpResponse page = m_service.http->get("/api/docs");
        QCOMPARE(page.status, 200);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        QVERIFY(!page.body.contains("<script"));
        const QString html = QString::fromUtf8(page.body);
        const QJsonObject paths = document().value("paths").toObject();
        QStringList missing;
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject methods = path.value().toObject();
            for (auto method = methods.begin(); method != methods.end(); ++method) {
                const QString id = method.value().toObject().value("operationId").toString();
                if (id.isEmpty() || !html.contains(QStringLiteral("<details id=\"%1\">").arg(id)))
                    missing << method.key() + ' ' + path.key();
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
        QVERIFY(
            html.contains(QStringLiteral("an API token with the <span class=\"scope\">write</span> scope")));
        QVERIFY(html.contains(QStringLiteral("A signed-in session; no API token.")));
        // The request example of creating a party is shown as the document has it.
        QVERIFY(html.contains(QStringLiteral("The Brass Lanterns")));
    }

    void documentPassesTheValidator()
    {
        int exitCode = -1;
        const QByteArray report = runChecker({}, &exitCode);
        QVERIFY2(exitCode == 0, report.constData());
    }

    // The service's answers, successes and refusals, against the document's schemas.
    void examplesMatchTheServicesAnswers()
    {
        HttpClient& http = *m_service.http;
        QJsonArray answers;
        const HttpResponse registered = http.post(
            "/api/v1/auth/register",
            {{"email", "openapi@example.com"}, {"username", "openapi_dm"}, {"password", kTestPassword}});
        answers << answer("post", "/api/v1/auth/register", registered);
        const QString session = registered.data().value("accessToken").toString();
        answers << answer(
            "post", "/api/v1/auth/login",
            http.post("/api/v1/auth/login", {{"email", "openapi@example.com"}, {"password", kTestPassword}}));
        answers << answer("get", "/api/v1/users/me", http.get("/api/v1/users/me", session));
        answers << answer("get", "/api/v1/users/me", http.get("/api/v1/users/me"));
        answers << answer("get", "/api/v1/users/me/usage", http.get("/api/v1/users/me/usage", session));
        answers << answer("get", "/api/v1/subscriptions/plans", http.get("/api/v1/subscriptions/plans"));
        const HttpResponse party = http.post("/api/v1/parties", {{"name", "The Brass Lanterns"}}, session);
        answers << answer("post", "/api/v1/parties", party);
        answers << answer("post", "/api/v1/parties", http.post("/api/v1/parties", {{"name", ""}}, session));
        answers << answer("get", "/api/v1/parties", http.get("/api/v1/parties", session));
        const QString partyId = party.data().value("id").toString();
        answers << answer("get", "/api/v1/parties/{id}", http.get("/api/v1/parties/" + partyId, session));
        answers << answer(
            "get", "/api/v1/parties/{id}",
            http.get("/api/v1/parties/" + QUuid::createUuid().toString(QUuid::WithoutBraces), session));
        const HttpResponse encounter = http.post(
            "/api/v1/encounters",
            {{"name", "Goblin ambush"},
             {"participants", QJsonArray{QJsonObject{
                                  {"name", "Goblin"}, {"initiative", 14}, {"maxHp", 7}, {"currentHp", 7}}}}},
            session);
        answers << answer("post", "/api/v1/encounters", encounter);
        answers << answer(
            "post", "/api/v1/encounters/{id}/start",
            http.post("/api/v1/encounters/" + encounter.data().value("id").toString() + "/start", {},
                      session));
        const HttpResponse token = http.post("/api/v1/users/me/api-tokens",
                                             {{"name", "reader"}, {"scopes", QJsonArray{"read"}}}, session);
        answers << answer("post", "/api/v1/users/me/api-tokens", token);
        answers << answer("get", "/api/v1/users/me/api-tokens",
                          http.get("/api/v1/users/me/api-tokens", session));
        const QString readToken = token.data().value("token").toString();
        answers << answer("post", "/api/v1/parties",
                          http.post("/api/v1/parties", {{"name", "Refused"}}, readToken));
        answers << answer("get", "/api/v1/users/me/api-tokens",
                          http.get("/api/v1/users/me/api-tokens", readToken));
        answers << answer("get", "/healthz", http.get("/healthz"));
        // Every answer above has the status its operation documents, refusals included.
        for (const QJsonValue& value : std::as_const(answers))
            QVERIFY2(value.toObject().value("status").toInt() != 0, "an answer is missing");

        int exitCode = -1;
        const QByteArray report = runChecker(answers, &exitCode);
        QVERIFY2(exitCode == 0, report.constData());
        QVERIFY2(report.contains("checked 18 answers"), report.constData());
    }
};

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "TestOpenApiDocument.moc"
