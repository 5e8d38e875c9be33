#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace dnd::server {

// Administration for the admin role: users (list, search, change tier / role / disabled),
// system statistics and the admin action log of who did what to whom from which address.
class AdminApi {
public:
    explicit AdminApi(ServerContext& context) : m_ctx(context) {}
    void registerRoutes(Router& router);

private:
    ApiReply listUsers(ApiRequest& request);
    ApiReply updateUser(ApiRequest& request);
    ApiReply stats(ApiRequest& request);
    ApiReply logs(ApiRequest& request);

    ServerContext& m_ctx;
};

} // namespace dnd::server
