#pragma once

#include "ServerContext.h"
#include "http/Router.h"
#include "storage/SyncRepository.h"

namespace dnd::server {

// The sync endpoints (docs/SYNC.md): a device pushes its outbox and pulls what changed since its
// cookie; after a push that changed something, the account's WebSockets get a data-free poke.
// Everything is scoped to the signed-in account.
class SyncApi {
public:
    explicit SyncApi(ServerContext& context);
    void registerRoutes(Router& router);

private:
    ApiReply push(ApiRequest& request);
    ApiReply pull(ApiRequest& request);

    ServerContext& m_ctx;
    SyncRepository m_sync;
};

} // namespace dnd::server
