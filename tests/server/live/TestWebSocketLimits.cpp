// The WebSocket endpoint's own limits against the real service: a frame or message larger than any
// the hub understands is refused as soon as its header arrives, one socket cannot flood the hub with
// messages, and a signed-in socket that stays silent is closed.
#include "ObservedWebSocket.h"
#include "ServerHarness.h"
#include "TestSupport.h"

#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QtEndian>
#include <memory>

using namespace dnd::test;

namespace {

constexpr int kIdleTimeoutMs = 600;
constexpr int kMessagesPerMinute = 50;

} // namespace

class TestWebSocketLimits final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStringList arguments = fastServiceArguments();
        // A long auth deadline, so only the limits under test can close a socket early.
        arguments << QStringLiteral("--ws-auth-timeout-ms") << QStringLiteral("30000")
                  << QStringLiteral("--ws-idle-timeout-ms") << QString::number(kIdleTimeoutMs)
                  << QStringLiteral("--ws-messages-per-minute") << QString::number(kMessagesPerMinute);
        m_server = std::make_unique<ServerProcess>(arguments);
        QVERIFY2(m_server->start(), m_server->errors().constData());
        m_http = std::make_unique<HttpClient>(m_server->baseUrl());
        m_account = registerTestAccount(*m_server, *m_http);
        QVERIFY(!m_account.accessToken.isEmpty());
    }

    void cleanupTestCase() { m_server.reset(); }

    // An anonymous client announces a 100 MB frame and trickles it: the service must close at the
    // frame's header, not buffer it until the auth deadline.
    void oversizedFrameIsRefusedAtItsHeader()
    {
        QTcpSocket tcp;
        tcp.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(tcp.waitForConnected(3000));
        tcp.write("GET /api/v1/ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n"
                  "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
        QByteArray handshake;
        while (!handshake.contains("\r\n\r\n") && tcp.waitForReadyRead(3000))
            handshake += tcp.readAll();
        QVERIFY2(handshake.startsWith("HTTP/1.1 101"), handshake.constData());

        QByteArray header;
        header.append(char(0x81));       // final text frame
        header.append(char(0x80 | 127)); // masked, 64-bit length follows
        QByteArray length(8, '\0');
        qToBigEndian<quint64>(100'000'000, length.data());
        header.append(length);
        header.append("\x01\x02\x03\x04", 4); // mask
        tcp.write(header);
        tcp.write(QByteArray(4096, 'x'));
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += tcp.readAll(), tcp.state() == QAbstractSocket::UnconnectedState ||
                                                               answer.contains(char(0x88))),
                                 5000);
        // If a close frame came, it says "too much data" (1009).
        const qsizetype close = answer.indexOf(char(0x88));
        if (close >= 0 && answer.size() >= close + 4)
            QCOMPARE(qFromBigEndian<quint16>(answer.constData() + close + 2), quint16(1009));
    }

    void oversizedMessageIsRefused()
    {
        ObservedWebSocket client(m_server->port());
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, 5000);
        client.socket.sendTextMessage(QString(200 * 1024, QLatin1Char('a')));
        QTRY_VERIFY_WITH_TIMEOUT(client.closed, 5000);
        QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodeTooMuchData));
    }

    void floodingSocketIsClosed()
    {
        ObservedWebSocket client(m_server->port());
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::ConnectedState, 5000);
        authenticate(client);
        for (int i = 0; i < kMessagesPerMinute * 2 && !client.closed; ++i)
            client.socket.sendTextMessage(QStringLiteral("{\"type\":\"ping\"}"));
        QTRY_VERIFY_WITH_TIMEOUT(client.closed, 5000);
        QCOMPARE(client.closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        // It was answered up to its budget (the auth message counts too), not beyond.
        QVERIFY(client.received.size() <= kMessagesPerMinute);
    }

    void silentSignedInSocketIsClosed()
    {
        ObservedWebSocket silent(m_server->port());
        ObservedWebSocket pinging(m_server->port());
        QTRY_COMPARE_WITH_TIMEOUT(silent.socket.state(), QAbstractSocket::ConnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(pinging.socket.state(), QAbstractSocket::ConnectedState, 5000);
        authenticate(silent);
        authenticate(pinging);
        // The pinging socket sends well inside the idle timeout until the silent one is closed.
        QTimer pings;
        pings.setInterval(kIdleTimeoutMs / 4);
        connect(&pings, &QTimer::timeout, &pinging.socket,
                [&] { pinging.socket.sendTextMessage(QStringLiteral("{\"type\":\"ping\"}")); });
        pings.start();
        QTRY_VERIFY_WITH_TIMEOUT(silent.closed, 10000);
        QCOMPARE(silent.closeCode, 4408);
        QVERIFY(!pinging.closed);
        pings.stop();
        pinging.socket.close();
    }

private:
    void authenticate(ObservedWebSocket& client)
    {
        client.socket.sendTextMessage(
            QStringLiteral("{\"type\":\"auth\",\"token\":\"%1\"}").arg(m_account.accessToken));
        QTRY_VERIFY_WITH_TIMEOUT(!client.received.isEmpty(), 5000);
        QVERIFY2(client.received.first().contains(QStringLiteral("auth:ok")),
                 qPrintable(client.received.first()));
    }

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    TestAccount m_account;
};

QTEST_GUILESS_MAIN(TestWebSocketLimits)
#include "TestWebSocketLimits.moc"
