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
    auto addHeading = [this](const QString& title) {
        auto* heading = new QTreeWidgetItem(m_tree, {title});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
    };
    for (const QString& group : m_catalog.groups()) {
        addHeading(group);
        for (const ActionCatalog::Entry& entry : m_catalog.entries()) {
            if (entry.group != group)
                continue;
            QString text = entry.action->text();
            text.remove(QLatin1Char('&'));
            new QTreeWidgetItem(m_tree, {QStringLiteral("    ") + text,
                                         entry.action->shortcut().toString(QKeySequence::NativeText)});
        }
    }
    // Keys that belong to a field or a list rather than to a menu command; they cannot be changed.
    addHeading(tr("Other keys"));
    const QList<std::pair<QString, QString>> fixed{
        {tr("Apply what the HP field holds"), tr("Enter")},
        {tr("Type in the Init cell of the current row"), tr("F2")},
        {tr("In the Init cell: keep the total, go to the next or previous row's"), tr("Enter or Down; Up")},
        {tr("Move through the initiative list; select several"), tr("Up, Down; Ctrl+click, Shift+click")},
        {tr("Go to the encounter, the HP field, who acts, the combat log, the statblock"),
         tr("Alt+E, Alt+H, Alt+Y, Alt+L, Alt+B")},
        {tr("Walk the statblock's dice; roll one"), tr("Tab, Shift+Tab; Enter")},
        {tr("Player display full screen (in that window)"), tr("F11")},
        {tr("Close a dialog without saving"), tr("Esc")},
    };
    for (const auto& [what, keys] : fixed)
        new QTreeWidgetItem(m_tree, {QStringLiteral("    ") + what, keys});
}

} // namespace dnd::gui
