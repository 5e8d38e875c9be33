#include "http/ApiEnvelope.h"

#include "ApiErrorCodes.h"

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

std::optional<int> statusForCode(const QString& code)
{
    static const QHash<QString, int> statuses{
        {api::kValidationError, 400},
        {api::kBadRequest, 400},
        {api::kBadMessage, 400},
        {api::kUnauthorized, 401},
        {api::kForbidden, 403},
        {api::kTierRequired, 403},
        {api::kLimitExceeded, 403},
        {api::kEmailNotVerified, 403},
        {api::kInsufficientScope, 403},
        {api::kSessionRequired, 403},
        {api::kNotFound, 404},
        {api::kMethodNotAllowed, 405},
        {api::kRequestTimeout, 408},
        {api::kConflict, 409},
        {api::kLengthRequired, 411},
        {api::kPayloadTooLarge, 413},
        {api::kUriTooLong, 414},
        {api::kUpgradeRequired, 426},
        {api::kRateLimited, 429},
        {api::kHeadersTooLarge, 431},
        {api::kInternal, 500},
        {api::kDatabase, 500},
        {api::kBadGateway, 502},
        {api::kUnavailable, 503},
        {api::kSyncMalformed, 400},
        {api::kSyncProtocolMismatch, 409},
        {api::kSyncGap, 409},
        // A device whose numbering differs from what it sent before (restored or copied store).
        {api::kSyncIdentity, 409},
        // A device removed from the account: it starts again as a new device.
        {api::kDeviceRemoved, 409},
        // A device's change stamped too far ahead of the service's clock: nothing was applied.
        {api::kClockDrift, 409},
    };
    const auto found = statuses.constFind(code);
    if (found == statuses.constEnd())
        return std::nullopt;
    return *found;
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
    case 426:
        return "Upgrade Required";
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

QByteArray rawHttpError(const QString& code, const QString& message)
{
    const int status = statusForCode(code).value_or(500);
    const QByteArray body = failure(code, message);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    response += "Content-Type: application/json\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    response += body;
    return response;
}

} // namespace dnd::server::envelope
