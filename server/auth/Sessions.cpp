#include "auth/Sessions.h"

#include "storage/ServerDatabase.h"

namespace dnd::server {

Status endSessions(ServerDatabase& db, const QString& userId)
{
    for (const char* sql : {"UPDATE users SET session_generation = session_generation + 1 WHERE id = ?",
                            "UPDATE refresh_tokens SET revoked = 1 WHERE user_id = ?",
                            "DELETE FROM api_tokens WHERE user_id = ?"}) {
        Result<int> done = db.run(QString::fromLatin1(sql), {userId});
        if (!done)
            return done.error();
    }
    return Status::success();
}

} // namespace dnd::server
