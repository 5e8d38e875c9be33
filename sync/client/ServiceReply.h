#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <functional>

class QNetworkReply;
class QObject;

namespace dnd::sync {

// What a finished reply brought, taken off the reply so that it can be read on another thread
// (a large answer is decoded away from the window's event loop).
struct ServiceAnswer {
    int status = 0;
    bool connectionBroke = false;
    QString errorString;
    QString reasonPhrase;
    QByteArray body;

    static ServiceAnswer take(QNetworkReply& reply);
};

// Reads an answer of the companion service: the "data" object of a successful envelope, or the
// error the envelope or the network gave. Errors worth retrying later (no answer, a timeout, the
// service overloaded or failing) carry "transient": true in their details.
Result<QJsonObject> readServiceAnswer(const ServiceAnswer& answer);
Result<QJsonObject> readServiceReply(QNetworkReply& reply);
// Calls `done` with the read answer once `reply` has finished, in `context`'s thread, and frees
// the reply.
void whenServiceAnswers(QNetworkReply* reply, QObject* context,
                        std::function<void(Result<QJsonObject>)> done);

inline bool isTransient(const Error& error)
{
    return error.details.value(QStringLiteral("transient")).toBool();
}

} // namespace dnd::sync
