#include "CredentialStore.h"

#include "ClientErrorCodes.h"
#include "SyncLog.h"
#include "util/ErrorCodes.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace dnd::sync {

namespace {

// This file's messages, looked up under the context lupdate files them in: Text::tr() calls are
// filed under the struct's context wherever they stand (a bare tr() under its enclosing class).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)
};

// The keychain's own error strings are technical; the code tells the user what to do.
Error keychainError(const QKeychain::Job& job)
{
    qCDebug(lcSyncKeychain) << "keychain job failed:" << job.error() << job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error::make(codes::kNotFound, Text::tr("No sign-in is saved for this account."));
    case QKeychain::NoBackendAvailable:
        return Error::make(
            errors::kKeychainUnavailable,
            Text::tr("No keychain is available on this computer (%1), so the sign-in is not kept; "
                     "you will be asked to sign in again next time.")
                .arg(job.errorString()));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(errors::kKeychainDenied,
                           Text::tr("The keychain refused access (%1).").arg(job.errorString()));
    default:
        return Error::make(
            errors::kKeychainFailed,
            Text::tr("The keychain could not be used (%1), so the sign-in is not kept; you will be "
                     "asked to sign in again next time.")
                .arg(job.errorString()));
    }
}

// Configures a job the same way for every call and runs `finish` once it ends.
template <typename JobType, typename Finish>
void run(JobType* job, const QString& account, QObject* context, Finish finish)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file when the keychain is missing
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, finish] { finish(*job); });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QString keychainService, QObject* parent)
    : QObject(parent), m_service(std::move(keychainService))
{}

void CredentialStore::save(const QString& account, const QString& secret, std::function<void(Status)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    run(job, account, this, [done](const QKeychain::Job& finished) {
        done(finished.error() == QKeychain::NoError ? Status() : Status(keychainError(finished)));
    });
}

void CredentialStore::load(const QString& account, std::function<void(Result<QString>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    run(job, account, this, [done, job](const QKeychain::Job& finished) {
        done(finished.error() == QKeychain::NoError ? Result<QString>(job->textData())
                                                    : Result<QString>(keychainError(finished)));
    });
}

void CredentialStore::forget(const QString& account, std::function<void(Status)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    run(job, account, this, [done](const QKeychain::Job& finished) {
        const bool gone =
            finished.error() == QKeychain::NoError || finished.error() == QKeychain::EntryNotFound;
        done(gone ? Status() : Status(keychainError(finished)));
    });
}

} // namespace dnd::sync
