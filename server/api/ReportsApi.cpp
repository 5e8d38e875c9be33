#include "api/ReportsApi.h"

#include "ApiErrorCodes.h"
#include "storage/BusinessReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportsApi", text);
}
// A period bound as YYYY-MM-DD (an invalid QDate when it is something else).
QDate parseDay(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}
// The default period: the 30 days up to and including today (UTC).
constexpr int kDefaultDays = 30;
} // namespace

void ReportsApi::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/api/v1/admin/reports"), Access::Admin,
               RateClass::Standard,
               QStringLiteral("Business report over ?from=YYYY-MM-DD&to=YYYY-MM-DD (UTC days, at most 366; "
                              "&format=csv for a metric,date,value table)"),
               QStringLiteral("admin"), [this](ApiRequest& r) { return report(r); });
}

ApiReply ReportsApi::report(ApiRequest& request)
{
    const QString fromText = request.query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded);
    const QString toText = request.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
    const QString format = request.query.queryItemValue(QStringLiteral("format"), QUrl::FullyDecoded);
    QVariantMap details;
    const QDate to = toText.isEmpty() ? QDateTime::currentDateTimeUtc().date() : parseDay(toText);
    if (!to.isValid())
        details.insert(QStringLiteral("to"), tr("must be a date as YYYY-MM-DD"));
    const QDate from =
        fromText.isEmpty() ? (to.isValid() ? to.addDays(1 - kDefaultDays) : QDate()) : parseDay(fromText);
    if (!fromText.isEmpty() && !from.isValid())
        details.insert(QStringLiteral("from"), tr("must be a date as YYYY-MM-DD"));
    if (!format.isEmpty() && format != QStringLiteral("json") && format != QStringLiteral("csv"))
        details.insert(QStringLiteral("format"), tr("must be json or csv"));
    if (details.isEmpty() && from > to)
        details.insert(QStringLiteral("from"), tr("must not be after to"));
    if (details.isEmpty() && from.daysTo(to) + 1 > BusinessReport::kMaxDays)
        details.insert(QStringLiteral("to"),
                       tr("the period may span at most %1 days").arg(BusinessReport::kMaxDays));
    if (!details.isEmpty())
        return ApiReply::error(api::kValidationError, tr("The report's period is not valid."), details);

    Result<BusinessReport> report = BusinessReport::compute(*m_ctx.db, m_ctx.plans, from, to);
    if (!report)
        return ApiReply::internal(report.error());
    if (format != QStringLiteral("csv"))
        return ApiReply::ok(report->toJson());
    const QByteArray name = QStringLiteral("business-report-%1-to-%2.csv")
                                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                .toLatin1();
    return ApiReply::raw(200, report->toCsv(), "text/csv; charset=utf-8")
        .withHeader("Content-Disposition", "attachment; filename=\"" + name + '"');
}

} // namespace dnd::server
