// PostgreSQL stopped and started again under the real service: while the database is down every
// request that needs it is answered 503 UNAVAILABLE with Retry-After (not a 500, not a hang), and
// once it is back the service reconnects by itself and has every push it acknowledged before.
// The test runs a PostgreSQL cluster of its own (scripts/pg-test-cluster.sh), so stopping it
// disturbs no other test.
#include "ProtocolDevice.h"
#include "ServerHarness.h"
#include "SyncProtocol.h"
#include "TestSupport.h"
#include "model/Party.h"

#include <QDir>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace dnd;
using namespace dnd::sync;
using namespace dnd::test;

class TestDatabaseOutage final : public QObject {
    Q_OBJECT

private:
    quint16 m_clusterPort = 0;
    // Not a QTemporaryDir: as root the cluster runs as the postgres user, who must reach the folder.
    QString clusterDir() const
    {
        return QDir::temp().filePath(QStringLiteral("dnd-outage-pg-%1").arg(m_clusterPort));
    }

    // Runs the cluster script; false (with its output in the log) when it failed.
    bool cluster(const QString& action)
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::MergedChannels);
        script.start(sourcePath(QStringLiteral("scripts/pg-test-cluster.sh")),
                     {action, clusterDir(), QString::number(m_clusterPort)});
        if (!script.waitForFinished(120000) || script.exitCode() != 0) {
            qWarning("pg-test-cluster.sh %s failed: %s", qPrintable(action), script.readAll().constData());
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        m_clusterPort = freePort();
        QVERIFY(cluster(QStringLiteral("start")));
        qputenv("DND_TEST_DATABASE_URL",
                QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_clusterPort).toUtf8());
    }

    void cleanupTestCase() { cluster(QStringLiteral("stop")); }

    void outageAnswers503AndTheServiceRecoversWithEverything()
    {
        RunningService service;
        QVERIFY2(service.start(), service.server->errors().constData());
        HttpClient& http = *service.http;
        const TestAccount account = registerTestAccount(*service.server, http, QStringLiteral("guild"));
        ProtocolDevice device;
        auto pushParties = [&](int count) {
            QList<Mutation> mutations;
            for (int i = 0; i < count; ++i) {
                Party party;
                party.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                party.name = QStringLiteral("Party %1").arg(device.nextId);
                mutations << device.put(EntityKind::Party, party.id, party.toJson());
            }
            return std::make_pair(
                mutations, http.post(QStringLiteral("/api/v1/sync/push"),
                                     PushRequest{device.clientId, kProtocolVersion, mutations}.toJson(),
                                     account.accessToken));
        };
        const auto [acknowledged, before] = pushParties(5);
        QCOMPARE(before.status, 200);

        QVERIFY(cluster(QStringLiteral("halt")));
        // Requests keep coming while the database is gone: each is refused as unavailable.
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 503);
        for (int i = 0; i < 5; ++i) {
            const auto [refusedMutations, refused] = pushParties(2);
            QCOMPARE(refused.status, 503);
            QCOMPARE(refused.errorCode(), api::kUnavailable);
            QCOMPARE(refused.headers.value("retry-after"), QByteArray("5"));
            // The mutations stay in the device's outbox; numbering goes on after them.
            device.nextId -= refusedMutations.size();
            const HttpResponse list = http.get(QStringLiteral("/api/v1/parties"), account.accessToken);
            QCOMPARE(list.status, 503);
            QVERIFY2(!list.body.contains("FATAL") && !list.body.contains("terminating"),
                     list.body.constData()); // the database's own words stay in the log
        }

        QVERIFY(cluster(QStringLiteral("resume")));
        int healthy = 0;
        for (int attempt = 0; attempt < 150 && healthy != 200; ++attempt) {
            healthy = http.get(QStringLiteral("/healthz")).status;
            if (healthy != 200)
                QThread::msleep(100);
        }
        QCOMPARE(healthy, 200); // reconnected without a restart

        const auto [after, pushedAfter] = pushParties(3);
        QCOMPARE(pushedAfter.status, 200);
        const HttpResponse pulled =
            http.get(QStringLiteral("/api/v1/sync/pull?cookie=0&clientId=%1").arg(device.clientId),
                     account.accessToken);
        QCOMPARE(pulled.status, 200);
        const Result<PullResponse> pull = PullResponse::fromJson(pulled.data());
        CHECK_OK(pull);
        QStringList stored;
        for (const RowState& row : pull->rows)
            stored << row.rowId;
        for (const Mutation& mutation : acknowledged + after)
            QVERIFY2(stored.contains(mutation.rowId),
                     qPrintable(mutation.rowId + QStringLiteral(" is missing")));
        QCOMPARE(pull->lastMutationId, after.last().id);
        service.server->stop();
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOutage)
#include "TestDatabaseOutage.moc"
