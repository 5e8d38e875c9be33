// dnd-tracker: the desktop application.
#include "AppSettings.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "SettingsDialog.h"
#include "StoreOpener.h"
#include "Theme.h"
#include "bestiary/Bestiary.h"
#include "store/BackupManager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace dnd;

int main(int argc, char* argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dnd-tracker"));
    QApplication::setApplicationName(QStringLiteral("dnd-tracker"));
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
    parser.process(app);

    gui::AppSettings settings;
    gui::applyTheme(settings.theme());

    // The command line wins, then the environment, then the folder chosen in the settings.
    QString directory = parser.value(dataDirOption);
    if (directory.isEmpty() && qEnvironmentVariableIsEmpty(DataLocation::kEnvironmentVariable))
        directory = gui::configuredDataFolder();
    const DataLocation location(directory);

    // A restore the DM asked for in the settings happens before the store opens.
    if (const QString backup = gui::pendingRestore(); !backup.isEmpty()) {
        gui::clearPendingRestore();
        BackupManager backups(location.backupDirectory(), SystemClock::instance());
        if (Status restored = backups.restore(backup, location.databasePath()); !restored)
            QMessageBox::critical(
                nullptr, QObject::tr("Restore failed"),
                QObject::tr("%1\n\nYour data was left as it was.").arg(restored.errorMessage()));
    }

    std::unique_ptr<LocalStore> store = gui::StoreOpener(location).open(nullptr);
    if (!store)
        return 3;

    // The bundled SRD bestiary: installed once per store (and when a new version ships).
    if (Status installed = Bestiary::ensureInstalled(*store); !installed)
        QMessageBox::warning(
            nullptr, QObject::tr("Bestiary not installed"),
            QObject::tr("%1\n\nThe bundled creatures are missing from the bestiary; your own data is "
                        "fine. Free some disk space and start the application again.")
                .arg(installed.errorMessage()));

    gui::MainWindow window(*store, settings, location);
    if (parser.isSet(exitAfterPaintOption))
        window.quitAfterFirstPaint();
    window.show();
    if (parser.isSet(playerDisplayOption))
        window.openPlayerDisplay();
    if (parser.isSet(screenshotOption)) {
        const Status saved = gui::ScreenshotTour::run(window, parser.value(screenshotOption));
        if (!saved)
            qCritical("Screenshots failed: %s", qPrintable(saved.errorMessage()));
        return saved ? 0 : 1;
    }
    const int code = app.exec();

    // A daily rotating backup on the way out; a failure is reported but loses nothing.
    BackupManager backups(location.backupDirectory(), SystemClock::instance());
    if (Result<bool> made = backups.backupIfDue(store->database()); !made)
        qWarning("Automatic backup failed: %s", qPrintable(made.errorMessage()));
    return code;
}
