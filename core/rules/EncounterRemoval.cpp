#include "rules/EncounterRemoval.h"

namespace dnd::rules {

ChangeSet encounterRemoval(LocalStore& store, const QString& encounterId)
{
    ChangeSet changes;
    for (EntityKind kind : {EntityKind::CombatLog, EntityKind::Participant}) {
        for (const QJsonObject& child : store.children(kind, encounterId))
            changes.remove(kind, child.value(QStringLiteral("id")).toString());
    }
    changes.remove(EntityKind::Encounter, encounterId);
    return changes;
}

} // namespace dnd::rules
