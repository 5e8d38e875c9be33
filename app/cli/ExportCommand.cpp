// `export`: writes the DM's data as the tracker's own JSON or as an Improved Initiative file, or one
// encounter's initiative order as Roll20's turn order.
#include "CliCommand.h"
#include "interop/ImprovedInitiativeFormat.h"
#include "interop/NativeFormat.h"
#include "interop/StoreExport.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace dnd::cli {
namespace {

QString tr(const char* text, int count = -1)
{
    return QCoreApplication::translate("ExportCommand", text, nullptr, count);
}

QString usageText()
{
    return tr("Usage: export --out FILE [--format native|improved-initiative|roll20] [--encounter ID|NAME] "
              "[--include-hidden]");
}

bool isEncounterRunning(const Encounter& encounter)
{
    return encounter.status == EncounterStatus::Active || encounter.status == EncounterStatus::Paused;
}

// The encounter named (by id, or by name in any case) or, when none is named, the one fight running.
Result<Encounter> chosenEncounter(LocalStore& store, const QString& wanted)
{
    QList<Encounter> matches;
    for (const Encounter& encounter : store.all<Encounter>()) {
        const bool named = encounter.id == wanted || encounter.name.compare(wanted, Qt::CaseInsensitive) == 0;
        if (wanted.isEmpty() ? isEncounterRunning(encounter) : named)
            matches.append(encounter);
    }
    if (matches.size() == 1)
        return matches.first();
    if (!wanted.isEmpty() && matches.isEmpty())
        return Error::make(codes::kNotFound, tr("No encounter has the id or name \"%1\".").arg(wanted));
    if (!wanted.isEmpty())
        return Error::make(
            codes::kNeedsOneEncounter,
            tr("%n encounter(s) are named \"%1\": give the id.", int(matches.size())).arg(wanted));
    return Error::make(
        codes::kNeedsOneEncounter,
        tr("%n encounter(s) are in combat: choose one with --encounter.", int(matches.size())));
}

Result<QByteArray> roll20TurnOrder(LocalStore& store, const QString& encounter, bool includeHidden)
{
    const Result<Encounter> chosen = chosenEncounter(store, encounter);
    if (!chosen)
        return chosen.error();
    const Result<ImportBatch> records = StoreExport::collect(store, ExportSelection::encounter(chosen->id));
    if (!records)
        return records.error();
    return StoreExport::write(*records, ExportFormat::Roll20TurnOrder, store.clock().nowMs(), {},
                              {.includeHidden = includeHidden});
}

int runExport(CliContext& context)
{
    QStringList arguments = context.arguments();
    QString out;
    QString format = QStringLiteral("native");
    QString encounter;
    bool includeHidden = false;
    while (!arguments.isEmpty()) {
        const QString argument = arguments.takeFirst();
        if (argument == QLatin1String("--out") && !arguments.isEmpty())
            out = arguments.takeFirst();
        else if (argument == QLatin1String("--format") && !arguments.isEmpty())
            format = arguments.takeFirst();
        else if (argument == QLatin1String("--encounter") && !arguments.isEmpty())
            encounter = arguments.takeFirst();
        else if (argument == QLatin1String("--include-hidden"))
            includeHidden = true;
        else
            return context.fail(kUsage, usageText());
    }
    const bool roll20 = format == QLatin1String("roll20");
    const bool known =
        roll20 || format == QLatin1String("native") || format == QLatin1String("improved-initiative");
    // An encounter and hidden combatants only mean something in Roll20's turn order.
    if (out.isEmpty() || !known || (!roll20 && (!encounter.isEmpty() || includeHidden)))
        return context.fail(kUsage, usageText());
    LocalStore* store = context.openStore();
    if (!store)
        return kDataProblem;
    QByteArray bytes;
    if (roll20) {
        const Result<QByteArray> turnOrder = roll20TurnOrder(*store, encounter, includeHidden);
        if (!turnOrder)
            return context.fail(kFailure, turnOrder.errorMessage());
        bytes = *turnOrder;
    } else {
        const QJsonObject document = format == QLatin1String("native")
                                         ? NativeFormat::exportStore(*store)
                                         : ImprovedInitiativeFormat::exportStore(*store);
        bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    }
    // Written to a temporary file and renamed, so a failed export never leaves half a file.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(kFailure, tr("Cannot write %1: %2").arg(out, file.errorString()));
    context.out() << tr("Exported to %1 (%2).").arg(out, format) << Qt::endl;
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("export"),
     QT_TRANSLATE_NOOP("CliCommand", "export --out FILE [--format native|improved-initiative|roll20] "
                                     "[--encounter ID|NAME] [--include-hidden]"),
     QT_TRANSLATE_NOOP(
         "CliCommand",
         "export parties, custom creatures and encounters, or an encounter's Roll20 turn order"),
     runExport}};

} // namespace
} // namespace dnd::cli
