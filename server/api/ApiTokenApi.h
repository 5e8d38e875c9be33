#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// The signed-in user's personal API tokens (auth/ApiTokens.h): create one (answered once, with the
// token), list them, revoke one. Revoking closes the sockets signed in with it here and in the
// other service processes. Only a signed-in session manages tokens: a token cannot make another.
class ApiTokenApi {
public:
    explicit ApiTokenApi(ServerContext& context) : m_ctx(context) {}
    void registerRoutes(Router& router);

private:
    ApiReply create(ApiRequest& request);
    ApiReply list(ApiRequest& request);
    ApiReply revoke(ApiRequest& request);

    ServerContext& m_ctx;
};

} // namespace dnd::server
