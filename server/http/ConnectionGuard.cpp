#include "http/ConnectionGuard.h"

#include "ApiErrorCodes.h"
#include "http/ApiEnvelope.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <algorithm>

namespace dnd::server {

namespace {

// The comma-separated tokens of a header value, trimmed and lower-cased.
QList<QByteArray> headerTokens(const QByteArray& value)
{
    QList<QByteArray> tokens;
    for (const QByteArray& token : value.split(','))
        tokens.append(token.trimmed().toLower());
    return tokens;
}

// True when a line feed in the first `length` bytes is not preceded by a carriage return. Qt's
// parser accepts such line ends, so the guard must see them too or it would miss where headers end.
bool hasBareLineFeed(const QByteArray& text, qsizetype length)
{
    for (qsizetype i = text.indexOf('\n'); i >= 0 && i < length; i = text.indexOf('\n', i + 1)) {
        if (i == 0 || text.at(i - 1) != '\r')
            return true;
    }
    return false;
}

bool isDecimal(const QByteArray& text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// True for the request line of the one request a health-check connection may make.
bool isHealthCheckRequest(const QByteArray& requestLine)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0) != "GET")
        return false;
    const QByteArray& target = parts.at(1);
    return target == "/healthz" || target.startsWith("/healthz?");
}

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ConnectionLimits& limits, Admission admission)
    : QObject(socket), m_socket(socket), m_limits(limits), m_admission(admission)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    // Connected before the HTTP server's own slots, so it sees each chunk of bytes first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    armTimer();
}

QString ConnectionGuard::tooManyConnectionsMessage()
{
    return tr("Too many open connections; try again shortly.");
}

int ConnectionGuard::idleTimeoutMs() const
{
    return m_admission == Admission::HealthCheckOnly ? m_limits.healthCheckTimeoutMs : m_limits.idleTimeoutMs;
}

int ConnectionGuard::requestTimeoutMs() const
{
    return m_admission == Admission::HealthCheckOnly
               ? qMin(m_limits.healthCheckTimeoutMs, m_limits.requestTimeoutMs)
               : m_limits.requestTimeoutMs;
}

void ConnectionGuard::armTimer()
{
    switch (m_state) {
    case State::Idle:
        if (m_pendingResponses == 0)
            m_timer.start(idleTimeoutMs());
        else
            m_timer.stop(); // the server is working on an answer
        break;
    case State::Headers:
    case State::Body:
        if (!m_timer.isActive())
            m_timer.start(requestTimeoutMs());
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
            if (hasBareLineFeed(m_header, end < 0 ? m_header.size() : end)) {
                reject(api::kBadRequest, tr("Header lines must end with CR LF."));
                return false;
            }
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

// Frames the request the way Qt's parser will, or refuses it: wherever the two could split the byte
// stream differently (bare LF line ends, folded header lines, two lengths, a transfer coding, an
// upgrade Qt would not perform), the guard would lose track of where the next request starts.
bool ConnectionGuard::headersComplete()
{
    // Every line ends with CR LF (bare line feeds were refused while the headers arrived); the
    // blank line that closes the headers is left out.
    QList<QByteArray> lines = m_header.left(m_header.size() - 2).split('\n');
    lines.removeLast(); // the empty piece after the last line feed
    const QByteArray requestLine = lines.value(0).trimmed();
    if (requestLine.startsWith("CONNECT ")) {
        reject(api::kMethodNotAllowed, tr("CONNECT is not supported."));
        return false;
    }
    qint64 contentLength = 0;
    int contentLengthHeaders = 0;
    bool transferEncoding = false;
    bool upgradeToWebSocket = false;
    bool upgradeHeader = false;
    bool connectionUpgrade = false;
    bool expectContinue = false;
    bool keepAlive = !requestLine.endsWith("HTTP/1.0");
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray raw = lines.at(i).chopped(1); // without its CR (every line has one)
        if (raw.startsWith(' ') || raw.startsWith('\t')) {
            reject(api::kBadRequest, tr("Folded header lines are not accepted."));
            return false;
        }
        const int colon = int(raw.indexOf(':'));
        if (colon <= 0 || raw.at(colon - 1) == ' ' || raw.at(colon - 1) == '\t') {
            reject(api::kBadRequest, tr("A header line is malformed."));
            return false;
        }
        const QByteArray name = raw.left(colon).toLower();
        const QByteArray value = raw.mid(colon + 1).trimmed();
        if (name == "content-length") {
            if (++contentLengthHeaders > 1) {
                reject(api::kBadRequest, tr("The request has more than one Content-Length."));
                return false;
            }
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!isDecimal(value) || !ok) {
                reject(api::kBadRequest, tr("The Content-Length header is not a number."));
                return false;
            }
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
        } else if (name == "upgrade") {
            upgradeHeader = true;
            upgradeToWebSocket = headerTokens(value).contains("websocket");
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        } else if (name == "connection") {
            const QList<QByteArray> tokens = headerTokens(value);
            connectionUpgrade = connectionUpgrade || tokens.contains("upgrade");
            if (tokens.contains("close"))
                keepAlive = false;
            else if (tokens.contains("keep-alive"))
                keepAlive = true;
        }
    }
    if (m_admission == Admission::HealthCheckOnly) {
        if (!isHealthCheckRequest(requestLine) || upgradeHeader) {
            reject(api::kUnavailable, tooManyConnectionsMessage());
            return false;
        }
        m_closeAfterResponse = true; // the slot is for the next health check
    }
    if (transferEncoding) {
        reject(api::kLengthRequired,
               tr("Send the request body with a Content-Length; transfer codings are not supported."));
        return false;
    }
    if (contentLength > m_limits.maxBodyBytes) {
        reject(api::kPayloadTooLarge,
               tr("The request body is larger than %1 bytes.").arg(m_limits.maxBodyBytes));
        return false;
    }
    // Qt's parser upgrades exactly when both Upgrade and a Connection "upgrade" token are present; the
    // guard steps aside only then, and only for a WebSocket handshake (a GET without a body).
    if (upgradeHeader && connectionUpgrade) {
        if (!upgradeToWebSocket || !requestLine.startsWith("GET ") || contentLength > 0) {
            reject(api::kBadRequest, tr("Only a WebSocket upgrade of a GET request is supported."));
            return false;
        }
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
