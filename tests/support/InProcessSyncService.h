#pragma once

// The service's own sync code (SyncRepository on an SQLite file) in the test's process, behind the
// engine's transport interface: engine cases run without starting a server process, and a test
// can lose an answer after the service committed, refuse requests, move the service's clock or
// restore its database. Messages travel as JSON through the strict readers of both sides, and
// answers arrive through the event loop, as over HTTP. Tests that need the real HTTP service
// (status codes, bodies, the proxy) use ServerProcess instead. Header-only: only the tests that
// link the service's library (dnd_server) include it.

#include "SyncTransport.h"
#include "billing/PlanCatalog.h"
#include "storage/EntityRepository.h"
#include "storage/ServerDatabase.h"
#include "storage/SyncRepository.h"
#include "store/HybridLogicalClock.h"
#include "util/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

namespace dnd::test {

class InProcessSyncService : public sync::SyncTransport {
public:
    // One account on a fresh database, under a plan of `limits` (JSON, as in plans.json).
    explicit InProcessSyncService(
        const QString& limits = QStringLiteral(
            R"({"parties":null,"encounters":null,"creatures":null,"devices":null,"combatLogEntries":null})"))
        : m_plan(server::PlanCatalog::fromJson(
                     QStringLiteral(
                         R"({"currency":"usd","plans":[{"tier":"free","name":"Free","monthlyPrice":0,)"
                         R"("stripePriceId":null,"limits":%1,"features":{"liveView":false}}]})")
                         .arg(limits)
                         .toUtf8())
                     .value()
                     .plans()
                     .first())
    {
        open();
        if (!m_entities->createSpace(m_account))
            qFatal("could not create the test account's space");
    }

    // The device hears nothing back from the next `count` requests that the service has applied.
    int loseAnswers = 0;
    // The next `count` requests never reach the service (no connection).
    int refuseRequests = 0;
    // Requests that reached the service (answered or lost), for tests counting resends.
    int requestsSeen = 0;

    server::SyncRepository& repository() { return *m_sync; }
    QString account() const { return m_account; }

    // Copies the database aside (an operator's backup).
    bool backUp(const QString& name)
    {
        close();
        QFile::remove(m_dir.filePath(name));
        const bool copied = QFile::copy(path(), m_dir.filePath(name));
        open();
        return copied;
    }
    // Puts a backup in place of the database; with `resetEpoch`, as the runbook says.
    bool restore(const QString& name, bool resetEpoch)
    {
        close();
        QFile::remove(path());
        const bool copied = QFile::copy(m_dir.filePath(name), path());
        open();
        return copied && (!resetEpoch || server::SyncRepository::resetEpoch(*m_db).ok());
    }

    void push(const sync::PushRequest& request, std::function<void(Result<sync::PushResponse>)> done) override
    {
        ++requestsSeen;
        if (refuse(done))
            return;
        Result<sync::PushRequest> decoded = sync::PushRequest::fromJson(request.toJson());
        if (!decoded) {
            deliver<sync::PushResponse>(decoded.error(), std::move(done));
            return;
        }
        Result<server::SyncRepository::PushOutcome> outcome =
            m_sync->push(m_account, decoded.value(), m_plan);
        if (!outcome) {
            deliver<sync::PushResponse>(outcome.error(), std::move(done));
            return;
        }
        outcome->response.serverTime = QDateTime::currentMSecsSinceEpoch();
        deliver(sync::PushResponse::fromJson(outcome->response.toJson()), std::move(done));
    }

    void pull(const sync::PullRequest& request, std::function<void(Result<sync::PullResponse>)> done) override
    {
        ++requestsSeen;
        if (refuse(done))
            return;
        Result<sync::PullResponse> pulled =
            m_sync->pull(m_account, request.clientId, request.cookie, request.skipOwnRows);
        if (!pulled) {
            deliver<sync::PullResponse>(pulled.error(), std::move(done));
            return;
        }
        pulled->serverTime = QDateTime::currentMSecsSinceEpoch();
        deliver(sync::PullResponse::fromJson(pulled->toJson()), std::move(done));
    }

private:
    QString path() const { return m_dir.filePath(QStringLiteral("service.sqlite3")); }
    void open()
    {
        m_db =
            server::ServerDatabase::open(QStringLiteral("sqlite://") + path(), QUuid::createUuid().toString())
                .value();
        if (!m_db->migrate())
            qFatal("could not migrate the in-process service's database");
        m_hlc = std::make_unique<HybridLogicalClock>(SystemClock::instance(), QStringLiteral("service"));
        m_entities = std::make_unique<server::EntityRepository>(*m_db, *m_hlc);
        m_sync = std::make_unique<server::SyncRepository>(*m_db, *m_hlc, *m_entities);
    }
    void close()
    {
        m_sync.reset();
        m_entities.reset();
        m_hlc.reset();
        m_db.reset();
    }
    static Error noConnection()
    {
        return Error::make(QStringLiteral("NETWORK"),
                           QStringLiteral("The sync service could not be reached."),
                           {{QStringLiteral("transient"), true}});
    }
    template <typename Message> bool refuse(const std::function<void(Result<Message>)>& done)
    {
        if (refuseRequests <= 0)
            return false;
        --refuseRequests;
        QTimer::singleShot(0, [done] { done(noConnection()); });
        return true;
    }
    template <typename Message>
    void deliver(Result<Message> answer, std::function<void(Result<Message>)> done)
    {
        if (loseAnswers > 0) {
            --loseAnswers;
            answer = noConnection();
        }
        QTimer::singleShot(0, [answer = std::move(answer), done = std::move(done)] { done(answer); });
    }

    QTemporaryDir m_dir;
    QString m_account = QStringLiteral("in-process-account");
    server::Plan m_plan;
    std::unique_ptr<server::ServerDatabase> m_db;
    std::unique_ptr<HybridLogicalClock> m_hlc;
    std::unique_ptr<server::EntityRepository> m_entities;
    std::unique_ptr<server::SyncRepository> m_sync;
};

} // namespace dnd::test
