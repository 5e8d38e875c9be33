#include "web/PlayerPage.h"

#include "web/WebPage.h"

#include <QFile>

namespace dnd::server {

namespace {
using web::WebPage;

const QByteArray& playerScript()
{
    // Read once from the resource compiled into the service.
    static const QByteArray script = [] {
        QFile file(QStringLiteral(":/web/player.js"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return script;
}

// Share codes are the service's random tokens; anything else is not looked up at all.
bool plausibleCode(const QString& code)
{
    if (code.isEmpty() || code.size() > 64)
        return false;
    return std::all_of(code.cbegin(), code.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

WebPage unknownShare()
{
    WebPage page;
    page.title = QStringLiteral("This link does not work");
    page.bodyHtml =
        web::paragraph(QStringLiteral("There is no live fight behind this link: the DM revoked it, or it "
                                      "was typed wrongly.")) +
        web::paragraph(QStringLiteral("Ask your DM for the current link or QR code."),
                       QStringLiteral("muted"));
    page.tone = WebPage::Tone::Failure;
    return page;
}
} // namespace

void PlayerPage::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/play/:code"), Access::Public, RateClass::Standard,
               QStringLiteral("HTML page of the players' live view for a share code"),
               QStringLiteral("pages"), [this](ApiRequest& r) { return show(r); });
}

ApiReply PlayerPage::show(ApiRequest& request)
{
    const QString code = request.param(0);
    if (!plausibleCode(code))
        return unknownShare().reply(404);
    Result<std::optional<Row>> share = m_ctx.db->one(
        QStringLiteral("SELECT u.tier FROM shares s JOIN users u ON u.id = s.account_id WHERE s.code = ?"),
        {code});
    if (!share)
        return ApiReply::internal(share.error());
    if (!share.value() || !m_ctx.planFor(share.value()->value(QStringLiteral("tier")).toString()).liveView)
        return unknownShare().reply(404);
    WebPage page;
    page.title = QStringLiteral("Player view");
    page.bodyHtml =
        QStringLiteral("<div class=\"player offline\" id=\"player\" data-code=\"%1\">"
                       "<p class=\"live-state\" id=\"live-state\" role=\"status\">Connecting…</p>"
                       "<p class=\"turn\"><span id=\"round\"></span><span id=\"now\"></span>"
                       "<span id=\"next\"></span></p>"
                       "<ol class=\"combatants\" id=\"combatants\" aria-live=\"polite\"></ol>"
                       "<noscript><p>This page needs JavaScript to follow the fight.</p></noscript>"
                       "</div>")
            .arg(web::escape(code));
    page.script = playerScript();
    page.connectSrc = QStringLiteral("'self'");
    page.wide = true;
    return page.reply();
}

} // namespace dnd::server
