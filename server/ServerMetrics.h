#pragma once

#include <QHash>
#include <QString>

namespace dnd::server {

// Counters for /metrics and /admin/stats: requests by method and status, durations, WebSocket
// connections, rejected connections.
class ServerMetrics {
public:
    void recordRequest(const QString& method, int status, double seconds);
    void webSocketOpened()
    {
        ++m_webSocketsOpen;
        ++m_webSocketsTotal;
    }
    void webSocketClosed() { --m_webSocketsOpen; }

    qint64 requestsTotal() const { return m_requestsTotal; }
    int webSocketsOpen() const { return m_webSocketsOpen; }
    // Prometheus text exposition of the counters; the caller appends its own gauges.
    QByteArray prometheusText() const;

private:
    QHash<QString, qint64> m_requests; // "method|status" -> count
    qint64 m_requestsTotal = 0;
    double m_durationSum = 0;
    qint64 m_buckets[8] = {};
    int m_webSocketsOpen = 0;
    qint64 m_webSocketsTotal = 0;
};

} // namespace dnd::server
