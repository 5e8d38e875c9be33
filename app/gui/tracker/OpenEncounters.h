#pragma once

#include "rules/EncounterSession.h"
#include "util/RandomSource.h"

#include <QObject>
#include <map>
#include <memory>

namespace dnd::gui {

class UndoHistory;

// The encounters open in this window, one rules session each, kept for the whole run so their
// undo steps stay valid in the application's undo history. Every combat or building command goes
// through run(), which records it there.
class OpenEncounters : public QObject {
    Q_OBJECT
public:
    OpenEncounters(LocalStore& store, UndoHistory& history, RandomSource& random, QObject* parent = nullptr);

    // The session of an encounter, loaded on first use; nullptr (and the reason) when it cannot be.
    rules::EncounterSession* open(const QString& encounterId, QString* error = nullptr);
    // Forgets a session (the encounter was deleted); its undo steps report that it is gone.
    void close(const QString& encounterId);

    // Runs one session command and, when it worked, records its undo step.
    Status run(rules::EncounterSession* session, const std::function<Status()>& command);
    // The session's encounter was deleted on another device: saves what the session shows as a
    // new encounter (one undoable step) and closes the old session. Answers the copy's id.
    Result<QString> keepCopy(rules::EncounterSession* session);

    RandomSource& random() { return m_random; }

signals:
    // A session changed (a command, an undo or a redo).
    void sessionChanged(dnd::rules::EncounterSession* session);
    // A session is about to be destroyed; holders of its pointer let go.
    void sessionClosing(dnd::rules::EncounterSession* session);
    // An encounter was created from a session (a kept copy): lists of encounters re-read.
    void encounterCreated(const QString& encounterId);

private:
    LocalStore& m_store;
    UndoHistory& m_history;
    RandomSource& m_random;
    std::map<QString, std::unique_ptr<rules::EncounterSession>> m_sessions;
};

} // namespace dnd::gui
