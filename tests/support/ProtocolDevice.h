#pragma once

#include "SyncProtocol.h"

#include <QDateTime>
#include <QUuid>
#include <algorithm>

namespace dnd::test {

// One device as the service sees it, messages only (no store, no engine: SyncedDevice.h has those): its id,
// its outbox numbering and its clock, which may run ahead of or behind the service's. Tests build the
// mutations a real device would push with it.
struct ProtocolDevice {
    QString clientId = QUuid::createUuid().toString(QUuid::Id128);
    qint64 nextId = 1;
    qint64 offsetMs = 0;
    qint64 lastMs = 0;
    int counter = 0;

    QString stamp()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch() + offsetMs;
        counter = now > lastMs ? 0 : counter + 1;
        lastMs = std::max(now, lastMs);
        return QStringLiteral("%1-%2-%3")
            .arg(lastMs, 15, 10, QLatin1Char('0'))
            .arg(counter, 5, 10, QLatin1Char('0'))
            .arg(clientId);
    }
    sync::Mutation put(EntityKind kind, const QString& row, const QJsonObject& fields, qint64 cl = 1)
    {
        return sync::Mutation{nextId++, kind, row, sync::MutationOp::Put, fields, stamp(), cl};
    }
    sync::Mutation remove(EntityKind kind, const QString& row, qint64 cl = 2)
    {
        return sync::Mutation{nextId++, kind, row, sync::MutationOp::Delete, {}, stamp(), cl};
    }
};

} // namespace dnd::test
