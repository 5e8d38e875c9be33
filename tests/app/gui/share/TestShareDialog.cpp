// Combat > Share with Players against the real service on loopback: the link of the open
// encounter with its QR code (read back module by module and compared with libqrencode's own
// encoding of the link), copied, shown again rather than created twice, and revoked, which closes
// a player's watch socket. A plan without the live view sees what it needs and Upgrade (and the
// link once upgraded), an unconfirmed address the service's reason, and a window that is not
// signed in, or whose service is gone, that sharing needs the service.
#include "AppTestSupport.h"
#include "ObservedWebSocket.h"
#include "ServerHarness.h"
#include "account/SyncController.h"
#include "actions/ActionCatalog.h"
#include "actions/ActionIds.h"
#include "encounters/EncountersPage.h"
#include "share/QrCode.h"
#include "share/ShareDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <memory>
#include <qrencode.h>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {

constexpr int kWaitMs = 20000;

template <typename Widget> Widget* child(QObject* parent, const char* name)
{
    return parent->findChild<Widget*>(QString::fromLatin1(name));
}

// The modules read back from the picture: the colour at the centre of each module's square.
QList<bool> modulesInPicture(const QImage& picture, int width)
{
    QList<bool> modules;
    const int moduleSize = picture.width() / (width + 2 * QrCode::kQuietZone);
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            const QPoint centre((x + QrCode::kQuietZone) * moduleSize + moduleSize / 2,
                                (y + QrCode::kQuietZone) * moduleSize + moduleSize / 2);
            modules.append(qGray(picture.pixel(centre)) < 128);
        }
    }
    return modules;
}

} // namespace

class TestShareDialog : public QObject {
    Q_OBJECT

    RunningService m_service;

    // A window signed in to `account` with an encounter of its own open in the tracker, synced.
    struct SharingWindow {
        AppFixture app;
        QString encounterId;
    };

    void open(SharingWindow& window, const TestAccount* account) { open(window, account, *m_service.server); }
    void open(SharingWindow& window, const TestAccount* account, ServerProcess& server)
    {
        SyncController& sync = window.app.window->sync();
        sync.setIntervals(50, 60000, 50);
        if (account) {
            bool answered = false;
            sync.signIn(QUrl(server.baseUrl()), account->email, QString::fromLatin1(kTestPassword),
                        [&](const Status&) { answered = true; });
            QVERIFY(QTest::qWaitFor([&] { return answered; }, kWaitMs));
            QVERIFY(sync.isSignedIn());
        }
        MainWindow& main = *window.app.window;
        main.showPage(MainWindow::Page::Encounters);
        window.encounterId = main.encountersPage()->newEncounter(QStringLiteral("Bridge of Khazad"));
        QVERIFY(!window.encounterId.isEmpty());
        main.trackerPage()->openEncounter(window.encounterId);
        QVERIFY(main.trackerPage()->session());
        if (account) {
            sync.syncNow();
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return sync.state() == sync::SyncEngine::State::Idle &&
                           window.app.store.store->outboxSize() == 0;
                },
                kWaitMs));
        }
    }

    // The same, signed in to a new account of `tier` whose address is confirmed or not.
    void openAs(SharingWindow& window, TestAccount& account, const QString& tier, bool confirmed)
    {
        account = registerTestAccount(*m_service.server, *m_service.http, tier);
        if (confirmed)
            QVERIFY(confirmTestAccountEmail(*m_service.server, *m_service.http, account));
        open(window, &account);
    }

    ShareDialog* share(SharingWindow& window)
    {
        window.app.window->actions().action(ActionId::TrackerShare)->trigger();
        return window.app.window->shareDialog();
    }

    QJsonArray sharesOf(const TestAccount& account)
    {
        return m_service.http->get("/api/v1/shares", account.accessToken).items();
    }

private slots:
    void initTestCase() { QVERIFY2(m_service.start(), m_service.server->errors().constData()); }
    void cleanupTestCase() { m_service.server->stop(); }

    void createsShowsCopiesAndRevokesTheLink()
    {
        TestAccount account;
        SharingWindow window;
        openAs(window, account, QStringLiteral("seasoned"), true);
        if (QTest::currentTestFailed())
            return;

        ShareDialog* dialog = share(window);
        QVERIFY(dialog);
        auto* create = child<QPushButton>(dialog, "createShare");
        QVERIFY(QTest::qWaitFor([&] { return create->isVisible(); }, kWaitMs));
        QVERIFY(child<QPushButton>(dialog, "upgrade")->isHidden());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog->link().isEmpty(); }, kWaitMs));

        // One share of this encounter on the service; the dialog shows its players' page.
        const QJsonArray shares = sharesOf(account);
        QCOMPARE(shares.size(), qsizetype(1));
        QCOMPARE(shares.first()["encounterId"].toString(), window.encounterId);
        const QString code = shares.first()["code"].toString();
        const QString link = m_service.server->baseUrl() + QStringLiteral("/play/") + code;
        QCOMPARE(dialog->link(), link);
        QCOMPARE(child<QLineEdit>(dialog, "link")->text(), link);
        QCOMPARE(m_service.http->get("/play/" + code).status, 200);

        // The code shown is libqrencode's encoding of exactly that link.
        const QByteArray linkBytes = link.toUtf8();
        std::unique_ptr<QRcode, decltype(&QRcode_free)> expected(
            QRcode_encodeString8bit(linkBytes.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
        QVERIFY(expected);
        QList<bool> expectedModules;
        for (int i = 0; i < expected->width * expected->width; ++i)
            expectedModules.append((expected->data[i] & 1) != 0);
        auto* shown = child<QLabel>(dialog, "qrCode");
        QVERIFY(shown->isVisible());
        const QImage picture = shown->pixmap().toImage();
        QCOMPARE(picture.size(), dialog->qrImage().size());
        QCOMPARE(picture.width() % (expected->width + 2 * QrCode::kQuietZone), 0);
        QCOMPARE(modulesInPicture(picture, expected->width), expectedModules);

        // Copy puts the link on the clipboard.
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(dialog, "copyLink"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), link);
        if (const QString folder = qEnvironmentVariable("DND_SCREENSHOT_DIR"); !folder.isEmpty())
            QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("share-with-players.png"))));

        // Opened again, the dialog shows the same link: nothing new is created.
        dialog->close();
        QVERIFY(QTest::qWaitFor([&] { return !window.app.window->shareDialog(); }, kWaitMs));
        dialog = share(window);
        QVERIFY(QTest::qWaitFor([&] { return dialog->link() == link; }, kWaitMs));
        QCOMPARE(sharesOf(account).size(), qsizetype(1));

        // Another encounter opened in the tracker: the window follows it (no link yet), and back.
        MainWindow& main = *window.app.window;
        const QString other = main.encountersPage()->newEncounter(QStringLiteral("Goblin Ambush"));
        main.trackerPage()->openEncounter(other);
        auto* title = child<QLabel>(dialog, "encounterName");
        auto* createOther = child<QPushButton>(dialog, "createShare");
        QVERIFY(QTest::qWaitFor([&] { return createOther->isVisible(); }, kWaitMs));
        QCOMPARE(title->text(), QStringLiteral("Goblin Ambush"));
        QVERIFY(dialog->link().isEmpty());
        main.trackerPage()->openEncounter(window.encounterId);
        QVERIFY(QTest::qWaitFor([&] { return dialog->link() == link; }, kWaitMs));
        QCOMPARE(title->text(), QStringLiteral("Bridge of Khazad"));

        // A player follows the link; revoking it closes the player's socket and frees the code.
        ObservedWebSocket player(m_service.server->port());
        QVERIFY(player.waitConnected());
        player.socket.sendTextMessage(QStringLiteral("{\"type\":\"watch\",\"shareCode\":\"%1\"}").arg(code));
        QVERIFY(QTest::qWaitFor(
            [&] { return !player.received.isEmpty() && player.received.first().contains("watch:ok"); },
            kWaitMs));
        QTest::mouseClick(child<QPushButton>(dialog, "revokeShare"), Qt::LeftButton);
        QVERIFY(player.waitClosed(kWaitMs));
        QCOMPARE(player.closeCode, 1000);
        QVERIFY(
            QTest::qWaitFor([&] { return child<QPushButton>(dialog, "createShare")->isVisible(); }, kWaitMs));
        QVERIFY(dialog->link().isEmpty());
        QVERIFY(child<QLabel>(dialog, "qrCode")->isHidden());
        QCOMPARE(sharesOf(account).size(), qsizetype(0));
        QCOMPARE(m_service.http->get("/play/" + code).status, 404);
    }

    void aPlanWithoutTheLiveViewSeesWhatItNeeds()
    {
        TestAccount account;
        SharingWindow window;
        openAs(window, account, QStringLiteral("free"), true);
        if (QTest::currentTestFailed())
            return;
        ShareDialog* dialog = share(window);
        auto* upgrade = child<QPushButton>(dialog, "upgrade");
        QVERIFY(QTest::qWaitFor([&] { return upgrade->isVisible(); }, kWaitMs));
        QVERIFY2(child<QLabel>(dialog, "message")->text().contains(QStringLiteral("Seasoned plan")),
                 qPrintable(child<QLabel>(dialog, "message")->text()));
        QVERIFY(child<QPushButton>(dialog, "createShare")->isHidden());
        QVERIFY(dialog->link().isEmpty());
        QCOMPARE(sharesOf(account).size(), qsizetype(0));

        // Upgraded since the sign-in (the payment went through): the dialog offers the link at once.
        QCOMPARE(m_service.server->runCommand(
                     {"admin", "set-tier", "--email", account.email, "--tier", "seasoned"}),
                 0);
        dialog->close();
        QVERIFY(QTest::qWaitFor([&] { return !window.app.window->shareDialog(); }, kWaitMs));
        dialog = share(window);
        auto* create = child<QPushButton>(dialog, "createShare");
        QVERIFY(QTest::qWaitFor([&] { return create->isVisible(); }, kWaitMs));
        QVERIFY(child<QPushButton>(dialog, "upgrade")->isHidden());
    }

    void anUnconfirmedAddressGetsTheServicesReason()
    {
        TestAccount account;
        SharingWindow window;
        openAs(window, account, QStringLiteral("seasoned"), false);
        if (QTest::currentTestFailed())
            return;
        ShareDialog* dialog = share(window);
        auto* create = child<QPushButton>(dialog, "createShare");
        QVERIFY(QTest::qWaitFor([&] { return create->isVisible(); }, kWaitMs));
        QTest::mouseClick(create, Qt::LeftButton);
        // The same sentence the service answers anyone who asks.
        const HttpResponse refused = m_service.http->post(
            "/api/v1/shares", {{"encounterId", window.encounterId}}, account.accessToken);
        QCOMPARE(refused.errorCode(), QStringLiteral("EMAIL_NOT_VERIFIED"));
        const QString reason = refused.json()["error"].toObject()["message"].toString();
        QVERIFY(!reason.isEmpty());
        auto* message = child<QLabel>(dialog, "message");
        QVERIFY2(QTest::qWaitFor([&] { return message->text() == reason; }, kWaitMs),
                 qPrintable(message->text()));
        QVERIFY(dialog->link().isEmpty());
        QCOMPARE(sharesOf(account).size(), qsizetype(0));
    }

    void withoutTheServiceItSaysSharingNeedsIt()
    {
        SharingWindow window;
        open(window, nullptr);
        if (QTest::currentTestFailed())
            return;
        ShareDialog* dialog = share(window);
        QVERIFY(dialog->isVisible());
        QVERIFY2(
            child<QLabel>(dialog, "message")->text().contains(QStringLiteral("needs the companion service")),
            qPrintable(child<QLabel>(dialog, "message")->text()));
        QVERIFY(child<QPushButton>(dialog, "createShare")->isHidden());
        QVERIFY(child<QPushButton>(dialog, "upgrade")->isHidden());
    }

    void offlineItSaysSharingNeedsTheService()
    {
        // Signed in to a service that is gone by the time the DM shares.
        RunningService gone;
        QVERIFY(gone.start());
        const TestAccount account = registerTestAccount(*gone.server, *gone.http, QStringLiteral("seasoned"));
        SharingWindow window;
        open(window, &account, *gone.server);
        if (QTest::currentTestFailed())
            return;
        gone.server->stop();
        ShareDialog* dialog = share(window);
        auto* message = child<QLabel>(dialog, "message");
        QVERIFY2(QTest::qWaitFor(
                     [&] { return message->text().contains(QStringLiteral("cannot be reached")); }, kWaitMs),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("needs the companion service")));
        QVERIFY(child<QPushButton>(dialog, "createShare")->isHidden());
        QVERIFY(dialog->link().isEmpty());
    }
};

QTEST_MAIN(TestShareDialog)
#include "TestShareDialog.moc"
