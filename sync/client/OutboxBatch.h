#pragma once

#include "SyncProtocol.h"

namespace dnd {
class LocalStore;
}

namespace dnd::sync {

// The next push of a device: its oldest queued local changes, in the order the DM made them, as
// the store recorded them in the same transaction as each change.
PushRequest nextPush(LocalStore& store, int limit = kMaxMutationsPerPush);

} // namespace dnd::sync
