#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// The players' live view at /play/CODE: one page with its style and script inline, which joins
// the WebSocket with the share code and shows the encounter's public view (the same projection
// the desktop player display draws), reconnecting by itself. A revoked or unknown code, or a plan
// without the live view, gets a page that says so.
class PlayerPage {
public:
    explicit PlayerPage(ServerContext& context) : m_ctx(context) {}
    void registerRoutes(Router& router);

private:
    ApiReply show(ApiRequest& request);

    ServerContext& m_ctx;
};

} // namespace dnd::server
