#include "account/SyncController.h"

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
    m_afterChange.setInterval(3000);
    m_periodic.setInterval(60 * 1000);
    connect(&m_afterChange, &QTimer::timeout, &m_engine, &sync::SyncEngine::syncNow);
    connect(&m_periodic, &QTimer::timeout, &m_engine, &sync::SyncEngine::syncNow);
    // Every edit, undo and redo goes through the history; a burst of them makes one round.
    connect(&history, &UndoHistory::changed, this, [this] {
        if (m_account.isSignedIn())
            m_afterChange.start();
    });
    connect(&m_engine, &sync::SyncEngine::stateChanged, this, &SyncController::engineStateChanged);
    // A poke for a version this device has already pulled is its own push coming back.
    connect(&m_pokes, &sync::PokeListener::poked, this, [this](qint64 version) {
        if (version > m_store.syncCookie())
            m_engine.syncNow();
    });
    // Pokes sent while the socket was not open are lost: a round when it opens catches up on them.
    connect(&m_pokes, &sync::PokeListener::listeningChanged, this, [this](bool listening) {
        if (listening && m_account.isSignedIn())
            m_engine.syncNow();
    });
    connect(&m_engine, &sync::SyncEngine::roundFinished, this, [this](int rowsChanged) {
        if (rowsChanged > 0)
            emit dataPulled();
    });
    connect(&m_engine, &sync::SyncEngine::rejected, this, [this](const QList<sync::Rejection>& rejections) {
        m_refused.append(rejections);
        emit refusedChanged();
        emit statusChanged(statusText());
    });
}

void SyncController::setIntervals(int afterChangeMs, int periodicMs, int firstRetryMs)
{
    m_afterChange.setInterval(afterChangeMs);
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
        if (m_account.isSignedIn()) {
            m_settings.setSyncAccount(service, email);
            signedIn();
        }
        done(status);
    });
}

void SyncController::signOut(std::function<void(Status)> done)
{
    m_periodic.stop();
    m_afterChange.stop();
    m_pokes.stop();
    m_account.signOut([this, done](Status status) {
        m_settings.setSyncAccount(QUrl(), QString());
        m_refused.clear();
        emit refusedChanged();
        emit statusChanged(statusText());
        done(status);
    });
}

void SyncController::signedIn()
{
    m_signInProblem.clear();
    m_periodic.start();
    m_pokes.start(m_account.service());
    if (m_engine.state() == sync::SyncEngine::State::Stopped)
        m_engine.resume();
    else
        m_engine.syncNow();
    emit statusChanged(statusText());
}

void SyncController::engineStateChanged(sync::SyncEngine::State state)
{
    // An access token lives a quarter of an hour: renew it once, then go on where the round stopped.
    if (state == sync::SyncEngine::State::Stopped &&
        m_engine.lastErrorCode() == QLatin1String("UNAUTHORIZED") && m_account.isSignedIn() && !m_renewing) {
        m_renewing = true;
        m_account.refresh([this](Status renewed) {
            m_renewing = false;
            if (m_account.isSignedIn())
                m_engine.resume();
            else
                m_signInProblem = renewed.errorMessage();
            emit statusChanged(statusText());
        });
        return;
    }
    emit statusChanged(statusText());
}

QUrl SyncController::service() const
{
    return m_account.isSignedIn() ? m_account.service() : m_settings.syncService();
}

QString SyncController::statusText() const
{
    if (!m_account.isSignedIn())
        return m_signInProblem.isEmpty() ? tr("Local only") : tr("Not syncing: %1").arg(m_signInProblem);
    QString text;
    switch (m_engine.state()) {
    case sync::SyncEngine::State::Idle:
        text = tr("Synced");
        break;
    case sync::SyncEngine::State::Syncing:
        text = tr("Syncing...");
        break;
    case sync::SyncEngine::State::Waiting:
        text = tr("Offline, retrying in %n s", nullptr, std::max(1, m_engine.nextRetryDelay() / 1000));
        break;
    case sync::SyncEngine::State::Stopped:
        text = tr("Sync stopped: %1").arg(m_engine.lastError());
        break;
    }
    if (!m_refused.isEmpty())
        text += QStringLiteral(" \u00b7 ") + tr("%n change(s) not synced", nullptr, int(m_refused.size()));
    return text;
}

} // namespace dnd::gui
