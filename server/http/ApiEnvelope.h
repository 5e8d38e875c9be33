#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace dnd::server {

// The response envelope every answer of the API uses:
// {"success":true,"data":...,"meta":{...}} or {"success":false,"error":{code,message,details},"meta":{...}}.
namespace envelope {
constexpr const char* kApiVersion = "1.0.0";

QJsonObject meta();
QByteArray success(const QJsonValue& data);
// The same envelope around data that is already serialised JSON.
QByteArray successRaw(const QByteArray& dataJson);
QByteArray failure(const QString& code, const QString& message, const QVariantMap& details = {});
// HTTP status of an error code of the API (ApiErrorCodes.h: VALIDATION_ERROR -> 400 ...), from
// the one table of them; none for a code that is not in it.
std::optional<int> statusForCode(const QString& code);
// A complete HTTP/1.1 error response (the code's status) with Connection: close, for answers written straight
// to a socket before the HTTP server ever sees the request (limits, timeouts, connection cap).
QByteArray rawHttpError(const QString& code, const QString& message);
const char* reasonPhrase(int status);
} // namespace envelope

} // namespace dnd::server
