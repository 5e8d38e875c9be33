#include "ScreenshotTour.h"

#include "GuiErrorCodes.h"
#include "MainWindow.h"
#include "account/CreateAccountDialog.h"
#include "account/ResetPasswordDialog.h"
#include "files/ExportDialog.h"
#include "model/Encounter.h"
#include "model/Party.h"
#include "parties/PartiesPage.h"
#include "store/LocalStore.h"
#include "tracker/OpenEncounters.h"
#include "tracker/TrackerPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <algorithm>
#include <functional>

namespace dnd::gui {

namespace {

Status writeImage(QWidget* widget, const QString& directory, const QString& name)
{
    QApplication::processEvents();
    const QString path = QDir(directory).filePath(name);
    if (!widget->grab().save(path))
        return Error::make(errors::kWriteFailed, QStringLiteral("could not write %1").arg(path));
    return {};
}

// One dialog of a sequence `open` brings up: how to fill it in before the picture, and how to
// close it afterwards (cancel by default: the tour shows dialogs without acting on them).
struct ModalStep {
    QString name;
    std::function<void(QDialog*)> fill = [](QDialog*) {};
    std::function<void(QDialog*)> close = [](QDialog* dialog) { dialog->reject(); };
};

// Saves each modal dialog `open` brings up, in order (a confirmation, then the dialog it leads to).
Status captureModals(const QString& directory, const QList<ModalStep>& steps,
                     const std::function<void()>& open)
{
    qsizetype next = 0;
    Status saved;
    QTimer watch; // a dialog's own event loop runs the checks while it is open
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || next >= steps.size())
            return;
        const ModalStep& step = steps.at(next++);
        step.fill(dialog);
        if (Status written = writeImage(dialog, directory, step.name); !written && saved)
            saved = written;
        step.close(dialog);
    });
    watch.start();
    open();
    watch.stop();
    if (saved && next < steps.size())
        return Error::make(errors::kWriteFailed,
                           QStringLiteral("no dialog opened for %1").arg(steps.at(next).name));
    return saved;
}

Status captureModal(const QString& directory, const QString& name, const std::function<void(QDialog*)>& fill,
                    const std::function<void()>& open)
{
    return captureModals(directory, {ModalStep{name, fill}}, open);
}

// Accepts a question by its default button ("End Combat", "Rest"), as Enter would.
void acceptByDefault(QDialog* dialog)
{
    if (auto* box = qobject_cast<QMessageBox*>(dialog); box && box->defaultButton())
        box->defaultButton()->click();
    else
        dialog->accept();
}

// The window with the source chooser's list open over it: the list is a window of its own, so it
// is drawn onto the window's picture where it shows on screen.
Status writeWithOpenList(QWidget* window, QComboBox* chooser, const QString& directory, const QString& name)
{
    chooser->showPopup();
    QApplication::processEvents();
    QWidget* list = chooser->view()->window();
    const QPoint at = list->mapToGlobal(QPoint()) - window->mapToGlobal(QPoint());
    const QRect whole = QRect(QPoint(), window->size()).united(QRect(at, list->size()));
    QPixmap picture(whole.size());
    picture.fill(window->palette().color(QPalette::Window));
    {
        QPainter painter(&picture);
        painter.drawPixmap(-whole.topLeft(), window->grab());
        painter.drawPixmap(at - whole.topLeft(), list->grab());
    }
    chooser->hidePopup();
    const QString path = QDir(directory).filePath(name);
    if (!picture.save(path))
        return Error::make(errors::kWriteFailed, QStringLiteral("could not write %1").arg(path));
    return {};
}

// The example's combatants are named in the window's language ("Goblinboss" in German): the
// tour names them in English and finds them under the name the example content gave them.
QString exampleName(const QString& english)
{
    constexpr const char* kContext = "dnd::gui::ExampleContent";
    static const QRegularExpression numbered(QStringLiteral("^Goblin (\\d+)$"));
    if (const QRegularExpressionMatch match = numbered.match(english); match.hasMatch())
        return QCoreApplication::translate(kContext, "Goblin %1").arg(match.captured(1));
    return QCoreApplication::translate(kContext, english.toUtf8().constData());
}

QString idOf(rules::EncounterSession* session, const QString& englishName)
{
    const QString name = exampleName(englishName);
    for (const Participant& participant : session->participants()) {
        if (participant.name == name || participant.alias == name)
            return participant.id;
    }
    return {};
}
} // namespace

QStringList ScreenshotTour::imageNames()
{
    return {QStringLiteral("initiative-form.png"),
            QStringLiteral("tracker.png"),
            QStringLiteral("player-display.png"),
            QStringLiteral("player-display-320.png"),
            QStringLiteral("player-display-480.png"),
            QStringLiteral("add-combatants.png"),
            QStringLiteral("tracker-paused.png"),
            QStringLiteral("encounter-builder.png"),
            QStringLiteral("account-create.png"),
            QStringLiteral("account-reset-password.png"),
            QStringLiteral("export.png"),
            QStringLiteral("acting-combatant.png"),
            QStringLiteral("long-rest-confirm.png"),
            QStringLiteral("end-combat-confirm.png"),
            QStringLiteral("combat-summary.png"),
            QStringLiteral("long-rest-done.png"),
            QStringLiteral("long-rest-party.png")};
}

Status ScreenshotTour::run(MainWindow& window, const QString& directory)
{
    window.addExampleContent();
    window.resize(1400, 820);
    // Room for the combat log's sentences beside the list.
    if (auto* side = window.findChild<QSplitter*>(QStringLiteral("trackerSide")))
        if (auto* columns = qobject_cast<QSplitter*>(side->parentWidget()))
            columns->setSizes({700, 540});
    TrackerPage* tracker = window.trackerPage();
    rules::EncounterSession* session = tracker->session();
    if (!session)
        return Error::make(errors::kNoEncounter, QStringLiteral("the example encounter did not open"));
    QDir().mkpath(directory);
    // Start Combat before anyone typed an initiative: the form asking for every character's.
    window.showPage(MainWindow::Page::Tracker);
    Status shown = captureModal(
        directory, QStringLiteral("initiative-form.png"),
        [](QDialog* form) {
            const QList<QLineEdit*> fields = form->findChildren<QLineEdit*>();
            if (!fields.isEmpty())
                fields.first()->setText(QStringLiteral("17"));
        },
        [tracker] { tracker->startCombat(); });
    if (!shown)
        return shown;
    int typed = 18;
    for (const Participant& participant : session->participants()) {
        if (participant.isCharacter())
            (void)session->setInitiative(participant.id, typed -= 3);
    }
    tracker->rollInitiative();
    tracker->startCombat();
    for (int i = 0; i < 8; ++i)
        tracker->nextTurn();

    // Each blow credited to whoever struck it, as the DM picks them with By:.
    auto damage = [&](const QString& name, int amount, const QString& by) {
        rules::DamageRequest request;
        request.targetIds = {idOf(session, name)};
        request.amount = amount;
        request.source =
            by.isEmpty() ? rules::ActingSource::nobody() : rules::ActingSource::combatant(idOf(session, by));
        (void)session->applyDamage(request);
    };
    damage(QStringLiteral("Goblin 1"), 4, QStringLiteral("Brakka"));
    damage(QStringLiteral("Goblin Boss"), 6, QStringLiteral("Elowen"));
    damage(QStringLiteral("Tobin"), 9, QStringLiteral("Goblin Boss"));
    damage(QStringLiteral("Tobin"), 2, QString()); // a spike trap
    damage(QStringLiteral("Wolf"), 11, QStringLiteral("Tobin"));
    auto by = [&](const char* name) {
        return rules::ActingSource::combatant(idOf(session, QString::fromUtf8(name)));
    };
    (void)session->grantTempHp({idOf(session, QStringLiteral("Brakka"))}, 6, by("Sister Maud"));
    (void)session->setConcentration(idOf(session, QStringLiteral("Elowen")), true, QStringLiteral("Web"));
    rules::ConditionRequest prone;
    prone.targetId = idOf(session, QStringLiteral("Goblin 2"));
    prone.key = QStringLiteral("prone");
    prone.source = by("Brakka"); // a shove
    prone.rounds = 1;
    (void)session->addCondition(prone);
    rules::ConditionRequest restrained;
    restrained.targetId = idOf(session, QStringLiteral("Goblin Boss"));
    restrained.key = QStringLiteral("restrained");
    restrained.source = by("Elowen"); // her Web
    restrained.rounds = 3;
    (void)session->addCondition(restrained);
    rules::ConditionRequest marked;
    marked.targetId = idOf(session, QStringLiteral("Goblin 1"));
    marked.key = QStringLiteral("custom:marked");
    marked.label = QStringLiteral("Marked");
    marked.source = by("Tobin");
    marked.hidden = true;
    (void)session->addCondition(marked);
    // Move on to the first visible combatant, so the players see whose turn it is.
    do
        tracker->nextTurn();
    while (session->participant(session->currentParticipantId()) &&
           session->participant(session->currentParticipantId())->hidden);
    tracker->select({idOf(session, QStringLiteral("Goblin 1"))});

    window.showPage(MainWindow::Page::Tracker);
    window.openPlayerDisplay();
    PlayerDisplay* display = window.playerDisplay();
    display->resize(1280, 720);
    QApplication::processEvents();

    const QString trackerPath = QDir(directory).filePath(QStringLiteral("tracker.png"));
    const QString playerPath = QDir(directory).filePath(QStringLiteral("player-display.png"));
    if (!window.grab().save(trackerPath))
        return Error::make(errors::kWriteFailed, QStringLiteral("could not write %1").arg(trackerPath));
    if (!display->grab().save(playerPath))
        return Error::make(errors::kWriteFailed, QStringLiteral("could not write %1").arg(playerPath));
    // The same fight on a phone held upright and on a small window: smaller type, no chips.
    for (const QSize size : {QSize(320, 640), QSize(480, 640)}) {
        display->resize(size);
        QApplication::processEvents();
        const QString path =
            QDir(directory).filePath(QStringLiteral("player-display-%1.png").arg(size.width()));
        if (!display->grab().save(path))
            return Error::make(errors::kWriteFailed, QStringLiteral("could not write %1").arg(path));
    }
    display->resize(1280, 720);

    // By: open from the keyboard (Ctrl+B), the log beside it crediting whoever acted.
    if (Status saved = writeWithOpenList(&window, tracker->sourceChooser(), directory,
                                         QStringLiteral("acting-combatant.png"));
        !saved)
        return saved;

    // Combat > Add Combatants mid-fight: a bestiary search and how many.
    shown = captureModal(
        directory, QStringLiteral("add-combatants.png"),
        [](QDialog* dialog) {
            if (auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("addSearch")))
                search->setText(QStringLiteral("wolf"));
            if (auto* count = dialog->findChild<QSpinBox*>(QStringLiteral("addCount")))
                count->setValue(4);
        },
        [tracker] { tracker->addCombatants(); });
    if (!shown)
        return shown;
    // Combat paused: the banner over the order.
    tracker->togglePause();
    shown = writeImage(&window, directory, QStringLiteral("tracker-paused.png"));
    tracker->togglePause();
    if (!shown)
        return shown;
    // The encounter builder on the same encounter: identical monsters grouped, the XP budget.
    window.showPage(MainWindow::Page::Encounters);
    if (Status saved = writeImage(&window, directory, QStringLiteral("encounter-builder.png")); !saved)
        return saved;
    window.showPage(MainWindow::Page::Tracker);

    // File > Account and Sync > Create Account with a password that meets some rules, and Forgot
    // Password; neither talks to a service until a button is pressed.
    const QString service = QStringLiteral("https://tracker.example.com");
    CreateAccountDialog create(window.sync(), service, &window);
    const QList<QPair<const char*, QString>> typedIn{{"email", QStringLiteral("dm@example.com")},
                                                     {"username", QStringLiteral("lanternkeeper")},
                                                     {"password", QStringLiteral("lanternkeeper7")}};
    for (const auto& [field, text] : typedIn) {
        if (auto* edit = create.findChild<QLineEdit*>(QString::fromLatin1(field)))
            edit->setText(text);
    }
    create.resize(460, create.sizeHint().height()); // room for the rules on one line each
    create.show();
    shown = writeImage(&create, directory, QStringLiteral("account-create.png"));
    create.close();
    if (!shown)
        return shown;
    ResetPasswordDialog reset(window.sync(), service, QStringLiteral("dm@example.com"), &window);
    reset.resize(460, reset.sizeHint().height());
    reset.show();
    shown = writeImage(&reset, directory, QStringLiteral("account-reset-password.png"));
    reset.close();
    if (!shown)
        return shown;

    // File > Export, offering the encounter the tracker shows.
    window.showExport();
    auto* exportDialog = window.findChild<ExportDialog*>(QStringLiteral("exportDialog"));
    if (!exportDialog)
        return Error::make(errors::kWriteFailed, QStringLiteral("the export dialog did not open"));
    QApplication::processEvents();
    const QString exportPath = QDir(directory).filePath(QStringLiteral("export.png"));
    const bool exportSaved = exportDialog->grab().save(exportPath);
    exportDialog->close();
    if (!exportSaved)
        return Error::make(errors::kWriteFailed, QStringLiteral("could not write %1").arg(exportPath));

    // New Day / Long Rest while the fight runs asks first; the tour says no.
    window.showPage(MainWindow::Page::Tracker);
    shown = captureModal(
        directory, QStringLiteral("long-rest-confirm.png"), [](QDialog*) {},
        [tracker] { tracker->longRest(); });
    if (!shown)
        return shown;
    // End Combat: the question, answered with Enter, then the summary of the fight.
    shown =
        captureModals(directory,
                      {ModalStep{QStringLiteral("end-combat-confirm.png"), [](QDialog*) {}, acceptByDefault},
                       ModalStep{QStringLiteral("combat-summary.png")}},
                      [tracker] { tracker->endCombat(); });
    if (!shown)
        return shown;
    // After the fight, the rest itself: the log and the status bar say what it gave back.
    tracker->longRest();
    if (Status saved = writeImage(&window, directory, QStringLiteral("long-rest-done.png")); !saved)
        return saved;

    // The party's own rest on the Parties page, after a day of short rests: hit points and spent
    // hit dice come back, and the status bar says who regained how many.
    const QString partyId = session->encounter().partyId;
    ChangeSet tired;
    int spent = 3;
    for (Character character : window.store().childrenOf<Character>(partyId)) {
        character.currentHp = std::max(1, character.maxHp / 2);
        character.hitDiceSpent = std::max(0, spent--);
        tired.put(character);
    }
    if (Result<ChangeSet> committed = window.store().commit(tired); !committed)
        return committed.error();
    window.showPage(MainWindow::Page::Parties);
    window.partiesPage()->selectParty(partyId);
    window.partiesPage()->longRest();
    return writeImage(&window, directory, QStringLiteral("long-rest-party.png"));
}

} // namespace dnd::gui
