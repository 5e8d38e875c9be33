#include "SyncSession.h"

#include "ClientErrorCodes.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <optional>

Q_LOGGING_CATEGORY(lcCliSync, "dnd.cli.sync")

namespace dnd::cli {

namespace {

const QString kServiceSetting = QStringLiteral("sync.service");
const QString kEmailSetting = QStringLiteral("sync.email");

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncSession", text);
}

} // namespace

SyncSession::SyncSession(LocalStore& store) : m_store(store), m_account(m_credentials) {}

QUrl SyncSession::service() const
{
    return QUrl(m_store.setting(kServiceSetting));
}

QString SyncSession::email() const
{
    return m_store.setting(kEmailSetting);
}

Status SyncSession::await(const std::function<void(std::function<void(Status)>)>& work)
{
    QEventLoop loop;
    std::optional<Status> outcome;
    work([&](Status status) {
        outcome = std::move(status);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

Status SyncSession::bindStore()
{
    // The same data signed in to another account or service is a new device there.
    return m_store.useSyncAccount(m_account.service().toString(QUrl::StripTrailingSlash) + QLatin1Char(' ') +
                                  m_account.accountId());
}

Status SyncSession::signIn(const QUrl& service, const QString& email, const QString& password)
{
    m_account.setService(service);
    const Status signedIn =
        await([&](std::function<void(Status)> done) { m_account.signIn(email, password, std::move(done)); });
    if (!m_account.isSignedIn())
        return signedIn;
    if (Status kept = m_store.setSetting(kServiceSetting, service.toString(QUrl::StripTrailingSlash)); !kept)
        return kept;
    if (Status kept = m_store.setSetting(kEmailSetting, m_account.email()); !kept)
        return kept;
    if (Status bound = bindStore(); !bound)
        return bound;
    // Signed in, but the keychain could not keep it: say so, the next command has no sign-in.
    return signedIn;
}

Status SyncSession::restore()
{
    if (!hasSignIn())
        return Error::make(sync::errors::kNotSignedIn,
                           tr("This data folder is not signed in; run dnd-tracker-cli login first."));
    m_account.setService(service());
    const QString kept = email();
    if (Status restored =
            await([&](std::function<void(Status)> done) { m_account.restore(kept, std::move(done)); });
        !restored)
        return restored;
    return bindStore();
}

Status SyncSession::signOut()
{
    if (hasSignIn()) {
        m_account.setService(service());
        const QString kept = email();
        // Without a kept token (or offline) the service cannot be told; the sign-in is forgotten
        // here all the same.
        const Status renewed =
            await([&](std::function<void(Status)> done) { m_account.restore(kept, std::move(done)); });
        if (!renewed)
            qCInfo(lcCliSync) << "the service is not told of the sign-out:" << renewed.errorMessage();
        const Status forgotten =
            await([&](std::function<void(Status)> done) { m_account.signOut(std::move(done)); });
        if (!forgotten)
            return forgotten;
    }
    if (Status cleared = m_store.setSetting(kServiceSetting, QStringLiteral("")); !cleared)
        return cleared;
    return m_store.setSetting(kEmailSetting, QStringLiteral(""));
}

} // namespace dnd::cli
