#pragma once

#include <QtGlobal>

namespace dnd::server {

// Limits the service enforces on every HTTP connection itself (Qt 6.4's HTTP server has none).
struct ConnectionLimits {
    qint64 maxBodyBytes = 1 << 20;
    int maxHeaderBytes = 16 * 1024;
    int maxUrlBytes = 4 * 1024;
    int idleTimeoutMs = 60'000;
    int requestTimeoutMs = 15'000;
    int maxConnections = 512;
    int maxConnectionsPerAddress = 0; // 0 = no cap per address
};

} // namespace dnd::server
