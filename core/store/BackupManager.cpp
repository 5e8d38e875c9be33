#include "store/BackupManager.h"

#include "store/LocalStore.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <filesystem>
#include <sqlite3.h>
#include <system_error>

namespace dnd {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupManager)
};

const QString kPrefix = QStringLiteral("tracker-");
const QString kSuffix = QStringLiteral(".sqlite3");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

} // namespace

BackupManager::BackupManager(QString backupDirectory, const Clock& clock)
    : m_directory(std::move(backupDirectory)), m_clock(clock)
{}

Status BackupManager::backupTo(Database& database, const QString& targetPath)
{
    sqlite3* source = database.handle();
    if (!source)
        return Error::make(codes::kDbIo, Text::tr("The database handle is not available for a backup."));
    QDir().mkpath(QFileInfo(targetPath).absolutePath());
    const QString temporary = targetPath + QStringLiteral(".part");
    QFile::remove(temporary);
    sqlite3* target = nullptr;
    if (sqlite3_open(QFile::encodeName(temporary).constData(), &target) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return Error::make(codes::kDbIo,
                           Text::tr("Could not create the backup file %1: %2").arg(targetPath, message));
    }
    sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
    int rc = SQLITE_ERROR;
    if (backup) {
        rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    // The copy inherits write-ahead logging from the source; switch it back to a rollback journal
    // so the backup is one self-contained file that opens read-only anywhere.
    if (rc == SQLITE_DONE &&
        sqlite3_exec(target, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        rc = SQLITE_ERROR;
    const QString message = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_DONE) {
        QFile::remove(temporary);
        return Error::make(codes::kDbIo, Text::tr("The backup to %1 failed: %2").arg(targetPath, message));
    }
    // rename() replaces the target in one step: a reader never sees a half-written backup.
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(),
                            QFile::encodeName(targetPath).toStdString(), renameError);
    if (renameError) {
        QFile::remove(temporary);
        return Error::make(codes::kDbIo, Text::tr("Could not move the finished backup to %1: %2")
                                             .arg(targetPath, QString::fromStdString(renameError.message())));
    }
    return {};
}

Result<BackupInfo> BackupManager::createBackup(Database& database)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC);
    const QString path = QDir(m_directory).filePath(kPrefix + now.toString(kStampFormat) + kSuffix);
    if (Status status = backupTo(database, path); !status)
        return status.error();
    prune();
    return BackupInfo{path, now, QFileInfo(path).size()};
}

Result<bool> BackupManager::backupIfDue(Database& database)
{
    const QList<BackupInfo> existing = backups();
    if (!existing.isEmpty() &&
        m_clock.nowMs() - existing.first().createdAt.toMSecsSinceEpoch() < kMinimumIntervalMs)
        return false;
    Result<BackupInfo> made = createBackup(database);
    if (!made)
        return made.error();
    return true;
}

QList<BackupInfo> BackupManager::backups() const
{
    QList<BackupInfo> result;
    const QDir dir(m_directory);
    const QStringList names =
        dir.entryList({kPrefix + QLatin1Char('*') + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const QString stamp = name.mid(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
        QDateTime created = QDateTime::fromString(stamp, kStampFormat);
        if (!created.isValid())
            continue;
        created.setTimeSpec(Qt::UTC);
        result.append(BackupInfo{dir.filePath(name), created, QFileInfo(dir.filePath(name)).size()});
    }
    return result;
}

void BackupManager::prune() const
{
    const QList<BackupInfo> all = backups();
    for (qsizetype i = kKeep; i < all.size(); ++i)
        QFile::remove(all[i].path);
}

Status BackupManager::check(const QString& backupPath)
{
    Result<std::unique_ptr<Database>> candidate = Database::open(backupPath, {Database::Mode::ReadOnly, -1});
    if (!candidate)
        return Error::make(candidate.error().code,
                           Text::tr("The backup cannot be used: %1").arg(candidate.errorMessage()));
    if (Status sound = (*candidate)->integrityCheck(); !sound)
        return Error::make(sound.error().code,
                           Text::tr("The backup is damaged too: %1").arg(sound.errorMessage()));
    return {};
}

Status BackupManager::restore(const QString& backupPath, const QString& databasePath) const
{
    if (Status sound = check(backupPath); !sound)
        return sound;
    const QString stamp = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(kStampFormat);
    const QString keptAside = databasePath + QStringLiteral(".replaced-") + stamp;
    if (QFileInfo::exists(databasePath) && !QFile::rename(databasePath, keptAside))
        return Error::make(codes::kDbIo,
                           Text::tr("Could not move %1 aside before restoring.").arg(databasePath));
    // The log and index beside the old file belong to it, not to the restored one.
    for (const char* sidecar : {"-wal", "-shm"}) {
        if (QFileInfo::exists(databasePath + QLatin1String(sidecar)))
            QFile::rename(databasePath + QLatin1String(sidecar), keptAside + QLatin1String(sidecar));
    }

    QFile source(backupPath);
    QSaveFile target(databasePath);
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly))
        return Error::make(codes::kDbIo, Text::tr("Could not copy the backup to %1: %2")
                                             .arg(databasePath, source.isOpen() ? target.errorString()
                                                                                : source.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return Error::make(
                codes::kDbIo,
                Text::tr("Could not copy the backup to %1: %2").arg(databasePath, target.errorString()));
        }
    }
    // commit() flushes to disk before it renames the copy into place.
    if (!target.commit())
        return Error::make(
            codes::kDbIo,
            Text::tr("Could not copy the backup to %1: %2").arg(databasePath, target.errorString()));
    QFile::setPermissions(databasePath, QFile::ReadOwner | QFile::WriteOwner);
    // The restored file reuses the mutation numbers it had when it was backed up, which the sync
    // service may have seen since: the next open makes it a new device (LocalStore).
    QFile mark(LocalStore::restoredMarkPath(databasePath));
    if (!mark.open(QIODevice::WriteOnly) || mark.write(backupPath.toUtf8()) < 0 || !mark.flush())
        return Error::make(
            codes::kDbIo,
            Text::tr("Could not mark %1 as restored: %2").arg(databasePath, mark.errorString()));
    return {};
}

} // namespace dnd
