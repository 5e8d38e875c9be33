// The first start on a computer: an empty store gets the example party and encounter, open in the
// tracker, and a welcome points at the cheat sheet (F1), import and the account. It is shown once;
// a store that already holds the DM's data is greeted without anything added to it.
#include "AppTestSupport.h"
#include "account/AccountDialog.h"
#include "actions/ShortcutCheatSheet.h"
#include "model/Encounter.h"
#include "startup/FirstRun.h"
#include "tracker/TrackerPage.h"

#include <QFileDialog>
#include <QLabel>
#include <QPushButton>

using namespace dnd;
using namespace dnd::test;

class TestFirstRun : public QObject {
    Q_OBJECT
private slots:
    void firstStartShowsTheExampleAndTheWelcome();
    void welcomeIsShownOnce();
    void existingDataGetsNoExample();
    void welcomeButtonsOpenWhatTheySay();
};

void TestFirstRun::firstStartShowsTheExampleAndTheWelcome()
{
    AppFixture app;
    gui::WelcomeDialog* welcome = gui::FirstRun::greet(*app.window, app.settings, *app.store.store);
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    QCOMPARE(partyNames(*app.store.store), QStringList{QStringLiteral("The Lantern Bearers")});
    QCOMPARE(app.window->currentPage(), gui::MainWindow::Page::Tracker);
    QVERIFY(app.window->trackerPage()->session());
    QCOMPARE(app.window->trackerPage()->session()->encounter().name,
             QStringLiteral("Ambush at the Old Bridge"));

    const QString text = welcome->findChild<QLabel*>(QStringLiteral("welcomeText"))->text();
    for (const char* pointer :
         {"F1", "File &gt; Import", "File &gt; Account and Sync", "Ambush at the Old Bridge"})
        QVERIFY2(text.contains(QString::fromUtf8(pointer)), pointer);
    welcome->close();
}

void TestFirstRun::welcomeIsShownOnce()
{
    AppFixture app;
    QVERIFY(gui::FirstRun::greet(*app.window, app.settings, *app.store.store));
    // The next start on the same computer: the same settings, the store as the DM left it.
    gui::AppSettings again(app.store.dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(!gui::FirstRun::greet(*app.window, again, *app.store.store));
    QCOMPARE(app.store.store->all<Party>().size(), 1);
    QCOMPARE(app.store.store->all<Encounter>().size(), 1);
}

void TestFirstRun::existingDataGetsNoExample()
{
    AppFixture app;
    CHECK_OK(app.store.store->commit(ChangeSet().put(party(QStringLiteral("Tuesday Group")))));
    gui::WelcomeDialog* welcome = gui::FirstRun::greet(*app.window, app.settings, *app.store.store);
    QVERIFY(welcome);
    QCOMPARE(partyNames(*app.store.store), QStringList{QStringLiteral("Tuesday Group")});
    QVERIFY(app.store.store->all<Encounter>().isEmpty());
    QVERIFY(!welcome->findChild<QLabel*>(QStringLiteral("welcomeText"))
                 ->text()
                 .contains(QStringLiteral("Ambush")));
    welcome->close();
}

void TestFirstRun::welcomeButtonsOpenWhatTheySay()
{
    AppFixture app;
    QPointer<gui::WelcomeDialog> welcome = gui::FirstRun::greet(*app.window, app.settings, *app.store.store);
    QVERIFY(welcome);
    QTest::mouseClick(welcome->shortcutsButton(), Qt::LeftButton);
    QVERIFY(app.window->cheatSheet() && app.window->cheatSheet()->isVisible());
    QTRY_VERIFY(!welcome); // closed and gone, not in front of what it opened

    // The other two, on a welcome of their own (the real one is shown once).
    auto* second = new gui::WelcomeDialog(*app.window, false);
    second->show();
    QTest::mouseClick(second->accountButton(), Qt::LeftButton);
    QVERIFY(app.window->accountDialog() && app.window->accountDialog()->isVisible());
    app.window->accountDialog()->close();

    auto* third = new gui::WelcomeDialog(*app.window, false);
    third->show();
    bool askedForFile = false;
    onNextDialog<QFileDialog>([&askedForFile](QFileDialog* dialog) {
        askedForFile = true;
        dialog->reject();
    });
    QTest::mouseClick(third->importButton(), Qt::LeftButton);
    QVERIFY(askedForFile);
}

QTEST_MAIN(TestFirstRun)
#include "TestFirstRun.moc"
