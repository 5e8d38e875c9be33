#pragma once

#include "interop/ImportBatch.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnd {

// Open5e monsters in both shapes: the v1 API ("results" page, a list, or one object with "slug",
// "armor_class", "hit_points", "actions" [{name, desc, attack_bonus, damage_dice}]) and the v2
// data fixtures ([{model, pk, fields}] of api_v2.creature with its creatureaction,
// creatureactionattack and creaturetrait records, in one list or several joined together).
class Open5eReader {
public:
    static bool looksLike(const QJsonDocument& document);
    static bool looksLikeV2(const QJsonDocument& document);
    static Result<ImportBatch> read(const QJsonDocument& document);
    // Joins several v2 fixture files (creatures, actions, attacks, traits) into one list.
    static QJsonDocument joinFixtures(const QList<QJsonDocument>& documents);
};

} // namespace dnd
