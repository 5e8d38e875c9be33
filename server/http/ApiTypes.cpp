#include "http/ApiTypes.h"

#include "ApiErrorCodes.h"
#include "ServerLog.h"
#include "http/ApiEnvelope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ApiTypes", text);
}
} // namespace

QString ApiRequest::cookie(const QString& name) const
{
    const QList<QByteArray> pairs = header("cookie").split(';');
    for (const QByteArray& pair : pairs) {
        const int equals = int(pair.indexOf('='));
        if (equals > 0 && pair.left(equals).trimmed() == name.toUtf8())
            return QString::fromUtf8(pair.mid(equals + 1).trimmed());
    }
    return {};
}

Result<QJsonObject> ApiRequest::jsonObject() const
{
    if (body.trimmed().isEmpty())
        return Error::make(api::kValidationError, tr("The request needs a JSON object body."),
                           {{QStringLiteral("body"), tr("missing")}});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(api::kValidationError,
                           tr("The body is not valid JSON: %1").arg(parseError.errorString()),
                           {{QStringLiteral("body"), parseError.errorString()}});
    if (!document.isObject())
        return Error::make(api::kValidationError, tr("The body must be a JSON object."),
                           {{QStringLiteral("body"), tr("must be an object")}});
    return document.object();
}

ApiReply ApiReply::ok(const QJsonValue& data, int status)
{
    ApiReply reply;
    reply.status = status;
    reply.body = envelope::success(data);
    return reply;
}

ApiReply ApiReply::error(const QString& code, const QString& message, const QVariantMap& details)
{
    ApiReply reply;
    const std::optional<int> status = envelope::statusForCode(code);
    if (!status)
        qCCritical(lcServerHttp, "error code %s has no HTTP status in the table; answered 500",
                   qPrintable(code));
    reply.status = status.value_or(500);
    reply.errorCode = code;
    reply.body = envelope::failure(code, message, details);
    return reply;
}

ApiReply ApiReply::fromError(const Error& error)
{
    if (error.code == api::kDatabase || error.code == api::kUnavailable || error.code == api::kInternal)
        return internal(error);
    return ApiReply::error(error.code, error.message, error.details);
}

ApiReply ApiReply::internal(const Error& error)
{
    // The database is down or restarting: the client may retry shortly, and nothing was half-done.
    if (error.code == api::kUnavailable) {
        ApiReply reply = ApiReply::error(api::kUnavailable,
                                         tr("The service cannot reach its database; try again shortly."));
        reply.logDetail = error.message;
        return reply.withHeader("Retry-After", "5");
    }
    ApiReply reply = ApiReply::error(api::kInternal, tr("Something went wrong on the server; try again."));
    reply.logDetail = error.code + QStringLiteral(": ") + error.message;
    return reply;
}

ApiReply ApiReply::raw(int status, QByteArray body, QByteArray contentType)
{
    ApiReply reply;
    reply.status = status;
    reply.body = std::move(body);
    reply.contentType = std::move(contentType);
    return reply;
}

ApiReply ApiReply::okRaw(const QByteArray& dataJson)
{
    ApiReply reply;
    reply.body = envelope::successRaw(dataJson);
    return reply;
}

ApiReply& ApiReply::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

Result<PageRequest> PageRequest::from(const QUrlQuery& query)
{
    PageRequest page;
    QVariantMap details;
    auto read = [&](const QString& name, int min, int max, int* target) {
        if (!query.hasQueryItem(name))
            return;
        bool ok = false;
        const int value = query.queryItemValue(name).toInt(&ok);
        if (!ok || value < min || value > max)
            details.insert(name, tr("must be a whole number from %1 to %2").arg(min).arg(max));
        else
            *target = value;
    };
    read(QStringLiteral("page"), 1, 1'000'000, &page.page);
    read(QStringLiteral("limit"), 1, 100, &page.limit);
    if (!details.isEmpty())
        return Error::make(api::kValidationError, tr("Invalid pagination."), details);
    return page;
}

QJsonObject paginated(const QJsonArray& items, const PageRequest& page, qint64 total)
{
    const qint64 pages = total == 0 ? 0 : (total + page.limit - 1) / page.limit;
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("page"), page.page},
                                                                  {QStringLiteral("limit"), page.limit},
                                                                  {QStringLiteral("total"), total},
                                                                  {QStringLiteral("totalPages"), pages}}}};
}

QByteArray paginatedRaw(const QByteArray& itemsJson, const PageRequest& page, qint64 total)
{
    const qint64 pages = total == 0 ? 0 : (total + page.limit - 1) / page.limit;
    QByteArray data;
    data.reserve(itemsJson.size() + 96);
    data += "{\"items\":";
    data += itemsJson;
    data += ",\"pagination\":{\"limit\":" + QByteArray::number(page.limit) +
            ",\"page\":" + QByteArray::number(page.page) + ",\"total\":" + QByteArray::number(total) +
            ",\"totalPages\":" + QByteArray::number(pages) + "}}";
    return data;
}

} // namespace dnd::server
