// `check`: integrity and schema check of the store, without changing a byte of it.
#include "CliCommand.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <QFileInfo>
#include <QJsonObject>

namespace dnd::cli {
namespace {

int runCheck(CliContext& context)
{
    const bool asJson = context.arguments().contains(QStringLiteral("--json"));
    const QString path = context.location().databasePath();
    QJsonObject report{{QStringLiteral("path"), path}, {QStringLiteral("latestSchema"), latestSchemaVersion()}};

    auto finish = [&](bool healthy, const QString& code, const QString& message) {
        report.insert(QStringLiteral("healthy"), healthy);
        if (!healthy) {
            report.insert(QStringLiteral("code"), code);
            report.insert(QStringLiteral("message"), message);
        }
        if (asJson)
            context.printJson(report);
        else if (healthy)
            context.out() << "OK: " << path << " is healthy (schema " << report.value(QStringLiteral("schema")).toInt()
                          << ", journal " << report.value(QStringLiteral("journalMode")).toString() << ")." << Qt::endl;
        else
            context.err() << "PROBLEM: " << message << Qt::endl;
        return healthy ? kOk : kDataProblem;
    };

    if (!QFileInfo::exists(path))
        return finish(false, QStringLiteral("DB_MISSING"),
                      QStringLiteral("There is no data file at %1; start the tracker once to create it.").arg(path));

    // Read-only: a damaged file must stay byte-for-byte as it was.
    Result<std::unique_ptr<Database>> db = Database::open(path, {Database::Mode::ReadOnly, -1});
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
    {QStringLiteral("check"), QStringLiteral("check [--json]"),
     QStringLiteral("check the data file's integrity and schema; exit 0 when healthy"), runCheck}};

} // namespace
} // namespace dnd::cli
