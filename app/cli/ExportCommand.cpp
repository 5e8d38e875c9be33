// `export`: writes the DM's data as the tracker's own JSON, or as an Improved Initiative file.
#include "CliCommand.h"
#include "interop/ImprovedInitiativeFormat.h"
#include "interop/NativeFormat.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace dnd::cli {
namespace {

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
            return context.fail(
                kUsage, QStringLiteral("Usage: export --out FILE [--format native|improved-initiative]"));
    }
    if (out.isEmpty() ||
        (format != QLatin1String("native") && format != QLatin1String("improved-initiative")))
        return context.fail(kUsage,
                            QStringLiteral("Usage: export --out FILE [--format native|improved-initiative]"));
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
        return context.fail(kFailure, QStringLiteral("Cannot write %1: %2").arg(out, file.errorString()));
    context.out() << "Exported to " << out << " (" << format << ")." << Qt::endl;
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("export"), QStringLiteral("export --out FILE [--format native|improved-initiative]"),
     QStringLiteral("export parties, custom creatures and encounters"), runExport}};

} // namespace
} // namespace dnd::cli
