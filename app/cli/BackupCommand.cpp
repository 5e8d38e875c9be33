// `backup`: a consistent copy of the store, to a chosen file or into the rotating backups.
#include "CliCommand.h"
#include "store/BackupManager.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupCommand", text);
}

int runBackup(CliContext& context)
{
    QString outPath;
    const QStringList& args = context.arguments();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            outPath = args[++i];
        else
            return context.fail(kUsage, tr("Usage: dnd-tracker-cli backup [--out FILE]"));
    }
    LocalStore* store = context.openStore();
    if (!store)
        return kDataProblem;
    if (!outPath.isEmpty()) {
        if (Status status = BackupManager::backupTo(store->database(), outPath); !status)
            return context.fail(kFailure, status.errorMessage());
        context.out() << tr("Backup written to %1").arg(QFileInfo(outPath).absoluteFilePath()) << Qt::endl;
        return kOk;
    }
    BackupManager manager(context.location().backupDirectory(), SystemClock::instance());
    Result<BackupInfo> made = manager.createBackup(store->database());
    if (!made)
        return context.fail(kFailure, made.errorMessage());
    context.out() << tr("Backup written to %1").arg(made->path) << Qt::endl;
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("backup"), QT_TRANSLATE_NOOP("CliCommand", "backup [--out FILE]"),
     QT_TRANSLATE_NOOP("CliCommand", "copy the store to FILE, or into the rotating backups"), runBackup}};

} // namespace
} // namespace dnd::cli
