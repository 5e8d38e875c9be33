#include "SyncEngine.h"

#include "ClientErrorCodes.h"
#include "OutboxBatch.h"
#include "SyncLog.h"
#include "store/Database.h"
#include "store/LocalStore.h"
#include "util/ErrorCodes.h"

#include <QElapsedTimer>
#include <cstdlib>

namespace dnd::sync {

namespace {

RemoteRow toRemoteRow(const RowState& state)
{
    RemoteRow row;
    row.kind = state.entity;
    row.id = state.rowId;
    row.causalLength = state.causalLength;
    row.fields = state.fields;
    for (auto it = state.fieldClocks.constBegin(); it != state.fieldClocks.constEnd(); ++it)
        row.clocks.insert(it.key(), it.value().toString());
    // The store keeps the clocks of list elements beside those of fields.
    for (auto it = state.elementClocks.constBegin(); it != state.elementClocks.constEnd(); ++it)
        row.clocks.insert(it.key(), it.value().toString());
    return row;
}

} // namespace

SyncEngine::SyncEngine(LocalStore& store, SyncTransport& transport, QObject* parent)
    : QObject(parent), m_store(store), m_transport(transport), m_maxPushBytes(kMaxPushBytes)
{
    // Merging a pull fills the store's write-ahead log quickly; copying it into the file waits
    // for the disk twice (10-35 ms), which must not happen inside a merge on this thread. It
    // stays so for the store's life (the hook belongs to its connection, not to this engine).
    m_store.database().setCheckpointsInBackground(true);
    m_retry.setSingleShot(true);
    m_retry.setInterval(m_firstRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_nextRound.setSingleShot(true);
    m_nextRound.setInterval(0);
    connect(&m_nextRound, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_nextChunk.setSingleShot(true);
    m_nextChunk.setInterval(0);
    connect(&m_nextChunk, &QTimer::timeout, this, [this] {
        if (m_pull.comparing)
            compareStep();
        else if (m_pull.merged < m_pull.rows.size())
            mergeChunk();
        else
            pageMerged();
    });
}

bool SyncEngine::isPassingStoreFailure(const QString& code)
{
    return code == codes::kDbBusy || code == codes::kDbIo || code == codes::kDbFull;
}

void SyncEngine::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = std::max(1, firstMs);
    m_maxRetryMs = std::max(m_firstRetryMs, maxMs);
    m_retry.setInterval(m_firstRetryMs);
}

void SyncEngine::syncNow()
{
    // Asked during a round (an edit, a poke): another round follows this one at once.
    if (m_state == State::Syncing)
        m_roundAsked = true;
    if (m_state == State::Syncing || m_state == State::Stopped)
        return;
    m_roundAsked = false;
    m_retry.stop();
    qCDebug(lcSyncEngine) << "round starts";
    m_newDeviceStarts = 0;
    m_passes = 0;
    m_rowsChanged = 0;
    m_pushed = 0;
    m_rejectedCount = 0;
    m_steps = {};
    setState(State::Syncing);
    pushNext();
}

void SyncEngine::startAgain(int reason, const QString& why)
{
    // Each start takes a new id the service has never seen; starting twice in one round means
    // the service keeps contradicting this device, and looping would only use up device slots.
    if (++m_newDeviceStarts > 2) {
        fail(Error::make(api::kSyncIdentity, tr("The sync service keeps refusing this device: %1").arg(why)));
        return;
    }
    if (const Status started = m_store.startAsNewDevice(LocalStore::NewDeviceReason(reason)); !started) {
        fail(started.error());
        return;
    }
    emit startedAsNewDevice(why);
    pushNext();
}

void SyncEngine::resume()
{
    if (m_state != State::Stopped)
        return;
    m_lastError = {};
    setState(State::Idle);
    syncNow();
}

void SyncEngine::pushNext()
{
    Result<PushRequest> next = nextPush(m_store, kMaxMutationsPerPush, m_maxPushBytes);
    if (!next) {
        fail(next.error());
        return;
    }
    PushRequest& request = next.value();
    if (request.mutations.isEmpty()) {
        pullChanges();
        return;
    }
    // A change alone larger than the service's body limit is not sent at all: the service would
    // drop the connection, which looks like a network failure and would be retried forever.
    constexpr qsizetype kEnvelopeBytes = 512;
    if (request.mutations.size() == 1 &&
        encodedSize(request.mutations.constFirst()) + kEnvelopeBytes > kServiceBodyLimit) {
        pushRefusedAsTooLarge(request.mutations);
        return;
    }
    const Result<QString> replaced = m_store.replacedClientId();
    if (!replaced) {
        fail(replaced.error());
        return;
    }
    request.replacesClientId = replaced.value();
    const qint64 lastSent = request.mutations.constLast().id;
    qCDebug(lcSyncEngine) << "pushing" << request.mutations.size() << "mutations, ids"
                          << request.mutations.constFirst().id << "to" << lastSent;
    const bool freesSlot = !request.replacesClientId.isEmpty();
    const qint64 sentAt = m_store.clock().nowMs();
    m_transport.push(request, [this, lastSent, freesSlot, sentAt,
                               batch = request.mutations](Result<PushResponse> answer) {
        if (answer)
            measureClock(answer->serverTime, sentAt);
        if (!answer) {
            const QString code = answer.error().code;
            // A refused clock comes with the service's time, so the next edits are stamped right.
            if (code == api::kClockDrift)
                measureClock(answer.error().details.value(QStringLiteral("serverTime")).toLongLong(), sentAt);
            if (code == api::kPayloadTooLarge || code == errors::httpStatusCode(413))
                pushRefusedAsTooLarge(batch);
            else if (code == api::kSyncIdentity)
                startAgain(int(LocalStore::NewDeviceReason::IdentityMismatch), answer.errorMessage());
            else if (code == api::kSyncGap) // the service lost what it had of this device
                startAgain(int(LocalStore::NewDeviceReason::ServiceRestored), answer.errorMessage());
            else if (code == api::kDeviceRemoved)
                startAgain(int(LocalStore::NewDeviceReason::RemovedFromAccount), answer.errorMessage());
            else
                fail(answer.error());
            return;
        }
        const Result<QString> epoch = m_store.syncEpoch();
        if (!epoch) {
            fail(epoch.error());
            return;
        }
        if (!epoch->isEmpty() && answer->epoch != epoch.value()) {
            startAgain(int(LocalStore::NewDeviceReason::ServiceRestored),
                       tr("The sync service's data was restored or reset."));
            return;
        }
        // Processed beyond what was sent: those numbers hold other changes than this store's.
        if (answer->lastMutationId > lastSent) {
            startAgain(int(LocalStore::NewDeviceReason::IdentityMismatch),
                       tr("The sync service has processed changes up to %1; this device sent up to %2.")
                           .arg(answer->lastMutationId)
                           .arg(lastSent));
            return;
        }
        qCDebug(lcSyncEngine) << "push answered: processed up to" << answer->lastMutationId << "version"
                              << answer->version << "rejected" << answer->rejected.size();
        for (const Rejection& rejection : answer->rejected)
            qCDebug(lcSyncEngine) << "mutation" << rejection.mutationId << "rejected:" << rejection.code;
        if (answer->lastMutationId < lastSent) {
            // The service did not take the batch it was given; sending it again would loop.
            fail(Error::make(errors::kSyncIncomplete, tr("The sync service processed changes up to %1 of %2.")
                                                          .arg(answer->lastMutationId)
                                                          .arg(lastSent)));
            return;
        }
        // Kept before the acknowledgement: if this device stops in between, the resend's answer
        // reports them again, and the list holds one entry per record either way.
        if (const Status kept = keepRejections(batch, answer->rejected); !kept) {
            fail(kept.error());
            return;
        }
        if (const Status acknowledged = m_store.acknowledgeOutbox(answer->lastMutationId); !acknowledged) {
            fail(acknowledged.error());
            return;
        }
        m_sentEmpty.removeIf([last = answer->lastMutationId](qint64 id) { return id <= last; });
        m_pushed += int(batch.size());
        if (freesSlot) {
            if (const Status cleared = m_store.clearReplacedClientId(); !cleared) {
                fail(cleared.error());
                return;
            }
        }
        if (const Status followed = followOwnPush(*answer); !followed) {
            fail(followed.error());
            return;
        }
        pushNext();
    });
}

Status SyncEngine::followOwnPush(const PushResponse& answer)
{
    // Nothing but this push reached the account since the cookie: the service now holds what this
    // device holds (the same edits merged field by field on both sides), so the pull need not
    // bring the push's rows back to compare them again. A cookie of 0 is left alone: such a store
    // may still await the full snapshot that finds what the service lacks of it.
    const Result<qint64> cookie = m_store.syncCookie();
    if (!cookie)
        return cookie.error();
    if (answer.baseVersion < 0 || cookie.value() <= 0 || cookie.value() != answer.baseVersion ||
        answer.version <= cookie.value())
        return {};
    const Result<QString> epoch = m_store.syncEpoch();
    if (!epoch)
        return epoch.error();
    if (answer.epoch != epoch.value())
        return {};
    return m_store.setSyncPosition(answer.version, answer.epoch);
}

Status SyncEngine::keepRejections(const QList<Mutation>& batch, const QList<Rejection>& rejections)
{
    QList<Rejection> reported;
    for (const Rejection& rejection : rejections) {
        if (m_sentEmpty.contains(rejection.mutationId))
            continue; // reported when it was found too large
        const auto sent = std::find_if(batch.cbegin(), batch.cend(),
                                       [&](const Mutation& m) { return m.id == rejection.mutationId; });
        if (sent == batch.cend())
            continue;
        const Status kept = m_store.recordRejection(SyncRejection{
            sent->entity, sent->rowId, rejection.code, rejection.message, m_store.clock().nowMs()});
        if (!kept)
            return kept;
        reported.append(rejection);
    }
    m_rejectedCount += int(reported.size());
    if (!reported.isEmpty())
        emit rejected(reported);
    return {};
}

void SyncEngine::pushRefusedAsTooLarge(const QList<Mutation>& batch)
{
    constexpr qsizetype kSmallestBatchBytes = 4 * 1024;
    if (batch.size() > 1 && m_maxPushBytes > kSmallestBatchBytes) {
        m_maxPushBytes = std::max(kSmallestBatchBytes, m_maxPushBytes / 2);
        qCDebug(lcSyncEngine) << "push refused as too large; batches of at most" << m_maxPushBytes << "bytes";
        pushNext();
        return;
    }
    // One change alone is too large: it can never be accepted. It is reported and travels empty
    // (the service counts it as processed), so the changes after it are not held up.
    const Mutation& alone = batch.constFirst();
    if (alone.fields.isEmpty()) {
        fail(Error::make(api::kPayloadTooLarge,
                         tr("The sync service refuses even the smallest change as too large.")));
        return;
    }
    const Rejection tooLarge{alone.id, api::kPayloadTooLarge,
                             tr("This change to a %1 is larger than the sync service accepts; it stays on "
                                "this device.")
                                 .arg(entityName(alone.entity))};
    if (const Status kept = keepRejections({alone}, {tooLarge}); !kept) {
        fail(kept.error());
        return;
    }
    if (const Status emptied = m_store.replaceOutboxPayload(alone.id, {}); !emptied) {
        fail(emptied.error());
        return;
    }
    m_sentEmpty.insert(alone.id);
    pushNext();
}

Status SyncEngine::sendAgain(EntityKind kind, const QString& id)
{
    if (const Status queued = m_store.sendAgain(kind, id); !queued)
        return queued;
    if (m_state == State::Stopped)
        resume();
    else
        syncNow();
    return {};
}

void SyncEngine::pullChanges()
{
    m_pull = {};
    const Result<qint64> cookie = m_store.syncCookie();
    if (!cookie) {
        fail(cookie.error());
        return;
    }
    const Result<bool> compare = m_store.mustCompareNextSnapshot();
    if (!compare) {
        fail(compare.error());
        return;
    }
    // The rows only this device's pushes changed are left out of the pull, unless it is a full
    // snapshot this store compares with its rows: then a row left out would look lost.
    m_pull.compareSnapshot = compare.value();
    m_pull.skipOwnRows = cookie.value() > 0 || !compare.value();
    pullPage(cookie.value());
}

void SyncEngine::pullPage(qint64 cookie)
{
    qCDebug(lcSyncEngine) << "pulling from cookie" << cookie;
    const qint64 sentAt = m_store.clock().nowMs();
    const PullRequest request{cookie, m_store.clientId(), m_pull.skipOwnRows};
    m_transport.pull(request, [this, cookie, sentAt](Result<PullResponse> answer) {
        if (!answer) {
            // Removed from the account (to free its slot): it comes back under a new id, which
            // takes a slot again at its next push if the plan has one free.
            if (answer.error().code == api::kDeviceRemoved)
                startAgain(int(LocalStore::NewDeviceReason::RemovedFromAccount), answer.errorMessage());
            else
                fail(answer.error());
            return;
        }
        qCDebug(lcSyncEngine) << "pull answered:" << answer->rows.size() << "rows, next cookie"
                              << answer->cookie << (answer->reset ? "(a full snapshot)" : "")
                              << (answer->hasMore ? "(more follow)" : "");
        measureClock(answer->serverTime, sentAt);
        // Every page of one pull belongs to the epoch of the first (or the one kept with the cookie).
        const Result<QString> epoch = m_pull.pages > 0 ? Result<QString>(m_pull.epoch) : m_store.syncEpoch();
        if (!epoch) {
            fail(epoch.error());
            return;
        }
        if (!epoch->isEmpty() && answer->epoch != epoch.value()) {
            startAgain(int(LocalStore::NewDeviceReason::ServiceRestored),
                       tr("The sync service's data was restored or reset."));
            return;
        }
        const Result<qint64> issued = m_store.lastIssuedMutation();
        if (!issued) {
            fail(issued.error());
            return;
        }
        if (answer->lastMutationId > issued.value()) {
            startAgain(int(LocalStore::NewDeviceReason::IdentityMismatch),
                       tr("The sync service has processed changes up to %1; this device made %2.")
                           .arg(answer->lastMutationId)
                           .arg(issued.value()));
            return;
        }
        // From cookie 0 or on a reset the pages are everything the service holds: once the last
        // has been merged, what it lacks of this device's data is queued again when the store
        // may hold more than its outbox carries (it started again as a new device), or the
        // service went back in time (a reset).
        if (m_pull.pages++ == 0) {
            m_pull.fullSnapshot = cookie == 0 || answer->reset;
            const bool compare = m_pull.fullSnapshot && (m_pull.compareSnapshot || answer->reset);
            // A store with no field clock before the snapshot has nothing the service could lack.
            const Result<bool> ownData = compare ? m_store.hasFieldClocks() : Result<bool>(false);
            if (!ownData) {
                fail(ownData.error());
                return;
            }
            m_pull.compareAtEnd = ownData.value();
        }
        m_pull.epoch = answer->epoch;
        m_pull.cookie = answer->cookie;
        m_pull.hasMore = answer->hasMore;
        // Converted chunk by chunk as they are merged, so no turn of the loop handles a whole page.
        m_pull.rows = std::move(answer->rows);
        m_pull.merged = 0;
        mergeChunk();
    });
}

namespace {

// The rows of the next step, so that one step takes about `budgetMs`: doubled while a whole step
// takes less than half of it, cut in proportion when it took longer.
int nextStepRows(int rows, qsizetype done, qint64 tookMs, int mostRows)
{
    constexpr qint64 kBudgetMs = 6;
    constexpr int kFewestRows = 8;
    if (tookMs * 2 < kBudgetMs && done == rows)
        return std::min(mostRows, rows * 2);
    if (tookMs > kBudgetMs)
        return std::max(std::min(kFewestRows, mostRows), int(rows * kBudgetMs / tookMs));
    return std::min(rows, mostRows);
}

} // namespace

void SyncEngine::mergeChunk()
{
    // A chunk is merged in one transaction sized to take a few milliseconds, then the event loop
    // runs (the window redraws, the DM's commands go through) before the next one.
    QElapsedTimer timer;
    timer.start();
    m_chunkRows = std::min(m_chunkRows, m_mostRowsPerStep);
    const qsizetype count = std::min<qsizetype>(m_chunkRows, m_pull.rows.size() - m_pull.merged);
    QList<RemoteRow> chunk;
    chunk.reserve(count);
    for (qsizetype i = m_pull.merged; i < m_pull.merged + count; ++i) {
        chunk.append(toRemoteRow(m_pull.rows.at(i)));
        if (m_pull.compareAtEnd)
            m_pull.snapshot.add(chunk.constLast()); // only the lives and clocks are compared
    }
    const Result<int> applied = m_store.applyRemote(chunk);
    if (!applied) {
        fail(applied.error());
        return;
    }
    m_rowsChanged += applied.value();
    m_pull.merged += count;
    ++m_steps.mergeSteps;
    m_steps.largestMergeStep = std::max(m_steps.largestMergeStep, int(count));
    m_chunkRows = nextStepRows(m_chunkRows, count, timer.elapsed(), m_mostRowsPerStep);
    // A timer, not a queued call: the event loop goes round (input, painting) before it fires.
    m_nextChunk.start();
}

void SyncEngine::pageMerged()
{
    if (m_pull.fullSnapshot && m_pull.hasMore) {
        // The cookie of a snapshot's page is kept only in memory: a snapshot interrupted half way
        // starts over, so what the service lacks is always judged against all of it.
        pullPage(m_pull.cookie);
        return;
    }
    if (m_pull.compareAtEnd) {
        // This device's rows are compared with the snapshot a step at a time, the event loop
        // running between two steps, whatever either side holds.
        m_pull.comparing = true;
        m_pull.rows = {};
        compareStep();
        return;
    }
    pullFinished();
}

void SyncEngine::compareStep()
{
    QElapsedTimer timer;
    timer.start();
    m_compareRows = std::min(m_compareRows, m_mostRowsPerStep);
    const Result<int> compared =
        m_store.compareWithSnapshot(m_pull.snapshot, m_pull.comparison, m_compareRows);
    if (!compared) {
        fail(compared.error());
        return;
    }
    ++m_steps.comparisonSteps;
    m_steps.largestComparisonStep = std::max(m_steps.largestComparisonStep, compared.value());
    if (m_pull.comparison.done) {
        pullFinished();
        return;
    }
    m_compareRows = nextStepRows(m_compareRows, compared.value(), timer.elapsed(), m_mostRowsPerStep);
    m_nextChunk.start();
}

void SyncEngine::pullFinished()
{
    // After a whole snapshot, whatever the service lacks of this store is in its outbox.
    if (const Status kept = m_pull.fullSnapshot ? m_store.keepSnapshotPosition(m_pull.cookie, m_pull.epoch)
                                                : m_store.setSyncPosition(m_pull.cookie, m_pull.epoch);
        !kept) {
        fail(kept.error());
        return;
    }
    if (m_pull.hasMore) {
        pullPage(m_pull.cookie);
        return;
    }
    m_pull = {};
    // What the full pull queued, and edits made during the round, go out in the same round.
    constexpr int kMaxPassesPerRound = 3;
    const Result<qint64> queued = m_store.queuedCount();
    if (!queued) {
        fail(queued.error());
        return;
    }
    if (queued.value() > 0 && ++m_passes < kMaxPassesPerRound) {
        pushNext();
        return;
    }
    qCDebug(lcSyncEngine) << "round finished:" << m_rowsChanged << "rows applied";
    finishRound();
}

void SyncEngine::finishRound()
{
    if (const Status noted = m_store.setSetting(lastRoundSetting(), QString::number(m_store.clock().nowMs()));
        !noted)
        qCWarning(lcSyncEngine) << "could not note the time of the round:" << noted.errorMessage();
    m_failures = 0;
    m_retry.setInterval(m_firstRetryMs);
    m_lastError = {};
    setState(State::Idle);
    emit roundFinished(m_rowsChanged);
    // Edits made during the round's last pass, or a round asked for meanwhile, go out right
    // after it rather than at the next change or timer.
    const Result<qint64> queued = m_store.queuedCount();
    if (m_roundAsked || !queued || queued.value() > 0)
        m_nextRound.start();
}

void SyncEngine::measureClock(qint64 serverTime, qint64 sentAtMs)
{
    if (serverTime <= 0)
        return;
    // The service read its clock about halfway through the exchange.
    const qint64 offset = serverTime - (sentAtMs + m_store.clock().nowMs()) / 2;
    constexpr qint64 kWorthKeepingMs = 500;
    if (std::abs(offset - m_store.clockOffset()) < kWorthKeepingMs)
        return;
    qCDebug(lcSyncEngine) << "this device's clock is" << offset << "ms behind the service's";
    if (const Status kept = m_store.setClockOffset(offset); !kept)
        qCWarning(lcSyncEngine) << "could not keep the clock offset:" << kept.errorMessage();
}

void SyncEngine::fail(const Error& error)
{
    m_lastError = error;
    // Changes stamped too far ahead wait (and the user is told) until the service's clock has
    // caught up with them; they are never dropped.
    if (error.code == api::kClockDrift) {
        m_retry.setInterval(m_maxRetryMs);
        m_retry.start();
        setState(State::Waiting);
        return;
    }
    if (!isTransient(error) && !isPassingStoreFailure(error.code)) {
        qCDebug(lcSyncEngine) << "stopped until resumed:" << error.code << error.message;
        setState(State::Stopped);
        return;
    }
    // Doubling delays, so a device that stays offline does not keep the radio busy.
    ++m_failures;
    const qint64 delay = qint64(m_firstRetryMs) << std::min(m_failures - 1, 20);
    m_retry.setInterval(int(std::min<qint64>(delay, m_maxRetryMs)));
    m_retry.start();
    qCDebug(lcSyncEngine) << "retry in" << m_retry.interval() << "ms after failure" << m_failures << "-"
                          << error.code << error.message;
    setState(State::Waiting);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace dnd::sync
