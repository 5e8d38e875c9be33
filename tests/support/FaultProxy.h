#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <functional>

class QTcpSocket;

namespace dnd::test {

// An HTTP/1.1 proxy on loopback that sits between a client (the sync engine's HttpSyncTransport)
// and the real service, and breaks chosen requests the way networks and a reverse proxy such as
// nginx break them. Each request gets one fault: the next ones from a script, then whatever the
// plan picks (Pass when there is none). Requests are forwarded one at a time per client
// connection, each over a fresh connection to the service, so "after the service committed" is
// exact: the whole answer has come back before the proxy breaks it.
class FaultProxy : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        Pass,
        DropRequest,          // the connection closes before the service sees anything
        DropAnswer,           // the service answers; the connection closes before the answer
        TruncateRequest,      // half the request body reaches the service, then the connection closes
        TruncateAnswer,       // the answer's head and half its body, then the connection closes
        DelayPastTimeout,     // held for delayMs(), then forwarded; the client has given up by then
        Answer413,            // nginx's "Request Entity Too Large" page; the service sees nothing
        Answer502,            // nginx's "Bad Gateway" page; the service sees nothing
        Answer502AfterCommit, // the service answers, nginx says 502 (its upstream read timed out)
        ResetMidRequest,      // half the request body reaches the service, then both sides are reset
        ResetMidAnswer,       // the answer's head and half its body, then the connection is reset
    };
    Q_ENUM(Fault)

    struct Request {
        int index = 0; // 0 for the first request the proxy received
        QByteArray method;
        QByteArray path; // with the query
        qsizetype bodySize = 0;
    };
    struct Event {
        Request request;
        Fault fault = Fault::Pass;
    };

    explicit FaultProxy(QObject* parent = nullptr);
    ~FaultProxy() override;

    // Listens on a free loopback port and forwards to the service on `upstreamPort`.
    bool listen(quint16 upstreamPort);
    // Where the service is now (a restarted service listens on another port).
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const;

    // The faults of the next requests, in order (appended to what is still scripted).
    void script(const QList<Fault>& faults) { m_script += faults; }
    // Picks the fault of every request once the script is used up.
    void setPlan(std::function<Fault(const Request&)> plan) { m_plan = std::move(plan); }
    // How long DelayPastTimeout holds a request (set it past the client's timeout).
    void setDelayMs(int ms) { m_delayMs = ms; }
    int delayMs() const { return m_delayMs; }
    // Like nginx's client_max_body_size: a larger request body gets the 413 page whatever the plan
    // says; 0 for no limit.
    void setBodyLimit(qsizetype bytes) { m_bodyLimit = bytes; }

    // Every request received, with the fault it got.
    const QList<Event>& events() const { return m_events; }
    int count(Fault fault) const;
    // Requests held or forwarded whose exchange with the service has not ended yet.
    int inFlight() const { return m_inFlight; }

    // The whole HTTP answer nginx sends for `status` (413 or 502): an HTML page, connection closed.
    static QByteArray nginxErrorAnswer(int status);

private:
    struct Client {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        bool busy = false; // a request of this connection is being handled
    };
    void acceptConnections();
    void readRequests(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const QByteArray& request, qsizetype headSize);
    // What the proxy does on the service's side once it has sent a request there.
    enum class SendThen { Await, Close, Reset };
    // Sends `bytes` to the service; calls `answered` with its whole answer, or with an empty one
    // when it could not be reached or closed without answering.
    void forward(const QByteArray& bytes, std::function<void(QByteArray)> answered, SendThen then);
    // Gives the client the service's answer, broken as `fault` says.
    void deliver(QTcpSocket* socket, const QByteArray& answer, Fault fault);
    // The connection is ready for its next request (or closed when the answer asked for that).
    void finishExchange(QTcpSocket* socket, bool keepAlive);
    Fault nextFault(const Request& request);

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    QHash<QTcpSocket*, Client> m_clients;
    QList<Fault> m_script;
    std::function<Fault(const Request&)> m_plan;
    QList<Event> m_events;
    int m_delayMs = 2000;
    qsizetype m_bodyLimit = 0;
    int m_inFlight = 0;
};

} // namespace dnd::test
