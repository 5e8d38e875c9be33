#pragma once

#include <QStyledItemDelegate>

namespace dnd::gui {

// The Init cell's editor, made for typing a column of totals: Enter or Down keeps the total and
// goes on to the next row's cell, Up to the previous row's, Escape leaves without a change. The
// list re-sorts after each total, so the tracker (which knows the order before the change) opens
// the next cell; an editor the DM left without typing keeps nothing (no total is invented).
class TrackerInitiativeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

signals:
    // The DM left the cell of `row` with Enter/Down (step 1) or Up (step -1), after its total was
    // handed to the model.
    void moveRequested(int row, int step);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace dnd::gui
