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
    // Connections kept beyond both caps for health checks: one GET /healthz each, anything else
    // 503. A monitor can still tell a busy service from a dead one while hostile clients hold
    // every ordinary slot.
    int healthCheckConnections = 4;
    // A health-check connection must send its request within this time (it holds a scarce slot).
    int healthCheckTimeoutMs = 2'000;
};

} // namespace dnd::server
