#pragma once

#include "interop/ImportBatch.h"
#include "interop/ImportFormat.h"

#include <QJsonObject>

namespace dnd {

// The outcome of one import: what format was read and how many items were added, updated or skipped.
struct ImportReport {
    ImportFormat format = ImportFormat::Auto;
    int imported = 0; // new records
    int updated = 0;  // records that existed already (same id or same source identity)
    int skipped = 0;
    QList<ImportIssue> errors; // one per skipped item

    // {"format", "imported", "updated", "skipped", "errors": [{"item", "reason"}]}
    QJsonObject toJson() const;
};

} // namespace dnd
