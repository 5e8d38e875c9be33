// Opening a damaged, truncated, unreadable or newer data file fails with the right error code and
// a clear message, and leaves every byte of the file as it was.
#include "SampleEntities.h"
#include "TestSupport.h"
#include "store/Migrations.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace dnd;
using namespace dnd::test;

class TestSafeOpen final : public QObject {
    Q_OBJECT

private slots:
    void refusesWithoutTouching_data();
    void refusesWithoutTouching();
    void pathIsADirectory();
    void emptyFileBecomesAFreshStore();
    void soundFileWithLeftoverLogOpens();
};

void TestSafeOpen::refusesWithoutTouching_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("garbage file") << QStringLiteral("garbage") << codes::kDbCorrupt;
    QTest::newRow("text file") << QStringLiteral("text") << codes::kDbCorrupt;
    QTest::newRow("damaged magic") << QStringLiteral("magic") << codes::kDbCorrupt;
    QTest::newRow("damaged page size") << QStringLiteral("pagesize") << codes::kDbCorrupt;
    QTest::newRow("damaged pages") << QStringLiteral("pages") << codes::kDbCorrupt;
    QTest::newRow("damaged schema page") << QStringLiteral("page1") << codes::kDbCorrupt;
    QTest::newRow("truncated to half") << QStringLiteral("half") << codes::kDbCorrupt;
    QTest::newRow("truncated inside header") << QStringLiteral("header") << codes::kDbCorrupt;
    QTest::newRow("newer schema") << QStringLiteral("newer") << codes::kDbTooNew;
}

void TestSafeOpen::refusesWithoutTouching()
{
    QFETCH(QString, damage);
    QFETCH(QString, expectedCode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    CHECK_OK(fillStoreFile(path, 150, ChangeOrigin::Bundled, true));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 100 * 1024);

    if (damage == QLatin1String("garbage")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(noiseBytes(64 * 1024, 7));
    } else if (damage == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name,hp\ngoblin,7\n");
    } else if (damage == QLatin1String("magic")) {
        QVERIFY(overwriteBytes(path, 0, QByteArrayLiteral("SQLite format 4")));
    } else if (damage == QLatin1String("pagesize")) {
        QVERIFY(overwriteBytes(path, 16, QByteArray::fromHex("0300")));
    } else if (damage == QLatin1String("pages")) {
        // Every page after the schema page, but keep the file's length.
        QVERIFY(overwriteBytes(path, 4096, noiseBytes(size - 4096, 11)));
    } else if (damage == QLatin1String("page1")) {
        QVERIFY(overwriteBytes(path, 100, noiseBytes(4096 - 100, 13)));
    } else if (damage == QLatin1String("half")) {
        QVERIFY(QFile::resize(path, size / 2));
    } else if (damage == QLatin1String("header")) {
        QVERIFY(QFile::resize(path, 60));
    } else if (damage == QLatin1String("newer")) {
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(latestSchemaVersion() + 1);
        QCOMPARE(sqlite3_exec(raw, pragma.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_close(raw), SQLITE_OK);
    }
    const QByteArray before = fileBytes(path);
    QVERIFY(!before.isEmpty());

    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, expectedCode);
    QVERIFY2(store.errorMessage().contains(path), qPrintable(store.errorMessage()));
    if (expectedCode == codes::kDbTooNew) {
        QVERIFY(store.errorMessage().contains(QStringLiteral("newer version")));
        QVERIFY(store.errorMessage().contains(QStringLiteral("schema %1").arg(latestSchemaVersion() + 1)));
    } else {
        QVERIFY2(store.errorMessage().contains(QStringLiteral("damaged")) ||
                     store.errorMessage().contains(QStringLiteral("truncated")),
                 qPrintable(store.errorMessage()));
        QVERIFY(store.errorMessage().contains(QStringLiteral("untouched")));
    }
    QCOMPARE(fileBytes(path), before);

    // A read-only open (what `check` does) fails too, or its integrity check does.
    Database::Options readOnly;
    readOnly.mode = Database::Mode::ReadOnly;
    readOnly.verify = false;
    Result<std::unique_ptr<Database>> reader = Database::open(path, readOnly);
    if (reader.ok())
        QVERIFY(!(*reader)->integrityCheck().ok());
    else
        QCOMPARE(reader.error().code, expectedCode);
    reader = Error::make(QString(), QString());
    QCOMPARE(fileBytes(path), before);
}

void TestSafeOpen::pathIsADirectory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    QVERIFY(QDir().mkpath(path));
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code, codes::kDbUnreadable);
    QVERIFY(store.errorMessage().contains(QStringLiteral("not a regular file")));
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir(path).isEmpty());
}

void TestSafeOpen::emptyFileBecomesAFreshStore()
{
    // A zero-length file holds nothing to lose (it is what an interrupted first start leaves).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> store = LocalStore::open(path, clock);
    CHECK_OK(store);
    QCOMPARE((*store)->database().schemaVersion(), latestSchemaVersion());
}

void TestSafeOpen::soundFileWithLeftoverLogOpens()
{
    // A process killed mid-session leaves a write-ahead log whose frames the main file lacks: that
    // is normal and must not be mistaken for truncation.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite3"));
    ManualClock clock;
    Result<std::unique_ptr<LocalStore>> writer = LocalStore::open(path, clock);
    CHECK_OK(writer);
    ChangeSet changes;
    for (int i = 0; i < 50; ++i)
        changes.put(sampleParty(QStringLiteral("Party %1").arg(i)));
    CHECK_OK((*writer)->commit(changes));
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    // Copy the file and its log while the writer still has them open, as a crash would leave them.
    QVERIFY(QFile::copy(path, copy));
    QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    writer = Error::make(QString(), QString());

    Result<std::unique_ptr<LocalStore>> reopened = LocalStore::open(copy, clock);
    CHECK_OK(reopened);
    QCOMPARE((*reopened)->count(EntityKind::Party), 50);
    CHECK_OK((*reopened)->database().integrityCheck());
}

QTEST_GUILESS_MAIN(TestSafeOpen)
#include "TestSafeOpen.moc"
