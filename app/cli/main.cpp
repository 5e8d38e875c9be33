// dnd-tracker-cli: scripting and operations on the same local store the application uses.
#include "CliCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

using namespace dnd;
using namespace dnd::cli;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CliMain", text);
}

QString helpText()
{
    QString text;
    QTextStream stream(&text);
    stream << tr("Usage: dnd-tracker-cli [--data-dir DIR] COMMAND [OPTIONS]\n\n"
                 "The command-line companion of the D&D Encounter Tracker. It works on the same local\n"
                 "store as the application: --data-dir DIR, else $DND_DATA_DIR, else the platform's\n"
                 "application data folder.\n\nCommands:\n");
    // Usage lines are long (import lists every format): the summary goes on its own line.
    for (const CliCommand& command : CliCommandRegistry::instance().all())
        stream << "  " << command.translatedUsage() << "\n      " << command.translatedSummary() << '\n';
    stream << tr("\nGlobal options:\n"
                 "  --data-dir DIR   use the store in DIR\n"
                 "  --verbose        also print informational messages (e.g. schema upgrades)\n"
                 "  --help, -h       show this help (or COMMAND --help for one command)\n"
                 "  --version        show the version\n"
                 "\nExit codes: 0 success, 1 failure, 2 wrong usage, 3 the data file has a problem.\n");
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dnd-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DND_VERSION));

    QStringList arguments = app.arguments().mid(1);
    QString dataDir;
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool verbose = false;
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--data-dir") && !arguments.isEmpty()) {
            dataDir = arguments.takeFirst();
        } else if (option.startsWith(QLatin1String("--data-dir="))) {
            dataDir = option.mid(11);
        } else if (option == QLatin1String("--verbose") || option == QLatin1String("-v")) {
            verbose = true;
        } else if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            out << helpText();
            return kOk;
        } else if (option == QLatin1String("--version")) {
            out << "dnd-tracker-cli " << DND_VERSION << '\n';
            return kOk;
        } else {
            err << tr("Unknown option %1. See dnd-tracker-cli --help.").arg(option) << '\n';
            return kUsage;
        }
    }
    // Scripts read stdout and stderr: keep the store's informational logging out of them unless
    // asked for. QT_LOGGING_RULES, when set, is applied after these rules and wins.
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--verbose")); at >= 0) {
        verbose = true;
        arguments.remove(at);
    }
    if (!verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("dnd.*.info=false\ndnd.*.debug=false"));

    if (arguments.isEmpty()) {
        err << helpText();
        return kUsage;
    }
    const QString name = arguments.takeFirst();
    const CliCommand* command = CliCommandRegistry::instance().find(name);
    if (!command) {
        err << tr("Unknown command '%1'. See dnd-tracker-cli --help.").arg(name) << '\n';
        return kUsage;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out << tr("Usage: dnd-tracker-cli [--data-dir DIR] %1").arg(command->translatedUsage()) << '\n'
            << command->translatedSummary() << '\n';
        return kOk;
    }
    // --data-dir may also follow the command name.
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--data-dir"));
        at >= 0 && at + 1 < arguments.size()) {
        dataDir = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    CliContext context(arguments, DataLocation(dataDir));
    return command->run(context);
}
