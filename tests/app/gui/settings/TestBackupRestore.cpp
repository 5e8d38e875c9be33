// Restoring a backup from the settings, end to end: data, a backup, more changes; the Data tab's
// list, the confirmation, the restart through the same store opening path as the application;
// then the data is the backup's and the replaced file is kept aside. Declining changes nothing,
// and a damaged backup is refused with a clear message, leaving the current data alone.
#include "AppTestSupport.h"
#include "model/Party.h"
#include "settings/SettingsDialog.h"
#include "startup/StoreOpener.h"
#include "store/BackupManager.h"
#include "util/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {

// "header": the file no longer starts like a store; "truncated": its second half is gone.
void damage(const QString& path, const QString& how)
{
    if (how == QLatin1String("header")) {
        QVERIFY(
            overwriteBytes(path, 0, QByteArray("this is not a store file at all").leftJustified(100, '!')));
    } else {
        QFile file(path);
        QVERIFY(file.size() > 8192);
        QVERIFY(file.resize(file.size() / 2));
    }
}

// A store with one party, a backup of it, then a second party and the first renamed.
struct RestoreFixture : AppFixture {
    RestoreFixture()
    {
        Party first = party(QStringLiteral("Backed Up"));
        CHECK_OK(store.store->commit(ChangeSet().put(first)));
        Result<BackupInfo> made =
            BackupManager(location.backupDirectory(), store.clock).createBackup(store.store->database());
        CHECK_OK(made);
        backupPath = made->path;
        store.clock.advance(60'000);
        first.name = QStringLiteral("Renamed Later");
        CHECK_OK(store.store->commit(ChangeSet().put(first).put(party(QStringLiteral("Added Later")))));
        QCOMPARE(partyNames(*store.store),
                 (QStringList{QStringLiteral("Added Later"), QStringLiteral("Renamed Later")}));
    }

    // Opens the settings the way the DM does, picks the only backup and presses Restore Selected;
    // `answer` then runs with the dialog, which is closed with OK afterwards.
    void restoreInSettings(const std::function<void(SettingsDialog*)>& answer)
    {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        bool ran = false;
        onNextDialog<SettingsDialog>([&](SettingsDialog* dialog) {
            auto* tabs = dialog->findChild<QTabWidget*>();
            QVERIFY(clickTab(tabs, QStringLiteral("&Data")));
            QListWidget* list = dialog->backupList();
            QCOMPARE(list->count(), 1);
            QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), backupPath);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                              list->visualItemRect(list->item(0)).center());
            QCOMPARE(list->currentRow(), 0);
            QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
            answer(dialog);
            ran = true;
            QVERIFY(clickDialogButton(dialog, QDialogButtonBox::Ok));
        });
        QTest::keyClick(window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QVERIFY(ran);
    }

    // What the application does at its next start: apply the pending restore, open the store.
    Status restart()
    {
        window.reset();
        store.store.reset();
        const Status restored = StoreOpener::applyPendingRestore(location, store.clock);
        reopened = StoreOpener(location).open(nullptr);
        if (!reopened)
            qFatal("the store did not open after the restart");
        return restored;
    }

    QStringList keptAside() const
    {
        return QDir(store.dir.path()).entryList({QStringLiteral("tracker.sqlite3.replaced-*")}, QDir::Files);
    }

    QString backupPath;
    std::unique_ptr<LocalStore> reopened;
};

QMessageBox* messageBox(QWidget* parent, const QString& name)
{
    auto* box = parent->findChild<QMessageBox*>(name);
    return box && box->isVisible() ? box : nullptr;
}

} // namespace

class TestBackupRestore : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void restoreFromTheSettingsList();
    void declineChangesNothing();
    void damagedBackupIsRefused_data();
    void damagedBackupIsRefused();
    void backupDamagedBeforeTheRestart();

private:
    QTemporaryDir m_settingsDir;
};

void TestBackupRestore::initTestCase()
{
    // The pending restore lives in the application's own settings; keep them in a temporary folder.
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("dnd-tracker-test"));
    QCoreApplication::setApplicationName(QStringLiteral("test_backup_restore"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestBackupRestore::init()
{
    clearPendingRestore();
}

void TestBackupRestore::restoreFromTheSettingsList()
{
    RestoreFixture f;
    f.restoreInSettings([&](SettingsDialog* dialog) {
        QMessageBox* confirm = messageBox(dialog, QStringLiteral("restoreConfirmation"));
        QVERIFY2(confirm, "the confirmation did not open");
        QVERIFY(confirm->text().contains(QStringLiteral("kept beside it")));
        // Nothing is recorded before the DM answers.
        QVERIFY(pendingRestore().isEmpty());
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(pendingRestore(), f.backupPath);
        QVERIFY2(dialog->restoreState()->text().contains(
                     QStringLiteral("restored when the application starts next")),
                 qPrintable(dialog->restoreState()->text()));
    });
    QCOMPARE(pendingRestore(), f.backupPath);

    const Status restored = f.restart();
    CHECK_OK(restored);
    // The backup's data, and the request is done with.
    QCOMPARE(partyNames(*f.reopened), QStringList{QStringLiteral("Backed Up")});
    QVERIFY(pendingRestore().isEmpty());
    QVERIFY(QFile::exists(f.backupPath));
    // The replaced file is kept beside the store, with the later changes in it.
    const QStringList aside = f.keptAside();
    QCOMPARE(aside.size(), 1);
    f.reopened.reset();
    Result<std::unique_ptr<LocalStore>> old =
        LocalStore::open(QDir(f.store.dir.path()).filePath(aside.first()), f.store.clock);
    CHECK_OK(old);
    QCOMPARE(partyNames(**old),
             (QStringList{QStringLiteral("Added Later"), QStringLiteral("Renamed Later")}));
}

void TestBackupRestore::declineChangesNothing()
{
    RestoreFixture f;
    f.restoreInSettings([&](SettingsDialog* dialog) {
        QMessageBox* confirm = messageBox(dialog, QStringLiteral("restoreConfirmation"));
        QVERIFY2(confirm, "the confirmation did not open");
        QTest::mouseClick(confirm->button(QMessageBox::No), Qt::LeftButton);
        QVERIFY(pendingRestore().isEmpty());
        QVERIFY(dialog->restoreState()->text().isEmpty());
    });
    QVERIFY(pendingRestore().isEmpty());
    CHECK_OK(f.restart());
    QCOMPARE(partyNames(*f.reopened),
             (QStringList{QStringLiteral("Added Later"), QStringLiteral("Renamed Later")}));
    QVERIFY(f.keptAside().isEmpty());
}

void TestBackupRestore::damagedBackupIsRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("header overwritten") << QStringLiteral("header");
    QTest::newRow("truncated") << QStringLiteral("truncated");
}

void TestBackupRestore::damagedBackupIsRefused()
{
    QFETCH(QString, how);
    RestoreFixture f;
    damage(f.backupPath, how);
    const QByteArray storeBytes = fileBytes(f.store.path());
    f.restoreInSettings([&](SettingsDialog* dialog) {
        QVERIFY2(!messageBox(dialog, QStringLiteral("restoreConfirmation")), "a damaged backup was offered");
        QMessageBox* refused = messageBox(dialog, QStringLiteral("restoreRefused"));
        QVERIFY2(refused, "no message about the damaged backup");
        QVERIFY2(refused->text().contains(QStringLiteral("cannot be restored")), qPrintable(refused->text()));
        QVERIFY(refused->text().contains(QStringLiteral("Your current data was not changed")));
        QCOMPARE(dialog->restoreState()->text(), refused->text());
        QTest::mouseClick(refused->button(QMessageBox::Ok), Qt::LeftButton);
        QVERIFY(pendingRestore().isEmpty());
    });
    QVERIFY(pendingRestore().isEmpty());
    QCOMPARE(fileBytes(f.store.path()), storeBytes);
    CHECK_OK(f.restart());
    QCOMPARE(partyNames(*f.reopened),
             (QStringList{QStringLiteral("Added Later"), QStringLiteral("Renamed Later")}));
    QVERIFY(f.keptAside().isEmpty());
}

void TestBackupRestore::backupDamagedBeforeTheRestart()
{
    RestoreFixture f;
    f.restoreInSettings([&](SettingsDialog* dialog) {
        QMessageBox* confirm = messageBox(dialog, QStringLiteral("restoreConfirmation"));
        QVERIFY2(confirm, "the confirmation did not open");
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QCOMPARE(pendingRestore(), f.backupPath);
    // The file goes bad between the choice and the next start.
    damage(f.backupPath, QStringLiteral("header"));
    const Status restored = f.restart();
    CHECK_FAILS(restored, codes::kDbCorrupt);
    QVERIFY2(restored.errorMessage().contains(QStringLiteral("backup")), qPrintable(restored.errorMessage()));
    QVERIFY(restored.errorMessage().endsWith(QStringLiteral("Your data was left as it was.")));
    // Asked once: the next start does not try again.
    QVERIFY(pendingRestore().isEmpty());
    QCOMPARE(partyNames(*f.reopened),
             (QStringList{QStringLiteral("Added Later"), QStringLiteral("Renamed Later")}));
    QVERIFY(f.keptAside().isEmpty());
}

QTEST_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
