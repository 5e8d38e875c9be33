#pragma once

#include <QString>

namespace dnd {

// How a combatant's health reads to the players: words instead of numbers, so the player display
// never gives away a monster's hit points.
enum class HealthState { Healthy, Hurt, Bloodied, Defeated };

// Healthy at full hit points, Hurt below full, Bloodied at half or less, Defeated at 0 (or when the
// DM marked the combatant defeated). A non-positive maximum reads as Defeated only at 0 HP.
HealthState describeHealth(int currentHp, int maxHp, bool defeated = false);
// The translated word shown to players.
QString healthStateLabel(HealthState state);
// A stable key for programs ("healthy", "hurt", "bloodied", "defeated").
QString healthStateKey(HealthState state);

} // namespace dnd
