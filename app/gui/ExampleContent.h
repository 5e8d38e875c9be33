#pragma once

#include "store/ChangeSet.h"

namespace dnd::gui {

// A small party of four level-3 characters and a goblin ambush ready to fight, so a new DM can
// try the tracker within a minute. The figures are the SRD's goblin, goblin boss and wolf.
struct ExampleContent {
    QString partyId;
    QString encounterId;
    ChangeSet changes;

    static ExampleContent make();
};

} // namespace dnd::gui
