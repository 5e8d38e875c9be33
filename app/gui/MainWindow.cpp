#include "MainWindow.h"

#include "GuiLog.h"
#include "UndoHistory.h"
#include "account/AccountDialog.h"
#include "account/SyncController.h"
#include "actions/ActionCatalog.h"
#include "actions/ActionIds.h"
#include "actions/ShortcutCheatSheet.h"
#include "bestiary/BestiaryPage.h"
#include "encounters/EncountersPage.h"
#include "files/ExportDialog.h"
#include "files/FileImport.h"
#include "integrations/DiscordDialog.h"
#include "parties/PartiesPage.h"
#include "playerdisplay/PlayerDisplay.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "share/ShareDialog.h"
#include "startup/ExampleContent.h"
#include "tracker/OpenEncounters.h"
#include "tracker/TrackerPage.h"
#include "widgets/StoreProblemBanner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <cstdio>
#include <ctime>

namespace dnd::gui {

MainWindow::MainWindow(LocalStore& store, AppSettings& settings, const DataLocation& location,
                       RandomSource* random, QWidget* parent)
    : QMainWindow(parent), m_store(store), m_settings(settings), m_location(location)
{
    if (!random) {
        m_ownRandom = std::make_unique<SystemRandom>();
        random = m_ownRandom.get();
    }
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("D&D Encounter Tracker"));
    m_actions = new ActionCatalog(settings, this);
    m_history = new UndoHistory(this);
    m_import = new FileImport(store, *m_history, this);
    connect(m_import, &FileImport::finished, this, &MainWindow::importFinished);

    buildNavigation();
    createPages(*random);
    connectPageActions();
    reopenLastEncounter();

    m_storeProblem = new StoreProblemBanner(store, this);
    connect(m_storeProblem, &StoreProblemBanner::savingWorksAgain, this,
            [this] { showStatus(tr("Saving works again.")); });
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_storeProblem);
    auto* pagesRow = new QHBoxLayout;
    pagesRow->addWidget(m_navigation);
    pagesRow->addWidget(m_pages, 1);
    layout->addLayout(pagesRow, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBarAndStartSync();
    showStatus(tr("Ready"));

    connect(m_history, &UndoHistory::changed, this, &MainWindow::updateUndoActions);
    connect(&m_settings, &AppSettings::changed, this, &MainWindow::applySettings);
    updateUndoActions();

    restoreWindowLayout();
}

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFixedWidth(150);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_pages = new QStackedWidget;
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

void MainWindow::createPages(RandomSource& random)
{
    m_parties = new PartiesPage(m_store, *m_history, m_settings);
    addPage(Page::Parties, tr("Parties"), m_parties);
    connect(m_parties, &PartiesPage::status, this, &MainWindow::showStatus);
    connect(m_parties, &PartiesPage::exampleRequested, this, &MainWindow::addExampleContent);

    m_bestiary = new BestiaryPage(m_store, *m_history, random);
    addPage(Page::Bestiary, tr("Bestiary"), m_bestiary);
    connect(m_bestiary, &BestiaryPage::status, this, &MainWindow::showStatus);
    connect(m_bestiary, &BestiaryPage::addToEncounterRequested, this, &MainWindow::addCreatureToEncounter);

    m_openEncounters = new OpenEncounters(m_store, *m_history, random, this);
    m_tracker = new TrackerPage(m_store, *m_openEncounters, *m_actions, m_settings);
    m_encounters = new EncountersPage(m_store, *m_openEncounters, *m_history, m_settings);
    addPage(Page::Encounters, tr("Encounters"), m_encounters);
    addPage(Page::Tracker, tr("Tracker"), m_tracker);
    connect(m_encounters, &EncountersPage::status, this, &MainWindow::showStatus);
    connect(m_encounters, &EncountersPage::encountersChanged, m_tracker, &TrackerPage::reloadEncounterList);
    connect(m_encounters, &EncountersPage::runRequested, this, [this](const QString& id) {
        m_tracker->openEncounter(id);
        showPage(Page::Tracker);
    });
    connect(m_tracker, &TrackerPage::status, this, &MainWindow::showStatus);
    connect(m_openEncounters, &OpenEncounters::encounterCreated, m_encounters, &EncountersPage::reload);
    m_bestiary->setEncounterLog(m_openEncounters, [this] { return m_tracker->session(); });
    connect(m_tracker, &TrackerPage::boardChanged, this, &MainWindow::publishBoard);
    connect(m_tracker, &TrackerPage::encounterOpened, m_encounters, &EncountersPage::followEncounter);
    // An open Share with Players window follows the tracker to the encounter opened there.
    connect(m_tracker, &TrackerPage::encounterOpened, this, [this] {
        if (m_shareDialog)
            shareOpenEncounter();
        if (m_discordDialog)
            linkOpenEncounter();
    });
    connect(m_tracker, &TrackerPage::encounterOpened, this, [this](const QString& id) {
        // Reopening the last encounter at start must not write (writes wait for the file check).
        if (m_store.setting(QStringLiteral("app.lastEncounter")) == id)
            return;
        if (Status saved = m_store.setSetting(QStringLiteral("app.lastEncounter"), id); !saved)
            showStatus(saved.errorMessage());
    });
}

void MainWindow::connectPageActions()
{
    connect(m_actions->action(ActionId::FileNewEncounter), &QAction::triggered, this, [this] {
        showPage(Page::Encounters);
        m_encounters->newEncounter();
    });
    connect(m_actions->action(ActionId::EditFind), &QAction::triggered, this, [this] {
        if (currentPage() == Page::Bestiary) {
            m_bestiary->focusSearch();
            return;
        }
        showPage(Page::Encounters);
        m_encounters->focusSearch();
    });
}

void MainWindow::reopenLastEncounter()
{
    if (const QString last = m_store.setting(QStringLiteral("app.lastEncounter"));
        !last.isEmpty() && m_store.get<Encounter>(last))
        m_tracker->openEncounter(last);
}

// The store's path and the sync status in the status bar; sync starts once its status is shown.
void MainWindow::buildStatusBarAndStartSync()
{
    m_storeLabel = new QLabel(QDir::toNativeSeparators(m_store.database().path()));
    m_storeLabel->setToolTip(tr("The file your data is stored in"));
    m_sync = new SyncController(m_store, m_settings, *m_history, this);
    m_syncLabel = new QLabel(m_sync->statusText());
    m_syncLabel->setObjectName(QStringLiteral("syncStatus"));
    m_syncLabel->setToolTip(tr("Sync with your account (File > Account and Sync)"));
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    connect(m_sync, &SyncController::statusChanged, m_syncLabel, &QLabel::setText);
    connect(m_sync, &SyncController::dataPulled, this, &MainWindow::reloadPages);
    m_sync->start();
}

void MainWindow::restoreWindowLayout()
{
    resize(1200, 760);
    if (const QByteArray geometry = m_settings.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = m_settings.windowState(); !state.isEmpty())
        restoreState(state);
    m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow()
{
    if (m_playerDisplay)
        delete m_playerDisplay.data();
}

void MainWindow::addPage(Page page, const QString& title, QWidget* widget)
{
    m_pageOrder.append(page);
    m_pages->addWidget(widget);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setSizeHint(QSize(0, 36));
}

MainWindow::Page MainWindow::currentPage() const
{
    const int row = m_pages->currentIndex();
    return row >= 0 && row < m_pageOrder.size() ? m_pageOrder[row] : Page::Parties;
}

void MainWindow::showPage(Page page)
{
    const qsizetype row = m_pageOrder.indexOf(page);
    if (row >= 0)
        m_navigation->setCurrentRow(int(row));
}

void MainWindow::buildMenus()
{
    auto connectAction = [this](const QString& id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    connectAction(ActionId::FileNewParty, [this] {
        showPage(Page::Parties);
        m_parties->newParty();
    });
    connectAction(ActionId::FileExampleContent, &MainWindow::addExampleContent);
    connectAction(ActionId::FileImport, &MainWindow::chooseFileToImport);
    connectAction(ActionId::FileExport, &MainWindow::showExport);
    connectAction(ActionId::FileAccount, &MainWindow::showAccount);
    connectAction(ActionId::TrackerShare, &MainWindow::showShare);
    connectAction(ActionId::TrackerDiscord, &MainWindow::showDiscord);
    // The Parties page rests its selected party; anywhere else it is the open encounter's table.
    connectAction(ActionId::TrackerLongRest, [this] {
        if (currentPage() == Page::Parties) {
            m_parties->longRest();
            return;
        }
        showPage(Page::Tracker);
        m_tracker->longRest();
    });
    connect(m_actions->action(ActionId::FileSyncNow), &QAction::triggered, this,
            [this] { m_sync->syncNow(); });
    connectAction(ActionId::FileSettings, &MainWindow::showSettings);
    connectAction(ActionId::FileQuit, &MainWindow::close);
    connectAction(ActionId::EditUndo, &MainWindow::undo);
    connectAction(ActionId::EditRedo, &MainWindow::redo);
    connectAction(ActionId::ViewParties, [this] { showPage(Page::Parties); });
    connectAction(ActionId::ViewBestiary, [this] {
        showPage(Page::Bestiary);
        m_bestiary->focusSearch();
    });
    connectAction(ActionId::ViewEncounters, [this] { showPage(Page::Encounters); });
    connectAction(ActionId::ViewTracker, [this] { showPage(Page::Tracker); });
    connectAction(ActionId::ViewPlayerDisplay, &MainWindow::togglePlayerDisplay);
    connectAction(ActionId::ViewPlayerFullScreen, &MainWindow::togglePlayerFullScreen);
    connectAction(ActionId::HelpCheatSheet, &MainWindow::showCheatSheet);
    connectAction(ActionId::HelpAbout, &MainWindow::showAbout);
    connectAction(ActionId::HelpUserGuide, [] {
        QDesktopServices::openUrl(QUrl(QStringLiteral(
            "https://github.com/dnd-encounter-tracker/dnd-encounter-tracker/blob/main/docs/USER-GUIDE.md")));
    });

    // Every action lives in a menu, so every shortcut works from anywhere in the window.
    for (const QString& group : m_actions->groups()) {
        QString title = group;
        QMenu* menu = menuBar()->addMenu(QLatin1Char('&') + title);
        for (const ActionCatalog::Entry& entry : m_actions->entries()) {
            if (entry.group != group)
                continue;
            if (entry.id == ActionId::FileQuit || entry.id == ActionId::FileSettings ||
                entry.id == ActionId::EditFind || entry.id == ActionId::ViewPlayerDisplay ||
                entry.id == ActionId::TrackerNext || entry.id == ActionId::TrackerDamage ||
                entry.id == ActionId::TrackerAddCondition || entry.id == ActionId::TrackerRemove ||
                entry.id == ActionId::TrackerShare || entry.id == ActionId::HelpAbout)
                menu->addSeparator();
            menu->addAction(entry.action);
            if (entry.id == ActionId::ViewPlayerFullScreen) {
                QMenu* screens = menu->addMenu(tr("Player Display &Screen"));
                connect(screens, &QMenu::aboutToShow, this, [this, screens] {
                    screens->clear();
                    for (QScreen* screen : QGuiApplication::screens()) {
                        QAction* choice = screens->addAction(tr("%1 (%2 × %3)")
                                                                 .arg(screen->name())
                                                                 .arg(screen->size().width())
                                                                 .arg(screen->size().height()));
                        choice->setCheckable(true);
                        choice->setChecked(m_playerDisplay && m_playerDisplay->screen() == screen);
                        connect(choice, &QAction::triggered, this, [this, screen] {
                            m_settings.setPlayerScreen(screen->name());
                            openPlayerDisplay();
                            m_playerDisplay->moveToScreen(screen);
                        });
                    }
                });
            }
        }
    }
}

void MainWindow::updateUndoActions()
{
    QAction* undoAction = m_actions->action(ActionId::EditUndo);
    QAction* redoAction = m_actions->action(ActionId::EditRedo);
    undoAction->setEnabled(m_history->canUndo());
    redoAction->setEnabled(m_history->canRedo());
    undoAction->setText(m_history->canUndo() ? tr("&Undo %1").arg(m_history->undoText()) : tr("&Undo"));
    redoAction->setText(m_history->canRedo() ? tr("&Redo %1").arg(m_history->redoText()) : tr("&Redo"));
}

void MainWindow::undo()
{
    const QString text = m_history->undoText();
    if (Status done = m_history->undo(); !done)
        showError(tr("Could not undo"), done.errorMessage());
    else
        showStatus(tr("Undone: %1").arg(text));
}

void MainWindow::redo()
{
    const QString text = m_history->redoText();
    if (Status done = m_history->redo(); !done)
        showError(tr("Could not redo"), done.errorMessage());
    else
        showStatus(tr("Redone: %1").arg(text));
}

void MainWindow::publishBoard(const PlayerBoard& board)
{
    m_board = board;
    if (m_playerDisplay)
        m_playerDisplay->setBoard(board);
}

void MainWindow::openPlayerDisplay()
{
    // The players' window appears without taking the keyboard from the DM's.
    QPointer<QWidget> focused = QApplication::focusWidget();
    const bool wasActive = isActiveWindow();
    if (!m_playerDisplay) {
        m_playerDisplay = new PlayerDisplay;
        m_playerDisplay->setDarkTheme(m_settings.playerDarkTheme());
        m_playerDisplay->setBoard(m_board);
        m_playerDisplay->setAttribute(Qt::WA_DeleteOnClose);
        // Prefer the screen the DM chose, else any screen other than the main window's.
        QScreen* target = nullptr;
        for (QScreen* screen : QGuiApplication::screens()) {
            if (screen->name() == m_settings.playerScreen())
                target = screen;
        }
        if (!target) {
            for (QScreen* screen : QGuiApplication::screens()) {
                if (screen != this->screen()) {
                    target = screen;
                    break;
                }
            }
        }
        m_playerDisplay->setAttribute(Qt::WA_ShowWithoutActivating);
        m_playerDisplay->show();
        if (target)
            m_playerDisplay->moveToScreen(target);
    }
    m_playerDisplay->show();
    m_playerDisplay->raise();
    if (wasActive) {
        activateWindow();
        if (focused)
            focused->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::togglePlayerDisplay()
{
    if (m_playerDisplay)
        m_playerDisplay->close();
    else
        openPlayerDisplay();
}

void MainWindow::togglePlayerFullScreen()
{
    openPlayerDisplay();
    m_playerDisplay->setFullScreenShown(!m_playerDisplay->isFullScreen());
}

void MainWindow::showCheatSheet()
{
    if (!m_cheatSheet)
        m_cheatSheet = new ShortcutCheatSheet(*m_actions, this);
    m_cheatSheet->refresh();
    m_cheatSheet->show();
    m_cheatSheet->raise();
    m_cheatSheet->activateWindow();
}

AccountDialog* MainWindow::accountDialog() const
{
    return m_accountDialog;
}

void MainWindow::showAccount()
{
    if (!m_accountDialog) {
        m_accountDialog = new AccountDialog(*m_sync, this);
        m_accountDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_accountDialog->show();
    m_accountDialog->raise();
    m_accountDialog->activateWindow();
}

ShareDialog* MainWindow::shareDialog() const
{
    return m_shareDialog;
}

void MainWindow::showShare()
{
    if (!m_shareDialog) {
        m_shareDialog = new ShareDialog(*m_sync, this);
        m_shareDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    shareOpenEncounter();
    m_shareDialog->show();
    m_shareDialog->raise();
    m_shareDialog->activateWindow();
}

void MainWindow::shareOpenEncounter()
{
    const rules::EncounterSession* session = m_tracker->session();
    m_shareDialog->setEncounter(session ? session->encounter().id : QString(),
                                session ? session->encounter().name : QString());
}

DiscordDialog* MainWindow::discordDialog() const
{
    return m_discordDialog;
}

void MainWindow::showDiscord()
{
    if (!m_discordDialog) {
        m_discordDialog = new DiscordDialog(*m_sync, this);
        m_discordDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    linkOpenEncounter();
    m_discordDialog->show();
    m_discordDialog->raise();
    m_discordDialog->activateWindow();
}

void MainWindow::linkOpenEncounter()
{
    const rules::EncounterSession* session = m_tracker->session();
    m_discordDialog->setEncounter(session ? session->encounter().id : QString(),
                                  session ? session->encounter().name : QString(),
                                  session ? session->encounter().partyId : QString());
}

void MainWindow::reloadPages()
{
    m_parties->reload();
    m_bestiary->reload();
    m_encounters->reload();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, *m_actions, m_location, this);
    if (dialog.exec() == QDialog::Accepted)
        showStatus(tr("Settings saved"));
}

void MainWindow::applySettings()
{
    applyTheme(m_settings.theme());
    if (m_playerDisplay)
        m_playerDisplay->setDarkTheme(m_settings.playerDarkTheme());
    if (m_cheatSheet)
        m_cheatSheet->refresh();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About D&D Encounter Tracker"),
        tr("<h3>D&amp;D Encounter Tracker %1</h3>"
           "<p>Prepare and run combat encounters at the table, with a display for the players.</p>"
           "<p>This work includes material from the System Reference Document 5.1 and 5.2 by Wizards of "
           "the Coast LLC, licensed under CC-BY-4.0 "
           "(<a href=\"https://creativecommons.org/licenses/by/4.0/legalcode\">"
           "creativecommons.org/licenses/by/4.0</a>).</p>")
            .arg(QStringLiteral(DND_VERSION)));
}

void MainWindow::addExampleContent()
{
    const ExampleContent content = ExampleContent::make(m_store);
    if (Status done =
            m_history->commit(m_store, content.changes, tr("Added the example party and encounter"));
        !done) {
        showError(tr("Could not add the example"), done.errorMessage());
        return;
    }
    m_parties->reload();
    m_parties->selectParty(content.partyId);
    m_encounters->reload();
    m_encounters->selectEncounter(content.encounterId);
    m_tracker->openEncounter(content.encounterId);
    showStatus(tr("Added the example party and the encounter “Ambush at the Old Bridge”."));
}

void MainWindow::chooseFileToImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import"), QString(),
        tr("Tracker exports and JSON files (*.dndtracker *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::importFile(const QString& path)
{
    if (!m_import->start(path)) {
        showStatus(tr("An import is still running; wait until it has finished."));
        return;
    }
    showStatus(tr("Importing %1...").arg(QFileInfo(path).fileName()));
}

void MainWindow::showExport()
{
    if (auto* open = findChild<ExportDialog*>(QStringLiteral("exportDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    // The party or encounter the DM is looking at comes first.
    QList<ExportDialog::Choice> choices{{tr("Everything"), ExportSelection::everything(), {}}};
    const QString encounterId = currentPage() == Page::Tracker && m_tracker->session()
                                    ? m_tracker->session()->encounter().id
                                    : m_encounters->currentEncounterId();
    if (const std::optional<Encounter> encounter = m_store.get<Encounter>(encounterId)) {
        const ExportDialog::Choice choice{tr("The encounter “%1”").arg(encounter->name),
                                          ExportSelection::encounter(encounter->id), encounter->name};
        if (currentPage() == Page::Encounters || currentPage() == Page::Tracker)
            choices.prepend(choice);
        else
            choices.append(choice);
    }
    if (const std::optional<Party> party = m_store.get<Party>(m_parties->currentPartyId())) {
        const ExportDialog::Choice choice{tr("The party “%1” and its characters").arg(party->name),
                                          ExportSelection::party(party->id), party->name};
        if (currentPage() == Page::Parties)
            choices.prepend(choice);
        else
            choices.append(choice);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto* dialog = new ExportDialog(m_store, choices, folder.isEmpty() ? QDir::homePath() : folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString& path, qsizetype records) {
        showStatus(
            tr("Exported %n record(s) to %1.", nullptr, int(records)).arg(QDir::toNativeSeparators(path)));
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::importFinished(const QString& path, const ImportReport& report, const QString& error)
{
    const QString name = QFileInfo(path).fileName();
    // Not modal: the result is information, the DM may go on working.
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("importResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setWindowTitle(tr("Import"));
    if (!error.isEmpty()) {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("Nothing was imported from %1.").arg(name));
        box->setInformativeText(error);
        showStatus(tr("Import of %1 failed.").arg(name));
    } else {
        reloadPages();
        const QString summary = tr("From %1: %n new, ", nullptr, report.imported).arg(name) +
                                tr("%n updated, ", nullptr, report.updated) +
                                tr("%n skipped.", nullptr, report.skipped);
        box->setIcon(report.skipped > 0 ? QMessageBox::Warning : QMessageBox::Information);
        box->setText(summary);
        if (report.imported + report.updated > 0)
            box->setInformativeText(tr("Edit > Undo takes the whole import back."));
        QStringList skipped;
        for (const ImportIssue& issue : report.errors)
            skipped << tr("%1: %2").arg(issue.item, issue.reason);
        if (!skipped.isEmpty())
            box->setDetailedText(skipped.join(QLatin1Char('\n')));
        showStatus(summary);
    }
    box->show();
}

void MainWindow::addCreatureToEncounter(const QString& creatureId, int count)
{
    const QString encounterId = m_encounters->currentEncounterId();
    const std::optional<Creature> creature = m_store.get<Creature>(creatureId);
    if (encounterId.isEmpty() || !creature) {
        showStatus(tr("Choose or create an encounter on the Encounters page first."));
        return;
    }
    QString error;
    rules::EncounterSession* session = m_openEncounters->open(encounterId, &error);
    if (!session) {
        showError(tr("Could not open the encounter"), error);
        return;
    }
    Status done = m_openEncounters->run(session, [&]() -> Status {
        Result<QStringList> added = session->addParticipants(*creature, count);
        return added ? Status() : Status(added.error());
    });
    if (!done)
        showError(tr("Could not add the creature"), done.errorMessage());
    else
        showStatus(tr("Added %1 × %2 to “%3”.").arg(count).arg(creature->name, session->encounter().name));
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::showError(const QString& what, const QString& message)
{
    qCWarning(lcGuiWindow) << what << "-" << message;
    QMessageBox::warning(this, what,
                         tr("%1\n\nNothing was changed. If this keeps happening, check that the data folder "
                            "(%2) is writable and not full, or restore a backup from Settings.")
                             .arg(message, QDir::toNativeSeparators(m_location.directory())));
}

void MainWindow::quitAfterFirstPaint()
{
    m_quitAfterPaint = true;
    centralWidget()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (m_quitAfterPaint && event->type() == QEvent::Paint) {
        m_quitAfterPaint = false;
        // The monotonic clock's reading lets a start-up benchmark tell the paint from the exit.
        QElapsedTimer now;
        now.start();
        // Processor time beside it: on a busy machine the wall clock mostly measures the neighbours.
        timespec cpu{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
        timespec mainThread{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mainThread);
        std::printf("first-paint-monotonic-ms %lld cpu-ms %lld main-thread-cpu-ms %lld\n",
                    now.msecsSinceReference(), qint64(cpu.tv_sec) * 1000 + cpu.tv_nsec / 1000000,
                    qint64(mainThread.tv_sec) * 1000 + mainThread.tv_nsec / 1000000);
        std::fflush(stdout);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
    if (m_playerDisplay)
        m_playerDisplay->close();
    event->accept();
}

} // namespace dnd::gui
