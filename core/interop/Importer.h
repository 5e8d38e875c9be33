#pragma once

#include "interop/ImportBatch.h"
#include "interop/ImportFormat.h"
#include "interop/ImportReport.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonDocument>

namespace dnd {

class LocalStore;

// Reads a file of any supported format and writes what it holds into the store in ONE commit:
// either everything readable lands or nothing does. Re-importing the same file updates the records
// it created before (same ids for the native format, same externalId for the others).
class Importer {
public:
    // Files larger than this are refused before parsing.
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    static Result<ImportReport> importFile(LocalStore& store, const QString& path,
                                           ImportFormat format = ImportFormat::Auto);
    static Result<ImportReport> importBytes(LocalStore& store, const QByteArray& bytes,
                                            ImportFormat format = ImportFormat::Auto);

    // The format a parsed document looks like; nullopt when it is none of them.
    static std::optional<ImportFormat> detect(const QJsonDocument& document);
    // Reads a parsed document in the given format (no store access).
    static Result<ImportBatch> read(const QJsonDocument& document, ImportFormat format);
};

} // namespace dnd
