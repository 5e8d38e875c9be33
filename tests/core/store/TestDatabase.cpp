// Database: pragmas, the prepared-statement cache, transactions and savepoints, error codes.
#include "TestSupport.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace dnd;
using namespace dnd::test;

class TestDatabase final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void freshFileIsConfigured();
    void preparedStatementsAreReusedAndStable();
    void failedPrepareIsReportedAndNotCached();
    void transactionCommitsOrRollsBack();
    void nestedTransactionUsesSavepoint();
    void outerFailureUndoesNestedWork();
    void errorCodesFollowSqliteResultCodes();
    void busyFileReportsBusy();
    void readOnlyModeRefusesWrites();
    void readOnlyOpenOfMissingFileFails();
    void checkpointsRunOnAWorkerWhenAsked();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("tracker.sqlite3"));
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    CHECK_OK(opened);
    m_db = std::move(opened).value();
}

void TestDatabase::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDatabase::freshFileIsConfigured()
{
    QCOMPARE(m_db->schemaVersion(), latestSchemaVersion());
    QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
    QCOMPARE(m_db->journalMode(), QStringLiteral("wal"));
    QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(*m_db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(scalar(*m_db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    CHECK_OK(m_db->integrityCheck());
    QVERIFY(m_db->handle() != nullptr);
}

void TestDatabase::preparedStatementsAreReusedAndStable()
{
    const QString sql = QStringLiteral("SELECT value FROM setting WHERE key = ?");
    const qsizetype before = m_db->preparedCount();
    QSqlQuery& first = m_db->prepared(sql);
    QCOMPARE(&m_db->prepared(sql), &first);
    QCOMPARE(m_db->preparedCount(), before + 1);
    CHECK_OK(m_db->exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', 'apple')")));

    // Many other statements force the cache to grow; the first reference must stay usable.
    for (int i = 0; i < 300; ++i)
        (void)m_db->prepared(QStringLiteral("SELECT %1 FROM setting WHERE key = ?").arg(i));
    QCOMPARE(m_db->preparedCount(), before + 301);
    first.addBindValue(QStringLiteral("a"));
    CHECK_OK(m_db->exec(first));
    QVERIFY(first.next());
    QCOMPARE(first.value(0).toString(), QStringLiteral("apple"));
    // Handing it out again resets it; binding works afresh.
    QSqlQuery& again = m_db->prepared(sql);
    QCOMPARE(&again, &first);
    again.addBindValue(QStringLiteral("missing"));
    CHECK_OK(m_db->exec(again));
    QVERIFY(!again.next());
}

void TestDatabase::failedPrepareIsReportedAndNotCached()
{
    const QString sql = QStringLiteral("SELECT note FROM later_table WHERE id = ?");
    const qsizetype before = m_db->preparedCount();
    QSqlQuery& broken = m_db->prepared(sql);
    broken.addBindValue(1);
    const Status status = m_db->exec(broken);
    QVERIFY(!status.ok());
    QVERIFY2(status.errorMessage().contains(QStringLiteral("later_table")),
             qPrintable(status.errorMessage()));
    QCOMPARE(m_db->preparedCount(), before);

    // Once the table exists the same text prepares fine.
    CHECK_OK(m_db->exec(QStringLiteral("CREATE TABLE later_table (id INTEGER PRIMARY KEY, note TEXT)")));
    CHECK_OK(m_db->exec(QStringLiteral("INSERT INTO later_table VALUES (1, 'found')")));
    QSqlQuery& fixed = m_db->prepared(sql);
    fixed.addBindValue(1);
    CHECK_OK(m_db->exec(fixed));
    QVERIFY(fixed.next());
    QCOMPARE(fixed.value(0).toString(), QStringLiteral("found"));
    QCOMPARE(m_db->preparedCount(), before + 1);
}

void TestDatabase::transactionCommitsOrRollsBack()
{
    bool insideTransaction = false;
    QVERIFY(m_db->transaction([&] {
                    insideTransaction = m_db->inTransaction();
                    return m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('kept', '1')"));
                })
                .ok());
    QVERIFY(insideTransaction);
    QVERIFY(!m_db->inTransaction());
    const Status failed = m_db->transaction([&]() -> Status {
        if (Status s = m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('dropped', '1')")); !s)
            return s;
        return Error::make(QStringLiteral("TEST"), QStringLiteral("stop here"));
    });
    QCOMPARE(failed.error().code, QStringLiteral("TEST"));
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT group_concat(key) FROM setting")).toString(),
             QStringLiteral("kept"));
}

void TestDatabase::nestedTransactionUsesSavepoint()
{
    const Status outer = m_db->transaction([&]() -> Status {
        if (Status s = m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('outer', '1')")); !s)
            return s;
        const Status inner = m_db->transaction([&]() -> Status {
            if (m_db->transactionDepth() != 2)
                return Error::make(QStringLiteral("TEST"), QStringLiteral("depth"));
            if (Status s = m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('inner', '1')")); !s)
                return s;
            return Error::make(QStringLiteral("INNER"), QStringLiteral("inner gives up"));
        });
        if (inner.ok() || inner.error().code != QLatin1String("INNER"))
            return Error::make(QStringLiteral("TEST"), QStringLiteral("inner result lost"));
        // The outer body carries on after the inner failure; only the inner work is gone.
        return m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('after', '1')"));
    });
    CHECK_OK(outer);
    QCOMPARE(scalar(*m_db, QStringLiteral(
                               "SELECT group_concat(key, ',') FROM (SELECT key FROM setting ORDER BY key)"))
                 .toString(),
             QStringLiteral("after,outer"));
}

void TestDatabase::outerFailureUndoesNestedWork()
{
    const Status outer = m_db->transaction([&]() -> Status {
        const Status inner = m_db->transaction(
            [&] { return m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('inner', '1')")); });
        if (!inner)
            return inner;
        return Error::make(QStringLiteral("OUTER"), QStringLiteral("outer gives up"));
    });
    QCOMPARE(outer.error().code, QStringLiteral("OUTER"));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM setting")).toInt(), 0);
    QCOMPARE(m_db->transactionDepth(), 0);
}

void TestDatabase::errorCodesFollowSqliteResultCodes()
{
    CHECK_OK(m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('k', 'v')")));
    const Status duplicate = m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('k', 'w')"));
    QCOMPARE(duplicate.error().code, codes::kDbConstraint);
    const Status badDoc = m_db->exec(QStringLiteral(
        "INSERT INTO party (id, cl, created_at, updated_at, doc) VALUES ('p', 1, 0, 0, 'not json')"));
    QCOMPARE(badDoc.error().code, codes::kDbConstraint);
    const Status syntax = m_db->exec(QStringLiteral("SELEC nothing"));
    QCOMPARE(syntax.error().code, codes::kDbIo);
    QVERIFY(!syntax.errorMessage().isEmpty());

    QCOMPARE(Database::sqlError(QStringLiteral("read"),
                                QSqlError(QStringLiteral("malformed"),
                                          QStringLiteral("database disk image is malformed"),
                                          QSqlError::StatementError, QString::number(SQLITE_CORRUPT)))
                 .code,
             codes::kDbCorrupt);
    QCOMPARE(Database::sqlError(QStringLiteral("read"),
                                QSqlError(QString(), QStringLiteral("file is not a database"),
                                          QSqlError::StatementError, QString::number(SQLITE_NOTADB)))
                 .code,
             codes::kDbCorrupt);
    QCOMPARE(Database::sqlError(QStringLiteral("write"),
                                QSqlError(QString(), QStringLiteral("database or disk is full"),
                                          QSqlError::StatementError, QString::number(SQLITE_FULL)))
                 .code,
             codes::kDbFull);
    QCOMPARE(Database::sqlError(QStringLiteral("write"),
                                QSqlError(QString(), QStringLiteral("locked"), QSqlError::StatementError,
                                          QString::number(SQLITE_BUSY | (1 << 8))))
                 .code,
             codes::kDbBusy);
    QCOMPARE(
        Database::sqlError(QStringLiteral("read"), QStringLiteral("database disk image is malformed")).code,
        codes::kDbCorrupt);
    QCOMPARE(Database::sqlError(QStringLiteral("read"), QStringLiteral("no such table: x")).code,
             codes::kDbIo);
}

void TestDatabase::busyFileReportsBusy()
{
    // Another process holds the write lock; after the busy timeout the store says so clearly.
    sqlite3* other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    CHECK_OK(m_db->exec(QStringLiteral("PRAGMA busy_timeout = 50")));
    const Status status = m_db->transaction(
        [&] { return m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('x', 'y')")); });
    QCOMPARE(status.error().code, codes::kDbBusy);
    QVERIFY(status.errorMessage().contains(QStringLiteral("another program")));
    QCOMPARE(m_db->transactionDepth(), 0);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QVERIFY(
        m_db->transaction([&] { return m_db->exec(QStringLiteral("INSERT INTO setting VALUES ('x', 'y')")); })
            .ok());
}

void TestDatabase::readOnlyModeRefusesWrites()
{
    m_db.reset();
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    Result<std::unique_ptr<Database>> readOnly = Database::open(m_path, options);
    CHECK_OK(readOnly);
    QVERIFY((*readOnly)->isReadOnly());
    const Status written = (*readOnly)->exec(QStringLiteral("INSERT INTO setting VALUES ('x', 'y')"));
    CHECK_FAILS(written, codes::kDbReadOnlyFile);
    // Refused as a write to a read-only file, not for some other reason.
    QVERIFY2(written.errorMessage().contains(QStringLiteral("readonly")), qPrintable(written.errorMessage()));
    QCOMPARE(scalar(**readOnly, QStringLiteral("SELECT count(*) FROM setting")).toInt(), 0);
}

void TestDatabase::readOnlyOpenOfMissingFileFails()
{
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    const QString missing = m_dir->filePath(QStringLiteral("nothing.sqlite3"));
    Result<std::unique_ptr<Database>> opened = Database::open(missing, options);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, codes::kDbUnreadable);
    QVERIFY(!QFileInfo::exists(missing));
}

// With checkpoints in the background, commits that fill the write-ahead log leave copying it into
// the file to a worker: the file receives the data although no commit checkpointed.
void TestDatabase::checkpointsRunOnAWorkerWhenAsked()
{
    CHECK_OK(m_db->exec(QStringLiteral("CREATE TABLE filler (page BLOB NOT NULL)")));
    const qint64 fileBefore = QFileInfo(m_path).size();
    m_db->setCheckpointsInBackground(true);
    constexpr int kCommits = 60;
    constexpr int kPagesPerCommit = 100; // 6,000 pages in all, six times the checkpoint threshold
    for (int commit = 0; commit < kCommits; ++commit) {
        CHECK_OK(m_db->transaction([&]() -> Status {
            QSqlQuery& insert =
                m_db->prepared(QStringLiteral("INSERT INTO filler (page) VALUES (randomblob(4000))"));
            for (int page = 0; page < kPagesPerCommit; ++page)
                if (Status s = m_db->exec(insert); !s)
                    return s;
            return {};
        }));
    }
    m_db->awaitBackgroundCheckpoint();
    QVERIFY(m_db->backgroundCheckpoints() > 0);
    const qint64 pageSize = scalar(*m_db, QStringLiteral("PRAGMA page_size")).toLongLong();
    const qint64 grown = QFileInfo(m_path).size() - fileBefore;
    QVERIFY2(grown >= qint64(Database::kCheckpointPages) * pageSize,
             qPrintable(QStringLiteral("the file grew by %1 bytes").arg(grown)));
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM filler")).toInt(),
             kCommits * kPagesPerCommit);
    CHECK_OK(m_db->integrityCheck());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
