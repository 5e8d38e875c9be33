#include "web/ApiDocsPage.h"

#include "api/OpenApiDocument.h"
#include "web/WebPage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>

namespace dnd::server {

namespace {
using web::escape;

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QString pretty(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

// Who may call an operation, in words.
QString callerOf(const QJsonObject& operation)
{
    const QString scope = operation.value(s("x-token-scope")).toString();
    if (scope.isEmpty())
        return s("Anyone; no token.");
    QString who = operation.value(s("x-required-role")).toString() == QLatin1String("admin")
                      ? s("An administrator's signed-in session")
                      : s("A signed-in session");
    if (scope == QLatin1String("session"))
        return who + s("; no API token.");
    return who + s(", or an API token with the <span class=\"scope\">%1</span> scope.").arg(escape(scope));
}

QString parametersOf(const QJsonObject& operation)
{
    const QJsonArray parameters = operation.value(s("parameters")).toArray();
    if (parameters.isEmpty())
        return {};
    QString rows;
    for (const QJsonValue& value : parameters) {
        const QJsonObject parameter = value.toObject();
        rows += s("<tr><td><code>%1</code></td><td>%2%3</td><td>%4</td></tr>")
                    .arg(escape(parameter.value(s("name")).toString()),
                         escape(parameter.value(s("in")).toString()),
                         parameter.value(s("required")).toBool() ? s(", required") : QString(),
                         escape(parameter.value(s("description")).toString()));
    }
    return s("<h3>Parameters</h3><table><tr><th>name</th><th>in</th><th>meaning</th></tr>%1</table>")
        .arg(rows);
}

// Each media type's example, or its named examples one after the other.
QString examplesOf(const QJsonObject& content)
{
    QString html;
    for (auto media = content.begin(); media != content.end(); ++media) {
        const QJsonObject type = media.value().toObject();
        if (type.contains(s("example")))
            html += s("<pre>%1</pre>").arg(escape(pretty(type.value(s("example")))));
        const QJsonObject named = type.value(s("examples")).toObject();
        for (auto example = named.begin(); example != named.end(); ++example)
            html += s("<pre>%1</pre>").arg(escape(pretty(example.value().toObject().value(s("value")))));
    }
    return html;
}

QString operationHtml(const QString& method, const QString& path, const QJsonObject& operation)
{
    QString html =
        s("<details id=\"%1\"><summary><span class=\"method\">%2</span><span class=\"path\">%3</span>"
          "<span class=\"what\">%4</span></summary>")
            .arg(escape(operation.value(s("operationId")).toString()), escape(method.toUpper()), escape(path),
                 escape(operation.value(s("summary")).toString()));
    html += s("<p class=\"muted\">%1</p>").arg(callerOf(operation));
    html += parametersOf(operation);
    const QJsonObject body = operation.value(s("requestBody")).toObject().value(s("content")).toObject();
    if (!body.isEmpty())
        html += s("<h3>Request</h3>") + examplesOf(body);
    const QJsonObject responses = operation.value(s("responses")).toObject();
    for (auto response = responses.begin(); response != responses.end(); ++response) {
        const QJsonObject answer = response.value().toObject();
        html += s("<h3>%1 %2</h3>")
                    .arg(escape(response.key()), escape(answer.value(s("description")).toString()));
        html += examplesOf(answer.value(s("content")).toObject());
    }
    return html + s("</details>");
}
} // namespace

void ApiDocsPage::registerRoutes(Router& router)
{
    router.add(s("GET"), s("/api/docs"), Access::Public, RateClass::Standard,
               s("This API reference as a readable page"), s("pages"),
               [this](ApiRequest&) { return page(); });
}

ApiReply ApiDocsPage::page()
{
    if (m_html.isEmpty()) {
        const QJsonObject document = OpenApiDocument::build(m_router, m_ctx.config.publicUrl);
        // Tag -> the operations under it, in path order.
        std::map<QString, QString> sections;
        const QJsonObject paths = document.value(s("paths")).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject methods = path.value().toObject();
            for (auto method = methods.begin(); method != methods.end(); ++method) {
                const QJsonObject operation = method.value().toObject();
                sections[operation.value(s("tags")).toArray().first().toString()] +=
                    operationHtml(method.key(), path.key(), operation);
            }
        }
        QString body = s("<div class=\"reference\">");
        body += web::paragraph(s("Every endpoint of this service with who may call it, its parameters and "
                                 "examples of its requests and answers. The same, machine-readable: "));
        body += s("<p><a href=\"/api/v1/openapi.json\">/api/v1/openapi.json</a> (OpenAPI 3.1). Send "
                  "<code>Authorization: Bearer</code> with a session's access token or a personal API token "
                  "(<code>dnd_pat_…</code>, made in the application under Account &gt; API tokens); a token "
                  "reaches what its scopes name: <b>read</b>, <b>write</b>, <b>live</b>.</p>");
        body += s("<nav><ul>");
        for (const auto& [tag, operations] : sections)
            body += s("<li><a href=\"#tag-%1\">%1</a></li>").arg(escape(tag));
        body += s("</ul></nav>");
        for (const auto& [tag, operations] : sections)
            body += s("<h2 id=\"tag-%1\">%1</h2>").arg(escape(tag)) + operations;
        body += s("</div>");
        web::WebPage page{s("API reference"), body, web::WebPage::Tone::Neutral, {}, {}};
        page.wide = true;
        m_html = page.html();
        m_policy = page.contentSecurityPolicy();
    }
    return ApiReply::raw(200, m_html, "text/html; charset=utf-8")
        .withHeader("Content-Security-Policy", m_policy);
}

} // namespace dnd::server
