#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <functional>
#include <optional>

namespace dnd::server {

// A personal API token a request came with: which one (for revocation) and what it may do.
struct ApiTokenGrant {
    QString id;
    QStringList scopes;   // of "read", "write", "live"
    qint64 expiresAt = 0; // seconds since the epoch; 0 = never
};

// The signed-in caller of a request, as the database knows them now (not only as the token says).
struct AuthUser {
    QString id;
    QString email;
    QString username;
    QString tier;
    QString role;
    bool emailVerified = false;
    qint64 sessionGeneration = 0;          // tokens issued under another generation are refused
    std::optional<ApiTokenGrant> apiToken; // set when the caller came with an API token, not a session

    bool isAdmin() const { return role == QStringLiteral("admin"); }
};

// One request, copied out of the HTTP server so it can outlive the handler call (slow work
// finishes later on the server thread).
struct ApiRequest {
    QString id;     // in the log and the X-Request-Id header
    QString method; // "GET", "POST" ...
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString clientIp;
    QStringList params; // values of the route's :placeholders, in order
    std::optional<AuthUser> user;
    QElapsedTimer timer;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    QString param(int index) const { return params.value(index); }
    QString cookie(const QString& name) const;
    // The body as a JSON object, or a VALIDATION_ERROR saying why it is not one.
    Result<QJsonObject> jsonObject() const;
};

// One answer: status, envelope body and extra headers.
struct ApiReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QString errorCode;
    // What went wrong inside the service, for the log only (the client sees the message).
    QString logDetail;

    static ApiReply ok(const QJsonValue& data, int status = 200);
    static ApiReply error(const QString& code, const QString& message, const QVariantMap& details = {});
    // The error as the client should see it; a storage or internal error (DATABASE, UNAVAILABLE,
    // INTERNAL) becomes internal(): its text may quote SQL and stays in the log.
    static ApiReply fromError(const Error& error);
    // INTERNAL with a sentence for the client; the error itself goes to the log.
    static ApiReply internal(const Error& error);
    static ApiReply raw(int status, QByteArray body, QByteArray contentType);
    static ApiReply okRaw(const QByteArray& dataJson);
    ApiReply& withHeader(const QByteArray& name, const QByteArray& value);
};

// Completes a request; may be called later, from the server thread, at most once.
using Respond = std::function<void(ApiReply)>;

// Page and limit of a list request (?page=1&limit=20), with the contract's bounds.
struct PageRequest {
    int page = 1;
    int limit = 20;
    int offset() const { return (page - 1) * limit; }
    static Result<PageRequest> from(const QUrlQuery& query);
};
QJsonObject paginated(const QJsonArray& items, const PageRequest& page, qint64 total);
// The same list answer around items that are already a serialised JSON array.
QByteArray paginatedRaw(const QByteArray& itemsJson, const PageRequest& page, qint64 total);

} // namespace dnd::server
