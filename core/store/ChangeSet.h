#pragma once

#include "model/EntityKind.h"

#include <QJsonObject>
#include <QList>

namespace dnd {

// One change to one record, as the store applies it and as sync records it.
struct ChangeOp {
    enum class Type { Put, Remove, Restore };
    Type type = Type::Put;
    EntityKind kind = EntityKind::Party;
    QString id;
    QJsonObject fields; // Put: the fields to set (others keep their values)

    bool operator==(const ChangeOp&) const = default;
};

// Where a change comes from decides whether it is recorded for sync.
enum class ChangeOrigin {
    Local,   // the DM did it on this device: recorded in the outbox
    Bundled, // read-only templates shipped with the app: never synced
};

// A group of changes committed together in one transaction: all of them or none.
class ChangeSet {
public:
    ChangeSet() = default;
    explicit ChangeSet(ChangeOrigin origin) : m_origin(origin) {}

    ChangeSet& put(EntityKind kind, const QString& id, const QJsonObject& fields);
    template <typename Entity> ChangeSet& put(const Entity& entity)
    {
        return put(Entity::kKind, entity.id, entity.toJson());
    }
    ChangeSet& remove(EntityKind kind, const QString& id);
    ChangeSet& restore(EntityKind kind, const QString& id);
    ChangeSet& append(const ChangeSet& other);

    const QList<ChangeOp>& ops() const { return m_ops; }
    ChangeOrigin origin() const { return m_origin; }
    bool isEmpty() const { return m_ops.isEmpty(); }

private:
    QList<ChangeOp> m_ops;
    ChangeOrigin m_origin = ChangeOrigin::Local;
};

} // namespace dnd
