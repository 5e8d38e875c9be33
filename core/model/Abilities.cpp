#include "model/Abilities.h"

#include "model/Json.h"

namespace dnd {

QString abilityKey(Ability ability)
{
    static const std::array<QString, 6> keys{QStringLiteral("strength"),     QStringLiteral("dexterity"),
                                             QStringLiteral("constitution"), QStringLiteral("intelligence"),
                                             QStringLiteral("wisdom"),       QStringLiteral("charisma")};
    return keys[static_cast<int>(ability)];
}

QString abilityShort(Ability ability)
{
    static const std::array<QString, 6> keys{QStringLiteral("STR"), QStringLiteral("DEX"),
                                             QStringLiteral("CON"), QStringLiteral("INT"),
                                             QStringLiteral("WIS"), QStringLiteral("CHA")};
    return keys[static_cast<int>(ability)];
}

QJsonObject AbilityScores::toJson() const
{
    QJsonObject object;
    for (Ability ability : kAllAbilities)
        object.insert(abilityKey(ability), score(ability));
    return object;
}

AbilityScores AbilityScores::fromJson(const QJsonObject& object)
{
    AbilityScores result;
    for (Ability ability : kAllAbilities)
        result.setScore(ability, json::toInt(object.value(abilityKey(ability)), 10));
    return result;
}

ValidationErrors AbilityScores::validate() const
{
    ValidationErrors errors;
    for (Ability ability : kAllAbilities)
        errors.requireRange(abilityKey(ability), score(ability), 1, 30);
    return errors;
}

} // namespace dnd
