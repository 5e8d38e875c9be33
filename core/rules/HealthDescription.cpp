#include "rules/HealthDescription.h"

#include <QCoreApplication>

namespace dnd {

HealthState describeHealth(int currentHp, int maxHp, bool defeated)
{
    if (defeated || currentHp <= 0)
        return HealthState::Defeated;
    if (maxHp <= 0 || currentHp >= maxHp)
        return HealthState::Healthy;
    // Integer comparison, so 7 of 15 is Bloodied and 8 of 15 is Hurt.
    if (2 * currentHp <= maxHp)
        return HealthState::Bloodied;
    return HealthState::Hurt;
}

QString healthStateLabel(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return QCoreApplication::translate("dnd::HealthState", "Healthy");
    case HealthState::Hurt:
        return QCoreApplication::translate("dnd::HealthState", "Hurt");
    case HealthState::Bloodied:
        return QCoreApplication::translate("dnd::HealthState", "Bloodied");
    case HealthState::Defeated:
        return QCoreApplication::translate("dnd::HealthState", "Defeated");
    }
    return {};
}

QString healthStateKey(HealthState state)
{
    switch (state) {
    case HealthState::Healthy:
        return QStringLiteral("healthy");
    case HealthState::Hurt:
        return QStringLiteral("hurt");
    case HealthState::Bloodied:
        return QStringLiteral("bloodied");
    case HealthState::Defeated:
        return QStringLiteral("defeated");
    }
    return {};
}

} // namespace dnd
