#include "account/SyncController.h"

#include "ApiErrorCodes.h"
#include "GuiLog.h"
#include "UndoHistory.h"
#include "settings/AppSettings.h"
#include "store/LocalStore.h"

namespace dnd::gui {

SyncController::SyncController(LocalStore& store, AppSettings& settings, UndoHistory& history,
                               QObject* parent)
    : QObject(parent), m_settings(settings), m_account(m_credentials),
      m_transport(QUrl(), [this] { return m_account.accessToken(); }), m_engine(store, m_transport),
      m_pokes([this] { return m_account.accessToken(); }), m_store(store)
{
    m_afterChange.setSingleShot(true);
    m_afterChange.setInterval(m_afterChangeMs);
    m_periodic.setInterval(60 * 1000);
    connect(&m_afterChange, &QTimer::timeout, &m_engine, &sync::SyncEngine::syncNow);
    connect(&m_periodic, &QTimer::timeout, &m_engine, &sync::SyncEngine::syncNow);
    // Every edit, undo and redo goes through the history; a burst of them makes one round.
    connect(&history, &UndoHistory::changed, this, [this] {
        if (m_account.isSignedIn() && m_notSyncing.isEmpty())
            m_afterChange.start();
    });
    // While players or another device follow an encounter live, a change goes out at once (the
    // burst of one command still makes one round); otherwise a few seconds gather edits.
    connect(&m_pokes, &sync::PokeListener::liveChanged, this, [this](bool live) {
        m_afterChange.setInterval(live ? 0 : m_afterChangeMs);
        qCInfo(lcGuiAccount) << (live ? "followed live: changes sync at once" : "no live followers");
    });
    // The service may end the sign-in under any call (a password reset or a removal elsewhere):
    // stop syncing and let the window show it at once, not at the next round.
    connect(&m_account, &sync::AccountClient::signedInChanged, this, [this](bool signedIn) {
        if (signedIn)
            return;
        stopRounds();
        emit statusChanged(statusText());
    });
    connect(&m_engine, &sync::SyncEngine::stateChanged, this, &SyncController::engineStateChanged);
    connect(&m_engine, &sync::SyncEngine::startedAsNewDevice, this, &SyncController::startedAsNewDevice);
    // A poke for a version this device has already pulled is its own push coming back (a cookie
    // that cannot be read is no reason to skip a round: the round reports it).
    connect(&m_pokes, &sync::PokeListener::poked, this, [this](qint64 version) {
        const Result<qint64> cookie = m_store.syncCookie();
        if (!cookie || version > cookie.value())
            m_engine.syncNow();
    });
    // Pokes sent while the socket was not open are lost: a round when it opens catches up on them.
    connect(&m_pokes, &sync::PokeListener::listeningChanged, this, [this](bool listening) {
        if (listening && m_account.isSignedIn())
            m_engine.syncNow();
    });
    connect(&m_engine, &sync::SyncEngine::roundFinished, this, [this](int rowsChanged) {
        qCInfo(lcGuiAccount) << "sync round finished;" << rowsChanged << "rows changed by the service";
        if (rowsChanged > 0)
            emit dataPulled();
    });
    connect(&m_engine, &sync::SyncEngine::rejected, this, [this](const QList<sync::Rejection>& rejections) {
        for (const sync::Rejection& rejection : rejections)
            qCWarning(lcGuiAccount) << "the service refused change" << rejection.mutationId << "-"
                                    << rejection.code;
        emit refusedChanged();
        emit statusChanged(statusText());
    });
}

void SyncController::setIntervals(int afterChangeMs, int periodicMs, int firstRetryMs)
{
    m_afterChangeMs = afterChangeMs;
    m_afterChange.setInterval(m_pokes.isLive() ? 0 : afterChangeMs);
    m_periodic.setInterval(periodicMs);
    m_engine.setRetryDelays(firstRetryMs, std::max(firstRetryMs, periodicMs));
}

void SyncController::start()
{
    const QUrl service = m_settings.syncService();
    const QString email = m_settings.syncEmail();
    if (!service.isValid() || email.isEmpty())
        return;
    m_account.setService(service);
    m_transport.setServiceUrl(service);
    m_account.restore(email, [this](Status restored) {
        if (!restored && !m_account.isSignedIn()) {
            qCInfo(lcGuiAccount) << "saved sign-in not restored:" << restored.error().code;
            m_signInProblem = restored.errorMessage();
            emit statusChanged(statusText());
            return;
        }
        signedIn();
    });
}

void SyncController::signIn(const QUrl& service, const QString& email, const QString& password,
                            std::function<void(Status)> done)
{
    m_account.setService(service);
    m_transport.setServiceUrl(service);
    m_account.signIn(email, password, [this, service, email, done](Status status) {
        afterSignIn(service, email, status, done);
    });
}

void SyncController::createAccount(const QUrl& service, const QString& email, const QString& username,
                                   const QString& password, std::function<void(Status)> done)
{
    m_account.setService(service);
    m_transport.setServiceUrl(service);
    m_account.createAccount(email, username, password, [this, service, email, done](Status status) {
        afterSignIn(service, email, status, done);
    });
}

void SyncController::afterSignIn(const QUrl& service, const QString& email, const Status& status,
                                 const std::function<void(Status)>& done)
{
    qCInfo(lcGuiAccount) << "sign-in" << (m_account.isSignedIn() ? "succeeded" : "failed:")
                         << (status ? QString() : status.error().code);
    if (m_account.isSignedIn()) {
        m_settings.setSyncAccount(service, email.trimmed());
        signedIn();
    }
    done(status);
}

void SyncController::signOut(std::function<void(Status)> done)
{
    stopRounds();
    m_account.signOut([this, done](Status status) {
        qCInfo(lcGuiAccount) << "signed out" << (status ? QString() : status.error().code);
        m_settings.setSyncAccount(QUrl(), QString());
        emit statusChanged(statusText());
        done(status);
    });
}

void SyncController::signedIn()
{
    // The same data signed in to another account or service is a new device there.
    const QString account =
        m_account.service().toString(QUrl::StripTrailingSlash) + QLatin1Char(' ') + m_account.accountId();
    m_signInProblem.clear();
    // A file opened read-only could take neither what other devices changed nor the record of
    // what went out: no round runs until the tracker starts on a writable file. The service keeps
    // everything meanwhile, and this file's own queued changes wait in it.
    if (m_store.database().writeProtection()) {
        m_notSyncing = tr("the data file is open read-only. Changes from your other devices arrive once the "
                          "tracker starts again on a writable file.");
        qCWarning(lcGuiAccount) << "signed in, but the data file is read-only: no sync round runs";
        stopRounds();
        emit statusChanged(statusText());
        return;
    }
    if (const Status bound = m_store.useSyncAccount(account); !bound) {
        m_notSyncing = bound.errorMessage();
        stopRounds();
        emit statusChanged(statusText());
        return;
    }
    m_notSyncing.clear();
    // What a plan's limit refused goes again at every sign-in: after an upgrade it is taken, else
    // the same reason comes back.
    for (const SyncRejection& rejection : m_store.rejections()) {
        if (rejection.code == QLatin1String("LIMIT_EXCEEDED")) {
            if (const Status queued = m_store.sendAgain(rejection.kind, rejection.rowId); !queued)
                m_signInProblem = queued.errorMessage();
        }
    }
    m_periodic.start();
    m_pokes.start(m_account.service());
    if (m_engine.state() == sync::SyncEngine::State::Stopped)
        m_engine.resume();
    else
        m_engine.syncNow();
    emit statusChanged(statusText());
}

void SyncController::stopRounds()
{
    m_periodic.stop();
    m_afterChange.stop();
    m_pokes.stop();
}

void SyncController::engineStateChanged(sync::SyncEngine::State state)
{
    // An access token lives a quarter of an hour: renew it once, then go on where the round stopped.
    if (state == sync::SyncEngine::State::Stopped && m_engine.lastErrorCode() == api::kUnauthorized &&
        m_account.isSignedIn() && !m_renewing) {
        m_renewing = true;
        qCInfo(lcGuiAccount) << "access token expired; renewing it";
        m_account.refresh([this](Status renewed) {
            m_renewing = false;
            qCInfo(lcGuiAccount) << "token renewal" << (renewed ? "succeeded" : "failed:")
                                 << (renewed ? QString() : renewed.error().code);
            if (m_account.isSignedIn())
                m_engine.resume();
            else
                m_signInProblem = renewed.errorMessage();
            emit statusChanged(statusText());
        });
        return;
    }
    if (state == sync::SyncEngine::State::Stopped)
        qCWarning(lcGuiAccount) << "sync stopped:" << m_engine.lastErrorCode() << m_engine.lastError();
    else if (state == sync::SyncEngine::State::Waiting)
        qCInfo(lcGuiAccount) << "sync failed, retrying later:" << m_engine.lastErrorCode();
    emit statusChanged(statusText());
}

void SyncController::syncNow()
{
    // What kept this device from syncing may be gone (the file no longer busy): try again.
    if (m_account.isSignedIn() && !m_notSyncing.isEmpty()) {
        signedIn();
        return;
    }
    if (m_engine.state() == sync::SyncEngine::State::Stopped)
        m_engine.resume();
    else
        m_engine.syncNow();
}

QList<SyncRejection> SyncController::refused() const
{
    return m_store.rejections();
}

QString SyncController::recordName(EntityKind kind, const QString& id) const
{
    const std::optional<QJsonObject> doc = m_store.document(kind, id);
    return doc ? doc->value(QStringLiteral("name")).toString() : QString();
}

Status SyncController::sendAgain(const SyncRejection& rejection)
{
    const Status queued = m_engine.sendAgain(rejection.kind, rejection.rowId);
    emit refusedChanged();
    emit statusChanged(statusText());
    return queued;
}

QUrl SyncController::service() const
{
    return m_account.isSignedIn() ? m_account.service() : m_settings.syncService();
}

QString SyncController::statusText() const
{
    if (!m_account.isSignedIn())
        return m_signInProblem.isEmpty() ? tr("Local only") : tr("Not syncing: %1").arg(m_signInProblem);
    if (!m_notSyncing.isEmpty())
        return tr("Not syncing: %1").arg(m_notSyncing);
    QString text;
    switch (m_engine.state()) {
    case sync::SyncEngine::State::Idle:
        text = tr("Synced");
        break;
    case sync::SyncEngine::State::Syncing:
        text = tr("Syncing...");
        break;
    case sync::SyncEngine::State::Waiting:
        // A clock the service refuses, or the data file busy in another program, is not
        // "offline": the message says what to look at.
        if (const QString code = m_engine.lastErrorCode();
            code == api::kClockDrift || sync::SyncEngine::isPassingStoreFailure(code))
            text = tr("Changes waiting: %1").arg(m_engine.lastError());
        else
            text = tr("Offline, retrying in %n s", nullptr, std::max(1, m_engine.nextRetryDelay() / 1000));
        break;
    case sync::SyncEngine::State::Stopped:
        text = tr("Sync stopped: %1").arg(m_engine.lastError());
        break;
    }
    if (const qsizetype refused = m_store.rejections().size(); refused > 0)
        text += QStringLiteral(" \u00b7 ") + tr("%n record(s) not synced", nullptr, int(refused));
    return text;
}

} // namespace dnd::gui
