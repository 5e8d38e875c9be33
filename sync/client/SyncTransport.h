#pragma once

#include "ServiceReply.h"
#include "SyncProtocol.h"

#include <functional>

namespace dnd::sync {

// How the engine reaches the service; the HTTP one talks to the real service, tests may put a
// different one in front. An error for which isTransient() holds (no connection, a timeout, the
// service overloaded or failing) is worth retrying later; any other will not go away by itself.
class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual void push(const PushRequest& request, std::function<void(Result<PushResponse>)> done) = 0;
    virtual void pull(const PullRequest& request, std::function<void(Result<PullResponse>)> done) = 0;

    static bool isTransient(const Error& error)
    {
        return error.details.value(QStringLiteral("transient")).toBool();
    }
};

} // namespace dnd::sync
