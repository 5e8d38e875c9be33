#pragma once

#include "SyncTransport.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QNetworkReply;

namespace dnd::sync {

// The sync endpoints of the companion service over HTTP(S), with the account's access token.
class HttpSyncTransport : public QObject, public SyncTransport {
    Q_OBJECT
public:
    // `accessToken` is asked for before every request, so a refreshed token is used at once.
    HttpSyncTransport(QUrl serviceUrl, std::function<QString()> accessToken, QObject* parent = nullptr);

    void setServiceUrl(const QUrl& url) { m_serviceUrl = url; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void push(const PushRequest& request, std::function<void(Result<PushResponse>)> done) override;
    void pull(const PullRequest& request, std::function<void(Result<PullResponse>)> done) override;

private:
    QNetworkRequest request(const QString& pathAndQuery) const;

    QNetworkAccessManager m_network;
    QUrl m_serviceUrl;
    std::function<QString()> m_accessToken;
    int m_timeoutMs = 30000;
};

} // namespace dnd::sync
