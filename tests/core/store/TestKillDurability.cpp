// kill -9 durability: a writer child commits numbered records and prints each number once commit()
// returned; the test kills it with SIGKILL at random moments, round after round, then reopens the
// file and checks that every printed number is there and the file is sound. DND_DURABILITY_ROUNDS
// sets the number of kills (20 by default).
#include "TestSupport.h"
#include "model/Party.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace dnd;
using namespace dnd::test;

namespace {

// Numbers the child printed: only complete lines count (the last one may be cut by the kill).
QList<qint64> reportedNumbers(const QByteArray& output)
{
    QList<qint64> numbers;
    const QList<QByteArray> lines = output.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        bool ok = false;
        const qint64 number = lines[i].toLongLong(&ok);
        if (ok)
            numbers << number;
    }
    return numbers;
}

} // namespace

class TestKillDurability final : public QObject {
    Q_OBJECT

private slots:
    void committedRecordsSurviveSigkill();
};

void TestKillDurability::committedRecordsSurviveSigkill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tracker.sqlite3"));
    const quint32 seed = qEnvironmentVariableIsSet("DND_DURABILITY_SEED")
                             ? quint32(qEnvironmentVariableIntValue("DND_DURABILITY_SEED"))
                             : QRandomGenerator::system()->generate();
    qInfo("random seed %u (set DND_DURABILITY_SEED to repeat)", seed);
    QRandomGenerator random(seed);
    // 20 kills keep the suite's run short; DND_DURABILITY_ROUNDS=150 is the long run of
    // docs/RELIABILITY.md.
    const int rounds = qEnvironmentVariableIsSet("DND_DURABILITY_ROUNDS")
                           ? qMax(1, qEnvironmentVariableIntValue("DND_DURABILITY_ROUNDS"))
                           : 20;
    qint64 totalReported = 0;

    for (int round = 0; round < rounds; ++round) {
        const QString prefix = QStringLiteral("r%1").arg(round);
        QProcess child;
        child.start(QStringLiteral(STORE_WRITER_CHILD), {path, prefix});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Every third round is killed at once, maybe while it opens (or migrates) the file; the
        // others once they are committing, after a random while.
        if (round % 3 != 0) {
            QByteArray seen;
            while (!seen.contains("ready\n") && child.state() == QProcess::Running) {
                child.waitForReadyRead(5000);
                seen += child.peek(64);
            }
        }
        QThread::msleep(random.bounded(round % 3 == 0 ? 30 : 250));
        QCOMPARE(child.state(), QProcess::Running);
        QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QByteArray errors = child.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());
        const QList<qint64> reported = reportedNumbers(child.readAllStandardOutput());
        totalReported += reported.size();

        ManualClock clock;
        Result<std::unique_ptr<LocalStore>> opened = LocalStore::open(path, clock);
        CHECK_OK(opened);
        LocalStore& store = **opened;
        CHECK_OK(store.database().integrityCheck());
        for (qint64 number : reported) {
            const QString id = QStringLiteral("%1-%2").arg(prefix).arg(number);
            const std::optional<Party> party = store.get<Party>(id);
            QVERIFY2(party.has_value(),
                     qPrintable(QStringLiteral("record %1 was reported committed but is missing").arg(id)));
            QCOMPARE(party->name, QStringLiteral("Party %1").arg(number));
        }
        // Commits are all-or-nothing and in order: the round's records are 0..n-1 with n at most
        // one more than reported (killed between commit and print), each party with its character
        // and both with their outbox rows.
        QSqlQuery query(store.database().connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT count(*), (SELECT count(*) FROM character WHERE id LIKE '%1-%%'), "
                           "(SELECT count(*) FROM outbox WHERE row_id LIKE '%1-%%') "
                           "FROM party WHERE id LIKE '%1-%%'")
                .arg(prefix)));
        QVERIFY(query.next());
        const qint64 stored = query.value(0).toLongLong();
        QCOMPARE(query.value(1).toLongLong(), stored);
        QCOMPARE(query.value(2).toLongLong(), 2 * stored);
        QVERIFY2(stored == reported.size() || stored == reported.size() + 1,
                 qPrintable(QStringLiteral("round %1: %2 stored, %3 reported")
                                .arg(round)
                                .arg(stored)
                                .arg(reported.size())));
        for (qint64 number = 0; number < stored; ++number) {
            const QString id = QStringLiteral("%1-%2").arg(prefix).arg(number);
            QVERIFY(store.document(EntityKind::Party, id));
            const std::optional<Character> hero = store.get<Character>(id + QStringLiteral("-hero"));
            QVERIFY2(hero.has_value(), qPrintable(id + QStringLiteral(" was kept without its character")));
            QCOMPARE(hero->partyId, id);
        }
    }
    qInfo("%lld commits reported across %d kills", static_cast<long long>(totalReported), rounds);
    QVERIFY(totalReported > 0);
}

QTEST_GUILESS_MAIN(TestKillDurability)
#include "TestKillDurability.moc"
