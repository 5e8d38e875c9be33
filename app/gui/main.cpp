// dnd-tracker: the desktop application.
#include "settings/AppSettings.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "settings/SettingsDialog.h"
#include "startup/FirstRun.h"
#include "startup/StoreOpener.h"
#include "settings/Theme.h"
#include "settings/Translations.h"
#include "bestiary/Bestiary.h"
#include "store/BackupManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileOpenEvent>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

using namespace dnd;

namespace {

// Exit code of the event loop when the DM chose to restore a backup after the background check.
constexpr int kRestoreAndRestart = 75;

// The store opened at once and its check ran behind the first paint; it found damage. Nothing was
// written (every write waits for the check), so the file is as it was. Say so and offer the newest
// backup, like a failed open does.
void reportDamagedStore(const Status& check, const DataLocation& location, QWidget* parent)
{
    BackupManager backups(location.backupDirectory(), SystemClock::instance());
    const QList<BackupInfo> available = backups.backups();
    QMessageBox box(
        QMessageBox::Critical, QObject::tr("Your data file is damaged"),
        QObject::tr("%1\n\nChanges will not be saved until this is resolved.").arg(check.errorMessage()),
        QMessageBox::NoButton, parent);
    QPushButton* restore = nullptr;
    if (check.error().code == Database::kCorrupt && !available.isEmpty()) {
        box.setInformativeText(
            QObject::tr("The newest backup is from %1. Restoring it restarts the tracker and keeps the "
                        "current file beside it, renamed, so nothing is lost.")
                .arg(QLocale().toString(available.first().createdAt.toLocalTime(), QLocale::LongFormat)));
        restore = box.addButton(QObject::tr("Restore the newest backup"), QMessageBox::AcceptRole);
    } else if (check.error().code == Database::kCorrupt) {
        box.setInformativeText(
            QObject::tr("There is no backup in %1 to restore.").arg(location.backupDirectory()));
    }
    box.addButton(QObject::tr("Continue without saving"), QMessageBox::RejectRole);
    box.exec();
    if (restore && box.clickedButton() == restore)
        QCoreApplication::exit(kRestoreAndRestart);
}

// macOS hands a double-clicked document to the running application as an event, not as an
// argument; it is imported like a file named on the command line.
class FileOpenRequests : public QObject {
public:
    explicit FileOpenRequests(gui::MainWindow& window) : m_window(window) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        m_window.importFile(static_cast<QFileOpenEvent*>(event)->file());
        return true;
    }

private:
    gui::MainWindow& m_window;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    // --version and --help only print; they must work without a display (over ssh, in scripts).
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        const bool printsOnly = argument == "--version" || argument == "-v" || argument == "--help" ||
                                argument == "-h" || argument == "--help-all";
        if (printsOnly && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dnd-tracker"));
    QApplication::setApplicationName(QStringLiteral("dnd-tracker"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.dndtracker.Tracker"));
    // The language first, so that the window title and --help speak it too.
    gui::AppSettings settings;
    gui::Translations::install(settings.language());
    QApplication::setApplicationDisplayName(QObject::tr("D&D Encounter Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(DND_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Prepare and run D&D combat encounters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QObject::tr("Use the store in DIR (default: $DND_DATA_DIR, else the "
                    "application data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption playerDisplayOption(QStringLiteral("player-display"),
                                                 QObject::tr("Open the player display at start."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshots"),
        QObject::tr(
            "Add the example encounter, play a few turns, save tracker.png and player-display.png in DIR "
            "and quit (for the documentation)."),
        QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    parser.addOption(playerDisplayOption);
    const QCommandLineOption exitAfterPaintOption(
        QStringLiteral("exit-after-first-paint"),
        QObject::tr("Quit as soon as the main window has been painted once (for start-up measurements)."));
    parser.addOption(screenshotOption);
    parser.addOption(exitAfterPaintOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QObject::tr("A file to import once the window is open (an export of the "
                                             "tracker or another supported format)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    gui::applyTheme(settings.theme());

    // The command line wins, then the environment, then the folder chosen in the settings.
    QString directory = parser.value(dataDirOption);
    if (directory.isEmpty() && qEnvironmentVariableIsEmpty(DataLocation::kEnvironmentVariable))
        directory = gui::configuredDataFolder();
    const DataLocation location(directory);

    // A restore the DM asked for in the settings happens before the store opens.
    if (Status restored = gui::StoreOpener::applyPendingRestore(location); !restored)
        QMessageBox::critical(nullptr, QObject::tr("Restore failed"), restored.errorMessage());

    // The page check of the file runs beside the start-up; writes wait for it (see Database).
    Database::Options storeOptions;
    storeOptions.verifyInBackground = true;
    std::unique_ptr<LocalStore> store = gui::StoreOpener(location, storeOptions).open(nullptr);
    if (!store)
        return 3;

    // The bundled SRD bestiary: installed once per store (and when a new version ships).
    if (Status installed = Bestiary::ensureInstalled(*store); !installed)
        QMessageBox::warning(
            nullptr, QObject::tr("Bestiary not installed"),
            QObject::tr("%1\n\nThe bundled creatures are missing from the bestiary; your own data is "
                        "fine. Free some disk space and start the application again.")
                .arg(installed.errorMessage()));

    auto window = std::make_unique<gui::MainWindow>(*store, settings, location);
    QFutureWatcher<Status> check;
    QObject::connect(&check, &QFutureWatcher<Status>::finished, window.get(), [&]() {
        if (const Status result = check.result(); !result)
            reportDamagedStore(result, location, window.get());
    });
    check.setFuture(store->database().verification());
    if (parser.isSet(exitAfterPaintOption))
        window->quitAfterFirstPaint();
    window->show();
    if (parser.isSet(playerDisplayOption))
        window->openPlayerDisplay();
    // Runs for the documentation and measurements are not a DM's first start.
    if (!parser.isSet(screenshotOption) && !parser.isSet(exitAfterPaintOption))
        gui::FirstRun::greet(*window, settings, *store);
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window->importFile(files.first());
    FileOpenRequests fileOpenRequests(*window);
    app.installEventFilter(&fileOpenRequests);
    if (parser.isSet(screenshotOption)) {
        const Status saved = gui::ScreenshotTour::run(*window, parser.value(screenshotOption));
        if (!saved)
            qCritical("Screenshots failed: %s", qPrintable(saved.errorMessage()));
        return saved ? 0 : 1;
    }
    const int code = app.exec();
    check.disconnect();
    app.removeEventFilter(&fileOpenRequests);
    window.reset();

    BackupManager backups(location.backupDirectory(), SystemClock::instance());
    if (Status sound = store->database().awaitVerification(); !sound) {
        // Never back up a damaged file: it would push a good backup out of the rotation.
        store.reset();
        if (code != kRestoreAndRestart)
            return 3;
        const QList<BackupInfo> available = backups.backups();
        if (available.isEmpty())
            return 3;
        if (Status restored = backups.restore(available.first().path, location.databasePath()); !restored) {
            QMessageBox::critical(
                nullptr, QObject::tr("Restore failed"),
                QObject::tr("%1\n\nYour data was left as it was.").arg(restored.errorMessage()));
            return 3;
        }
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
        return 0;
    }
    // A daily rotating backup on the way out; a failure is reported but loses nothing.
    if (Result<bool> made = backups.backupIfDue(store->database()); !made)
        qWarning("Automatic backup failed: %s", qPrintable(made.errorMessage()));
    return code;
}
