// The Encounters page through the real widgets. Many combatants at once: the page shows the
// encounter the tracker runs, its Count takes 200 as typed, the 200 goblins arrive in one undoable
// step, and the Count starts again at 1 when the page shows another encounter. The details (name,
// notes) are saved as the DM types, without a button.
#include "AppTestSupport.h"
#include "UndoHistory.h"
#include "bestiary/Bestiary.h"
#include "bestiary/BestiaryPage.h"
#include "encounters/EncountersPage.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

class TestEncountersPage : public QObject {
    Q_OBJECT
private slots:
    void countOf200FromTheEncountersPage();
    void bestiaryCountTakes200();
    void detailsAreSavedAsTyped();
};

namespace {

// Types "goblin" into the page's search and clicks the 2014 goblin; false when it is not listed.
bool pickGoblin(EncountersPage* builder)
{
    typeInto(builder->searchField(), QStringLiteral("goblin"));
    QAbstractItemModel* found = builder->resultsView()->model();
    for (int row = 0; row < found->rowCount(); ++row) {
        if (found->index(row, 0).data().toString() == QLatin1String("Goblin") &&
            found->index(row, 4).data().toString() == QLatin1String("2014"))
            return clickRows(builder->resultsView(), {row});
    }
    return false;
}

} // namespace

void TestEncountersPage::countOf200FromTheEncountersPage()
{
    AppFixture app;
    LocalStore& store = *app.store.store;
    CHECK_OK(Bestiary::ensureInstalled(store));
    MainWindow& window = *app.window;
    window.addExampleContent();
    TrackerPage* tracker = window.trackerPage();
    const QString example = tracker->session()->encounter().id;
    window.showPage(MainWindow::Page::Encounters);
    EncountersPage* builder = window.encountersPage();
    const QString warren = builder->newEncounter(QStringLiteral("Goblin Warren"));
    QCOMPARE(builder->currentEncounterId(), warren);

    // The DM goes back to the tracker's encounter there: the builder follows.
    window.showPage(MainWindow::Page::Tracker);
    auto* running = tracker->findChild<QComboBox*>(QStringLiteral("trackerEncounter"));
    running->setFocus();
    QVERIFY(chooseWithKeys(running, warren));
    QVERIFY(chooseWithKeys(running, example));
    QCOMPARE(tracker->session()->encounter().id, example);
    window.showPage(MainWindow::Page::Encounters);
    QCOMPARE(builder->currentEncounterId(), example);

    QVERIFY(pickGoblin(builder));
    auto* count = builder->findChild<QSpinBox*>(QStringLiteral("creatureCount"));
    typeInto(count, QStringLiteral("200"));
    QCOMPARE(count->value(), 200);
    const qsizetype before = tracker->session()->participants().size();
    const int steps = window.history().size();
    QTest::mouseClick(builder->findChild<QPushButton*>(QStringLiteral("addCreature")), Qt::LeftButton);
    QCOMPARE(tracker->session()->participants().size(), before + 200);
    QCOMPARE(builder->combatantList()->count(), int(before + 200));
    QCOMPARE(window.history().size(), steps + 1);
    QCOMPARE(store.childrenOf<Participant>(example).size(), before + 200);

    // One Ctrl+Z takes the whole horde back.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(tracker->session()->participants().size(), before);
    QCOMPARE(store.childrenOf<Participant>(example).size(), before);

    // Another encounter shown: the Count does not carry the horde over.
    auto* encounters = builder->findChild<QListWidget*>(QStringLiteral("encounterList"));
    int warrenRow = -1;
    for (int row = 0; row < encounters->count(); ++row) {
        if (encounters->item(row)->data(Qt::UserRole).toString() == warren)
            warrenRow = row;
    }
    QVERIFY(clickRows(encounters, {warrenRow}));
    QCOMPARE(builder->currentEncounterId(), warren);
    QCOMPARE(count->value(), 1);
}

void TestEncountersPage::bestiaryCountTakes200()
{
    AppFixture app;
    CHECK_OK(Bestiary::ensureInstalled(*app.store.store));
    MainWindow& window = *app.window;
    window.showPage(MainWindow::Page::Bestiary);
    auto* count = window.bestiaryPage()->findChild<QSpinBox*>(QStringLiteral("bestiaryCount"));
    QVERIFY(count);
    typeInto(count, QStringLiteral("200"));
    QCOMPARE(count->value(), 200);
}

void TestEncountersPage::detailsAreSavedAsTyped()
{
    AppFixture app;
    LocalStore& store = *app.store.store;
    MainWindow& window = *app.window;
    window.showPage(MainWindow::Page::Encounters);
    EncountersPage* builder = window.encountersPage();
    const QString first = builder->newEncounter(QStringLiteral("First"));
    const QString second = builder->newEncounter(QStringLiteral("Second"));
    QVERIFY(builder->findChildren<QPushButton*>(QStringLiteral("saveEncounter")).isEmpty());
    auto* encounters = builder->findChild<QListWidget*>(QStringLiteral("encounterList"));
    auto rowOf = [&](const QString& id) {
        for (int row = 0; row < encounters->count(); ++row) {
            if (encounters->item(row)->data(Qt::UserRole).toString() == id)
                return row;
        }
        return -1;
    };
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(clickRows(encounters, {rowOf(first)}));
    auto* name = builder->findChild<QLineEdit*>(QStringLiteral("encounterName"));
    auto* notes = builder->findChild<QPlainTextEdit*>();
    QTest::mouseClick(name, Qt::LeftButton);
    typeInto(name, QStringLiteral("Bridge Ambush"));
    QTest::mouseClick(notes->viewport(), Qt::LeftButton);
    QTest::keyClicks(notes, QStringLiteral("Trolls under the bridge"));
    // The name is saved once the DM leaves it; the notes at the pause in typing.
    QTRY_COMPARE(store.get<Encounter>(first)->name, QStringLiteral("Bridge Ambush"));
    QTRY_COMPARE(store.get<Encounter>(first)->notes, QStringLiteral("Trolls under the bridge"));
    QCOMPARE(encounters->item(rowOf(first))->text(), QStringLiteral("Bridge Ambush"));

    // Typed and straight away another encounter chosen: nothing is lost.
    QTest::keyClicks(notes, QStringLiteral(", and a wolf"));
    QVERIFY(clickRows(encounters, {rowOf(second)}));
    QCOMPARE(store.get<Encounter>(first)->notes, QStringLiteral("Trolls under the bridge, and a wolf"));
    QCOMPARE(notes->toPlainText(), QString());
    QCOMPARE(name->text(), QStringLiteral("Second"));
}

QTEST_MAIN(TestEncountersPage)
#include "TestEncountersPage.moc"
