#pragma once

#include "widgets/ParticipantCellDelegate.h"

namespace dnd::gui {

// Paints the tracker's hit point cell as a bar: current over maximum (green, amber, red as it
// drops), temporary hit points as a blue segment after it, and the figures on top.
class TrackerHpBarDelegate : public ParticipantCellDelegate {
    Q_OBJECT
public:
    using ParticipantCellDelegate::ParticipantCellDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace dnd::gui
