#include "FaultProxy.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace dnd::test {

namespace {

constexpr QByteArrayView kHeadEnd = "\r\n\r\n";

// The value of a header in an HTTP message head (names compared without case), or empty.
QByteArray headerValue(QByteArrayView head, QByteArrayView name)
{
    for (const QByteArray& line : head.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// The size of the head (with its blank line) and of the body of the first message in `bytes`;
// false while the head is incomplete. A message without Content-Length has no body (requests) or
// runs until the connection closes (answers: `bodySize` is then -1).
bool messageSizes(const QByteArray& bytes, bool isAnswer, qsizetype* headSize, qsizetype* bodySize)
{
    const qsizetype end = bytes.indexOf(kHeadEnd);
    if (end < 0)
        return false;
    *headSize = end + kHeadEnd.size();
    const QByteArray length = headerValue(QByteArrayView(bytes).first(end), "content-length");
    *bodySize = length.isEmpty() ? (isAnswer ? -1 : 0) : length.toLongLong();
    return true;
}

bool asksToClose(QByteArrayView head)
{
    return headerValue(head, "connection").compare("close", Qt::CaseInsensitive) == 0;
}

// Closes with a TCP reset instead of an orderly close, as a crashed peer or a middlebox does.
void resetConnection(QTcpSocket* socket)
{
#ifdef Q_OS_UNIX
    const linger resetOnClose{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof resetOnClose);
#endif
    socket->abort();
}

// Half the body of a message, with the head that announced the whole of it.
QByteArray headAndHalfTheBody(const QByteArray& message)
{
    const qsizetype headSize = message.indexOf(kHeadEnd) + kHeadEnd.size();
    return message.left(headSize + (message.size() - headSize) / 2);
}

} // namespace

FaultProxy::FaultProxy(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::acceptConnections);
}

FaultProxy::~FaultProxy()
{
    for (const Client& client : std::as_const(m_clients))
        if (client.socket)
            client.socket->disconnect(this);
}

bool FaultProxy::listen(quint16 upstreamPort)
{
    m_upstreamPort = upstreamPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FaultProxy::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

int FaultProxy::count(Fault fault) const
{
    return int(std::count_if(m_events.cbegin(), m_events.cend(),
                             [fault](const Event& e) { return e.fault == fault; }));
}

QByteArray FaultProxy::nginxErrorAnswer(int status)
{
    const QByteArray title = status == 413 ? QByteArrayLiteral("413 Request Entity Too Large")
                                           : QByteArray::number(status) + QByteArrayLiteral(" Bad Gateway");
    const QByteArray page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" +
                            title + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    const QByteArray date =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
            .toLatin1();
    return "HTTP/1.1 " + title + "\r\nServer: nginx\r\nDate: " + date +
           " GMT\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(page.size()) +
           "\r\nConnection: close\r\n\r\n" + page;
}

void FaultProxy::acceptConnections()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_clients.insert(socket, Client{socket, {}, false});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequests(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        });
    }
}

void FaultProxy::readRequests(QTcpSocket* socket)
{
    auto client = m_clients.find(socket);
    if (client == m_clients.end())
        return;
    client->buffer += socket->readAll();
    if (client->busy)
        return; // the client sends its next request once it has the answer; kept until then
    qsizetype headSize = 0;
    qsizetype bodySize = 0;
    if (!messageSizes(client->buffer, false, &headSize, &bodySize) ||
        client->buffer.size() < headSize + bodySize)
        return;
    const QByteArray request = client->buffer.left(headSize + bodySize);
    client->buffer.remove(0, request.size());
    client->busy = true;
    handle(socket, request, headSize);
}

FaultProxy::Fault FaultProxy::nextFault(const Request& request)
{
    if (m_bodyLimit > 0 && request.bodySize > m_bodyLimit)
        return Fault::Answer413;
    if (!m_script.isEmpty())
        return m_script.takeFirst();
    return m_plan ? m_plan(request) : Fault::Pass;
}

void FaultProxy::handle(QTcpSocket* socket, const QByteArray& request, qsizetype headSize)
{
    const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
    Request info{int(m_events.size()), requestLine.value(0), requestLine.value(1), request.size() - headSize};
    const Fault fault = nextFault(info);
    m_events.append(Event{info, fault});
    QPointer<QTcpSocket> client(socket);

    switch (fault) {
    case Fault::DropRequest:
        socket->disconnectFromHost();
        return;
    case Fault::Answer413:
    case Fault::Answer502:
        socket->write(nginxErrorAnswer(fault == Fault::Answer413 ? 413 : 502));
        socket->disconnectFromHost();
        return;
    case Fault::TruncateRequest:
    case Fault::ResetMidRequest: {
        const bool reset = fault == Fault::ResetMidRequest;
        forward(
            headAndHalfTheBody(request), [](const QByteArray&) {}, reset ? SendThen::Reset : SendThen::Close);
        if (reset)
            resetConnection(socket);
        else
            socket->disconnectFromHost();
        return;
    }
    case Fault::DelayPastTimeout:
        ++m_inFlight;
        QTimer::singleShot(m_delayMs, this, [this, client, request] {
            --m_inFlight;
            forward(
                request, [this, client](const QByteArray& answer) { deliver(client, answer, Fault::Pass); },
                SendThen::Await);
        });
        return;
    default:
        forward(
            request, [this, client, fault](const QByteArray& answer) { deliver(client, answer, fault); },
            SendThen::Await);
    }
}

void FaultProxy::forward(const QByteArray& bytes, std::function<void(QByteArray)> answered, SendThen then)
{
    // Shared by the socket's handlers; the exchange ends once (whole answer, close or error).
    struct Exchange {
        QTcpSocket* upstream = nullptr;
        QByteArray answer;
        std::function<void(QByteArray)> answered;
    };
    auto exchange = std::make_shared<Exchange>();
    exchange->upstream = new QTcpSocket(this);
    exchange->answered = std::move(answered);
    ++m_inFlight;
    const auto finish = [this, exchange] {
        if (!exchange->answered)
            return;
        --m_inFlight;
        const auto done = std::exchange(exchange->answered, nullptr);
        exchange->upstream->disconnect(this);
        exchange->upstream->abort();
        exchange->upstream->deleteLater();
        done(std::move(exchange->answer));
    };
    QTcpSocket* upstream = exchange->upstream;
    connect(upstream, &QTcpSocket::connected, this, [upstream, bytes, then] {
        upstream->write(bytes);
        if (then == SendThen::Await)
            return;
        upstream->flush();
        if (then == SendThen::Reset)
            resetConnection(upstream);
        else
            upstream->disconnectFromHost();
    });
    connect(upstream, &QTcpSocket::readyRead, this, [exchange, finish] {
        exchange->answer += exchange->upstream->readAll();
        qsizetype headSize = 0;
        qsizetype bodySize = 0;
        if (messageSizes(exchange->answer, true, &headSize, &bodySize) && bodySize >= 0 &&
            exchange->answer.size() >= headSize + bodySize)
            finish();
    });
    connect(upstream, &QTcpSocket::disconnected, this, finish);
    connect(upstream, &QTcpSocket::errorOccurred, this, finish);
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void FaultProxy::deliver(QTcpSocket* socket, const QByteArray& answer, Fault fault)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client gave up (its timeout) or went away
    if (answer.isEmpty()) {
        // The service could not be reached or said nothing: what nginx answers then.
        socket->write(nginxErrorAnswer(502));
        socket->disconnectFromHost();
        return;
    }
    switch (fault) {
    case Fault::DropAnswer:
        socket->disconnectFromHost();
        return;
    case Fault::Answer502AfterCommit:
        socket->write(nginxErrorAnswer(502));
        socket->disconnectFromHost();
        return;
    case Fault::TruncateAnswer:
        socket->write(headAndHalfTheBody(answer));
        socket->disconnectFromHost();
        return;
    case Fault::ResetMidAnswer: {
        socket->write(headAndHalfTheBody(answer));
        socket->flush();
        // A moment for the partial body to arrive before the reset.
        QPointer<QTcpSocket> client(socket);
        QTimer::singleShot(50, this, [client] {
            if (client)
                resetConnection(client);
        });
        return;
    }
    default:
        socket->write(answer);
        finishExchange(socket, !asksToClose(QByteArrayView(answer).first(answer.indexOf(kHeadEnd))));
    }
}

void FaultProxy::finishExchange(QTcpSocket* socket, bool keepAlive)
{
    if (!keepAlive) {
        socket->disconnectFromHost();
        return;
    }
    auto client = m_clients.find(socket);
    if (client == m_clients.end())
        return;
    client->busy = false;
    if (!client->buffer.isEmpty())
        QTimer::singleShot(0, this, [this, client = QPointer<QTcpSocket>(socket)] {
            if (client)
                readRequests(client);
        });
}

} // namespace dnd::test
