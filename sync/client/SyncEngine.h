#pragma once

#include "SyncTransport.h"

#include <QObject>
#include <QTimer>

namespace dnd {
class LocalStore;
}

namespace dnd::sync {

// Keeps this device's store and the service in step. A round pushes the whole outbox (in
// batches, each acknowledged entry dropped), then pulls what changed since the stored cookie and
// merges it into the store; the app never waits on it. A transient failure (offline, the service
// failing) keeps the outbox and retries with a growing delay; a failure that will not go away by
// itself (another protocol version, a sign-in that is no longer valid) stops syncing with a
// reason for the user, outbox kept. Mutations the service will never apply are reported.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,    // in step as of the last round
        Syncing, // a round is running
        Waiting, // a round failed for a passing reason; the next try is scheduled
        Stopped, // syncing cannot go on until something changes (see lastError)
    };
    Q_ENUM(State)

    SyncEngine(LocalStore& store, SyncTransport& transport, QObject* parent = nullptr);

    // Starts a round unless one is running or syncing has stopped.
    void syncNow();
    // Leaves the stopped state (after the user signed in again or updated) and syncs.
    void resume();
    State state() const { return m_state; }
    QString lastError() const { return m_lastError.message; }
    // The stable code of the last failure ("NETWORK", "UNAUTHORIZED", "SYNC_PROTOCOL_MISMATCH" ...).
    QString lastErrorCode() const { return m_lastError.code; }
    // Delay before the first retry, doubled after every failure up to `maxMs`.
    void setRetryDelays(int firstMs, int maxMs);
    int nextRetryDelay() const { return m_retry.interval(); }

signals:
    void stateChanged(dnd::sync::SyncEngine::State state);
    // Mutations the service refused for good (invalid, over the plan's limit); they are not sent again.
    void rejected(const QList<dnd::sync::Rejection>& rejections);
    // A round ended with the store in step; `rowsChanged` rows came from the service.
    void roundFinished(int rowsChanged);

private:
    void pushNext();
    void pullChanges();
    void fail(const Error& error);
    void setState(State state);

    LocalStore& m_store;
    SyncTransport& m_transport;
    State m_state = State::Idle;
    Error m_lastError;
    QTimer m_retry;
    int m_firstRetryMs = 1000;
    int m_maxRetryMs = 5 * 60 * 1000;
    int m_failures = 0;
};

} // namespace dnd::sync
