#pragma once

#include "interop/ImportBatch.h"
#include "interop/ImportFormat.h"
#include "interop/ImportReport.h"
#include "store/ChangeSet.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonDocument>

namespace dnd {

class LocalStore;

// A file read and understood, before anything is written.
struct ParsedImport {
    ImportFormat format = ImportFormat::Auto;
    ImportBatch batch;
};

// What an import will write (one change set) and what it will report.
struct ImportPlan {
    ChangeSet changes;
    ImportReport report;
};

// Reads a file of any supported format and writes what it holds into the store in ONE commit:
// either everything readable lands or nothing does. Re-importing the same file updates the records
// it created before (same ids for the native format, same externalId for the others).
// The steps are separate for the desktop application: parsing touches no store and may run on a
// worker thread; planning reads the store; the plan's changes are committed by the caller.
class Importer {
public:
    // Files larger than this are refused before parsing.
    static constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

    static Result<ImportReport> importFile(LocalStore& store, const QString& path,
                                           ImportFormat format = ImportFormat::Auto);
    static Result<ImportReport> importBytes(LocalStore& store, const QByteArray& bytes,
                                            ImportFormat format = ImportFormat::Auto);

    // Reads and parses a file (no store access).
    static Result<ParsedImport> parseFile(const QString& path, ImportFormat format = ImportFormat::Auto);
    static Result<ParsedImport> parseBytes(const QByteArray& bytes, ImportFormat format = ImportFormat::Auto);
    // The changes that bring the parsed records into the store (new ids, or the ids of records an
    // earlier import of the same items created); an error when a native file has invalid records.
    static Result<ImportPlan> plan(LocalStore& store, const ParsedImport& parsed);

private:
    static Result<ImportReport> commitImport(LocalStore& store, const Result<ParsedImport>& parsed);

    // The format a parsed document looks like; nullopt when it is none of them.
    static std::optional<ImportFormat> detect(const QJsonDocument& document);
    // Reads a parsed document in the given format (no store access).
    static Result<ImportBatch> read(const QJsonDocument& document, ImportFormat format);
};

} // namespace dnd
