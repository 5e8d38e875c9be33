#pragma once

#include "http/Router.h"

namespace dnd::server {

// The administrators' report page at /admin/reports: one HTML page with its style and script
// inline (allowed by hash, connect-src 'self' for the API and nothing else). It holds no figures
// itself: its script signs in through the API, keeps the access token in memory, reads
// GET /api/v1/admin/reports and draws the figures and charts (docs/SERVER.md, "Business reports").
class AdminReportsPage {
public:
    void registerRoutes(Router& router);
};

} // namespace dnd::server
