#pragma once

#include "widgets/ParticipantCellDelegate.h"

namespace dnd {
struct ActiveCondition;
}

namespace dnd::gui {

// Paints the tracker's conditions cell as chips, one per condition with its remaining rounds
// ("Prone 2"); conditions hidden from the players get a dashed outline. A click on a chip asks to
// remove that condition (before it runs out).
class TrackerConditionDelegate : public ParticipantCellDelegate {
    Q_OBJECT
public:
    using ParticipantCellDelegate::ParticipantCellDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    // The text of one chip.
    static QString chipText(const ActiveCondition& condition, const QModelIndex& index);

signals:
    void removeRequested(const QString& participantId, const QString& conditionId);

private:
    struct Chip {
        QRect rect;
        int condition = -1; // index into the participant's conditions; -1 for the "…" of the rest
    };
    // Where each chip goes in the cell, as far as they fit.
    static QList<Chip> layOut(const QStyleOptionViewItem& option, const QModelIndex& index);
};

} // namespace dnd::gui
