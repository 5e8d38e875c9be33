#pragma once

#include <QString>
#include <array>
#include <optional>

namespace dnd {

// Every kind of record the local store keeps and the sync protocol moves. The string is the
// table name locally and the entity name on the wire.
enum class EntityKind { Party, Character, Creature, Encounter, Participant, CombatLog };

inline constexpr std::array kAllEntityKinds{EntityKind::Party,       EntityKind::Character,
                                            EntityKind::Creature,    EntityKind::Encounter,
                                            EntityKind::Participant, EntityKind::CombatLog};

inline QString entityName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Party:
        return QStringLiteral("party");
    case EntityKind::Character:
        return QStringLiteral("character");
    case EntityKind::Creature:
        return QStringLiteral("creature");
    case EntityKind::Encounter:
        return QStringLiteral("encounter");
    case EntityKind::Participant:
        return QStringLiteral("participant");
    case EntityKind::CombatLog:
        return QStringLiteral("combat_log");
    }
    return {};
}

inline std::optional<EntityKind> entityKindFromName(const QString& name)
{
    for (EntityKind kind : kAllEntityKinds) {
        if (entityName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace dnd
