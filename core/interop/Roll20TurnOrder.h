#pragma once

#include "interop/ImportBatch.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonArray>

namespace dnd {

struct Roll20ExportOptions {
    // Combatants the DM hides from the players are left out unless asked for.
    bool includeHidden = false;
};

// Roll20's turn order: the campaign's `turnorder` property, a JSON array of entries
// {"id": "-1", "pr": initiative, "custom": name}. The entries are written as custom ones (id "-1",
// no page); the tracker's Roll20 script (packaging/roll20/) puts them on the page and swaps in the
// id of a token of the same name. Roll20's top entry is the one acting, so the list starts with the
// combatant whose turn it is.
class Roll20TurnOrder {
public:
    // The encounter's combatants in turn order under the names the players see (the alias when
    // there is one); defeated ones left out, hidden ones too unless `options` asks for them. An
    // initiative not rolled yet is an empty "pr", as Roll20 shows an entry without one.
    static QJsonArray entries(const Encounter& encounter, const QList<Participant>& participants,
                              const Roll20ExportOptions& options = {});
    // The same for collected records (StoreExport::collect); an error unless they hold exactly one
    // encounter.
    static Result<QJsonArray> write(const ImportBatch& records, const Roll20ExportOptions& options = {});
    // The entries on one line, as the script's chat command takes them: "!dnd-turnorder [...]".
    static QString chatCommand(const QJsonArray& entries);
};

} // namespace dnd
