#pragma once

#include <QString>

namespace dnd {

// Ids for records an importer derives from a file (a party for imported players, an encounter of
// a backup): the same file gives the same ids, so importing it again updates instead of duplicating.
class ImportIdentity {
public:
    static QString derivedId(const QString& key);
};

} // namespace dnd
