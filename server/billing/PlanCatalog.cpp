#include "billing/PlanCatalog.h"

#include "ServerErrorCodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace dnd::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PlanCatalog", text);
}
const QStringList kResources{QStringLiteral("parties"),
                             QStringLiteral("encounters"),
                             QStringLiteral("creatures"),
                             QStringLiteral("devices"),
                             QStringLiteral("combatLogEntries"),
                             QStringLiteral("characters"),
                             QStringLiteral("participantsPerEncounter"),
                             QStringLiteral("shares"),
                             QStringLiteral("storageBytes")};
} // namespace

QJsonObject Plan::toJson() const
{
    QJsonObject limitsJson;
    for (const QString& resource : kResources) {
        const std::optional<int> value = limit(resource);
        limitsJson.insert(resource, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
    }
    return QJsonObject{{QStringLiteral("tier"), tier},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("monthlyPrice"), monthlyPrice},
                       {QStringLiteral("limits"), limitsJson},
                       {QStringLiteral("features"), QJsonObject{{QStringLiteral("liveView"), liveView}}},
                       {QStringLiteral("purchasable"), !stripePriceId.isEmpty()}};
}

Result<PlanCatalog> PlanCatalog::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(errors::kConfig, tr("Cannot read the plans file %1.").arg(path));
    return fromJson(file.readAll());
}

Result<PlanCatalog> PlanCatalog::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::make(errors::kConfig,
                           tr("The plans file is not a JSON object: %1").arg(parseError.errorString()));
    PlanCatalog catalog;
    catalog.m_currency = document.object().value(QStringLiteral("currency")).toString(QStringLiteral("usd"));
    const QJsonArray plans = document.object().value(QStringLiteral("plans")).toArray();
    for (const QJsonValue& value : plans) {
        const QJsonObject object = value.toObject();
        Plan plan;
        plan.tier = object.value(QStringLiteral("tier")).toString();
        plan.name = object.value(QStringLiteral("name")).toString(plan.tier);
        plan.monthlyPrice = object.value(QStringLiteral("monthlyPrice")).toDouble();
        plan.stripePriceId = object.value(QStringLiteral("stripePriceId")).toString();
        plan.liveView =
            object.value(QStringLiteral("features")).toObject().value(QStringLiteral("liveView")).toBool();
        plan.rank = int(catalog.m_plans.size());
        const QJsonObject limits = object.value(QStringLiteral("limits")).toObject();
        for (const QString& resource : kResources) {
            const QJsonValue limit = limits.value(resource);
            if (limit.isDouble())
                plan.limits.insert(resource, limit.toInt());
            else if (limit.isNull() || limit.isUndefined())
                plan.limits.insert(resource, std::nullopt);
            else
                return Error::make(
                    errors::kConfig,
                    tr("Plan %1: limit %2 must be a number or null.").arg(plan.tier, resource));
        }
        if (plan.tier.isEmpty() || catalog.find(plan.tier))
            return Error::make(errors::kConfig, tr("Every plan needs a unique tier name."));
        catalog.m_plans.append(plan);
    }
    if (!catalog.find(QStringLiteral("free")))
        return Error::make(errors::kConfig, tr("The plans file must define the \"free\" tier."));
    // The file lists plans from small to big: the first later plan with a higher limit lifts it.
    for (qsizetype i = 0; i < catalog.m_plans.size(); ++i) {
        Plan& plan = catalog.m_plans[i];
        for (const QString& resource : kResources) {
            const std::optional<int> current = plan.limit(resource);
            if (!current)
                continue;
            for (qsizetype j = i + 1; j < catalog.m_plans.size(); ++j) {
                const Plan& bigger = catalog.m_plans.at(j);
                const std::optional<int> raised = bigger.limit(resource);
                if (!raised || *raised > *current) {
                    plan.liftedBy.insert(resource, PlanStep{bigger.tier, bigger.name, raised});
                    break;
                }
            }
        }
    }
    return catalog;
}

QString Plan::formatLimit(const QString& resource, qint64 value)
{
    if (resource != QLatin1String("storageBytes"))
        return QString::number(value);
    constexpr qint64 kMegabyte = 1024 * 1024;
    if (value >= kMegabyte)
        return tr("%1 MB").arg(double(value) / kMegabyte, 0, 'f', 1);
    return tr("%1 kB").arg(double(value) / 1024, 0, 'f', 1);
}

QString Plan::upgradeHint(const QString& resource) const
{
    const auto step = liftedBy.constFind(resource);
    if (step == liftedBy.constEnd())
        return tr("No plan allows more.");
    if (!step->limit)
        return tr("The %1 plan has no limit on %2.").arg(step->name, resource);
    return tr("The %1 plan allows %2.").arg(step->name, formatLimit(resource, *step->limit));
}

QVariantMap Plan::limitDetails(const QString& resource, qint64 used) const
{
    QVariantMap details{{QStringLiteral("resource"), resource},
                        {QStringLiteral("limit"), limit(resource) ? QVariant(*limit(resource)) : QVariant()},
                        {QStringLiteral("used"), used},
                        {QStringLiteral("tier"), tier}};
    if (const auto step = liftedBy.constFind(resource); step != liftedBy.constEnd())
        details.insert(QStringLiteral("upgradeTier"), step->tier);
    return details;
}

const Plan* PlanCatalog::find(const QString& tier) const
{
    for (const Plan& plan : m_plans) {
        if (plan.tier == tier)
            return &plan;
    }
    return nullptr;
}

const Plan* PlanCatalog::findByPrice(const QString& stripePriceId) const
{
    for (const Plan& plan : m_plans) {
        if (!plan.stripePriceId.isEmpty() && plan.stripePriceId == stripePriceId)
            return &plan;
    }
    return nullptr;
}

QJsonArray PlanCatalog::toJson() const
{
    QJsonArray array;
    for (const Plan& plan : m_plans) {
        QJsonObject object = plan.toJson();
        object.insert(QStringLiteral("currency"), m_currency);
        array.append(object);
    }
    return array;
}

} // namespace dnd::server
