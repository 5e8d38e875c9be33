#pragma once

#include "model/Validation.h"

#include <QJsonObject>
#include <array>

namespace dnd {

enum class Ability { Strength, Dexterity, Constitution, Intelligence, Wisdom, Charisma };

inline constexpr std::array kAllAbilities{Ability::Strength,     Ability::Dexterity, Ability::Constitution,
                                          Ability::Intelligence, Ability::Wisdom,    Ability::Charisma};

QString abilityKey(Ability ability);   // "strength"
QString abilityShort(Ability ability); // "STR"

// Floor((score - 10) / 2), correct for odd scores below 10.
constexpr int abilityModifier(int score)
{
    const int delta = score - 10;
    return delta >= 0 ? delta / 2 : -((-delta + 1) / 2);
}

// The six ability scores of a character or creature.
struct AbilityScores {
    std::array<int, 6> scores{10, 10, 10, 10, 10, 10};

    int score(Ability ability) const { return scores[static_cast<int>(ability)]; }
    void setScore(Ability ability, int value) { scores[static_cast<int>(ability)] = value; }
    int modifier(Ability ability) const { return abilityModifier(score(ability)); }

    QJsonObject toJson() const;
    static AbilityScores fromJson(const QJsonObject& object);
    ValidationErrors validate() const;
    bool operator==(const AbilityScores&) const = default;
};

} // namespace dnd
