#pragma once

#include "interop/ImportBatch.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnd {

// Monsters in the 5e-database (5e-bits) JSON shape: one object or an array of them, with
// "index", "armor_class", "hit_points", "actions" [{name, desc, attack_bonus, damage, dc, usage}].
// Keeps the full text the user's file carries.
class FiveEDatabaseReader {
public:
    static bool looksLike(const QJsonDocument& document);
    static Result<ImportBatch> read(const QJsonDocument& document);
    // One monster; nullopt with a reason when the object is not a readable monster.
    static std::optional<Creature> creature(const QJsonObject& object, QString* reason);
};

} // namespace dnd
