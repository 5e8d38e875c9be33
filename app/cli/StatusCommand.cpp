// `status`: the sign-in, what waits to be sent, what did not sync and why, the last sync.
#include "CliCommand.h"
#include "SyncEngine.h"
#include "SyncSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("StatusCommand", text);
}

int runStatus(CliContext& context)
{
    const QStringList& args = context.arguments();
    const bool json = args == QStringList{QStringLiteral("--json")};
    if (!args.isEmpty() && !json)
        return context.fail(kUsage, tr("Usage: dnd-tracker-cli status [--json]"));
    LocalStore* store = context.openStore();
    if (!store)
        return kDataProblem;
    const SyncSession session(*store);
    const QList<SyncRejection> notSynced = store->rejections();
    const QString lastRound = store->setting(sync::SyncEngine::lastRoundSetting());
    const QString lastSync =
        lastRound.isEmpty()
            ? QString()
            : QDateTime::fromMSecsSinceEpoch(lastRound.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    if (json) {
        QJsonArray rejections;
        for (const SyncRejection& r : notSynced)
            rejections.append(QJsonObject{{QStringLiteral("entity"), entityName(r.kind)},
                                          {QStringLiteral("id"), r.rowId},
                                          {QStringLiteral("code"), r.code},
                                          {QStringLiteral("message"), r.message}});
        const auto orNull = [](const QString& text) {
            return text.isEmpty() ? QJsonValue() : QJsonValue(text);
        };
        context.printJson({{QStringLiteral("signedInAs"), orNull(session.email())},
                           {QStringLiteral("server"),
                            orNull(session.hasSignIn() ? session.service().toString() : QString())},
                           {QStringLiteral("pending"), store->outboxSize()},
                           {QStringLiteral("notSynced"), rejections},
                           {QStringLiteral("lastSync"), orNull(lastSync)}});
        return kOk;
    }
    const auto line = [&](const QString& label, const QString& value) {
        context.out() << (label + QLatin1Char(':')).leftJustified(16) << value << Qt::endl;
    };
    line(tr("Signed in as"), session.hasSignIn() ? session.email() : tr("(not signed in)"));
    line(tr("Server"), session.hasSignIn() ? session.service().toString() : QStringLiteral("-"));
    line(tr("Pending"), QString::number(store->outboxSize()));
    line(tr("Not synced"), QString::number(notSynced.size()));
    for (const SyncRejection& r : notSynced)
        context.out()
            << QStringLiteral("  %1 %2: %3 (%4)").arg(entityName(r.kind), r.rowId, r.message, r.code)
            << Qt::endl;
    line(tr("Last sync"), lastSync.isEmpty() ? tr("never") : lastSync);
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("status"), QT_TRANSLATE_NOOP("CliCommand", "status [--json]"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "the sign-in, changes waiting, what did not sync and why, the last sync"),
     runStatus}};

} // namespace
} // namespace dnd::cli
