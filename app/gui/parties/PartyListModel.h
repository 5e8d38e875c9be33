#pragma once

#include "model/Party.h"
#include "store/LocalStore.h"

#include <QAbstractListModel>

namespace dnd::gui {

// The parties in the store, sorted by name; archived ones only when asked for.
class PartyListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole, MemberCountRole };

    explicit PartyListModel(LocalStore& store, QObject* parent = nullptr);

    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    const Party* partyAt(int row) const;
    int rowOf(const QString& id) const;

private:
    LocalStore& m_store;
    QList<Party> m_parties;
    QHash<QString, int> m_memberCounts;
    bool m_showArchived = false;
};

} // namespace dnd::gui
