#pragma once

#include <QString>
#include <optional>

namespace dnd::gui {

// What the DM typed in the tracker's quick hit point field: "7" damage, "+7" healing, "t7"
// temporary hit points ("-7" is damage too).
struct HpEntry {
    enum class Kind { Damage, Heal, TempHp };
    Kind kind = Kind::Damage;
    int amount = 0;

    // nullopt for anything else (empty, zero, letters, more than 9999).
    static std::optional<HpEntry> parse(const QString& text);
};

} // namespace dnd::gui
