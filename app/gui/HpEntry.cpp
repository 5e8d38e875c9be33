#include "HpEntry.h"

namespace dnd::gui {

std::optional<HpEntry> HpEntry::parse(const QString& text)
{
    QString rest = text.trimmed();
    HpEntry entry;
    if (rest.startsWith(QLatin1Char('+'))) {
        entry.kind = Kind::Heal;
        rest.remove(0, 1);
    } else if (rest.startsWith(QLatin1Char('t'), Qt::CaseInsensitive)) {
        entry.kind = Kind::TempHp;
        rest.remove(0, 1);
    } else if (rest.startsWith(QLatin1Char('-'))) {
        rest.remove(0, 1);
    }
    rest = rest.trimmed();
    if (rest.isEmpty() || rest.size() > 4)
        return std::nullopt;
    for (QChar c : rest) {
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
    }
    entry.amount = rest.toInt();
    if (entry.amount <= 0)
        return std::nullopt;
    return entry;
}

} // namespace dnd::gui
