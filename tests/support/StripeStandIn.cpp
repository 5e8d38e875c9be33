#include "StripeStandIn.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QUrl>

namespace dnd::test {

QList<QPair<QString, QString>> StripeStandIn::Request::form() const
{
    QList<QPair<QString, QString>> fields;
    for (const QByteArray& pair : body.split('&')) {
        const int equals = int(pair.indexOf('='));
        fields.append({QUrl::fromPercentEncoding(pair.left(equals)),
                       QUrl::fromPercentEncoding(QByteArray(pair.mid(equals + 1)).replace('+', ' '))});
    }
    return fields;
}

StripeStandIn::StripeStandIn(QObject* parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = nextPendingConnection()) {
            auto* buffer = new QByteArray;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const int end = int(buffer->indexOf("\r\n\r\n"));
                if (end < 0)
                    return;
                Request request;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.path = first.value(1);
                for (int i = 1; i < lines.size(); ++i) {
                    const int colon = int(lines[i].indexOf(':'));
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                           lines[i].mid(colon + 1).trimmed());
                }
                const int length = request.headers.value("content-length").toInt();
                if (buffer->size() < end + 4 + length)
                    return;
                request.body = buffer->mid(end + 4, length);
                requests.append(request);
                QJsonObject answer;
                int status = 200;
                if (failWithStatus) {
                    status = failWithStatus;
                    answer = QJsonObject{
                        {QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("message"), QStringLiteral("No such price")}}}};
                } else if (request.path == "/v1/customers") {
                    // One customer per user: "cus_" + the first 8 characters of metadata[user_id].
                    QString user;
                    for (const auto& [name, value] : request.form()) {
                        if (name == QStringLiteral("metadata[user_id]"))
                            user = value;
                    }
                    answer = QJsonObject{{QStringLiteral("id"), QStringLiteral("cus_") + user.left(8)},
                                         {QStringLiteral("object"), QStringLiteral("customer")}};
                } else if (request.path == "/v1/checkout/sessions") {
                    answer = QJsonObject{{QStringLiteral("id"), QStringLiteral("cs_test_1")},
                                         {QStringLiteral("url"),
                                          QStringLiteral("https://checkout.stripe.test/c/pay/cs_test_1")}};
                } else if (request.path == "/v1/billing_portal/sessions") {
                    answer = QJsonObject{
                        {QStringLiteral("id"), QStringLiteral("bps_1")},
                        {QStringLiteral("url"), QStringLiteral("https://billing.stripe.test/p/session/1")}};
                } else {
                    status = 404;
                }
                const QByteArray body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
                socket->write("HTTP/1.1 " + QByteArray::number(status) +
                              " X\r\nContent-Type: application/json\r\nContent-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
                buffer->clear();
            });
            connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
        }
    });
}

QByteArray stripeSignature(const QByteArray& payload, const QByteArray& secret)
{
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray mac =
        QMessageAuthenticationCode::hash(timestamp + '.' + payload, secret, QCryptographicHash::Sha256)
            .toHex();
    return "t=" + timestamp + ",v1=" + mac;
}

} // namespace dnd::test
