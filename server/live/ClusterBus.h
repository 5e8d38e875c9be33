#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>

namespace dnd::server {

class ServerContext;
class ServerDatabase;

// Several service processes on one PostgreSQL database: each tells the others what it changed
// with NOTIFY on kChannel, and hands what the others changed to its own hub and caches, so their
// watchers, devices and cached lists see a write made anywhere at once. The notices travel on a
// connection of their own that LISTENs (QSqlDriver::subscribeToNotification); when it drops, the
// bus connects again and catches up by reading what may have been missed. SQLite serves one
// process only: there the bus stays off.
class ClusterBus : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kChannel = "dnd_tracker_events";
    enum class Notice { AccountData, SessionsEnded, ShareRevoked, Following, ApiTokenRevoked };

    explicit ClusterBus(ServerContext& context, QObject* parent = nullptr);
    ~ClusterBus() override;

    // Opens the listening connection (PostgreSQL only; a no-op on SQLite).
    Status start(const QString& databaseUrl);
    bool active() const { return m_listener != nullptr; }
    // Tells the other processes (after the change is committed): an account's data moved on to
    // `version`, an account's sessions ended, a share code was revoked, or whether somebody here
    // follows one of the account's encounters (version 1 or 0; the devices push at once then).
    // ApiTokenRevoked names the token id: sockets signed in with it close.
    void publish(Notice notice, const QString& subject, qint64 version = 0);

private:
    void onNotification(const QString& channel, const QVariant& payload);
    void apply(Notice notice, const QString& from, const QString& subject, qint64 version);
    // Checks the listening connection; after it dropped, listens again and catches up.
    void keepListening();
    bool subscribe();

    ServerContext& m_ctx;
    QString m_instanceId; // told apart from the others' notices: NOTIFY reaches its sender too
    std::unique_ptr<ServerDatabase> m_listener;
    QTimer m_watchdog;
    bool m_catchUpNeeded = false;
};

} // namespace dnd::server
