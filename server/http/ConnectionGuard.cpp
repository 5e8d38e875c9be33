#include "http/ConnectionGuard.h"

#include "ApiErrorCodes.h"
#include "http/ApiEnvelope.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace dnd::server {

namespace {} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits)
    : QObject(socket), m_socket(socket), m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    // Connected before the HTTP server's own slots, so it sees each chunk of bytes first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    armTimer();
}

void ConnectionGuard::armTimer()
{
    switch (m_state) {
    case State::Idle:
        if (m_pendingResponses == 0)
            m_timer.start(m_limits.idleTimeoutMs);
        else
            m_timer.stop(); // the server is working on an answer
        break;
    case State::Headers:
    case State::Body:
        if (!m_timer.isActive())
            m_timer.start(m_limits.requestTimeoutMs);
        break;
    case State::Upgraded:
    case State::Rejected:
        m_timer.stop();
        break;
    }
}

void ConnectionGuard::onReadyRead()
{
    if (m_state == State::Upgraded)
        return;
    if (m_state == State::Rejected) {
        m_socket->readAll(); // discard: the server must not parse anything more
        return;
    }
    // The HTTP server reads everything on each readyRead, so what is available now is new.
    const QByteArray chunk = m_socket->peek(m_socket->bytesAvailable());
    if (consume(chunk.constData(), chunk.size()))
        armTimer();
}

bool ConnectionGuard::consume(const char* data, qint64 size)
{
    qint64 offset = 0;
    while (offset < size) {
        if (m_state == State::Upgraded)
            return true;
        if (m_state == State::Idle) {
            // Tolerate stray line breaks between requests.
            if (data[offset] == '\r' || data[offset] == '\n') {
                ++offset;
                continue;
            }
            m_state = State::Headers;
            m_header.clear();
            m_timer.stop();
        }
        if (m_state == State::Headers) {
            const qint64 take = size - offset;
            const int before = int(m_header.size());
            m_header.append(data + offset, take);
            const int end = int(m_header.indexOf("\r\n\r\n"));
            const int lineEnd = int(m_header.indexOf("\r\n"));
            if ((lineEnd < 0 && m_header.size() > m_limits.maxUrlBytes + 32) ||
                lineEnd > m_limits.maxUrlBytes + 32) {
                reject(api::kUriTooLong, tr("The request URL is too long."));
                return false;
            }
            if ((end < 0 && m_header.size() > m_limits.maxHeaderBytes) || end > m_limits.maxHeaderBytes) {
                reject(api::kHeadersTooLarge, tr("The request headers are too large."));
                return false;
            }
            if (end < 0)
                return true; // wait for the rest of the headers
            offset += (end + 4) - before;
            m_header.truncate(end + 4);
            if (!headersComplete())
                return false;
            continue;
        }
        if (m_state == State::Body) {
            const qint64 take = qMin(m_bodyRemaining, size - offset);
            m_bodyRemaining -= take;
            offset += take;
            if (m_bodyRemaining == 0) {
                m_state = State::Idle;
                ++m_pendingResponses;
                m_timer.stop();
            }
        }
    }
    return true;
}

bool ConnectionGuard::headersComplete()
{
    const QList<QByteArray> lines = m_header.split('\n');
    const QByteArray requestLine = lines.value(0).trimmed();
    qint64 contentLength = 0;
    bool chunked = false;
    bool upgrade = false;
    bool expectContinue = false;
    bool keepAlive = !requestLine.endsWith("HTTP/1.0");
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = int(line.indexOf(':'));
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                reject(api::kBadRequest, tr("The Content-Length header is not a number."));
                return false;
            }
        } else if (name == "transfer-encoding") {
            chunked = value != "identity";
        } else if (name == "upgrade") {
            upgrade = value.contains("websocket");
        } else if (name == "expect") {
            expectContinue = value == "100-continue";
        } else if (name == "connection") {
            if (value.contains("close"))
                keepAlive = false;
            else if (value.contains("keep-alive"))
                keepAlive = true;
        }
    }
    if (chunked) {
        reject(api::kLengthRequired, tr("Send the request body with a Content-Length."));
        return false;
    }
    if (contentLength > m_limits.maxBodyBytes) {
        reject(api::kPayloadTooLarge,
               tr("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        return false;
    }
    if (upgrade && requestLine.startsWith("GET ")) {
        // The WebSocket takes the connection over; its own protocol and timeouts apply from here.
        m_state = State::Upgraded;
        m_timer.stop();
        disconnect(m_socket, nullptr, this, nullptr);
        return true;
    }
    if (!keepAlive)
        m_closeAfterResponse = true;
    if (expectContinue && contentLength > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyRemaining = contentLength;
    if (contentLength == 0) {
        m_state = State::Idle;
        ++m_pendingResponses;
        m_timer.stop();
    } else {
        m_state = State::Body;
    }
    return true;
}

void ConnectionGuard::onBytesWritten()
{
    if (m_state == State::Upgraded || m_state == State::Rejected)
        return;
    if (m_socket->bytesToWrite() > 0 || m_pendingResponses == 0)
        return;
    // Everything queued has gone out: the answers to the complete requests are written.
    m_pendingResponses = 0;
    if ((m_closeAfterResponse || m_closeWhenIdle) && m_state == State::Idle) {
        m_socket->disconnectFromHost();
        return;
    }
    armTimer();
}

void ConnectionGuard::onTimeout()
{
    if (m_state == State::Headers || m_state == State::Body) {
        reject(api::kRequestTimeout, tr("The request did not arrive in time."));
        return;
    }
    if (m_state == State::Idle && m_pendingResponses == 0)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::closeWhenIdle()
{
    m_closeWhenIdle = true;
    if (isIdle())
        m_socket->disconnectFromHost();
}

void ConnectionGuard::reject(const QString& code, const QString& message)
{
    m_state = State::Rejected;
    m_timer.stop();
    m_socket->readAll(); // the HTTP server reads nothing of a rejected request
    m_socket->write(envelope::rawHttpError(code, message));
    m_socket->flush();
    m_socket->disconnectFromHost();
}

} // namespace dnd::server
