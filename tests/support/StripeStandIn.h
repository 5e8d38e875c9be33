#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrlQuery>

namespace dnd::test {

// A local stand-in for Stripe's REST API: records each request (path, headers, form fields) and
// answers what Stripe would for customers (id "cus_" + the first 8 characters of the user id), checkout
// sessions and portal sessions.
class StripeStandIn : public QTcpServer {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        QList<QPair<QString, QString>> form() const;
    };
    explicit StripeStandIn(QObject* parent = nullptr);
    QList<Request> requests;
    int failWithStatus = 0; // answer every request with this error status when set

private:
    void serve(QTcpSocket* socket);
};

// The Stripe-Signature header Stripe sends with a webhook `payload` signed now with `secret`:
// "t=<seconds>,v1=<hex HMAC-SHA256 of "t.payload">".
QByteArray stripeSignature(const QByteArray& payload, const QByteArray& secret);

} // namespace dnd::test
