// The service's own pages (server/web) against the real binary: the links it mails lead to them,
// the reset form changes the password through the API's checks, and headless Chromium renders
// every page with the stylesheet the page's policy allows, in light and dark, at phone width.
#include "ServerHarness.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dnd::test;

namespace {
const QColor kLightBackground(0xf6, 0xf3, 0xee);
const QColor kDarkBackground(0x16, 0x13, 0x0f);
constexpr int kPhoneWidth = 390;
constexpr int kPhoneHeight = 844;

// The path and query of the first link in a mail that leads to `page` ("/verify-email").
QString linkPath(const QByteArray& mail, const QString& page)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("https?://[^/\\s]+(%1\\?token=[A-Za-z0-9_-]+)")
                               .arg(QRegularExpression::escape(page)))
            .match(QString::fromUtf8(mail));
    return match.captured(1);
}

// A body as a browser's form sends it (application/x-www-form-urlencoded): spaces as '+', and a
// '+' of the value percent-encoded.
QByteArray formBody(const QList<QPair<QString, QString>>& fields)
{
    QByteArrayList pairs;
    for (const auto& [name, value] : fields)
        pairs << name.toUtf8() + '=' + value.toUtf8().toPercentEncoding(" ").replace(' ', '+');
    return pairs.join('&');
}
} // namespace

class TestServicePages final : public QObject {
    Q_OBJECT

    RunningService m_service;
    QTemporaryDir m_browserProfile;
    QString m_chromium;

    // Runs headless Chromium with `arguments` before the URL; answers its standard output.
    QByteArray chromium(const QStringList& arguments, const QString& path)
    {
        QProcess process;
        QStringList all{
            QStringLiteral("--headless"),     QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"),  QStringLiteral("--hide-scrollbars"),
            QStringLiteral("--no-first-run"), QStringLiteral("--user-data-dir=") + m_browserProfile.path()};
        all << arguments << m_service.server->baseUrl() + path;
        process.start(m_chromium, all);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            qWarning() << "chromium did not finish:" << process.readAllStandardError().right(2000);
            return {};
        }
        return process.readAllStandardOutput();
    }
    QString dom(const QString& path)
    {
        return QString::fromUtf8(chromium({QStringLiteral("--dump-dom")}, path));
    }
    QImage screenshot(const QString& path, bool dark)
    {
        const QString file = m_browserProfile.filePath(QStringLiteral("shot.png"));
        QFile::remove(file);
        QStringList arguments{QStringLiteral("--window-size=%1,%2").arg(kPhoneWidth).arg(kPhoneHeight),
                              QStringLiteral("--screenshot=") + file};
        if (dark)
            arguments << QStringLiteral("--force-dark-mode");
        chromium(arguments, path);
        return QImage(file);
    }

private slots:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (m_chromium.isEmpty())
            m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
        QVERIFY2(!m_chromium.isEmpty(), "Chromium is needed to check the pages: run scripts/install-deps.sh");
        QVERIFY(m_browserProfile.isValid());
        QVERIFY(m_service.start());
    }

    void verificationLinkConfirmsTheAddressOnce()
    {
        HttpClient& http = *m_service.http;
        const TestAccount account = registerTestAccount(*m_service.server, http);
        const QString path =
            linkPath(newestMail(m_service.server->mailDir()), QStringLiteral("/verify-email"));
        QVERIFY2(!path.isEmpty(), "the verification mail links to the service's page");
        QVERIFY(!http.get("/api/v1/users/me", account.accessToken).data().value("isEmailVerified").toBool());

        // The browser opens the mailed link: the page confirms, and the account is verified.
        const QString confirmed = dom(path);
        QVERIFY2(confirmed.contains(QStringLiteral("<h1>Email address confirmed</h1>")),
                 qPrintable(confirmed));
        QVERIFY(http.get("/api/v1/users/me", account.accessToken).data().value("isEmailVerified").toBool());

        // Single use, and a made-up token: a page that says so, with the API's status.
        const HttpResponse again = http.get(path);
        QCOMPARE(again.status, 400);
        QVERIFY(again.headers.value("content-type").startsWith("text/html"));
        QVERIFY(again.body.contains("This link does not work"));
        QVERIFY(again.body.contains("invalid, used or expired"));
        QCOMPARE(http.get("/verify-email?token=made-up").status, 400);
        QCOMPARE(http.get("/verify-email").status, 400);
    }

    void resetFormSetsTheNewPasswordThroughTheApi()
    {
        HttpClient& http = *m_service.http;
        const TestAccount account = registerTestAccount(*m_service.server, http);
        QCOMPARE(http.post("/api/v1/auth/forgot-password", {{"email", account.email}}).status, 200);
        const QByteArray mail = newestMail(m_service.server->mailDir());
        const QString path = linkPath(mail, QStringLiteral("/reset-password"));
        QVERIFY2(!path.isEmpty(), mail.constData());
        const QString token = tokenFromMail(mail);

        // The form as the browser builds it, with the token from the link in a hidden field.
        const QString form = dom(path);
        QVERIFY2(form.contains(QStringLiteral("<form method=\"post\" action=\"/reset-password\">")),
                 qPrintable(form));
        QVERIFY(form.contains(QStringLiteral("name=\"token\" value=\"%1\"").arg(token)));

        const QList<QPair<QByteArray, QByteArray>> formType{
            {"Content-Type", "application/x-www-form-urlencoded"}};
        const auto submit = [&](const QString& password, const QString& confirm) {
            return http.send("POST", "/reset-password",
                             formBody({{"token", token}, {"password", password}, {"confirm", confirm}}), {},
                             formType);
        };
        HttpResponse answer =
            submit(QStringLiteral("New-password+42 x"), QStringLiteral("New-password+42 y"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("not the same"));
        answer = submit(QStringLiteral("short1"), QStringLiteral("short1"));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.body.contains("Use at least 10 characters."), answer.body.constData());
        QVERIFY(answer.body.contains(QStringLiteral("value=\"%1\"").arg(token).toUtf8())); // form kept
        // Not from a browser form: refused, and the token is still good.
        answer = http.send("POST", "/reset-password", "{\"token\":\"x\"}", {});
        QCOMPARE(answer.status, 400);

        // '+' and spaces survive the form encoding: the password set is the one typed.
        const QString chosen = QStringLiteral("New-password+42 x");
        answer = submit(chosen, chosen);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.contains("Password changed"));
        QCOMPARE(http.post("/api/v1/auth/login", {{"email", account.email}, {"password", chosen}}).status,
                 200);
        QCOMPARE(
            http.post("/api/v1/auth/login", {{"email", account.email}, {"password", kTestPassword}}).status,
            401);
        answer = submit(QStringLiteral("Another-pass-77"), QStringLiteral("Another-pass-77"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.contains("invalid, used or expired"));
    }

    void resetFormWithoutTokenAsksForIt()
    {
        const HttpResponse page = m_service.http->get("/reset-password");
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("Reset token from the mail"));
        // What comes from the address is escaped, never markup.
        const HttpResponse hostile =
            m_service.http->get("/reset-password?token=%22%3E%3Cscript%3Ex%3C/script%3E");
        QCOMPARE(hostile.status, 200);
        QVERIFY(!hostile.body.contains("<script>"));
        QVERIFY(hostile.body.contains("&quot;&gt;&lt;script&gt;"));
    }

    void policyAllowsExactlyTheInlineStylesheet()
    {
        const HttpResponse page = m_service.http->get("/billing/cancel");
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        const QString style = QRegularExpression(QStringLiteral("<style>(.*)</style>"),
                                                 QRegularExpression::DotMatchesEverythingOption)
                                  .match(html)
                                  .captured(1);
        QVERIFY(!style.isEmpty());
        const QByteArray hash =
            QCryptographicHash::hash(style.toUtf8(), QCryptographicHash::Sha256).toBase64();
        const QByteArray policy = page.headers.value("content-security-policy");
        QVERIFY2(policy.contains("style-src 'sha256-" + hash + "'"), policy.constData());
        QVERIFY(policy.startsWith("default-src 'none'"));
        QVERIFY(!policy.contains("script-src"));
        QVERIFY(!policy.contains("unsafe-inline"));
        QCOMPARE(page.headers.values().count(policy), 1);
        QVERIFY(!html.contains(QStringLiteral("http://")) && !html.contains(QStringLiteral("https://")));
    }

    void pagesFollowTheSystemThemeAtPhoneWidth_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("name");
        QTest::newRow("verify") << "/verify-email?token=expired-or-made-up"
                                << "This link does not work"
                                << "page-verify-email-failed";
        QTest::newRow("reset") << "/reset-password?token=from-the-mail"
                               << "Reset your password"
                               << "page-reset-password";
        QTest::newRow("checkout success") << "/billing/success?session_id=cs_test_1"
                                          << "Thank you for subscribing"
                                          << "page-billing-success";
        QTest::newRow("checkout cancel") << "/billing/cancel"
                                         << "Checkout cancelled"
                                         << "page-billing-cancel";
        QTest::newRow("portal return") << "/billing/portal-return"
                                       << "Subscription settings saved"
                                       << "page-billing-portal-return";
        QTest::newRow("api reference") << "/api/docs"
                                       << "API reference"
                                       << "api-docs";
    }
    void pagesFollowTheSystemThemeAtPhoneWidth()
    {
        QFETCH(QString, path);
        QFETCH(QString, heading);
        QFETCH(QString, name);
        QVERIFY(dom(path).contains(QStringLiteral("<h1>%1</h1>").arg(heading)));
        const QString keepIn = qEnvironmentVariable("DND_SCREENSHOT_DIR");
        for (const bool dark : {false, true}) {
            const QImage shot = screenshot(path, dark);
            QCOMPARE(shot.size(), QSize(kPhoneWidth, kPhoneHeight));
            // The background is the stylesheet's: the policy let it apply, and it follows the theme.
            const QColor expected = dark ? kDarkBackground : kLightBackground;
            QCOMPARE(shot.pixelColor(2, 2), expected);
            // Nothing reaches the right edge: the page fits the phone's width without scrolling sideways.
            for (int y = 0; y < shot.height(); ++y)
                QVERIFY2(shot.pixelColor(shot.width() - 2, y) == expected, qPrintable(QString::number(y)));
            if (!keepIn.isEmpty())
                QVERIFY(shot.save(QDir(keepIn).filePath(
                    name + (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png")))));
        }
    }
};

QTEST_MAIN(TestServicePages)
#include "TestServicePages.moc"
