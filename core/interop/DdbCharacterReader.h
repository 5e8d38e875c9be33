#pragma once

#include "interop/ImportBatch.h"
#include "util/Result.h"

#include <QJsonDocument>

namespace dnd {

// D&D Beyond character JSON (what its character service returns, with or without the
// {"success", "data"} envelope): name, race, classes with levels, stats with bonus and override
// values, hit points, and the armor and modifiers AC is computed from. Becomes a party member.
class DdbCharacterReader {
public:
    static bool looksLike(const QJsonDocument& document);
    static Result<ImportBatch> read(const QJsonDocument& document);
};

} // namespace dnd
