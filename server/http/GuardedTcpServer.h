#pragma once

#include "http/ConnectionLimits.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSet>
#include <QTcpServer>

namespace dnd::server {

class ConnectionGuard;

// The listening socket handed to QHttpServer::bind(): caps open connections, in all and per client
// address (503 beyond a cap, except for a few connections kept for GET /healthz), and puts a
// ConnectionGuard on each accepted socket before the HTTP server sees it.
class GuardedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit GuardedTcpServer(const ConnectionLimits& limits, QObject* parent = nullptr);
    ~GuardedTcpServer() override;

    int openConnections() const { return int(m_guards.size()); }
    qint64 rejectedConnections() const { return m_rejected; }
    // Graceful shutdown: idle connections close now, busy ones once their answer is written.
    void closeConnectionsWhenIdle();
    bool allIdle() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void refuse(QTcpSocket* socket);

    ConnectionLimits m_limits;
    QSet<ConnectionGuard*> m_guards;
    QHash<QHostAddress, int> m_perAddress;
    int m_healthChecks = 0; // of m_guards, those admitted beyond the caps for a health check
    qint64 m_rejected = 0;
};

} // namespace dnd::server
