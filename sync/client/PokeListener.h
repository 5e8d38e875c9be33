#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>
#include <functional>

namespace dnd::sync {

// Listens on the service's WebSocket for the data-free "poke" the service sends after every
// change to the account, so a device pulls within moments instead of at its next periodic round.
// Reconnects by itself (with the current access token) when the connection drops; a lost poke
// only delays a pull until the next round, so nothing depends on it.
class PokeListener : public QObject {
    Q_OBJECT
public:
    PokeListener(std::function<QString()> accessToken, QObject* parent = nullptr);
    ~PokeListener() override;

    // Connects to the service at `serviceUrl` (http(s); the socket uses ws(s)).
    void start(const QUrl& serviceUrl);
    void stop();
    bool isListening() const { return m_listening; }
    // Somebody follows one of the account's encounters live (players' watch pages, another
    // device): changes should reach the service at once.
    bool isLive() const { return m_live; }
    void setReconnectDelay(int milliseconds) { m_reconnect.setInterval(milliseconds); }
    void setKeepAliveInterval(int milliseconds) { m_keepAlive.setInterval(milliseconds); }

signals:
    // The account's data reached `version` on the service.
    void poked(qint64 version);
    void listeningChanged(bool listening);
    void liveChanged(bool live);

private:
    void connectNow();
    void received(const QString& message);
    void setListening(bool listening);
    void setLive(bool live);

    std::function<QString()> m_accessToken;
    QWebSocket m_socket;
    QUrl m_url;
    QTimer m_reconnect;
    QTimer m_keepAlive; // a ping well inside the service's idle timeout (90 s by default)
    bool m_wanted = false;
    bool m_listening = false;
    bool m_live = false;
};

} // namespace dnd::sync
