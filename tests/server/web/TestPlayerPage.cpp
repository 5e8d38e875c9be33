// The players' web view end to end: headless Chromium opens /play/CODE on the real service while
// the DM's device (a session on a real store, syncing) deals damage and moves the turn; the page's
// text follows. The page installs as a web app (its manifest as Chromium reads it, its icons, its
// service worker) and, with the service stopped, opens from the worker's shell, says it is waiting
// and comes back live by itself. Its layout holds from a 320 px phone to a 3840 px TV. Set
// DND_SCREENSHOT_DIR to also write the page at those sizes (and the waiting shell) there.
#include "ServerHarness.h"
#include "SyncedSession.h"

#include <QImage>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <memory>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr int kWaitMs = 20000;

// Headless Chromium driven over its DevTools protocol: one tab, commands answered in turn.
class Browser {
public:
    bool start()
    {
        m_port = freePort();
        m_process.setProgram(QStringLiteral(DND_CHROMIUM));
        m_process.setArguments({QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                                QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
                                QStringLiteral("--remote-debugging-port=%1").arg(m_port),
                                QStringLiteral("--user-data-dir=") + m_profile.path(),
                                QStringLiteral("about:blank")});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QString debuggerUrl;
        const bool listed = QTest::qWaitFor(
            [&] {
                const QJsonDocument tabs = getJson(QStringLiteral("/json/list"));
                for (const QJsonValue& tab : tabs.array()) {
                    if (tab.toObject().value("type") == QStringLiteral("page"))
                        debuggerUrl = tab.toObject().value("webSocketDebuggerUrl").toString();
                }
                return !debuggerUrl.isEmpty();
            },
            kWaitMs);
        if (!listed)
            return false;
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket, [this](const QString& text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.contains("id"))
                m_answers.insert(message.value("id").toInt(), message);
        });
        m_socket.open(QUrl(debuggerUrl));
        return QTest::qWaitFor([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, kWaitMs);
    }

    ~Browser()
    {
        m_socket.close();
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QJsonObject call(const QString& method, const QJsonObject& params = {})
    {
        const int id = ++m_lastId;
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{"id", id}, {"method", method}, {"params", params}})
                                  .toJson(QJsonDocument::Compact)));
        if (!QTest::qWaitFor([&] { return m_answers.contains(id); }, kWaitMs))
            return {};
        return m_answers.take(id).value("result").toObject();
    }

    // The expression's value as text; a promise is waited for.
    QString evaluate(const QString& expression)
    {
        return call(QStringLiteral("Runtime.evaluate"),
                    {{"expression", expression}, {"returnByValue", true}, {"awaitPromise", true}})
            .value("result")
            .toObject()
            .value("value")
            .toString();
    }
    // An expression that makes a JSON text, read back as an object.
    QJsonObject evaluateJson(const QString& expression)
    {
        return QJsonDocument::fromJson(evaluate(expression).toUtf8()).object();
    }
    // A plain reload: through the page's service worker (a hard reload would go around it).
    void reload() { call(QStringLiteral("Page.reload")); }
    void setSize(int width, int height, double scale)
    {
        call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
             {{"width", width}, {"height", height}, {"deviceScaleFactor", scale}, {"mobile", width < 600}});
    }
    // What the page shows, as a reader sees it.
    QString text() { return evaluate(QStringLiteral("document.body.innerText")); }
    bool waitForText(const QString& part)
    {
        return QTest::qWaitFor([&] { return text().contains(part); }, kWaitMs);
    }
    void open(const QString& url) { call(QStringLiteral("Page.navigate"), {{"url", url}}); }
    // Sets the window's size and the colour scheme the page sees, then takes a PNG of it.
    QByteArray screenshot(int width, int height, double scale, const QString& scheme)
    {
        setSize(width, height, scale);
        call(QStringLiteral("Emulation.setEmulatedMedia"),
             {{"features", QJsonArray{QJsonObject{{"name", "prefers-color-scheme"}, {"value", scheme}}}}});
        QTest::qWait(300); // one frame for the new layout
        return QByteArray::fromBase64(call(QStringLiteral("Page.captureScreenshot"), {{"format", "png"}})
                                          .value("data")
                                          .toString()
                                          .toLatin1());
    }
    QByteArray output() { return m_process.readAll(); }

private:
    QJsonDocument getJson(const QString& path)
    {
        QNetworkAccessManager network;
        QNetworkReply* reply =
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path))));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 2000))
            reply->abort();
        const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return document;
    }

    QTemporaryDir m_profile;
    QProcess m_process;
    quint16 m_port = 0;
    QWebSocket m_socket;
    int m_lastId = 0;
    QHash<int, QJsonObject> m_answers;
};

// What the page's layout measures: whether anything is wider than the window, the smallest font
// size of any text shown, and the size of the combatants' names.
const QString kMeasureLayout = QStringLiteral(R"(JSON.stringify((() => {
  const root = document.documentElement;
  let smallest = Infinity, smallestText = "";
  for (const node of document.querySelectorAll("body *")) {
    const own = [...node.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim());
    if (!own || node.getClientRects().length === 0) continue;
    const size = parseFloat(getComputedStyle(node).fontSize);
    if (size < smallest) { smallest = size; smallestText = node.textContent.trim().slice(0, 40); }
  }
  const widest = Math.max(...[...document.querySelectorAll("body *")].map((n) => n.getBoundingClientRect().right));
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest, smallest, smallestText,
           name: parseFloat(getComputedStyle(document.querySelector(".combatant .name")).fontSize),
           heading: parseFloat(getComputedStyle(document.querySelector("h1")).fontSize) };
})()))");

QString folderForScreenshots()
{
    return qEnvironmentVariable("DND_SCREENSHOT_DIR");
}

void keepScreenshot(const QString& name, const QByteArray& png)
{
    if (folderForScreenshots().isEmpty())
        return;
    QFile file(QDir(folderForScreenshots()).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(png);
}

} // namespace

class TestPlayerPage final : public QObject {
    Q_OBJECT

    RunningService m_service;
    TestAccount m_account;
    std::unique_ptr<SyncedSession> m_dm;

    // A new share of the DM's encounter: its code, empty when the service refused.
    QString newShareCode()
    {
        const HttpResponse share = m_service.http->post(
            "/api/v1/shares", {{"encounterId", m_dm->encounterId}}, m_account.accessToken);
        return share.status == 201 ? share.data().value("code").toString() : QString();
    }
    QString pageUrl(const QString& code) const { return m_service.server->baseUrl() + "/play/" + code; }
    // Opens a new share's page and waits for the fight on it: the code, empty when either failed.
    QString openNewShare(Browser& browser)
    {
        const QString code = newShareCode();
        if (code.isEmpty())
            return {};
        browser.open(pageUrl(code));
        return browser.waitForText(QStringLiteral("Goblin")) ? code : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        // Expert: room for the shares every test makes (Seasoned has five).
        m_account = registerTestAccount(*m_service.server, *m_service.http, QStringLiteral("expert"));
        QVERIFY(!m_account.accessToken.isEmpty());
        QVERIFY(confirmTestAccountEmail(*m_service.server, *m_service.http, m_account)); // shares need it
        m_dm = std::make_unique<SyncedSession>(m_service.server->baseUrl(), m_account.accessToken);
    }

    // An unknown code gets a page that says the link does not work, not a blank view.
    void unknownCodeGetsAClearPage()
    {
        for (const QString& code : {QStringLiteral("no-such-code"), QStringLiteral("%3Cscript%3E")}) {
            const HttpResponse page = m_service.http->get("/play/" + code);
            QCOMPARE(page.status, 404);
            QVERIFY(page.headers.value("content-type").startsWith("text/html"));
            QVERIFY2(page.body.contains("This link does not work"), page.body.constData());
            QVERIFY(!page.body.contains("<script>"));
        }
    }

    void pageFollowsTheFight()
    {
        const QString goblin = m_dm->add(SessionFixture::creature(QStringLiteral("Goblin"), 7));
        const Result<QStringList> hidden = m_dm->session->addParticipants(
            SessionFixture::creature(QStringLiteral("Shadow Assassin"), 78), 1, true);
        QVERIFY(hidden.ok());
        const QString aria = m_dm->add(SessionFixture::character(QStringLiteral("Aria"), 30));
        const QString bram = m_dm->add(SessionFixture::character(QStringLiteral("Bram"), 24));
        CHECK_OK(m_dm->session->setInitiative(aria, 19));
        CHECK_OK(m_dm->session->setInitiative(hidden->first(), 16));
        CHECK_OK(m_dm->session->setInitiative(goblin, 12));
        CHECK_OK(m_dm->session->setInitiative(bram, 8));
        rules::ConditionRequest blessed;
        blessed.targetId = aria;
        blessed.key = QStringLiteral("Blessed");
        blessed.label = QStringLiteral("Blessed");
        blessed.rounds = 10;
        CHECK_OK(m_dm->session->addCondition(blessed));
        CHECK_OK(m_dm->session->startCombat());
        QVERIFY(m_dm->push());
        const HttpResponse share = m_service.http->post(
            "/api/v1/shares", {{"encounterId", m_dm->encounterId}}, m_account.accessToken);
        QCOMPARE(share.status, 201);
        const QString code = share.data().value("code").toString();

        Browser browser;
        QVERIFY2(browser.start(), browser.output().constData());
        browser.open(m_service.server->baseUrl() + "/play/" + code);
        QVERIFY2(browser.waitForText(QStringLiteral("Live")), qPrintable(browser.text()));
        QVERIFY2(browser.waitForText(QStringLiteral("Now: Aria")), qPrintable(browser.text()));
        QString shown = browser.text();
        QVERIFY(shown.contains(QStringLiteral("Goblin")));
        QVERIFY(shown.contains(QStringLiteral("Blessed (10 rounds)")));
        QVERIFY(shown.contains(QStringLiteral("Next: Goblin")));
        QVERIFY(!shown.contains(QStringLiteral("Assassin")));
        QVERIFY(shown.contains(QStringLiteral("Healthy")));
        QVERIFY(!shown.contains(QStringLiteral("Bloodied")));

        // Damage and the next turn from the DM's device, through sync.
        rules::DamageRequest hit;
        hit.targetIds = {goblin};
        hit.amount = 4;
        CHECK_OK(m_dm->session->applyDamage(hit));
        QVERIFY(m_dm->push());
        QVERIFY2(browser.waitForText(QStringLiteral("Bloodied")), qPrintable(browser.text()));
        CHECK_OK(m_dm->session->nextTurn()); // Aria -> the hidden assassin
        CHECK_OK(m_dm->session->nextTurn()); // -> the goblin
        QVERIFY(m_dm->push());
        QVERIFY2(browser.waitForText(QStringLiteral("Now: Goblin")), qPrintable(browser.text()));
        shown = browser.text();
        QVERIFY(shown.contains(QStringLiteral("Next: Bram")));
        QVERIFY(shown.contains(QStringLiteral("Round 1")));
        QVERIFY(!shown.contains(QStringLiteral("Assassin")));
        QCOMPARE(browser.evaluate(
                     QStringLiteral("document.querySelector('.combatant.current .name').textContent")),
                 QStringLiteral("▶ Goblin"));

        const QString folder = qEnvironmentVariable("DND_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            for (const auto& [name, width, height, scale, scheme] :
                 {std::tuple{"player-web-phone.png", 390, 844, 2.0, "light"},
                  std::tuple{"player-web-tv.png", 1920, 1080, 1.0, "dark"}}) {
                QFile file(QDir(folder).filePath(QLatin1String(name)));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(browser.screenshot(width, height, scale, QLatin1String(scheme)));
            }
        }

        // Revoking the share ends the view with a clear line instead of reconnecting for ever.
        QCOMPARE(m_service.http->del("/api/v1/shares/" + code, m_account.accessToken).status, 200);
        QVERIFY2(browser.waitForText(QStringLiteral("revoked")), qPrintable(browser.text()));
    }

    // The page from a phone held upright to a 4K TV: nothing wider than the window, no text smaller
    // than 16 px nor than a hundredth of the width, the names at least a fiftieth of it (18 px on a
    // phone), the type growing with the screen.
    void layoutFromPhoneToTv()
    {
        Browser browser;
        QVERIFY2(browser.start(), browser.output().constData());
        QVERIFY2(!openNewShare(browser).isEmpty(), qPrintable(browser.text()));
        double previousName = 0;
        for (const auto& [width, height, scheme] :
             {std::tuple{320, 640, "light"}, std::tuple{768, 1024, "light"}, std::tuple{1920, 1080, "dark"},
              std::tuple{3840, 2160, "dark"}}) {
            const QByteArray png = browser.screenshot(width, height, 1.0, QLatin1String(scheme));
            const QJsonObject layout = browser.evaluateJson(kMeasureLayout);
            const QByteArray seen = QJsonDocument(layout).toJson(QJsonDocument::Compact);
            QCOMPARE(layout.value("clientWidth").toInt(), width);
            QVERIFY2(layout.value("scrollWidth").toInt() <= width, seen.constData());
            QVERIFY2(layout.value("widest").toDouble() <= width + 0.5, seen.constData());
            QVERIFY2(layout.value("smallest").toDouble() >= std::max(16.0, width / 100.0), seen.constData());
            QVERIFY2(layout.value("name").toDouble() >= std::max(18.0, width / 50.0), seen.constData());
            QVERIFY2(layout.value("name").toDouble() > previousName, seen.constData());
            previousName = layout.value("name").toDouble();
            keepScreenshot(QStringLiteral("player-web-%1.png").arg(width), png);
        }
    }

    // Installable: the page links its share's manifest, which Chromium reads without an error and
    // finds installable; the icons are served at the sizes the manifest says; the worker and the
    // manifest are allowed by the page's policy, and nothing else is.
    void installsAsAWebApp()
    {
        const QString code = newShareCode();
        QVERIFY(!code.isEmpty());
        const QString manifestPath = "/play/" + code + "/manifest.webmanifest";

        const HttpResponse page = m_service.http->get("/play/" + code);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(("<link rel=\"manifest\" href=\"" + manifestPath + "\">").toUtf8()));
        const QByteArray policy = page.headers.value("content-security-policy");
        QVERIFY2(policy.startsWith("default-src 'none'; "), policy.constData());
        for (const char* directive : {"worker-src 'self'", "manifest-src 'self'", "img-src 'self'",
                                      "connect-src 'self'", "frame-ancestors 'none'"})
            QVERIFY2(policy.contains(directive), policy.constData());
        QVERIFY2(!policy.contains("unsafe"), policy.constData());
        QVERIFY2(!policy.contains("*"), policy.constData());

        const HttpResponse manifestReply = m_service.http->get(manifestPath);
        QCOMPARE(manifestReply.status, 200);
        QCOMPARE(manifestReply.headers.value("content-type"), QByteArray("application/manifest+json"));
        QCOMPARE(manifestReply.headers.value("cache-control"), QByteArray("no-cache"));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestReply.body).object();
        QCOMPARE(manifest.value("start_url").toString(), "/play/" + code);
        QCOMPARE(manifest.value("scope").toString(), QStringLiteral("/play/"));
        QCOMPARE(manifest.value("display").toString(), QStringLiteral("standalone"));
        for (const char* member : {"name", "short_name", "theme_color", "background_color", "id"})
            QVERIFY2(!manifest.value(QLatin1String(member)).toString().isEmpty(), member);
        QStringList purposes;
        QList<int> sizes;
        for (const QJsonValue& entry : manifest.value("icons").toArray()) {
            const QJsonObject icon = entry.toObject();
            const HttpResponse file = m_service.http->get(icon.value("src").toString());
            QCOMPARE(file.status, 200);
            QCOMPARE(file.headers.value("content-type"), QByteArray("image/png"));
            QVERIFY(file.headers.value("cache-control").startsWith("public, max-age="));
            const QImage image = QImage::fromData(file.body, "PNG");
            QCOMPARE(QStringLiteral("%1x%2").arg(image.width()).arg(image.height()),
                     icon.value("sizes").toString());
            purposes.append(icon.value("purpose").toString());
            sizes.append(image.width());
        }
        QVERIFY(sizes.contains(192) && sizes.contains(512));
        QVERIFY(purposes.contains(QStringLiteral("maskable")));
        QCOMPARE(m_service.http->get("/play/icons/secrets.png").status, 404);
        QCOMPARE(m_service.http->get("/play/no-such-code/manifest.webmanifest").status, 404);
        const HttpResponse worker = m_service.http->get("/play/sw.js");
        QCOMPARE(worker.status, 200);
        QCOMPARE(worker.headers.value("content-type"), QByteArray("text/javascript; charset=utf-8"));
        QCOMPARE(worker.headers.value("cache-control"), QByteArray("no-cache"));
        QCOMPARE(worker.headers.value("content-security-policy"),
                 QByteArray("default-src 'none'; connect-src 'self'"));

        Browser browser;
        QVERIFY2(browser.start(), browser.output().constData());
        browser.open(pageUrl(code));
        QVERIFY2(browser.waitForText(QStringLiteral("Live")), qPrintable(browser.text()));
        QCOMPARE(
            browser.evaluate(QStringLiteral("navigator.serviceWorker.ready.then((r) => r.active.scriptURL)")),
            m_service.server->baseUrl() + "/play/sw.js");
        const QJsonObject read = browser.call(QStringLiteral("Page.getAppManifest"));
        QCOMPARE(read.value("url").toString(), m_service.server->baseUrl() + manifestPath);
        QVERIFY2(read.value("errors").toArray().isEmpty(), QJsonDocument(read).toJson().constData());
        QJsonArray installability;
        QVERIFY(QTest::qWaitFor(
            [&] {
                installability = browser.call(QStringLiteral("Page.getInstallabilityErrors"))
                                     .value("installabilityErrors")
                                     .toArray();
                return installability.isEmpty();
            },
            kWaitMs));
    }

    // With the service gone the installed view still opens: the page seen before from the worker's
    // shell, saying it is not live and waiting; a share never opened on this device gets the
    // waiting page. Both come back live by themselves when the service is back.
    void offlineShellWaitsAndRecovers()
    {
        const QString seen = newShareCode();
        const QString unseen = newShareCode();
        QVERIFY(!seen.isEmpty() && !unseen.isEmpty());
        Browser browser;
        QVERIFY2(browser.start(), browser.output().constData());
        browser.open(pageUrl(seen));
        QVERIFY2(browser.waitForText(QStringLiteral("Goblin")), qPrintable(browser.text()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return browser.evaluate(
                           QStringLiteral("navigator.serviceWorker.ready.then((r) => r.active.state)")) ==
                       QStringLiteral("activated");
            },
            kWaitMs));
        // The page is in the shell once the worker controls it and it was loaded through it.
        browser.reload();
        QVERIFY2(browser.waitForText(QStringLiteral("Goblin")), qPrintable(browser.text()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return browser.evaluate(QStringLiteral(
                           "caches.match(location.href).then((r) => String(!!r))")) == QStringLiteral("true");
            },
            kWaitMs));

        QCOMPARE(m_service.server->terminate(), 0);
        browser.reload();
        QVERIFY2(browser.waitForText(QStringLiteral("Not live")), qPrintable(browser.text()));
        QVERIFY2(browser.waitForText(QStringLiteral("waiting for the connection")),
                 qPrintable(browser.text()));
        // The player view's own shell (its list), not the waiting page.
        QCOMPARE(browser.evaluate(QStringLiteral("String(document.getElementById('combatants') !== null)")),
                 QStringLiteral("true"));
        // The button to try at once shows while not live (hidden while live).
        QCOMPARE(browser.evaluate(QStringLiteral(
                     "String(document.getElementById('reconnect').getClientRects().length > 0)")),
                 QStringLiteral("true"));

        browser.open(pageUrl(unseen));
        QVERIFY2(browser.waitForText(QStringLiteral("Waiting for the connection")),
                 qPrintable(browser.text()));
        QVERIFY2(browser.waitForText(QStringLiteral("opens by itself")), qPrintable(browser.text()));
        keepScreenshot(QStringLiteral("player-web-offline.png"),
                       browser.screenshot(390, 844, 2.0, QStringLiteral("light")));

        QVERIFY(m_service.server->startOnSamePort());
        const auto liveLine = [&] {
            return browser.evaluate(QStringLiteral("document.getElementById('live-state').textContent"));
        };
        QVERIFY2(QTest::qWaitFor([&] { return liveLine() == QStringLiteral("Live"); }, 60000),
                 qPrintable(browser.text()));
        QVERIFY(browser.text().contains(QStringLiteral("Goblin")));
        QVERIFY(!browser.text().contains(QStringLiteral("Waiting for the connection")));
    }

    // The service going away shows the page as not live; it comes back live by itself.
    void pageReconnectsAndSaysWhenNotLive()
    {
        Browser browser;
        QVERIFY2(browser.start(), browser.output().constData());
        QVERIFY2(!openNewShare(browser).isEmpty(), qPrintable(browser.text()));
        QCOMPARE(m_service.server->terminate(), 0);
        QVERIFY2(browser.waitForText(QStringLiteral("Not live")), qPrintable(browser.text()));
        QVERIFY(m_service.server->startOnSamePort()); // the same data directory too
        const auto liveLine = [&] {
            return browser.evaluate(QStringLiteral("document.getElementById('live-state').textContent"));
        };
        QVERIFY2(QTest::qWaitFor([&] { return liveLine() == QStringLiteral("Live"); }, 40000),
                 qPrintable(browser.text()));
        QVERIFY(browser.text().contains(QStringLiteral("Goblin")));
    }
};

QTEST_GUILESS_MAIN(TestPlayerPage)
#include "TestPlayerPage.moc"
