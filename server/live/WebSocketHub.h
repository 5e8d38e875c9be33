#pragma once

#include "rules/PublicView.h"

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
    // After every write of an account's data: its devices get "poke", and every encounter of the
    // account that somebody follows is read again and what changed is sent as live events. The
    // other service processes on the database are told too (ClusterBus), and do the same.
    void accountChanged(const QString& account, qint64 version);
    void closeWatchers(const QString& shareCode);
    // Closes the account's signed-in sockets (not its players' watch pages) with 4403: its sessions
    // ended (password reset, disabled, deleted, promoted). Here and in the other processes.
    void endSessions(const QString& account);
    // The same for this process's sockets alone: what another process's notice asks for.
    void deliverAccountChange(const QString& account, qint64 version);
    void closeWatchersHere(const QString& shareCode);
    void endSessionsHere(const QString& account);
    // Closes the sockets signed in with a personal API token that was just revoked (4403), here
    // and in the other processes.
    void revokeApiToken(const QString& tokenId);
    void closeApiTokenHere(const QString& tokenId);
    // After notices may have been missed (the listening connection dropped): every followed
    // encounter is read again, watchers of revoked shares are closed, sessions are checked.
    void catchUp();
    // Another service process says whether somebody there follows one of the account's encounters.
    void setFollowedElsewhere(const QString& account, const QString& instance, bool following);
    void closeAll();
    int connectionCount() const { return int(m_clients.size()); }

signals:
    // A write of the account's data that this process committed (not one another process told of):
    // what the Discord relay posts from, so each change is posted once across processes.
    void accountWritten(const QString& account);

private:
    struct Client {
        QString account;                                        // set once authenticated
        QString shareCode;                                      // set for watchers
        CharacterHpShown characterHp = CharacterHpShown::Words; // watchers: what the share shows
        QSet<QString> encounters;
        bool authenticated = false;
        qint64 lastMessageMs = 0; // on the hub's monotonic clock
        qint64 windowStartMs = 0; // the current one-minute message-rate window
        int windowMessages = 0;
        qint64 tokenExpiresAt = 0;    // seconds since the epoch; the socket closes then unless renewed
        qint64 sessionGeneration = 0; // the account's, when the socket signed in
        QString apiTokenId;           // set when it signed in with a personal API token
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
    // What the followers of one encounter last saw, to tell what changed.
    struct Followed {
        std::optional<PublicEncounterView> words;
        std::optional<PublicEncounterView> numbers;
        QJsonObject document; // what the DM's devices last got
        std::optional<PublicEncounterView>& view(CharacterHpShown mode)
        {
            return mode == CharacterHpShown::Numbers ? numbers : words;
        }
    };
    static QString followedKey(const QString& account, const QString& encounterId)
    {
        return account + QLatin1Char('/') + encounterId;
    }
    // Reads the encounter and sends its followers what changed since they last heard.
    void refreshEncounter(const QString& account, const QString& encounterId);
    // Sends a watcher that just joined the encounter as it is now.
    void sendCurrentState(QWebSocket* socket, const Client& client);
    void forgetUnfollowed();
    // Tells the account's devices when somebody starts or stops following one of its encounters
    // (a player's watch page, another device), so the DM's device pushes combat changes at once.
    void updateLive(const QString& account);
    // Sends the account's devices "live" when following here or elsewhere changed it.
    void tellLive(const QString& account);

    ServerContext& m_ctx;
    QHash<QWebSocket*, Client> m_clients;
    QHash<QString, Followed> m_followed;
    QSet<QString> m_live;         // accounts with an encounter somebody follows (here or elsewhere)
    QSet<QString> m_followedHere; // ... somebody connected to this process
    QHash<QString, QSet<QString>> m_followedElsewhere; // account -> the other processes that say so
    QElapsedTimer m_clock;
    QTimer m_idleSweep;
    QTimer m_sessionCheck;
};

} // namespace dnd::server
