#include "api/OpenApiDocument.h"

#include "ApiErrorCodes.h"
#include "auth/ApiTokens.h"
#include "http/ApiEnvelope.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <map>

namespace dnd::server {

namespace {
// The time every example's envelope shows (a real answer has the time it was made).
const QString kExampleTime = QStringLiteral("2026-12-02T15:42:45.406Z");
const QString kJson = QStringLiteral("application/json");

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QJsonObject& examplesFile()
{
    static const QJsonObject examples = [] {
        QFile file(QStringLiteral(":/api/openapi-examples.json"));
        file.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return examples;
}

QJsonObject ref(const QString& schema)
{
    return QJsonObject{{s("$ref"), s("#/components/schemas/") + schema}};
}

QJsonObject metaExample()
{
    return QJsonObject{{s("timestamp"), kExampleTime}, {s("version"), QLatin1String(envelope::kApiVersion)}};
}

QJsonObject successEnvelope(const QJsonValue& data)
{
    return QJsonObject{{s("success"), true}, {s("data"), data}, {s("meta"), metaExample()}};
}

QJsonObject errorEnvelope(const QString& code, const QJsonObject& error)
{
    QJsonObject body{{s("code"), code}, {s("message"), error.value(s("message"))}};
    if (error.contains(s("details")))
        body.insert(s("details"), error.value(s("details")));
    return QJsonObject{{s("success"), false}, {s("error"), body}, {s("meta"), metaExample()}};
}

QJsonObject mediaType(const QJsonObject& schema, const QJsonValue& example)
{
    return QJsonObject{{s("schema"), schema}, {s("example"), example}};
}

// The success answer: the envelope around data, a bare JSON body, or text (pages, metrics).
QJsonObject successResponse(const QJsonObject& described)
{
    QJsonObject content;
    if (described.contains(s("data"))) {
        const QJsonValue data = described.value(s("data"));
        const QJsonObject schema{
            {s("type"), s("object")},
            {s("required"), QJsonArray{s("success"), s("data"), s("meta")}},
            {s("properties"), QJsonObject{{s("success"), QJsonObject{{s("const"), true}}},
                                          {s("data"), OpenApiDocument::schemaOf(data)},
                                          {s("meta"), ref(s("Meta"))}}}};
        content.insert(kJson, mediaType(schema, successEnvelope(data)));
    } else if (described.contains(s("body"))) {
        const QJsonValue body = described.value(s("body"));
        content.insert(kJson, mediaType(OpenApiDocument::schemaOf(body), body));
    } else if (described.contains(s("example"))) {
        content.insert(described.value(s("contentType")).toString(),
                       mediaType(QJsonObject{{s("type"), s("string")}}, described.value(s("example"))));
    }
    QJsonObject response{{s("description"), QString::fromLatin1(envelope::reasonPhrase(
                                                described.value(s("status")).toInt(200)))}};
    if (!content.isEmpty())
        response.insert(s("content"), content);
    return response;
}

// The errors an operation answers with: those every route of its kind can get, then its own.
std::map<QString, QJsonObject> errorsOf(const Route& route, const QJsonObject& described)
{
    const QJsonObject common = examplesFile().value(s("commonErrors")).toObject();
    std::map<QString, QJsonObject> errors;
    const auto add = [&](const QString& code) { errors[code] = common.value(code).toObject(); };
    if (route.access != Access::Public) {
        add(api::kUnauthorized);
        add(route.requiredTokenScope() == TokenScope::SessionOnly ? api::kSessionRequired
                                                                  : api::kInsufficientScope);
    }
    if (route.access == Access::Admin)
        add(api::kForbidden);
    if (route.pattern.startsWith(QLatin1String("/api/")) && route.pattern.contains(QLatin1Char(':')))
        add(api::kNotFound);
    if (route.rate != RateClass::Unlimited)
        add(api::kRateLimited);
    const QJsonObject own = described.value(s("errors")).toObject();
    for (auto it = own.begin(); it != own.end(); ++it)
        errors[it.key()] = it.value().toObject();
    return errors;
}

void addErrorResponses(QJsonObject& responses, const std::map<QString, QJsonObject>& errors)
{
    std::map<int, QJsonObject> byStatus; // status -> named examples
    for (const auto& [code, error] : errors)
        byStatus[envelope::statusForCode(code).value_or(500)].insert(
            code, QJsonObject{{s("summary"), code}, {s("value"), errorEnvelope(code, error)}});
    for (const auto& [status, examples] : byStatus) {
        responses.insert(
            QString::number(status),
            QJsonObject{{s("description"), QStringList(examples.keys()).join(s(", "))},
                        {s("content"), QJsonObject{{kJson, QJsonObject{{s("schema"), ref(s("ErrorEnvelope"))},
                                                                       {s("examples"), examples}}}}}});
    }
}

QJsonArray parametersOf(const Route& route, const QJsonObject& described, QString* path)
{
    QJsonArray parameters;
    *path = route.pattern;
    for (const QString& segment : route.segments) {
        if (!segment.startsWith(QLatin1Char(':')))
            continue;
        const QString name = segment.mid(1);
        path->replace(segment, QLatin1Char('{') + name + QLatin1Char('}'));
        parameters.append(QJsonObject{{s("name"), name},
                                      {s("in"), s("path")},
                                      {s("required"), true},
                                      {s("schema"), QJsonObject{{s("type"), s("string")}}},
                                      {s("example"), s("5d0e3c1a-8f7b-4e26-9a41-2b6c7d8e9f10")}});
    }
    for (const QJsonValue& query : described.value(s("query")).toArray()) {
        const QJsonObject q = query.toObject();
        parameters.append(QJsonObject{{s("name"), q.value(s("name"))},
                                      {s("in"), s("query")},
                                      {s("required"), q.value(s("required")).toBool()},
                                      {s("description"), q.value(s("description"))},
                                      {s("schema"), QJsonObject{{s("type"), s("string")}}},
                                      {s("example"), q.value(s("example"))}});
    }
    return parameters;
}

QJsonObject requestBodyOf(const QJsonObject& described)
{
    const QJsonValue example = described.value(s("request"));
    const QString contentType = described.value(s("requestContentType")).toString(kJson);
    QJsonObject schema =
        example.isString() ? QJsonObject{{s("type"), s("string")}} : OpenApiDocument::schemaOf(example);
    // What a request must send is said where it is known; the rest of the example is optional.
    schema.insert(s("required"), described.value(s("requestRequired")).toArray());
    if (schema.value(s("required")).toArray().isEmpty())
        schema.remove(s("required"));
    const bool empty = example.isObject() && example.toObject().isEmpty();
    return QJsonObject{{s("required"), !empty},
                       {s("content"), QJsonObject{{contentType, mediaType(schema, example)}}}};
}

QJsonArray securityOf(TokenScope scope)
{
    QJsonArray security{QJsonObject{{s("sessionToken"), QJsonArray()}}};
    if (scope != TokenScope::SessionOnly)
        security.append(QJsonObject{{s("apiToken"), QJsonArray{apitokens::scopeName(scope)}}});
    return security;
}

QString operationId(const QString& method, const QString& pattern)
{
    QString id = method.toLower();
    static const QRegularExpression word(QStringLiteral("[A-Za-z0-9]+"));
    for (auto match = word.globalMatch(QString(pattern).remove(s("/api/v1"))); match.hasNext();) {
        const QString part = match.next().captured();
        id += part.left(1).toUpper() + part.mid(1);
    }
    return id;
}

QJsonObject operationOf(const Route& route, QString* path)
{
    const QJsonObject described = examplesFile()
                                      .value(s("operations"))
                                      .toObject()
                                      .value(route.method + QLatin1Char(' ') + route.pattern)
                                      .toObject();
    QJsonObject operation{{s("summary"), route.summary},
                          {s("operationId"), operationId(route.method, route.pattern)},
                          {s("tags"), QJsonArray{route.tag}}};
    const QJsonArray parameters = parametersOf(route, described, path);
    if (!parameters.isEmpty())
        operation.insert(s("parameters"), parameters);
    if (route.access != Access::Public) {
        operation.insert(s("security"), securityOf(route.requiredTokenScope()));
        operation.insert(s("x-token-scope"), apitokens::scopeName(route.requiredTokenScope()));
    }
    if (route.access == Access::Admin)
        operation.insert(s("x-required-role"), s("admin"));
    if (described.contains(s("request")))
        operation.insert(s("requestBody"), requestBodyOf(described));
    QJsonObject responses;
    if (described.contains(s("response"))) {
        const QJsonObject success = described.value(s("response")).toObject();
        responses.insert(QString::number(success.value(s("status")).toInt(200)), successResponse(success));
    }
    addErrorResponses(responses, errorsOf(route, described));
    const QJsonObject pages = described.value(s("pages")).toObject();
    for (auto it = pages.begin(); it != pages.end(); ++it)
        responses.insert(
            it.key(),
            QJsonObject{
                {s("description"), it.value()},
                {s("content"), QJsonObject{{s("text/html"),
                                            mediaType(QJsonObject{{s("type"), s("string")}},
                                                      s("<!DOCTYPE html>\n<html lang=\"en\">…</html>"))}}}});
    const QJsonObject others = described.value(s("otherResponses")).toObject();
    for (auto it = others.begin(); it != others.end(); ++it)
        responses.insert(
            it.key(),
            QJsonObject{{s("description"), QString::fromLatin1(envelope::reasonPhrase(it.key().toInt()))},
                        {s("content"), QJsonObject{{kJson, mediaType(OpenApiDocument::schemaOf(it.value()),
                                                                     it.value())}}}});
    operation.insert(s("responses"), responses);
    return operation;
}

// The WebSocket is answered outside the route table (Qt upgrades it); it is described here.
QJsonObject webSocketOperation()
{
    Route socket;
    socket.method = s("GET");
    socket.pattern = s("/api/v1/ws");
    socket.access = Access::Public;
    socket.rate = RateClass::Unlimited;
    socket.summary = s("WebSocket: {\"type\":\"auth\",\"token\"} (a session's access token or an API token "
                       "with the live scope) or {\"type\":\"watch\",\"shareCode\"}, then live events");
    socket.tag = s("live");
    QString path;
    QJsonObject operation = operationOf(socket, &path);
    operation.insert(s("security"), securityOf(TokenScope::Live));
    operation.insert(s("x-token-scope"), apitokens::scopeName(TokenScope::Live));
    QJsonObject responses = operation.value(s("responses")).toObject();
    responses.insert(s("101"), QJsonObject{{s("description"), s("Switching protocols")}});
    operation.insert(s("responses"), responses);
    return operation;
}

QJsonObject components()
{
    const QJsonObject text{{s("type"), s("string")}};
    const QJsonObject meta{
        {s("type"), s("object")},
        {s("required"), QJsonArray{s("timestamp"), s("version")}},
        {s("properties"),
         QJsonObject{{s("timestamp"), QJsonObject{{s("type"), s("string")}, {s("format"), s("date-time")}}},
                     {s("version"), text}}}};
    const QJsonObject error{
        {s("type"), s("object")},
        {s("required"), QJsonArray{s("code"), s("message")}},
        {s("properties"),
         QJsonObject{
             {s("code"), QJsonObject{{s("type"), s("string")},
                                     {s("enum"), QJsonArray::fromStringList(api::allApiErrorCodes())}}},
             {s("message"), text},
             {s("details"), QJsonObject{{s("type"), s("object")}}}}}};
    const QJsonObject errorEnvelopeSchema{
        {s("type"), s("object")},
        {s("required"), QJsonArray{s("success"), s("error"), s("meta")}},
        {s("properties"), QJsonObject{{s("success"), QJsonObject{{s("const"), false}}},
                                      {s("error"), ref(s("Error"))},
                                      {s("meta"), ref(s("Meta"))}}}};
    const QJsonObject session{
        {s("type"), s("http")},
        {s("scheme"), s("bearer")},
        {s("bearerFormat"), s("JWT")},
        {s("description"), s("The access token of a signed-in session (POST /api/v1/auth/login), "
                             "15 minutes.")}};
    const QJsonObject apiToken{
        {s("type"), s("http")},
        {s("scheme"), s("bearer")},
        {s("bearerFormat"), s("dnd_pat_...")},
        {s("description"),
         s("A personal API token (POST /api/v1/users/me/api-tokens). The roles an operation's "
           "security requirement lists are the scopes it needs: read, write or live. Account "
           "management and administration take no API token.")}};
    return QJsonObject{
        {s("schemas"),
         QJsonObject{{s("Meta"), meta}, {s("Error"), error}, {s("ErrorEnvelope"), errorEnvelopeSchema}}},
        {s("securitySchemes"), QJsonObject{{s("sessionToken"), session}, {s("apiToken"), apiToken}}}};
}
} // namespace

QJsonObject OpenApiDocument::schemaOf(const QJsonValue& example)
{
    switch (example.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = example.toObject();
        // Members that are null until set (an expiry, a last use), whatever the example shows.
        static const QJsonArray nullable = examplesFile().value(s("nullableMembers")).toArray();
        QJsonObject properties;
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonObject member = schemaOf(it.value());
            if (nullable.contains(it.key()) && member.contains(s("type")))
                member.insert(s("type"), QJsonArray{member.value(s("type")), s("null")});
            properties.insert(it.key(), member);
        }
        QJsonObject schema{{s("type"), s("object")}, {s("properties"), properties}};
        if (!object.isEmpty())
            schema.insert(s("required"), QJsonArray::fromStringList(object.keys()));
        return schema;
    }
    case QJsonValue::Array: {
        // Items differ (plans with and without a limit, sync rows of several kinds): what all of
        // them share.
        const QJsonArray array = example.toArray();
        QJsonObject items = array.isEmpty() ? QJsonObject() : schemaOf(array.first());
        for (qsizetype i = 1; i < array.size(); ++i)
            items = common(items, schemaOf(array.at(i)));
        return QJsonObject{{s("type"), s("array")}, {s("items"), items}};
    }
    case QJsonValue::String:
        return QJsonObject{{s("type"), s("string")}};
    case QJsonValue::Double:
        // Never "integer": a price or a measure that is whole in the example need not be.
        return QJsonObject{{s("type"), s("number")}};
    case QJsonValue::Bool:
        return QJsonObject{{s("type"), s("boolean")}};
    default:
        return QJsonObject{}; // null: set or not, the example cannot tell the type
    }
}

QJsonObject OpenApiDocument::common(const QJsonObject& a, const QJsonObject& b)
{
    if (a.value(s("type")) != b.value(s("type")) || a.isEmpty() || b.isEmpty())
        return QJsonObject{};
    if (a.value(s("type")) == QLatin1String("array"))
        return QJsonObject{
            {s("type"), s("array")},
            {s("items"), common(a.value(s("items")).toObject(), b.value(s("items")).toObject())}};
    if (a.value(s("type")) != QLatin1String("object"))
        return a;
    const QJsonObject left = a.value(s("properties")).toObject();
    const QJsonObject right = b.value(s("properties")).toObject();
    QJsonObject properties = left;
    QJsonArray required;
    for (auto it = right.begin(); it != right.end(); ++it) {
        if (!left.contains(it.key())) {
            properties.insert(it.key(), it.value());
            continue;
        }
        properties.insert(it.key(), common(left.value(it.key()).toObject(), it.value().toObject()));
        if (a.value(s("required")).toArray().contains(it.key()) &&
            b.value(s("required")).toArray().contains(it.key()))
            required.append(it.key());
    }
    QJsonObject schema{{s("type"), s("object")}, {s("properties"), properties}};
    if (!required.isEmpty())
        schema.insert(s("required"), required);
    return schema;
}

QJsonObject OpenApiDocument::build(const Router& router, const QString& publicUrl)
{
    QJsonObject paths;
    for (const Route& route : router.routes()) {
        QString path;
        const QJsonObject operation = operationOf(route, &path);
        QJsonObject item = paths.value(path).toObject();
        item.insert(route.method.toLower(), operation);
        paths.insert(path, item);
    }
    paths.insert(s("/api/v1/ws"), QJsonObject{{s("get"), webSocketOperation()}});
    QJsonArray tags;
    QStringList seen;
    for (const Route& route : router.routes()) {
        if (!seen.contains(route.tag))
            seen.append(route.tag);
    }
    seen.append(s("live"));
    for (const QString& tag : std::as_const(seen))
        tags.append(QJsonObject{{s("name"), tag}});
    return QJsonObject{
        {s("openapi"), s("3.1.0")},
        {s("info"),
         QJsonObject{{s("title"), s("D&D Encounter Tracker service")},
                     {s("version"), QLatin1String(envelope::kApiVersion)},
                     {s("description"), s("REST under /api/v1 in one JSON envelope, a WebSocket for live "
                                          "events, and the service's own pages. Sign in for a session, or "
                                          "send a personal API token with the scopes an operation lists.")}}},
        {s("servers"), QJsonArray{QJsonObject{{s("url"), publicUrl}}}},
        {s("tags"), tags},
        {s("components"), components()},
        {s("paths"), paths}};
}

} // namespace dnd::server
