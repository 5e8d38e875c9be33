#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>
#include <functional>

// Where this device keeps the secrets of an account (the service's refresh token): the operating
// system's keychain (the Secret Service on Linux, Keychain on macOS, the Credential Manager on
// Windows). Never a settings file or the store: when no keychain answers, saving fails with a
// clear error instead of falling back to plain text, and the user signs in again next time.
namespace dnd::sync {

class CredentialStore : public QObject {
    Q_OBJECT
public:
    // `keychainService` names this application's entries in the keychain; tests use their own.
    explicit CredentialStore(QString keychainService = QStringLiteral("dnd-tracker"),
                             QObject* parent = nullptr);

    // The keychain may have to ask the user to unlock it, so every call answers later, on this
    // object's thread, through `done`. `account` is the key, e.g. "https://sync.example/alice".
    void save(const QString& account, const QString& secret, std::function<void(Status)> done);
    // Answers the secret, or an error with the code NOT_FOUND when nothing is saved for `account`.
    void load(const QString& account, std::function<void(Result<QString>)> done);
    // Forgetting what is not there succeeds: signing out twice is not an error.
    void forget(const QString& account, std::function<void(Status)> done);

private:
    QString m_service;
};

} // namespace dnd::sync
