#include "store/DataLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace dnd {

DataLocation::DataLocation(const QString& commandLineDirectory)
{
    QString directory = commandLineDirectory;
    if (directory.isEmpty())
        directory = qEnvironmentVariable(kEnvironmentVariable);
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                    QStringLiteral("/dnd-tracker");
    m_directory = QDir(directory).absolutePath();
}

QString DataLocation::databasePath() const
{
    return QDir(m_directory).filePath(kDatabaseFileName);
}

QString DataLocation::backupDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("backups"));
}

} // namespace dnd
