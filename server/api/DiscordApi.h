#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

class DiscordRelay;

// Discord channels linked to an encounter or to every encounter of a party
// (/api/v1/integrations/discord): create with a webhook URL, list (the URL masked, the last
// delivery's outcome), remove, and send a test message. Scoped to the caller: another account's
// link answers 404. Linking and testing need a plan with the live view and a confirmed email
// address, like share codes; listing and removing never do, so a DM can always take a link down.
class DiscordApi {
public:
    // An account links at most this many channels.
    static constexpr int kMaxLinksPerAccount = 10;

    DiscordApi(ServerContext& context, DiscordRelay& relay) : m_ctx(context), m_relay(relay) {}
    void registerRoutes(Router& router);

private:
    ApiReply list(ApiRequest& request);
    ApiReply create(ApiRequest& request);
    ApiReply remove(ApiRequest& request);
    void sendTest(ApiRequest& request, const Respond& respond);
    // TIER_REQUIRED naming the smallest plan with the live view, or EMAIL_NOT_VERIFIED; nullopt
    // when the caller may link and post.
    std::optional<ApiReply> refuseToPost(const AuthUser& user, const QString& action) const;

    ServerContext& m_ctx;
    DiscordRelay& m_relay;
};

} // namespace dnd::server
