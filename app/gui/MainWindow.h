#pragma once

#include "store/LocalStore.h"

#include <QMainWindow>

namespace dnd::gui {

// The DM's window onto the local store.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(LocalStore& store, QWidget* parent = nullptr);

private:
    LocalStore& m_store;
};

} // namespace dnd::gui
