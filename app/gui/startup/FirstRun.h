#pragma once

#include <QDialog>

class QPushButton;

namespace dnd {
class LocalStore;
}

namespace dnd::gui {

class AppSettings;
class MainWindow;

// The first start on a computer: a store with nothing of the DM's own gets the example party and
// encounter, open in the tracker, and a short welcome points at the keyboard cheat sheet, importing
// a file and the account. Shown once; later starts go straight to work.
class FirstRun {
public:
    // Greets the DM when this computer has not been greeted yet; returns the welcome then (owned by
    // the window, closes itself), else nullptr.
    static class WelcomeDialog* greet(MainWindow& window, AppSettings& settings, LocalStore& store);
};

// The welcome itself: three buttons that do what they say, and one to start.
class WelcomeDialog : public QDialog {
    Q_OBJECT
public:
    WelcomeDialog(MainWindow& window, bool exampleAdded);

    QPushButton* shortcutsButton() const { return m_shortcuts; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* accountButton() const { return m_account; }

private:
    QPushButton* m_shortcuts = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_account = nullptr;
};

} // namespace dnd::gui
