// `export`: writes the DM's data as the tracker's own JSON, or as an Improved Initiative file.
#include "CliCommand.h"
#include "interop/ImprovedInitiativeFormat.h"
#include "interop/NativeFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

int runExport(CliContext& context)
{
    QStringList arguments = context.arguments();
    QString out;
    QString format = QStringLiteral("native");
    while (!arguments.isEmpty()) {
        const QString argument = arguments.takeFirst();
        if (argument == QLatin1String("--out") && !arguments.isEmpty())
            out = arguments.takeFirst();
        else if (argument == QLatin1String("--format") && !arguments.isEmpty())
            format = arguments.takeFirst();
        else
            return context.fail(kUsage, tr("Usage: export --out FILE [--format native|improved-initiative]"));
    }
    if (out.isEmpty() ||
        (format != QLatin1String("native") && format != QLatin1String("improved-initiative")))
        return context.fail(kUsage, tr("Usage: export --out FILE [--format native|improved-initiative]"));
    LocalStore* store = context.openStore();
    if (!store)
        return kDataProblem;
    const QJsonObject document = format == QLatin1String("native")
                                     ? NativeFormat::exportStore(*store)
                                     : ImprovedInitiativeFormat::exportStore(*store);
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    // Written to a temporary file and renamed, so a failed export never leaves half a file.
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(kFailure, tr("Cannot write %1: %2").arg(out, file.errorString()));
    context.out() << tr("Exported to %1 (%2).").arg(out, format) << Qt::endl;
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("export"),
     QT_TRANSLATE_NOOP("CliCommand", "export --out FILE [--format native|improved-initiative]"),
     QT_TRANSLATE_NOOP("CliCommand", "export parties, custom creatures and encounters"), runExport}};

} // namespace
} // namespace dnd::cli
