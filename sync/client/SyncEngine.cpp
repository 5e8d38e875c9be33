#include "SyncEngine.h"

#include "ClientErrorCodes.h"
#include "OutboxBatch.h"
#include "SyncLog.h"
#include "store/LocalStore.h"

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
    return row;
}

} // namespace

SyncEngine::SyncEngine(LocalStore& store, SyncTransport& transport, QObject* parent)
    : QObject(parent), m_store(store), m_transport(transport)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(m_firstRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
}

void SyncEngine::setRetryDelays(int firstMs, int maxMs)
{
    m_firstRetryMs = std::max(1, firstMs);
    m_maxRetryMs = std::max(m_firstRetryMs, maxMs);
    m_retry.setInterval(m_firstRetryMs);
}

void SyncEngine::syncNow()
{
    if (m_state == State::Syncing || m_state == State::Stopped)
        return;
    m_retry.stop();
    qCDebug(lcSyncEngine) << "round starts from cookie" << m_store.syncCookie();
    setState(State::Syncing);
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
    const PushRequest request = nextPush(m_store);
    if (request.mutations.isEmpty()) {
        pullChanges();
        return;
    }
    const qint64 lastSent = request.mutations.constLast().id;
    qCDebug(lcSyncEngine) << "pushing" << request.mutations.size() << "mutations, ids"
                          << request.mutations.constFirst().id << "to" << lastSent;
    m_transport.push(request, [this, lastSent](Result<PushResponse> answer) {
        if (!answer) {
            fail(answer.error());
            return;
        }
        qCDebug(lcSyncEngine) << "push answered: processed up to" << answer->lastMutationId << "version"
                              << answer->version << "rejected" << answer->rejected.size();
        for (const Rejection& rejection : answer->rejected)
            qCDebug(lcSyncEngine) << "mutation" << rejection.mutationId << "rejected:" << rejection.code;
        if (!answer->rejected.isEmpty())
            emit rejected(answer->rejected);
        if (answer->lastMutationId < lastSent) {
            // The service did not take the batch it was given; sending it again would loop.
            fail(Error::make(errors::kSyncIncomplete, tr("The sync service processed changes up to %1 of %2.")
                                                          .arg(answer->lastMutationId)
                                                          .arg(lastSent)));
            return;
        }
        if (const Status acknowledged = m_store.acknowledgeOutbox(answer->lastMutationId); !acknowledged) {
            fail(acknowledged.error());
            return;
        }
        pushNext();
    });
}

void SyncEngine::pullChanges()
{
    qCDebug(lcSyncEngine) << "pulling from cookie" << m_store.syncCookie();
    m_transport.pull(m_store.syncCookie(), m_store.clientId(), [this](Result<PullResponse> answer) {
        if (!answer) {
            fail(answer.error());
            return;
        }
        qCDebug(lcSyncEngine) << "pull answered:" << answer->rows.size() << "rows, next cookie"
                              << answer->cookie << (answer->reset ? "(a full snapshot)" : "");
        QList<RemoteRow> rows;
        rows.reserve(answer->rows.size());
        for (const RowState& state : answer->rows)
            rows.append(toRemoteRow(state));
        const Result<int> applied = m_store.applyRemote(rows);
        if (!applied) {
            fail(applied.error());
            return;
        }
        if (const Status saved = m_store.setSyncCookie(answer->cookie); !saved) {
            fail(saved.error());
            return;
        }
        m_failures = 0;
        m_retry.setInterval(m_firstRetryMs);
        m_lastError = {};
        qCDebug(lcSyncEngine) << "round finished:" << applied.value() << "rows applied";
        setState(State::Idle);
        emit roundFinished(applied.value());
    });
}

void SyncEngine::fail(const Error& error)
{
    m_lastError = error;
    if (!isTransient(error)) {
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
