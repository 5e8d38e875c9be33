#include "tracker/InitiativeView.h"

#include <QAccessible>

namespace dnd::gui {

InitiativeView::InitiativeView(QWidget* parent) : QTableView(parent) {}

QRect InitiativeView::rowsArea(int first, int last) const
{
    if (first < 0 || last < first)
        return {};
    const int top = rowViewportPosition(first);
    const int bottom = rowViewportPosition(last) + rowHeight(last);
    return QRect(0, top, viewport()->width(), bottom - top).intersected(viewport()->rect());
}

void InitiativeView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                 const QList<int>& roles)
{
    // The stock handling is kept where it does more than repaint: one cell, an open editor that
    // must take the new value, and assistive technology that is told about the change.
    const bool plainRepaint = topLeft.isValid() && bottomRight.isValid() && topLeft != bottomRight &&
                              state() != EditingState && !QAccessible::isActive() && isVisible() &&
                              topLeft.parent() == rootIndex() && !isRowHidden(topLeft.row()) &&
                              !isRowHidden(bottomRight.row());
    if (!plainRepaint) {
        QTableView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    const QRect area = rowsArea(topLeft.row(), bottomRight.row());
    if (!area.isEmpty())
        viewport()->update(area);
}

} // namespace dnd::gui
