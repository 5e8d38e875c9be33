#pragma once

#include "store/ChangeSet.h"
#include "store/LocalStore.h"

namespace dnd::rules {

// The change that deletes an encounter with everything that belongs to it: its combatants and
// its combat log entries. Log entries left alive would belong to nothing, yet still count against
// the sync plan's combat log limit. Undoing the change brings all of it back.
ChangeSet encounterRemoval(LocalStore& store, const QString& encounterId);

} // namespace dnd::rules
