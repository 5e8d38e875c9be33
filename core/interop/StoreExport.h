#pragma once

#include "interop/ImportBatch.h"
#include "interop/Roll20TurnOrder.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace dnd {

class LocalStore;

// The formats the tracker writes.
enum class ExportFormat { Native, ImprovedInitiative, Roll20TurnOrder };

// What an export covers: the whole store, one party with its characters, or one encounter with its
// combatants, its combat log and the DM's own creatures it uses.
struct ExportSelection {
    enum class Scope { Everything, Party, Encounter };
    Scope scope = Scope::Everything;
    QString id; // the party's or the encounter's id

    static ExportSelection everything() { return {}; }
    static ExportSelection party(const QString& partyId) { return {Scope::Party, partyId}; }
    static ExportSelection encounter(const QString& encounterId) { return {Scope::Encounter, encounterId}; }
};

// Told how many of the records have been written; answers false to stop the export.
using ExportProgress = std::function<bool(qsizetype done, qsizetype total)>;

// Counts the records a format writes and tells an ExportProgress, every few records.
class ExportTicker {
public:
    ExportTicker(qsizetype total, ExportProgress progress) : m_total(total), m_progress(std::move(progress))
    {}
    // One more record written; false once the export was stopped.
    bool tick();
    bool stopped() const { return m_stopped; }

private:
    qsizetype m_total = 0;
    qsizetype m_done = 0;
    bool m_stopped = false;
    ExportProgress m_progress;
};

// Exports in two steps so the desktop application can keep its window answering: collect() reads
// the store (on the store's thread), write() turns the records into a file's bytes and touches no
// store (it may run on a worker thread).
class StoreExport {
public:
    // The records the selection covers; bundled templates are never exported. An error when the
    // selected party or encounter does not exist.
    static Result<ImportBatch> collect(LocalStore& store, const ExportSelection& selection);
    // The file's bytes; an error when `progress` stopped the export, or when Roll20's turn order
    // (one fight) is asked of anything but one encounter.
    static Result<QByteArray> write(const ImportBatch& records, ExportFormat format, qint64 exportedAtMs,
                                    const ExportProgress& progress = {},
                                    const Roll20ExportOptions& roll20 = {});
    // The usual file name ending: "dndtracker" or "json".
    static QString suffix(ExportFormat format);
};

} // namespace dnd
