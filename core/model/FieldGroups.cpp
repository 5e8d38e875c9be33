#include "model/FieldGroups.h"

#include <algorithm>

namespace dnd {

QStringList fieldGroup(EntityKind kind, const QString& field)
{
    static const QStringList characterHp{QStringLiteral("maxHp"), QStringLiteral("currentHp"),
                                         QStringLiteral("tempHp")};
    static const QStringList participantHp{QStringLiteral("maxHp"), QStringLiteral("maxHpOverride"),
                                           QStringLiteral("currentHp"), QStringLiteral("tempHp")};
    static const QStringList legendaryActions{QStringLiteral("legendaryActionsMax"),
                                              QStringLiteral("legendaryActionsLeft")};
    static const QStringList legendaryResistances{QStringLiteral("legendaryResistancesMax"),
                                                  QStringLiteral("legendaryResistancesLeft")};
    switch (kind) {
    case EntityKind::Character:
        return characterHp.contains(field) ? characterHp : QStringList();
    case EntityKind::Participant:
        for (const QStringList* group : {&participantHp, &legendaryActions, &legendaryResistances}) {
            if (group->contains(field))
                return *group;
        }
        return {};
    default:
        return {};
    }
}

QString newestClock(const QHash<QString, QString>& clocks, const QStringList& fields)
{
    const QString creation = clocks.value(QStringLiteral("*"));
    QString newest;
    for (const QString& field : fields)
        newest = std::max(newest, clocks.value(field, creation));
    return newest;
}

} // namespace dnd
