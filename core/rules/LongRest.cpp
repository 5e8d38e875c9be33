#include "rules/LongRest.h"

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

bool LongRest::apply(Character& character)
{
    const Character before = character;
    character.currentHp = character.maxHp;
    character.tempHp = 0;
    return !(before == character);
}

} // namespace dnd::rules
