#pragma once

#include "bestiary/CreatureSearch.h"

#include <QAbstractTableModel>

namespace dnd::gui {

// Search results of the bestiary (bundled templates and custom creatures) as a table.
class CreatureSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, ChallengeRating, Type, Size, Rules, Source, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CreatureSearchModel(LocalStore& store, QObject* parent = nullptr);

    void setQuery(const CreatureQuery& query);
    const CreatureQuery& query() const { return m_query; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    const CreatureSummary* summaryAt(int row) const;

private:
    LocalStore& m_store;
    CreatureQuery m_query;
    QList<CreatureSummary> m_rows;
};

} // namespace dnd::gui
