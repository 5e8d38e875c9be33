#include "UndoHistory.h"

#include "GuiErrorCodes.h"
#include "GuiLog.h"

#include <memory>

namespace dnd::gui {

Status UndoHistory::commit(LocalStore& store, const ChangeSet& changes, const QString& text)
{
    Result<ChangeSet> inverse = store.commit(changes);
    if (!inverse) {
        // The page shows the error; every edit of the window passes here.
        qCWarning(lcGuiStore) << "saving failed:" << inverse.error().code << inverse.errorMessage();
        return inverse.error();
    }
    // Undoing a commit returns the change set that redoes it, so one toggle serves both ways.
    auto pending = std::make_shared<ChangeSet>(std::move(inverse).value());
    auto toggle = [&store, pending]() -> Status {
        Result<ChangeSet> next = store.commit(*pending);
        if (!next)
            return next.error();
        *pending = std::move(next).value();
        return {};
    };
    push({text, toggle, toggle});
    return {};
}

void UndoHistory::push(UndoStep step)
{
    m_steps.erase(m_steps.begin() + m_index, m_steps.end());
    m_steps.append(std::move(step));
    m_index = m_steps.size();
    emit changed();
}

Status UndoHistory::undo()
{
    if (!canUndo())
        return Error::make(errors::kNothingToUndo, tr("There is nothing to undo."));
    if (Status done = m_steps[m_index - 1].undo(); !done) {
        qCWarning(lcGuiStore) << "undo failed:" << done.error().code << done.errorMessage();
        return done;
    }
    --m_index;
    emit changed();
    emit dataRestored();
    return {};
}

Status UndoHistory::redo()
{
    if (!canRedo())
        return Error::make(errors::kNothingToRedo, tr("There is nothing to redo."));
    if (Status done = m_steps[m_index].redo(); !done) {
        qCWarning(lcGuiStore) << "redo failed:" << done.error().code << done.errorMessage();
        return done;
    }
    ++m_index;
    emit changed();
    emit dataRestored();
    return {};
}

void UndoHistory::clear()
{
    m_steps.clear();
    m_index = 0;
    emit changed();
}

} // namespace dnd::gui
