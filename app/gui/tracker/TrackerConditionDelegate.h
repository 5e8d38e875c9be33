#pragma once

#include "widgets/ParticipantCellDelegate.h"

namespace dnd {
struct ActiveCondition;
}

namespace dnd::gui {

// Paints the tracker's conditions cell as chips, one per condition with its remaining rounds
// ("Prone 2"); conditions hidden from the players get a dashed outline.
class TrackerConditionDelegate : public ParticipantCellDelegate {
    Q_OBJECT
public:
    using ParticipantCellDelegate::ParticipantCellDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The text of one chip.
    static QString chipText(const ActiveCondition& condition, const QModelIndex& index);
};

} // namespace dnd::gui
