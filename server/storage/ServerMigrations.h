#pragma once

#include <QList>
#include <QStringList>

namespace dnd::server {

// The versioned schema steps of the service, written in the SQL that SQLite and PostgreSQL both
// accept. A step is never edited once released; a change is a new step.
struct ServerMigration {
    int version;
    QStringList statements;
};

const QList<ServerMigration>& serverMigrations();

} // namespace dnd::server
