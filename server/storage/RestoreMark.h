#pragma once

#include "storage/ServerDatabase.h"

namespace dnd::server {

// How the service notices, by itself, that its database was restored from a backup (or replaced
// by an older copy) without the operator's `admin reset-sync-epoch`. The database keeps a mark
// (`sync_high_water` in server_settings) that only moves on: at every start and every minute
// while the service runs. A file in the data directory keeps the last value written, with the
// sync epoch it belongs to. A database whose mark is behind the file's, under the same epoch, went
// back in time: devices' cookies and progress may be ahead of it, so the epoch is regenerated and
// every device sends again what the restore lost (docs/SERVER.md, "Restoring the database").
class RestoreMark {
public:
    explicit RestoreMark(QString filePath) : m_filePath(std::move(filePath)) {}

    // At start, before any request: regenerates the sync epoch when the database is behind the
    // file (answers true then), and moves both marks on.
    Result<bool> checkAtStart(ServerDatabase& db);
    // Moves the database's mark on, then the file's (a crash in between leaves the file behind,
    // which is never taken for a restore).
    Status advance(ServerDatabase& db);

private:
    QString m_filePath;
};

} // namespace dnd::server
