#pragma once

#include "ServerConfig.h"

#include <QByteArray>

namespace dnd::server {

// The administration subcommands of dnd-tracker-server (migrate, admin create-admin, admin
// set-tier, admin import-templates). Answers the process exit code; messages go to stderr.
int runAdminCommand(const ParsedCommandLine& command, const QByteArray& standardInput);

} // namespace dnd::server
