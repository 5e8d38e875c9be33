#pragma once

#include "AccountClient.h"
#include "CredentialStore.h"
#include "store/LocalStore.h"

#include <QUrl>
#include <functional>

namespace dnd::cli {

// What login, logout, sync and status share: the sign-in of a data folder (the service and email
// in the store's local settings, so two data folders are two devices; the refresh token in the
// OS keychain, as the window keeps it) and a way to wait for the network in a command.
class SyncSession {
public:
    explicit SyncSession(LocalStore& store);

    QUrl service() const;
    QString email() const;
    bool hasSignIn() const { return service().isValid() && !email().isEmpty(); }

    // Signs in with a password, keeps the sign-in, and ties the store to the account.
    Status signIn(const QUrl& service, const QString& email, const QString& password);
    // Signs in again with the kept sign-in (a fresh access token).
    Status restore();
    // Ends the sign-in (best effort when offline) and forgets it.
    Status signOut();
    sync::AccountClient& account() { return m_account; }

    // Starts `work` and runs the event loop until it reports back.
    static Status await(const std::function<void(std::function<void(Status)>)>& work);

private:
    Status bindStore();

    LocalStore& m_store;
    sync::CredentialStore m_credentials;
    sync::AccountClient m_account;
};

} // namespace dnd::cli
