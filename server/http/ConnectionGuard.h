#pragma once

#include "http/ConnectionLimits.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace dnd::server {

// Watches one HTTP connection ahead of the HTTP server: it frames the byte stream into requests
// (headers, then Content-Length bytes of body) and enforces the limits before a byte reaches the
// parser: URL and header size, body size (413), chunked bodies (411), slow or half-sent requests
// (408), idle keep-alive connections, Connection: close and HTTP/1.0, Expect: 100-continue.
// Steps aside when the connection upgrades to a WebSocket.
class ConnectionGuard : public QObject {
    Q_OBJECT
public:
    // A health-check connection was admitted beyond the connection caps: it may ask GET /healthz
    // once, within ConnectionLimits::healthCheckTimeoutMs; anything else is answered 503.
    enum class Admission { Ordinary, HealthCheckOnly };

    ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits,
                    Admission admission = Admission::Ordinary);

    // What a client refused for want of a connection slot is told.
    static QString tooManyConnectionsMessage();

    // True while no request is being received or answered: safe to close on shutdown.
    bool isIdle() const { return m_state == State::Idle && m_pendingResponses == 0; }
    void closeWhenIdle();

private:
    enum class State { Idle, Headers, Body, Upgraded, Rejected };

    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    // Handles the bytes of the stream in order; returns false once the connection is rejected.
    bool consume(const char* data, qint64 size);
    bool headersComplete();
    void reject(const QString& code, const QString& message);
    void armTimer();
    int idleTimeoutMs() const;
    int requestTimeoutMs() const;

    QTcpSocket* m_socket;
    ConnectionLimits m_limits;
    Admission m_admission;
    State m_state = State::Idle;
    QByteArray m_header;
    qint64 m_bodyRemaining = 0;
    int m_pendingResponses = 0; // complete requests the server has not finished answering
    bool m_closeAfterResponse = false;
    bool m_closeWhenIdle = false;
    QTimer m_timer;
};

} // namespace dnd::server
