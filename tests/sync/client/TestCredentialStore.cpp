// The account's secret in the operating system's keychain (a real keyring daemon on the test's
// D-Bus session): kept across objects, per account, forgotten on sign-out, never in a plain file.
#include "CredentialStore.h"
#include "KeychainWait.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QUuid>

using namespace dnd;
using namespace dnd::sync;
using test::waitForKeychain;

namespace {

Status save(CredentialStore& store, const QString& account, const QString& secret)
{
    return waitForKeychain<Status>([&](auto done) { store.save(account, secret, done); })
        .value_or(Error::make(QStringLiteral("TIMEOUT"), QStringLiteral("the keychain did not answer")));
}

Result<QString> load(CredentialStore& store, const QString& account)
{
    return waitForKeychain<Result<QString>>([&](auto done) { store.load(account, done); })
        .value_or(Error::make(QStringLiteral("TIMEOUT"), QStringLiteral("the keychain did not answer")));
}

Status forget(CredentialStore& store, const QString& account)
{
    return waitForKeychain<Status>([&](auto done) { store.forget(account, done); })
        .value_or(Error::make(QStringLiteral("TIMEOUT"), QStringLiteral("the keychain did not answer")));
}

// True when any file under `folder` holds `bytes` as they are.
bool anyFileContains(const QString& folder, const QByteArray& bytes)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < 64 * 1024 * 1024 && file.open(QIODevice::ReadOnly) &&
            file.readAll().contains(bytes))
            return true;
    }
    return false;
}

} // namespace

// Every test function saves what it reads, under a keychain service name of its own, and removes it
// afterwards: each one runs alone, in any order (`TestCredentialStore forgottenSecretIsGone`).
class TestCredentialStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void savedSecretIsReadByAnotherObject();
    void accountsAreKeptApart();
    void savingAgainReplaces();
    void forgottenSecretIsGone();
    void secretIsNotInAnyPlainFile();

private:
    // Saves through a store of this test's service and remembers the account for cleanup().
    Status saveHere(CredentialStore& store, const QString& account, const QString& secret)
    {
        m_saved.append(account);
        return save(store, account, secret);
    }

    // This test function's entries only, so tests (and runs) never see each other's secrets.
    QString m_service;
    QStringList m_saved;
    const QString m_alice = QStringLiteral("https://sync.example/alice");
    const QString m_bob = QStringLiteral("https://sync.example/bob");
};

void TestCredentialStore::init()
{
    m_service = QStringLiteral("dnd-tracker-test-") + QUuid::createUuid().toString(QUuid::Id128);
    m_saved.clear();
}

void TestCredentialStore::cleanup()
{
    CredentialStore store(m_service);
    for (const QString& account : std::as_const(m_saved))
        CHECK_OK(forget(store, account));
}

void TestCredentialStore::savedSecretIsReadByAnotherObject()
{
    {
        CredentialStore writer(m_service);
        CHECK_OK(saveHere(writer, m_alice, QStringLiteral("alice-refresh-token")));
    }
    CredentialStore reader(m_service);
    const Result<QString> loaded = load(reader, m_alice);
    CHECK_OK(loaded);
    QCOMPARE(*loaded, QStringLiteral("alice-refresh-token"));
}

void TestCredentialStore::accountsAreKeptApart()
{
    CredentialStore store(m_service);
    CHECK_OK(saveHere(store, m_alice, QStringLiteral("alice-refresh-token")));
    CHECK_OK(saveHere(store, m_bob, QStringLiteral("bob-refresh-token")));
    const Result<QString> bob = load(store, m_bob);
    CHECK_OK(bob);
    QCOMPARE(*bob, QStringLiteral("bob-refresh-token"));
    const Result<QString> alice = load(store, m_alice);
    CHECK_OK(alice);
    QCOMPARE(*alice, QStringLiteral("alice-refresh-token"));
    // Another application's entries under the same account name are not ours.
    CredentialStore other(m_service + QStringLiteral("-other"));
    CHECK_FAILS(load(other, m_alice), "NOT_FOUND");
}

void TestCredentialStore::savingAgainReplaces()
{
    CredentialStore store(m_service);
    CHECK_OK(saveHere(store, m_alice, QStringLiteral("alice-refresh-token")));
    CHECK_OK(saveHere(store, m_alice, QStringLiteral("alice-rotated-token")));
    const Result<QString> loaded = load(store, m_alice);
    CHECK_OK(loaded);
    QCOMPARE(*loaded, QStringLiteral("alice-rotated-token"));
}

void TestCredentialStore::forgottenSecretIsGone()
{
    CredentialStore store(m_service);
    CHECK_OK(saveHere(store, m_alice, QStringLiteral("alice-refresh-token")));
    CHECK_OK(saveHere(store, m_bob, QStringLiteral("bob-refresh-token")));
    CHECK_OK(load(store, m_bob)); // there before it is forgotten
    CHECK_OK(forget(store, m_bob));
    const Result<QString> gone = load(store, m_bob);
    CHECK_FAILS(gone, "NOT_FOUND");
    QVERIFY2(!gone.errorMessage().isEmpty(), "the user is told why");
    // Signing out twice is not an error.
    CHECK_OK(forget(store, m_bob));
    // Only that account is forgotten.
    const Result<QString> alice = load(store, m_alice);
    CHECK_OK(alice);
    QCOMPARE(*alice, QStringLiteral("alice-refresh-token"));
}

void TestCredentialStore::secretIsNotInAnyPlainFile()
{
    const QByteArray secret = QUuid::createUuid().toByteArray(QUuid::Id128);
    CredentialStore store(m_service);
    CHECK_OK(saveHere(store, QStringLiteral("https://sync.example/carol"), QString::fromLatin1(secret)));
    // The keyring's files, the settings and the application data all live under these folders.
    for (const auto location : {QStandardPaths::GenericDataLocation, QStandardPaths::GenericConfigLocation,
                                QStandardPaths::GenericCacheLocation}) {
        const QString folder = QStandardPaths::writableLocation(location);
        QVERIFY2(!anyFileContains(folder, secret), qPrintable(folder));
    }
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
