#pragma once

// The DM's device for live-view tests: an encounter session on its own store file whose changes
// the real sync engine pushes to a service over HTTP, as the application does. Header-only: only
// tests that link dnd_sync include it.

#include "HttpSyncTransport.h"
#include "SessionFixture.h"
#include "SyncEngine.h"

#include <QTest>
#include <memory>

namespace dnd::test {

struct SyncedSession : SessionFixture {
    SyncedSession(const QString& serviceUrl, const QString& accessToken)
        : transport(QUrl(serviceUrl), [accessToken] { return accessToken; }), engine(*temp.store, transport)
    {
        engine.setRetryDelays(40, 160);
    }

    // Sends what the session changed and waits until the service has it all.
    bool push(int timeoutMs = 20000)
    {
        engine.syncNow();
        return QTest::qWaitFor([this] { return engine.state() != sync::SyncEngine::State::Syncing; },
                               timeoutMs) &&
               engine.state() == sync::SyncEngine::State::Idle && temp.store->outboxSize() == 0;
    }

    sync::HttpSyncTransport transport;
    sync::SyncEngine engine;
};

} // namespace dnd::test
