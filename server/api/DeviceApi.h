#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// The signed-in user's devices: the sync clients that hold the plan's device slots, with when each
// registered and last synced, and removing one to free its slot. A removed device is told so
// (DEVICE_REMOVED) the next time it syncs, and comes back under a new id if a slot is free.
class DeviceApi {
public:
    explicit DeviceApi(ServerContext& context) : m_ctx(context) {}
    void registerRoutes(Router& router);

private:
    ApiReply list(ApiRequest& request);
    ApiReply remove(ApiRequest& request);

    ServerContext& m_ctx;
};

} // namespace dnd::server
