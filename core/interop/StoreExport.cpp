#include "interop/StoreExport.h"

#include "interop/ImprovedInitiativeFormat.h"
#include "interop/NativeFormat.h"
#include "store/LocalStore.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StoreExport)
};

// Reporting every record would cost more than writing it; a few hundred reports per file are plenty.
constexpr qsizetype kReportEvery = 64;

} // namespace

bool ExportTicker::tick()
{
    if (m_stopped)
        return false;
    ++m_done;
    if (m_progress && (m_done % kReportEvery == 0 || m_done == m_total))
        m_stopped = !m_progress(m_done, m_total);
    return !m_stopped;
}

Result<ImportBatch> StoreExport::collect(LocalStore& store, const ExportSelection& selection)
{
    ImportBatch records;
    if (selection.scope == ExportSelection::Scope::Everything) {
        records.parties = store.all<Party>();
        records.characters = store.all<Character>();
        for (const Creature& creature : store.all<Creature>()) {
            if (!creature.isTemplate)
                records.creatures.append(creature);
        }
        records.encounters = store.all<Encounter>();
        records.participants = store.all<Participant>();
        records.combatLog = store.all<CombatLogEntry>();
    } else if (selection.scope == ExportSelection::Scope::Party) {
        const std::optional<Party> party = store.get<Party>(selection.id);
        if (!party)
            return Error::make(codes::kNotFound, Text::tr("The party to export no longer exists."));
        records.parties.append(*party);
        records.characters = store.childrenOf<Character>(party->id);
    } else {
        const std::optional<Encounter> encounter = store.get<Encounter>(selection.id);
        if (!encounter)
            return Error::make(codes::kNotFound, Text::tr("The encounter to export no longer exists."));
        records.encounters.append(*encounter);
        records.participants = store.childrenOf<Participant>(encounter->id);
        records.combatLog = store.childrenOf<CombatLogEntry>(encounter->id);
    }
    // The statblocks the combatants came from that the records do not hold yet: the DM's own ones
    // are exported with them; bundled templates only give Improved Initiative its statblocks.
    QSet<QString> held;
    for (const Creature& creature : std::as_const(records.creatures))
        held.insert(creature.id);
    for (const Participant& participant : std::as_const(records.participants)) {
        if (participant.creatureId.isEmpty() || held.contains(participant.creatureId))
            continue;
        held.insert(participant.creatureId);
        if (const std::optional<Creature> creature = store.get<Creature>(participant.creatureId))
            records.creatures.append(*creature);
    }
    return records;
}

Result<QByteArray> StoreExport::write(const ImportBatch& records, ExportFormat format, qint64 exportedAtMs,
                                      const ExportProgress& progress, const Roll20ExportOptions& roll20)
{
    if (format == ExportFormat::Roll20TurnOrder) {
        const Result<QJsonArray> entries = Roll20TurnOrder::write(records, roll20);
        if (!entries)
            return entries.error();
        return QJsonDocument(*entries).toJson(QJsonDocument::Compact) + '\n';
    }
    ExportTicker ticker(records.itemCount(), progress);
    const QJsonObject document = format == ExportFormat::Native
                                     ? NativeFormat::write(records, exportedAtMs, ticker)
                                     : ImprovedInitiativeFormat::write(records, ticker);
    if (ticker.stopped())
        return Error::make(codes::kCanceled, Text::tr("The export was cancelled; no file was written."));
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QString StoreExport::suffix(ExportFormat format)
{
    return format == ExportFormat::Native ? QStringLiteral("dndtracker") : QStringLiteral("json");
}

} // namespace dnd
