// The Encounters page through the real widgets. Many combatants at once: the page shows the
// encounter the tracker runs, its Count takes 200 as typed, the 200 goblins arrive in one undoable
// step, and the Count starts again at 1 when the page shows another encounter. The details (name,
// notes) are saved as the DM types, without a button. The combatants show CR, XP and HP per line,
// identical monsters gather under one line, and the XP left to each difficulty band is shown.
#include "AppTestSupport.h"
#include "UndoHistory.h"
#include "bestiary/Bestiary.h"
#include "bestiary/BestiaryPage.h"
#include "encounters/EncountersPage.h"
#include "parties/PartiesPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTreeWidget>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

class TestEncountersPage : public QObject {
    Q_OBJECT
private slots:
    void countOf200FromTheEncountersPage();
    void bestiaryCountTakes200();
    void detailsAreSavedAsTyped();
    void identicalMonstersAreGroupedWithTheBudgetLeft();
    void labelsShowNoLiteralAmpersand();
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
    QCOMPARE(builder->combatantCount(), int(before + 200));
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

// Four level-3 characters and three goblins (2014 rules): the party's thresholds are 300, 600, 900
// and 1600 XP; three goblins are 150 XP, doubled for three monsters.
void TestEncountersPage::identicalMonstersAreGroupedWithTheBudgetLeft()
{
    AppFixture app;
    LocalStore& store = *app.store.store;
    CHECK_OK(Bestiary::ensureInstalled(store));
    MainWindow& window = *app.window;
    window.addExampleContent(); // the party of four level-3 characters
    const QString partyId = window.partiesPage()->currentPartyId();
    window.showPage(MainWindow::Page::Encounters);
    EncountersPage* builder = window.encountersPage();
    const QString ambush = builder->newEncounter(QStringLiteral("Goblin Ambush"));
    QVERIFY(!ambush.isEmpty());
    auto* party = builder->findChild<QComboBox*>(QStringLiteral("encounterParty"));
    party->setFocus();
    QVERIFY(chooseWithKeys(party, partyId));
    QTest::mouseClick(builder->findChild<QPushButton*>(QStringLiteral("addPartyMembers")), Qt::LeftButton);
    QVERIFY(pickGoblin(builder));
    typeInto(builder->findChild<QSpinBox*>(QStringLiteral("creatureCount")), QStringLiteral("3"));
    QTest::mouseClick(builder->findChild<QPushButton*>(QStringLiteral("addCreature")), Qt::LeftButton);
    QCOMPARE(store.childrenOf<Participant>(ambush).size(), 7);

    auto* tree = builder->findChild<QTreeWidget*>(QStringLiteral("combatantTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 5); // four characters and one line for the goblins
    auto goblinLine = [&]() -> QTreeWidgetItem* {
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            if (tree->topLevelItem(row)->text(0).startsWith(QStringLiteral("Goblin")))
                return tree->topLevelItem(row);
        }
        return nullptr;
    };
    QTreeWidgetItem* goblins = goblinLine();
    QVERIFY(goblins);
    QCOMPARE(goblins->text(0), QStringLiteral("Goblin ×3"));
    QCOMPARE(goblins->text(1), QStringLiteral("1/4"));
    QCOMPARE(goblins->text(2), QStringLiteral("150"));
    QCOMPARE(goblins->childCount(), 3);
    int goblinHp = 0;
    for (const Participant& participant : store.childrenOf<Participant>(ambush)) {
        if (participant.isCharacter())
            continue;
        goblinHp = participant.effectiveMaxHp();
    }
    QCOMPARE(goblins->text(3), QStringLiteral("%1 each").arg(goblinHp));
    for (int member = 0; member < 3; ++member) {
        QCOMPARE(goblins->child(member)->text(1), QStringLiteral("1/4"));
        QCOMPARE(goblins->child(member)->text(2), QStringLiteral("50"));
        QCOMPARE(goblins->child(member)->text(3), QStringLiteral("%1/%1").arg(goblinHp));
    }
    // A character's line: its hit points, no CR or XP.
    const Participant hero = store.childrenOf<Participant>(ambush).constFirst();
    const QList<QTreeWidgetItem*> heroLines = tree->findItems(hero.displayName(), Qt::MatchExactly);
    QCOMPARE(heroLines.size(), 1);
    QCOMPARE(heroLines[0]->text(3), QStringLiteral("%1/%2").arg(hero.currentHp).arg(hero.effectiveMaxHp()));
    QVERIFY(heroLines[0]->text(2).isEmpty());

    auto* budgetLeft = builder->findChild<QLabel*>(QStringLiteral("xpBudget"));
    QVERIFY(budgetLeft);
    const QString budget = budgetLeft->text();
    QVERIFY2(budget.contains(QStringLiteral("150 XP × 2 for 3 monsters and a party of 4 = 300 adjusted XP")),
             qPrintable(budget));
    QVERIFY2(budget.contains(QStringLiteral("Easy (300 XP): reached")), qPrintable(budget));
    QVERIFY2(budget.contains(QStringLiteral("Medium (600 XP): 300 XP left")), qPrintable(budget));
    QVERIFY2(budget.contains(QStringLiteral("Hard (900 XP): 600 XP left")), qPrintable(budget));
    QVERIFY2(budget.contains(QStringLiteral("Deadly (1600 XP): 1300 XP left")), qPrintable(budget));

    // The group opens with a click and the Right arrow, and stays open as the encounter changes.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(goblins).center());
    QCOMPARE(tree->currentItem(), goblins);
    QTest::keyClick(tree, Qt::Key_Right);
    QVERIFY(goblins->isExpanded());

    // Remove on the group's line takes one goblin off; the multiplier drops to 1.5.
    QTest::mouseClick(builder->findChild<QPushButton*>(QStringLiteral("removeCombatant")), Qt::LeftButton);
    goblins = goblinLine();
    QVERIFY(goblins);
    QCOMPARE(goblins->text(0), QStringLiteral("Goblin ×2"));
    QCOMPARE(goblins->text(2), QStringLiteral("100"));
    QVERIFY(goblins->isExpanded());
    QCOMPARE(tree->currentItem(), goblins);
    QVERIFY2(budgetLeft->text().contains(
                 QStringLiteral("100 XP × 1.5 for 2 monsters and a party of 4 = 150 adjusted XP")),
             qPrintable(budgetLeft->text()));
    QVERIFY(budgetLeft->text().contains(QStringLiteral("Easy (300 XP): 150 XP left")));

    // One goblin left: a line of its own, like a character.
    QTest::mouseClick(builder->findChild<QPushButton*>(QStringLiteral("removeCombatant")), Qt::LeftButton);
    goblins = goblinLine();
    QVERIFY(goblins);
    QCOMPARE(goblins->childCount(), 0);
    QCOMPARE(goblins->text(2), QStringLiteral("50"));
    QCOMPARE(store.childrenOf<Participant>(ambush).size(), 5);
}

// A label's "&" marks its shortcut key only when the label has a field to jump to; without one the
// page showed "Part&y:" as such.
void TestEncountersPage::labelsShowNoLiteralAmpersand()
{
    AppFixture app;
    app.window->showPage(MainWindow::Page::Encounters);
    for (const QLabel* label : app.window->encountersPage()->findChildren<QLabel*>()) {
        const QString text = label->text();
        if (label->textFormat() == Qt::RichText || !text.contains(QLatin1Char('&')) ||
            text.contains(QStringLiteral("&&")))
            continue;
        QVERIFY2(label->buddy(), qPrintable(QStringLiteral("\"%1\" shows its & literally").arg(text)));
    }
}

QTEST_MAIN(TestEncountersPage)
#include "TestEncountersPage.moc"
