#include "OutboxBatch.h"

#include "store/LocalStore.h"

#include <algorithm>

namespace dnd::sync {

PushRequest nextPush(LocalStore& store, int limit)
{
    PushRequest request;
    request.clientId = store.clientId();
    for (const OutboxEntry& entry : store.outbox(std::clamp(limit, 1, kMaxMutationsPerPush))) {
        Mutation m;
        m.id = entry.mutationId;
        m.entity = entry.kind;
        m.rowId = entry.rowId;
        m.op = entry.op == mutationOpName(MutationOp::Delete) ? MutationOp::Delete : MutationOp::Put;
        m.fields = entry.payload;
        m.hlc = entry.hlc;
        m.causalLength = entry.causalLength;
        request.mutations.append(std::move(m));
    }
    return request;
}

} // namespace dnd::sync
