#include "tracker/TrackerHpBarDelegate.h"

#include "tracker/InitiativeModel.h"

#include <QPainter>
#include <algorithm>

namespace dnd::gui {

void TrackerHpBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    const Participant* p = participantOf(index);
    if (!p) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = paintBackground(painter, option, index);

    const int maxHp = std::max(1, p->effectiveMaxHp());
    const QRectF track = QRectF(option.rect).adjusted(3, 4, -3, -4);
    const double total = std::max(maxHp, std::max(0, p->currentHp) + p->tempHp);
    const double unit = track.width() / total;
    const double fraction = double(std::max(0, p->currentHp)) / maxHp;
    QColor fill = fraction > 0.5    ? QColor(0x3c, 0xa0, 0x4a)
                  : fraction > 0.25 ? QColor(0xe0, 0xa0, 0x20)
                                    : QColor(0xd0, 0x3a, 0x30);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x80, 0x80, 0x80, 60));
    painter->drawRoundedRect(track, 3, 3);
    QRectF current = track;
    current.setWidth(unit * std::max(0, p->currentHp));
    painter->setBrush(fill);
    painter->drawRoundedRect(current, 3, 3);
    if (p->tempHp > 0) {
        QRectF temp = track;
        temp.setLeft(current.right());
        temp.setWidth(unit * p->tempHp);
        painter->setBrush(QColor(0x3a, 0x78, 0xd8));
        painter->drawRoundedRect(temp, 3, 3);
    }
    // The maximum as a tick when temporary hit points run past it.
    if (total > maxHp) {
        painter->setPen(QPen(option.palette.color(QPalette::Text), 1));
        const double x = track.left() + unit * maxHp;
        painter->drawLine(QPointF(x, track.top()), QPointF(x, track.bottom()));
    }
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(track, Qt::AlignCenter, text);
    painter->restore();
}

QSize TrackerHpBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 24, option.fontMetrics.horizontalAdvance(QLatin1Char('0')) * 16));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace dnd::gui
