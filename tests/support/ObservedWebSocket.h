#pragma once

// Header-only: tests that use it link Qt6::WebSockets themselves.
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

namespace dnd::test {

// A WebSocket to the service's /api/v1/ws that keeps what it received and how it was closed.
struct ObservedWebSocket {
    QWebSocket socket;
    QList<QString> received;
    int closeCode = -1;
    bool closed = false;

    explicit ObservedWebSocket(quint16 port)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString& text) { received.append(text); });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] {
            closed = true;
            closeCode = socket.closeCode();
        });
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(port)));
    }

    bool waitConnected(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                               timeoutMs);
    }

    // Sends the auth message and waits for the answer; true when it was auth:ok.
    bool authenticate(const QString& accessToken, int timeoutMs = 5000)
    {
        const qsizetype before = received.size();
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                                        {QStringLiteral("token"), accessToken}})
                                  .toJson(QJsonDocument::Compact)));
        if (!QTest::qWaitFor([&] { return received.size() > before || closed; }, timeoutMs))
            return false;
        return received.size() > before && received.at(before).contains(QStringLiteral("\"auth:ok\""));
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return closed; }, timeoutMs);
    }
};

} // namespace dnd::test
