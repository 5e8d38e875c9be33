#include "ScreenshotTour.h"

#include "GuiErrorCodes.h"
#include "MainWindow.h"
#include "files/ExportDialog.h"
#include "model/Encounter.h"
#include "parties/PartiesPage.h"
#include "tracker/OpenEncounters.h"
#include "tracker/TrackerPage.h"

#include <QApplication>
#include <QDir>

namespace dnd::gui {

namespace {
QString idOf(rules::EncounterSession* session, const QString& name)
{
    for (const Participant& participant : session->participants()) {
        if (participant.name == name || participant.alias == name)
            return participant.id;
    }
    return {};
}
} // namespace

Status ScreenshotTour::run(MainWindow& window, const QString& directory)
{
    window.addExampleContent();
    TrackerPage* tracker = window.trackerPage();
    rules::EncounterSession* session = tracker->session();
    if (!session)
        return Error::make(errors::kNoEncounter, QStringLiteral("the example encounter did not open"));
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
    window.resize(1400, 820);
    window.openPlayerDisplay();
    PlayerDisplay* display = window.playerDisplay();
    display->resize(1280, 720);
    QApplication::processEvents();

    QDir().mkpath(directory);
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
