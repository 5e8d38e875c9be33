// libFuzzer target: the service's request parsing, from the first byte on the socket. Each input
// is sent as it is on a new loopback connection to the service's own listening socket (the
// connection guard frames it, refuses it or lets it through) and Qt's HTTP server, whose requests
// are read as the service reads them: the JSON body, cookies, pagination, and the body as each
// kind of record and as a sync push. The database and the handlers behind it are not involved.
#include "SyncProtocol.h"
#include "http/ApiTypes.h"
#include "http/GuardedTcpServer.h"
#include "model/DocumentValidation.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QWebSocket>
#include <cstdint>
#include <memory>
#include <sys/socket.h>

using namespace dnd;
using namespace dnd::server;

namespace {

struct Service {
    QCoreApplication* app = nullptr;
    GuardedTcpServer* tcp = nullptr;
    QHttpServer* http = nullptr;
};

Service& service()
{
    static Service instance;
    return instance;
}

// What the service does with a request before its handler's own logic.
void readLikeTheService(const QHttpServerRequest& httpRequest)
{
    ApiRequest request;
    request.path = httpRequest.url().path();
    request.query = httpRequest.query();
    request.body = httpRequest.body();
    for (const auto& [name, value] : httpRequest.headers())
        request.headers.insert(name.toLower(), value);
    (void)request.cookie(QStringLiteral("refresh_token"));
    (void)PageRequest::from(request.query);
    const Result<QJsonObject> body = request.jsonObject();
    if (!body.ok())
        return;
    for (EntityKind kind : kAllEntityKinds)
        (void)validateDocument(kind, body.value());
    (void)sync::PushRequest::fromJson(body.value());
}

void settle()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    Service& s = service();
    s.app = new QCoreApplication(*argc, *argv);
    ConnectionLimits limits;
    limits.maxBodyBytes = 64 * 1024; // small enough that the fuzzer reaches the limit
    limits.maxHeaderBytes = 2048;
    limits.maxUrlBytes = 512;
    s.tcp = new GuardedTcpServer(limits);
    if (!s.tcp->listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on loopback: %s", qPrintable(s.tcp->errorString()));
    s.http = new QHttpServer;
    s.http->setMissingHandler([](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        readLikeTheService(request);
        responder.write(QHttpServerResponder::StatusCode::Ok);
    });
    // An upgraded connection is taken and closed, as the service does while it stops.
    QObject::connect(s.http, &QHttpServer::newWebSocketConnection, s.http, [] {
        while (service().http->hasPendingWebSocketConnections())
            service().http->nextPendingWebSocketConnection()->close();
    });
    s.http->bind(s.tcp);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Service& s = service();
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, s.tcp->serverPort());
    if (!client.waitForConnected(5000))
        qFatal("cannot connect to the guarded server: %s", qPrintable(client.errorString()));
    client.write(reinterpret_cast<const char*>(data), qint64(size));
    client.waitForBytesWritten(5000);
    settle();
    client.readAll();
    // A reset instead of a close: a million connections must not leave a million TIME_WAITs.
    const linger resetOnClose{1, 0};
    ::setsockopt(int(client.socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetOnClose, sizeof resetOnClose);
    client.abort();
    settle();
    return 0;
}
