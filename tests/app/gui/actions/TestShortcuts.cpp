// Shortcuts: defaults, the F1 cheat sheet, rebinding in the settings and keeping it after a restart.
#include "actions/ActionCatalog.h"
#include "AppTestSupport.h"
#include "settings/SettingsDialog.h"
#include "actions/ShortcutCheatSheet.h"

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
    void everyActionHasAUniqueShortcutOrNone();
    void f1OpensTheCheatSheet();
    void rebindingInSettingsIsStoredAndApplied();
    void rebindMovesAKeyAway();
};

void TestShortcuts::everyActionHasAUniqueShortcutOrNone()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    ActionCatalog catalog(settings);
    QHash<QString, QString> seen;
    int trackerActions = 0;
    for (const ActionCatalog::Entry& entry : catalog.entries()) {
        if (entry.id.startsWith(QLatin1String("tracker."))) {
            ++trackerActions;
            if (entry.id != QLatin1String("tracker.exportLog"))
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
    QAction* next = app.window->actions().action(QStringLiteral("tracker.next"));
    bool done = false;
    onNextDialog<SettingsDialog>([&](SettingsDialog* dialog) {
        auto* edit = dialog->findChild<QKeySequenceEdit*>(QStringLiteral("shortcut.tracker.next"));
        QVERIFY(edit);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(edit->keySequence(), QKeySequence(Qt::ALT | Qt::Key_N));
        dialog->accept();
        done = true;
    });
    app.window->showSettings();
    QVERIFY(done);
    QCOMPARE(next->shortcut(), QKeySequence(Qt::ALT | Qt::Key_N));

    // A new catalog over the same settings (what a restart does) keeps the binding.
    ActionCatalog restarted(app.settings);
    QCOMPARE(restarted.action(QStringLiteral("tracker.next"))->shortcut(), QKeySequence(Qt::ALT | Qt::Key_N));
    restarted.resetToDefault(QStringLiteral("tracker.next"));
    ActionCatalog again(app.settings);
    QCOMPARE(again.action(QStringLiteral("tracker.next"))->shortcut(), QKeySequence(Qt::Key_PageDown));
}

void TestShortcuts::rebindMovesAKeyAway()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")));
    ActionCatalog catalog(settings);
    const QString displaced = catalog.rebind(QStringLiteral("tracker.heal"), QKeySequence(Qt::Key_PageDown));
    QCOMPARE(displaced, QStringLiteral("tracker.next"));
    QVERIFY(catalog.action(QStringLiteral("tracker.next"))->shortcut().isEmpty());
    ActionCatalog reloaded(settings);
    QVERIFY(reloaded.action(QStringLiteral("tracker.next"))->shortcut().isEmpty());
    QCOMPARE(reloaded.action(QStringLiteral("tracker.heal"))->shortcut(), QKeySequence(Qt::Key_PageDown));
}

QTEST_MAIN(TestShortcuts)
#include "TestShortcuts.moc"
