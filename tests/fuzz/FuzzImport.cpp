// libFuzzer target: one importer (the format is chosen at build time, one binary per format, so
// each keeps its own corpus). Any file a user picks is refused with a code or read into records;
// nothing it holds may crash the reader or trip a sanitizer, and every record read can be checked
// and written out again, as the import does next.
#include "interop/Importer.h"

#include <cstdint>

using namespace dnd;

namespace {

template <typename Record> void checkAndWrite(const QList<Record>& records)
{
    for (const Record& record : records) {
        (void)record.validate();
        (void)record.toJson();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<ParsedImport> parsed = Importer::parseBytes(bytes, ImportFormat::DND_FUZZ_IMPORT_FORMAT);
    if (!parsed.ok())
        return 0;
    const ImportBatch& batch = parsed.value().batch;
    checkAndWrite(batch.parties);
    checkAndWrite(batch.characters);
    checkAndWrite(batch.creatures);
    checkAndWrite(batch.encounters);
    checkAndWrite(batch.participants);
    checkAndWrite(batch.combatLog);
    return 0;
}
