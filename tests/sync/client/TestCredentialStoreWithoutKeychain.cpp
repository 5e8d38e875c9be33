// With no keychain reachable (no D-Bus session, as on a bare server or a broken desktop), saving
// an account's secret fails with a clear error and nothing is written to a plain file instead.
#include "CredentialStore.h"
#include "KeychainWait.h"

#include <QDirIterator>
#include <QStandardPaths>

using namespace dnd;
using namespace dnd::sync;

class TestCredentialStoreWithoutKeychain : public QObject {
    Q_OBJECT
private slots:
    void savingFailsClearlyAndWritesNothing();
};

void TestCredentialStoreWithoutKeychain::savingFailsClearlyAndWritesNothing()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    CredentialStore store(QStringLiteral("dnd-tracker-test-no-keychain"));
    const std::optional<Status> saved = test::waitForKeychain<Status>([&](auto done) {
        store.save(QStringLiteral("https://sync.example/alice"), QStringLiteral("secret"), done);
    });
    QVERIFY2(saved.has_value(), "the keychain call must answer, not hang");
    QVERIFY(!saved->ok());
    QVERIFY2(saved->error().code.startsWith(QStringLiteral("KEYCHAIN_")), qPrintable(saved->error().code));
    QVERIFY2(saved->errorMessage().contains(QStringLiteral("sign in again")),
             qPrintable(saved->errorMessage()));
    // No insecure fallback: no settings file was created for the secret.
    QDirIterator it(config, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("secret"), qPrintable(file.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestCredentialStoreWithoutKeychain)
#include "TestCredentialStoreWithoutKeychain.moc"
