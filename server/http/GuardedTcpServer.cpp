#include "http/GuardedTcpServer.h"

#include "ApiErrorCodes.h"
#include "http/ApiEnvelope.h"
#include "http/ConnectionGuard.h"

#include <QCoreApplication>
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
    if (m_guards.size() >= m_limits.maxConnections) {
        ++m_rejected;
        socket->write(envelope::rawHttpError(
            api::kUnavailable, QCoreApplication::translate("GuardedTcpServer",
                                                           "Too many open connections; try again shortly.")));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    auto* guard = new ConnectionGuard(socket, m_limits);
    m_guards.insert(guard);
    connect(guard, &QObject::destroyed, this, [this, guard] { m_guards.remove(guard); });
    addPendingConnection(socket);
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
