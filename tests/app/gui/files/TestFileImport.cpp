// File > Import in the desktop application: the file is read off the UI thread, the result is
// shown without blocking the window, the import is one undoable step, and a bad file changes
// nothing.
#include "AppTestSupport.h"
#include "bestiary/BestiaryPage.h"
#include "parties/PartiesPage.h"
#include "UndoHistory.h"

#include <QFileDialog>
#include <QMessageBox>

using namespace dnd;
using namespace dnd::test;

namespace {

QMessageBox* importResult(gui::MainWindow* window)
{
    return window->findChild<QMessageBox*>(QStringLiteral("importResult"));
}

std::optional<Creature> creatureNamed(LocalStore& store, const QString& name)
{
    for (const Creature& creature : store.all<Creature>()) {
        if (creature.name == name)
            return creature;
    }
    return std::nullopt;
}

} // namespace

class TestFileImport : public QObject {
    Q_OBJECT
private slots:
    void importIsOneUndoableStep();
    void badFilesChangeNothing_data();
    void badFilesChangeNothing();
    void menuShortcutAsksForTheFile();
};

void TestFileImport::importIsOneUndoableStep()
{
    AppFixture app;
    LocalStore& store = *app.store.store;
    const qint64 creaturesBefore = store.count(EntityKind::Creature);
    const qint64 charactersBefore = store.count(EntityKind::Character);

    app.window->importFile(fixturePath(QStringLiteral("interop/ii-list.json")));
    QTRY_VERIFY_WITH_TIMEOUT(importResult(app.window.get()), 10000);
    QMessageBox* result = importResult(app.window.get());
    QVERIFY(!result->isModal());
    QVERIFY2(result->text().contains(QStringLiteral("3 new")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("2 skipped")));
    QVERIFY(!result->detailedText().isEmpty()); // each skipped item with its reason
    QVERIFY(creatureNamed(store, QStringLiteral("Reed Sprite")));
    QCOMPARE(store.count(EntityKind::Creature), creaturesBefore + 1);
    QCOMPARE(store.count(EntityKind::Character), charactersBefore + 1);
    result->close();
    QTRY_VERIFY(!importResult(app.window.get()));

    // One step of the shared history takes the whole import back, and brings it again.
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!creatureNamed(store, QStringLiteral("Reed Sprite")));
    QCOMPARE(store.count(EntityKind::Creature), creaturesBefore);
    QCOMPARE(store.count(EntityKind::Character), charactersBefore);
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(creatureNamed(store, QStringLiteral("Reed Sprite")));

    // Importing the same file again updates what the first import made.
    app.window->importFile(fixturePath(QStringLiteral("interop/ii-list.json")));
    QTRY_VERIFY_WITH_TIMEOUT(importResult(app.window.get()), 10000);
    QVERIFY2(importResult(app.window.get())->text().contains(QStringLiteral("0 new")),
             qPrintable(importResult(app.window.get())->text()));
    QCOMPARE(store.count(EntityKind::Creature), creaturesBefore + 1);
}

void TestFileImport::badFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{\"Name\": \"Goblin\",") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown format") << QByteArray("{\"hello\": 1}") << QStringLiteral("none of the formats");
    QTest::newRow("invalid native record")
        << fileBytes(fixturePath(QStringLiteral("interop/native-invalid-character.json")))
        << QStringLiteral("Nothing was imported");
}

void TestFileImport::badFilesChangeNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    AppFixture app;
    LocalStore& store = *app.store.store;
    const QString path = app.store.dir.filePath(QStringLiteral("bad.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    const qint64 creaturesBefore = store.count(EntityKind::Creature);
    const qint64 partiesBefore = store.count(EntityKind::Party);
    const int stepsBefore = app.window->history().size();

    app.window->importFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(importResult(app.window.get()), 10000);
    QMessageBox* result = importResult(app.window.get());
    QCOMPARE(result->icon(), QMessageBox::Warning);
    QVERIFY(result->text().contains(QStringLiteral("Nothing was imported")));
    QVERIFY2(result->informativeText().contains(reason), qPrintable(result->informativeText()));
    QCOMPARE(store.count(EntityKind::Creature), creaturesBefore);
    QCOMPARE(store.count(EntityKind::Party), partiesBefore);
    QCOMPARE(app.window->history().size(), stepsBefore);

    // A file that does not exist is a clear error as well.
    result->close();
    QTRY_VERIFY(!importResult(app.window.get()));
    app.window->importFile(app.store.dir.filePath(QStringLiteral("missing.json")));
    QTRY_VERIFY_WITH_TIMEOUT(importResult(app.window.get()), 10000);
    QVERIFY(importResult(app.window.get())->informativeText().contains(QStringLiteral("Cannot read")));
}

void TestFileImport::menuShortcutAsksForTheFile()
{
    AppFixture app;
    const QString path = fixturePath(QStringLiteral("interop/ii-statblock.json"));
    onNextDialog<QFileDialog>([path](QFileDialog* dialog) {
        dialog->selectFile(path);
        // What pressing Open does; accept() itself is protected in QFileDialog.
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QTest::keyClick(app.window.get(), Qt::Key_O, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(importResult(app.window.get()), 10000);
    QVERIFY2(importResult(app.window.get())->text().contains(QStringLiteral("1 new")),
             qPrintable(importResult(app.window.get())->text()));
}

QTEST_MAIN(TestFileImport)
#include "TestFileImport.moc"
