// `login`: signs this data folder in to a sync service; the sign-in is kept in the OS keychain.
#include "CliCommand.h"
#include "SyncSession.h"

#include <QCoreApplication>
#include <QFile>

namespace dnd::cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("LoginCommand", text);
}

int runLogin(CliContext& context)
{
    QString server;
    QString email;
    bool passwordFromStdin = false;
    bool unknown = false;
    const QStringList& args = context.arguments();
    for (qsizetype i = 0; i < args.size() && !unknown; ++i) {
        if (args[i] == QLatin1String("--server") && i + 1 < args.size())
            server = args[++i];
        else if (args[i] == QLatin1String("--email") && i + 1 < args.size())
            email = args[++i];
        else if (args[i] == QLatin1String("--password-stdin"))
            passwordFromStdin = true;
        else
            unknown = true;
    }
    const QUrl url(server);
    if (unknown || !url.isValid() || url.scheme().isEmpty() || email.isEmpty() || !passwordFromStdin)
        return context.fail(kUsage,
                            tr("Usage: dnd-tracker-cli login --server URL --email EMAIL --password-stdin"));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return context.fail(kFailure, tr("Could not read the password from standard input."));
    // One line: a trailing newline from `echo` is not part of the password.
    const QString password =
        QString::fromUtf8(input.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (password.isEmpty())
        return context.fail(kUsage, tr("No password on standard input."));
    LocalStore* store = context.openStore();
    if (!store)
        return kDataProblem;
    SyncSession session(*store);
    const Status signedIn = session.signIn(url, email, password);
    if (!session.account().isSignedIn())
        return context.fail(kFailure, tr("Sign-in failed: %1").arg(signedIn.errorMessage()));
    if (!signedIn)
        return context.fail(
            kFailure, tr("Signed in, but the sign-in could not be kept: %1").arg(signedIn.errorMessage()));
    context.out() << tr("Signed in as %1 at %2.").arg(session.email(), session.service().toString())
                  << Qt::endl;
    return kOk;
}

const CliCommandRegistration registration{
    {QStringLiteral("login"),
     QT_TRANSLATE_NOOP("CliCommand", "login --server URL --email EMAIL --password-stdin"),
     QT_TRANSLATE_NOOP("CliCommand", "sign this data folder in to a sync service (kept in the OS keychain)"),
     runLogin}};

} // namespace
} // namespace dnd::cli
