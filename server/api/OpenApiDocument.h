#pragma once

#include "http/Router.h"

#include <QJsonObject>
#include <QString>

namespace dnd::server {

// The service's OpenAPI 3.1 document, generated from the route table that answers requests, so
// no route can be left out. What a route table cannot know (request and answer examples, query
// parameters, the errors an endpoint answers with) comes from `api/openapi-examples.json`, compiled
// in: the examples there were taken from the service's real answers, and each operation's schemas
// are derived from its examples (every member an example shows is required, with its type).
// TestOpenApiDocument checks that every operation has them and that the service still answers as
// they say.
class OpenApiDocument {
public:
    static QJsonObject build(const Router& router, const QString& publicUrl);
    // The JSON Schema an example value has: objects with their members required and typed, arrays
    // of what their items share, numbers as "number". A null says nothing about the type.
    static QJsonObject schemaOf(const QJsonValue& example);
    // What two schemas of schemaOf() share: the members both require, each of a type both agree on.
    static QJsonObject common(const QJsonObject& a, const QJsonObject& b);
};

} // namespace dnd::server
