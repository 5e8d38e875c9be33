// `sync`: one whole round with the signed-in service: push everything, pull everything.
#include "CliCommand.h"
#include "HttpSyncTransport.h"
#include "SyncEngine.h"
#include "SyncSession.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncCommand", text);
}

int runSync(CliContext& context)
{
    const QStringList& args = context.arguments();
    const bool json = args == QStringList{QStringLiteral("--json")};
    if (!args.isEmpty() && !json)
        return context.fail(kUsage, tr("Usage: dnd-tracker-cli sync [--json]"));
    LocalStore* store = context.openStore();
    if (!store)
        return kDataProblem;
    SyncSession session(*store);
    if (const Status restored = session.restore(); !restored)
        return context.fail(kFailure, restored.errorMessage());
    sync::HttpSyncTransport transport(session.service(),
                                      [&session] { return session.account().accessToken(); });
    sync::SyncEngine engine(*store, transport);
    QEventLoop loop;
    // A round that has to wait (offline, a clock the service refuses) is over for a command.
    QObject::connect(&engine, &sync::SyncEngine::stateChanged, &loop, [&](sync::SyncEngine::State state) {
        if (state != sync::SyncEngine::State::Syncing)
            loop.quit();
    });
    engine.syncNow();
    if (engine.state() == sync::SyncEngine::State::Syncing)
        loop.exec();
    const sync::SyncEngine::RoundCounts counts = engine.lastRound();
    const bool completed = engine.state() == sync::SyncEngine::State::Idle;
    if (json) {
        QJsonObject result{{QStringLiteral("pushed"), counts.pushed},
                           {QStringLiteral("pulled"), counts.pulled},
                           {QStringLiteral("rejected"), counts.rejected},
                           {QStringLiteral("pending"), store->outboxSize()},
                           {QStringLiteral("completed"), completed}};
        if (!completed)
            result.insert(QStringLiteral("error"), engine.lastError());
        context.printJson(result);
    } else {
        context.out() << tr("Pushed %1, pulled %2, rejected %3, pending %4.")
                             .arg(counts.pushed)
                             .arg(counts.pulled)
                             .arg(counts.rejected)
                             .arg(store->outboxSize())
                      << Qt::endl;
    }
    if (!completed)
        return context.fail(kFailure, tr("Sync did not complete: %1").arg(engine.lastError()));
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("sync"), QT_TRANSLATE_NOOP("CliCommand", "sync [--json]"),
     QT_TRANSLATE_NOOP("CliCommand",
                       "one whole round with the signed-in service: push everything, pull everything"),
     runSync}};

} // namespace
} // namespace dnd::cli
