#pragma once

#include "interop/ImportBatch.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnd {

class LocalStore;

// Improved Initiative's JSON: a statblock, a list of statblocks, saved player characters, and its
// whole-app backup ("Creatures.<id>", "PersistentCharacters.<id>", "SavedEncounters.<id>" ...).
class ImprovedInitiativeFormat {
public:
    static bool looksLike(const QJsonDocument& document);
    static Result<ImportBatch> read(const QJsonDocument& document);

    // A statblock in Improved Initiative's shape, and back.
    static QJsonObject statblock(const Creature& creature);
    static QJsonObject statblock(const Character& character);
    // The DM's creatures and characters as an Improved Initiative backup file it can import.
    static QJsonObject exportStore(LocalStore& store);
};

} // namespace dnd
