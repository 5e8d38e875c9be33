#pragma once

#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace dnd::server {

// The smallest bigger plan that raises one of a plan's limits: what an Upgrade offers.
struct PlanStep {
    QString tier;
    QString name;
    std::optional<int> limit; // nullopt = unlimited
};

// One subscription tier: its price, Stripe price id and what the service stores for it.
struct Plan {
    QString tier;
    QString name;
    double monthlyPrice = 0;
    QString stripePriceId;
    QMap<QString, std::optional<int>> limits; // resource -> limit; nullopt = unlimited
    bool liveView = false;
    int rank = 0;                     // position in the file: higher is a bigger plan
    QMap<QString, PlanStep> liftedBy; // resource -> the next plan with a higher limit (none: the top)

    std::optional<int> limit(const QString& resource) const { return limits.value(resource, std::nullopt); }
    // A limit or an amount as a refusal shows it: storage in kB or MB, counts as they are.
    static QString formatLimit(const QString& resource, qint64 value);
    // The sentence a refusal ends with: which plan lifts the limit, or that none does.
    QString upgradeHint(const QString& resource) const;
    // details of a LIMIT_EXCEEDED answer: resource, limit, used, tier and the plan that lifts it.
    QVariantMap limitDetails(const QString& resource, qint64 used) const;
    QJsonObject toJson() const;
};

// The plans file loaded at start: tiers, limits and Stripe prices live in configuration, not code.
class PlanCatalog {
public:
    static Result<PlanCatalog> load(const QString& path);
    static Result<PlanCatalog> fromJson(const QByteArray& json);

    const Plan* find(const QString& tier) const;
    const Plan* findByPrice(const QString& stripePriceId) const;
    const QList<Plan>& plans() const { return m_plans; }
    QString currency() const { return m_currency; }
    QJsonArray toJson() const;

private:
    QList<Plan> m_plans;
    QString m_currency;
};

} // namespace dnd::server
