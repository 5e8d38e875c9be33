#pragma once

#include <QTableView>

namespace dnd::gui {

// The tracker's initiative table. A command changes a few of possibly hundreds of rows and the
// model announces just those; this view then repaints only those rows on screen, where the stock
// view repaints its whole viewport for any change wider than one cell.
class InitiativeView : public QTableView {
    Q_OBJECT
public:
    explicit InitiativeView(QWidget* parent = nullptr);

    // The part of the viewport that shows rows first..last (empty when none of them is on screen).
    QRect rowsArea(int first, int last) const;

protected:
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = QList<int>()) override;
};

} // namespace dnd::gui
