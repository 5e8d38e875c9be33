#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMultiHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

class QWebSocket;

namespace dnd::server {

class ServerContext;

// Live updates over /api/v1/ws. A DM's client authenticates with its access token (first message,
// within the deadline, else close 4401), then subscribes to its encounters; a player's watch page
// joins with a share code and no account. Encounter changes are fanned out to both; "poke" tells
// the account's clients that a pull would find something new.
class WebSocketHub : public QObject {
    Q_OBJECT
public:
    explicit WebSocketHub(ServerContext& context, QObject* parent = nullptr);
    ~WebSocketHub() override;

    void accept(std::unique_ptr<QWebSocket> socket);
    void publish(const QString& account, const QString& encounterId, const QString& type,
                 const QJsonObject& data);
    void poke(const QString& account, qint64 version);
    void closeWatchers(const QString& shareCode);
    // Closes the account's signed-in sockets (not its players' watch pages) with 4403: its sessions
    // ended (password reset, disabled, deleted, promoted).
    void endSessions(const QString& account);
    void closeAll();
    int connectionCount() const { return int(m_clients.size()); }

private:
    struct Client {
        QString account;   // set once authenticated
        QString shareCode; // set for watchers
        QSet<QString> encounters;
        bool authenticated = false;
        qint64 lastMessageMs = 0; // on the hub's monotonic clock
        qint64 windowStartMs = 0; // the current one-minute message-rate window
        int windowMessages = 0;
        qint64 tokenExpiresAt = 0;    // seconds since the epoch; the socket closes then unless renewed
        qint64 sessionGeneration = 0; // the account's, when the socket signed in
    };
    // Counts a message against the socket's per-minute budget; false when it is over.
    bool withinMessageRate(Client& client);
    void closeIdleSockets();
    // Closes sockets whose token expired or whose account's sessions ended since they signed in,
    // also when another process made the change (the account row is read again).
    void checkSessions();
    // The first auth message signs the socket in; a later one renews its session with a fresh token
    // of the same account.
    void authenticate(QWebSocket* socket, Client& client, const QString& token);
    int signedInSockets(const QString& account) const;
    void onMessage(QWebSocket* socket, const QString& text);
    void send(QWebSocket* socket, const QJsonObject& message);
    void sendError(QWebSocket* socket, const QString& code, const QString& message);
    void drop(QWebSocket* socket);
    // What a player may see: hidden combatants and the DM's notes removed, monster HP as words.
    static QJsonObject playerView(const QJsonObject& encounter);

    ServerContext& m_ctx;
    QHash<QWebSocket*, Client> m_clients;
    QElapsedTimer m_clock;
    QTimer m_idleSweep;
    QTimer m_sessionCheck;
};

} // namespace dnd::server
