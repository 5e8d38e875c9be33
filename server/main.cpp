#include "AdminCommands.h"
#include "Server.h"
#include "ServerConfig.h"
#include "ServerLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    (void)::write(signalPipe[0], &byte, 1);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dnd-tracker-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("dnd-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DND_VERSION));

    auto parsed = dnd::server::parseCommandLine(app.arguments());
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.errorMessage()));
        return 2;
    }
    if (parsed.value().helpRequested) {
        std::printf("%s", qPrintable(parsed.value().helpText));
        return 0;
    }
    if (!parsed.value().command.isEmpty()) {
        QByteArray input;
        if (parsed.value().passwordFromStdin) {
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                input = in.readLine(4096);
        }
        return dnd::server::runAdminCommand(parsed.value(), input);
    }

    // SIGTERM / SIGINT reach the event loop through a socket pair: graceful shutdown, not a kill.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return 1;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    // The log: one JSON line per request and event on stdout, written in blocks (a write per
    // request would cost a system call each) and flushed several times a second and at exit.
    static char logBuffer[1 << 16];
    std::setvbuf(stdout, logBuffer, _IOFBF, sizeof logBuffer);
    namespace log = dnd::server::log;
    log::installMessageHandler();

    dnd::server::Server server(parsed.value().config);
    if (const dnd::Status started = server.start(); !started) {
        log::event(lcServer, QtCriticalMsg, "start_failed", {},
                   {{"code", started.error().code}, {"message", started.errorMessage()}});
        return 1;
    }
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &server, [&] {
        char byte = 0;
        (void)::read(signalPipe[1], &byte, 1);
        log::event(lcServer, QtInfoMsg, "stop", {}, {{"reason", "signal"}});
        server.shutdown();
    });
    QObject::connect(&server, &dnd::server::Server::stopped, &app, &QCoreApplication::quit);
    QTimer logFlush;
    QObject::connect(&logFlush, &QTimer::timeout, [] { std::fflush(stdout); });
    logFlush.start(200);
    log::event(lcServer, QtInfoMsg, "start", {},
               {{"port", int(server.port())}, {"version", DND_VERSION}, {"pid", qint64(::getpid())}});
    std::fflush(stdout);
    const int code = app.exec();
    log::event(lcServer, QtInfoMsg, "stopped", {}, {{"exitCode", code}});
    std::fflush(stdout);
    return code;
}
