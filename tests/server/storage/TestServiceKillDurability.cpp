// kill -9 durability of the service: a device pushes batches of new parties to the real
// dnd-tracker-server (SQLite) back to back while the test kills the service with SIGKILL at a
// random moment, round after round. After each kill the database file passes integrity_check, and
// once the service is started again every mutation it acknowledged is there. The device keeps what
// was not acknowledged and sends it again, as a real device's outbox does.
// DND_SERVICE_KILL_ROUNDS sets the number of kills (10 by default), DND_SERVICE_KILL_SEED repeats one.
#include "ProtocolDevice.h"
#include "ServerHarness.h"
#include "SyncProtocol.h"
#include "TestSupport.h"
#include "model/Party.h"

#include <QEventLoop>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <csignal>

using namespace dnd;
using namespace dnd::sync;
using namespace dnd::test;

namespace {

constexpr int kMutationsPerPush = 4;

// PRAGMA integrity_check of the file, on a connection of its own: "ok" or what is wrong.
QString integrityOf(const QString& path)
{
    const QString name = QStringLiteral("integrity-") + QUuid::createUuid().toString(QUuid::Id128);
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return query.lastError().text();
        while (query.next())
            verdict += query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

} // namespace

class TestServiceKillDurability final : public QObject {
    Q_OBJECT

private slots:
    void acknowledgedPushesSurviveSigkill();
};

void TestServiceKillDurability::acknowledgedPushesSurviveSigkill()
{
    const quint32 seed = qEnvironmentVariableIsSet("DND_SERVICE_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("DND_SERVICE_KILL_SEED"))
                             : QRandomGenerator::system()->generate();
    qInfo("random seed %u (set DND_SERVICE_KILL_SEED to repeat)", seed);
    QRandomGenerator random(seed);
    const int rounds = qEnvironmentVariableIsSet("DND_SERVICE_KILL_ROUNDS")
                           ? qMax(1, qEnvironmentVariableIntValue("DND_SERVICE_KILL_ROUNDS"))
                           : 10;

    ServerProcess server(fastServiceArguments());
    QVERIFY2(server.start(), server.errors().constData());
    const QString databaseFile = server.dataDir() + QStringLiteral("/server.sqlite3");
    TestAccount account;
    {
        HttpClient http(server.baseUrl());
        account = registerTestAccount(server, http, QStringLiteral("guild"));
    }
    ProtocolDevice device;
    QList<Mutation> outbox;               // made, not yet acknowledged
    QHash<QString, QString> acknowledged; // row id -> party name
    qint64 lastAcknowledged = 0;
    int pushesAcknowledged = 0;

    for (int round = 0; round < rounds; ++round) {
        if (round > 0)
            QVERIFY2(server.start(), server.errors().constData());
        HttpClient http(server.baseUrl());
        // The service may be killed in any step of a push: reading it, applying it, committing,
        // answering. Pushes follow each other without a pause until it is gone.
        const qint64 pid = server.processId();
        QTimer::singleShot(int(random.bounded(400)), [pid] { ::kill(pid_t(pid), SIGKILL); });
        for (;;) {
            while (outbox.size() < kMutationsPerPush) {
                const QString row = QUuid::createUuid().toString(QUuid::WithoutBraces);
                Party party;
                party.id = row;
                party.name = QStringLiteral("Party %1").arg(device.nextId);
                outbox.append(device.put(EntityKind::Party, row, party.toJson()));
            }
            const PushRequest request{device.clientId, kProtocolVersion, outbox};
            const HttpResponse answer =
                http.post(QStringLiteral("/api/v1/sync/push"), request.toJson(), account.accessToken);
            if (answer.status == 0)
                break; // the connection died with the service
            QVERIFY2(answer.status == 200, answer.body.constData());
            const Result<PushResponse> pushed = PushResponse::fromJson(answer.data());
            CHECK_OK(pushed);
            QVERIFY(pushed->rejected.isEmpty());
            QCOMPARE(pushed->lastMutationId, outbox.last().id);
            for (const Mutation& mutation : std::as_const(outbox))
                acknowledged.insert(mutation.rowId, mutation.fields.value(QStringLiteral("name")).toString());
            lastAcknowledged = pushed->lastMutationId;
            ++pushesAcknowledged;
            outbox.clear();
        }
        server.stop(); // collects the killed process
        QCOMPARE(integrityOf(databaseFile), QStringLiteral("ok"));

        // Started again, the service has every acknowledged party and knows how far the device got.
        QVERIFY2(server.start(), server.errors().constData());
        HttpClient after(server.baseUrl());
        // A pull comes in pages: follow them to the end of the snapshot.
        QHash<QString, QString> stored;
        qint64 rememberedMutation = 0;
        qint64 cookie = 0;
        for (bool more = true; more;) {
            const HttpResponse pulled = after.get(
                QStringLiteral("/api/v1/sync/pull?cookie=%1&clientId=%2").arg(cookie).arg(device.clientId),
                account.accessToken);
            QCOMPARE(pulled.status, 200);
            const Result<PullResponse> pull = PullResponse::fromJson(pulled.data());
            CHECK_OK(pull);
            rememberedMutation = pull->lastMutationId;
            for (const RowState& row : pull->rows)
                stored.insert(row.rowId, row.fields.value(QStringLiteral("name")).toString());
            more = pull->hasMore;
            cookie = pull->cookie;
        }
        QVERIFY2(rememberedMutation >= lastAcknowledged,
                 qPrintable(QStringLiteral("round %1: the service remembers mutation %2, %3 was acknowledged")
                                .arg(round)
                                .arg(rememberedMutation)
                                .arg(lastAcknowledged)));
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            QVERIFY2(
                stored.contains(it.key()),
                qPrintable(
                    QStringLiteral("round %1: acknowledged party %2 is missing").arg(round).arg(it.value())));
            QCOMPARE(stored.value(it.key()), it.value());
        }
        server.stop();
    }
    qInfo("%d pushes (%lld parties) acknowledged across %d kills", pushesAcknowledged,
          static_cast<long long>(acknowledged.size()), rounds);
    QVERIFY(pushesAcknowledged > 0);
}

QTEST_GUILESS_MAIN(TestServiceKillDurability)
#include "TestServiceKillDurability.moc"
