#include "ServiceReply.h"

#include "ClientErrorCodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

namespace dnd::sync {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServiceReply)
};

Error transientError(const QString& code, const QString& message)
{
    return Error::make(code, message, {{QStringLiteral("transient"), true}});
}

} // namespace

ServiceAnswer ServiceAnswer::take(QNetworkReply& reply)
{
    ServiceAnswer answer;
    answer.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // No HTTP answer at all (offline, refused, timed out, TLS failed), or the connection broke
    // before the answer was whole (closed or reset mid-body): the status line of a cut answer
    // says nothing about its body, and the exchange may pass when tried again.
    answer.connectionBroke =
        reply.error() > QNetworkReply::NoError && reply.error() <= QNetworkReply::UnknownNetworkError;
    answer.errorString = reply.errorString();
    answer.reasonPhrase = reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    answer.body = reply.readAll();
    return answer;
}

Result<QJsonObject> readServiceAnswer(const ServiceAnswer& answer)
{
    const int status = answer.status;
    if (status == 0 || answer.connectionBroke)
        return transientError(errors::kNetwork,
                              Text::tr("The sync service could not be reached: %1").arg(answer.errorString));
    const QJsonObject envelope = QJsonDocument::fromJson(answer.body).object();
    if (status >= 200 && status < 300 && envelope.value(QStringLiteral("data")).isObject())
        return envelope.value(QStringLiteral("data")).toObject();
    const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString(errors::httpStatusCode(status));
    const QString message =
        error.value(QStringLiteral("message"))
            .toString(Text::tr("The sync service answered %1 %2.").arg(status).arg(answer.reasonPhrase));
    // Busy, failing or timed out on its side: worth trying again later.
    if (status >= 500 || status == 408 || status == 429)
        return transientError(code, message);
    return Error::make(code, message, error.value(QStringLiteral("details")).toObject().toVariantMap());
}

Result<QJsonObject> readServiceReply(QNetworkReply& reply)
{
    return readServiceAnswer(ServiceAnswer::take(reply));
}

void whenServiceAnswers(QNetworkReply* reply, QObject* context, std::function<void(Result<QJsonObject>)> done)
{
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(readServiceReply(*reply));
    });
}

} // namespace dnd::sync
