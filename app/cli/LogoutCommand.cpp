// `logout`: ends this data folder's sign-in and forgets it; the data stays.
#include "CliCommand.h"
#include "SyncSession.h"

#include <QCoreApplication>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LogoutCommand", text);
}

int runLogout(CliContext& context)
{
    if (!context.arguments().isEmpty())
        return context.fail(kUsage, tr("Usage: dnd-tracker-cli logout"));
    LocalStore* store = context.openStore();
    if (!store)
        return kDataProblem;
    SyncSession session(*store);
    if (const Status forgotten = session.signOut(); !forgotten)
        return context.fail(kFailure, forgotten.errorMessage());
    context.out() << tr("Signed out; the data stays in this folder.") << Qt::endl;
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("logout"), QT_TRANSLATE_NOOP("CliCommand", "logout"),
     QT_TRANSLATE_NOOP("CliCommand", "end and forget this data folder's sign-in"), runLogout}};

} // namespace
} // namespace dnd::cli
