#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace dnd::gui {

// What the DM typed in the tracker's quick hit point field: "7" damage, "+7" healing, "t7"
// temporary hit points ("-7" is damage too). Damage may carry modifiers in front of the number —
// "h7" half (a made save), "d7" double, "c7" a critical hit (letters combine: "ch7") — and words
// after it: a damage type so resistances apply ("7 fire", unique prefixes like "7 fi" work),
// "magical" for a magical weapon, and "half", "double" or "crit" spelled out.
struct HpEntry {
    enum class Kind { Damage, Heal, TempHp };
    enum class Scale { Normal, Half, Double };
    Kind kind = Kind::Damage;
    int amount = 0;
    Scale scale = Scale::Normal;
    bool critical = false;
    bool magical = false;
    QString damageType; // lower-case SRD damage type, empty = untyped

    // nullopt for anything else (empty, zero, unknown words, half and double together, modifiers on
    // healing, more than 9999).
    static std::optional<HpEntry> parse(const QString& text);
    // The thirteen SRD damage types, lower case.
    static const QStringList& damageTypes();
};

} // namespace dnd::gui
