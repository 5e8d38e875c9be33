#include "bestiary/CreatureSearchModel.h"

namespace dnd::gui {

CreatureSearchModel::CreatureSearchModel(LocalStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{}

void CreatureSearchModel::setQuery(const CreatureQuery& query)
{
    m_query = query;
    beginResetModel();
    m_rows = CreatureSearch::search(m_store, query);
    endResetModel();
}

int CreatureSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int CreatureSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CreatureSearchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CreatureSummary& row = m_rows[index.row()];
    if (role == IdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case ChallengeRating:
        return row.challengeRating;
    case Type:
        return row.type;
    case Size:
        return row.size;
    case Rules:
        return rulesEditionKey(row.rules);
    case Source:
        return row.source;
    default:
        return {};
    }
}

QVariant CreatureSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case ChallengeRating:
        return tr("CR");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Rules:
        return tr("Rules");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

const CreatureSummary* CreatureSearchModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

} // namespace dnd::gui
