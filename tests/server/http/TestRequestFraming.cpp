// The connection guard frames requests exactly as Qt's HTTP parser does, or refuses them: raw bytes
// sent to the real service on loopback, where the guard and the parser could otherwise split the
// stream differently and leave a connection the guard no longer watches.
#include "ServerHarness.h"
#include "TestSupport.h"

#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <memory>

using namespace dnd::test;

namespace {

// How many HTTP status lines an answer holds (answers to pipelined requests follow each other).
int statusLineCount(const QByteArray& answer)
{
    return int(answer.count("HTTP/1.1 "));
}

} // namespace

class TestRequestFraming final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStringList arguments = fastServiceArguments();
        arguments << QStringLiteral("--request-timeout-ms") << QStringLiteral("1000");
        m_server = std::make_unique<ServerProcess>(arguments);
        QVERIFY2(m_server->start(), m_server->errors().constData());
    }

    void cleanupTestCase() { m_server.reset(); }

    // An Upgrade header without "Connection: upgrade" is an ordinary request to Qt's parser. The
    // guard used to step aside for it, after which a body of any size streamed into the process.
    void upgradeHeaderAloneKeepsTheGuardWatching()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(3000));
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(3000))
            answer += socket.readAll();
        QCOMPARE(rawStatus(answer), 200);
        // The same connection, still watched: an oversized body is refused before it is read.
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "Content-Length: 8000000000\r\n\r\n{");
        answer.clear();
        while (socket.waitForReadyRead(3000))
            answer += socket.readAll();
        QVERIFY2(rawStatus(answer) == 413 && answer.contains("PAYLOAD_TOO_LARGE"), answer.constData());
    }

    // Both headers on anything but a WebSocket handshake would make Qt try an upgrade the guard does
    // not follow: refused.
    void upgradeThatIsNotAWebSocketHandshakeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("POST") << QByteArray("POST /api/v1/ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\n"
                                            "Upgrade: websocket\r\nContent-Length: 2\r\n\r\n{}");
        QTest::newRow("other protocol") << QByteArray("GET /api/v1/ws HTTP/1.1\r\nHost: x\r\n"
                                                      "Connection: upgrade\r\nUpgrade: h2c\r\n\r\n");
        QTest::newRow("CONNECT") << QByteArray(
            "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com\r\n\r\n");
    }
    void upgradeThatIsNotAWebSocketHandshakeIsRefused()
    {
        QFETCH(QByteArray, request);
        const QByteArray answer = rawExchange(m_server->port(), request);
        QVERIFY2(rawStatus(answer) == 400 || rawStatus(answer) == 405, answer.constData());
        QCOMPARE(statusLineCount(answer), 1);
    }

    void framingTheParserWouldReadDifferentlyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        // The guard kept the last length and Qt the first: the guard would count a different body.
        QTest::newRow("two lengths") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                   "Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}")
                                     << 400;
        QTest::newRow("same length twice") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                         "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}")
                                           << 400;
        QTest::newRow("signed length") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                     "Content-Length: +2\r\n\r\n{}")
                                       << 400;
        // "identity" was taken as no transfer coding by the guard, not by the parser.
        QTest::newRow("identity coding")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                          "Transfer-Encoding: identity\r\nContent-Length: 2\r\n\r\n{}")
            << 411;
        QTest::newRow("gzip coding") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                   "Transfer-Encoding: gzip\r\n\r\n{}")
                                     << 411;
        QTest::newRow("folded header") << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Note: a\r\n"
                                                     " folded\r\n\r\n")
                                       << 400;
        QTest::newRow("space before colon") << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                          "Content-Length : 2\r\n\r\n{}")
                                            << 400;
        // Qt's parser accepts bare line feeds; the guard waited for CR LF CR LF that never came.
        QTest::newRow("bare LF") << QByteArray("GET /healthz HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("bare LF in one header")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\nX-A: b\r\n\r\n") << 400;
    }
    void framingTheParserWouldReadDifferentlyIsRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const QByteArray answer = rawExchange(m_server->port(), request);
        QVERIFY2(rawStatus(answer) == status, answer.constData());
        QCOMPARE(statusLineCount(answer), 1);
    }

    // What stays accepted: a real WebSocket handshake (any letter case in the tokens) and ordinary
    // requests with several Connection tokens.
    void wellFormedRequestsStillWork()
    {
        QByteArray answer = rawExchange(m_server->port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n"
                                                          "Connection: keep-alive, close\r\n\r\n");
        QCOMPARE(rawStatus(answer), 200);
        answer = rawExchange(m_server->port(),
                             "GET /api/v1/ws HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, "
                             "Upgrade\r\nUpgrade: WebSocket\r\nSec-WebSocket-Version: 13\r\n"
                             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n",
                             1500);
        QVERIFY2(answer.startsWith("HTTP/1.1 101"), answer.constData());

        QWebSocket socket;
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(m_server->port())));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
        socket.close();
    }

private:
    std::unique_ptr<ServerProcess> m_server;
};

QTEST_GUILESS_MAIN(TestRequestFraming)
#include "TestRequestFraming.moc"
