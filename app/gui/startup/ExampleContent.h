#pragma once

#include "store/ChangeSet.h"

namespace dnd {
class LocalStore;
}

namespace dnd::gui {

// A small party of four level-3 characters and a goblin ambush ready to fight, so a new DM can
// try the tracker within a minute. The monsters are the bundled SRD templates (goblin and wolf
// from SRD 5.1; the goblin boss from SRD 5.2, as SRD 5.1 has none), so their statblocks, defences
// and actions come along; a store without the bundled bestiary gets the same figures without them.
struct ExampleContent {
    QString partyId;
    QString encounterId;
    ChangeSet changes;

    static ExampleContent make(LocalStore& store);
};

} // namespace dnd::gui
