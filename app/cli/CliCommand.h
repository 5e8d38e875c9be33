#pragma once

#include "store/DataLocation.h"
#include "store/LocalStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace dnd::cli {

// Exit codes shared by every subcommand.
enum ExitCode { kOk = 0, kFailure = 1, kUsage = 2, kDataProblem = 3 };

// What a subcommand gets: its own arguments, the data folder, and the output streams.
class CliContext {
public:
    CliContext(QStringList arguments, DataLocation location);

    const QStringList& arguments() const { return m_arguments; }
    const DataLocation& location() const { return m_location; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens the store read-write (creating it on first use), or reports why not on stderr.
    LocalStore* openStore();
    // Closes the store openStore() opened (so a command can look at the file on its own terms).
    void closeStore() { m_store.reset(); }
    // Prints one JSON object on stdout.
    void printJson(const QJsonObject& object);
    int fail(int code, const QString& message);

private:
    QStringList m_arguments;
    DataLocation m_location;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<LocalStore> m_store;
};

// One subcommand of dnd-tracker-cli. The usage and summary are English source texts, marked where
// they are registered with QT_TRANSLATE_NOOP("CliCommand", ...) and translated when printed: the
// registrations run before any translator is installed.
struct CliCommand {
    static constexpr const char* kTranslationContext = "CliCommand";

    QString name;        // what the user types; never translated
    const char* usage;   // e.g. "check [--json]"
    const char* summary; // one line for --help
    std::function<int(CliContext&)> run;

    QString translatedUsage() const { return QCoreApplication::translate(kTranslationContext, usage); }
    QString translatedSummary() const { return QCoreApplication::translate(kTranslationContext, summary); }
};

// Subcommands register themselves from their own file with a static CliCommandRegistration.
class CliCommandRegistry {
public:
    static CliCommandRegistry& instance();
    void add(CliCommand command);
    const CliCommand* find(const QString& name) const;
    QList<CliCommand> all() const;

private:
    QList<CliCommand> m_commands;
};

struct CliCommandRegistration {
    explicit CliCommandRegistration(CliCommand command)
    {
        CliCommandRegistry::instance().add(std::move(command));
    }
};

} // namespace dnd::cli
