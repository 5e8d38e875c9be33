// The tracker's controls beyond the basic fight, through the real widgets: typing initiative in
// the list, rolling for a few with advantage or take 10, reordering ties (keyboard and drop), the
// quick HP field's half/double/critical and damage types against a resistant creature, the
// maximum HP override, recharge abilities, the painted HP bars and condition chips, and undo of
// each.
#include "AppTestSupport.h"
#include "actions/ShortcutCheatSheet.h"
#include "bestiary/Bestiary.h"
#include "parties/PartiesPage.h"
#include "rules/CombatLogExport.h"
#include "settings/Translations.h"
#include "tracker/AddCombatantsDialog.h"
#include "tracker/CombatLogModel.h"
#include "tracker/CombatSummaryDialog.h"
#include "tracker/HpEntry.h"
#include "tracker/InitiativeFormDialog.h"
#include "tracker/InitiativeModel.h"
#include "tracker/TrackerConditionDelegate.h"
#include "tracker/TrackerHpBarDelegate.h"
#include "tracker/TrackerMaxHpDialog.h"
#include "tracker/TrackerPage.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

using namespace dnd;
using namespace dnd::gui;
using namespace dnd::test;

namespace {

// The example encounter open in the tracker, the window active for shortcuts.
struct TrackerFixture : AppFixture {
    TrackerFixture()
    {
        window->addExampleContent();
        tracker = window->trackerPage();
        session = tracker->session();
        window->showPage(MainWindow::Page::Tracker);
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
    }
    QString idOf(const QString& displayName) const
    {
        for (const Participant& participant : session->participants()) {
            if (participant.displayName() == displayName)
                return participant.id;
        }
        qFatal("no combatant %s", qPrintable(displayName));
        return {};
    }
    Participant get(const QString& id) const { return *session->participant(id); }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        activate();
        QTest::keyClick(window.get(), key, modifiers);
    }
    void undo() { key(Qt::Key_Z, Qt::ControlModifier); }
    // Back from a dialog: shortcuts reach the main window once it is active again. Call before
    // arming onNextDialog (waiting runs the event loop, which would fire it too early).
    void activate()
    {
        if (!window->isActiveWindow()) {
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
        }
    }
    void typeHp(const QString& text)
    {
        QTest::keyClicks(tracker->hpEntry(), text);
        QTest::keyClick(tracker->hpEntry(), Qt::Key_Return);
    }
    QString statusText() const { return window->statusBar()->currentMessage(); }
    QStringList order() const
    {
        QStringList names;
        for (const Participant& participant : session->participants())
            names.append(participant.displayName());
        return names;
    }
    // A fire-resistant creature with a recharging breath, added the way the DM adds one by hand.
    QString addDrake()
    {
        Participant drake;
        drake.kind = ParticipantKind::Creature;
        drake.name = QStringLiteral("Ember Drake");
        drake.maxHp = 40;
        drake.currentHp = 40;
        drake.ac = 14;
        drake.damageResistances = {QStringLiteral("fire")};
        drake.recharges = {RechargeState{QStringLiteral("Fire Breath"), 5, true}};
        Result<QString> added = session->addCustomParticipant(drake);
        if (!added)
            qFatal("could not add the drake: %s", qPrintable(added.errorMessage()));
        return *added;
    }

    // Prone for a number of rounds, set straight in the session.
    Status makeProne(const QString& id, int rounds)
    {
        rules::ConditionRequest prone;
        prone.targetId = id;
        prone.key = QStringLiteral("prone");
        prone.rounds = rounds;
        return session->addCondition(prone);
    }

    TrackerPage* tracker = nullptr;
    rules::EncounterSession* session = nullptr;
};

} // namespace

class TestTrackerControls : public QObject {
    Q_OBJECT
private slots:
    void quickEntryParsesModifiersAndTypes();
    void quickEntryRejectsBadInput();
    void typeInitiativeInTheList();
    void typeInitiativeDownTheColumn();
    void rollForTheSelectionWithAModeAndUndo();
    void reorderTiesWithTheKeyboardAndUndo();
    void dropReordersAndRefusalsReachTheStatusBar();
    void halfTypedDamageAgainstAResistantCreature();
    void maxHpOverrideThroughTheDialog();
    void rechargeFromShortcutAndContextMenu();
    void hpBarsAndConditionChipsArePainted();
    void newActionsAreInTheCheatSheet();
    void reactionToggles();
    void undoRightAfterTypedDamage();
    void nextTurnLetsTheTargetGo();
    void playerDisplayLeavesTheKeyboard();
    void conditionEndsEarlyByClickOrMenu();
    void startCombatAsksForMissingInitiative();
    void monstersJoinAFightUnderWay();
    void aliasFromTheTrackerReachesThePlayers();
    void cheatSheetListsTheFixedKeys();
    void pauseAndResumeOnTheKeyboard();
    void theChosenActorIsCredited();
    void endCombatAsksThenSummarises();
    void longRestByKeyboardIsOneUndoStep();
    void longRestOfTheSelectedParty();
};

void TestTrackerControls::quickEntryParsesModifiersAndTypes()
{
    std::optional<HpEntry> entry = HpEntry::parse(QStringLiteral("h7"));
    QVERIFY(entry);
    QCOMPARE(entry->kind, HpEntry::Kind::Damage);
    QCOMPARE(entry->amount, 7);
    QCOMPARE(entry->scale, HpEntry::Scale::Half);

    entry = HpEntry::parse(QStringLiteral("D12"));
    QVERIFY(entry);
    QCOMPARE(entry->scale, HpEntry::Scale::Double);
    QCOMPARE(entry->amount, 12);

    entry = HpEntry::parse(QStringLiteral("  ch9 fire magical "));
    QVERIFY(entry);
    QVERIFY(entry->critical);
    QVERIFY(entry->magical);
    QCOMPARE(entry->scale, HpEntry::Scale::Half);
    QCOMPARE(entry->damageType, QStringLiteral("fire"));

    entry = HpEntry::parse(QStringLiteral("7 LIG"));
    QVERIFY(entry);
    QCOMPARE(entry->damageType, QStringLiteral("lightning"));
    QCOMPARE(entry->scale, HpEntry::Scale::Normal);

    entry = HpEntry::parse(QStringLiteral("8 cold half crit"));
    QVERIFY(entry);
    QCOMPARE(entry->scale, HpEntry::Scale::Half);
    QVERIFY(entry->critical);

    entry = HpEntry::parse(QStringLiteral("+7"));
    QVERIFY(entry);
    QCOMPARE(entry->kind, HpEntry::Kind::Heal);
    entry = HpEntry::parse(QStringLiteral("t 5"));
    QVERIFY(entry);
    QCOMPARE(entry->kind, HpEntry::Kind::TempHp);
    QCOMPARE(entry->amount, 5);
    entry = HpEntry::parse(QStringLiteral("-3"));
    QVERIFY(entry);
    QCOMPARE(entry->kind, HpEntry::Kind::Damage);
    QCOMPARE(entry->amount, 3);
}

void TestTrackerControls::quickEntryRejectsBadInput()
{
    for (const QString& text : {QString(),
                                QStringLiteral("   "),
                                QStringLiteral("0"),
                                QStringLiteral("h0"),
                                QStringLiteral("10000"),
                                QStringLiteral("hd7"),
                                QStringLiteral("hh7"),
                                QStringLiteral("x7"),
                                QStringLiteral("7 f"),
                                QStringLiteral("7 fire cold"),
                                QStringLiteral("7 wood"),
                                QStringLiteral("h7 double"),
                                QStringLiteral("+7 fire"),
                                QStringLiteral("t5 half"),
                                QStringLiteral("+h7"),
                                QStringLiteral("h"),
                                QStringLiteral("7.5"),
                                QStringLiteral("٣"),
                                QStringLiteral("seven"),
                                QString(5000, QLatin1Char('7')),
                                QStringLiteral("7 ") + QString(300, QLatin1Char('a'))})
        QVERIFY2(!HpEntry::parse(text), qPrintable(text.left(40)));
}

void TestTrackerControls::typeInitiativeInTheList()
{
    TrackerFixture f;
    const QString brakka = f.idOf(QStringLiteral("Brakka"));
    const std::optional<int> before = f.get(brakka).initiative;
    QVERIFY(clickCombatants(f.tracker, {brakka}));
    f.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    auto* editor = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget());
    QVERIFY2(editor, "the Init cell did not open for typing");
    QVERIFY(f.tracker->initiativeView()->isAncestorOf(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("17"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(f.get(brakka).initiative, std::optional<int>(17));
    const int row = f.tracker->initiativeModel()->rowOf(brakka);
    QCOMPARE(f.tracker->initiativeModel()->index(row, InitiativeModel::Initiative).data().toString(),
             QStringLiteral("17"));
    // Highest first: Brakka leads now.
    QCOMPARE(f.order().first(), QStringLiteral("Brakka"));

    // Out of range: the session refuses and says why, nothing changes.
    QVERIFY(clickCombatants(f.tracker, {brakka}));
    f.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    editor = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget());
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("99"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(f.statusText().contains(QStringLiteral("outside")));
    QCOMPARE(f.get(brakka).initiative, std::optional<int>(17));

    f.undo();
    QCOMPARE(f.get(brakka).initiative, before);

    // Nothing selected and no combat: a hint instead of an editor.
    QVERIFY(clickCombatants(f.tracker, {}));
    f.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.statusText().contains(QStringLiteral("Select")));
}

// A column of totals typed one after the other: Down and Enter keep the total and open the next
// row's cell (the row that was next when typing began, though the list re-sorts), Up the previous
// one; a cell passed through without typing keeps its initiative.
void TestTrackerControls::typeInitiativeDownTheColumn()
{
    TrackerFixture f;
    InitiativeModel* model = f.tracker->initiativeModel();
    QTableView* view = f.tracker->initiativeView();
    QVERIFY(model->rowCount() >= 4);
    const QString first = model->participantAt(0)->id;
    const QString second = model->participantAt(1)->id;
    const QString third = model->participantAt(2)->id;
    const std::optional<int> secondBefore = f.get(second).initiative;
    const std::optional<int> thirdBefore = f.get(third).initiative;
    auto editorOn = [&](const QString& id) {
        auto* editor = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget());
        return editor && view->isAncestorOf(editor) &&
               view->currentIndex().column() == InitiativeModel::Initiative &&
               view->currentIndex().row() == model->rowOf(id);
    };

    QVERIFY(clickCombatants(f.tracker, {first}));
    f.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(editorOn(first));
    // The lowest total: the first row sinks to the bottom of the list.
    typeInto(QApplication::focusWidget(), QStringLiteral("1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTRY_COMPARE(f.get(first).initiative, std::optional<int>(1));
    QTRY_VERIFY2(editorOn(second), "Down did not open the next row's Init cell");
    QCOMPARE(f.tracker->selectedIds(), QStringList{second});

    typeInto(QApplication::focusWidget(), QStringLiteral("2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(f.get(second).initiative, std::optional<int>(2));
    QTRY_VERIFY2(editorOn(third), "Enter did not open the next row's Init cell");

    // Passing through without typing keeps what a row had; Up goes back a row.
    const int thirdRow = model->rowOf(third);
    QVERIFY(thirdRow + 1 < model->rowCount());
    const QString below = model->participantAt(thirdRow + 1)->id;
    const std::optional<int> belowBefore = f.get(below).initiative;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTRY_VERIFY(editorOn(below));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QTRY_VERIFY(editorOn(third));
    QCOMPARE(f.get(third).initiative, thirdBefore);
    QCOMPARE(f.get(below).initiative, belowBefore);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget()));

    // Each total is its own step.
    f.undo();
    QCOMPARE(f.get(second).initiative, secondBefore);
    QCOMPARE(f.get(first).initiative, std::optional<int>(1));
}

void TestTrackerControls::rollForTheSelectionWithAModeAndUndo()
{
    TrackerFixture f;
    const QString goblin1 = f.idOf(QStringLiteral("Goblin 1"));
    const QString goblin2 = f.idOf(QStringLiteral("Goblin 2"));
    QVERIFY(!f.get(goblin1).initiative);
    QVERIFY(clickCombatants(f.tracker, {goblin1}));
    f.key(Qt::Key_T, Qt::ControlModifier | Qt::AltModifier); // take 10
    QCOMPARE(f.get(goblin1).initiative, std::optional<int>(10 + f.get(goblin1).initiativeModifier));
    QVERIFY(!f.get(goblin2).initiative); // only the selection rolled

    QVERIFY(clickCombatants(f.tracker, {goblin2}));
    f.key(Qt::Key_A, Qt::ControlModifier | Qt::AltModifier); // advantage
    const std::optional<int> rolled = f.get(goblin2).initiative;
    QVERIFY(rolled);
    QVERIFY(*rolled >= 1 + f.get(goblin2).initiativeModifier &&
            *rolled <= 20 + f.get(goblin2).initiativeModifier);

    f.undo();
    QVERIFY(!f.get(goblin2).initiative);
    f.undo();
    QVERIFY(!f.get(goblin1).initiative);
}

void TestTrackerControls::reorderTiesWithTheKeyboardAndUndo()
{
    TrackerFixture f;
    const QString goblin1 = f.idOf(QStringLiteral("Goblin 1"));
    const QString goblin2 = f.idOf(QStringLiteral("Goblin 2"));
    const QString wolf = f.idOf(QStringLiteral("Wolf"));
    QVERIFY(typeInitiative(f.tracker, goblin1, 15));
    QVERIFY(typeInitiative(f.tracker, goblin2, 15));
    QVERIFY(typeInitiative(f.tracker, wolf, 12));
    const QStringList start = f.order();
    const qsizetype first = start.indexOf(QStringLiteral("Goblin 1"));
    const qsizetype second = start.indexOf(QStringLiteral("Goblin 2"));
    QCOMPARE(qAbs(first - second), qsizetype(1));
    const QString lower = first < second ? goblin2 : goblin1;
    const QString lowerName = first < second ? QStringLiteral("Goblin 2") : QStringLiteral("Goblin 1");

    QVERIFY(clickCombatants(f.tracker, {lower}));
    f.key(Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(f.order().indexOf(lowerName), std::min(first, second));
    QCOMPARE(f.tracker->selectedIds(), QStringList{lower}); // the selection follows the row

    // Further up would leave the tie: refused with the reason in the status bar.
    f.key(Qt::Key_Up, Qt::AltModifier);
    QVERIFY(f.statusText().contains(QStringLiteral("same initiative")));
    QCOMPARE(f.order().indexOf(lowerName), std::min(first, second));

    // The wolf is tied with nobody: the session's own refusal is shown.
    QVERIFY(clickCombatants(f.tracker, {wolf}));
    f.key(Qt::Key_Down, Qt::AltModifier);
    QVERIFY(f.statusText().contains(QStringLiteral("not tied")));

    f.undo();
    QCOMPARE(f.order(), start);
}

void TestTrackerControls::dropReordersAndRefusalsReachTheStatusBar()
{
    TrackerFixture f;
    const QString goblin1 = f.idOf(QStringLiteral("Goblin 1"));
    const QString goblin2 = f.idOf(QStringLiteral("Goblin 2"));
    const QString wolf = f.idOf(QStringLiteral("Wolf"));
    QVERIFY(typeInitiative(f.tracker, goblin1, 15));
    QVERIFY(typeInitiative(f.tracker, goblin2, 15));
    QVERIFY(typeInitiative(f.tracker, wolf, 18));
    InitiativeModel* model = f.tracker->initiativeModel();
    QVERIFY(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(f.tracker->initiativeView()->dragEnabled());

    const QStringList start = f.order();
    const int upper =
        int(std::min(start.indexOf(QStringLiteral("Goblin 1")), start.indexOf(QStringLiteral("Goblin 2"))));
    const QString lowerId = model->participantAt(upper + 1)->id;
    const QString lowerName = model->participantAt(upper + 1)->displayName();
    // Drag the lower goblin's row onto the top half of the upper goblin's row: it lands above it.
    QTableView* view = f.tracker->initiativeView();
    QVERIFY(clickCombatants(f.tracker, {lowerId}));
    const QRect upperRow = view->visualRect(model->index(upper, InitiativeModel::Name));
    QVERIFY(dropSelectionAt(view, upperRow.center() - QPoint(0, upperRow.height() / 4)));
    QTRY_COMPARE(f.order().indexOf(lowerName), qsizetype(upper));
    QCOMPARE(f.order().size(), start.size()); // moved, not removed

    // Dropped above the wolf (initiative 18) at the top of the list: the goblin cannot jump the order.
    QVERIFY(clickCombatants(f.tracker, {lowerId}));
    dropSelectionAt(view, view->visualRect(model->index(0, InitiativeModel::Name)).topLeft() + QPoint(8, 1));
    QTRY_VERIFY(f.statusText().contains(QStringLiteral("same initiative")));
    QCOMPARE(f.order().indexOf(lowerName), qsizetype(upper));
    // Something else entirely (text dragged in from another program) is refused as it enters.
    QMimeData text;
    text.setText(QStringLiteral("Goblin 1"));
    const QPoint onRow = view->visualRect(model->index(upper, InitiativeModel::Name)).center();
    QDragEnterEvent enter(onRow, Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(!enter.isAccepted());
    QCOMPARE(f.order().indexOf(lowerName), qsizetype(upper));

    f.undo();
    QCOMPARE(f.order(), start);
}

void TestTrackerControls::halfTypedDamageAgainstAResistantCreature()
{
    TrackerFixture f;
    const QString drake = f.addDrake();
    const QString goblinBoss = f.idOf(QStringLiteral("Goblin Boss"));
    QVERIFY(clickCombatants(f.tracker, {drake}));
    f.key(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), f.tracker->hpEntry());
    // 20 halved for a made save = 10, halved again by fire resistance = 5.
    f.typeHp(QStringLiteral("h20 fire"));
    QCOMPARE(f.get(drake).currentHp, 35);
    // Untyped damage is not resisted.
    f.typeHp(QStringLiteral("h20"));
    QCOMPARE(f.get(drake).currentHp, 25);
    // Double cold damage to the boss (no resistance): 2 × 4.
    QVERIFY(clickCombatants(f.tracker, {goblinBoss}));
    f.typeHp(QStringLiteral("d4 cold"));
    QCOMPARE(f.get(goblinBoss).currentHp, 21 - 8);
    // A typo leaves everything as it was and explains the syntax.
    f.typeHp(QStringLiteral("4 firee"));
    QCOMPARE(f.get(goblinBoss).currentHp, 13);
    QVERIFY(f.statusText().contains(QStringLiteral("h7")));

    f.undo();
    QCOMPARE(f.get(goblinBoss).currentHp, 21);
    f.undo();
    QCOMPARE(f.get(drake).currentHp, 35);
    f.undo();
    QCOMPARE(f.get(drake).currentHp, 40);
}

void TestTrackerControls::maxHpOverrideThroughTheDialog()
{
    TrackerFixture f;
    const QString goblin1 = f.idOf(QStringLiteral("Goblin 1"));
    QVERIFY(clickCombatants(f.tracker, {goblin1}));
    bool filled = false;
    f.activate();
    onNextDialog<TrackerMaxHpDialog>([&](TrackerMaxHpDialog* dialog) {
        QVERIFY(dialog->statblockBox()->isChecked());
        QTest::mouseClick(dialog->statblockBox(), Qt::LeftButton);
        QTest::keyClick(dialog->maxHpBox(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->maxHpBox(), QStringLiteral("30"));
        QTest::keyClick(dialog->maxHpBox(), Qt::Key_Return);
        filled = true;
    });
    f.key(Qt::Key_M, Qt::ControlModifier);
    QVERIFY(filled);
    QCOMPARE(f.get(goblin1).maxHpOverride, std::optional<int>(30));
    QCOMPARE(f.get(goblin1).currentHp, 7);
    InitiativeModel* model = f.tracker->initiativeModel();
    QCOMPARE(model->index(model->rowOf(goblin1), InitiativeModel::HitPoints).data().toString(),
             QStringLiteral("7/30"));

    // Lower than the current hit points: they follow it down.
    filled = false;
    f.activate();
    onNextDialog<TrackerMaxHpDialog>([&](TrackerMaxHpDialog* dialog) {
        QVERIFY(!dialog->statblockBox()->isChecked());
        QCOMPARE(dialog->maxHpBox()->value(), 30);
        dialog->maxHpBox()->setFocus();
        QTest::keyClick(dialog->maxHpBox(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->maxHpBox(), QStringLiteral("5"));
        QTest::keyClick(dialog->maxHpBox(), Qt::Key_Return);
        filled = true;
    });
    f.key(Qt::Key_M, Qt::ControlModifier);
    QVERIFY(filled);
    QCOMPARE(f.get(goblin1).effectiveMaxHp(), 5);
    QCOMPARE(f.get(goblin1).currentHp, 5);

    // Cancel changes nothing.
    f.activate();
    bool cancelled = false;
    onNextDialog<TrackerMaxHpDialog>([&](TrackerMaxHpDialog* dialog) {
        dialog->maxHpBox()->setFocus();
        QTest::keyClicks(dialog->maxHpBox(), QStringLiteral("9"));
        QTest::keyClick(dialog, Qt::Key_Escape);
        cancelled = true;
    });
    f.key(Qt::Key_M, Qt::ControlModifier);
    QVERIFY(cancelled);
    QCOMPARE(f.get(goblin1).effectiveMaxHp(), 5);

    f.undo();
    QCOMPARE(f.get(goblin1).effectiveMaxHp(), 30);
    QCOMPARE(f.get(goblin1).currentHp, 7);
    f.undo();
    QVERIFY(!f.get(goblin1).maxHpOverride);
    QCOMPARE(f.get(goblin1).effectiveMaxHp(), 7);
}

void TestTrackerControls::rechargeFromShortcutAndContextMenu()
{
    TrackerFixture f;
    const QString drake = f.addDrake();
    QVERIFY(clickCombatants(f.tracker, {drake}));
    f.key(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!f.get(drake).recharges.first().available);
    InitiativeModel* model = f.tracker->initiativeModel();
    QVERIFY(model->index(model->rowOf(drake), InitiativeModel::Markers)
                .data()
                .toString()
                .contains(QStringLiteral("Fire Breath (5–6)")));
    // Used up: refused with a reason.
    f.key(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.statusText().contains(QStringLiteral("ready")));
    // A combatant without one says so.
    QVERIFY(clickCombatants(f.tracker, {f.idOf(QStringLiteral("Wolf"))}));
    f.key(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.statusText().contains(QStringLiteral("no recharge")));

    f.undo();
    QVERIFY(f.get(drake).recharges.first().available);

    // The row's context menu names the ability.
    QTableView* view = f.tracker->initiativeView();
    QVERIFY(pickFromContextMenu(view, model->index(model->rowOf(drake), InitiativeModel::Name),
                                QStringLiteral("Use Fire Breath")));
    QCOMPARE(f.tracker->selectedIds(), QStringList{drake});
    QVERIFY(!f.get(drake).recharges.first().available);
    f.undo();
    QVERIFY(f.get(drake).recharges.first().available);
}

void TestTrackerControls::hpBarsAndConditionChipsArePainted()
{
    TrackerFixture f;
    QTableView* view = f.tracker->initiativeView();
    QVERIFY(qobject_cast<TrackerHpBarDelegate*>(view->itemDelegateForColumn(InitiativeModel::HitPoints)));
    auto* chips =
        qobject_cast<TrackerConditionDelegate*>(view->itemDelegateForColumn(InitiativeModel::Conditions));
    QVERIFY(chips);

    const QString brakka = f.idOf(QStringLiteral("Brakka"));
    QVERIFY(clickCombatants(f.tracker, {brakka}));
    f.typeHp(QStringLiteral("t5"));
    CHECK_OK(f.makeProne(brakka, 2));
    InitiativeModel* model = f.tracker->initiativeModel();
    const QModelIndex conditions = model->index(model->rowOf(brakka), InitiativeModel::Conditions);
    QCOMPARE(TrackerConditionDelegate::chipText(f.get(brakka).conditions.first(), conditions),
             QStringLiteral("Prone 2 rd"));
    QStyleOptionViewItem option;
    option.initFrom(view);
    const int withChip = chips->sizeHint(option, conditions).width();
    const QModelIndex empty =
        model->index(model->rowOf(f.idOf(QStringLiteral("Wolf"))), InitiativeModel::Conditions);
    QVERIFY(withChip > chips->sizeHint(option, empty).width());

    // The bar is really drawn: the HP cell of a hurt combatant holds the bar colours.
    QVERIFY(clickCombatants(f.tracker, {f.idOf(QStringLiteral("Wolf"))}));
    f.typeHp(QStringLiteral("9")); // 2 of 11 left: red
    QVERIFY(clickCombatants(f.tracker, {}));
    view->resizeColumnsToContents();
    const QImage image = view->viewport()->grab().toImage();
    auto colourIn = [&image, view](const QModelIndex& index, auto test) {
        const QRect rect = view->visualRect(index);
        for (int x = rect.left(); x <= rect.right(); ++x) {
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                if (test(image.pixelColor(int(x * image.devicePixelRatio()),
                                          int(y * image.devicePixelRatio()))))
                    return true;
            }
        }
        return false;
    };
    const QModelIndex wolfHp =
        model->index(model->rowOf(f.idOf(QStringLiteral("Wolf"))), InitiativeModel::HitPoints);
    QVERIFY(
        colourIn(wolfHp, [](const QColor& c) { return c.red() > 180 && c.green() < 90 && c.blue() < 80; }));
    const QModelIndex brakkaHp = model->index(model->rowOf(brakka), InitiativeModel::HitPoints);
    QVERIFY(colourIn(brakkaHp, [](const QColor& c) { return c.blue() > 180 && c.red() < 90; }));
    QVERIFY(colourIn(brakkaHp,
                     [](const QColor& c) { return c.green() > 140 && c.red() < 90 && c.blue() < 110; }));
}

void TestTrackerControls::newActionsAreInTheCheatSheet()
{
    TrackerFixture f;
    f.key(Qt::Key_F1);
    ShortcutCheatSheet* sheet = f.window->cheatSheet();
    QVERIFY(sheet);
    const QList<std::pair<QString, QKeySequence>> expected{
        {QStringLiteral("Type Initiative"), QKeySequence(QStringLiteral("Ctrl+Shift+I"))},
        {QStringLiteral("Take 10 on Initiative"), QKeySequence(QStringLiteral("Ctrl+Alt+T"))},
        {QStringLiteral("Move Up Among Ties"), QKeySequence(QStringLiteral("Alt+Up"))},
        {QStringLiteral("Set Maximum HP"), QKeySequence(QStringLiteral("Ctrl+M"))},
        {QStringLiteral("Use Recharge Ability"), QKeySequence(QStringLiteral("Ctrl+Shift+G"))},
        {QStringLiteral("Pause or Resume Combat"), QKeySequence(QStringLiteral("Ctrl+Shift+B"))},
        {QStringLiteral("New Day / Long Rest"), QKeySequence(QStringLiteral("Ctrl+Alt+R"))},
    };
    for (const auto& [name, keys] : expected) {
        const QList<QTreeWidgetItem*> items =
            sheet->tree()->findItems(name, Qt::MatchContains | Qt::MatchRecursive);
        QVERIFY2(items.size() == 1, qPrintable(name));
        QCOMPARE(items.first()->text(1), keys.toString(QKeySequence::NativeText));
    }
}

// Ctrl+R marks the reaction used, and the same key again takes the mark back (each an undo step).
void TestTrackerControls::reactionToggles()
{
    TrackerFixture f;
    const QString wolf = f.idOf(QStringLiteral("Wolf"));
    QVERIFY(clickCombatants(f.tracker, {wolf}));
    f.key(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(f.get(wolf).reactionUsed);
    f.key(Qt::Key_R, Qt::ControlModifier);
    QVERIFY2(!f.get(wolf).reactionUsed, qPrintable(f.statusText()));
    f.key(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(f.get(wolf).reactionUsed);
    f.undo();
    QVERIFY(!f.get(wolf).reactionUsed);
    f.undo();
    QVERIFY(f.get(wolf).reactionUsed);
}

// Damage typed into the HP field, then Ctrl+Z with the cursor still there: the damage is taken back.
void TestTrackerControls::undoRightAfterTypedDamage()
{
    TrackerFixture f;
    const QString wolf = f.idOf(QStringLiteral("Wolf"));
    const int full = f.get(wolf).currentHp;
    QVERIFY(clickCombatants(f.tracker, {wolf}));
    QTest::mouseClick(f.tracker->hpEntry(), Qt::LeftButton);
    f.typeHp(QStringLiteral("5"));
    QCOMPARE(f.get(wolf).currentHp, full - 5);
    QCOMPARE(QApplication::focusWidget(), f.tracker->hpEntry());
    QTest::keyClick(f.tracker->hpEntry(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.get(wolf).currentHp, full);
    QTest::keyClick(f.tracker->hpEntry(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(f.get(wolf).currentHp, full - 5);
}

// After Next Turn the row picked for the last turn is no longer the target: the label beside the HP
// field names whose turn it is, and that is who the next damage hits.
void TestTrackerControls::nextTurnLetsTheTargetGo()
{
    TrackerFixture f;
    CHECK_OK(f.session->startCombat());
    const QString wolf = f.idOf(QStringLiteral("Wolf"));
    QVERIFY(clickCombatants(f.tracker, {wolf}));
    QCOMPARE(f.tracker->targetLabel()->text(), QStringLiteral("Target: Wolf"));
    f.key(Qt::Key_PageDown);
    QVERIFY(f.tracker->selectedIds().isEmpty());
    QString current = f.session->currentParticipantId();
    if (current == wolf) { // the wolf's own turn: one more, so the check means something
        f.key(Qt::Key_PageDown);
        current = f.session->currentParticipantId();
    }
    const Participant now = f.get(current);
    QCOMPARE(f.tracker->targetLabel()->text(), QStringLiteral("Target: %1").arg(now.displayName()));
    const int wolfHp = f.get(wolf).currentHp;
    f.typeHp(QStringLiteral("1"));
    QCOMPARE(f.get(current).currentHp, now.currentHp - 1);
    QCOMPARE(f.get(wolf).currentHp, wolfHp);
}

// Ctrl+Shift+P opens the players' window; the DM keeps typing in the tracker.
void TestTrackerControls::playerDisplayLeavesTheKeyboard()
{
    TrackerFixture f;
    QTest::mouseClick(f.tracker->hpEntry(), Qt::LeftButton);
    QCOMPARE(QApplication::focusWidget(), f.tracker->hpEntry());
    f.key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.window->playerDisplay());
    QVERIFY(f.window->playerDisplay()->isVisible());
    // Shown without being activated (the offscreen platform of the tests activates no new window
    // by itself, so the attribute is what a window manager would honour).
    QVERIFY(f.window->playerDisplay()->testAttribute(Qt::WA_ShowWithoutActivating));
    QCOMPARE(QApplication::activeWindow(), f.window.get());
    QCOMPARE(QApplication::focusWidget(), f.tracker->hpEntry());
}

// A condition with rounds left goes at a click on its chip, or from the row's menu; Ctrl+Z brings
// it back.
void TestTrackerControls::conditionEndsEarlyByClickOrMenu()
{
    TrackerFixture f;
    const QString wolf = f.idOf(QStringLiteral("Wolf"));
    CHECK_OK(f.makeProne(wolf, 3));
    QTableView* view = f.tracker->initiativeView();
    InitiativeModel* model = f.tracker->initiativeModel();
    const QModelIndex chips = model->index(model->rowOf(wolf), InitiativeModel::Conditions);
    view->scrollTo(chips);
    const QRect cell = view->visualRect(chips);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 12, cell.center().y()));
    QVERIFY(f.get(wolf).conditions.isEmpty());
    f.undo();
    QCOMPARE(f.get(wolf).conditions.size(), 1);

    QVERIFY(pickFromContextMenu(view, model->index(model->rowOf(wolf), InitiativeModel::Name),
                                QStringLiteral("Remove Prone")));
    QVERIFY(f.get(wolf).conditions.isEmpty());
    f.undo();
    QCOMPARE(f.get(wolf).conditions.size(), 1);
}

// Start Combat with characters nobody typed a total for: one form asks for all of them; Enter in
// it sets them and starts. Cancel starts nothing.
void TestTrackerControls::startCombatAsksForMissingInitiative()
{
    TrackerFixture f;
    QStringList characters;
    for (const Participant& p : f.session->participants()) {
        if (p.isCharacter())
            characters.append(p.id);
    }
    QCOMPARE(characters.size(), 4);
    QVERIFY(typeInitiative(f.tracker, characters.first(), 12)); // one typed already: not asked again

    f.activate();
    bool asked = false;
    onNextDialog<InitiativeFormDialog>([&](InitiativeFormDialog* form) {
        asked = form->fields().size() == 3;
        QTest::keyClick(form, Qt::Key_Escape);
    });
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(asked);
    QVERIFY(!f.session->isActive());

    // The form lists them in the order of the list.
    QStringList missing;
    for (const Participant& p : f.session->participants()) {
        if (p.isCharacter() && !p.initiative)
            missing.append(p.id);
    }
    f.activate();
    onNextDialog<InitiativeFormDialog>([&](InitiativeFormDialog* form) {
        const QList<QLineEdit*> fields = form->fields();
        QTest::keyClicks(fields[0], QStringLiteral("17"));
        QTest::keyClicks(fields[1], QStringLiteral("9"));
        // The third is left empty: that character acts last.
        QTest::keyClick(fields[1], Qt::Key_Return);
    });
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.session->isActive());
    QCOMPARE(f.get(characters.first()).initiative, std::optional<int>(12));
    QCOMPARE(f.get(missing[0]).initiative, std::optional<int>(17));
    QCOMPARE(f.get(missing[1]).initiative, std::optional<int>(9));
    QVERIFY(!f.get(missing[2]).initiative);

    // The typed totals and the start are one step: one Ctrl+Z is before Start Combat.
    f.undo();
    QVERIFY(!f.session->isActive());
    QCOMPARE(f.get(characters.first()).initiative, std::optional<int>(12));
    QVERIFY(!f.get(missing[0]).initiative);
    QVERIFY(!f.get(missing[1]).initiative);
}

// F1 lists the keys that are not menu commands too: Enter in the HP field, F2, Alt+B, F11 ...
// Reinforcements from the tracker mid-fight, all on keys: two goblins from the bestiary with a typed
// total, then a blank creature that rolls. Whose turn it is stays; each addition is one undo step.
void TestTrackerControls::monstersJoinAFightUnderWay()
{
    TrackerFixture f;
    CHECK_OK(Bestiary::ensureInstalled(*f.store.store));
    CHECK_OK(f.session->rollInitiative());
    for (const Participant& p : f.session->participants()) {
        if (p.isCharacter())
            CHECK_OK(f.session->setInitiative(p.id, 8));
    }
    CHECK_OK(f.session->startCombat());
    CHECK_OK(f.session->nextTurn());
    const QString current = f.session->currentParticipantId();
    const int round = f.session->round();
    const qsizetype before = f.session->participants().size();
    auto goblinsNow = [&] {
        QStringList ids;
        for (const Participant& p : f.session->participants()) {
            if (p.name.startsWith(QStringLiteral("Goblin")) && p.initiative == 17)
                ids.append(p.id);
        }
        return ids;
    };
    QVERIFY(goblinsNow().isEmpty());

    f.activate();
    onNextDialog<AddCombatantsDialog>([&](AddCombatantsDialog* dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("addSearch"));
        QWidget* search = QApplication::focusWidget();
        QTest::keyClicks(search, QStringLiteral("goblin"));
        typeInto(dialog->findChild<QSpinBox*>(QStringLiteral("addCount")), QStringLiteral("2"));
        QVERIFY(chooseWithKeys(dialog->findChild<QComboBox*>(QStringLiteral("addInitiative")),
                               int(rules::JoinInitiative::Kind::Total)));
        auto* total = dialog->findChild<QSpinBox*>(QStringLiteral("addInitiativeTotal"));
        typeInto(total, QStringLiteral("17"));
        QTest::keyClick(total, Qt::Key_Return);
    });
    f.key(Qt::Key_Insert, Qt::ControlModifier);
    QCOMPARE(goblinsNow().size(), 2);
    QCOMPARE(f.session->participants().size(), before + 2);
    QCOMPARE(f.session->currentParticipantId(), current);
    QCOMPARE(f.session->round(), round);
    // In the order by initiative: everyone before the first goblin has 17 or more.
    const QList<Participant> order = f.session->participants();
    for (const Participant& p : order) {
        if (goblinsNow().contains(p.id))
            break;
        QVERIFY2(p.initiative && *p.initiative >= 17, qPrintable(p.name));
    }

    f.undo();
    QVERIFY(goblinsNow().isEmpty());
    QCOMPARE(f.session->participants().size(), before);
    QCOMPARE(f.session->currentParticipantId(), current);

    f.activate();
    onNextDialog<AddCombatantsDialog>([&](AddCombatantsDialog* dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("addSearch"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier); // Blank creature
        QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("blankName"));
        QWidget* name = QApplication::focusWidget();
        QTest::keyClicks(name, QStringLiteral("Scout"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    f.key(Qt::Key_Insert, Qt::ControlModifier);
    QCOMPARE(f.session->participants().size(), before + 1);
    const Participant scout = f.get(f.idOf(QStringLiteral("Scout")));
    QVERIFY(scout.initiative && *scout.initiative >= 1 && *scout.initiative <= 20);
    QCOMPARE(f.session->currentParticipantId(), current);
}

// An alias typed in the tracker (Ctrl+Shift+R) is what the player display shows; one undo step.
void TestTrackerControls::aliasFromTheTrackerReachesThePlayers()
{
    TrackerFixture f;
    const QString wolf = f.idOf(QStringLiteral("Wolf"));
    QVERIFY(clickCombatants(f.tracker, {wolf}));
    f.activate();
    onNextDialog<QInputDialog>([&](QInputDialog* dialog) {
        auto* field = dialog->findChild<QLineEdit*>();
        QVERIFY(field);
        typeInto(field, QStringLiteral("  Grey Shadow "));
        QTest::keyClick(field, Qt::Key_Return);
    });
    f.key(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(f.get(wolf).alias, QStringLiteral("Grey Shadow"));
    QVERIFY(f.tracker->board().names().contains(QStringLiteral("Grey Shadow")));
    QVERIFY(!f.tracker->board().names().contains(QStringLiteral("Wolf")));

    f.undo();
    QVERIFY(f.get(wolf).alias.isEmpty());
    QVERIFY(f.tracker->board().names().contains(QStringLiteral("Wolf")));
}

void TestTrackerControls::cheatSheetListsTheFixedKeys()
{
    TrackerFixture f;
    f.key(Qt::Key_F1);
    ShortcutCheatSheet* sheet = f.window->cheatSheet();
    QVERIFY(sheet);
    auto* tree = sheet->findChild<QTreeWidget*>(QStringLiteral("cheatSheet"));
    QStringList keys;
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        keys.append(tree->topLevelItem(row)->text(1));
    const QString all = keys.join(QLatin1Char('|'));
    for (const QString& key : {QStringLiteral("Enter"), QStringLiteral("F2"), QStringLiteral("Alt+B"),
                               QStringLiteral("F11"), QStringLiteral("Shift+Tab")})
        QVERIFY2(all.contains(key), qPrintable(key));
    sheet->close();
}

// Ctrl+Shift+B pauses the fight: a banner says so, the turn keys and damage to "whoever's turn it is"
// wait and say why, the players read "Paused"; the same key resumes. Each is one undo step.
void TestTrackerControls::pauseAndResumeOnTheKeyboard()
{
    TrackerFixture f;
    CHECK_OK(f.session->startCombat());
    const QString first = f.session->currentParticipantId();
    QVERIFY(!f.tracker->findChild<QLabel*>(QStringLiteral("pausedBanner"))->isVisible());
    const auto hitPoints = [&] {
        QList<int> hp;
        for (const Participant& p : f.session->participants())
            hp.append(p.currentHp);
        return hp;
    };

    f.key(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(f.session->isPaused(), qPrintable(f.statusText()));
    QLabel* banner = f.tracker->findChild<QLabel*>(QStringLiteral("pausedBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("paused")));
    QVERIFY(f.tracker->board().paused);

    f.key(Qt::Key_PageDown);
    QVERIFY(f.session->isPaused());
    QCOMPARE(f.session->encounter().combat.turnIndex, 0);
    QVERIFY2(f.statusText().contains(QStringLiteral("paused")), qPrintable(f.statusText()));
    f.key(Qt::Key_PageUp);
    QVERIFY2(f.statusText().contains(QStringLiteral("paused")), qPrintable(f.statusText()));
    const QList<int> before = hitPoints();
    f.key(Qt::Key_D, Qt::ControlModifier);
    f.typeHp(QStringLiteral("3"));
    QCOMPARE(hitPoints(), before);
    QVERIFY2(f.statusText().contains(QStringLiteral("paused")), qPrintable(f.statusText()));

    f.undo();
    QVERIFY(f.session->isActive());
    QVERIFY(!banner->isVisible());
    QVERIFY(!f.tracker->board().paused);
    f.key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.session->isPaused());

    f.key(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY2(f.session->isActive(), qPrintable(f.statusText()));
    QCOMPARE(f.session->currentParticipantId(), first);
    f.key(Qt::Key_PageDown);
    QVERIFY(f.session->currentParticipantId() != first);
}

// Beside the target, "By:" says who acts: whose turn it is unless the DM picks another combatant
// (Ctrl+B and the arrow keys) or nobody (with the mouse); the log credits that one, in a sentence.
// The next turn starts again from whose turn it is.
void TestTrackerControls::theChosenActorIsCredited()
{
    TrackerFixture f;
    CHECK_OK(f.session->startCombat());
    const QString current = f.session->currentParticipantId();
    QString helper;
    for (const Participant& p : f.session->participants()) {
        if (p.id != current && p.kind != ParticipantKind::Lair)
            helper = p.id;
    }
    const QString wolf = f.idOf(QStringLiteral("Wolf"));
    QComboBox* source = f.tracker->sourceChooser();
    QCOMPARE(source->currentIndex(), 0);
    QCOMPARE(source->currentText(), QStringLiteral("Whose turn it is (%1)").arg(f.get(current).name));

    f.key(Qt::Key_B, Qt::ControlModifier);
    QTRY_VERIFY(source->view()->isVisible());
    QTest::keyClick(source->view(), Qt::Key_Escape);
    QTRY_VERIFY(!source->view()->isVisible());
    QCOMPARE(QApplication::focusWidget(), source);
    QVERIFY(chooseWithKeys(source, helper));
    QVERIFY(clickCombatants(f.tracker, {wolf}));
    QTest::mouseClick(f.tracker->hpEntry(), Qt::LeftButton);
    f.typeHp(QStringLiteral("2"));
    CombatLogEntry last = f.session->log().last();
    QCOMPARE(last.action, QStringLiteral("damage"));
    QCOMPARE(last.actor, f.get(helper).name);
    QCOMPARE(last.target, QStringLiteral("Wolf"));
    const QString line =
        f.tracker->logModel()->index(f.tracker->logModel()->rowCount() - 1, 0).data().toString();
    QVERIFY2(line.endsWith(QStringLiteral("Wolf took 2 damage from %1").arg(f.get(helper).name)),
             qPrintable(line));
    // The choice stays for the next command of the same turn.
    QCOMPARE(source->currentData().toString(), helper);

    // Nobody, picked with the mouse: a trap heals no one, but the falling rock hurts.
    QTest::mouseClick(source, Qt::LeftButton);
    QTRY_VERIFY(source->view()->isVisible());
    // The list ignores a release that soon after it opened (a press-drag-release pick), as a hand
    // would not be that quick to aim.
    QTest::qWait(QApplication::doubleClickInterval() + 100);
    const QModelIndex nobody = source->model()->index(1, 0);
    QTest::mouseClick(source->view()->viewport(), Qt::LeftButton, {},
                      source->view()->visualRect(nobody).center());
    QTRY_VERIFY(!source->view()->isVisible());
    QCOMPARE(source->currentIndex(), 1);
    QVERIFY(clickCombatants(f.tracker, {wolf}));
    f.typeHp(QStringLiteral("1"));
    last = f.session->log().last();
    QVERIFY(last.actor.isEmpty());
    QCOMPARE(rules::CombatLogExport::line(last).section(QStringLiteral("  "), 1),
             QStringLiteral("Wolf took 1 damage"));

    // Next Turn: whose turn it is acts again.
    f.key(Qt::Key_PageDown);
    QCOMPARE(source->currentIndex(), 0);
    const QString now = f.session->currentParticipantId();
    QVERIFY(clickCombatants(f.tracker, {wolf}));
    f.typeHp(QStringLiteral("+1"));
    last = f.session->log().last();
    QCOMPARE(last.action, QStringLiteral("heal"));
    QCOMPARE(last.actor, f.get(now).name);
}

// Ctrl+Shift+E asks first (Escape keeps fighting, Enter ends), then sums the fight up: rounds, the
// combat clock without the pause, who fell, the XP and its split, damage dealt and taken. Ctrl+Z
// takes the end back in one step.
void TestTrackerControls::endCombatAsksThenSummarises()
{
    AppFixture app;
    app.window->showPage(MainWindow::Page::Tracker);
    Encounter encounter;
    encounter.id = LocalStore::newId();
    encounter.name = QStringLiteral("Bridge");
    CHECK_OK(app.store.store->commit(ChangeSet().put(encounter)));
    app.window->trackerPage()->reloadEncounterList();
    app.window->trackerPage()->openEncounter(encounter.id);
    rules::EncounterSession* session = app.window->trackerPage()->session();
    QVERIFY(session);
    Creature goblin;
    goblin.id = LocalStore::newId();
    goblin.name = QStringLiteral("Goblin");
    goblin.hp = 7;
    goblin.xp = 50;
    CHECK_OK(app.store.store->commit(ChangeSet().put(goblin)));
    const QStringList goblins = *session->addParticipants(goblin, 2);
    Participant aria;
    aria.kind = ParticipantKind::Character;
    aria.name = QStringLiteral("Aria");
    aria.maxHp = aria.currentHp = 20;
    aria.initiative = 20;
    Participant borin = aria;
    borin.name = QStringLiteral("Borin");
    borin.initiative = 15;
    const QString ariaId = *session->addCustomParticipant(aria);
    CHECK_OK(session->addCustomParticipant(borin));
    for (const QString& id : goblins)
        CHECK_OK(session->setInitiative(id, 5));
    CHECK_OK(session->startCombat());
    app.store.clock.advance(50'000);
    rules::DamageRequest hit;
    hit.targetIds = goblins;
    hit.amount = 7;
    CHECK_OK(session->applyDamage(hit)); // Aria's turn: both goblins fall
    CHECK_OK(session->pauseCombat());
    app.store.clock.advance(600'000);
    CHECK_OK(session->resumeCombat());
    app.store.clock.advance(25'000);
    hit.targetIds = {ariaId};
    hit.amount = 3;
    hit.source = rules::ActingSource::combatant(goblins.first());
    CHECK_OK(session->applyDamage(hit));
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));

    Shown kept;
    whenNextDialogShows<QMessageBox>([&kept](QMessageBox* box) {
        kept.appeared = true;
        kept.text = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(app.window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(kept.appeared);
    QVERIFY(session->isActive());
    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));

    QStringList seen;
    whenNextDialogShows<QMessageBox>([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); });
    whenNextDialogShows<CombatSummaryDialog>([&seen](CombatSummaryDialog* dialog) {
        for (const char* name :
             {"summaryRounds", "summaryDuration", "summaryDefeated", "summaryXp", "summaryShares"})
            seen << dialog->findChild<QLabel*>(QLatin1String(name))->text();
        QTableWidget* table = dialog->damageTable();
        for (int row = 0; row < table->rowCount(); ++row)
            seen << QStringLiteral("%1 %2/%3")
                        .arg(table->item(row, 0)->text(), table->item(row, 1)->text(),
                             table->item(row, 2)->text());
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(app.window.get(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!seen.isEmpty());
    QVERIFY(!session->isActive());
    QCOMPARE(seen, QStringList({"1", "1:15", "Goblin 1, Goblin 2", "100", "Aria: 50 XP, Borin: 50 XP",
                                "Aria 14/3", "Borin 0/0", "Goblin 1 3/7", "Goblin 2 0/7"}));

    app.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
    QTest::keyClick(app.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(session->isActive());
}

// Ctrl+Alt+R in a running fight asks first (Escape keeps the fight as it is), then rests everyone
// at once; a single Ctrl+Z brings back every value and the log as they were.
void TestTrackerControls::longRestByKeyboardIsOneUndoStep()
{
    TrackerFixture f;
    const QString wolf = f.idOf(QStringLiteral("Wolf"));
    const QString drake = f.addDrake();
    CHECK_OK(f.session->startCombat());
    rules::DamageRequest hit;
    hit.targetIds = {wolf, drake};
    hit.amount = 3;
    CHECK_OK(f.session->applyDamage(hit));
    CHECK_OK(f.session->useRecharge(drake, QStringLiteral("Fire Breath")));
    CHECK_OK(f.session->grantTempHp({wolf}, 4));
    const QList<Participant> tired = f.session->participants();
    const qsizetype logBefore = f.session->log().size();

    Shown asked;
    f.activate();
    whenNextDialogShows<QMessageBox>([&asked](QMessageBox* box) {
        asked.appeared = true;
        asked.text = box->text();
        QTest::keyClick(box, Qt::Key_Escape);
    });
    f.key(Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(asked.appeared);
    QVERIFY2(asked.text.contains(QStringLiteral("round 1")), qPrintable(asked.text));
    QCOMPARE(f.session->participants(), tired);

    f.activate();
    whenNextDialogShows<QMessageBox>([](QMessageBox* box) { QTest::keyClick(box, Qt::Key_Return); });
    f.key(Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(f.get(drake).currentHp, 40);
    QCOMPARE(f.get(wolf).currentHp, f.get(wolf).effectiveMaxHp());
    QCOMPARE(f.get(wolf).tempHp, 0);
    QVERIFY(f.get(drake).recharges.first().available);
    QVERIFY(f.session->log().size() > logBefore);
    QCOMPARE(f.session->log().last().action, QStringLiteral("long_rest"));

    f.undo();
    QCOMPARE(f.session->participants(), tired);
    QCOMPARE(f.session->log().size(), logBefore);
}

// On the Parties page the same key rests the selected party's characters, one undo step for all.
void TestTrackerControls::longRestOfTheSelectedParty()
{
    TrackerFixture f;
    PartiesPage* parties = f.window->partiesPage();
    const QString partyId = parties->currentPartyId();
    QVERIFY(!partyId.isEmpty());
    QList<Character> members = f.store.store->childrenOf<Character>(partyId);
    QVERIFY(members.size() >= 2);
    ChangeSet hurt;
    for (Character& member : members) {
        member.currentHp = 1;
        member.tempHp = 3;
        member.hitDiceSpent = 3; // every die of a level-3 character
        hurt.put(member);
    }
    CHECK_OK(f.store.store->commit(hurt));
    // English as the window speaks it, plural forms included ("1 hit die").
    QVERIFY(gui::Translations::install(QStringLiteral("en")));
    f.window->showPage(MainWindow::Page::Parties);
    f.key(Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    for (const Character& rested : f.store.store->childrenOf<Character>(partyId)) {
        QCOMPARE(rested.currentHp, rested.maxHp);
        QCOMPARE(rested.tempHp, 0);
        // The 2014 rules (the settings' default): half of 3 dice, rounded down, is 1.
        QCOMPARE(rested.hitDiceSpent, 2);
    }
    // The status bar says what came back.
    const QString said = f.window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QStringLiteral("%1 regained 1 hit die,").arg(members.first().name)),
             qPrintable(said));
    f.undo();
    for (const Character& back : f.store.store->childrenOf<Character>(partyId)) {
        QCOMPARE(back.currentHp, 1);
        QCOMPARE(back.tempHp, 3);
        QCOMPARE(back.hitDiceSpent, 3);
    }
    // The page's own Long Rest button does the same.
    auto* restButton = parties->findChild<QPushButton*>(QStringLiteral("longRest"));
    QVERIFY(restButton);
    QTest::mouseClick(restButton, Qt::LeftButton);
    for (const Character& rested : f.store.store->childrenOf<Character>(partyId))
        QCOMPARE(rested.currentHp, rested.maxHp);
}

QTEST_MAIN(TestTrackerControls)
#include "TestTrackerControls.moc"
