// `check`: integrity and schema check of the store, without changing a byte of an existing file.
#include "CliCommand.h"
#include "store/BackupManager.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CheckCommand", text);
}

int runCheck(CliContext& context)
{
    bool asJson = false;
    for (const QString& argument : context.arguments()) {
        if (argument == QLatin1String("--json"))
            asJson = true;
        else
            return context.fail(kUsage, tr("Usage: dnd-tracker-cli check [--json]"));
    }
    const QString path = context.location().databasePath();
    QJsonObject report{{QStringLiteral("path"), path},
                       {QStringLiteral("latestSchema"), latestSchemaVersion()}};

    auto finish = [&](bool healthy, const QString& code, const QString& message) {
        report.insert(QStringLiteral("healthy"), healthy);
        QString advice;
        if (!healthy) {
            report.insert(QStringLiteral("code"), code);
            report.insert(QStringLiteral("message"), message);
            // A damaged or unreadable file is what backups are for (a newer one needs an update).
            const bool backupCanHelp = code == codes::kDbCorrupt || code == codes::kDbUnreadable;
            const QList<BackupInfo> backups =
                backupCanHelp
                    ? BackupManager(context.location().backupDirectory(), SystemClock::instance()).backups()
                    : QList<BackupInfo>();
            if (!backups.isEmpty()) {
                report.insert(QStringLiteral("latestBackup"), backups.first().path);
                advice = tr("The newest backup is %1 (%2); the application offers to restore it when it "
                            "starts.")
                             .arg(backups.first().path,
                                  backups.first().createdAt.toLocalTime().toString(Qt::ISODate));
            }
        }
        if (asJson) {
            context.printJson(report);
        } else if (healthy) {
            if (report.value(QStringLiteral("created")).toBool())
                context.out() << tr("Created a new, empty store at %1.").arg(path) << Qt::endl;
            context.out() << tr("OK: %1 is healthy (schema %2, journal %3).")
                                 .arg(path)
                                 .arg(report.value(QStringLiteral("schema")).toInt())
                                 .arg(report.value(QStringLiteral("journalMode")).toString())
                          << Qt::endl;
        } else {
            context.err() << tr("PROBLEM: %1").arg(message) << Qt::endl;
            if (!advice.isEmpty())
                context.err() << advice << Qt::endl;
        }
        return healthy ? kOk : kDataProblem;
    };

    // No file yet: what a user means by "check my fresh store" is that the tracker can create and
    // use one here, so create it (an existing file is never written by this command).
    const QFileInfo info(path);
    if (!info.exists() && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        // The same first open the application does (schema and bundled bestiary included).
        if (!context.openStore())
            return finish(false, codes::kDbIo, tr("Could not create a store at %1.").arg(path));
        context.closeStore();
        report.insert(QStringLiteral("created"), true);
    }

    // Read-only: a damaged file must stay byte-for-byte as it was. The full integrity check below
    // covers what the quick check at open would.
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    options.verify = false;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db)
        return finish(false, db.error().code, db.errorMessage());
    report.insert(QStringLiteral("schema"), (*db)->schemaVersion());
    report.insert(QStringLiteral("journalMode"), (*db)->journalMode());
    if ((*db)->schemaVersion() < latestSchemaVersion())
        report.insert(QStringLiteral("upgradePending"), true);
    if (Status sound = (*db)->integrityCheck(); !sound)
        return finish(false, sound.error().code, sound.errorMessage());
    return finish(true, {}, {});
}

const CliCommandRegistration registration{
    {QStringLiteral("check"), QT_TRANSLATE_NOOP("CliCommand", "check [--json]"),
     QT_TRANSLATE_NOOP(
         "CliCommand",
         "check the data file's integrity and schema (creating an empty store when there is none); "
         "exit 0 when healthy"),
     runCheck}};

} // namespace
} // namespace dnd::cli
