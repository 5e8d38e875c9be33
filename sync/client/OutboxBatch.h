#pragma once

#include "SyncProtocol.h"

namespace dnd {
class LocalStore;
}

namespace dnd::sync {

// The service's request body limit (docs/SERVER.md); a change whose push would be larger can
// never be accepted, and the service closes the connection on it rather than answer.
inline constexpr qsizetype kServiceBodyLimit = 1024 * 1024;
// A push stays well under that limit, with room for the envelope and the headers a proxy adds.
inline constexpr qsizetype kMaxPushBytes = 768 * 1024;

// The next push of a device: its oldest queued local changes, in the order the DM made them, as
// the store recorded them in the same transaction as each change. At most `limit` mutations and
// `maxBytes` of encoded mutations (but always at least one); a batch that must be cut ends where
// a local transaction ends when it holds one whole, so one transaction arrives in one push where
// it fits. A failed read of the outbox is an error, never an empty push.
Result<PushRequest> nextPush(LocalStore& store, int limit = kMaxMutationsPerPush,
                             qsizetype maxBytes = kMaxPushBytes);

// How many bytes a mutation takes in a push.
qsizetype encodedSize(const Mutation& mutation);

} // namespace dnd::sync
