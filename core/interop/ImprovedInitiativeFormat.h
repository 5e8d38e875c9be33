#pragma once

#include "interop/ImportBatch.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnd {

class ExportTicker;
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
    // A combatant as Improved Initiative saves it in an encounter; `creature` is the statblock it
    // came from when known, else the statblock is made of the combatant's own figures.
    static QJsonObject combatant(const Participant& participant, const Creature* creature);
    // The DM's creatures, characters and encounters as an Improved Initiative backup file it can
    // import.
    static QJsonObject exportStore(LocalStore& store);
    // The same for collected records (StoreExport::collect): bundled templates among them only
    // give the combatants their statblocks.
    static QJsonObject write(const ImportBatch& records, ExportTicker& ticker);
};

} // namespace dnd
