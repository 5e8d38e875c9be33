#include "tracker/HpEntry.h"

#include <QRegularExpression>

namespace dnd::gui {

const QStringList& HpEntry::damageTypes()
{
    static const QStringList types{
        QStringLiteral("acid"),     QStringLiteral("bludgeoning"), QStringLiteral("cold"),
        QStringLiteral("fire"),     QStringLiteral("force"),       QStringLiteral("lightning"),
        QStringLiteral("necrotic"), QStringLiteral("piercing"),    QStringLiteral("poison"),
        QStringLiteral("psychic"),  QStringLiteral("radiant"),     QStringLiteral("slashing"),
        QStringLiteral("thunder")};
    return types;
}

namespace {

// A damage type by its name or a prefix that names exactly one type ("fi" = fire, "f" is ambiguous).
QString damageTypeFor(const QString& word)
{
    if (word.size() < 2)
        return {};
    QString match;
    for (const QString& type : HpEntry::damageTypes()) {
        if (type == word)
            return type;
        if (type.startsWith(word)) {
            if (!match.isEmpty())
                return {};
            match = type;
        }
    }
    return match;
}

bool setScale(HpEntry& entry, HpEntry::Scale scale)
{
    if (entry.scale != HpEntry::Scale::Normal && entry.scale != scale)
        return false; // half and double together make no sense
    entry.scale = scale;
    return true;
}

} // namespace

std::optional<HpEntry> HpEntry::parse(const QString& text)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return std::nullopt;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words = trimmed.split(space, Qt::SkipEmptyParts);
    QString head = words.takeFirst();

    HpEntry entry;
    if (head.startsWith(QLatin1Char('+'))) {
        entry.kind = Kind::Heal;
        head.remove(0, 1);
    } else if (head.startsWith(QLatin1Char('t'))) {
        entry.kind = Kind::TempHp;
        head.remove(0, 1);
    } else {
        if (head.startsWith(QLatin1Char('-')))
            head.remove(0, 1);
        // Modifier letters in front of the number, each at most once.
        while (!head.isEmpty() && head.front().isLetter()) {
            const QChar letter = head.front();
            head.remove(0, 1);
            if (letter == QLatin1Char('h') && entry.scale == Scale::Normal)
                entry.scale = Scale::Half;
            else if (letter == QLatin1Char('d') && entry.scale == Scale::Normal)
                entry.scale = Scale::Double;
            else if (letter == QLatin1Char('c') && !entry.critical)
                entry.critical = true;
            else
                return std::nullopt;
        }
    }
    if (head.isEmpty() && !words.isEmpty())
        head = words.takeFirst(); // "+ 7", "h 7"
    if (head.isEmpty() || head.size() > 4)
        return std::nullopt;
    for (QChar c : head) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    entry.amount = head.toInt();
    if (entry.amount <= 0)
        return std::nullopt;
    if (entry.kind != Kind::Damage)
        return words.isEmpty() ? std::optional<HpEntry>(entry) : std::nullopt;

    for (const QString& word : words) {
        if (word == QLatin1String("half")) {
            if (!setScale(entry, Scale::Half))
                return std::nullopt;
        } else if (word == QLatin1String("double") || word == QLatin1String("x2")) {
            if (!setScale(entry, Scale::Double))
                return std::nullopt;
        } else if (word == QLatin1String("crit") || word == QLatin1String("critical")) {
            entry.critical = true;
        } else if (word == QLatin1String("magic") || word == QLatin1String("magical")) {
            entry.magical = true;
        } else if (const QString type = damageTypeFor(word); !type.isEmpty() && entry.damageType.isEmpty()) {
            entry.damageType = type;
        } else {
            return std::nullopt;
        }
    }
    return entry;
}

} // namespace dnd::gui
