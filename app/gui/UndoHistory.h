#pragma once

#include "store/ChangeSet.h"
#include "store/LocalStore.h"
#include "util/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace dnd::gui {

// One step the DM can take back: how to undo it and how to do it again.
struct UndoStep {
    QString text;
    std::function<Status()> undo;
    std::function<Status()> redo;
};

// The application's single undo history. Editing pages push store commits (the inverse change
// set LocalStore returns); the tracker pushes combat commands. Unlimited within a session.
class UndoHistory : public QObject {
    Q_OBJECT
public:
    explicit UndoHistory(QObject* parent = nullptr) : QObject(parent) {}

    // Commits the changes and, when that worked, records the step that undoes them.
    Status commit(LocalStore& store, const ChangeSet& changes, const QString& text);
    // Records a step that was already done.
    void push(UndoStep step);

    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < m_steps.size(); }
    QString undoText() const { return canUndo() ? m_steps[m_index - 1].text : QString(); }
    QString redoText() const { return canRedo() ? m_steps[m_index].text : QString(); }
    int size() const { return int(m_steps.size()); }

    Status undo();
    Status redo();
    void clear();

signals:
    // The history changed (a push, an undo, a redo, a clear).
    void changed();
    // Data changed through undo or redo; views re-read the store.
    void dataRestored();

private:
    QList<UndoStep> m_steps;
    qsizetype m_index = 0; // steps before it are done, from it on undone
};

} // namespace dnd::gui
