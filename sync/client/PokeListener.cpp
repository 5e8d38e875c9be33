#include "PokeListener.h"

#include "SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnd::sync {

PokeListener::PokeListener(std::function<QString()> accessToken, QObject* parent)
    : QObject(parent), m_accessToken(std::move(accessToken))
{
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(15000);
    connect(&m_reconnect, &QTimer::timeout, this, &PokeListener::connectNow);
    // The service closes a socket that stays silent; a small ping keeps the listener signed in.
    m_keepAlive.setInterval(30000);
    connect(&m_keepAlive, &QTimer::timeout, this,
            [this] { m_socket.sendTextMessage(QStringLiteral("{\"type\":\"ping\"}")); });
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                                        {QStringLiteral("token"), m_accessToken()}})
                                  .toJson(QJsonDocument::Compact)));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &PokeListener::received);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        m_keepAlive.stop();
        qCDebug(lcSyncPoke) << "disconnected:" << m_socket.closeReason()
                            << (m_wanted ? "(reconnecting shortly)" : "");
        setListening(false);
        setLive(false); // nobody tells this device any more, so it falls back to the usual delay
        if (m_wanted)
            m_reconnect.start();
    });
}

PokeListener::~PokeListener()
{
    // The socket closes itself when it is destroyed and says so through `disconnected`; by then
    // the timers, declared after it, are gone, so its handlers must not run any more.
    m_socket.disconnect(this);
    m_wanted = false;
}

void PokeListener::start(const QUrl& serviceUrl)
{
    m_url = serviceUrl;
    m_url.setScheme(serviceUrl.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                  : QStringLiteral("ws"));
    m_url.setPath(QStringLiteral("/api/v1/ws"));
    m_wanted = true;
    connectNow();
}

void PokeListener::stop()
{
    m_wanted = false;
    m_reconnect.stop();
    m_socket.close();
    setListening(false);
    setLive(false); // nobody tells this device any more, so it falls back to the usual delay
}

void PokeListener::connectNow()
{
    if (!m_wanted)
        return;
    m_socket.abort();
    m_socket.open(m_url);
}

void PokeListener::received(const QString& message)
{
    const QJsonObject event = QJsonDocument::fromJson(message.toUtf8()).object();
    const QString type = event.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("auth:ok")) {
        setListening(true);
        setLive(event.value(QStringLiteral("live")).toBool());
        m_keepAlive.start();
    } else if (type == QLatin1String("poke")) {
        emit poked(event.value(QStringLiteral("version")).toInteger());
    } else if (type == QLatin1String("live")) {
        setLive(event.value(QStringLiteral("live")).toBool());
    }
    qCDebug(lcSyncPoke) << "received" << type;
}

void PokeListener::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    emit liveChanged(live);
}

void PokeListener::setListening(bool listening)
{
    if (m_listening == listening)
        return;
    m_listening = listening;
    emit listeningChanged(listening);
}

} // namespace dnd::sync
