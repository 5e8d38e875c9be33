// dnd-tracker: the desktop application.
#include "MainWindow.h"
#include "StoreOpener.h"

#include "store/BackupManager.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace dnd;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dnd-tracker"));
    QApplication::setApplicationDisplayName(QObject::tr("D&D Encounter Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(DND_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Prepare and run D&D combat encounters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QObject::tr("Use the store in DIR (default: $DND_DATA_DIR, else the "
                                                       "application data folder)."),
                                           QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    parser.process(app);

    const DataLocation location(parser.value(dataDirOption));
    std::unique_ptr<LocalStore> store = gui::StoreOpener(location).open(nullptr);
    if (!store)
        return 3;

    gui::MainWindow window(*store);
    window.show();
    const int code = app.exec();

    // A daily rotating backup on the way out; a failure is reported but loses nothing.
    BackupManager backups(location.backupDirectory(), SystemClock::instance());
    if (Result<bool> made = backups.backupIfDue(store->database()); !made)
        qWarning("Automatic backup failed: %s", qPrintable(made.errorMessage()));
    return code;
}
