#include "OutboxBatch.h"

#include "model/ElementMerge.h"
#include "store/LocalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace dnd::sync {

namespace {

Mutation toMutation(const OutboxEntry& entry)
{
    Mutation m;
    m.id = entry.mutationId;
    m.entity = entry.kind;
    m.rowId = entry.rowId;
    m.op = entry.op == mutationOpName(MutationOp::Delete) ? MutationOp::Delete : MutationOp::Put;
    // The outbox keeps the clocks of list elements among the fields they go with; on the wire
    // they travel apart, so a service that does not know them still reads the fields.
    for (auto it = entry.payload.constBegin(); it != entry.payload.constEnd(); ++it) {
        if (isElementClockKey(it.key()))
            m.elementClocks.insert(it.key(), it.value());
        else
            m.fields.insert(it.key(), it.value());
    }
    m.hlc = entry.hlc;
    m.causalLength = entry.causalLength;
    return m;
}

// About the bytes an entry takes in a push, from what the store holds, without encoding it: the
// payload as stored (compact JSON, as a push encodes it), the strings beside it, and room for the
// member names and numbers. Encoding 500 mutations only to measure them cost a frame.
qsizetype estimatedSize(const OutboxEntry& entry)
{
    constexpr qsizetype kMembersAndNumbers = 128;
    return entry.payloadBytes + entry.rowId.size() + entry.hlc.size() + entityName(entry.kind).size() +
           kMembersAndNumbers;
}

} // namespace

qsizetype encodedSize(const Mutation& mutation)
{
    const QJsonObject json = PushRequest{{}, kProtocolVersion, {mutation}}
                                 .toJson()
                                 .value(QStringLiteral("mutations"))
                                 .toArray()
                                 .first()
                                 .toObject();
    return QJsonDocument(json).toJson(QJsonDocument::Compact).size() + 1; // and the comma
}

Result<PushRequest> nextPush(LocalStore& store, int limit, qsizetype maxBytes)
{
    PushRequest request;
    request.clientId = store.clientId();
    const int count = std::clamp(limit, 1, kMaxMutationsPerPush);
    // One more than fits, to see whether the last transaction taken goes on after the cut.
    const Result<QList<OutboxEntry>> queued = store.queuedChanges(count + 1);
    if (!queued)
        return queued.error();
    const QList<OutboxEntry>& entries = queued.value();
    qsizetype bytes = 0;
    qsizetype wholeTransactions = 0; // mutations before the last transaction boundary in the batch
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const OutboxEntry& entry = entries.at(i);
        if (i > 0 && entry.txId != entries.at(i - 1).txId)
            wholeTransactions = i;
        const qsizetype size = estimatedSize(entry);
        const bool full = i >= count || bytes + size > maxBytes;
        if (full && i > 0) {
            // Cut at the end of the last whole transaction, unless the batch is one transaction
            // larger than a push.
            if (entry.txId == entries.at(i - 1).txId && wholeTransactions > 0)
                request.mutations.resize(wholeTransactions);
            break;
        }
        bytes += size;
        request.mutations.append(toMutation(entry));
    }
    return request;
}

} // namespace dnd::sync
