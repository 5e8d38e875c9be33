// Parties and characters through the real widgets: create, validate, edit, archive, delete, undo.
#include "AppTestSupport.h"
#include "UndoHistory.h"
#include "parties/CharacterForm.h"
#include "parties/CharacterModel.h"
#include "parties/PartiesPage.h"
#include "parties/PartyDialog.h"
#include "parties/PartyListModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {
QPushButton* saveButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
}
template <typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("missing widget %s", qPrintable(name));
    return found;
}
QSpinBox* spinNamed(QDialog* dialog, const QString& accessibleName)
{
    for (QSpinBox* box : dialog->findChildren<QSpinBox*>()) {
        if (box->accessibleName() == accessibleName)
            return box;
    }
    qFatal("missing spin box %s", qPrintable(accessibleName));
    return nullptr;
}
void setSpin(QSpinBox* box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
}
} // namespace

class TestParties : public QObject {
    Q_OBJECT
private slots:
    void createPartyWithValidation();
    void characterFormShowsErrorsNextToFields();
    void archiveHidesAndShowArchivedShows();
    void deleteIsUndoneWithTheKeyboard();
    void parseClassesReadsCommonForms();
    void characterFormFillsCurrentHpAndProficiency();
};

void TestParties::createPartyWithValidation()
{
    AppFixture app;
    PartiesPage* page = app.window->partiesPage();
    auto* emptyNew = child<QPushButton>(page, QStringLiteral("emptyNewParty"));
    QVERIFY(emptyNew->isVisible());

    bool checked = false;
    onNextDialog<PartyDialog>([&](PartyDialog* dialog) {
        // An empty name is refused with the message beside the field, and the dialog stays open.
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        auto* error = child<QLabel>(dialog, QStringLiteral("error.name"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("partyName")), QStringLiteral("Night Owls"));
        QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
        checked = true;
    });
    QTest::mouseClick(emptyNew, Qt::LeftButton);
    QVERIFY(checked);

    const QList<Party> parties = app.store.store->all<Party>();
    QCOMPARE(parties.size(), 1);
    QCOMPARE(parties.first().name, QStringLiteral("Night Owls"));
    QCOMPARE(page->partyModel()->rowCount(), 1);
    QCOMPARE(page->currentPartyId(), parties.first().id);
    QVERIFY(!emptyNew->isVisible());
    QVERIFY(app.window->history().canUndo());
}

void TestParties::characterFormShowsErrorsNextToFields()
{
    AppFixture app;
    Party party;
    party.id = LocalStore::newId();
    party.name = QStringLiteral("Testers");
    CHECK_OK(app.store.store->commit(ChangeSet().put(party)));
    PartiesPage* page = app.window->partiesPage();
    page->reload();
    page->selectParty(party.id);

    bool checked = false;
    onNextDialog<CharacterForm>([&](CharacterForm* form) {
        // No name, current HP above the maximum and an unreadable class: three messages, no save.
        setSpin(spinNamed(form, QStringLiteral("Maximum hit points")), 20);
        setSpin(spinNamed(form, QStringLiteral("Current hit points")), 25);
        QTest::keyClicks(form->findChildren<QLineEdit*>().at(3), QStringLiteral("Fighter 3x"));
        QTest::mouseClick(saveButton(form), Qt::LeftButton);
        QVERIFY(form->isVisible());
        QVERIFY(!form->errorText(QStringLiteral("name")).isEmpty());
        QVERIFY(!form->errorText(QStringLiteral("currentHp")).isEmpty());
        QVERIFY(!form->errorText(QStringLiteral("classes")).isEmpty());
        QVERIFY(form->errorText(QStringLiteral("ac")).isEmpty());

        QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("name")), QStringLiteral("Mira"));
        setSpin(spinNamed(form, QStringLiteral("Current hit points")), 18);
        QLineEdit* classes = form->findChildren<QLineEdit*>().at(3);
        classes->clear();
        QTest::keyClicks(classes, QStringLiteral("Fighter 3 / Wizard 2"));
        setSpin(spinNamed(form, QStringLiteral("DEX")), 14);
        QTest::mouseClick(saveButton(form), Qt::LeftButton);
        checked = true;
    });
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("newCharacter")), Qt::LeftButton);
    QVERIFY(checked);

    const QList<Character> characters = app.store.store->childrenOf<Character>(party.id);
    QCOMPARE(characters.size(), 1);
    const Character& mira = characters.first();
    QCOMPARE(mira.name, QStringLiteral("Mira"));
    QCOMPARE(mira.maxHp, 20);
    QCOMPARE(mira.currentHp, 18);
    QCOMPARE(mira.classes.size(), 2);
    QCOMPARE(mira.classes[1].className, QStringLiteral("Wizard"));
    QCOMPARE(mira.totalLevel(), 5);
    QCOMPARE(mira.abilities.score(Ability::Dexterity), 14);
    QCOMPARE(page->characterModel()->rowCount(), 1);
    QCOMPARE(page->characterModel()->index(0, CharacterModel::Initiative).data().toString(),
             QStringLiteral("+2"));

    // Editing through the table: double-click opens the form with the stored values.
    bool edited = false;
    onNextDialog<CharacterForm>([&](CharacterForm* form) {
        QCOMPARE(child<QLineEdit>(form, QStringLiteral("name"))->text(), QStringLiteral("Mira"));
        setSpin(spinNamed(form, QStringLiteral("Armor class")), 17);
        // Two of her five hit dice went on a short rest.
        setSpin(spinNamed(form, QStringLiteral("Hit dice spent")), 2);
        QTest::mouseClick(saveButton(form), Qt::LeftButton);
        edited = true;
    });
    QVERIFY(clickRows(page->characterView(), {0}));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("editCharacter")), Qt::LeftButton);
    QVERIFY(edited);
    QCOMPARE(app.store.store->get<Character>(mira.id)->ac, 17);
    QCOMPARE(app.store.store->get<Character>(mira.id)->hitDiceSpent, 2);
    // The list shows the dice she has left of her five (one per level).
    QCOMPARE(page->characterModel()->index(0, CharacterModel::HitDice).data().toString(),
             QStringLiteral("3 / 5"));

    // Undo the edit with the menu shortcut, once the main window is active again.
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(app.store.store->get<Character>(mira.id)->ac, 10);
}

void TestParties::archiveHidesAndShowArchivedShows()
{
    AppFixture app;
    Party party;
    party.id = LocalStore::newId();
    party.name = QStringLiteral("Old Campaign");
    CHECK_OK(app.store.store->commit(ChangeSet().put(party)));
    PartiesPage* page = app.window->partiesPage();
    page->reload();
    page->selectParty(party.id);

    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("archiveParty")), Qt::LeftButton);
    QVERIFY(app.store.store->get<Party>(party.id)->archived);
    QCOMPARE(page->partyModel()->rowCount(), 0);

    child<QCheckBox>(page, QStringLiteral("showArchived"))->click();
    QCOMPARE(page->partyModel()->rowCount(), 1);
    QVERIFY(page->partyModel()->index(0).data().toString().contains(QStringLiteral("archived")));
    page->selectParty(party.id);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("archiveParty")), Qt::LeftButton);
    QVERIFY(!app.store.store->get<Party>(party.id)->archived);
}

void TestParties::deleteIsUndoneWithTheKeyboard()
{
    AppFixture app;
    app.window->addExampleContent();
    PartiesPage* page = app.window->partiesPage();
    const QString partyId = page->currentPartyId();
    QVERIFY(!partyId.isEmpty());
    QCOMPARE(app.store.store->childrenOf<Character>(partyId).size(), 4);

    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("deleteParty")), Qt::LeftButton);
    QVERIFY(!app.store.store->get<Party>(partyId));
    QCOMPARE(app.store.store->childrenOf<Character>(partyId).size(), 0);

    // Ctrl+Z brings the party back with every character; Ctrl+Shift+Z deletes them again.
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(app.store.store->get<Party>(partyId));
    QCOMPARE(app.store.store->childrenOf<Character>(partyId).size(), 4);
    QCOMPARE(page->partyModel()->rowCount(), 1);

    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!app.store.store->get<Party>(partyId));
    QCOMPARE(page->partyModel()->rowCount(), 0);
}

void TestParties::parseClassesReadsCommonForms()
{
    QList<CharacterClass> classes;
    QVERIFY(parseClasses(QStringLiteral("Fighter 3 / Wizard 2"), classes));
    QCOMPARE(classes.size(), 2);
    QCOMPARE(classes[0].level, 3);
    QVERIFY(parseClasses(QStringLiteral("Rogue, Blood Hunter 4"), classes));
    QCOMPARE(classes.size(), 2);
    QCOMPARE(classes[0].level, 1);
    QCOMPARE(classes[1].className, QStringLiteral("Blood Hunter"));
    QVERIFY(parseClasses(QString(), classes));
    QVERIFY(classes.isEmpty());
    QVERIFY(!parseClasses(QStringLiteral("Fighter 3x"), classes));
    QVERIFY(!parseClasses(QStringLiteral("Wizard 123"), classes));
}

// Typing a new character: the current HP follows the maximum until the character is hurt, the
// proficiency bonus follows the level (or the classes) until the DM types another.
void TestParties::characterFormFillsCurrentHpAndProficiency()
{
    CharacterForm form{Character()};
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QSpinBox* maxHp = spinNamed(&form, QStringLiteral("Maximum hit points"));
    QSpinBox* currentHp = spinNamed(&form, QStringLiteral("Current hit points"));
    QSpinBox* proficiency = spinNamed(&form, QStringLiteral("Proficiency bonus"));
    setSpin(maxHp, 44);
    QCOMPARE(currentHp->value(), 44);
    setSpin(spinNamed(&form, QStringLiteral("Level")), 9);
    QCOMPARE(proficiency->value(), 4);
    auto* classes = form.findChildren<QLineEdit*>().at(3);
    QCOMPARE(classes->accessibleName(), QStringLiteral("Classes"));
    classes->setFocus();
    QTest::keyClicks(classes, QStringLiteral("Fighter 5 / Wizard 8"));
    QCOMPARE(proficiency->value(), 5);

    // Hurt, the character keeps its current HP; a bonus typed by hand stays.
    setSpin(currentHp, 30);
    setSpin(maxHp, 50);
    QCOMPARE(currentHp->value(), 30);
    setSpin(proficiency, 6);
    classes->selectAll();
    QTest::keyClicks(classes, QStringLiteral("Fighter 2"));
    QCOMPARE(proficiency->value(), 6);
}

QTEST_MAIN(TestParties)
#include "TestParties.moc"
