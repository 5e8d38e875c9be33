#include "model/DocumentValidation.h"

#include "model/CombatLogEntry.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"

#include <type_traits>

namespace dnd {

namespace {

template <typename Entity> ValidationErrors validateAs(const QJsonObject& doc)
{
    const Entity entity = Entity::fromJson(doc);
    ValidationErrors errors = entity.validate();
    errors.requireJsonTypes(doc, entity.toJson());
    return errors;
}

template <typename Entity> QStringList unknownFieldsOf(const Entity& blank, const QJsonObject& doc)
{
    // A field the model writes for a blank record or for this one is known: it writes every
    // field it reads (an optional one it holds no value for as null).
    const QJsonObject written = blank.toJson();
    const QJsonObject understood = Entity::fromJson(doc).toJson();
    QStringList unknown;
    for (auto it = doc.constBegin(); it != doc.constEnd(); ++it) {
        if (!written.contains(it.key()) && !understood.contains(it.key()))
            unknown.append(it.key());
    }
    return unknown;
}

// Calls visit with a blank record of the kind's model class.
template <typename Visit> auto withModelOf(EntityKind kind, Visit visit)
{
    switch (kind) {
    case EntityKind::Party:
        return visit(Party());
    case EntityKind::Character:
        return visit(Character());
    case EntityKind::Creature:
        return visit(Creature());
    case EntityKind::Encounter:
        return visit(Encounter());
    case EntityKind::Participant:
        return visit(Participant());
    case EntityKind::CombatLog:
        return visit(CombatLogEntry());
    }
    return decltype(visit(Party()))();
}

} // namespace

ValidationErrors validateDocument(EntityKind kind, const QJsonObject& doc)
{
    return withModelOf(kind,
                       [&doc](const auto& blank) { return validateAs<std::decay_t<decltype(blank)>>(doc); });
}

QStringList unknownFields(EntityKind kind, const QJsonObject& doc)
{
    return withModelOf(kind, [&doc](const auto& blank) { return unknownFieldsOf(blank, doc); });
}

} // namespace dnd
