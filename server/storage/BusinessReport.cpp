#include "storage/BusinessReport.h"

#include "storage/BusinessEvents.h"

#include <QJsonArray>
#include <cmath>

namespace dnd::server {

namespace {

QString kindName(const char* kind)
{
    return QString::fromLatin1(kind);
}

// The daily metrics in the order the answers list them: name and how a day holds it.
struct DailyMetric {
    const char* name;
    qint64 (*of)(const BusinessReport::Day&);
};
const QList<DailyMetric>& dailyMetrics()
{
    using Day = BusinessReport::Day;
    static const QList<DailyMetric> metrics{
        {"signUps", [](const Day& d) { return d.signUps; }},
        {"verifications", [](const Day& d) { return d.verifications; }},
        {"conversions", [](const Day& d) { return d.conversions; }},
        {"subscriptionChanges", [](const Day& d) { return d.subscriptionChanges; }},
        {"cancellations", [](const Day& d) { return d.cancellations; }},
        {"accountDeletions", [](const Day& d) { return d.accountDeletions; }},
        {"activeUsers", [](const Day& d) { return d.activeUsers; }},
        {"encountersRun", [](const Day& d) { return d.encountersRun; }},
        {"combatActions", [](const Day& d) { return d.combatActions; }},
        {"liveViews", [](const Day& d) { return d.liveViews; }},
        {"syncPushes", [](const Day& d) { return d.syncPushes; }},
        {"syncPulls", [](const Day& d) { return d.syncPulls; }},
        {"syncs", [](const Day& d) { return d.syncs(); }},
        {"payingAccounts", [](const Day& d) { return d.payingAccounts; }},
        {"mrrCents", [](const Day& d) { return d.mrrCents; }},
    };
    return metrics;
}

// The flows a day adds up (the end-of-day levels and activeUsers are not summed over the period).
const QList<QPair<const char*, qint64 BusinessReport::Day::*>>& summedMetrics()
{
    using Day = BusinessReport::Day;
    static const QList<QPair<const char*, qint64 Day::*>> metrics{
        {"signUps", &Day::signUps},
        {"verifications", &Day::verifications},
        {"conversions", &Day::conversions},
        {"subscriptionChanges", &Day::subscriptionChanges},
        {"cancellations", &Day::cancellations},
        {"accountDeletions", &Day::accountDeletions},
        {"encountersRun", &Day::encountersRun},
        {"combatActions", &Day::combatActions},
        {"liveViews", &Day::liveViews},
        {"syncPushes", &Day::syncPushes},
        {"syncPulls", &Day::syncPulls},
    };
    return metrics;
}

// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
QByteArray csvField(const QString& text)
{
    QByteArray field = text.toUtf8();
    if (!field.contains(',') && !field.contains('"') && !field.contains('\r') && !field.contains('\n'))
        return field;
    field.replace("\"", "\"\"");
    return '"' + field + '"';
}

QString csvValue(const QJsonValue& value)
{
    if (value.isNull())
        return {};
    const double number = value.toDouble();
    if (number == std::floor(number) && std::abs(number) < 9e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 10);
}

} // namespace

Result<BusinessReport> BusinessReport::compute(ServerDatabase& db, const PlanCatalog& plans, QDate from,
                                               QDate to)
{
    BusinessReport report;
    report.m_from = from;
    report.m_to = to;
    report.m_currency = plans.currency();
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    const QString started = kindName(business::kSubscriptionStarted);
    const QString changed = kindName(business::kSubscriptionChanged);
    const QString cancelled = kindName(business::kSubscriptionCancelled);

    // Where paying accounts and revenue stood when the period began: every subscription event
    // before it, summed.
    Result<std::optional<Row>> before = db.one(
        QStringLiteral("SELECT SUM(CASE WHEN kind = ? THEN 1 WHEN kind = ? THEN -1 ELSE 0 END) AS paying, "
                       "SUM(COALESCE(amount_to, 0) - COALESCE(amount_from, 0)) AS mrr FROM business_events "
                       "WHERE kind IN (?, ?, ?) AND day < ?"),
        {started, cancelled, started, changed, cancelled, first});
    if (!before)
        return before.error();
    if (before.value()) {
        report.m_payingAtStart = before.value()->value(QStringLiteral("paying")).toLongLong();
        report.m_mrrAtStartCents = before.value()->value(QStringLiteral("mrr")).toLongLong();
    }
    Result<std::optional<Row>> distinct = db.one(
        QStringLiteral("SELECT COUNT(DISTINCT account_id) AS n FROM business_events WHERE kind = ? AND "
                       "day >= ? AND day <= ?"),
        {kindName(business::kActive), first, last});
    if (!distinct)
        return distinct.error();
    report.m_distinctActiveUsers =
        distinct.value() ? distinct.value()->value(QStringLiteral("n")).toLongLong() : 0;

    for (const Plan& plan : plans.plans()) {
        if (plan.monthlyPrice > 0)
            report.m_conversionsPerTier.append({plan.tier, 0});
    }
    const qint64 dayCount = from.daysTo(to) + 1;
    report.m_days.reserve(dayCount);
    for (qint64 i = 0; i < dayCount; ++i) {
        Day day;
        day.date = from.addDays(i);
        report.m_days.append(day);
    }
    // Rows per day, kind and tier reached: at most days x (kinds + 3 x tiers).
    Result<QList<Row>> grouped =
        db.all(QStringLiteral("SELECT day, kind, tier_to, COUNT(*) AS events, SUM(quantity) AS quantity, "
                              "SUM(COALESCE(amount_to, 0) - COALESCE(amount_from, 0)) AS mrr_delta FROM "
                              "business_events WHERE day >= ? AND day <= ? GROUP BY day, kind, tier_to"),
               {first, last});
    if (!grouped)
        return grouped.error();
    QList<qint64> payingDelta(dayCount, 0);
    QList<qint64> mrrDelta(dayCount, 0);
    for (const Row& row : grouped.value()) {
        const QDate date = QDate::fromString(row.value(QStringLiteral("day")).toString(), Qt::ISODate);
        const qint64 index = from.daysTo(date);
        if (!date.isValid() || index < 0 || index >= dayCount)
            continue;
        Day& day = report.m_days[index];
        const QString kind = row.value(QStringLiteral("kind")).toString();
        const qint64 events = row.value(QStringLiteral("events")).toLongLong();
        const qint64 quantity = row.value(QStringLiteral("quantity")).toLongLong();
        mrrDelta[index] += row.value(QStringLiteral("mrr_delta")).toLongLong();
        if (kind == started) {
            day.conversions += events;
            payingDelta[index] += events;
            const QString tier = row.value(QStringLiteral("tier_to")).toString();
            auto it = std::find_if(report.m_conversionsPerTier.begin(), report.m_conversionsPerTier.end(),
                                   [&](const QPair<QString, qint64>& entry) { return entry.first == tier; });
            if (it == report.m_conversionsPerTier.end())
                report.m_conversionsPerTier.append({tier, events});
            else
                it->second += events;
        } else if (kind == cancelled) {
            day.cancellations += events;
            payingDelta[index] -= events;
        } else if (kind == changed) {
            day.subscriptionChanges += events;
        } else if (kind == kindName(business::kSignUp)) {
            day.signUps += events;
        } else if (kind == kindName(business::kEmailVerified)) {
            day.verifications += events;
        } else if (kind == kindName(business::kAccountDeleted)) {
            day.accountDeletions += events;
        } else if (kind == kindName(business::kActive)) {
            day.activeUsers += events;
        } else if (kind == kindName(business::kEncounterRun)) {
            day.encountersRun += quantity;
        } else if (kind == kindName(business::kCombatActions)) {
            day.combatActions += quantity;
        } else if (kind == kindName(business::kLiveViewOpened)) {
            day.liveViews += events;
        } else if (kind == kindName(business::kSyncPush)) {
            day.syncPushes += events;
        } else if (kind == kindName(business::kSyncPull)) {
            day.syncPulls += events;
        }
    }
    qint64 paying = report.m_payingAtStart;
    qint64 mrr = report.m_mrrAtStartCents;
    for (qint64 i = 0; i < dayCount; ++i) {
        paying += payingDelta.at(i);
        mrr += mrrDelta.at(i);
        report.m_days[i].payingAccounts = paying;
        report.m_days[i].mrrCents = mrr;
    }
    return report;
}

qint64 BusinessReport::total(qint64 Day::*member) const
{
    qint64 sum = 0;
    for (const Day& day : m_days)
        sum += day.*member;
    return sum;
}

qint64 BusinessReport::payingAtEnd() const
{
    return m_days.isEmpty() ? m_payingAtStart : m_days.constLast().payingAccounts;
}

qint64 BusinessReport::mrrAtEndCents() const
{
    return m_days.isEmpty() ? m_mrrAtStartCents : m_days.constLast().mrrCents;
}

QJsonValue BusinessReport::churnRate() const
{
    if (m_payingAtStart <= 0)
        return QJsonValue(QJsonValue::Null);
    // Four decimals: a rate, not an amount; the counts it comes from are in the answer too.
    return std::round(double(total(&Day::cancellations)) / double(m_payingAtStart) * 10000.0) / 10000.0;
}

QList<BusinessReport::Figure> BusinessReport::periodFigures() const
{
    QList<Figure> figures;
    for (const auto& [name, member] : summedMetrics())
        figures.append({QStringLiteral("totals.") + QLatin1String(name), total(member)});
    figures.append({QStringLiteral("totals.syncs"), total(&Day::syncPushes) + total(&Day::syncPulls)});
    figures.append({QStringLiteral("totals.activeUsers"), m_distinctActiveUsers});
    for (const auto& [tier, count] : m_conversionsPerTier)
        figures.append({QStringLiteral("conversionsPerTier.") + tier, count});
    figures.append({QStringLiteral("churn.cancellations"), total(&Day::cancellations)});
    figures.append({QStringLiteral("churn.payingAtStart"), m_payingAtStart});
    figures.append({QStringLiteral("churn.rate"), churnRate()});
    figures.append({QStringLiteral("revenue.mrrAtStartCents"), m_mrrAtStartCents});
    figures.append({QStringLiteral("revenue.mrrAtEndCents"), mrrAtEndCents()});
    figures.append({QStringLiteral("revenue.payingAtEnd"), payingAtEnd()});
    return figures;
}

QJsonObject BusinessReport::toJson() const
{
    // The period figures nest by their dotted names: totals.signUps -> {"totals":{"signUps":...}}.
    QJsonObject answer{{QStringLiteral("from"), m_from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), m_to.toString(Qt::ISODate)},
                       {QStringLiteral("days"), qint64(m_days.size())},
                       {QStringLiteral("currency"), m_currency}};
    for (const Figure& figure : periodFigures()) {
        const qsizetype dot = figure.metric.indexOf(QLatin1Char('.'));
        const QString section = figure.metric.left(dot);
        QJsonObject object = answer.value(section).toObject();
        object.insert(figure.metric.mid(dot + 1), figure.value);
        answer.insert(section, object);
    }
    QJsonArray daily;
    for (const Day& day : m_days) {
        QJsonObject entry{{QStringLiteral("date"), day.date.toString(Qt::ISODate)}};
        for (const DailyMetric& metric : dailyMetrics())
            entry.insert(QLatin1String(metric.name), metric.of(day));
        daily.append(entry);
    }
    answer.insert(QStringLiteral("daily"), daily);
    return answer;
}

QByteArray BusinessReport::toCsv() const
{
    QByteArray csv = "metric,date,value\r\n";
    const auto line = [&csv](const QString& metric, const QString& date, const QString& value) {
        csv += csvField(metric) + ',' + csvField(date) + ',' + csvField(value) + "\r\n";
    };
    for (const DailyMetric& metric : dailyMetrics()) {
        for (const Day& day : m_days)
            line(QLatin1String(metric.name), day.date.toString(Qt::ISODate), QString::number(metric.of(day)));
    }
    for (const Figure& figure : periodFigures())
        line(figure.metric, {}, csvValue(figure.value));
    return csv;
}

} // namespace dnd::server
