// Statblocks at the table: the example encounter's monsters are the bundled SRD templates, the
// tracker shows the selected combatant's statblock with the fight's own figures, and dice clicked
// there (or on the Bestiary page while an encounter is open) land in the combat log, undoably.
#include "AppTestSupport.h"
#include "bestiary/Bestiary.h"
#include "bestiary/BestiaryPage.h"
#include "bestiary/CreatureSearchModel.h"
#include "model/Participant.h"
#include "rules/CombatLogExport.h"
#include "tracker/CombatLogModel.h"
#include "tracker/CombatantStatblock.h"
#include "tracker/TrackerPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {

// The example party and encounter, optionally over the bundled bestiary, open in the tracker.
struct ExampleFixture : AppFixture {
    explicit ExampleFixture(bool withBestiary)
    {
        if (withBestiary)
            CHECK_OK(Bestiary::ensureInstalled(*store.store));
        window->addExampleContent();
        tracker = window->trackerPage();
        session = tracker->session();
        window->showPage(MainWindow::Page::Tracker);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }
    Participant named(const QString& name) const
    {
        for (const Participant& participant : session->participants()) {
            if (participant.name == name)
                return participant;
        }
        qFatal("no combatant %s", qPrintable(name));
        return {};
    }
    StatblockView* statblock() const { return tracker->statblock()->view(); }
    QString statusText() const { return window->statusBar()->currentMessage(); }
    TrackerPage* tracker = nullptr;
    rules::EncounterSession* session = nullptr;
};

} // namespace

class TestStatblockRolls : public QObject {
    Q_OBJECT
private slots:
    void exampleMonstersAreTheBundledTemplates();
    void exampleWithoutTheBestiaryKeepsItsFigures();
    void trackerShowsTheSelectedCombatant();
    void trackerDiceRollIntoTheLogAndUndo();
    void statblockDiceByKeyboard();
    void bestiaryRollsGoToTheOpenEncounter();
};

void TestStatblockRolls::exampleMonstersAreTheBundledTemplates()
{
    ExampleFixture f(true);
    QVERIFY(f.session);
    struct Expected {
        QString name;
        QString templateName;
        RulesEdition rules;
        int ac;
        int hp;
    };
    const QList<Expected> expected{
        {QStringLiteral("Goblin 1"), QStringLiteral("Goblin"), RulesEdition::Srd2014, 15, 7},
        {QStringLiteral("Goblin 2"), QStringLiteral("Goblin"), RulesEdition::Srd2014, 15, 7},
        {QStringLiteral("Goblin 3"), QStringLiteral("Goblin"), RulesEdition::Srd2014, 15, 7},
        {QStringLiteral("Goblin Boss"), QStringLiteral("Goblin Boss"), RulesEdition::Srd2024, 17, 21},
        {QStringLiteral("Wolf"), QStringLiteral("Wolf"), RulesEdition::Srd2014, 13, 11},
    };
    for (const Expected& monster : expected) {
        const Participant participant = f.named(monster.name);
        QVERIFY2(!participant.creatureId.isEmpty(), qPrintable(monster.name));
        const std::optional<Creature> creature = f.store.store->get<Creature>(participant.creatureId);
        QVERIFY(creature);
        QVERIFY(creature->isTemplate);
        QCOMPARE(creature->name, monster.templateName);
        QCOMPARE(creature->rules, monster.rules);
        QCOMPARE(creature->source,
                 monster.rules == RulesEdition::Srd2014 ? Bestiary::kSource2014 : Bestiary::kSource2024);
        QCOMPARE(participant.ac, monster.ac);
        QCOMPARE(participant.maxHp, monster.hp);
        QCOMPARE(participant.currentHp, monster.hp);
        QCOMPARE(participant.groupKey, creature->id);
        QCOMPARE(participant.initiativeModifier, creature->initiativeModifier());
    }
    // Identical goblins share one template; the third still hides in the reeds.
    QCOMPARE(f.named(QStringLiteral("Goblin 1")).creatureId, f.named(QStringLiteral("Goblin 3")).creatureId);
    QVERIFY(f.named(QStringLiteral("Goblin 3")).hidden);
    QVERIFY(!f.named(QStringLiteral("Goblin 1")).hidden);
    // The characters stay characters.
    const Participant brakka = f.named(QStringLiteral("Brakka"));
    QVERIFY(brakka.isCharacter());
    QVERIFY(brakka.creatureId.isEmpty());

    // The link makes the tracker's statblock show the template's actions and reactions.
    QVERIFY(clickCombatants(f.tracker, {f.named(QStringLiteral("Goblin Boss")).id}));
    QVERIFY(f.statblock()->creature());
    const QString text = f.statblock()->toPlainText();
    for (const QString& part : {QStringLiteral("Goblin Boss"), QStringLiteral("Multiattack"),
                                QStringLiteral("Scimitar. Attack: +4 to hit."),
                                QStringLiteral("Redirect Attack"), QStringLiteral("SRD 5.2")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral("\n---\n") + text));
}

void TestStatblockRolls::exampleWithoutTheBestiaryKeepsItsFigures()
{
    // A store whose bundled bestiary is missing still gets a playable encounter.
    ExampleFixture f(false);
    QCOMPARE(Bestiary::installedCount(*f.store.store), 0);
    const Participant goblin = f.named(QStringLiteral("Goblin 2"));
    QVERIFY(goblin.creatureId.isEmpty());
    QCOMPARE(goblin.ac, 15);
    QCOMPARE(goblin.maxHp, 7);
    QCOMPARE(goblin.initiativeModifier, 2);
    QCOMPARE(f.named(QStringLiteral("Goblin Boss")).maxHp, 21);
    QCOMPARE(f.named(QStringLiteral("Wolf")).ac, 13);
    // Its statblock says why there is none instead of showing a blank page.
    QVERIFY(clickCombatants(f.tracker, {goblin.id}));
    QVERIFY(!f.statblock()->creature());
    QVERIFY(f.statblock()->toPlainText().contains(QStringLiteral("not taken from the bestiary")));
    QVERIFY(f.statblock()->rollLinks().isEmpty());
}

void TestStatblockRolls::trackerShowsTheSelectedCombatant()
{
    ExampleFixture f(true);
    // The statblock shares the side column with the log: the list keeps the wide part.
    auto* side = f.tracker->findChild<QSplitter*>(QStringLiteral("trackerSide"));
    QVERIFY(side);
    QVERIFY(side->isAncestorOf(f.statblock()));
    QVERIFY(f.tracker->initiativeView()->width() > side->width());

    const Participant wolf = f.named(QStringLiteral("Wolf"));
    QVERIFY(clickCombatants(f.tracker, {wolf.id}));
    QVERIFY(f.statblock()->creature());
    QCOMPARE(f.statblock()->creature()->name, QStringLiteral("Wolf"));
    QCOMPARE(f.tracker->statblock()->participantId(), wolf.id);
    QVERIFY(f.statblock()->toPlainText().contains(QStringLiteral("Hit Points 11 (2d8+2)")));
    QVERIFY(f.statblock()->toPlainText().contains(QStringLiteral("Pack Tactics")));
    auto* title = f.tracker->statblock()->findChild<QLabel*>();
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Stat&block of Wolf"));

    // The fight's figures replace the template's: a new maximum and armour class show at once.
    Participant edited = wolf;
    edited.ac = 16;
    edited.damageResistances = {QStringLiteral("cold")};
    CHECK_OK(f.window->trackerPage()->session()->editParticipant(edited));
    CHECK_OK(f.session->setMaxHpOverride(wolf.id, 30));
    const QString text = f.statblock()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Armor Class 16")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Hit Points 30 (2d8+2)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Damage Resistances cold")), qPrintable(text));

    // A player character has no statblock here, and the view says so.
    QVERIFY(clickCombatants(f.tracker, {f.named(QStringLiteral("Elowen")).id}));
    QVERIFY(!f.statblock()->creature());
    QVERIFY(f.statblock()->toPlainText().contains(QStringLiteral("player character")));
    QVERIFY(f.tracker->statblock()->participantId().isEmpty());

    // Nothing selected during the fight: the combatant whose turn it is.
    CHECK_OK(f.session->startCombat());
    QVERIFY(clickCombatants(f.tracker, {}));
    const QString current = f.session->currentParticipantId();
    const Participant acting = *f.session->participant(current);
    if (acting.isCharacter())
        QVERIFY(f.statblock()->toPlainText().contains(acting.name));
    else
        QCOMPARE(f.statblock()->creature()->name, acting.name);
}

void TestStatblockRolls::trackerDiceRollIntoTheLogAndUndo()
{
    ExampleFixture f(true);
    const Participant goblin = f.named(QStringLiteral("Goblin 1"));
    QVERIFY(clickCombatants(f.tracker, {goblin.id}));
    QCOMPARE(f.statblock()->creature()->name, QStringLiteral("Goblin 1"));
    const qsizetype logBefore = f.session->log().size();
    const int rowsBefore = f.tracker->logModel()->rowCount();

    // "+4 to hit" on the scimitar rolls 1d20+4 for Goblin 1 into the combat log.
    QVERIFY(clickRollLink(f.statblock(), QStringLiteral("1d20+4")));
    QTRY_COMPARE(f.session->log().size(), logBefore + 1);
    const CombatLogEntry entry = f.session->log().last();
    QCOMPARE(entry.action, QStringLiteral("roll"));
    QCOMPARE(entry.actor, QStringLiteral("Goblin 1"));
    QCOMPARE(entry.details.value(QStringLiteral("label")).toString(),
             QStringLiteral("Goblin 1: Scimitar (to hit)"));
    QCOMPARE(entry.details.value(QStringLiteral("expression")).toString(), QStringLiteral("1d20+4"));
    QCOMPARE(entry.details.value(QStringLiteral("actorId")).toString(), goblin.id);
    const int total = entry.details.value(QStringLiteral("total")).toInt();
    QVERIFY(total >= 5 && total <= 24);
    const QJsonArray dice = entry.details.value(QStringLiteral("dice")).toArray();
    QCOMPARE(dice.size(), 1);
    QCOMPARE(dice.first().toObject().value(QStringLiteral("value")).toInt() + 4, total);
    // Stored like every other entry, shown in the log view and the status bar.
    QCOMPARE(f.store.store->get<CombatLogEntry>(entry.id).value(), entry);
    QCOMPARE(f.tracker->logModel()->rowCount(), rowsBefore + 1);
    const QString line = f.tracker->logModel()->index(rowsBefore, 0).data().toString();
    QVERIFY2(line.contains(QStringLiteral("Goblin 1 rolled “Goblin 1: Scimitar (to hit)” 1d20+4")),
             qPrintable(line));
    QVERIFY2(f.statusText().startsWith(QStringLiteral("Goblin 1: Scimitar (to hit): 1d20+4 [")),
             qPrintable(f.statusText()));
    QVERIFY(f.statusText().endsWith(QStringLiteral("= %1").arg(total)));

    // The damage link of the same action; then Ctrl+Z takes the rolls back one by one.
    QVERIFY(clickRollLink(f.statblock(), QStringLiteral("1d6+2")));
    QTRY_COMPARE(f.session->log().size(), logBefore + 2);
    QCOMPARE(f.session->log().last().details.value(QStringLiteral("label")).toString(),
             QStringLiteral("Goblin 1: Scimitar (slashing damage)"));
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.session->log().size(), logBefore + 1);
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.session->log().size(), logBefore);
    QVERIFY(!f.store.store->get<CombatLogEntry>(entry.id));
    QCOMPARE(f.tracker->logModel()->rowCount(), rowsBefore);
    // Redo brings back the same roll, not a new one.
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(f.session->log().size(), logBefore + 1);
    QCOMPARE(f.session->log().last(), entry);
}

void TestStatblockRolls::statblockDiceByKeyboard()
{
    ExampleFixture f(true);
    QVERIFY(clickCombatants(f.tracker, {f.named(QStringLiteral("Wolf")).id}));
    f.tracker->initiativeView()->setFocus();
    // Alt+B moves to the statblock; Tab walks its dice, Enter rolls the one with focus.
    QTest::keyClick(f.window.get(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(f.statblock()));
    const qsizetype logBefore = f.session->log().size();
    QTest::keyClick(f.statblock(), Qt::Key_Tab);
    QVERIFY(f.statblock()->textCursor().hasSelection());
    QTest::keyClick(f.statblock(), Qt::Key_Return);
    QTRY_COMPARE(f.session->log().size(), logBefore + 1);
    // The first die on a statblock is its hit dice.
    QCOMPARE(f.session->log().last().details.value(QStringLiteral("label")).toString(),
             QStringLiteral("Wolf: hit points"));
    QCOMPARE(f.session->log().last().details.value(QStringLiteral("expression")).toString(),
             QStringLiteral("2d8+2"));
}

void TestStatblockRolls::bestiaryRollsGoToTheOpenEncounter()
{
    ExampleFixture f(true);
    BestiaryPage* page = f.window->bestiaryPage();
    page->reload();
    f.window->showPage(MainWindow::Page::Bestiary);
    page->rulesFilter()->setCurrentIndex(page->rulesFilter()->findData(QStringLiteral("2014")));
    QTest::keyClicks(page->searchField(), QStringLiteral("adult red dragon"));
    QCOMPARE(page->resultsView()->model()->rowCount(), 1);
    QVERIFY(clickRows(page->resultsView(), {0}));
    QCOMPARE(page->statblock()->creature()->name, QStringLiteral("Adult Red Dragon"));

    const qsizetype logBefore = f.session->log().size();
    QVERIFY(clickRollLink(page->statblock(), QStringLiteral("1d20+14")));
    QTRY_COMPARE(f.session->log().size(), logBefore + 1);
    const CombatLogEntry entry = f.session->log().last();
    QCOMPARE(entry.action, QStringLiteral("roll"));
    QVERIFY(entry.actor.isEmpty()); // the DM rolled, not a combatant
    QCOMPARE(entry.details.value(QStringLiteral("label")).toString(),
             QStringLiteral("Adult Red Dragon: Bite (to hit)"));
    const int total = entry.details.value(QStringLiteral("total")).toInt();
    QVERIFY(total >= 15 && total <= 34);
    // Not in the page's own list; the status bar says where it went.
    QCOMPARE(page->rollLog()->count(), 0);
    QVERIFY2(f.statusText().contains(QStringLiteral("Ambush at the Old Bridge")), qPrintable(f.statusText()));
    QVERIFY(rules::CombatLogExport::line(entry).contains(QStringLiteral("The DM rolled")));
    // Undo from the Bestiary page takes it out of the encounter's log.
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.session->log().size(), logBefore);

    // With no encounter open, rolls stay on the page as before.
    AppFixture fresh;
    CHECK_OK(Bestiary::ensureInstalled(*fresh.store.store));
    QVERIFY(!fresh.window->trackerPage()->session());
    BestiaryPage* freshPage = fresh.window->bestiaryPage();
    freshPage->reload();
    fresh.window->showPage(MainWindow::Page::Bestiary);
    freshPage->rulesFilter()->setCurrentIndex(freshPage->rulesFilter()->findData(QStringLiteral("2014")));
    QTest::keyClicks(freshPage->searchField(), QStringLiteral("adult red dragon"));
    QVERIFY(clickRows(freshPage->resultsView(), {0}));
    QVERIFY(clickRollLink(freshPage->statblock(), QStringLiteral("1d20+14")));
    QTRY_COMPARE(freshPage->rollLog()->count(), 1);
    QVERIFY(freshPage->rollLog()->item(0)->text().startsWith(
        QStringLiteral("Adult Red Dragon: Bite (to hit): 1d20+14 [")));
}

QTEST_MAIN(TestStatblockRolls)
#include "TestStatblockRolls.moc"
