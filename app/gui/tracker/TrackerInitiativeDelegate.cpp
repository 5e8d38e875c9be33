#include "tracker/TrackerInitiativeDelegate.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPersistentModelIndex>

namespace dnd::gui {

namespace {
constexpr const char* kRowProperty = "initiativeRow";

// True once the DM typed into the editor: an editor only opened (or passed through with the
// arrows) leaves the combatant's initiative as it was.
bool typedInto(QWidget* editor)
{
    const auto* text = editor->findChild<QLineEdit*>();
    return text && text->isModified();
}
} // namespace

QWidget* TrackerInitiativeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                                 const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (editor)
        editor->setProperty(kRowProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    return editor;
}

void TrackerInitiativeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                             const QModelIndex& index) const
{
    if (typedInto(editor))
        QStyledItemDelegate::setModelData(editor, model, index);
}

bool TrackerInitiativeDelegate::eventFilter(QObject* watched, QEvent* event)
{
    auto* editor = qobject_cast<QWidget*>(watched);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        int step = 0;
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                step = 1;
            else if (key->key() == Qt::Key_Up)
                step = -1;
        }
        const QPersistentModelIndex cell = editor->property(kRowProperty).value<QPersistentModelIndex>();
        if (step != 0 && cell.isValid()) {
            // The row is read before the total goes in: the list may re-sort right after.
            const int row = cell.row();
            emit commitData(editor);
            emit closeEditor(editor, QAbstractItemDelegate::NoHint);
            emit moveRequested(row, step);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

} // namespace dnd::gui
