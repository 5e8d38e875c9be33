#include "StoreOpener.h"

#include "store/BackupManager.h"

#include <QMessageBox>
#include <QPushButton>

namespace dnd::gui {

std::unique_ptr<LocalStore> StoreOpener::open(QWidget* parent)
{
    for (;;) {
        Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(m_location.databasePath());
        if (opened)
            return std::move(opened).value();

        BackupManager backups(m_location.backupDirectory(), SystemClock::instance());
        const QList<BackupInfo> available = backups.backups();
        QMessageBox box(QMessageBox::Critical, QObject::tr("Cannot open your data"), opened.errorMessage(),
                        QMessageBox::NoButton, parent);
        QPushButton* restore = nullptr;
        if (!available.isEmpty() && opened.error().code != Database::kTooNew) {
            box.setInformativeText(QObject::tr("The newest backup is from %1. Restoring it keeps the current file "
                                               "beside it, renamed, so nothing is lost.")
                                       .arg(QLocale().toString(available.first().createdAt.toLocalTime())));
            restore = box.addButton(QObject::tr("Restore the newest backup"), QMessageBox::AcceptRole);
        }
        box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (!restore || box.clickedButton() != restore)
            return nullptr;
        if (Status restored = backups.restore(available.first().path, m_location.databasePath()); !restored) {
            QMessageBox::critical(parent, QObject::tr("Restore failed"), restored.errorMessage());
            return nullptr;
        }
    }
}

} // namespace dnd::gui
