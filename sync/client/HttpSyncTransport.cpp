#include "HttpSyncTransport.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace dnd::sync {

namespace {

Error transientError(const QString& code, const QString& message)
{
    return Error::make(code, message, {{QStringLiteral("transient"), true}});
}

// Hands the decoded answer to `done` once the reply finishes.
template <typename Message>
void finishWith(QNetworkReply* reply, QObject* context, std::function<void(Result<Message>)> done,
                Result<QJsonObject> (*read)(QNetworkReply&))
{
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done, read] {
        reply->deleteLater();
        Result<QJsonObject> data = read(*reply);
        if (!data) {
            done(data.error());
            return;
        }
        done(Message::fromJson(data.value()));
    });
}

} // namespace

HttpSyncTransport::HttpSyncTransport(QUrl serviceUrl, std::function<QString()> accessToken, QObject* parent)
    : QObject(parent), m_serviceUrl(std::move(serviceUrl)), m_accessToken(std::move(accessToken))
{}

QNetworkRequest HttpSyncTransport::request(const QString& pathAndQuery) const
{
    QNetworkRequest request(m_serviceUrl.resolved(QUrl(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_accessToken().toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    return request;
}

void HttpSyncTransport::push(const PushRequest& pushRequest, std::function<void(Result<PushResponse>)> done)
{
    QNetworkReply* reply = m_network.post(request(QStringLiteral("/api/v1/sync/push")),
                                          QJsonDocument(pushRequest.toJson()).toJson(QJsonDocument::Compact));
    finishWith<PushResponse>(reply, this, std::move(done), &HttpSyncTransport::readAnswer);
}

void HttpSyncTransport::pull(qint64 cookie, const QString& clientId,
                             std::function<void(Result<PullResponse>)> done)
{
    const QString path = QStringLiteral("/api/v1/sync/pull?cookie=%1&clientId=%2&protocolVersion=%3")
                             .arg(cookie)
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(clientId)))
                             .arg(kProtocolVersion);
    finishWith<PullResponse>(m_network.get(request(path)), this, std::move(done),
                             &HttpSyncTransport::readAnswer);
}

Result<QJsonObject> HttpSyncTransport::readAnswer(QNetworkReply& reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply.readAll();
    if (status == 0) // no HTTP answer at all: offline, refused, timed out, TLS failed
        return transientError(QStringLiteral("NETWORK"),
                              tr("The sync service could not be reached: %1").arg(reply.errorString()));
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    if (status >= 200 && status < 300 && envelope.value(QStringLiteral("data")).isObject())
        return envelope.value(QStringLiteral("data")).toObject();
    const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString(QStringLiteral("HTTP_%1").arg(status));
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

} // namespace dnd::sync
