#pragma once

#include "SyncTransport.h"
#include "store/LocalStore.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <algorithm>

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

    // Starts a round unless syncing has stopped; asked during a round, starts the next one as
    // soon as this one ends.
    void syncNow();
    // Queues a record the service refused again, whole, forgets its rejection, and syncs.
    Status sendAgain(EntityKind kind, const QString& id);
    // Leaves the stopped state (after the user signed in again or updated) and syncs.
    void resume();
    State state() const { return m_state; }
    QString lastError() const { return m_lastError.message; }
    // The stable code of the last failure ("NETWORK", "UNAUTHORIZED", "SYNC_PROTOCOL_MISMATCH" ...).
    QString lastErrorCode() const { return m_lastError.code; }
    // What the current or last round did: changes the service acknowledged, rows merged from it,
    // changes it refused.
    struct RoundCounts {
        int pushed = 0;
        int pulled = 0;
        int rejected = 0;
    };
    RoundCounts lastRound() const { return {m_pushed, m_rowsChanged, m_rejectedCount}; }
    // The store setting holding when the last round ended in step (milliseconds since 1970).
    static QString lastRoundSetting() { return QStringLiteral("sync.lastRoundMs"); }
    // Whether a failure of the store is one that passes (the file busy in another program, a
    // failed disk access, a full disk): the round is tried again later, like a network failure.
    static bool isPassingStoreFailure(const QString& code);
    // The most rows one turn of the event loop merges or compares with a full snapshot: a step is
    // sized to take a few milliseconds, never more rows than this.
    static constexpr int kMostRowsPerStep = 2000;
    // For tests: a lower bound than kMostRowsPerStep, so a few hundred rows take several steps.
    void setMostRowsPerStep(int rows) { m_mostRowsPerStep = std::clamp(rows, 1, kMostRowsPerStep); }
    // How the current or last round split its work between turns of the event loop.
    struct StepCounts {
        int mergeSteps = 0;
        int largestMergeStep = 0; // rows
        int comparisonSteps = 0;
        int largestComparisonStep = 0; // local rows compared with the service's snapshot
    };
    StepCounts lastRoundSteps() const { return m_steps; }
    // Delay before the first retry, doubled after every failure up to `maxMs`.
    void setRetryDelays(int firstMs, int maxMs);
    int nextRetryDelay() const { return m_retry.interval(); }

signals:
    void stateChanged(dnd::sync::SyncEngine::State state);
    // The store had to start again as a new device (restored or copied store, restored service);
    // the round goes on: a full pull, then whatever the service lacks is sent again.
    void startedAsNewDevice(const QString& reason);
    // Mutations the service refused for good (invalid, over the plan's limit, too large), each
    // once; their records are kept in the store's list of what did not sync (until sent again).
    void rejected(const QList<dnd::sync::Rejection>& rejections);
    // A round ended with the store in step; `rowsChanged` rows came from the service.
    void roundFinished(int rowsChanged);

private:
    void pushNext();
    void pullChanges();
    // One page of a pull, merged in chunks that each keep the event loop waiting only briefly.
    void pullPage(qint64 cookie);
    void mergeChunk();
    void pageMerged();
    // One step of comparing this device's rows with a full snapshot, queuing what the service lacks.
    void compareStep();
    // The pull is whole: the cookie is kept, and what was queued meanwhile goes out.
    void pullFinished();
    // A push refused as too large: smaller batches, or a single change reported and sent empty.
    void pushRefusedAsTooLarge(const QList<Mutation>& batch);
    // Moves the cookie past an acknowledged push when nothing else reached the account meanwhile.
    Status followOwnPush(const PushResponse& answer);
    // Keeps the service's rejections in the store's list and reports them.
    Status keepRejections(const QList<Mutation>& batch, const QList<Rejection>& rejections);
    // Makes the store a new device for `reason` and carries on with the round from its push.
    void startAgain(int reason, const QString& why);
    void finishRound();
    // Keeps how far this device's clock is from the service's, from an answer's time.
    void measureClock(qint64 serverTime, qint64 sentAtMs);
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
    // Within one round: how often the store started again, how many push-pull passes ran (a
    // full pull can queue what the service lacks, and edits made meanwhile go out too), and how
    // many rows came in.
    // Bytes per push; halved when a proxy or the service refuses a body as too large.
    qsizetype m_maxPushBytes;
    // Queued changes sent empty because they can never be accepted (already reported).
    QSet<qint64> m_sentEmpty;
    // The pull in progress: the page being merged, and for a full snapshot the lives and clocks
    // of every row so far (what the service lacks is judged against all of them at the end).
    struct PullInProgress {
        int pages = 0;
        bool fullSnapshot = false;
        bool compareAtEnd = false;    // a snapshot into a store with data of its own
        bool compareSnapshot = false; // the store asks for a full snapshot to compare (a new device)
        bool skipOwnRows = false;     // asked the service to leave out rows only this device changed
        bool hasMore = false;
        qint64 cookie = 0;
        QString epoch;
        QList<RowState> rows; // as the page came; converted a chunk at a time
        qsizetype merged = 0;
        ServiceSnapshot snapshot;
        bool comparing = false;
        SnapshotComparison comparison;
    };
    PullInProgress m_pull;
    // Rows merged (or compared) per transaction, adapted so that one step takes a few milliseconds.
    int m_chunkRows = 64;
    int m_compareRows = 64;
    int m_mostRowsPerStep = kMostRowsPerStep;
    StepCounts m_steps;
    QTimer m_nextChunk;
    // The next round, started from the event loop once a round ends with changes left.
    QTimer m_nextRound;
    bool m_roundAsked = false;
    int m_newDeviceStarts = 0;
    int m_passes = 0;
    int m_rowsChanged = 0;
    int m_pushed = 0;
    int m_rejectedCount = 0;
};

} // namespace dnd::sync
