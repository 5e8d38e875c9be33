#include "startup/StoreOpener.h"

#include "GuiLog.h"
#include "settings/SettingsDialog.h"
#include "store/BackupManager.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace dnd::gui {

namespace {

// A backup helps when the file itself is the problem; not when it comes from a newer version (the
// user should update instead) or when the folder is unusable (a restore would fail the same way).
bool backupCanHelp(const Error& error)
{
    return error.code == codes::kDbCorrupt || error.code == codes::kDbUnreadable;
}

} // namespace

Status StoreOpener::applyPendingRestore(const DataLocation& location, const Clock& clock)
{
    const QString backup = pendingRestore();
    if (backup.isEmpty())
        return {};
    clearPendingRestore();
    const BackupManager backups(location.backupDirectory(), clock);
    if (Status restored = backups.restore(backup, location.databasePath()); !restored)
        return Error::make(restored.error().code,
                           QObject::tr("%1\n\nYour data was left as it was.").arg(restored.errorMessage()));
    return {};
}

std::unique_ptr<LocalStore> StoreOpener::open(QWidget* parent)
{
    BackupManager backups(m_location.backupDirectory(), SystemClock::instance());
    QStringList refused; // backups found damaged during this start; never offered twice
    for (;;) {
        Result<std::unique_ptr<LocalStore>> opened =
            LocalStore::open(m_location.databasePath(), SystemClock::instance(), m_options);
        if (opened)
            return std::move(opened).value();
        qCWarning(lcGuiStartup) << "the store did not open:" << opened.error().code << opened.errorMessage();

        std::optional<BackupInfo> newest;
        for (const BackupInfo& info : backups.backups()) {
            if (!refused.contains(info.path)) {
                newest = info;
                break;
            }
        }
        QMessageBox box(QMessageBox::Critical, QObject::tr("Cannot open your data"), opened.errorMessage(),
                        QMessageBox::NoButton, parent);
        QPushButton* restore = nullptr;
        if (newest && backupCanHelp(opened.error())) {
            box.setInformativeText(
                QObject::tr("The newest backup is from %1. Restoring it keeps the current file "
                            "beside it, renamed, so nothing is lost.")
                    .arg(QLocale().toString(newest->createdAt.toLocalTime(), QLocale::LongFormat)));
            restore = box.addButton(QObject::tr("Restore the newest backup"), QMessageBox::AcceptRole);
        } else if (backupCanHelp(opened.error())) {
            box.setInformativeText(
                QObject::tr("There is no backup in %1 to restore.").arg(m_location.backupDirectory()));
        }
        box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (!restore || box.clickedButton() != restore)
            return nullptr;
        if (Status restored = backups.restore(newest->path, m_location.databasePath()); !restored) {
            // restore() checks the backup before touching anything; try the next older one.
            refused << newest->path;
            qCWarning(lcGuiStartup) << "restoring" << newest->path << "failed:" << restored.errorMessage();
            QMessageBox::warning(parent, QObject::tr("Restore failed"), restored.errorMessage());
        }
    }
}

} // namespace dnd::gui
