#include "widgets/ParticipantCellDelegate.h"

#include "tracker/InitiativeModel.h"

#include <QApplication>

namespace dnd::gui {

const Participant* ParticipantCellDelegate::participantOf(const QModelIndex& index)
{
    const auto* model = qobject_cast<const InitiativeModel*>(index.model());
    return model ? model->participantAt(index.row()) : nullptr;
}

QString ParticipantCellDelegate::paintBackground(QPainter* painter, const QStyleOptionViewItem& option,
                                                 const QModelIndex& index) const
{
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    const QString text = base.text;
    base.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &base, painter, widget);
    return text;
}

} // namespace dnd::gui
