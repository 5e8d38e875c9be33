#pragma once

#include "store/Database.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace dnd {

struct BackupInfo {
    QString path;
    QDateTime createdAt;
    qint64 sizeBytes = 0;
};

// Rotating copies of the store made with SQLite's online backup API (consistent even while the
// app writes). Automatic backups happen on exit, at most once a day, keeping the newest seven.
class BackupManager {
public:
    static constexpr int kKeep = 7;
    static constexpr qint64 kMinimumIntervalMs = 24LL * 60 * 60 * 1000;

    BackupManager(QString backupDirectory, const Clock& clock);

    // Copies the open database to the given file (replacing it).
    static Status backupTo(Database& database, const QString& targetPath);
    // Makes a new rotating backup now and prunes old ones.
    Result<BackupInfo> createBackup(Database& database);
    // Makes one when the newest is older than a day (or there is none). Returns whether it did.
    Result<bool> backupIfDue(Database& database);
    // Newest first.
    QList<BackupInfo> backups() const;
    // Whether a file is a sound store that restore() would accept: it opens read-only and passes
    // SQLite's integrity check. Says what is wrong otherwise.
    static Status check(const QString& backupPath);
    // Replaces the store file with a backup after checking the backup is sound. The file being
    // replaced is kept beside it (renamed with a timestamp), never deleted.
    Status restore(const QString& backupPath, const QString& databasePath) const;

private:
    void prune() const;

    QString m_directory;
    const Clock& m_clock;
};

} // namespace dnd
