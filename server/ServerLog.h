#pragma once

#include <QLoggingCategory>
#include <QString>
#include <initializer_list>
#include <string>

// The service's logging categories (turn on debug output with, for example,
// QT_LOGGING_RULES="dnd.server.sync.debug=true"). Everything the service logs, these and Qt's own
// messages alike, is written by the functions below: one JSON object per line on stdout
// (docs/SERVER.md, "Log"). Never log a password, a token, a key or a query string.
Q_DECLARE_LOGGING_CATEGORY(lcServer)        // dnd.server: start and stop
Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)    // dnd.server.http: requests, error answers
Q_DECLARE_LOGGING_CATEGORY(lcServerAccount) // dnd.server.account: sign-up, sign-in, tokens
Q_DECLARE_LOGGING_CATEGORY(lcServerBilling) // dnd.server.billing: checkout, Stripe events
Q_DECLARE_LOGGING_CATEGORY(lcServerSync)    // dnd.server.sync: pushes applied, pulls
Q_DECLARE_LOGGING_CATEGORY(lcServerAdmin)   // dnd.server.admin
Q_DECLARE_LOGGING_CATEGORY(lcServerMail)    // dnd.server.mail
Q_DECLARE_LOGGING_CATEGORY(lcServerLive)    // dnd.server.live: WebSocket clients

namespace dnd::server::log {

// One member of an event: a name and a value, kept already written as JSON.
class Field {
public:
    Field(const char* name, const QString& text);
    Field(const char* name, const char* text) : Field(name, QString::fromUtf8(text)) {}
    Field(const char* name, qint64 number);
    Field(const char* name, int number) : Field(name, qint64(number)) {}
    Field(const char* name, double number);
    Field(const char* name, bool flag);
    Field(const char* name, std::nullptr_t);

    const char* name() const { return m_name; }
    const std::string& json() const { return m_json; }

private:
    const char* m_name;
    std::string m_json;
};

// Writes {"ts","level","category","event","requestId"?, fields...} as one line, when the category
// has the level turned on. requestId is left out when empty (events outside a request).
// A category as Q_DECLARE_LOGGING_CATEGORY declares it: lcServerSync ...
using Category = const QLoggingCategory& (*)();

void event(Category category, QtMsgType level, const char* name, const QString& requestId,
           std::initializer_list<Field> fields = {});

// Routes every qDebug/qCWarning ... of the process through the same writer, as
// {"event":"message","message":...}, so the service has one log format.
void installMessageHandler();

} // namespace dnd::server::log
