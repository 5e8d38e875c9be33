#include "ServiceReply.h"

#include "ClientErrorCodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>

namespace dnd::sync {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dnd::sync::ServiceReply", text);
}

Error transientError(const QString& code, const QString& message)
{
    return Error::make(code, message, {{QStringLiteral("transient"), true}});
}

} // namespace

Result<QJsonObject> readServiceReply(QNetworkReply& reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply.readAll();
    // No HTTP answer at all (offline, refused, timed out, TLS failed), or the connection broke
    // before the answer was whole (closed or reset mid-body): the status line of a cut answer
    // says nothing about its body, and the exchange may pass when tried again.
    const bool connectionBroke =
        reply.error() > QNetworkReply::NoError && reply.error() <= QNetworkReply::UnknownNetworkError;
    if (status == 0 || connectionBroke)
        return transientError(errors::kNetwork,
                              tr("The sync service could not be reached: %1").arg(reply.errorString()));
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    if (status >= 200 && status < 300 && envelope.value(QStringLiteral("data")).isObject())
        return envelope.value(QStringLiteral("data")).toObject();
    const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString(errors::httpStatusCode(status));
    const QString message =
        error.value(QStringLiteral("message"))
            .toString(tr("The sync service answered %1 %2.")
                          .arg(status)
                          .arg(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    // Busy, failing or timed out on its side: worth trying again later.
    if (status >= 500 || status == 408 || status == 429)
        return transientError(code, message);
    return Error::make(code, message, error.value(QStringLiteral("details")).toObject().toVariantMap());
}

void whenServiceAnswers(QNetworkReply* reply, QObject* context, std::function<void(Result<QJsonObject>)> done)
{
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(readServiceReply(*reply));
    });
}

} // namespace dnd::sync
