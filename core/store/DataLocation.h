#pragma once

#include <QString>

namespace dnd {

// Where the local store lives: --data-dir, else DND_DATA_DIR, else the platform's application
// data folder. Every executable resolves it the same way so they share one store.
class DataLocation {
public:
    static inline const char* kEnvironmentVariable = "DND_DATA_DIR";
    static inline const QString kDatabaseFileName = QStringLiteral("tracker.sqlite3");

    explicit DataLocation(const QString& commandLineDirectory = {});

    const QString& directory() const { return m_directory; }
    QString databasePath() const;
    QString backupDirectory() const;

private:
    QString m_directory;
};

} // namespace dnd
