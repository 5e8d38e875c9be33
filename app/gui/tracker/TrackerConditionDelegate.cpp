#include "tracker/TrackerConditionDelegate.h"

#include "rules/Conditions.h"
#include "tracker/InitiativeModel.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace dnd::gui {

namespace {
constexpr int kPadding = 6; // inside a chip, left and right
constexpr int kGap = 4;     // between chips
} // namespace

QString TrackerConditionDelegate::chipText(const ActiveCondition& condition, const QModelIndex& index)
{
    const auto* model = qobject_cast<const InitiativeModel*>(index.model());
    const RulesEdition rules = model && model->session() ? model->session()->rules() : RulesEdition::Srd2014;
    QString text = rules::Conditions::displayName(condition, rules);
    if (condition.remainingRounds >= 0)
        text += QStringLiteral(" ") + tr("%n rd", nullptr, condition.remainingRounds);
    return text;
}

QList<TrackerConditionDelegate::Chip> TrackerConditionDelegate::layOut(const QStyleOptionViewItem& option,
                                                                       const QModelIndex& index)
{
    QList<Chip> chips;
    const Participant* p = participantOf(index);
    if (!p)
        return chips;
    const QFontMetrics metrics(option.font);
    const QRect area = option.rect.adjusted(3, 3, -3, -3);
    int x = area.left();
    for (qsizetype i = 0; i < p->conditions.size(); ++i) {
        const int width = metrics.horizontalAdvance(chipText(p->conditions[i], index)) + 2 * kPadding;
        if (x + width > area.right() + 1 && x > area.left()) {
            chips.append({QRect(x, area.top(), area.right() - x, area.height()), -1});
            break;
        }
        chips.append({QRect(x, area.top(), width, area.height()), int(i)});
        x += width + kGap;
    }
    return chips;
}

void TrackerConditionDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    const Participant* p = participantOf(index);
    if (!p) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintBackground(painter, option, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(option.font);
    for (const Chip& place : layOut(option, index)) {
        if (place.condition < 0) {
            painter->setPen(option.palette.color(QPalette::Text));
            painter->drawText(place.rect, Qt::AlignVCenter, QStringLiteral("…"));
            break;
        }
        const ActiveCondition& condition = p->conditions[place.condition];
        const QRectF chip(place.rect);
        const QColor tint =
            condition.remainingRounds == 1 ? QColor(0xf2, 0xc1, 0x4e) : QColor(0x9c, 0xb8, 0xe0);
        painter->setBrush(tint);
        QPen outline(tint.darker(150), 1, condition.hiddenFromPlayers ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(outline);
        painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        painter->setPen(QColor(0x10, 0x10, 0x10));
        painter->drawText(chip, Qt::AlignCenter, chipText(condition, index));
    }
    painter->restore();
}

bool TrackerConditionDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                           const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* click = static_cast<QMouseEvent*>(event);
        const Participant* p = participantOf(index);
        for (const Chip& chip : layOut(option, index)) {
            if (p && chip.condition >= 0 && click->button() == Qt::LeftButton &&
                chip.rect.contains(click->position().toPoint())) {
                emit removeRequested(p->id, p->conditions[chip.condition].id);
                return true;
            }
        }
    }
    return ParticipantCellDelegate::editorEvent(event, model, option, index);
}

QSize TrackerConditionDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const Participant* p = participantOf(index);
    if (!p)
        return size;
    const QFontMetrics metrics(option.font);
    int width = 6;
    for (const ActiveCondition& condition : p->conditions)
        width += metrics.horizontalAdvance(chipText(condition, index)) + 2 * kPadding + kGap;
    size.setWidth(width);
    size.setHeight(std::max(size.height(), metrics.height() + 8));
    return size;
}

} // namespace dnd::gui
