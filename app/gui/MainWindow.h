#pragma once

#include "interop/ImportReport.h"
#include "playerdisplay/PlayerBoard.h"
#include "playerdisplay/PlayerDisplay.h"
#include "store/DataLocation.h"
#include "store/LocalStore.h"
#include "util/RandomSource.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace dnd::gui {

class ActionCatalog;
class AppSettings;
class BestiaryPage;
class OpenEncounters;
class EncountersPage;
class PartiesPage;
class TrackerPage;
class ShortcutCheatSheet;
class UndoHistory;
class FileImport;
class AccountDialog;
class ShareDialog;
class DiscordDialog;
class SyncController;
class StoreProblemBanner;

// The DM's window: navigation between parties, bestiary, encounters and the tracker, the menus
// with every action, the status bar, and the player display it feeds.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Parties, Bestiary, Encounters, Tracker };

    // Dice come from `random` when given (tests pass a seeded one), else from the system.
    MainWindow(LocalStore& store, AppSettings& settings, const DataLocation& location,
               RandomSource* random = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    ActionCatalog& actions() { return *m_actions; }
    UndoHistory& history() { return *m_history; }
    PartiesPage* partiesPage() const { return m_parties; }
    LocalStore& store() const { return m_store; }
    BestiaryPage* bestiaryPage() const { return m_bestiary; }
    EncountersPage* encountersPage() const { return m_encounters; }
    TrackerPage* trackerPage() const { return m_tracker; }
    PlayerDisplay* playerDisplay() const { return m_playerDisplay; }
    // The bar that says, while it lasts, that changes cannot be saved (full disk, locked file...).
    StoreProblemBanner* storeProblemBanner() const { return m_storeProblem; }
    ShortcutCheatSheet* cheatSheet() const { return m_cheatSheet; }
    SyncController& sync() { return *m_sync; }
    AccountDialog* accountDialog() const;
    ShareDialog* shareDialog() const;
    DiscordDialog* discordDialog() const;
    Page currentPage() const;
    // Quits the application once the window has painted (start-up benchmark).
    void quitAfterFirstPaint();

public slots:
    void showPage(dnd::gui::MainWindow::Page page);
    void openPlayerDisplay();
    void togglePlayerDisplay();
    void togglePlayerFullScreen();
    void showCheatSheet();
    void showSettings();
    // File > Account and Sync (not modal).
    void showAccount();
    // Combat > Share with Players, for the encounter open in the tracker.
    void showShare();
    // Combat > Post to Discord, for the encounter open in the tracker.
    void showDiscord();
    void showAbout();
    void addExampleContent();
    // Asks for a file and imports it; importFile() does the import of a known path.
    void chooseFileToImport();
    void importFile(const QString& path);
    // File > Export: everything, or the party or encounter selected in the window.
    void showExport();
    void addCreatureToEncounter(const QString& creatureId, int count);
    void undo();
    void redo();
    // What the players should see now; kept and forwarded to the player display.
    void publishBoard(const dnd::gui::PlayerBoard& board);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Construction steps, in the order the constructor runs them.
    void buildNavigation();
    void createPages(RandomSource& random);
    // File > New Encounter and Edit > Find lead to a page.
    void connectPageActions();
    void reopenLastEncounter();
    void buildStatusBarAndStartSync();
    void restoreWindowLayout();

    void addPage(Page page, const QString& title, QWidget* widget);
    void buildMenus();
    // Points the Share with Players window at the encounter open in the tracker (or none).
    void shareOpenEncounter();
    // Points the Post to Discord window at the encounter open in the tracker (or none).
    void linkOpenEncounter();
    void updateUndoActions();
    void applySettings();
    void showStatus(const QString& message);
    // Every list page reads the store again (after an import, or rows arriving from sync).
    void reloadPages();
    void showError(const QString& what, const QString& message);
    void importFinished(const QString& path, const dnd::ImportReport& report, const QString& error);

    LocalStore& m_store;
    AppSettings& m_settings;
    DataLocation m_location;
    ActionCatalog* m_actions = nullptr;
    UndoHistory* m_history = nullptr;
    FileImport* m_import = nullptr;
    StoreProblemBanner* m_storeProblem = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<Page> m_pageOrder;
    std::unique_ptr<RandomSource> m_ownRandom;
    OpenEncounters* m_openEncounters = nullptr;
    PartiesPage* m_parties = nullptr;
    BestiaryPage* m_bestiary = nullptr;
    EncountersPage* m_encounters = nullptr;
    TrackerPage* m_tracker = nullptr;
    QPointer<PlayerDisplay> m_playerDisplay;
    ShortcutCheatSheet* m_cheatSheet = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_syncLabel = nullptr;
    SyncController* m_sync = nullptr;
    QPointer<AccountDialog> m_accountDialog;
    QPointer<ShareDialog> m_shareDialog;
    QPointer<DiscordDialog> m_discordDialog;
    PlayerBoard m_board;
    bool m_quitAfterPaint = false;
};

} // namespace dnd::gui
