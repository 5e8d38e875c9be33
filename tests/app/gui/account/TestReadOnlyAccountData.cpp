// A DM signed in to an account starts the tracker on a data file that has become read-only (a
// backup tool's permissions, a read-only mount), while another device changed something on the
// service and this file still holds a change that never went out. The window, started as main()
// starts it against the real service and the suite's keychain, signs in again but runs no sync
// round: the status bar says why, the bar across the window says nothing about a lost change,
// F5 changes nothing, and the file keeps its bytes. Started again on the writable file, the
// queued change goes out and the other device's change comes in: nothing was lost on either side.
//
// The file is made read-only by permissions, or where they do not stop this process (root) by a
// read-only bind mount in the test's private mount namespace (see PrivateMounts.h).
#include "AppTestSupport.h"
#include "PrivateMounts.h"
#include "ServerHarness.h"
#include "UndoHistory.h"
#include "account/SyncController.h"
#include "actions/ActionCatalog.h"
#include "actions/ActionIds.h"
#include "startup/AppStartup.h"
#include "util/ErrorCodes.h"
#include "widgets/StoreProblemBanner.h"

#include <QLabel>
#include <QStatusBar>

using namespace dnd;
using namespace dnd::test;

namespace {

// Entered before Qt starts a thread (a user namespace needs a single-threaded process).
const QString kNoPrivateMounts = enterPrivateMountNamespace();

// The names of the account's parties on the service.
QStringList serviceParties(RunningService& service, const QString& email)
{
    const QString token =
        service.http->post("/api/v1/auth/login", {{"email", email}, {"password", kTestPassword}})
            .data()
            .value("accessToken")
            .toString();
    QStringList names;
    const QJsonArray parties = service.http->get("/api/v1/parties", token).data().value("items").toArray();
    for (const QJsonValue& party : parties)
        names << party.toObject().value("name").toString();
    names.sort();
    return names;
}

// One start of the application on `location`, as main() runs it (the store opened read-only
// when it cannot be written), with its window shown. A message box would stop the start: it is
// closed and recorded in `unexpectedBox`, which outlives the start (the watcher may fire later).
struct Started {
    Started(const DataLocation& location, gui::AppSettings& settings, Shown& unexpectedBox)
        : startup(location)
    {
        unexpectedBox = {};
        answerNextMessageBox(unexpectedBox, {});
        QVERIFY(startup.openStore());
        window = std::make_unique<gui::MainWindow>(*startup.store(), settings, location);
        window->sync().setIntervals(50, 60000, 50);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Started()
    {
        window.reset();
        startup.finish(0);
    }
    LocalStore& store() { return *startup.store(); }
    QString syncStatus() const { return window->findChild<QLabel*>(QStringLiteral("syncStatus"))->text(); }

    gui::AppStartup startup;
    std::unique_ptr<gui::MainWindow> window;
};

} // namespace

class TestReadOnlyAccountData : public QObject {
    Q_OBJECT

private:
    RunningService m_service;
    Shown m_unexpectedBox;

private slots:
    void initTestCase() { QVERIFY2(m_service.start(), m_service.server->errors().constData()); }
    void cleanupTestCase() { m_service.server->stop(); }

    void signedInOnAReadOnlyFileSyncsNothingAndLosesNothing()
    {
        const QString email =
            registerTestAccount(*m_service.server, *m_service.http, QStringLiteral("guild")).email;
        QTemporaryDir dataFolder;
        QTemporaryDir settingsFolder;
        const DataLocation location(dataFolder.path());
        gui::AppSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")));

        // First start, writable: signed in, one party synced, one change made after the last round
        // (the round it would start waits for an hour).
        {
            Started app(location, settings, m_unexpectedBox);
            QVERIFY(!m_unexpectedBox.appeared);
            std::optional<Status> signedIn;
            app.window->sync().signIn(QUrl(m_service.server->baseUrl()), email,
                                      QString::fromLatin1(kTestPassword),
                                      [&](Status status) { signedIn = status; });
            QVERIFY(QTest::qWaitFor([&] { return signedIn.has_value(); }, 20000));
            CHECK_OK(*signedIn);
            CHECK_OK(app.window->history().commit(
                app.store(), ChangeSet().put(party(QStringLiteral("Synced"))), QStringLiteral("Add")));
            QVERIFY(QTest::qWaitFor([&] { return app.store().outboxSize() == 0; }, 20000));
            QVERIFY(QTest::qWaitFor([&] { return app.syncStatus() == QStringLiteral("Synced"); }, 20000));
            app.window->sync().setIntervals(3600 * 1000, 3600 * 1000, 3600 * 1000);
            CHECK_OK(app.window->history().commit(
                app.store(), ChangeSet().put(party(QStringLiteral("Queued"))), QStringLiteral("Add")));
            QCOMPARE(app.store().outboxSize(), qint64(1));
        }
        // Another device of the account adds a party.
        const QString token =
            m_service.http->post("/api/v1/auth/login", {{"email", email}, {"password", kTestPassword}})
                .data()
                .value("accessToken")
                .toString();
        QCOMPARE(m_service.http->post("/api/v1/parties", {{"name", "From the other device"}}, token).status,
                 201);

        const QByteArray bytesBefore = fileBytes(location.databasePath());
        {
            ReadOnlyData readOnly(location.databasePath(), QString(), kNoPrivateMounts);
            SKIP_UNLESS_READ_ONLY(readOnly);
            QVERIFY(readOnly.isReadOnly());

            Started app(location, settings, m_unexpectedBox);
            QVERIFY2(!m_unexpectedBox.appeared, qPrintable(m_unexpectedBox.text));
            QVERIFY(app.store().database().writeProtection().has_value());
            // Signed in again from the keychain; the status bar says why nothing syncs.
            gui::SyncController& sync = app.window->sync();
            QVERIFY(QTest::qWaitFor([&] { return sync.isSignedIn() && app.syncStatus() != "Local only"; },
                                    20000));
            const QString notSyncing = QStringLiteral("Not syncing: the data file is open read-only.");
            QVERIFY2(app.syncStatus().startsWith(notSyncing), qPrintable(app.syncStatus()));
            // F5 asks again and gets the same answer; no round ran, so the other device's party
            // is not here and the bar speaks of the read-only file, not of a lost change.
            app.window->actions().action(gui::ActionId::FileSyncNow)->trigger();
            QTest::qWait(500);
            QVERIFY2(app.syncStatus().startsWith(notSyncing), qPrintable(app.syncStatus()));
            QCOMPARE(partyNames(app.store()),
                     (QStringList{QStringLiteral("Queued"), QStringLiteral("Synced")}));
            QCOMPARE(app.store().outboxSize(), qint64(1));
            gui::StoreProblemBanner* banner = app.window->storeProblemBanner();
            QCOMPARE(banner->problemCode(), codes::kDbReadOnlyFile);
            QVERIFY2(!banner->message().startsWith(QStringLiteral("Your last change was not saved")),
                     qPrintable(banner->message()));
            // The queued change did not go out either: it waits in the file.
            QCOMPARE(serviceParties(m_service, email),
                     (QStringList{QStringLiteral("From the other device"), QStringLiteral("Synced")}));
        }
        QVERIFY2(fileBytes(location.databasePath()) == bytesBefore, "the read-only data file was changed");

        // Writable again: the queued party goes out and the other device's comes in.
        Started app(location, settings, m_unexpectedBox);
        QVERIFY(QTest::qWaitFor(
            [&] { return app.syncStatus() == QStringLiteral("Synced") && app.store().outboxSize() == 0; },
            20000));
        QVERIFY(QTest::qWaitFor([&] { return partyNames(app.store()).size() == 3; }, 20000));
        const QStringList everything{QStringLiteral("From the other device"), QStringLiteral("Queued"),
                                     QStringLiteral("Synced")};
        QCOMPARE(partyNames(app.store()), everything);
        QCOMPARE(serviceParties(m_service, email), everything);
    }
};

QTEST_MAIN(TestReadOnlyAccountData)
#include "TestReadOnlyAccountData.moc"
