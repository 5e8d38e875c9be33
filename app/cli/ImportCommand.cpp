// `import`: reads a file of any supported format into the store in one all-or-nothing commit.
#include "CliCommand.h"
#include "interop/Importer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

int runImport(CliContext& context)
{
    QStringList arguments = context.arguments();
    bool asJson = false;
    ImportFormat format = ImportFormat::Auto;
    QString path;
    while (!arguments.isEmpty()) {
        const QString argument = arguments.takeFirst();
        if (argument == QLatin1String("--json")) {
            asJson = true;
        } else if (argument == QLatin1String("--format") && !arguments.isEmpty()) {
            const std::optional<ImportFormat> chosen = importFormatFromKey(arguments.takeFirst());
            if (!chosen)
                return context.fail(
                    kUsage,
                    tr("--format takes one of: %1.").arg(importFormatKeys().join(QStringLiteral(", "))));
            format = *chosen;
        } else if (argument.startsWith(QLatin1String("--")) || !path.isEmpty()) {
            return context.fail(kUsage, tr("Usage: import FILE [--format %1] [--json]")
                                            .arg(importFormatKeys().join(QLatin1Char('|'))));
        } else {
            path = argument;
        }
    }
    if (path.isEmpty())
        return context.fail(
            kUsage,
            tr("Usage: import FILE [--format %1] [--json]").arg(importFormatKeys().join(QLatin1Char('|'))));
    LocalStore* store = context.openStore();
    if (!store)
        return kDataProblem;
    const Result<ImportReport> report = Importer::importFile(*store, path, format);
    if (!report) {
        if (asJson) {
            QJsonObject failure{{QStringLiteral("format"), importFormatKey(format)},
                                {QStringLiteral("imported"), 0},
                                {QStringLiteral("updated"), 0},
                                {QStringLiteral("skipped"), 0},
                                {QStringLiteral("code"), report.error().code},
                                {QStringLiteral("message"), report.errorMessage()},
                                {QStringLiteral("errors"),
                                 QJsonArray::fromVariantList(
                                     report.error().details.value(QStringLiteral("errors")).toList())}};
            context.printJson(failure);
        }
        return context.fail(kFailure, report.errorMessage());
    }
    // Something in the file was readable, or the file was empty of items: success. Only
    // when every item was refused is it a failure.
    const bool nothingUsable = report->imported + report->updated == 0 && report->skipped > 0;
    if (asJson) {
        context.printJson(report->toJson());
    } else {
        context.out() << tr("Imported %1, updated %2, skipped %3 (format %4).")
                             .arg(report->imported)
                             .arg(report->updated)
                             .arg(report->skipped)
                             .arg(importFormatKey(report->format))
                      << Qt::endl;
        for (const ImportIssue& issue : report->errors)
            context.err() << tr("  skipped %1: %2").arg(issue.item, issue.reason) << Qt::endl;
    }
    return nothingUsable ? kFailure : kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("import"),
     QT_TRANSLATE_NOOP(
         "CliCommand",
         "import FILE [--format auto|native|5e-database|open5e|improved-initiative|ddb] [--json]"),
     QT_TRANSLATE_NOOP("CliCommand", "import creatures, characters or a whole export; all or nothing"),
     runImport}};

} // namespace
} // namespace dnd::cli
