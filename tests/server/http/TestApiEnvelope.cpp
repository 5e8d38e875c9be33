// The API's error codes and their HTTP statuses: every code the clients can be sent has a status in
// the one table, and a code missing from it is reported rather than quietly answered with 500.
#include "ApiErrorCodes.h"
#include "http/ApiEnvelope.h"
#include "http/ApiTypes.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace dnd;
using namespace dnd::server;

class TestApiEnvelope final : public QObject {
    Q_OBJECT

private slots:
    void everyApiCodeHasAStatus()
    {
        const QList<QString>& codes = api::allApiErrorCodes();
        QVERIFY(codes.size() >= 20);
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size()); // no code twice
        for (const QString& code : codes) {
            const std::optional<int> status = envelope::statusForCode(code);
            QVERIFY2(status.has_value(), qPrintable(code + QStringLiteral(" has no HTTP status")));
            QVERIFY2(*status >= 400 && *status <= 599, qPrintable(code));
            // The answer carries the code, its status and a reason phrase of its own.
            const ApiReply reply = ApiReply::error(code, QStringLiteral("message"));
            QCOMPARE(reply.status, *status);
            QCOMPARE(QJsonDocument::fromJson(reply.body)
                         .object()
                         .value("error")
                         .toObject()
                         .value("code")
                         .toString(),
                     code);
            QVERIFY2(*status == 500 || QByteArray(envelope::reasonPhrase(*status)) != "Error",
                     qPrintable(code));
            QVERIFY(envelope::rawHttpError(code, QStringLiteral("message"))
                        .startsWith("HTTP/1.1 " + QByteArray::number(*status) + ' '));
        }
    }

    // The statuses the contract promises for the codes clients act on.
    void statusesOfTheContract()
    {
        QCOMPARE(envelope::statusForCode(api::kValidationError), 400);
        QCOMPARE(envelope::statusForCode(api::kUnauthorized), 401);
        QCOMPARE(envelope::statusForCode(api::kLimitExceeded), 403);
        QCOMPARE(envelope::statusForCode(api::kNotFound), 404);
        QCOMPARE(envelope::statusForCode(api::kConflict), 409);
        QCOMPARE(envelope::statusForCode(api::kRateLimited), 429);
        QCOMPARE(envelope::statusForCode(api::kSyncMalformed), 400);
        QCOMPARE(envelope::statusForCode(api::kSyncProtocolMismatch), 409);
        QCOMPARE(envelope::statusForCode(api::kSyncGap), 409);
        QCOMPARE(envelope::statusForCode(api::kUnavailable), 503);
    }

    // A misspelt or forgotten code: no status, and answering with it logs an error naming it.
    void unknownCodeIsReported()
    {
        QCOMPARE(envelope::statusForCode(QStringLiteral("VALIDATON_ERROR")), std::nullopt);
        QTest::ignoreMessage(QtCriticalMsg,
                             "error code VALIDATON_ERROR has no HTTP status in the table; answered 500");
        const ApiReply reply = ApiReply::error(QStringLiteral("VALIDATON_ERROR"), QStringLiteral("message"));
        QCOMPARE(reply.status, 500);
    }
};

QTEST_GUILESS_MAIN(TestApiEnvelope)
#include "TestApiEnvelope.moc"
