#pragma once

#include "model/EntityKind.h"

#include <QHash>
#include <QStringList>

namespace dnd {

// Fields of a record that are only valid together: current HP is bounded by the maximum (or the
// maximum's override), and temporary HP goes with them; legendary actions and resistances left
// are bounded by their maximum. Sync merges such a group as one unit, so
// two devices editing it apart never make a record the validator refuses: a change to any field
// of the group carries the whole group under one clock, and a merge takes the whole group from
// whichever side holds its newest clock (docs/SYNC.md, "Fields that belong together").
// Answers the group `field` belongs to, or an empty list when it stands alone.
QStringList fieldGroup(EntityKind kind, const QString& field);
// The newest of the clocks of `fields` in `clocks` (field -> hybrid logical clock; a field
// without its own clock has the row's creation clock, "*"), empty when none has one.
QString newestClock(const QHash<QString, QString>& clocks, const QStringList& fields);

} // namespace dnd
