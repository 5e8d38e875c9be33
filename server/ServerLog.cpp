#include "ServerLog.h"

#include <QByteArray>
#include <QDateTime>
#include <cstdio>
#include <fmt/format.h>
#include <iterator>

Q_LOGGING_CATEGORY(lcServer, "dnd.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerHttp, "dnd.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerAccount, "dnd.server.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerBilling, "dnd.server.billing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerSync, "dnd.server.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerAdmin, "dnd.server.admin", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerMail, "dnd.server.mail", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerLive, "dnd.server.live", QtInfoMsg)

namespace dnd::server::log {

namespace {

// Text as a JSON string literal: quotes, backslashes and control characters escaped.
std::string jsonString(const QByteArray& utf8)
{
    std::string out;
    out.reserve(size_t(utf8.size()) + 2);
    out += '"';
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            fmt::format_to(std::back_inserter(out), "\\u{:04x}", unsigned(byte));
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

std::string jsonString(const QString& text)
{
    return jsonString(text.toUtf8());
}

const char* levelName(QtMsgType level)
{
    switch (level) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

void writeLine(QtMsgType level, const char* category, const char* name, const QString& requestId,
               std::initializer_list<Field> fields)
{
    fmt::memory_buffer line;
    fmt::format_to(std::back_inserter(line), R"({{"ts":{},"level":"{}","category":{},"event":{})",
                   jsonString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), levelName(level),
                   jsonString(QByteArray(category)), jsonString(QByteArray(name)));
    if (!requestId.isEmpty())
        fmt::format_to(std::back_inserter(line), R"(,"requestId":{})", jsonString(requestId));
    for (const Field& field : fields)
        fmt::format_to(std::back_inserter(line), R"(,{}:{})", jsonString(QByteArray(field.name())),
                       field.json());
    line.append(std::string_view("}\n"));
    // One call per line: stdio locks the stream, so lines from several threads never interleave.
    std::fwrite(line.data(), 1, line.size(), stdout);
    // stdout is written in blocks (main.cpp); what an operator must see at once is flushed now.
    if (level != QtDebugMsg && level != QtInfoMsg)
        std::fflush(stdout);
}

void messageHandler(QtMsgType level, const QMessageLogContext& context, const QString& message)
{
    writeLine(level, context.category ? context.category : "default", "message", {}, {{"message", message}});
}

} // namespace

Field::Field(const char* name, const QString& text) : m_name(name), m_json(jsonString(text)) {}
Field::Field(const char* name, qint64 number) : m_name(name), m_json(fmt::format("{}", number)) {}
Field::Field(const char* name, double number) : m_name(name), m_json(fmt::format("{:.3f}", number)) {}
Field::Field(const char* name, bool flag) : m_name(name), m_json(flag ? "true" : "false") {}
Field::Field(const char* name, std::nullptr_t) : m_name(name), m_json("null") {}

void event(Category category, QtMsgType level, const char* name, const QString& requestId,
           std::initializer_list<Field> fields)
{
    if (!category().isEnabled(level))
        return;
    writeLine(level, category().categoryName(), name, requestId, fields);
}

void installMessageHandler()
{
    qInstallMessageHandler(messageHandler);
}

} // namespace dnd::server::log
