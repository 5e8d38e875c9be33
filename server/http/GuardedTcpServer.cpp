#include "http/GuardedTcpServer.h"

#include "ApiErrorCodes.h"
#include "http/ApiEnvelope.h"
#include "http/ConnectionGuard.h"

#include <QTcpSocket>

namespace dnd::server {

GuardedTcpServer::GuardedTcpServer(const ConnectionLimits& limits, QObject* parent)
    : QTcpServer(parent), m_limits(limits)
{}

GuardedTcpServer::~GuardedTcpServer()
{
    for (ConnectionGuard* guard : std::as_const(m_guards))
        disconnect(guard, nullptr, this, nullptr);
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    const bool ordinarySlotFree = m_guards.size() - m_healthChecks < m_limits.maxConnections &&
                                  (m_limits.maxConnectionsPerAddress <= 0 ||
                                   m_perAddress.value(peer) < m_limits.maxConnectionsPerAddress);
    if (ordinarySlotFree) {
        auto* guard = new ConnectionGuard(socket, m_limits);
        m_guards.insert(guard);
        ++m_perAddress[peer];
        connect(guard, &QObject::destroyed, this, [this, guard, peer] {
            m_guards.remove(guard);
            if (--m_perAddress[peer] <= 0)
                m_perAddress.remove(peer);
        });
    } else if (m_healthChecks < m_limits.healthCheckConnections) {
        // Whoever holds the ordinary slots, a monitor still learns whether the service is alive.
        auto* guard = new ConnectionGuard(socket, m_limits, ConnectionGuard::Admission::HealthCheckOnly);
        m_guards.insert(guard);
        ++m_healthChecks;
        connect(guard, &QObject::destroyed, this, [this, guard] {
            m_guards.remove(guard);
            --m_healthChecks;
        });
    } else {
        return refuse(socket);
    }
    addPendingConnection(socket);
}

void GuardedTcpServer::refuse(QTcpSocket* socket)
{
    ++m_rejected;
    socket->write(envelope::rawHttpError(api::kUnavailable, ConnectionGuard::tooManyConnectionsMessage()));
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void GuardedTcpServer::closeConnectionsWhenIdle()
{
    const QSet<ConnectionGuard*> guards = m_guards;
    for (ConnectionGuard* guard : guards)
        guard->closeWhenIdle();
}

bool GuardedTcpServer::allIdle() const
{
    for (ConnectionGuard* guard : m_guards) {
        if (!guard->isIdle())
            return false;
    }
    return true;
}

} // namespace dnd::server
