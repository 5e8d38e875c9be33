#include "web/AdminReportsPage.h"

#include "web/WebPage.h"

#include <QFile>

namespace dnd::server {

namespace {
const QByteArray& reportsScript()
{
    // Read once from the resource compiled into the service.
    static const QByteArray script = [] {
        QFile file(QStringLiteral(":/web/admin-reports.js"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return script;
}

QString chartSection(const char* id, const char* heading)
{
    return QStringLiteral(
               "<section class=\"chart-block\"><h2>%1</h2><div class=\"chart\" id=\"%2\"></div></section>")
        .arg(QLatin1String(heading), QLatin1String(id));
}

web::WebPage reportsPage()
{
    web::WebPage page;
    page.title = QStringLiteral("Business reports");
    page.bodyHtml =
        QStringLiteral(
            "<div class=\"reports\" id=\"reports\" data-state=\"signed-out\">"
            "<form id=\"sign-in\">"
            "<p class=\"muted\">Sign in with an administrator's account. The session is kept in this tab "
            "only.</p>"
            "<label>Email <input type=\"email\" id=\"email\" autocomplete=\"username\" required></label>"
            "<label>Password <input type=\"password\" id=\"password\" autocomplete=\"current-password\" "
            "required></label>"
            "<button type=\"submit\">Sign in</button>"
            "<p class=\"message-error\" id=\"sign-in-error\" role=\"alert\" hidden></p>"
            "</form>"
            "<div id=\"report\" hidden>"
            "<form id=\"period\" class=\"period\">"
            "<label>From <input type=\"date\" id=\"from\" required></label>"
            "<label>To <input type=\"date\" id=\"to\" required></label>"
            "<button type=\"submit\">Show</button>"
            "<a id=\"csv\" class=\"button-link\" hidden>Download CSV</a>"
            "<button type=\"button\" id=\"sign-out\" class=\"secondary\">Sign out</button>"
            "</form>"
            "<p class=\"message-error\" id=\"report-error\" role=\"alert\" hidden></p>"
            "<p class=\"muted\" id=\"report-state\" role=\"status\" hidden></p>"
            "<dl class=\"tiles\" id=\"tiles\"></dl>"
            "<div class=\"charts\">") +
        chartSection("chart-mrr", "Monthly recurring revenue") +
        chartSection("chart-active", "Active users per day") +
        chartSection("chart-accounts", "Sign-ups, conversions and cancellations") +
        chartSection("chart-features", "Feature use per day") +
        QStringLiteral(
            "</div>"
            "<section class=\"chart-block\"><h2>Conversions per tier</h2>"
            "<table class=\"tiers\" id=\"tiers\"></table></section>"
            "</div>"
            "<noscript><p>This page needs JavaScript to sign in and draw the report.</p></noscript>"
            "</div>");
    page.script = reportsScript();
    page.connectSrc = QStringLiteral("'self'");
    page.wide = true;
    return page;
}
} // namespace

void AdminReportsPage::registerRoutes(Router& router)
{
    router.add(
        QStringLiteral("GET"), QStringLiteral("/admin/reports"), Access::Public, RateClass::Standard,
        QStringLiteral("HTML page of the business reports for administrators (signs in through the API)"),
        QStringLiteral("pages"), [](ApiRequest&) { return reportsPage().reply(); });
}

} // namespace dnd::server
