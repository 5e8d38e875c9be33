#include "web/WebPage.h"

#include <QCryptographicHash>
#include <QFile>

namespace dnd::server::web {

namespace {
QByteArray cspHash(const QByteArray& content)
{
    return "'sha256-" + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toBase64() + "'";
}
const char* toneClass(WebPage::Tone tone)
{
    switch (tone) {
    case WebPage::Tone::Success:
        return "card status-ok";
    case WebPage::Tone::Failure:
        return "card status-error";
    case WebPage::Tone::Neutral:
        break;
    }
    return "card";
}
} // namespace

const QByteArray& stylesheet()
{
    // Read once from the resource compiled into the service.
    static const QByteArray css = [] {
        QFile file(QStringLiteral(":/web/pages.css"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return css;
}

QString escape(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QString paragraph(const QString& text, const QString& cssClass)
{
    if (cssClass.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(escape(text));
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(escape(cssClass), escape(text));
}

QByteArray WebPage::html() const
{
    QByteArray document;
    document += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"color-scheme\" content=\"light dark\">\n"
                "<meta name=\"robots\" content=\"noindex\">\n<title>";
    document += escape(title).toUtf8();
    document += " · D&amp;D Encounter Tracker</title>\n";
    document += headHtml.toUtf8();
    document += "<style>";
    document += stylesheet();
    document += "</style>\n</head>\n<body>\n";
    document += wide ? "<main class=\"wide\">\n" : "<main>\n";
    document += "<p class=\"brand\">D&amp;D Encounter Tracker</p>\n";
    document += "<section class=\"";
    document += toneClass(tone);
    document += "\">\n<h1>";
    document += escape(title).toUtf8();
    document += "</h1>\n";
    document += bodyHtml.toUtf8();
    document += "\n</section>\n</main>\n";
    if (!script.isEmpty())
        document += "<script>" + script + "</script>\n";
    document += "</body>\n</html>\n";
    return document;
}

QByteArray WebPage::contentSecurityPolicy() const
{
    QByteArray policy = "default-src 'none'; style-src " + cspHash(stylesheet());
    if (!script.isEmpty())
        policy += "; script-src " + cspHash(script);
    if (!connectSrc.isEmpty())
        policy += "; connect-src " + connectSrc.toUtf8();
    for (const QString& directive : moreDirectives)
        policy += "; " + directive.toUtf8();
    policy += "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    return policy;
}

ApiReply WebPage::reply(int status) const
{
    ApiReply answer = ApiReply::raw(status, html(), "text/html; charset=utf-8");
    answer.withHeader("Content-Security-Policy", contentSecurityPolicy());
    return answer;
}

} // namespace dnd::server::web
