// dnd-tracker: the desktop application.
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "settings/Translations.h"
#include "startup/AppStartup.h"
#include "startup/FirstRun.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileOpenEvent>

using namespace dnd;

namespace {

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
    const QCommandLineOption screenshotOption(QStringLiteral("screenshots"),
                                              QObject::tr("Add the example encounter, play a few turns, save "
                                                          "tracker.png, player-display.png and export.png in "
                                                          "DIR "
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

    gui::AppStartup startup(location);
    if (!startup.openStore())
        return gui::AppStartup::kStoreUnusable;
    auto window = std::make_unique<gui::MainWindow>(*startup.store(), settings, location);
    startup.watchVerification(window.get());
    if (parser.isSet(exitAfterPaintOption))
        window->quitAfterFirstPaint();
    window->show();
    if (parser.isSet(playerDisplayOption))
        window->openPlayerDisplay();
    // Runs for the documentation and measurements are not a DM's first start.
    if (!parser.isSet(screenshotOption) && !parser.isSet(exitAfterPaintOption))
        gui::FirstRun::greet(*window, settings, *startup.store());
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
    app.removeEventFilter(&fileOpenRequests);
    window.reset();
    return startup.finish(code);
}
