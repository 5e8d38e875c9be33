#include "http/ApiEnvelope.h"

#include <QDateTime>
#include <QJsonDocument>

namespace dnd::server::envelope {

QJsonObject meta()
{
    return QJsonObject{
        {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("version"), QLatin1String(kApiVersion)}};
}

QByteArray success(const QJsonValue& data)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("success"), true},
                                     {QStringLiteral("data"), data},
                                     {QStringLiteral("meta"), meta()}})
        .toJson(QJsonDocument::Compact);
}

QByteArray successRaw(const QByteArray& dataJson)
{
    QByteArray body;
    body.reserve(dataJson.size() + 120);
    body += "{\"success\":true,\"data\":";
    body += dataJson;
    // The same bytes as meta() serialised, without building a JSON object (hot list path).
    body += ",\"meta\":{\"timestamp\":\"";
    body += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    body += "\",\"version\":\"";
    body += kApiVersion;
    body += "\"}}";
    return body;
}

QByteArray failure(const QString& code, const QString& message, const QVariantMap& details)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), QJsonObject::fromVariantMap(details));
    return QJsonDocument(QJsonObject{{QStringLiteral("success"), false},
                                     {QStringLiteral("error"), error},
                                     {QStringLiteral("meta"), meta()}})
        .toJson(QJsonDocument::Compact);
}

int statusForCode(const QString& code)
{
    static const QHash<QString, int> statuses{
        {QStringLiteral("VALIDATION_ERROR"), 400},
        {QStringLiteral("BAD_REQUEST"), 400},
        {QStringLiteral("UNAUTHORIZED"), 401},
        {QStringLiteral("FORBIDDEN"), 403},
        {QStringLiteral("TIER_REQUIRED"), 403},
        {QStringLiteral("LIMIT_EXCEEDED"), 403},
        {QStringLiteral("NOT_FOUND"), 404},
        {QStringLiteral("METHOD_NOT_ALLOWED"), 405},
        {QStringLiteral("REQUEST_TIMEOUT"), 408},
        {QStringLiteral("CONFLICT"), 409},
        {QStringLiteral("LENGTH_REQUIRED"), 411},
        {QStringLiteral("PAYLOAD_TOO_LARGE"), 413},
        {QStringLiteral("URI_TOO_LONG"), 414},
        {QStringLiteral("RATE_LIMITED"), 429},
        {QStringLiteral("HEADERS_TOO_LARGE"), 431},
        {QStringLiteral("INTERNAL"), 500},
        {QStringLiteral("BAD_GATEWAY"), 502},
        {QStringLiteral("UNAVAILABLE"), 503},
        // Sync: a broken message, a device on another protocol version, mutations missing before
        // the batch (the device resends from lastMutationId + 1).
        {QStringLiteral("SYNC_MALFORMED"), 400},
        {QStringLiteral("SYNC_PROTOCOL_MISMATCH"), 409},
        {QStringLiteral("SYNC_GAP"), 409},
        // A device whose numbering differs from what it sent before (restored or copied store).
        {QStringLiteral("SYNC_IDENTITY"), 409},
        // A device's change stamped too far ahead of the service's clock: nothing was applied.
        {QStringLiteral("CLOCK_DRIFT"), 409},
    };
    return statuses.value(code, 500);
}

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return status >= 500 ? "Internal Server Error" : "Error";
    }
}

QByteArray rawHttpError(int status, const QString& code, const QString& message)
{
    const QByteArray body = failure(code, message);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: application/json\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    response += body;
    return response;
}

} // namespace dnd::server::envelope
