#include "actions/ShortcutCheatSheet.h"

#include "actions/ActionCatalog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dnd::gui {

ShortcutCheatSheet::ShortcutCheatSheet(const ActionCatalog& catalog, QWidget* parent)
    : QDialog(parent), m_catalog(catalog)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("cheatSheet"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto* hint = new QLabel(tr("Quick hit points in the tracker: type 7 and Enter for 7 damage, +7 to heal, "
                               "t7 for 7 temporary hit points. Shortcuts can be changed in Settings."));
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, 640);
    refresh();
}

void ShortcutCheatSheet::refresh()
{
    m_tree->clear();
    for (const QString& group : m_catalog.groups()) {
        auto* heading = new QTreeWidgetItem(m_tree, {group});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        for (const ActionCatalog::Entry& entry : m_catalog.entries()) {
            if (entry.group != group)
                continue;
            QString text = entry.action->text();
            text.remove(QLatin1Char('&'));
            new QTreeWidgetItem(m_tree, {QStringLiteral("    ") + text,
                                         entry.action->shortcut().toString(QKeySequence::NativeText)});
        }
    }
}

} // namespace dnd::gui
