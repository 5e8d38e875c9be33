// Everything a DM does with an account from the window, against the real service on loopback and
// the suite's keyring: create an account (the password rules marked as they are typed), the banner
// until the address is confirmed (resend; the token from the mail folder), forget and reset the
// password, then sign in with the new one; the plan's usage against every limit and the devices
// holding its slots, one removed from another computer and its slot reused; Upgrade and Manage
// Subscription opening the checkout and portal pages (Stripe stand-in, the browser intercepted).
#include "AppTestSupport.h"
#include "ServerHarness.h"
#include "StripeStandIn.h"
#include "UndoHistory.h"
#include "account/AccountDialog.h"
#include "account/CreateAccountDialog.h"
#include "account/ResetPasswordDialog.h"
#include "account/SyncController.h"
#include "account/UsageSummary.h"
#include "actions/ActionCatalog.h"
#include "actions/ActionIds.h"
#include "model/Party.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextDocumentFragment>

using namespace dnd;
using namespace dnd::test;

namespace {

template <typename Widget> Widget* child(QObject* parent, const char* name)
{
    return parent->findChild<Widget*>(QString::fromLatin1(name));
}

// DND_SCREENSHOT_DIR=docs/screenshots keeps a picture of the dialog for the user guide.
void keepScreenshot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("DND_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

// Rich text as the reader sees it: no markup, one line per <br>.
QString plainText(const QString& html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().replace(QChar::LineSeparator,
                                                                       QLatin1Char('\n'));
}

QString shownText(const QLabel* label)
{
    return plainText(label->text());
}

bool waitForText(QLabel* label, const QString& part, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return shownText(label).contains(part); }, timeoutMs);
}

} // namespace

class TestAccountDialogs : public QObject {
    Q_OBJECT

    StripeStandIn m_stripe;
    RunningService m_service;
    QList<QUrl> m_opened; // the https pages the window handed to the browser

public slots:
    // Stands in for the browser: QDesktopServices hands https addresses here.
    void openInBrowser(const QUrl& url) { m_opened << url; }

private:
    gui::AccountDialog* openAccount(AppFixture& app)
    {
        app.window->sync().setIntervals(50, 60000, 50);
        app.window->actions().action(gui::ActionId::FileAccount)->trigger();
        return app.window->accountDialog();
    }
    gui::AccountDialog* signIn(AppFixture& app, const QString& email, const QString& password)
    {
        gui::AccountDialog* dialog = openAccount(app);
        typeInto(child<QLineEdit>(dialog, "service"), m_service.server->baseUrl());
        typeInto(child<QLineEdit>(dialog, "email"), email);
        typeInto(child<QLineEdit>(dialog, "password"), password);
        QTest::mouseClick(child<QPushButton>(dialog, "signIn"), Qt::LeftButton);
        return dialog;
    }
    // The token of the newest mail to `email` (verification or reset).
    QString mailedToken(const QString& email, const QByteArray& kind)
    {
        QString token;
        (void)QTest::qWaitFor(
            [&] {
                const QByteArray mail = newestMail(m_service.server->mailDir());
                if (mail.contains("To: " + email.toUtf8()) && mail.contains(kind))
                    token = tokenFromMail(mail);
                return !token.isEmpty();
            },
            10000);
        return token;
    }

private slots:
    void initTestCase()
    {
        // Billing goes to the Stripe stand-in; the rest of the service is the real one.
        QVERIFY(m_stripe.listen(QHostAddress::LocalHost, 0));
        m_service.server = std::make_unique<ServerProcess>(
            fastServiceArguments(),
            QHash<QString, QString>{
                {"STRIPE_SECRET_KEY", "sk_test_window"},
                {"STRIPE_API_BASE", QStringLiteral("http://127.0.0.1:%1").arg(m_stripe.serverPort())}});
        QVERIFY2(m_service.server->start(), m_service.server->errors().constData());
        m_service.http = std::make_unique<HttpClient>(m_service.server->baseUrl());
        QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openInBrowser");
    }
    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        m_service.server->stop();
    }

    void createVerifyForgetAndReset()
    {
        const QString email =
            QStringLiteral("new-dm-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
        AppFixture app;
        gui::AccountDialog* account = openAccount(app);
        QVERIFY(account);
        QTest::mouseClick(child<QPushButton>(account, "createAccount"), Qt::LeftButton);
        auto* create = account->findChild<gui::CreateAccountDialog*>();
        QVERIFY(create);
        typeInto(child<QLineEdit>(create, "service"), m_service.server->baseUrl());
        typeInto(child<QLineEdit>(create, "email"), email);
        typeInto(child<QLineEdit>(create, "username"), QStringLiteral("lanternkeeper"));
        auto* rules = child<QLabel>(create, "passwordRules");
        auto* createButton = child<QPushButton>(create, "create");
        // The rules are marked as the password is typed.
        typeInto(child<QLineEdit>(create, "password"), QStringLiteral("lantern"));
        QVERIFY2(rules->text().contains(QStringLiteral("\u2717 10 to 128 characters")),
                 qPrintable(rules->text()));
        QVERIFY(rules->text().contains(QStringLiteral("\u2717 letters mixed with digits or symbols")));
        QVERIFY(!createButton->isEnabled());
        typeInto(child<QLineEdit>(create, "password"), QStringLiteral("lanternkeeper-42"));
        QVERIFY(rules->text().contains(QStringLiteral("\u2717 not containing your username")));
        QVERIFY(!createButton->isEnabled());
        const QString password = QStringLiteral("Brass-lantern-42");
        typeInto(child<QLineEdit>(create, "password"), password);
        QVERIFY2(!rules->text().contains(QStringLiteral("\u2717")), qPrintable(rules->text()));
        typeInto(child<QLineEdit>(create, "repeatPassword"), QStringLiteral("Brass-lantern-43"));
        QVERIFY(!createButton->isEnabled());
        typeInto(child<QLineEdit>(create, "repeatPassword"), password);
        QVERIFY(createButton->isEnabled());
        QTest::mouseClick(createButton, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return app.window->sync().isSignedIn(); }, 15000));
        QCOMPARE(app.window->sync().email(), email);
        QCOMPARE(app.settings.syncEmail(), email);

        // Not confirmed yet: the banner, and a resend that mails a new link.
        auto* banner = child<QLabel>(account, "verifyBanner");
        QVERIFY(QTest::qWaitFor([&] { return banner->isVisible(); }, 10000));
        const int mails = mailCount(m_service.server->mailDir());
        QTest::mouseClick(child<QPushButton>(account, "resendVerification"), Qt::LeftButton);
        QVERIFY(waitForText(child<QLabel>(account, "message"), QStringLiteral("new confirmation mail")));
        QCOMPARE(mailCount(m_service.server->mailDir()), mails + 1);
        // The mailed link, opened as a browser would; the banner is gone when the panel comes back.
        const QString verifyToken = mailedToken(email, "/verify-email?token=");
        QVERIFY(!verifyToken.isEmpty());
        QCOMPARE(m_service.http->get("/verify-email?token=" + verifyToken).status, 200);
        account->hide();
        app.window->actions().action(gui::ActionId::FileAccount)->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !banner->isVisible(); }, 10000));

        // Signed out, the password forgotten: the reset token comes by mail.
        QTest::mouseClick(child<QPushButton>(account, "signOut"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !app.window->sync().isSignedIn(); }, 10000));
        QTest::mouseClick(child<QPushButton>(account, "forgotPassword"), Qt::LeftButton);
        auto* reset = account->findChild<gui::ResetPasswordDialog*>();
        QVERIFY(reset);
        QCOMPARE(child<QLineEdit>(reset, "email")->text(), email);
        QTest::mouseClick(child<QPushButton>(reset, "sendReset"), Qt::LeftButton);
        QVERIFY2(waitForText(child<QLabel>(reset, "message"), QStringLiteral("on its way")),
                 qPrintable(child<QLabel>(reset, "message")->text()));
        const QString resetToken = mailedToken(email, "Reset token:");
        QVERIFY(!resetToken.isEmpty());
        const QString newPassword = QStringLiteral("Silver-candle-77");
        typeInto(child<QLineEdit>(reset, "resetToken"), resetToken);
        typeInto(child<QLineEdit>(reset, "newPassword"), newPassword);
        typeInto(child<QLineEdit>(reset, "repeatPassword"), newPassword);
        QTest::mouseClick(child<QPushButton>(reset, "setPassword"), Qt::LeftButton);
        QVERIFY(waitForText(child<QLabel>(reset, "message"), QStringLiteral("password is changed")));
        reset->close();

        // The old password is refused, the new one signs in.
        typeInto(child<QLineEdit>(account, "password"), password);
        QTest::mouseClick(child<QPushButton>(account, "signIn"), Qt::LeftButton);
        QVERIFY(waitForText(child<QLabel>(account, "message"), QStringLiteral("wrong")));
        QVERIFY(!app.window->sync().isSignedIn());
        typeInto(child<QLineEdit>(account, "password"), newPassword);
        QTest::mouseClick(child<QPushButton>(account, "signIn"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return app.window->sync().isSignedIn(); }, 15000));
    }

    // A limit a newer service adds shows under a label made from its key; sizes in kB/MB.
    void usageListsLimitsThisVersionDoesNotKnow()
    {
        const QJsonObject answer{
            {"tier", "expert"},
            {"usage",
             QJsonObject{{"parties", QJsonObject{{"used", 2}, {"limit", 10}}},
                         {"mapsStored", QJsonObject{{"used", 3},
                                                    {"limit", 3},
                                                    {"upgrade", QJsonObject{{"tier", "guild"},
                                                                            {"name", "Guild"},
                                                                            {"limit", QJsonValue::Null}}}}},
                         {"uploadBytes", QJsonObject{{"used", 2048}, {"limit", QJsonValue::Null}}},
                         {"devices", QJsonObject{{"used", 10}, {"limit", 10}}}}}};
        const gui::UsageSummary summary(answer);
        const QString shown = plainText(summary.html());
        QCOMPARE(shown.split(QLatin1Char('\n')),
                 (QStringList{"expert plan", "Parties: 2 of 10",
                              "Devices: 10 of 10 (limit reached: no plan allows more)",
                              "Maps stored: 3 of 3 (limit reached: the Guild plan has no limit)",
                              "Upload bytes: 2.0 kB (unlimited)"}));
        QVERIFY(summary.atLimit());
    }

    void usageShownAndARemovedDeviceFreesItsSlot()
    {
        const TestAccount account = registerTestAccount(*m_service.server, *m_service.http); // free plan
        AppFixture laptop;
        gui::AccountDialog* laptopDialog = signIn(laptop, account.email, QString::fromLatin1(kTestPassword));
        QVERIFY(QTest::qWaitFor([&] { return laptop.window->sync().isSignedIn(); }, 15000));
        addParty(laptop, QStringLiteral("The Lanterns"));
        QVERIFY(QTest::qWaitFor([&] { return laptop.store.store->outboxSize() == 0; }, 20000));
        laptopDialog->hide();
        laptop.window->actions().action(gui::ActionId::FileAccount)->trigger();
        auto* usage = child<QLabel>(laptopDialog, "usage");
        // Every limit the service returns, a reached one in bold naming the plan that lifts it.
        QVERIFY(waitForText(usage,
                            QStringLiteral("Devices: 1 of 1 (limit reached: the Seasoned plan allows 2)")));
        const QString shown = shownText(usage);
        for (const char* line :
             {"free plan", "Parties: 1 of 1 (limit reached: the Seasoned plan allows 3)",
              "Characters: 0 of 6", "Encounters: 0 of 3", "Combatants in one encounter: 0 of 20",
              "Custom creatures: 0 of 10", "Combat log entries: 0 of 50",
              "Player view shares: 0 of 0 (limit reached: the Seasoned plan allows 5)"})
            QVERIFY2(shown.contains(QString::fromLatin1(line)),
                     qPrintable(line + QStringLiteral(" in:\n") + shown));
        QVERIFY2(
            shown.contains(QRegularExpression(QStringLiteral("Stored data: [0-9.]+ (bytes|kB) of 1.0 MB"))),
            qPrintable(shown));
        QVERIFY(usage->text().contains(QStringLiteral("<b>Devices: 1 of 1 (limit reached")));
        QVERIFY(!usage->text().contains(QStringLiteral("<b>Encounters")));
        QVERIFY(!child<QPushButton>(laptopDialog, "upgrade")->isHidden());
        auto* laptopDevices = child<QListWidget>(laptopDialog, "devices");
        QVERIFY(QTest::qWaitFor([&] { return laptopDevices->count() == 1; }, 10000));
        QVERIFY(laptopDevices->item(0)->text().startsWith(QStringLiteral("This computer, last sync ")));
        keepScreenshot(laptopDialog, QStringLiteral("account-devices.png"));

        // A second computer finds the plan's one slot taken, and the status says which plan lifts it.
        AppFixture desk;
        gui::AccountDialog* deskDialog = signIn(desk, account.email, QString::fromLatin1(kTestPassword));
        QVERIFY(QTest::qWaitFor([&] { return desk.window->sync().isSignedIn(); }, 15000));
        addParty(desk, QStringLiteral("Desk notes"));
        auto* deskStatus = desk.window->findChild<QLabel*>(QStringLiteral("syncStatus"));
        QVERIFY2(waitForText(deskStatus, QStringLiteral("The Seasoned plan allows 2.")),
                 qPrintable(deskStatus->text()));
        // It removes the laptop in its own panel, and takes the slot.
        auto* deskDevices = child<QListWidget>(deskDialog, "devices");
        QVERIFY(QTest::qWaitFor([&] { return deskDevices->count() == 1; }, 10000));
        QVERIFY(deskDevices->item(0)->text().startsWith(QStringLiteral("Device ")));
        QVERIFY(clickRows(deskDevices, {0}));
        QTest::mouseClick(child<QPushButton>(deskDialog, "removeDevice"), Qt::LeftButton);
        QVERIFY(waitForText(child<QLabel>(deskDialog, "message"), QStringLiteral("slot is free")));
        QVERIFY(QTest::qWaitFor([&] { return deskDevices->count() == 0; }, 10000));
        QTest::mouseClick(child<QPushButton>(deskDialog, "syncNow"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return desk.store.store->outboxSize() == 0; }, 20000));
        // The panel reads the devices again when it comes back up.
        deskDialog->hide();
        desk.window->actions().action(gui::ActionId::FileAccount)->trigger();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return deskDevices->count() == 1 && deskDevices->item(0)->text().startsWith("This computer");
            },
            10000));
        QVERIFY(deskDevices->item(0)->text().startsWith(QStringLiteral("This computer")));

        // The laptop is told at its next round.
        QTest::mouseClick(child<QPushButton>(laptopDialog, "syncNow"), Qt::LeftButton);
        QVERIFY(
            waitForText(child<QLabel>(laptopDialog, "message"), QStringLiteral("removed from the account")));
    }

    // Upgrade offers the plans to buy; the tier picked goes to checkout and the page the service
    // returned opens in the browser.
    void upgradeOpensTheCheckoutPageOfTheChosenTier()
    {
        const TestAccount account = registerTestAccount(*m_service.server, *m_service.http); // free plan
        QVERIFY(confirmTestAccountEmail(*m_service.server, *m_service.http, account));
        AppFixture app;
        gui::AccountDialog* dialog = signIn(app, account.email, QString::fromLatin1(kTestPassword));
        auto* upgrade = child<QPushButton>(dialog, "upgrade");
        // The free plan has reached a limit (no shares at all): Upgrade is offered.
        QVERIFY(QTest::qWaitFor([&] { return upgrade->isVisible(); }, 15000));
        m_opened.clear();
        m_stripe.requests.clear();
        QTest::mouseClick(upgrade, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }, 10000));
        QVERIFY(pickFromOpenMenu(
            QStringLiteral("Expert, %1 a month").arg(QLocale().toCurrencyString(9.99, QStringLiteral("$")))));
        QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 10000));
        QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://checkout.stripe.test/c/pay/cs_test_1"))});
        QCOMPARE(m_stripe.requests.last().path, QByteArray("/v1/checkout/sessions"));
        QVERIFY(m_stripe.requests.last().form().contains(
            {QStringLiteral("line_items[0][price]"), QStringLiteral("price_expert_monthly")}));
        QVERIFY(shownText(child<QLabel>(dialog, "message")).isEmpty());
    }

    // Until the address is confirmed the service sells nothing: the window says so and opens no page.
    void unconfirmedAccountIsToldToConfirmBeforeBuying()
    {
        const TestAccount account = registerTestAccount(*m_service.server, *m_service.http);
        AppFixture app;
        gui::AccountDialog* dialog = signIn(app, account.email, QString::fromLatin1(kTestPassword));
        auto* upgrade = child<QPushButton>(dialog, "upgrade");
        QVERIFY(QTest::qWaitFor([&] { return upgrade->isVisible(); }, 15000));
        m_opened.clear();
        QTest::mouseClick(upgrade, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }, 10000));
        QVERIFY(pickFromOpenMenu(QStringLiteral("Seasoned, %1 a month")
                                     .arg(QLocale().toCurrencyString(4.99, QStringLiteral("$")))));
        auto* message = child<QLabel>(dialog, "message");
        QVERIFY2(waitForText(message, QStringLiteral("Confirm your email address before you buy a plan")),
                 qPrintable(shownText(message)));
        QVERIFY(shownText(message).contains(account.email));
        QVERIFY(m_opened.isEmpty());
    }

    // Manage Subscription opens the billing portal page the service returned; once the service has
    // ended the sign-in (a password reset elsewhere), it says to sign in again instead.
    void manageSubscriptionOpensThePortal()
    {
        const TestAccount account =
            registerTestAccount(*m_service.server, *m_service.http, QStringLiteral("seasoned"));
        AppFixture app;
        gui::AccountDialog* dialog = signIn(app, account.email, QString::fromLatin1(kTestPassword));
        auto* manage = child<QPushButton>(dialog, "manageSubscription");
        QVERIFY(QTest::qWaitFor([&] { return manage->isVisible(); }, 15000));
        // The paid plan keeps every combat log entry.
        QVERIFY(
            waitForText(child<QLabel>(dialog, "usage"), QStringLiteral("Combat log entries: 0 (unlimited)")));
        m_opened.clear();
        QTest::mouseClick(manage, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 10000));
        QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://billing.stripe.test/p/session/1"))});
        QCOMPARE(m_stripe.requests.last().path, QByteArray("/v1/billing_portal/sessions"));

        QCOMPARE(m_service.http->post("/api/v1/auth/forgot-password", {{"email", account.email}}).status,
                 200);
        const QString token = mailedToken(account.email, "Reset token:");
        QVERIFY(!token.isEmpty());
        QCOMPARE(
            m_service.http
                ->post("/api/v1/auth/reset-password", {{"token", token}, {"password", "Quiet-harbour-19"}})
                .status,
            200);
        m_opened.clear();
        QTest::mouseClick(manage, Qt::LeftButton);
        auto* message = child<QLabel>(dialog, "message");
        QVERIFY2(waitForText(message, QStringLiteral("no longer signed in")), qPrintable(shownText(message)));
        QVERIFY(m_opened.isEmpty());
        QVERIFY(!app.window->sync().isSignedIn());
        QVERIFY(manage->isHidden());
    }
};

QTEST_MAIN(TestAccountDialogs)
#include "TestAccountDialogs.moc"
