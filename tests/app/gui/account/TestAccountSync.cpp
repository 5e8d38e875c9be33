// File > Account and Sync against the real service on loopback, with the real keychain of the
// suite's D-Bus session: a DM signs in, their edits reach the service a moment later, a second
// computer signed in to the same account gets them, the sign-in survives a restart without the
// password, a change on one computer reaches the other at once through the service's poke, a
// refused record is listed with an Upgrade button, kept in the store and sent again after the
// upgrade, and signing out forgets the sign-in.
#include "AppTestSupport.h"
#include "CredentialStore.h"
#include "KeychainWait.h"
#include "ServerHarness.h"
#include "UndoHistory.h"
#include "account/AccountDialog.h"
#include "account/SyncController.h"
#include "actions/ActionCatalog.h"
#include "actions/ActionIds.h"
#include "model/Party.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>

using namespace dnd;
using namespace dnd::test;

namespace {

const char* kPassword = kTestPassword;

// What the application's keychain entry for `email` on `service` holds (the application's own
// keychain service name and key: the service address and the email).
Result<QString> keptSignIn(const QString& service, const QString& email)
{
    sync::CredentialStore keychain;
    const QString key = QUrl(service).toString(QUrl::StripTrailingSlash) + QLatin1Char(' ') + email;
    return waitForKeychain<Result<QString>>([&](auto done) { keychain.load(key, done); })
        .value_or(Error::make(QStringLiteral("TIMEOUT"), QStringLiteral("the keychain did not answer")));
}

bool waitUntilSynced(gui::SyncController& sync)
{
    return QTest::qWaitFor(
        [&] {
            return sync.isSignedIn() && sync.state() == sync::SyncEngine::State::Idle &&
                   sync.statusText().startsWith(QStringLiteral("Synced"));
        },
        20000);
}

} // namespace

class TestAccountSync : public QObject {
    Q_OBJECT

private:
    RunningService m_service;

    QString registerAccount(const QString& tier)
    {
        return registerTestAccount(*m_service.server, *m_service.http, tier).email;
    }
    // Opens File > Account and Sync and signs in as a person would.
    gui::AccountDialog* signIn(AppFixture& app, const QString& email, const QString& password)
    {
        app.window->sync().setIntervals(50, 60000, 50);
        app.window->actions().action(gui::ActionId::FileAccount)->trigger();
        gui::AccountDialog* dialog = app.window->accountDialog();
        if (!dialog)
            return nullptr;
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("service")), m_service.server->baseUrl());
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("email")), email);
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("password")), password);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signIn")), Qt::LeftButton);
        return dialog;
    }

private slots:
    void initTestCase() { QVERIFY2(m_service.start(), m_service.server->errors().constData()); }
    void cleanupTestCase() { m_service.server->stop(); }

    void wrongPasswordIsSaidAndNothingIsKept()
    {
        const QString email = registerAccount(QStringLiteral("guild"));
        AppFixture app;
        gui::AccountDialog* dialog = signIn(app, email, QStringLiteral("not-the-password"));
        QVERIFY(dialog);
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("message"));
        QVERIFY(QTest::qWaitFor(
            [&] { return !message->text().isEmpty() && message->text() != "Signing in..."; }, 10000));
        QVERIFY(!app.window->sync().isSignedIn());
        QVERIFY2(message->text().contains(QStringLiteral("password"), Qt::CaseInsensitive),
                 qPrintable(message->text()));
        QVERIFY(app.settings.syncEmail().isEmpty());
        QCOMPARE(app.window->findChild<QLabel*>(QStringLiteral("syncStatus"))->text(),
                 QStringLiteral("Local only"));
    }

    void editsReachTheServiceAndAnotherComputer()
    {
        const QString email = registerAccount(QStringLiteral("guild"));
        AppFixture laptop;
        QVERIFY(signIn(laptop, email, QString::fromLatin1(kPassword)));
        QVERIFY(waitUntilSynced(laptop.window->sync()));
        QCOMPARE(laptop.settings.syncEmail(), email);
        // An edit made in the window goes up by itself a moment later.
        const QString party = addParty(laptop, QStringLiteral("The Lanterns"));
        QVERIFY(!party.isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return laptop.store.store->outboxSize() == 0; }, 20000));
        const QString token =
            m_service.http->post("/api/v1/auth/login", {{"email", email}, {"password", kPassword}})
                .data()
                .value("accessToken")
                .toString();
        QCOMPARE(m_service.http->get("/api/v1/parties/" + party, token).data().value("name").toString(),
                 QStringLiteral("The Lanterns"));
        auto* status = laptop.window->findChild<QLabel*>(QStringLiteral("syncStatus"));
        QVERIFY(QTest::qWaitFor([&] { return status->text() == QStringLiteral("Synced"); }, 10000));

        // A second computer signed in to the same account gets the party in its list.
        AppFixture desktop;
        QVERIFY(signIn(desktop, email, QString::fromLatin1(kPassword)));
        QVERIFY(waitUntilSynced(desktop.window->sync()));
        QVERIFY(QTest::qWaitFor([&] { return desktop.store.store->get<Party>(party).has_value(); }, 10000));
        QCOMPARE(desktop.store.store->get<Party>(party)->name, QStringLiteral("The Lanterns"));
        // Both are signed in: a change on one reaches the other through the service's poke,
        // long before the minute between periodic rounds is up.
        const QString later = addParty(laptop, QStringLiteral("Made while both watch"));
        QVERIFY(QTest::qWaitFor([&] { return desktop.store.store->get<Party>(later).has_value(); }, 10000));

        // The laptop restarts: signed in again from the keychain, no password asked.
        laptop.window.reset();
        laptop.window = std::make_unique<gui::MainWindow>(*laptop.store.store, laptop.settings,
                                                          laptop.location, &laptop.random);
        QVERIFY(waitUntilSynced(laptop.window->sync()));
        QCOMPARE(laptop.window->sync().email(), email);

        // The sign-in is kept in the keychain: the refresh token the service handed out last.
        const Result<QString> kept = keptSignIn(m_service.server->baseUrl(), email);
        CHECK_OK(kept);
        QVERIFY(!kept->isEmpty());

        // Signing out forgets the account on this computer; the data stays.
        laptop.window->showAccount();
        QTest::mouseClick(laptop.window->accountDialog()->findChild<QPushButton*>(QStringLiteral("signOut")),
                          Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return !laptop.window->sync().isSignedIn() && laptop.settings.syncEmail().isEmpty(); },
            10000));
        QVERIFY(laptop.store.store->get<Party>(party).has_value());
        // The keychain entry is gone, read back from the real keychain ...
        CHECK_FAILS(keptSignIn(m_service.server->baseUrl(), email), "NOT_FOUND");
        // ... and the service ended that session: the token it held is refused. (Not as a reused
        // token: that answer would also end the session, for another reason.)
        const HttpResponse refreshed =
            m_service.http->post("/api/v1/auth/refresh", {{"refreshToken", *kept}});
        QCOMPARE(refreshed.status, 401);
        QCOMPARE(refreshed.errorCode(), QStringLiteral("UNAUTHORIZED"));
        const QString refusal = refreshed.json().value("error").toObject().value("message").toString();
        QVERIFY2(refusal.startsWith(QStringLiteral("This session has ended")), qPrintable(refusal));

        // A restart with settings that still name the account (as if signing out had not cleared
        // them) finds no sign-in to restore, and says so.
        laptop.window.reset();
        laptop.settings.setSyncAccount(QUrl(m_service.server->baseUrl()), email);
        laptop.window = std::make_unique<gui::MainWindow>(*laptop.store.store, laptop.settings,
                                                          laptop.location, &laptop.random);
        auto* restartedStatus = laptop.window->findChild<QLabel*>(QStringLiteral("syncStatus"));
        QVERIFY(
            QTest::qWaitFor([&] { return restartedStatus->text() != QStringLiteral("Local only"); }, 10000));
        QCOMPARE(restartedStatus->text(),
                 QStringLiteral("Not syncing: No sign-in is saved for this account."));
        QVERIFY(!laptop.window->sync().isSignedIn());
    }

    // A computer whose clock is 10 minutes fast made a change before it ever synced: the service
    // refuses the push as stamped in its future. The status bar and the Account and Sync window
    // say that the changes wait and that the date and time need fixing, and the change stays
    // queued: nothing is dropped or listed as refused.
    void clockFarAheadIsShownAndTheChangesWait()
    {
        const QString email = registerAccount(QStringLiteral("guild"));
        AppFixture laptop;
        laptop.store.clock.set(QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000);
        QVERIFY(!addParty(laptop, QStringLiteral("Made with a fast clock")).isEmpty());
        gui::AccountDialog* dialog = signIn(laptop, email, QString::fromLatin1(kPassword));
        QVERIFY(dialog);
        gui::SyncController& sync = laptop.window->sync();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sync.state() == sync::SyncEngine::State::Waiting &&
                       sync.statusText().startsWith(QStringLiteral("Changes waiting"));
            },
            20000));
        for (QLabel* status : {laptop.window->statusBar()->findChild<QLabel*>(QStringLiteral("syncStatus")),
                               dialog->findChild<QLabel*>(QStringLiteral("syncStatus"))}) {
            QVERIFY(status);
            QVERIFY2(status->text().startsWith(QStringLiteral("Changes waiting")),
                     qPrintable(status->text()));
            QVERIFY2(status->text().contains(QStringLiteral("date and time")), qPrintable(status->text()));
        }
        QCOMPARE(laptop.store.store->outboxSize(), 1);
        QVERIFY(laptop.store.store->rejections().isEmpty());
    }

    void refusedChangesAreListedWithAnUpgrade()
    {
        const QString email = registerAccount(QStringLiteral("free")); // one party
        AppFixture app;
        gui::AccountDialog* dialog = signIn(app, email, QString::fromLatin1(kPassword));
        QVERIFY(dialog);
        QVERIFY(waitUntilSynced(app.window->sync()));
        auto* upgrade = dialog->findChild<QPushButton*>(QStringLiteral("upgrade"));
        QVERIFY(upgrade->isHidden());
        addParty(app, QStringLiteral("First"));
        const QString second = addParty(app, QStringLiteral("Second"));
        auto* refused = dialog->findChild<QListWidget*>(QStringLiteral("refused"));
        QVERIFY(QTest::qWaitFor([&] { return refused->count() == 1; }, 20000));
        // The refusal names the limit and the plan that lifts it.
        QVERIFY2(refused->item(0)->text().contains(QStringLiteral("at most 1 parties")) &&
                     refused->item(0)->text().contains(QStringLiteral("The Seasoned plan allows 3.")),
                 qPrintable(refused->item(0)->text()));
        QVERIFY(!upgrade->isHidden());
        QVERIFY(app.window->findChild<QLabel*>(QStringLiteral("syncStatus"))
                    ->text()
                    .contains(QStringLiteral("not synced")));
        // Refused by the service, kept on this computer, and the list with it (across restarts).
        QCOMPARE(app.store.store->get<Party>(second)->name, QStringLiteral("Second"));
        QCOMPARE(app.store.store->outboxSize(), 0);
        QCOMPARE(app.store.store->rejections().size(), 1);
        QCOMPARE(app.store.store->rejections().first().rowId, second);
        // After an upgrade, Send Again delivers the whole record.
        QCOMPARE(m_service.server->runCommand({QStringLiteral("admin"), QStringLiteral("set-tier"),
                                               QStringLiteral("--email"), email, QStringLiteral("--tier"),
                                               QStringLiteral("guild")}),
                 0);
        auto* sendAgain = dialog->findChild<QPushButton*>(QStringLiteral("sendAgain"));
        refused->setCurrentRow(0);
        QVERIFY(sendAgain->isEnabled());
        sendAgain->click();
        QVERIFY(QTest::qWaitFor([&] { return refused->count() == 0; }, 20000));
        QVERIFY(waitUntilSynced(app.window->sync()));
        QVERIFY(app.store.store->rejections().isEmpty());
        AppFixture laptop;
        QVERIFY(signIn(laptop, email, QString::fromLatin1(kPassword)));
        QVERIFY(QTest::qWaitFor([&] { return laptop.store.store->get<Party>(second).has_value(); }, 20000));
        QCOMPARE(laptop.store.store->get<Party>(second)->name, QStringLiteral("Second"));
    }
};

QTEST_MAIN(TestAccountSync)
#include "TestAccountSync.moc"
