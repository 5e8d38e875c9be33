#include "MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace dnd::gui {

MainWindow::MainWindow(LocalStore& store, QWidget* parent) : QMainWindow(parent), m_store(store)
{
    setWindowTitle(tr("D&D Encounter Tracker"));
    auto* summary = new QLabel(this);
    summary->setAlignment(Qt::AlignCenter);
    summary->setText(tr("%n encounter(s), %1 part(ies), %2 creature(s) in %3", nullptr,
                        int(store.count(EntityKind::Encounter)))
                         .arg(store.count(EntityKind::Party))
                         .arg(store.count(EntityKind::Creature))
                         .arg(store.database().path()));
    setCentralWidget(summary);
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

} // namespace dnd::gui
