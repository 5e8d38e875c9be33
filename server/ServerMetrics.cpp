#include "ServerMetrics.h"

#include <QStringList>

namespace dnd::server {

namespace {
const double kBucketBounds[8] = {0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1.0, 5.0};
}

void ServerMetrics::recordRequest(const QString& method, int status, double seconds)
{
    ++m_requests[method + QLatin1Char('|') + QString::number(status)];
    ++m_requestsTotal;
    m_durationSum += seconds;
    for (int i = 0; i < 8; ++i) {
        if (seconds <= kBucketBounds[i])
            ++m_buckets[i];
    }
}

QByteArray ServerMetrics::prometheusText() const
{
    QByteArray text;
    text += "# HELP dnd_http_requests_total HTTP requests answered, by method and status.\n";
    text += "# TYPE dnd_http_requests_total counter\n";
    QStringList keys = m_requests.keys();
    keys.sort();
    for (const QString& key : keys) {
        const QString method = key.section(QLatin1Char('|'), 0, 0);
        const QString status = key.section(QLatin1Char('|'), 1, 1);
        text += QStringLiteral("dnd_http_requests_total{method=\"%1\",status=\"%2\"} %3\n")
                    .arg(method, status)
                    .arg(m_requests.value(key))
                    .toUtf8();
    }
    text += "# HELP dnd_http_request_duration_seconds Time from full request to answer.\n";
    text += "# TYPE dnd_http_request_duration_seconds histogram\n";
    for (int i = 0; i < 8; ++i)
        text += "dnd_http_request_duration_seconds_bucket{le=\"" + QByteArray::number(kBucketBounds[i]) +
                "\"} " + QByteArray::number(m_buckets[i]) + "\n";
    text +=
        "dnd_http_request_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_requestsTotal) + "\n";
    text += "dnd_http_request_duration_seconds_sum " + QByteArray::number(m_durationSum, 'f', 6) + "\n";
    text += "dnd_http_request_duration_seconds_count " + QByteArray::number(m_requestsTotal) + "\n";
    text += "# HELP dnd_websocket_connections Open WebSocket connections.\n# TYPE dnd_websocket_connections "
            "gauge\n";
    text += "dnd_websocket_connections " + QByteArray::number(m_webSocketsOpen) + "\n";
    text += "# HELP dnd_websocket_connections_total WebSocket connections accepted.\n"
            "# TYPE dnd_websocket_connections_total counter\n";
    text += "dnd_websocket_connections_total " + QByteArray::number(m_webSocketsTotal) + "\n";
    return text;
}

} // namespace dnd::server
