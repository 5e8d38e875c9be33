#include "ScreenshotTour.h"

#include "GuiErrorCodes.h"
#include "MainWindow.h"
#include "account/CreateAccountDialog.h"
#include "account/ResetPasswordDialog.h"
#include "files/ExportDialog.h"
#include "model/Encounter.h"
#include "parties/PartiesPage.h"
#include "tracker/OpenEncounters.h"
#include "tracker/TrackerPage.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
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

// Saves the modal dialog `open` brings up (after `fill` set it up as a DM would), then cancels it:
// the tour shows the dialogs without acting on them.
Status captureModal(const QString& directory, const QString& name, const std::function<void(QDialog*)>& fill,
                    const std::function<void()>& open)
{
    Status saved = Error::make(errors::kWriteFailed, QStringLiteral("no dialog opened for %1").arg(name));
    QObject whileOpening; // the timer goes with it should `open` show no dialog
    QTimer::singleShot(0, &whileOpening, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        fill(dialog);
        saved = writeImage(dialog, directory, name);
        dialog->reject();
    });
    open();
    return saved;
}

QString idOf(rules::EncounterSession* session, const QString& name)
{
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
            QStringLiteral("export.png")};
}

Status ScreenshotTour::run(MainWindow& window, const QString& directory)
{
    window.addExampleContent();
    window.resize(1400, 820);
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

    auto damage = [&](const QString& name, int amount) {
        rules::DamageRequest request;
        request.targetIds = {idOf(session, name)};
        request.amount = amount;
        (void)session->applyDamage(request);
    };
    damage(QStringLiteral("Goblin 1"), 4);
    damage(QStringLiteral("Goblin Boss"), 6);
    damage(QStringLiteral("Tobin"), 9);
    damage(QStringLiteral("Wolf"), 11);
    (void)session->grantTempHp({idOf(session, QStringLiteral("Brakka"))}, 6);
    (void)session->setConcentration(idOf(session, QStringLiteral("Elowen")), true, QStringLiteral("Web"));
    rules::ConditionRequest prone;
    prone.targetId = idOf(session, QStringLiteral("Goblin 2"));
    prone.key = QStringLiteral("prone");
    prone.rounds = 1;
    (void)session->addCondition(prone);
    rules::ConditionRequest restrained;
    restrained.targetId = idOf(session, QStringLiteral("Goblin Boss"));
    restrained.key = QStringLiteral("restrained");
    restrained.rounds = 3;
    (void)session->addCondition(restrained);
    rules::ConditionRequest marked;
    marked.targetId = idOf(session, QStringLiteral("Goblin 1"));
    marked.key = QStringLiteral("custom:marked");
    marked.label = QStringLiteral("Hunter's Mark");
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
    return {};
}

} // namespace dnd::gui
