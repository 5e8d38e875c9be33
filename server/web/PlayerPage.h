#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// The players' live view at /play/CODE: one page with its style and script inline, which joins
// the WebSocket with the share code and shows the encounter's public view (the same projection
// the desktop player display draws), reconnecting by itself. A revoked or unknown code, or a plan
// without the live view, gets a page that says so.
//
// The view installs as a web app: each share's manifest (/play/CODE/manifest.webmanifest), its
// icons (/play/icons/...), and a service worker (/play/sw.js, scope /play/) that keeps the shell
// and, without the network, shows the page seen last or the waiting page (/play/offline).
class PlayerPage {
public:
    explicit PlayerPage(ServerContext& context) : m_ctx(context) {}
    void registerRoutes(Router& router);

private:
    ApiReply show(ApiRequest& request);
    ApiReply manifest(ApiRequest& request);
    // Nothing when the code is a share whose owner's plan has the live view; else the answer:
    // the page that says the link does not work, or a failure when the database could not say.
    std::optional<ApiReply> refusal(const QString& code);

    ServerContext& m_ctx;
};

} // namespace dnd::server
