// The players' web view end to end: headless Chromium opens /play/CODE on the real service while
// the DM's device (a session on a real store, syncing) deals damage and moves the turn; the page's
// text follows. Set DND_SCREENSHOT_DIR to also write the page at phone and TV size there.
#include "ServerHarness.h"
#include "SyncedSession.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <memory>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr int kWaitMs = 20000;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

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

    QString evaluate(const QString& expression)
    {
        return call(QStringLiteral("Runtime.evaluate"), {{"expression", expression}, {"returnByValue", true}})
            .value("result")
            .toObject()
            .value("value")
            .toString();
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
        call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
             {{"width", width}, {"height", height}, {"deviceScaleFactor", scale}, {"mobile", width < 600}});
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

} // namespace

class TestPlayerPage final : public QObject {
    Q_OBJECT

    RunningService m_service;
    TestAccount m_account;
    std::unique_ptr<SyncedSession> m_dm;

private slots:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_account = registerTestAccount(*m_service.server, *m_service.http, QStringLiteral("seasoned"));
        QVERIFY(!m_account.accessToken.isEmpty());
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

    // The service going away shows the page as not live; it comes back live by itself.
    void pageReconnectsAndSaysWhenNotLive()
    {
        const HttpResponse share = m_service.http->post(
            "/api/v1/shares", {{"encounterId", m_dm->encounterId}}, m_account.accessToken);
        QCOMPARE(share.status, 201);
        Browser browser;
        QVERIFY2(browser.start(), browser.output().constData());
        browser.open(m_service.server->baseUrl() + "/play/" + share.data().value("code").toString());
        QVERIFY2(browser.waitForText(QStringLiteral("Goblin")), qPrintable(browser.text()));
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
