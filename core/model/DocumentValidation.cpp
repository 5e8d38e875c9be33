#include "model/DocumentValidation.h"

#include "model/CombatLogEntry.h"
#include "model/Creature.h"
#include "model/Encounter.h"
#include "model/Participant.h"
#include "model/Party.h"

namespace dnd {

namespace {

template <typename Entity> ValidationErrors validateAs(const QJsonObject& doc)
{
    const Entity entity = Entity::fromJson(doc);
    ValidationErrors errors = entity.validate();
    errors.requireJsonTypes(doc, entity.toJson());
    return errors;
}

} // namespace

ValidationErrors validateDocument(EntityKind kind, const QJsonObject& doc)
{
    switch (kind) {
    case EntityKind::Party:
        return validateAs<Party>(doc);
    case EntityKind::Character:
        return validateAs<Character>(doc);
    case EntityKind::Creature:
        return validateAs<Creature>(doc);
    case EntityKind::Encounter:
        return validateAs<Encounter>(doc);
    case EntityKind::Participant:
        return validateAs<Participant>(doc);
    case EntityKind::CombatLog:
        return validateAs<CombatLogEntry>(doc);
    }
    return {};
}

} // namespace dnd
