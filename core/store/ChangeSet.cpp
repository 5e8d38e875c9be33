#include "store/ChangeSet.h"

namespace dnd {

ChangeSet& ChangeSet::put(EntityKind kind, const QString& id, const QJsonObject& fields)
{
    QJsonObject withoutId = fields;
    withoutId.remove(QStringLiteral("id"));
    m_ops.append(ChangeOp{ChangeOp::Type::Put, kind, id, withoutId});
    return *this;
}

ChangeSet& ChangeSet::remove(EntityKind kind, const QString& id)
{
    m_ops.append(ChangeOp{ChangeOp::Type::Remove, kind, id, {}});
    return *this;
}

ChangeSet& ChangeSet::restore(EntityKind kind, const QString& id)
{
    m_ops.append(ChangeOp{ChangeOp::Type::Restore, kind, id, {}});
    return *this;
}

ChangeSet& ChangeSet::append(const ChangeSet& other)
{
    m_ops.append(other.m_ops);
    return *this;
}

} // namespace dnd
