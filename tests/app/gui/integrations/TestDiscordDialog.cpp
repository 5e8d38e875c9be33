// Combat > Post to Discord against the real service on loopback and the Discord stand-in: a
// pasted webhook URL links the open encounter, a test message reaches the channel, the list shows
// how the last message went (also a failure Discord's answers caused), and the link is removed.
// A wrong URL, a plan without the live view, an unconfirmed address and a window that is not
// signed in each get a sentence saying what to do.
#include "AppTestSupport.h"
#include "DiscordStandIn.h"
#include "ServerHarness.h"
#include "account/SyncController.h"
#include "actions/ActionCatalog.h"
#include "actions/ActionIds.h"
#include "encounters/EncountersPage.h"
#include "integrations/DiscordDialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {
constexpr int kWaitMs = 20000;
const QString kWebhookId = QStringLiteral("998877665544332211");
const QString kToken = QStringLiteral("aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789_-aBcDeFgHiJkLmNoPqRsTuVwXyZ0123");

template <typename Widget> Widget* child(QObject* parent, const char* name)
{
    return parent->findChild<Widget*>(QString::fromLatin1(name));
}
} // namespace

class TestDiscordDialog : public QObject {
    Q_OBJECT

    DiscordStandIn m_discord;
    RunningService m_service;

    // The window signed in to `account` (unless null) with a new encounter open in the tracker,
    // synced to the service.
    void open(AppFixture& app, const TestAccount* account)
    {
        SyncController& sync = app.window->sync();
        sync.setIntervals(50, 60000, 50);
        if (account) {
            bool answered = false;
            sync.signIn(QUrl(m_service.server->baseUrl()), account->email, QString::fromLatin1(kTestPassword),
                        [&](const Status&) { answered = true; });
            QVERIFY(QTest::qWaitFor([&] { return answered; }, kWaitMs));
            QVERIFY(sync.isSignedIn());
        }
        MainWindow& main = *app.window;
        const QString encounter = main.encountersPage()->newEncounter(QStringLiteral("Bridge of Khazad"));
        main.trackerPage()->openEncounter(encounter);
        QVERIFY(main.trackerPage()->session());
        if (account) {
            sync.syncNow();
            QVERIFY(QTest::qWaitFor([&] { return app.store.store->outboxSize() == 0; }, kWaitMs));
        }
    }
    TestAccount account(const QString& tier, bool confirmed)
    {
        TestAccount made = registerTestAccount(*m_service.server, *m_service.http, tier);
        if (confirmed && !confirmTestAccountEmail(*m_service.server, *m_service.http, made))
            QTest::qFail("the address could not be confirmed", __FILE__, __LINE__);
        return made;
    }
    DiscordDialog* discord(AppFixture& app)
    {
        app.window->actions().action(ActionId::TrackerDiscord)->trigger();
        return app.window->discordDialog();
    }
    static bool waitForMessage(DiscordDialog* dialog, const QString& part)
    {
        const bool shown = QTest::qWaitFor([&] { return dialog->message().contains(part); }, kWaitMs);
        if (!shown)
            qWarning() << "the dialog says:" << dialog->message();
        return shown;
    }
    // Pastes the URL and clicks Link once the form is ready.
    static void paste(DiscordDialog* dialog, const QString& url)
    {
        auto* link = child<QPushButton>(dialog, "linkDiscord");
        QVERIFY(QTest::qWaitFor([&] { return link->isEnabled(); }, kWaitMs));
        child<QLineEdit>(dialog, "webhookUrl")->setText(url);
        QTest::mouseClick(link, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_discord.isListening());
        m_service.server = std::make_unique<ServerProcess>(
            fastServiceArguments() + QStringList{"--discord-api-base", m_discord.apiBase(),
                                                 "--discord-retry-ms", "20", "--discord-max-attempts", "2"});
        QVERIFY2(m_service.server->start(), m_service.server->errors().constData());
        m_service.http = std::make_unique<HttpClient>(m_service.server->baseUrl());
    }
    void cleanupTestCase() { m_service.server->stop(); }

    void linksTestsAndRemovesAChannel()
    {
        const TestAccount dm = account(QStringLiteral("seasoned"), true);
        AppFixture app;
        open(app, &dm);
        if (QTest::currentTestFailed())
            return;
        DiscordDialog* dialog = discord(app);
        QVERIFY(dialog);
        QVERIFY(child<QPushButton>(dialog, "upgrade")->isHidden());
        // No party: only this encounter can be linked.
        QVERIFY(!child<QWidget>(dialog, "wholeParty")->isEnabled());
        paste(dialog, DiscordStandIn::webhookUrl(kWebhookId, kToken));
        auto* links = child<QTreeWidget>(dialog, "links");
        QVERIFY(QTest::qWaitFor([&] { return links->topLevelItemCount() == 1; }, kWaitMs));
        QVERIFY(waitForMessage(dialog, QStringLiteral("Linked.")));
        QCOMPARE(links->topLevelItem(0)->text(0), QStringLiteral("This encounter"));
        // Shown masked, never the token; and gone from the field.
        QVERIFY(!links->topLevelItem(0)->text(1).contains(kToken));
        QVERIFY(child<QLineEdit>(dialog, "webhookUrl")->text().isEmpty());
        const QJsonArray stored = m_service.http->get("/api/v1/integrations/discord", dm.accessToken).items();
        QCOMPARE(stored.size(), qsizetype(1));
        QCOMPARE(stored.first()["encounterId"].toString(),
                 app.window->trackerPage()->session()->encounter().id);

        links->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(child<QPushButton>(dialog, "testDiscord"), Qt::LeftButton);
        QVERIFY(waitForMessage(dialog, QStringLiteral("The test message arrived")));
        QCOMPARE(m_discord.titlesPostedTo(kWebhookId),
                 QStringList{"Test message from D&D Encounter Tracker"});
        QVERIFY(QTest::qWaitFor([&] { return links->topLevelItem(0)->text(2).startsWith("Delivered"); },
                                kWaitMs));
        if (const QString folder = qEnvironmentVariable("DND_SCREENSHOT_DIR"); !folder.isEmpty())
            QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("discord-links.png"))));

        // Discord failing: the test says so, and the list shows Discord's answer.
        m_discord.scriptedStatuses = {500, 500};
        links->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(child<QPushButton>(dialog, "testDiscord"), Qt::LeftButton);
        QVERIFY(waitForMessage(dialog, QStringLiteral("did not arrive")));
        QVERIFY(QTest::qWaitFor([&] { return links->topLevelItemCount() == 1; }, kWaitMs));
        QVERIFY2(links->topLevelItem(0)->text(2).startsWith("Failed: Discord answered 500"),
                 qPrintable(links->topLevelItem(0)->text(2)));

        links->topLevelItem(0)->setSelected(true);
        QTest::mouseClick(child<QPushButton>(dialog, "removeDiscord"), Qt::LeftButton);
        QVERIFY(waitForMessage(dialog, QStringLiteral("The link is removed")));
        QCOMPARE(links->topLevelItemCount(), 0);
        QVERIFY(m_service.http->get("/api/v1/integrations/discord", dm.accessToken).items().isEmpty());
    }

    void aWrongUrlIsExplained()
    {
        const TestAccount dm = account(QStringLiteral("seasoned"), true);
        AppFixture app;
        open(app, &dm);
        if (QTest::currentTestFailed())
            return;
        DiscordDialog* dialog = discord(app);
        paste(dialog, QStringLiteral("https://example.com/hook"));
        QVERIFY(waitForMessage(dialog, QStringLiteral("not a Discord webhook URL")));
        QVERIFY(m_service.http->get("/api/v1/integrations/discord", dm.accessToken).items().isEmpty());
    }

    void aPlanWithoutTheLiveViewIsOfferedTheUpgrade()
    {
        const TestAccount dm = account(QStringLiteral("free"), false);
        AppFixture app;
        open(app, &dm);
        if (QTest::currentTestFailed())
            return;
        DiscordDialog* dialog = discord(app);
        QVERIFY(waitForMessage(dialog, QStringLiteral("Seasoned plan")));
        QVERIFY(!child<QPushButton>(dialog, "upgrade")->isHidden());
        QVERIFY(!child<QPushButton>(dialog, "linkDiscord")->isEnabled());
    }

    void anUnconfirmedAddressGetsTheServicesReason()
    {
        const TestAccount dm = account(QStringLiteral("seasoned"), false);
        AppFixture app;
        open(app, &dm);
        if (QTest::currentTestFailed())
            return;
        DiscordDialog* dialog = discord(app);
        paste(dialog, DiscordStandIn::webhookUrl(kWebhookId, kToken));
        QVERIFY(waitForMessage(dialog, QStringLiteral("Confirm your email address")));
        QVERIFY(!child<QPushButton>(dialog, "linkDiscord")->isEnabled());
    }

    void signedOutItSaysItNeedsTheService()
    {
        AppFixture app;
        open(app, nullptr);
        if (QTest::currentTestFailed())
            return;
        DiscordDialog* dialog = discord(app);
        QVERIFY(dialog->message().contains(QStringLiteral("needs the companion service")));
        QVERIFY(!child<QPushButton>(dialog, "linkDiscord")->isEnabled());
    }
};

QTEST_MAIN(TestDiscordDialog)
#include "TestDiscordDialog.moc"
