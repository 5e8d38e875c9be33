#include "parties/PartyListModel.h"

#include <QFont>
#include <algorithm>

namespace dnd::gui {

PartyListModel::PartyListModel(LocalStore& store, QObject* parent)
    : QAbstractListModel(parent), m_store(store)
{
    reload();
}

void PartyListModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

void PartyListModel::reload()
{
    beginResetModel();
    m_parties.clear();
    m_memberCounts.clear();
    for (const Party& party : m_store.all<Party>()) {
        if (party.archived && !m_showArchived)
            continue;
        m_parties.append(party);
        m_memberCounts.insert(party.id, int(m_store.children(EntityKind::Character, party.id).size()));
    }
    std::sort(m_parties.begin(), m_parties.end(),
              [](const Party& a, const Party& b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    endResetModel();
}

int PartyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_parties.size());
}

QVariant PartyListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_parties.size())
        return {};
    const Party& party = m_parties[index.row()];
    const int members = m_memberCounts.value(party.id);
    switch (role) {
    case Qt::DisplayRole:
        return party.archived ? tr("%1 (archived)").arg(party.name) : party.name;
    case Qt::ToolTipRole:
        return tr("%n character(s)", nullptr, members) +
               (party.description.isEmpty() ? QString() : QStringLiteral("\n") + party.description);
    case Qt::AccessibleTextRole:
        return tr("%1, %n character(s)", nullptr, members).arg(party.name);
    case Qt::FontRole:
        if (party.archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return party.id;
    case ArchivedRole:
        return party.archived;
    case MemberCountRole:
        return members;
    default:
        return {};
    }
}

const Party* PartyListModel::partyAt(int row) const
{
    return row >= 0 && row < m_parties.size() ? &m_parties[row] : nullptr;
}

int PartyListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_parties.size(); ++row) {
        if (m_parties[row].id == id)
            return row;
    }
    return -1;
}

} // namespace dnd::gui
