// Shortcuts: defaults, the F1 cheat sheet, rebinding in the settings and keeping it after a restart.
#include "AppTestSupport.h"
#include "actions/ActionCatalog.h"
#include "actions/ActionIds.h"
#include "actions/ShortcutCheatSheet.h"
#include "settings/SettingsDialog.h"

#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

class TestShortcuts : public QObject {
    Q_OBJECT
private slots:
    void everyActionIdIsRegisteredOnce();
    void everyActionHasAUniqueShortcutOrNone();
    void f1OpensTheCheatSheet();
    void rebindingInSettingsIsStoredAndApplied();
    void rebindMovesAKeyAway();
};

void TestShortcuts::everyActionIdIsRegisteredOnce()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    ActionCatalog catalog(settings);
    QSet<QString> named;
    for (QLatin1String id : ActionId::All) {
        QVERIFY2(!named.contains(id), qPrintable(id + QStringLiteral(" is the id of two constants")));
        named.insert(id);
        QVERIFY2(catalog.action(id), qPrintable(id + QStringLiteral(" has no action")));
    }
    QSet<QString> registered;
    for (const ActionCatalog::Entry& entry : catalog.entries()) {
        QVERIFY2(!registered.contains(entry.id),
                 qPrintable(entry.id + QStringLiteral(" is registered twice")));
        registered.insert(entry.id);
        QVERIFY2(named.contains(entry.id), qPrintable(entry.id + QStringLiteral(" has no constant")));
        QCOMPARE(catalog.action(entry.id), entry.action);
    }
}

void TestShortcuts::everyActionHasAUniqueShortcutOrNone()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    ActionCatalog catalog(settings);
    // The Combat menu: the group of any tracker action.
    const QString combat =
        std::find_if(catalog.entries().begin(), catalog.entries().end(),
                     [](const ActionCatalog::Entry& entry) { return entry.id == ActionId::TrackerNext; })
            ->group;
    QHash<QString, QString> seen;
    int trackerActions = 0;
    for (const ActionCatalog::Entry& entry : catalog.entries()) {
        if (entry.group == combat) {
            ++trackerActions;
            if (entry.id != ActionId::TrackerExportLog)
                QVERIFY2(!entry.defaultShortcut.isEmpty(), qPrintable(entry.id));
        }
        if (entry.defaultShortcut.isEmpty())
            continue;
        const QString key = entry.defaultShortcut.toString();
        QVERIFY2(!seen.contains(key), qPrintable(key + QStringLiteral(" used twice")));
        seen.insert(key, entry.id);
    }
    QVERIFY(trackerActions >= 15);
}

void TestShortcuts::f1OpensTheCheatSheet()
{
    AppFixture app;
    QVERIFY(!app.window->cheatSheet());
    QTest::keyClick(app.window.get(), Qt::Key_F1);
    ShortcutCheatSheet* sheet = app.window->cheatSheet();
    QVERIFY(sheet);
    QVERIFY(sheet->isVisible());
    const QList<QTreeWidgetItem*> next =
        sheet->tree()->findItems(QStringLiteral("Next Turn"), Qt::MatchContains | Qt::MatchRecursive);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.first()->text(1), QKeySequence(Qt::Key_PageDown).toString(QKeySequence::NativeText));
}

void TestShortcuts::rebindingInSettingsIsStoredAndApplied()
{
    AppFixture app;
    QAction* next = app.window->actions().action(ActionId::TrackerNext);
    bool done = false;
    onNextDialog<SettingsDialog>([&](SettingsDialog* dialog) {
        auto* edit =
            dialog->findChild<QKeySequenceEdit*>(QStringLiteral("shortcut.") + ActionId::TrackerNext);
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(edit->keySequence(), QKeySequence(Qt::ALT | Qt::Key_N));
        QVERIFY(clickDialogButton(dialog, QDialogButtonBox::Ok));
        done = true;
    });
    app.window->showSettings();
    QVERIFY(done);
    QCOMPARE(next->shortcut(), QKeySequence(Qt::ALT | Qt::Key_N));

    // A new catalog over the same settings (what a restart does) keeps the binding.
    ActionCatalog restarted(app.settings);
    QCOMPARE(restarted.action(ActionId::TrackerNext)->shortcut(), QKeySequence(Qt::ALT | Qt::Key_N));
    restarted.resetToDefault(ActionId::TrackerNext);
    ActionCatalog again(app.settings);
    QCOMPARE(again.action(ActionId::TrackerNext)->shortcut(), QKeySequence(Qt::Key_PageDown));
}

void TestShortcuts::rebindMovesAKeyAway()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    ActionCatalog catalog(settings);
    const QString displaced = catalog.rebind(ActionId::TrackerHeal, QKeySequence(Qt::Key_PageDown));
    QCOMPARE(displaced, QString(ActionId::TrackerNext));
    QVERIFY(catalog.action(ActionId::TrackerNext)->shortcut().isEmpty());
    ActionCatalog reloaded(settings);
    QVERIFY(reloaded.action(ActionId::TrackerNext)->shortcut().isEmpty());
    QCOMPARE(reloaded.action(ActionId::TrackerHeal)->shortcut(), QKeySequence(Qt::Key_PageDown));
}

QTEST_MAIN(TestShortcuts)
#include "TestShortcuts.moc"
