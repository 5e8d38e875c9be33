#include "startup/AppStartup.h"

#include "GuiLog.h"
#include "bestiary/Bestiary.h"
#include "startup/StoreOpener.h"
#include "store/BackupManager.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace dnd::gui {

AppStartup::AppStartup(DataLocation location, const Clock& clock, std::function<void()> restart)
    : m_location(std::move(location)), m_clock(clock), m_restart(std::move(restart))
{
    if (!m_restart) {
        m_restart = [] {
            QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    QCoreApplication::arguments().mid(1));
        };
    }
}

bool AppStartup::openStore()
{
    // A restore the DM asked for in the settings happens before the store opens.
    if (Status restored = StoreOpener::applyPendingRestore(m_location, m_clock); !restored) {
        qCWarning(lcGuiStartup) << "the restore asked for in the settings failed:" << restored.error().code
                                << restored.errorMessage();
        QMessageBox::critical(nullptr, QObject::tr("Restore failed"), restored.errorMessage());
    }

    // The page check of the file runs beside the start-up; writes wait for it (see Database).
    Database::Options storeOptions;
    storeOptions.verifyInBackground = true;
    // A file that cannot be written still opens, read-only: the window says so and what to do.
    storeOptions.readOnlyWhenUnwritable = true;
    m_store = StoreOpener(m_location, storeOptions).open(nullptr);
    if (!m_store)
        return false;
    if (m_store->database().writeProtection()) {
        qCWarning(lcGuiStartup) << "the store cannot be written; bestiary left as it is";
        return true;
    }

    // The bundled SRD bestiary: installed once per store (and when a new version ships).
    if (Status installed = Bestiary::ensureInstalled(*m_store); !installed) {
        qCWarning(lcGuiStartup) << "bestiary not installed:" << installed.error().code
                                << installed.errorMessage();
        QMessageBox::warning(
            nullptr, QObject::tr("Bestiary not installed"),
            QObject::tr("%1\n\nThe bundled creatures are missing from the bestiary; your own data is "
                        "fine. Free some disk space and start the application again.")
                .arg(installed.errorMessage()));
    }
    return true;
}

void AppStartup::watchVerification(QWidget* parent)
{
    QObject::connect(&m_check, &QFutureWatcher<Status>::finished, parent, [this, parent] {
        if (const Status result = m_check.result(); !result)
            reportDamage(result, parent);
    });
    m_check.setFuture(m_store->database().verification());
}

// The store opened at once and its check ran behind the first paint; it found damage. Nothing was
// written (every write waits for the check), so the file is as it was. Say so and offer the newest
// backup, like a failed open does.
void AppStartup::reportDamage(const Status& check, QWidget* parent)
{
    BackupManager backups(m_location.backupDirectory(), m_clock);
    const QList<BackupInfo> available = backups.backups();
    qCWarning(lcGuiStartup) << "the background check found the store damaged:" << check.error().code
                            << check.errorMessage() << "-" << available.size() << "backups";
    QMessageBox box(
        QMessageBox::Critical, QObject::tr("Your data file is damaged"),
        QObject::tr("%1\n\nChanges will not be saved until this is resolved.").arg(check.errorMessage()),
        QMessageBox::NoButton, parent);
    QPushButton* restore = nullptr;
    if (check.error().code == codes::kDbCorrupt && !available.isEmpty()) {
        box.setInformativeText(
            QObject::tr("The newest backup is from %1. Restoring it restarts the tracker and keeps the "
                        "current file beside it, renamed, so nothing is lost.")
                .arg(QLocale().toString(available.first().createdAt.toLocalTime(), QLocale::LongFormat)));
        restore = box.addButton(QObject::tr("Restore the newest backup"), QMessageBox::AcceptRole);
    } else if (check.error().code == codes::kDbCorrupt) {
        box.setInformativeText(
            QObject::tr("There is no backup in %1 to restore.").arg(m_location.backupDirectory()));
    }
    box.addButton(QObject::tr("Continue without saving"), QMessageBox::RejectRole);
    box.exec();
    if (restore && box.clickedButton() == restore)
        QCoreApplication::exit(kRestoreAndRestart);
}

int AppStartup::finish(int eventLoopCode)
{
    m_check.disconnect();
    BackupManager backups(m_location.backupDirectory(), m_clock);
    if (Status sound = m_store->database().awaitVerification(); !sound) {
        // Never back up a damaged file: it would push a good backup out of the rotation.
        m_store.reset();
        if (eventLoopCode != kRestoreAndRestart)
            return kStoreUnusable;
        const QList<BackupInfo> available = backups.backups();
        if (available.isEmpty())
            return kStoreUnusable;
        if (Status restored = backups.restore(available.first().path, m_location.databasePath()); !restored) {
            qCWarning(lcGuiStartup) << "restoring the newest backup failed:" << restored.errorMessage();
            QMessageBox::critical(
                nullptr, QObject::tr("Restore failed"),
                QObject::tr("%1\n\nYour data was left as it was.").arg(restored.errorMessage()));
            return kStoreUnusable;
        }
        m_restart();
        return 0;
    }
    // A daily rotating backup on the way out; a failure is reported but loses nothing.
    if (Result<bool> made = backups.backupIfDue(m_store->database()); !made)
        qCWarning(lcGuiStartup) << "automatic backup failed:" << made.errorMessage();
    return eventLoopCode;
}

} // namespace dnd::gui
