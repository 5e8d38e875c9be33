#pragma once

#include "AccountClient.h"
#include "CredentialStore.h"
#include "HttpSyncTransport.h"
#include "PokeListener.h"
#include "SyncEngine.h"
#include "store/LocalStore.h"

#include <QObject>
#include <QTimer>

namespace dnd::gui {

class AppSettings;
class UndoHistory;

// Sync as the window runs it. Signs in again at start with the sign-in kept in the keychain,
// runs a round after start, a few seconds after every change (at once while players or another
// device follow one of the account's encounters live), when the service pokes (another
// device changed something) and every minute as a fallback, renews an
// expired access token once before giving up, and tells the window what to show: a one-line
// status, the changes the service refused, and when rows arrived so the views re-read the store.
class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(LocalStore& store, AppSettings& settings, UndoHistory& history, QObject* parent = nullptr);

    // Signs in with the kept sign-in, if the settings name an account.
    void start();
    void signIn(const QUrl& service, const QString& email, const QString& password,
                std::function<void(Status)> done);
    // Creates an account on `service` and signs this device in to it, as signIn() does.
    void createAccount(const QUrl& service, const QString& email, const QString& username,
                       const QString& password, std::function<void(Status)> done);
    void signOut(std::function<void(Status)> done);
    // F5 and "Sync Now": also what resumes a stopped engine (after the reason was dealt with).
    void syncNow();
    // Shorter waits for tests: after a change, between rounds, and before retries.
    void setIntervals(int afterChangeMs, int periodicMs, int firstRetryMs);

    bool isSignedIn() const { return m_account.isSignedIn(); }
    // The service signed in to, else the one of the last sign-in.
    QUrl service() const;
    sync::AccountClient& account() { return m_account; }
    QString email() const { return m_account.email(); }
    QString tier() const { return m_account.tier(); }
    // This computer's device id on the service (its store's client id).
    QString deviceId() const { return m_store.clientId(); }
    sync::SyncEngine::State state() const { return m_engine.state(); }
    // Whether the service's pokes reach this window (its WebSocket is open).
    bool hearsPokes() const { return m_pokes.isListening(); }
    // How long after a change its round starts: 0 while somebody follows an encounter live.
    int afterChangeDelay() const { return m_afterChange.interval(); }
    QString statusText() const;
    // What did not sync and why, one entry per record, kept in the store across restarts.
    QList<SyncRejection> refused() const;
    // The record's name for the list of what did not sync (empty when it has none).
    QString recordName(EntityKind kind, const QString& id) const;
    // Sends a refused record again, whole (after an upgrade, or once the reason is fixed).
    Status sendAgain(const SyncRejection& rejection);

signals:
    void statusChanged(const QString& text);
    void refusedChanged();
    // Rows came from the service: the views re-read the store.
    void dataPulled();
    // The service made this computer sync as a new device (restored data, removed from the
    // account ...), with the service's reason.
    void startedAsNewDevice(const QString& reason);

private:
    void engineStateChanged(sync::SyncEngine::State state);
    void signedIn();
    // No round starts by itself any more: no periodic round, none after a change, no pokes.
    void stopRounds();
    // What a sign-in or account creation does once the service answered.
    void afterSignIn(const QUrl& service, const QString& email, const Status& status,
                     const std::function<void(Status)>& done);

    AppSettings& m_settings;
    sync::CredentialStore m_credentials;
    sync::AccountClient m_account;
    sync::HttpSyncTransport m_transport;
    sync::SyncEngine m_engine;
    sync::PokeListener m_pokes;
    LocalStore& m_store;
    QTimer m_afterChange;
    int m_afterChangeMs = 3000;
    QTimer m_periodic;
    // Why the last sign-in failed (shown while signed out).
    QString m_signInProblem;
    // Why this device does not sync although signed in (its file read-only, or bound to another
    // account and unable to start again as a new device); empty while it syncs.
    QString m_notSyncing;
    bool m_renewing = false;
};

} // namespace dnd::gui
