#include "rules/LongRest.h"

#include <algorithm>

namespace dnd::rules {

namespace {
const QLatin1String kExhaustion("exhaustion");
} // namespace

bool LongRest::canRest(const Participant& participant)
{
    if (participant.isCharacter())
        return !participant.deathSaves.dead;
    return !participant.defeated;
}

bool LongRest::apply(Participant& participant)
{
    if (!canRest(participant))
        return false;
    const Participant before = participant;
    participant.currentHp = participant.effectiveMaxHp();
    participant.tempHp = 0;
    participant.deathSaves = DeathSaves{};
    participant.legendaryResistancesLeft = participant.legendaryResistancesMax;
    participant.legendaryActionsLeft = participant.legendaryActionsMax;
    participant.reactionUsed = false;
    for (RechargeState& recharge : participant.recharges)
        recharge.available = true;
    // One level of exhaustion per long rest (both editions).
    for (qsizetype i = participant.conditions.size() - 1; i >= 0; --i) {
        ActiveCondition& condition = participant.conditions[i];
        if (condition.key != kExhaustion)
            continue;
        if (--condition.level < 1)
            participant.conditions.removeAt(i);
    }
    return !(before == participant);
}

int LongRest::hitDiceRegained(const Character& character, RulesEdition rules)
{
    const int total = character.totalLevel();
    const int spent = std::clamp(character.hitDiceSpent, 0, total);
    if (rules == RulesEdition::Srd2024)
        return spent;
    return std::min(spent, std::max(1, total / 2));
}

bool LongRest::apply(Character& character, RulesEdition rules)
{
    const Character before = character;
    character.currentHp = character.maxHp;
    character.tempHp = 0;
    // Spent beyond the total (a level lowered since) counts as the total.
    character.hitDiceSpent =
        std::min(character.hitDiceSpent, character.totalLevel()) - hitDiceRegained(character, rules);
    return !(before == character);
}

} // namespace dnd::rules
