// The bestiary page: search as you type, filters, the statblock with clickable dice, custom
// creatures duplicated from a template, edited, deleted, and all of it undone.
#include "AppTestSupport.h"
#include "bestiary/Bestiary.h"
#include "bestiary/BestiaryPage.h"
#include "bestiary/CreatureEditor.h"
#include "bestiary/CreatureSearchModel.h"
#include "bestiary/StatblockView.h"
#include "encounters/EncountersPage.h"
#include "model/Participant.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {

template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("missing child %s", qPrintable(name));
    return found;
}

QStringList column(QTableView* view, int columnIndex)
{
    QStringList values;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        values << view->model()->index(row, columnIndex).data().toString();
    return values;
}

void choose(QComboBox* box, const QString& data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    QVERIFY2(chooseWithKeys(box, data), qPrintable(data));
}

void clickRow(QTableView* view, int row)
{
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestBestiaryPage : public QObject {
    Q_OBJECT
private slots:
    void searchFilterStatblockAndDice();
    void customCreatureDuplicateEditDeleteUndo();
    void editorRejectsBadInput();
    void addToEncounter();
    void newCreatureFromABlankStatblock();
};

void TestBestiaryPage::searchFilterStatblockAndDice()
{
    AppFixture app;
    CHECK_OK(Bestiary::ensureInstalled(*app.store.store));
    BestiaryPage* page = app.window->bestiaryPage();
    page->reload();

    // Ctrl+2 opens the page with the cursor in the search field.
    QTest::keyClick(app.window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(app.window->currentPage(), MainWindow::Page::Bestiary);
    QTRY_VERIFY(page->searchField()->hasFocus());

    QTest::keyClicks(page->searchField(), QStringLiteral("adult red"));
    QTableView* results = page->resultsView();
    QStringList names = column(results, CreatureSearchModel::Name);
    QCOMPARE(names.count(QStringLiteral("Adult Red Dragon")), 2); // 2014 and 2024 rules
    QCOMPARE(names.first(), QStringLiteral("Adult Red Dragon"));

    choose(page->rulesFilter(), QStringLiteral("2014"));
    QCOMPARE(column(results, CreatureSearchModel::Name), QStringList{QStringLiteral("Adult Red Dragon")});
    choose(page->sizeFilter(), QStringLiteral("tiny"));
    QCOMPARE(results->model()->rowCount(), 0);
    QVERIFY(!page->statblock()->creature());
    QVERIFY(!page->duplicateButton()->isEnabled());
    choose(page->sizeFilter(), QStringLiteral("huge"));
    QCOMPARE(results->model()->rowCount(), 1);

    // Filters alone: dragons of CR 17 only, from SRD 5.1.
    page->searchField()->clear();
    choose(page->typeFilter(), QStringLiteral("dragon"));
    choose(page->crMinFilter(), QStringLiteral("17"));
    choose(page->crMaxFilter(), QStringLiteral("17"));
    choose(page->sourceFilter(), Bestiary::kSource2014);
    names = column(results, CreatureSearchModel::Name);
    QVERIFY(names.contains(QStringLiteral("Adult Red Dragon")));
    QVERIFY(names.size() >= 2);
    for (const QString& cr : column(results, CreatureSearchModel::ChallengeRating))
        QCOMPARE(cr, QStringLiteral("17"));
    for (const QString& type : column(results, CreatureSearchModel::Type))
        QCOMPARE(type, QStringLiteral("dragon"));
    for (const QString& size : column(results, CreatureSearchModel::Size))
        QCOMPARE(size, QStringLiteral("huge"));

    // A maximum below the minimum finds nothing rather than failing.
    choose(page->crMaxFilter(), QStringLiteral("1/2"));
    QCOMPARE(results->model()->rowCount(), 0);
    choose(page->crMaxFilter(), QString());

    clickRow(results, int(names.indexOf(QStringLiteral("Adult Red Dragon"))));
    StatblockView* statblock = page->statblock();
    QVERIFY(statblock->creature());
    QCOMPARE(statblock->creature()->name, QStringLiteral("Adult Red Dragon"));
    const QString text = statblock->toPlainText();
    for (const QString& expected :
         {QStringLiteral("Huge dragon, chaotic evil"), QStringLiteral("Armor Class 19 (natural armor)"),
          QStringLiteral("Hit Points 256 (19d12+133)"),
          QStringLiteral("Speed 40 ft., climb 40 ft., fly 80 ft."), QStringLiteral("27 (+8)"),
          QStringLiteral("10 (+0)"), QStringLiteral("25 (+7)"),
          QStringLiteral("Saving Throws DEX +6, CON +13, WIS +7, CHA +11"),
          QStringLiteral("Skills Perception +13, Stealth +6"), QStringLiteral("Damage Immunities fire"),
          QStringLiteral("passive Perception 23"), QStringLiteral("Languages Common, Draconic"),
          QStringLiteral("Challenge 17 (18,000 XP)"),
          QStringLiteral("Bite. Attack: +14 to hit. Hit: 2d10+8 piercing plus 2d6 fire damage."),
          QStringLiteral("Fire Breath (Recharge 5\u20136). DC 21 Dexterity saving throw. Damage: 18d6 fire."),
          QStringLiteral("3 per round, one at a time"), QStringLiteral("Costs 2 Actions"),
          QStringLiteral("Legendary Resistance (3/Day).")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));

    // Clicking "+14 to hit" rolls 1d20+14 into the roll log; the fire breath rolls 18d6.
    QCOMPARE(page->rollLog()->count(), 0);
    QVERIFY(clickRollLink(statblock, QStringLiteral("1d20+14")));
    QTRY_COMPARE(page->rollLog()->count(), 1);
    const QListWidgetItem* attack = page->rollLog()->item(0);
    QVERIFY2(attack->text().startsWith(QStringLiteral("Adult Red Dragon: Bite (to hit)")),
             qPrintable(attack->text()));
    const int total = attack->data(Qt::UserRole).toInt();
    QVERIFY(total >= 15 && total <= 34);
    QVERIFY(clickRollLink(statblock, QStringLiteral("18d6")));
    QTRY_COMPARE(page->rollLog()->count(), 2);
    const int breath = page->rollLog()->item(1)->data(Qt::UserRole).toInt();
    QVERIFY(breath >= 18 && breath <= 108);
    QVERIFY(page->rollLog()->item(1)->text().contains(QStringLiteral("fire damage")));
    // A template is read-only: it can be duplicated, not edited or deleted.
    QVERIFY(page->duplicateButton()->isEnabled());
    QVERIFY(!page->editButton()->isEnabled());
    QVERIFY(!page->deleteButton()->isEnabled());
}

void TestBestiaryPage::customCreatureDuplicateEditDeleteUndo()
{
    AppFixture app;
    CHECK_OK(Bestiary::ensureInstalled(*app.store.store));
    BestiaryPage* page = app.window->bestiaryPage();
    page->reload();
    app.window->showPage(MainWindow::Page::Bestiary);
    QTest::keyClicks(page->searchField(), QStringLiteral("adult red"));
    choose(page->rulesFilter(), QStringLiteral("2014"));
    clickRow(page->resultsView(), 0);
    const QString templateId = page->currentCreatureId();
    const qint64 creaturesBefore = app.store.store->count(EntityKind::Creature);

    bool filled = false;
    onNextDialog<CreatureEditor>([&](CreatureEditor* editor) {
        auto* name = child<QLineEdit>(editor, QStringLiteral("name"));
        QCOMPARE(name->text(), QStringLiteral("Adult Red Dragon (copy)"));
        // An empty name is refused with the message next to the field.
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QVERIFY(!editor->errorFor(QStringLiteral("name")).isEmpty());
        QVERIFY(child<QLabel>(editor, QStringLiteral("error_name"))->isVisibleTo(editor));

        QTest::keyClicks(name, QStringLiteral("Ash Drake"));
        auto* challenge = child<QLineEdit>(editor, QStringLiteral("challengeRating"));
        challenge->selectAll();
        QTest::keyClicks(challenge, QStringLiteral("5"));
        QCOMPARE(child<QSpinBox>(editor, QStringLiteral("xp"))->value(), 1800);
        QCOMPARE(child<QSpinBox>(editor, QStringLiteral("proficiencyBonus"))->value(), 3);
        typeInto(child<QSpinBox>(editor, QStringLiteral("ac")), QString::number(16));
        typeInto(child<QSpinBox>(editor, QStringLiteral("hp")), QString::number(90));
        auto* hitDice = child<QLineEdit>(editor, QStringLiteral("hitDice"));
        typeInto(hitDice, QStringLiteral("12d10+24"));
        auto* actions = child<QTableWidget>(editor, QStringLiteral("actionsTable"));
        QCOMPARE(actions->item(1, 0)->text(), QStringLiteral("Bite"));
        actions->item(1, 1)->setText(QStringLiteral("+9"));
        actions->item(1, 2)->setText(QStringLiteral("2d8+5 piercing; 1d6 fire"));
        // A new legendary action with a cost of 3.
        auto* legendary = child<QTableWidget>(editor, QStringLiteral("legendaryActionsTable"));
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("legendaryActionsAdd")), Qt::LeftButton);
        const int row = legendary->rowCount() - 1;
        legendary->item(row, 0)->setText(QStringLiteral("Ash Cloud"));
        legendary->setItem(row, 3, new QTableWidgetItem(QStringLiteral("14")));
        legendary->setItem(row, 4, new QTableWidgetItem(QStringLiteral("CON")));
        legendary->item(row, 7)->setText(QStringLiteral("3"));
        QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
        filled = true;
    });
    QTest::mouseClick(page->duplicateButton(), Qt::LeftButton);
    QVERIFY(filled);
    QCOMPARE(app.store.store->count(EntityKind::Creature), creaturesBefore + 1);

    // The copy is saved, found by search, shown with the new figures, and its own source.
    const QString customId = page->currentCreatureId();
    QVERIFY(customId != templateId);
    const std::optional<Creature> saved = app.store.store->get<Creature>(customId);
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("Ash Drake"));
    QVERIFY(!saved->isTemplate);
    QCOMPARE(saved->source, QStringLiteral("Custom"));
    QCOMPARE(saved->challengeRating, QStringLiteral("5"));
    QCOMPARE(saved->actions[1].attackBonus, std::optional<int>(9));
    QCOMPARE(saved->actions[1].damage.size(), 2);
    QCOMPARE(saved->actions[1].damage[1], (DamageRoll{QStringLiteral("1d6"), QStringLiteral("fire")}));
    QCOMPARE(saved->legendaryActions.last().cost, 3);
    QCOMPARE(saved->legendaryActions.last().saveAbility, QStringLiteral("constitution"));
    QCOMPARE(saved->legendaryActions.last().saveDc, std::optional<int>(14));
    const std::optional<Creature> original = app.store.store->get<Creature>(templateId);
    QCOMPARE(original->name, QStringLiteral("Adult Red Dragon")); // the template is untouched

    choose(page->rulesFilter(), QString());
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), QStringLiteral("ash dr"));
    QCOMPARE(column(page->resultsView(), CreatureSearchModel::Name),
             QStringList{QStringLiteral("Ash Drake")});
    QVERIFY(page->sourceFilter()->findData(QStringLiteral("Custom")) >= 0);
    clickRow(page->resultsView(), 0);
    QVERIFY(page->statblock()->toPlainText().contains(QStringLiteral("Bite. Attack: +9 to hit")));
    QVERIFY(page->statblock()->toPlainText().contains(QStringLiteral("Ash Cloud (Costs 3 Actions)")));
    QVERIFY(page->editButton()->isEnabled());

    // Edit the custom creature.
    onNextDialog<CreatureEditor>([&](CreatureEditor* editor) {
        typeInto(child<QSpinBox>(editor, QStringLiteral("ac")), QString::number(17));
        QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(page->editButton(), Qt::LeftButton);
    QCOMPARE(app.store.store->get<Creature>(customId)->ac, 17);
    QVERIFY(page->statblock()->toPlainText().contains(QStringLiteral("Armor Class 17")));

    // Undo the edit, then the creation: it is gone from the store and the search. (The keys go to the
    // results list; in the search field Ctrl+Z undoes typing, as in any text field.)
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    page->resultsView()->setFocus();
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(app.store.store->get<Creature>(customId)->ac, 16);
    QVERIFY(page->statblock()->toPlainText().contains(QStringLiteral("Armor Class 16")));
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!app.store.store->get<Creature>(customId));
    QCOMPARE(page->resultsView()->model()->rowCount(), 0);
    QVERIFY(!page->statblock()->creature());
    // Redo brings it back.
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(column(page->resultsView(), CreatureSearchModel::Name),
             QStringList{QStringLiteral("Ash Drake")});

    // Delete, undoable too.
    clickRow(page->resultsView(), 0);
    QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
    QVERIFY(!app.store.store->get<Creature>(customId));
    QCOMPARE(page->resultsView()->model()->rowCount(), 0);
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(app.store.store->get<Creature>(customId)->name, QStringLiteral("Ash Drake"));
    QCOMPARE(column(page->resultsView(), CreatureSearchModel::Name),
             QStringList{QStringLiteral("Ash Drake")});
}

void TestBestiaryPage::editorRejectsBadInput()
{
    Creature creature;
    creature.id = LocalStore::newId();
    creature.name = QStringLiteral("Test Beast");
    creature.type = QStringLiteral("beast");
    CreatureEditor editor(creature);
    editor.show();
    auto save = [&] { QTest::mouseClick(editor.buttons()->button(QDialogButtonBox::Save), Qt::LeftButton); };

    typeInto(child<QLineEdit>(&editor, QStringLiteral("name")), QString(300, QLatin1Char('x')));
    typeInto(child<QLineEdit>(&editor, QStringLiteral("hitDice")), QStringLiteral("12d"));
    typeInto(child<QLineEdit>(&editor, QStringLiteral("challengeRating")), QStringLiteral("1/3"));
    typeInto(child<QLineEdit>(&editor, QStringLiteral("savingThrows")), QStringLiteral("luck +5"));
    typeInto(child<QLineEdit>(&editor, QStringLiteral("initiativeBonus")), QStringLiteral("fast"));
    typeInto(child<QSpinBox>(&editor, QStringLiteral("ac")), QString::number(45));
    typeInto(child<QSpinBox>(&editor, QStringLiteral("hp")), QString::number(0));
    auto* actions = child<QTableWidget>(&editor, QStringLiteral("actionsTable"));
    QTest::mouseClick(child<QPushButton>(&editor, QStringLiteral("actionsAdd")), Qt::LeftButton);
    actions->setItem(0, 1, new QTableWidgetItem(QStringLiteral("plenty")));
    actions->setItem(0, 2, new QTableWidgetItem(QStringLiteral("2d6+ fire")));
    actions->setItem(0, 5, new QTableWidgetItem(QStringLiteral("9")));
    save();
    QVERIFY(editor.isVisible());
    QVERIFY(editor.result() != QDialog::Accepted);
    for (const QString& field :
         {QStringLiteral("name"), QStringLiteral("hitDice"), QStringLiteral("challengeRating"),
          QStringLiteral("savingThrows"), QStringLiteral("initiativeBonus"), QStringLiteral("ac"),
          QStringLiteral("hp")})
        QVERIFY2(!editor.errorFor(field).isEmpty(), qPrintable(field));
    const QString actionErrors = editor.errorFor(QStringLiteral("actions"));
    QVERIFY2(actionErrors.contains(QStringLiteral("row 1, name")), qPrintable(actionErrors));
    QVERIFY(actionErrors.contains(QStringLiteral("attackBonus")));
    QVERIFY(actionErrors.contains(QStringLiteral("2d6+")));
    QVERIFY(actionErrors.contains(QStringLiteral("rechargeOn")));

    // Fixing every field clears the messages and accepts.
    typeInto(child<QLineEdit>(&editor, QStringLiteral("name")), QStringLiteral("Test Beast"));
    typeInto(child<QLineEdit>(&editor, QStringLiteral("hitDice")), QStringLiteral("4d8+4"));
    typeInto(child<QLineEdit>(&editor, QStringLiteral("challengeRating")), QStringLiteral("1/2"));
    typeInto(child<QLineEdit>(&editor, QStringLiteral("savingThrows")), QStringLiteral("dex +4, WIS +2"));
    typeInto(child<QLineEdit>(&editor, QStringLiteral("initiativeBonus")), QStringLiteral("+3"));
    typeInto(child<QSpinBox>(&editor, QStringLiteral("ac")), QString::number(13));
    typeInto(child<QSpinBox>(&editor, QStringLiteral("hp")), QString::number(22));
    actions->item(0, 0)->setText(QStringLiteral("Gore"));
    actions->item(0, 1)->setText(QStringLiteral("+5"));
    actions->item(0, 2)->setText(QStringLiteral("2d6+3 piercing"));
    actions->item(0, 5)->setText(QStringLiteral("5"));
    save();
    QCOMPARE(editor.result(), int(QDialog::Accepted));
    QVERIFY(editor.errorFor(QStringLiteral("name")).isEmpty());
    const Creature& result = editor.creature();
    QCOMPARE(result.savingThrows.value(QStringLiteral("dexterity")), 4);
    QCOMPARE(result.savingThrows.value(QStringLiteral("wisdom")), 2);
    QCOMPARE(result.initiativeBonus, std::optional<int>(3));
    QCOMPARE(result.actions.size(), 1);
    QCOMPARE(result.actions[0].rechargeOn, 5);
    QCOMPARE(result.actions[0].cost, 1);
    QVERIFY(result.validate().isEmpty());
}

void TestBestiaryPage::addToEncounter()
{
    AppFixture app;
    CHECK_OK(Bestiary::ensureInstalled(*app.store.store));
    MainWindow& window = *app.window;
    BestiaryPage* page = window.bestiaryPage();
    page->reload();
    // Without an encounter nothing is added and the status bar says what to do.
    window.showPage(MainWindow::Page::Bestiary);
    QTest::keyClicks(page->searchField(), QStringLiteral("goblin"));
    clickRow(page->resultsView(), 0);
    QTest::mouseClick(page->addToEncounterButton(), Qt::LeftButton);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Encounters page")));

    const QString encounterId = window.encountersPage()->newEncounter(QStringLiteral("Ambush"));
    QVERIFY(!encounterId.isEmpty());
    window.showPage(MainWindow::Page::Bestiary);
    typeInto(child<QSpinBox>(page, QStringLiteral("bestiaryCount")), QString::number(3));
    QTest::mouseClick(page->addToEncounterButton(), Qt::LeftButton);
    QCOMPARE(app.store.store->childrenOf<Participant>(encounterId).size(), 3);
    // The builder, hidden meanwhile, shows them when the DM goes back to it.
    window.showPage(MainWindow::Page::Encounters);
    EncountersPage* builder = window.encountersPage();
    QCOMPARE(builder->combatantCount(), 3);
    QCOMPARE(builder->combatantTree()->topLevelItem(0)->text(0), QStringLiteral("Goblin ×3"));
}

// New... beside Duplicate opens the editor on a blank statblock of the DM's own; saved, it is found
// by the search and Ctrl+Z takes it back.
void TestBestiaryPage::newCreatureFromABlankStatblock()
{
    AppFixture app;
    BestiaryPage* page = app.window->bestiaryPage();
    app.window->showPage(MainWindow::Page::Bestiary);
    QVERIFY(page->newButton()->isEnabled());
    const qint64 before = app.store.store->count(EntityKind::Creature);
    onNextDialog<CreatureEditor>([&](CreatureEditor* editor) {
        auto* name = child<QLineEdit>(editor, QStringLiteral("name"));
        QCOMPARE(name->text(), QStringLiteral("New creature"));
        typeInto(name, QStringLiteral("Marsh Hag"));
        typeInto(child<QSpinBox>(editor, QStringLiteral("ac")), QStringLiteral("14"));
        // Blank means blank: the type is asked for beside its field before anything is saved.
        QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        QVERIFY(!editor->errorFor(QStringLiteral("type")).isEmpty());
        typeInto(child<QLineEdit>(editor, QStringLiteral("type")), QStringLiteral("fey"));
        QTest::mouseClick(editor->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    QCOMPARE(app.store.store->count(EntityKind::Creature), before + 1);
    std::optional<Creature> made;
    for (const Creature& creature : app.store.store->all<Creature>()) {
        if (creature.name == QLatin1String("Marsh Hag"))
            made = creature;
    }
    QVERIFY(made);
    QVERIFY(!made->isTemplate);
    QCOMPARE(made->ac, 14);
    QCOMPARE(page->currentCreatureId(), made->id);
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    page->resultsView()->setFocus();
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(app.store.store->count(EntityKind::Creature), before);
}

QTEST_MAIN(TestBestiaryPage)
#include "TestBestiaryPage.moc"
