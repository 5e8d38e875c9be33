#include "HttpSyncTransport.h"

#include "ServiceReply.h"

#include <QFuture>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QtConcurrent/QtConcurrentRun>

namespace dnd::sync {

namespace {

// Hands the decoded message to `done` once the reply finishes.
template <typename Message>
void decodeWhenAnswered(QNetworkReply* reply, QObject* context, std::function<void(Result<Message>)> done)
{
    whenServiceAnswers(reply, context, [done = std::move(done)](Result<QJsonObject> data) {
        if (!data)
            done(data.error());
        else
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
    // Encoding 500 mutations takes longer than a frame: done on a worker thread too, then sent
    // from this one.
    QtConcurrent::run([pushRequest] {
        return QJsonDocument(pushRequest.toJson()).toJson(QJsonDocument::Compact);
    }).then(this, [this, done = std::move(done)](const QByteArray& body) mutable {
        QNetworkReply* reply = m_network.post(request(QStringLiteral("/api/v1/sync/push")), body);
        decodeWhenAnswered<PushResponse>(reply, this, std::move(done));
    });
}

void HttpSyncTransport::pull(const PullRequest& pullRequest, std::function<void(Result<PullResponse>)> done)
{
    QNetworkReply* reply = m_network.get(request(pullRequest.path()));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        // A page is up to a megabyte of JSON: parsing and checking it takes tens of milliseconds,
        // so it is done on a worker thread while the event loop (the window) goes on; the decoded
        // page comes back to this thread. Dropped unanswered if this transport goes away first.
        QtConcurrent::run([answer = ServiceAnswer::take(*reply)]() -> Result<PullResponse> {
            Result<QJsonObject> data = readServiceAnswer(answer);
            if (!data)
                return data.error();
            return PullResponse::fromJson(data.value());
        }).then(this, [done](Result<PullResponse> page) { done(std::move(page)); });
    });
}

} // namespace dnd::sync
