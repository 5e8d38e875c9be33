#include "CliCommand.h"

#include "bestiary/Bestiary.h"

#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

namespace dnd::cli {

CliContext::CliContext(QStringList arguments, DataLocation location)
    : m_arguments(std::move(arguments)), m_location(std::move(location)), m_out(stdout), m_err(stderr)
{}

LocalStore* CliContext::openStore()
{
    if (m_store)
        return m_store.get();
    Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(m_location.databasePath());
    if (!opened) {
        m_err << opened.errorMessage() << Qt::endl;
        return nullptr;
    }
    m_store = std::move(opened).value();
    // A fresh store gets the bundled SRD templates on first open (and again when they change).
    if (Status installed = Bestiary::ensureInstalled(*m_store); !installed)
        m_err << installed.errorMessage() << Qt::endl;
    return m_store.get();
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

int CliContext::fail(int code, const QString& message)
{
    m_err << message << Qt::endl;
    return code;
}

CliCommandRegistry& CliCommandRegistry::instance()
{
    static CliCommandRegistry registry;
    return registry;
}

void CliCommandRegistry::add(CliCommand command)
{
    m_commands.append(std::move(command));
}

const CliCommand* CliCommandRegistry::find(const QString& name) const
{
    for (const CliCommand& command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QList<CliCommand> CliCommandRegistry::all() const
{
    QList<CliCommand> sorted = m_commands;
    std::sort(sorted.begin(), sorted.end(),
              [](const CliCommand& a, const CliCommand& b) { return a.name < b.name; });
    return sorted;
}

} // namespace dnd::cli
