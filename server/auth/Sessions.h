#pragma once

#include "util/Result.h"

#include <QString>

namespace dnd::server {

class ServerDatabase;

// Ends every session of an account: raises its session generation, so the access tokens issued
// before are refused (REST and WebSocket), and revokes its refresh tokens and personal API tokens
// (a password reset must lock out whoever held a token too; they are made anew afterwards). Run inside the
// transaction of the change that takes the rights away; the service also closes the account's
// WebSockets (WebSocketHub::endSessions), or notices at its next session check when another
// process (an administration command) made the change.
Status endSessions(ServerDatabase& db, const QString& userId);

} // namespace dnd::server
