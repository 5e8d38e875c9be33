#pragma once

#include <QDialog>

class QTreeWidget;

namespace dnd::gui {

class ActionCatalog;

// The F1 sheet: every action with its current shortcut, grouped as in the menus.
class ShortcutCheatSheet : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutCheatSheet(const ActionCatalog& catalog, QWidget* parent = nullptr);
    // Re-reads the shortcuts (after a rebinding).
    void refresh();
    QTreeWidget* tree() const { return m_tree; }

private:
    const ActionCatalog& m_catalog;
    QTreeWidget* m_tree = nullptr;
};

} // namespace dnd::gui
