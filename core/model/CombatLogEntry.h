#pragma once

#include "model/EntityKind.h"
#include "model/Validation.h"

#include <QJsonObject>

namespace dnd {

// One event of a fight: who did what to whom, with the values before and after. Append-only.
struct CombatLogEntry {
    static constexpr EntityKind kKind = EntityKind::CombatLog;

    QString id;
    QString encounterId;
    qint64 sequence = 0; // order within the encounter
    qint64 timestampMs = 0;
    int round = 0;
    int turn = 0;
    QString actor;  // display name of who acted (or the DM)
    QString target; // display name of who was affected
    QString action; // "damage", "heal", "condition_add" ...
    QJsonObject before;
    QJsonObject after;
    QJsonObject details;

    QJsonObject toJson() const;
    static CombatLogEntry fromJson(const QJsonObject& object);
    ValidationErrors validate() const;
    bool operator==(const CombatLogEntry&) const = default;
};

} // namespace dnd
