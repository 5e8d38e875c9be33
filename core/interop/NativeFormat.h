#pragma once

#include "interop/ImportBatch.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dnd {

class ExportTicker;
class LocalStore;

// The project's own versioned JSON file (docs/FORMAT.md): parties with their characters, the DM's
// own creatures, encounters with participants and combat log. Bundled templates are not exported.
class NativeFormat {
public:
    static inline const QString kFormatName = QStringLiteral("dnd-encounter-tracker");
    static constexpr int kVersion = 1;

    static QJsonObject exportStore(LocalStore& store);
    // The file for collected records (StoreExport::collect); bundled templates among them are left out.
    static QJsonObject write(const ImportBatch& records, qint64 exportedAtMs, ExportTicker& ticker);
    static bool looksLike(const QJsonDocument& document);
    // Strict: any item that does not validate fails the whole read.
    static Result<ImportBatch> read(const QJsonDocument& document);
};

} // namespace dnd
