#include "model/CombatLogEntry.h"

#include "model/Json.h"

#include <QCoreApplication>

namespace dnd {

QJsonObject CombatLogEntry::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("encounterId"), encounterId},
                       {QStringLiteral("sequence"), sequence},
                       {QStringLiteral("timestampMs"), timestampMs},
                       {QStringLiteral("round"), round},
                       {QStringLiteral("turn"), turn},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("before"), before},
                       {QStringLiteral("after"), after},
                       {QStringLiteral("details"), details}};
}

CombatLogEntry CombatLogEntry::fromJson(const QJsonObject& o)
{
    CombatLogEntry entry;
    entry.id = o.value(QStringLiteral("id")).toString();
    entry.encounterId = o.value(QStringLiteral("encounterId")).toString();
    entry.sequence = o.value(QStringLiteral("sequence")).toInteger();
    entry.timestampMs = o.value(QStringLiteral("timestampMs")).toInteger();
    entry.round = json::toInt(o.value(QStringLiteral("round")));
    entry.turn = json::toInt(o.value(QStringLiteral("turn")));
    entry.actor = o.value(QStringLiteral("actor")).toString();
    entry.target = o.value(QStringLiteral("target")).toString();
    entry.action = o.value(QStringLiteral("action")).toString();
    entry.before = o.value(QStringLiteral("before")).toObject();
    entry.after = o.value(QStringLiteral("after")).toObject();
    entry.details = o.value(QStringLiteral("details")).toObject();
    return entry;
}

ValidationErrors CombatLogEntry::validate() const
{
    ValidationErrors errors;
    if (encounterId.isEmpty())
        errors.add(QStringLiteral("encounterId"), QCoreApplication::translate("Validation", "is required"));
    errors.requireAtLeast(QStringLiteral("sequence"), sequence, 0);
    errors.requireAtLeast(QStringLiteral("round"), round, 0);
    errors.requireAtLeast(QStringLiteral("turn"), turn, 0);
    errors.requireText(QStringLiteral("action"), action, 100);
    errors.maxLength(QStringLiteral("actor"), actor, 200);
    errors.maxLength(QStringLiteral("target"), target, 200);
    return errors;
}

} // namespace dnd
