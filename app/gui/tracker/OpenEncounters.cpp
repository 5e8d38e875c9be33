#include "tracker/OpenEncounters.h"

#include "GuiErrorCodes.h"
#include "GuiLog.h"
#include "UndoHistory.h"

#include <QPointer>

namespace dnd::gui {

OpenEncounters::OpenEncounters(LocalStore& store, UndoHistory& history, RandomSource& random, QObject* parent)
    : QObject(parent), m_store(store), m_history(history), m_random(random)
{}

rules::EncounterSession* OpenEncounters::open(const QString& encounterId, QString* error)
{
    if (auto found = m_sessions.find(encounterId); found != m_sessions.end())
        return found->second.get();
    auto session = std::make_unique<rules::EncounterSession>(m_store, encounterId, m_random, m_store.clock());
    if (Status loaded = session->load(); !loaded) {
        qCWarning(lcGuiTracker) << "opening encounter" << encounterId << "failed:" << loaded.error().code
                                << loaded.errorMessage();
        if (error)
            *error = loaded.errorMessage();
        return nullptr;
    }
    rules::EncounterSession* raw = session.get();
    connect(raw, &rules::EncounterSession::changed, this, [this, raw] { emit sessionChanged(raw); });
    m_sessions.emplace(encounterId, std::move(session));
    return raw;
}

void OpenEncounters::close(const QString& encounterId)
{
    auto found = m_sessions.find(encounterId);
    if (found == m_sessions.end())
        return;
    emit sessionClosing(found->second.get());
    m_sessions.erase(found);
}

Result<QString> OpenEncounters::keepCopy(rules::EncounterSession* session)
{
    const QString name = session->encounter().name;
    const QString deletedId = session->encounter().id;
    QString copyId;
    const ChangeSet copy = session->copyAsNewEncounter(tr("%1 (kept copy)").arg(name), &copyId);
    if (Status done = m_history.commit(m_store, copy, tr("Kept a copy of %1").arg(name)); !done)
        return done.error();
    close(deletedId);
    emit encounterCreated(copyId);
    return copyId;
}

Status OpenEncounters::run(rules::EncounterSession* session, const std::function<Status()>& command)
{
    if (!session)
        return Error::make(errors::kNoEncounter, tr("Open an encounter first."));
    if (Status done = command(); !done) {
        // Shown to the user by the caller; logged here, where every tracker command passes.
        qCWarning(lcGuiTracker) << "command refused:" << done.error().code << done.errorMessage();
        return done;
    }
    // The session keeps its own steps; the application history replays them in the same order.
    QPointer<rules::EncounterSession> guarded(session);
    auto gone = [] {
        return Error::make(errors::kEncounterClosed,
                           tr("That encounter was deleted; restore it first to undo its combat steps."));
    };
    m_history.push({session->undoText(),
                    [guarded, gone]() -> Status { return guarded ? guarded->undo() : Status(gone()); },
                    [guarded, gone]() -> Status { return guarded ? guarded->redo() : Status(gone()); }});
    return {};
}

} // namespace dnd::gui
