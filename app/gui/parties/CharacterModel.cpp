#include "parties/CharacterModel.h"

#include <algorithm>

namespace dnd::gui {

QString formatClasses(const QList<CharacterClass>& classes)
{
    QStringList parts;
    for (const CharacterClass& entry : classes)
        parts.append(QStringLiteral("%1 %2").arg(entry.className).arg(entry.level));
    return parts.join(QStringLiteral(" / "));
}

CharacterModel::CharacterModel(LocalStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

void CharacterModel::setParty(const QString& partyId)
{
    m_partyId = partyId;
    reload();
}

void CharacterModel::reload()
{
    beginResetModel();
    m_characters = m_partyId.isEmpty() ? QList<Character>() : m_store.childrenOf<Character>(m_partyId);
    std::sort(m_characters.begin(), m_characters.end(), [](const Character& a, const Character& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    endResetModel();
}

int CharacterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_characters.size());
}

int CharacterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CharacterModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_characters.size())
        return {};
    const Character& character = m_characters[index.row()];
    if (role == IdRole)
        return character.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Level)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return character.name;
    case Player:
        return character.playerName;
    case RaceClass: {
        const QString classes = formatClasses(character.classes);
        return classes.isEmpty() ? character.race : character.race + QStringLiteral(" · ") + classes;
    }
    case Level:
        return character.totalLevel();
    case ArmorClass:
        return character.ac;
    case HitPoints:
        return tr("%1 / %2").arg(character.currentHp).arg(character.maxHp);
    case HitDice: { // left of the total, one die per level
        const int total = character.totalLevel();
        return tr("%1 / %2").arg(total - std::clamp(character.hitDiceSpent, 0, total)).arg(total);
    }
    case Initiative: {
        const int modifier = character.initiativeModifier();
        return modifier >= 0 ? QStringLiteral("+%1").arg(modifier) : QString::number(modifier);
    }
    default:
        return {};
    }
}

QVariant CharacterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Player:
        return tr("Player");
    case RaceClass:
        return tr("Race and class");
    case Level:
        return tr("Level");
    case ArmorClass:
        return tr("AC");
    case HitPoints:
        return tr("HP");
    case HitDice:
        return tr("Hit dice left");
    case Initiative:
        return tr("Init");
    default:
        return {};
    }
}

const Character* CharacterModel::characterAt(int row) const
{
    return row >= 0 && row < m_characters.size() ? &m_characters[row] : nullptr;
}

int CharacterModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_characters.size(); ++row) {
        if (m_characters[row].id == id)
            return row;
    }
    return -1;
}

} // namespace dnd::gui
