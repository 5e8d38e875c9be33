// `bestiary build`: the converter that turns the SRD data files into the bundled bestiary resource,
// and `bestiary status`: which bestiary version the store holds.
#include "CliCommand.h"
#include "bestiary/Bestiary.h"
#include "bestiary/BestiaryBuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BestiaryCommand", text);
}

QString optionValue(const QStringList& arguments, const QString& name)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

int writeFile(CliContext& context, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(kFailure, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return kOk;
}

int runBestiary(CliContext& context)
{
    const QStringList& arguments = context.arguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("build")) {
        const QString srd = optionValue(arguments, QStringLiteral("--srd"));
        const QString out = optionValue(arguments, QStringLiteral("--out"));
        if (srd.isEmpty() || out.isEmpty())
            return context.fail(kUsage, tr("Usage: bestiary build --srd DIR --out FILE"));
        Result<BestiaryBuilder::Output> built = BestiaryBuilder::build(srd);
        if (!built)
            return context.fail(kFailure, built.errorMessage());
        if (int code = writeFile(context, out, built->json); code != kOk)
            return code;
        // The version sits next to the resource so a start-up check need not parse the bestiary.
        QString versionPath = out;
        if (versionPath.endsWith(QLatin1String(".json")))
            versionPath.chop(5);
        versionPath += QStringLiteral(".version");
        if (int code = writeFile(context, versionPath, built->version.toLatin1() + '\n'); code != kOk)
            return code;
        context.out() << tr("Wrote %1 SRD 5.1 and %2 SRD 5.2 creatures to %3 (version %4).")
                             .arg(built->count2014)
                             .arg(built->count2024)
                             .arg(out, built->version)
                      << Qt::endl;
        return kOk;
    }
    if (action == QLatin1String("status")) {
        LocalStore* store = context.openStore();
        if (!store)
            return kDataProblem;
        context.printJson(QJsonObject{{QStringLiteral("bundled"), Bestiary::bundledVersion()},
                                      {QStringLiteral("installed"), Bestiary::installedVersion(*store)},
                                      {QStringLiteral("templates"), Bestiary::installedCount(*store)}});
        return kOk;
    }
    return context.fail(kUsage, tr("Usage: bestiary build --srd DIR --out FILE | bestiary status"));
}

const CliCommandRegistration registration{
    {QStringLiteral("bestiary"),
     QT_TRANSLATE_NOOP("CliCommand", "bestiary build --srd DIR --out FILE | status"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "build the bundled SRD bestiary from the SRD data files; show the installed version"),
     runBestiary}};

} // namespace
} // namespace dnd::cli
