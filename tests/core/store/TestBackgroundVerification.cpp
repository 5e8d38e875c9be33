// Opening with the page check in the background: a damaged file still opens at once, but nothing
// is ever written to it (the first commit is refused with DB_CORRUPT and every byte stays as it
// was); a sound file accepts commits as usual.
#include "SampleEntities.h"
#include "TestSupport.h"
#include "util/ErrorCodes.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace dnd;
using namespace dnd::test;

namespace {

Database::Options backgroundCheck()
{
    Database::Options options;
    options.verifyInBackground = true;
    return options;
}

} // namespace

class TestBackgroundVerification final : public QObject {
    Q_OBJECT

private slots:
    void damagedFileOpensButIsNeverWritten();
    void soundFileAcceptsCommits();
    void synchronousOpenStillRefusesDamage();
    void missingFileNeedsNoCheck();
};

void TestBackgroundVerification::damagedFileOpensButIsNeverWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    CHECK_OK(fillStoreFile(path, 300));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 64 * 4096);
    // Damage pages in the middle of the file; the header and the schema page stay readable.
    const qint64 middle = (size / 2) / 4096 * 4096;
    QVERIFY(overwriteBytes(path, middle, noiseBytes(8 * 4096, 5)));
    const QByteArray before = fileBytes(path);

    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock, backgroundCheck());
    CHECK_OK(store);
    Database& database = (*store)->database();

    const Status check = database.awaitVerification();
    QVERIFY(!check.ok());
    QCOMPARE(check.error().code, codes::kDbCorrupt);
    QVERIFY2(check.errorMessage().contains(path), qPrintable(check.errorMessage()));
    QVERIFY(database.verification().isFinished());
    QVERIFY(!database.verification().result().ok());

    const Party party = sampleParty();
    ChangeSet changes;
    changes.put(party);
    const Result<ChangeSet> committed = (*store)->commit(changes);
    QVERIFY(!committed.ok());
    QCOMPARE(committed.error().code, codes::kDbCorrupt);
    CHECK_FAILS((*store)->setSetting(QStringLiteral("k"), QStringLiteral("v")), codes::kDbCorrupt);
    QCOMPARE(fileBytes(path), before);

    // Closing must not checkpoint anything into the damaged file either.
    store = Error::make(QString(), QString());
    QCOMPARE(fileBytes(path), before);
}

void TestBackgroundVerification::soundFileAcceptsCommits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    CHECK_OK(fillStoreFile(path, 300));
    ManualClock clock;
    {
        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock, backgroundCheck());
        CHECK_OK(store);
        // The commit waits for the check when it is still running, then proceeds.
        const Party party = sampleParty();
        ChangeSet changes;
        changes.put(party).put(sampleCharacter(party.id));
        const Result<ChangeSet> committed = (*store)->commit(changes);
        CHECK_OK(committed);
        QVERIFY((*store)->database().verification().isFinished());
        CHECK_OK((*store)->database().awaitVerification());
        QVERIFY((*store)->get<Party>(party.id).has_value());
    }
    // Checkpointed on close as usual: a synchronous open of the file finds it sound with the party.
    Result<std::unique_ptr<LocalStore>> reopened = LocalStore::open(path, clock);
    CHECK_OK(reopened);
    QCOMPARE((*reopened)->count(EntityKind::Party), qint64(1));
    CHECK_OK((*reopened)->database().integrityCheck());
}

void TestBackgroundVerification::synchronousOpenStillRefusesDamage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    CHECK_OK(fillStoreFile(path, 300));
    const qint64 size = QFileInfo(path).size();
    QVERIFY(overwriteBytes(path, (size / 2) / 4096 * 4096, noiseBytes(8 * 4096, 9)));
    const QByteArray before = fileBytes(path);
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, codes::kDbCorrupt);
    QCOMPARE(fileBytes(path), before);
}

void TestBackgroundVerification::missingFileNeedsNoCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock, backgroundCheck());
    CHECK_OK(store);
    QVERIFY((*store)->database().verification().isFinished());
    CHECK_OK((*store)->database().awaitVerification());
    ChangeSet changes;
    changes.put(sampleParty());
    CHECK_OK((*store)->commit(changes));
}

QTEST_GUILESS_MAIN(TestBackgroundVerification)
#include "TestBackgroundVerification.moc"
