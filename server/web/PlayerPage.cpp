#include "web/PlayerPage.h"

#include "web/WebPage.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dnd::server {

namespace {
using web::WebPage;

// The files compiled into the service that the player pages serve, read once (before any request
// thread can ask).
const QByteArray& resource(const QString& path)
{
    static const QHash<QString, QByteArray> files = [] {
        QHash<QString, QByteArray> read;
        for (const char* name : {"player.js", "player-sw.js", "player-offline.js", "icons/icon-192.png",
                                 "icons/icon-512.png", "icons/icon-maskable-512.png"}) {
            QFile file(QStringLiteral(":/web/") + QLatin1String(name));
            read.insert(file.fileName(), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        return read;
    }();
    static const QByteArray none;
    const auto found = files.constFind(path);
    return found == files.constEnd() ? none : *found;
}

// The colours of the installed app's title bar and splash screen (pages.css: --accent, dark --bg).
constexpr const char* kThemeColour = "#8b1e1e";
constexpr const char* kBackgroundColour = "#16130f";

// The icons a manifest lists: file name, size and purpose.
struct AppIcon {
    const char* file;
    int size;
    const char* purpose;
};
constexpr AppIcon kIcons[] = {
    {"icon-192.png", 192, "any"}, {"icon-512.png", 512, "any"}, {"icon-maskable-512.png", 512, "maskable"}};

// What the installed app's pages may use beyond their inline parts: this service's worker, manifest
// and icons.
const QStringList kAppDirectives{QStringLiteral("worker-src 'self'"), QStringLiteral("manifest-src 'self'"),
                                 QStringLiteral("img-src 'self'")};

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

// The <head> part of an installable page: the share's manifest (none for the waiting page), the
// theme colour and the icon a home screen takes.
QString appHead(const QString& manifestUrl)
{
    QString head = QStringLiteral("<meta name=\"theme-color\" content=\"%1\">\n"
                                  "<link rel=\"icon\" href=\"/play/icons/icon-192.png\" sizes=\"192x192\">\n"
                                  "<link rel=\"apple-touch-icon\" href=\"/play/icons/icon-192.png\">\n")
                       .arg(QLatin1String(kThemeColour));
    if (!manifestUrl.isEmpty())
        head += QStringLiteral("<link rel=\"manifest\" href=\"%1\">\n").arg(web::escape(manifestUrl));
    return head;
}

// The line that says whether the view is live, and the button that tries again at once.
QString liveStateHtml(const QString& initialText)
{
    return QStringLiteral(
               "<div class=\"live-bar\"><p class=\"live-state\" id=\"live-state\" role=\"status\">%1</p>"
               "<button type=\"button\" class=\"reconnect\" id=\"reconnect\">Reconnect now</button></div>")
        .arg(web::escape(initialText));
}

ApiReply cacheable(ApiReply reply, const QByteArray& cacheControl)
{
    reply.withHeader("Cache-Control", cacheControl);
    return reply;
}

ApiReply serviceWorker()
{
    // Checked again on every visit, so a new version of the worker is taken at once. Served under
    // /play/, its scope is the player pages and nothing else of the service.
    ApiReply reply = cacheable(
        ApiReply::raw(200, resource(QStringLiteral(":/web/player-sw.js")), "text/javascript; charset=utf-8"),
        "no-cache");
    // A worker runs under its own script's policy: it fetches the shell and the pages from this
    // service, and nothing else.
    reply.withHeader("Content-Security-Policy", "default-src 'none'; connect-src 'self'");
    return reply;
}

ApiReply icon(ApiRequest& request)
{
    const QString name = request.param(0);
    for (const AppIcon& known : kIcons) {
        if (name == QLatin1String(known.file))
            return cacheable(ApiReply::raw(200, resource(QStringLiteral(":/web/icons/") + name), "image/png"),
                             "public, max-age=604800");
    }
    return unknownShare().reply(404);
}

ApiReply waitingPage()
{
    WebPage page;
    page.title = QStringLiteral("Waiting for the connection");
    page.bodyHtml =
        QStringLiteral("<div class=\"player offline\" id=\"player\">") +
        liveStateHtml(QStringLiteral("Not live \u2014 waiting for the connection")) +
        web::paragraph(QStringLiteral("The player view cannot reach the tracker right now. It opens "
                                      "by itself as soon as the connection is back.")) +
        QStringLiteral("</div>");
    page.script = resource(QStringLiteral(":/web/player-offline.js"));
    page.connectSrc = QStringLiteral("'self'");
    page.headHtml = appHead({});
    page.moreDirectives = kAppDirectives;
    page.wide = true;
    return page.reply();
}
} // namespace

void PlayerPage::registerRoutes(Router& router)
{
    router.add(QStringLiteral("GET"), QStringLiteral("/play/:code"), Access::Public, RateClass::Standard,
               QStringLiteral("HTML page of the players' live view for a share code"),
               QStringLiteral("pages"), [this](ApiRequest& r) { return show(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/play/:code/manifest.webmanifest"), Access::Public,
               RateClass::Standard,
               QStringLiteral("Web app manifest of the players' live view for a share code"),
               QStringLiteral("pages"), [this](ApiRequest& r) { return manifest(r); });
    router.add(QStringLiteral("GET"), QStringLiteral("/play/sw.js"), Access::Public, RateClass::Standard,
               QStringLiteral("Service worker of the installed players' view"), QStringLiteral("pages"),
               [](ApiRequest&) { return serviceWorker(); });
    router.add(QStringLiteral("GET"), QStringLiteral("/play/offline"), Access::Public, RateClass::Standard,
               QStringLiteral("The installed players' view's page while the service cannot be reached"),
               QStringLiteral("pages"), [](ApiRequest&) { return waitingPage(); });
    router.add(QStringLiteral("GET"), QStringLiteral("/play/icons/:name"), Access::Public,
               RateClass::Standard, QStringLiteral("Icons of the installed players' view"),
               QStringLiteral("pages"), [](ApiRequest& r) { return icon(r); });
}

std::optional<ApiReply> PlayerPage::refusal(const QString& code)
{
    if (!plausibleCode(code))
        return unknownShare().reply(404);
    Result<std::optional<Row>> share = m_ctx.db->one(
        QStringLiteral("SELECT u.tier FROM shares s JOIN users u ON u.id = s.account_id WHERE s.code = ?"),
        {code});
    if (!share)
        return ApiReply::internal(share.error());
    if (!share.value() || !m_ctx.planFor(share.value()->value(QStringLiteral("tier")).toString()).liveView)
        return unknownShare().reply(404);
    return std::nullopt;
}

ApiReply PlayerPage::show(ApiRequest& request)
{
    const QString code = request.param(0);
    if (std::optional<ApiReply> refused = refusal(code))
        return *refused;
    WebPage page;
    page.title = QStringLiteral("Player view");
    page.bodyHtml =
        QStringLiteral("<div class=\"player offline\" id=\"player\" data-code=\"%1\">")
            .arg(web::escape(code)) +
        liveStateHtml(QStringLiteral("Connecting…")) +
        QStringLiteral("<p class=\"turn\"><span id=\"round\"></span><span id=\"now\"></span>"
                       "<span id=\"next\"></span></p>"
                       "<ol class=\"combatants\" id=\"combatants\" aria-live=\"polite\"></ol>"
                       "<noscript><p>This page needs JavaScript to follow the fight.</p></noscript>"
                       "</div>");
    page.script = resource(QStringLiteral(":/web/player.js"));
    page.connectSrc = QStringLiteral("'self'");
    page.headHtml = appHead(QStringLiteral("/play/%1/manifest.webmanifest").arg(code));
    page.moreDirectives = kAppDirectives;
    page.wide = true;
    return page.reply();
}

// Each share installs as its own app that opens on its code; every player page is in its scope.
ApiReply PlayerPage::manifest(ApiRequest& request)
{
    const QString code = request.param(0);
    if (std::optional<ApiReply> refused = refusal(code))
        return *refused;
    const QString start = QStringLiteral("/play/") + code;
    QJsonArray icons;
    for (const AppIcon& known : kIcons)
        icons.append(QJsonObject{{"src", QStringLiteral("/play/icons/") + QLatin1String(known.file)},
                                 {"sizes", QStringLiteral("%1x%1").arg(known.size)},
                                 {"type", "image/png"},
                                 {"purpose", QLatin1String(known.purpose)}});
    const QJsonObject manifest{{"id", start},
                               {"name", "D&D Encounter Tracker: player view"},
                               {"short_name", "Player view"},
                               {"description",
                                "The fight your DM shares, live: turn order, whose turn it is, "
                                "health and conditions."},
                               {"start_url", start},
                               {"scope", "/play/"},
                               {"display", "standalone"},
                               {"orientation", "any"},
                               {"theme_color", QLatin1String(kThemeColour)},
                               {"background_color", QLatin1String(kBackgroundColour)},
                               {"icons", icons}};
    return cacheable(ApiReply::raw(200, QJsonDocument(manifest).toJson(QJsonDocument::Compact),
                                   "application/manifest+json"),
                     "no-cache");
}

} // namespace dnd::server
