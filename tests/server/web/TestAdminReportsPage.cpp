// The administrators' report page (/admin/reports) in headless Chromium against the real service:
// given an administrator's short-lived access token in the address's fragment (never a password),
// it reads the report and draws tiles and SVG charts whose every bar and point is the API's figure
// for its day; it refuses a token of another role; its policy allows only its own inline style and
// script; and at phone (390 px) and desktop (1440 px) width it fits the window.
// DND_SCREENSHOT_DIR=docs/screenshots keeps admin-reports-phone.png and admin-reports-desktop.png.
#include "ServerHarness.h"
#include "ServiceDatabase.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace dnd;
using namespace dnd::test;

namespace {
const QColor kLightBackground(0xf6, 0xf3, 0xee);
const QColor kAccent(0x8b, 0x1e, 0x1e);
const QDate kFirst(2025, 3, 1);
constexpr int kDays = 14;
// The charts' drawing area (admin-reports.js): 220 high, 12 above and 28 below the plot.
constexpr double kPlotHeight = 180.0;

// Two weeks of March 2025 with figures that differ from day to day.
bool writeFortnight(server::ServerDatabase& db)
{
    BusinessEventWriter w(db);
    const Status written = db.transaction([&]() -> Status {
        bool ok = true;
        for (int i = 0; i < kDays; ++i) {
            const QDate day = kFirst.addDays(i);
            for (int n = 0; n < i % 4; ++n)
                ok = ok && w.add("sign_up", QStringLiteral("new-%1-%2").arg(i).arg(n), day);
            for (int n = 0; n <= i % 6; ++n)
                ok = ok && w.add("active", QStringLiteral("dm-%1").arg(n), day);
            ok = ok && w.add("combat_actions", QStringLiteral("dm-0"), day, 3 * (i % 5) + 1);
            ok = ok && w.add("sync_push", QStringLiteral("dm-0"), day);
            if (i % 3 == 0)
                ok = ok && w.add("encounter_run", QStringLiteral("dm-0"), day);
        }
        ok = ok &&
             w.subscription("subscription_started", "dm-0", kFirst.addDays(2), "free", 0, "seasoned", 499);
        ok =
            ok && w.subscription("subscription_started", "dm-1", kFirst.addDays(5), "free", 0, "expert", 999);
        ok = ok &&
             w.subscription("subscription_cancelled", "dm-1", kFirst.addDays(11), "expert", 999, "free", 0);
        return ok ? Status::success() : Status(Error::make(QStringLiteral("TEST"), QStringLiteral("insert")));
    });
    return written.ok();
}

// data-date -> data-value of the bars or points of one series in a chart of the dumped page.
QMap<QString, qint64> drawnSeries(const QString& dom, const QString& chartId, const QString& series)
{
    QMap<QString, qint64> values;
    const qsizetype chart = dom.indexOf(QStringLiteral("id=\"%1\"").arg(chartId));
    const qsizetype start = dom.indexOf(QStringLiteral("data-series=\"%1\"").arg(series), chart);
    const qsizetype end = dom.indexOf(QStringLiteral("</g>"), start);
    if (chart < 0 || start < 0 || end < 0)
        return values;
    static const QRegularExpression mark(QStringLiteral("data-date=\"([0-9-]+)\" data-value=\"(-?[0-9]+)\""));
    for (const QRegularExpressionMatch& match : mark.globalMatch(dom.mid(start, end - start)))
        values.insert(match.captured(1), match.captured(2).toLongLong());
    return values;
}

// The heights of the bars of a one-series chart, by date.
QMap<QString, double> barHeights(const QString& dom, const QString& chartId)
{
    QMap<QString, double> heights;
    const qsizetype chart = dom.indexOf(QStringLiteral("id=\"%1\"").arg(chartId));
    const qsizetype end = dom.indexOf(QStringLiteral("</svg>"), chart);
    static const QRegularExpression bar(
        QStringLiteral("<rect [^>]*height=\"([0-9.]+)\" data-date=\"([0-9-]+)\""));
    for (const QRegularExpressionMatch& match : bar.globalMatch(dom.mid(chart, end - chart)))
        heights.insert(match.captured(2), match.captured(1).toDouble());
    return heights;
}
} // namespace

class TestAdminReportsPage final : public QObject {
    Q_OBJECT

    RunningService m_service;
    TestAccount m_admin;
    QTemporaryDir m_profile;
    QString m_chromium;

    // Headless Chromium on `path` of the service with `arguments`; it runs the page's script and
    // fetches for up to 10 s of virtual time before it dumps or captures. Answers its standard output.
    QByteArray chromium(const QStringList& arguments, const QString& path)
    {
        QProcess process;
        QStringList all{QStringLiteral("--headless"),
                        QStringLiteral("--no-sandbox"),
                        QStringLiteral("--disable-gpu"),
                        QStringLiteral("--hide-scrollbars"),
                        QStringLiteral("--no-first-run"),
                        QStringLiteral("--virtual-time-budget=10000"),
                        QStringLiteral("--user-data-dir=") + m_profile.path()};
        all << arguments << m_service.server->baseUrl() + path;
        process.start(m_chromium, all);
        if (!process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished();
            qWarning() << "chromium did not finish:" << process.readAllStandardError().right(2000);
            return {};
        }
        return process.readAllStandardOutput();
    }
    QString dom(const QString& path, int width)
    {
        return QString::fromUtf8(chromium(
            {QStringLiteral("--window-size=%1,1200").arg(width), QStringLiteral("--dump-dom")}, path));
    }
    QImage screenshot(const QString& path, const QSize& size)
    {
        const QString file = m_profile.filePath(QStringLiteral("shot.png"));
        QFile::remove(file);
        chromium({QStringLiteral("--window-size=%1,%2").arg(size.width()).arg(size.height()),
                  QStringLiteral("--screenshot=") + file},
                 path);
        return QImage(file);
    }
    QString reportPath(const QString& token) const
    {
        return QStringLiteral("/admin/reports#token=%1&from=%2&to=%3")
            .arg(token, kFirst.toString(Qt::ISODate), kFirst.addDays(kDays - 1).toString(Qt::ISODate));
    }

private slots:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (m_chromium.isEmpty())
            m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
        QVERIFY2(!m_chromium.isEmpty(), "Chromium is needed to check the page: run scripts/install-deps.sh");
        QVERIFY(m_profile.isValid());
        QVERIFY(m_service.start());
        m_admin = createTestAdmin(*m_service.server, *m_service.http);
        QVERIFY(!m_admin.accessToken.isEmpty());
        std::unique_ptr<server::ServerDatabase> db = openServiceDatabase(*m_service.server);
        QVERIFY(db);
        QVERIFY(writeFortnight(*db));
    }

    // Only its own inline parts: the policy names the style's and the script's hashes and the
    // service itself for the API, and the page loads nothing from anywhere.
    void pageAllowsOnlyItself()
    {
        const HttpResponse page = m_service.http->get(QStringLiteral("/admin/reports"));
        QCOMPARE(page.status, 200);
        QVERIFY(page.headers.value("content-type").startsWith("text/html"));
        const QByteArray policy = page.headers.value("content-security-policy");
        QVERIFY2(policy.startsWith("default-src 'none'; style-src 'sha256-"), policy.constData());
        QVERIFY(policy.contains("; script-src 'sha256-"));
        QVERIFY(policy.contains("; connect-src 'self';"));
        QVERIFY(!policy.contains("unsafe"));
        for (const char* outside : {" src=", "<link", "@import", "url("})
            QVERIFY2(!page.body.contains(outside), outside);
    }

    // At both widths the page draws the API's figures: every bar and point of every chart.
    void chartsAreDrawnFromTheReport_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("phone") << 390;
        QTest::newRow("desktop") << 1440;
    }
    void chartsAreDrawnFromTheReport()
    {
        QFETCH(int, width);
        const HttpResponse answer = m_service.http->get(
            QStringLiteral("/api/v1/admin/reports?from=%1&to=%2")
                .arg(kFirst.toString(Qt::ISODate), kFirst.addDays(kDays - 1).toString(Qt::ISODate)),
            m_admin.accessToken);
        QCOMPARE(answer.status, 200);
        const QJsonObject report = answer.data();
        const QString page = dom(reportPath(m_admin.accessToken), width);
        QVERIFY2(page.contains(QStringLiteral("data-state=\"shown\"")), qPrintable(page.right(3000)));
        QVERIFY(page.contains(QStringLiteral("<form id=\"sign-in\" hidden=")));
        // The token was taken from the fragment into memory; the page shows it nowhere.
        QVERIFY(!page.contains(m_admin.accessToken));

        const QList<QPair<QString, QStringList>> charts{
            {QStringLiteral("chart-mrr"), {QStringLiteral("mrrCents")}},
            {QStringLiteral("chart-active"), {QStringLiteral("activeUsers")}},
            {QStringLiteral("chart-accounts"),
             {QStringLiteral("signUps"), QStringLiteral("conversions"), QStringLiteral("cancellations")}},
            {QStringLiteral("chart-features"),
             {QStringLiteral("encountersRun"), QStringLiteral("combatActions"), QStringLiteral("liveViews"),
              QStringLiteral("syncs")}}};
        const QJsonArray daily = report.value("daily").toArray();
        QCOMPARE(daily.size(), kDays);
        for (const auto& [chart, series] : charts) {
            for (const QString& name : series) {
                const QMap<QString, qint64> drawn = drawnSeries(page, chart, name);
                QCOMPARE(drawn.size(), kDays);
                for (const QJsonValue& day : daily) {
                    const QString date = day.toObject().value("date").toString();
                    QVERIFY2(drawn.value(date, -1) == day.toObject().value(name).toInteger(),
                             qPrintable(QStringLiteral("%1 %2 %3").arg(chart, name, date)));
                }
            }
        }
        // Bars stand in proportion: the busiest day reaches the top of the plot.
        const QMap<QString, double> heights = barHeights(page, QStringLiteral("chart-active"));
        QCOMPARE(heights.size(), kDays);
        qint64 busiest = 0;
        for (const QJsonValue& day : daily)
            busiest = qMax(busiest, day.toObject().value("activeUsers").toInteger());
        QVERIFY(busiest > 0);
        for (const QJsonValue& day : daily) {
            const double expected =
                kPlotHeight * double(day.toObject().value("activeUsers").toInteger()) / busiest;
            QVERIFY(qAbs(heights.value(day.toObject().value("date").toString()) - expected) < 0.02);
        }
        // The tiles show the period's figures.
        const QJsonObject totals = report.value("totals").toObject();
        QVERIFY(
            page.contains(QStringLiteral("id=\"tile-signups\">%1<").arg(totals.value("signUps").toInt())));
        QVERIFY(
            page.contains(QStringLiteral("id=\"tile-active\">%1<").arg(totals.value("activeUsers").toInt())));
        QVERIFY(page.contains(QStringLiteral("id=\"tile-paying\">%1<")
                                  .arg(report.value("revenue").toObject().value("payingAtEnd").toInt())));
    }

    // A token of an account that is not an administrator: the report is refused, the page says why
    // and offers the sign-in form.
    void nonAdministratorIsSentToSignIn()
    {
        const TestAccount user = registerTestAccount(*m_service.server, *m_service.http);
        const QString page = dom(reportPath(user.accessToken), 1440);
        // (The script holds the sentence too: the element must.)
        QVERIFY2(page.contains(QStringLiteral(
                     "id=\"sign-in-error\" role=\"alert\">This account is not an administrator.</p>")),
                 qPrintable(page.right(2000)));
        QVERIFY(page.contains(QStringLiteral("<div id=\"report\" hidden=")));
        QVERIFY(!page.contains(QStringLiteral("data-date=")));
    }

    // Phone and desktop: the stylesheet applied, nothing reaches the right edge, the charts were
    // painted (the accent colour of bars and lines is on the screen).
    void fitsPhoneAndDesktop_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("name");
        QTest::newRow("phone") << QSize(390, 2300) << "admin-reports-phone.png";
        QTest::newRow("desktop") << QSize(1440, 1400) << "admin-reports-desktop.png";
    }
    void fitsPhoneAndDesktop()
    {
        QFETCH(QSize, size);
        QFETCH(QString, name);
        const QImage shot = screenshot(reportPath(m_admin.accessToken), size);
        QCOMPARE(shot.size(), size);
        QCOMPARE(shot.pixelColor(2, 2), kLightBackground);
        for (int y = 0; y < shot.height(); ++y)
            QVERIFY2(shot.pixelColor(shot.width() - 2, y) == kLightBackground,
                     qPrintable(QString::number(y)));
        int accent = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x)
                accent += shot.pixelColor(x, y) == kAccent ? 1 : 0;
        }
        QVERIFY2(accent > 2000, qPrintable(QString::number(accent)));
        const QString keepIn = qEnvironmentVariable("DND_SCREENSHOT_DIR");
        if (!keepIn.isEmpty())
            QVERIFY(shot.save(QDir(keepIn).filePath(name)));
    }
};

QTEST_MAIN(TestAdminReportsPage)
#include "TestAdminReportsPage.moc"
