// File > Export in the desktop application, driven with the keyboard: the whole store written in
// the tracker's format imports into an empty store as the same records; the encounter selected in
// the tracker written as Improved Initiative's saved encounter is read back by the importer with
// every combatant's figures.
#include "AppTestSupport.h"
#include "SampleEntities.h"
#include "files/ExportDialog.h"
#include "interop/Importer.h"
#include "interop/Roll20TurnOrder.h"

#include <QCheckBox>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QSignalSpy>

using namespace dnd;
using namespace dnd::test;

namespace {

template <typename Entity> QList<Entity> sortedById(QList<Entity> list)
{
    std::sort(list.begin(), list.end(), [](const Entity& a, const Entity& b) { return a.id < b.id; });
    return list;
}

QList<Creature> ownCreatures(LocalStore& store)
{
    QList<Creature> own;
    for (const Creature& creature : store.all<Creature>()) {
        if (!creature.isTemplate)
            own.append(creature);
    }
    return sortedById(own);
}

// Opens File > Export with its shortcut, picks what and the format with the arrow keys, types the
// file and presses Enter; true once the dialog has written the file and closed.
bool exportWithKeys(gui::MainWindow& window, const QString& what, int format, const QString& path,
                    QList<int>* progress = nullptr)
{
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    auto* dialog = window.findChild<gui::ExportDialog*>(QStringLiteral("exportDialog"));
    if (!dialog || !dialog->isVisible())
        return false;
    auto* whatBox = dialog->findChild<QComboBox*>(QStringLiteral("exportWhat"));
    int whatIndex = -1;
    for (int i = 0; i < whatBox->count(); ++i) {
        if (whatBox->itemText(i).startsWith(what))
            whatIndex = i;
    }
    if (whatIndex < 0 || !chooseWithKeys(whatBox, whatBox->itemData(whatIndex)))
        return false;
    if (!chooseWithKeys(dialog->findChild<QComboBox*>(QStringLiteral("exportFormat")), format))
        return false;
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("exportPath"));
    QSignalSpy values(dialog->findChild<QProgressBar*>(QStringLiteral("exportProgress")),
                      &QProgressBar::valueChanged);
    typeInto(field, path);
    QTest::keyClick(field, Qt::Key_Return);
    const bool closed = QTest::qWaitFor(
        [&] { return !window.findChild<gui::ExportDialog*>(QStringLiteral("exportDialog")); }, 20000);
    if (progress) {
        for (const QList<QVariant>& value : std::as_const(values))
            progress->append(value.first().toInt());
    }
    return closed && QFile::exists(path);
}

// The example encounter open in the tracker with initiative rolled and combat started; null when
// any step failed.
rules::EncounterSession* startExampleFight(gui::MainWindow& window)
{
    window.addExampleContent();
    window.showPage(gui::MainWindow::Page::Tracker);
    rules::EncounterSession* session = window.trackerPage()->session();
    if (!session || !session->rollInitiative().ok() || !session->startCombat().ok())
        return nullptr;
    return session;
}

} // namespace

class TestFileExport : public QObject {
    Q_OBJECT
private slots:
    void everythingReimportsToIdenticalData();
    void selectedEncounterAsImprovedInitiative();
    void selectedEncounterAsRoll20TurnOrder();
    void unwritableFileIsAClearError();
};

void TestFileExport::everythingReimportsToIdenticalData()
{
    AppFixture app;
    LocalStore& store = *app.store.store;
    gui::MainWindow& window = *app.window;
    window.addExampleContent();
    Creature troll;
    troll.id = LocalStore::newId();
    troll.name = QStringLiteral("Bridge Troll");
    troll.hp = 84;
    troll.ac = 15;
    troll.challengeRating = QStringLiteral("5");
    CHECK_OK(store.commit(ChangeSet().put(troll)));
    // Enough records for the progress bar to move more than once, and a fight with a log.
    rules::EncounterSession* session = window.trackerPage()->session();
    QVERIFY(session);
    CHECK_OK(session->addParticipants(troll, 90));
    CHECK_OK(session->rollInitiative());
    CHECK_OK(session->startCombat());
    CHECK_OK(session->nextTurn());

    const QString path = app.store.dir.filePath(QStringLiteral("everything.dndtracker"));
    QList<int> progress;
    QVERIFY(exportWithKeys(window, QStringLiteral("Everything"), int(ExportFormat::Native), path, &progress));
    const qsizetype records = store.all<Party>().size() + store.all<Character>().size() + 1 +
                              store.all<Encounter>().size() + store.all<Participant>().size() +
                              store.all<CombatLogEntry>().size();
    QVERIFY2(std::any_of(progress.cbegin(), progress.cend(),
                         [&](int value) { return value > 0 && value < int(records); }),
             "the progress bar did not move while the file was written");
    QCOMPARE(progress.last(), int(records));

    TemporaryStore fresh;
    LocalStore& copy = *fresh.store;
    const Result<ImportReport> imported = Importer::importFile(copy, path);
    CHECK_OK(imported);
    QCOMPARE(imported->imported, int(records));
    QCOMPARE(sortedById(copy.all<Party>()), sortedById(store.all<Party>()));
    QCOMPARE(sortedById(copy.all<Character>()), sortedById(store.all<Character>()));
    QCOMPARE(ownCreatures(copy), ownCreatures(store));
    QCOMPARE(sortedById(copy.all<Encounter>()), sortedById(store.all<Encounter>()));
    QCOMPARE(sortedById(copy.all<Participant>()), sortedById(store.all<Participant>()));
    QCOMPARE(sortedById(copy.all<CombatLogEntry>()), sortedById(store.all<CombatLogEntry>()));
}

void TestFileExport::selectedEncounterAsImprovedInitiative()
{
    AppFixture app;
    gui::MainWindow& window = *app.window;
    // A fight under way: initiative, a hit, temporary hit points, an alias.
    rules::EncounterSession* session = startExampleFight(window);
    QVERIFY(session);
    const QList<Participant> before = session->participants();
    rules::DamageRequest hit;
    hit.targetIds = {before.first().id};
    hit.amount = 3;
    CHECK_OK(session->applyDamage(hit));
    CHECK_OK(session->grantTempHp({before.last().id}, 4));
    Participant renamed = *session->participant(before[1].id);
    renamed.alias = QStringLiteral("The Scout");
    CHECK_OK(session->editParticipant(renamed));
    const QList<Participant> fighting = session->participants();

    const QString path = app.store.dir.filePath(QStringLiteral("encounter.json"));
    QVERIFY(
        exportWithKeys(window, QStringLiteral("The encounter"), int(ExportFormat::ImprovedInitiative), path));

    const Result<ParsedImport> parsed = Importer::parseFile(path);
    CHECK_OK(parsed);
    QCOMPARE(parsed->format, ImportFormat::ImprovedInitiative);
    // Only the selected encounter: no party, no characters of their own.
    QCOMPARE(parsed->batch.encounters.size(), 1);
    QCOMPARE(parsed->batch.encounters.first().name, session->encounter().name);
    QVERIFY(parsed->batch.parties.isEmpty());
    QVERIFY(parsed->batch.characters.isEmpty());
    QVERIFY(parsed->batch.skipped.isEmpty());
    const QList<Participant>& read = parsed->batch.participants;
    QCOMPARE(read.size(), fighting.size());
    for (qsizetype i = 0; i < fighting.size(); ++i) {
        const Participant& want = fighting[i]; // in turn order, as Improved Initiative lists them
        const Participant& got = read[i];
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.kind, want.kind);
        QCOMPARE(got.alias, want.alias);
        QCOMPARE(got.maxHp, want.maxHp);
        QCOMPARE(got.currentHp, want.currentHp);
        QCOMPARE(got.tempHp, want.tempHp);
        QCOMPARE(got.ac, want.ac);
        QCOMPARE(got.initiativeModifier, want.initiativeModifier);
        QCOMPARE(got.initiative, want.initiative);
        QCOMPARE(got.hidden, want.hidden);
    }
}

// A fight under way, the second combatant acting and the third hidden: the Roll20 file starts with
// the acting combatant, lists the others under the names players see, leaves the hidden one out;
// Copy for Roll20 puts the same entries on the clipboard as the script's chat command.
void TestFileExport::selectedEncounterAsRoll20TurnOrder()
{
    AppFixture app;
    gui::MainWindow& window = *app.window;
    rules::EncounterSession* session = startExampleFight(window);
    QVERIFY(session);
    const QList<Participant> order = session->participants();
    QVERIFY(order.size() >= 3);
    Participant renamed = order[0];
    renamed.alias = QStringLiteral("The Scout");
    CHECK_OK(session->editParticipant(renamed));
    CHECK_OK(session->setHidden(order[2].id, true));
    CHECK_OK(session->nextTurn());
    QCOMPARE(session->encounter().combat.order.value(session->encounter().combat.turnIndex), order[1].id);

    const QString path = app.store.dir.filePath(QStringLiteral("turnorder.json"));
    QVERIFY(
        exportWithKeys(window, QStringLiteral("The encounter"), int(ExportFormat::Roll20TurnOrder), path));
    const QJsonArray entries = QJsonDocument::fromJson(fileBytes(path)).array();
    QStringList names;
    for (const QJsonValue& entry : entries) {
        QCOMPARE(entry[QStringLiteral("id")].toString(), QStringLiteral("-1"));
        names.append(entry[QStringLiteral("custom")].toString());
    }
    // From the acting combatant round to the renamed first one, without the hidden ones (the one
    // hidden here and any the example hides itself).
    QStringList expected;
    for (qsizetype i = 1; i <= order.size(); ++i) {
        const Participant now = session->participant(order[i % order.size()].id).value();
        if (!now.hidden)
            expected.append(now.displayName());
    }
    QCOMPARE(expected.last(), QStringLiteral("The Scout"));
    QVERIFY(!expected.contains(order[2].displayName()));
    QCOMPARE(names, expected);
    QCOMPARE(entries[0][QStringLiteral("pr")].toInt(-1), order[1].initiative.value());

    // Copy for Roll20, with the hidden combatant asked for this time.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QPointer<gui::ExportDialog> dialog = window.findChild<gui::ExportDialog*>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    auto* copy = dialog->findChild<QPushButton*>(QStringLiteral("exportCopyRoll20"));
    auto* includeHidden = dialog->findChild<QCheckBox*>(QStringLiteral("exportIncludeHidden"));
    QVERIFY(!copy->isVisible()); // only for Roll20's format
    QVERIFY(chooseWithKeys(dialog->findChild<QComboBox*>(QStringLiteral("exportFormat")),
                           int(ExportFormat::Roll20TurnOrder)));
    QVERIFY(copy->isVisible());
    includeHidden->setFocus();
    QTest::keyClick(includeHidden, Qt::Key_Space);
    QVERIFY(includeHidden->isChecked());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString pasted = QGuiApplication::clipboard()->text();
    QVERIFY2(pasted.startsWith(QStringLiteral("!dnd-turnorder [")), qPrintable(pasted));
    QVERIFY(!pasted.contains(QLatin1Char('\n')));
    const QJsonArray copied =
        QJsonDocument::fromJson(pasted.mid(QStringLiteral("!dnd-turnorder ").size()).toUtf8()).array();
    QCOMPARE(copied.size(), order.size());
    QCOMPARE(copied[0][QStringLiteral("custom")].toString(), order[1].displayName());
    QCOMPARE(copied[1][QStringLiteral("custom")].toString(), order[2].displayName());
    QVERIFY(dialog->isVisible()); // copying leaves the dialog open for the file too

    // Everything, once the store holds a second encounter, is not one fight: a clear message,
    // nothing copied.
    ChangeSet second;
    second.put(sampleEncounter());
    CHECK_OK(app.store.store->commit(second));
    auto* whatBox = dialog->findChild<QComboBox*>(QStringLiteral("exportWhat"));
    QVERIFY(chooseWithKeys(whatBox, whatBox->itemData(whatBox->findText(QStringLiteral("Everything")))));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("exportMessage"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("single encounter")), qPrintable(message->text()));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    dialog->close();
}

void TestFileExport::unwritableFileIsAClearError()
{
    AppFixture app;
    gui::MainWindow& window = *app.window;
    window.addExampleContent();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    QPointer<gui::ExportDialog> dialog = window.findChild<gui::ExportDialog*>(QStringLiteral("exportDialog"));
    QVERIFY(dialog);
    auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("exportPath"));
    const QString path = app.store.dir.filePath(QStringLiteral("no-such-folder/out.dndtracker"));
    typeInto(field, path);
    QTest::keyClick(field, Qt::Key_Return);
    QPointer<QLabel> message = dialog->findChild<QLabel*>(QStringLiteral("exportMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || message->isVisible(), 20000);
    QVERIFY2(dialog, "the dialog closed as if the file had been written");
    QVERIFY2(message->text().contains(QStringLiteral("Cannot write")), qPrintable(message->text()));
    QVERIFY(dialog->isVisible()); // the DM may pick another file
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestFileExport)
#include "TestFileExport.moc"
