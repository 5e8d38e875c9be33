#pragma once

#include <QStyledItemDelegate>

namespace dnd {
struct Participant;
}

namespace dnd::gui {

// Base of the delegates that draw a tracker cell from its combatant (HP bar, condition chips):
// finds the row's combatant and paints the standard item background under the custom drawing.
class ParticipantCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    // The combatant of the row; null when the model is not the initiative model.
    static const Participant* participantOf(const QModelIndex& index);
    // Selection and the current-turn background as the standard item painting draws them, without
    // the text; returns the text the model gave the cell.
    QString paintBackground(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const;
};

} // namespace dnd::gui
