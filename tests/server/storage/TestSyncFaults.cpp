// Edge case 7 of the sync design on the service: a push whose i-th database operation fails, for
// every i, leaves nothing behind, and the device's resend then ends in exactly the state of a run
// without failures. Runs the service's sync code in-process on a real SQLite file so every
// operation can be failed in turn.
#include "TestSupport.h"
#include "billing/PlanCatalog.h"
#include "model/Party.h"
#include "storage/EntityRepository.h"
#include "storage/ServerDatabase.h"
#include "storage/SyncRepository.h"
#include "store/HybridLogicalClock.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dnd;
using namespace dnd::server;
using namespace dnd::sync;

namespace {

const QString kAccount = QStringLiteral("account-1");
const QString kDevice = QStringLiteral("0123456789abcdef0123456789abcdef");

QString clockAt(qint64 offsetMs, int counter = 0)
{
    return QStringLiteral("%1-%2-%3")
        .arg(QDateTime::currentMSecsSinceEpoch() - 60000 + offsetMs, 15, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(kDevice);
}

QJsonObject partyDoc(const QString& id, const QString& name)
{
    Party party;
    party.id = id;
    party.name = name;
    return party.toJson();
}

// The service's sync side on one database file, as the running service wires it.
struct Service {
    explicit Service(const QString& path)
        : db(ServerDatabase::open(QStringLiteral("sqlite://") + path, QUuid::createUuid().toString())
                 .value()),
          hlc(SystemClock::instance(), QStringLiteral("service")), entities(*db, hlc),
          sync(*db, hlc, entities)
    {}
    std::unique_ptr<ServerDatabase> db;
    HybridLogicalClock hlc;
    EntityRepository entities;
    SyncRepository sync;

    // Everything a device could learn from the service: rows, clocks, its progress.
    QString state()
    {
        const PullResponse pull = sync.pull(kAccount, kDevice, 0).value();
        QJsonObject json = pull.toJson();
        // The version numbers and each file's epoch may differ, the data may not.
        json.remove(QStringLiteral("cookie"));
        json.remove(QStringLiteral("epoch"));
        QJsonArray rows;
        for (QJsonValue row : json.value(QStringLiteral("rows")).toArray()) {
            QJsonObject object = row.toObject();
            object.remove(QStringLiteral("version"));
            rows.append(object);
        }
        json.insert(QStringLiteral("rows"), rows);
        return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
};

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT
private slots:
    void everyFailedOperationLeavesNothingBehind();

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A service whose database already holds the first batch of the device.
    std::unique_ptr<Service> prepared(const PushRequest& first, const Plan& plan)
    {
        auto service =
            std::make_unique<Service>(m_dir.filePath(QStringLiteral("service-%1.db").arg(++m_files)));
        if (!service->db->migrate() || !service->entities.createSpace(kAccount) ||
            !service->sync.push(kAccount, first, plan))
            return nullptr;
        return service;
    }
};

void TestSyncFaults::everyFailedOperationLeavesNothingBehind()
{
    const Plan plan = PlanCatalog::fromJson(R"({"currency":"usd","plans":[{"tier":"free","name":"Free",
        "monthlyPrice":0,"stripePriceId":null,"limits":{"parties":3,"encounters":null,"creatures":null,
        "devices":2,"combatLogEntries":null},"features":{"liveView":false}}]})")
                          .value()
                          .plans()
                          .first();
    const QString kept = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString doomed = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString added = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const PushRequest first{
        kDevice,
        kProtocolVersion,
        {Mutation{1, EntityKind::Party, kept, MutationOp::Put, partyDoc(kept, "Kept"), clockAt(0), 1},
         Mutation{2, EntityKind::Party, doomed, MutationOp::Put, partyDoc(doomed, "Doomed"), clockAt(1), 1}}};
    // The batch under test touches every path: a field edit, a delete, a creation, a rejection
    // (invalid record), a stale edit that loses, and one already applied (a resend overlap).
    QJsonObject invalid = partyDoc(added, QString());
    const PushRequest second{
        kDevice,
        kProtocolVersion,
        {first.mutations.at(1),
         Mutation{3, EntityKind::Party, kept, MutationOp::Put, {{"description", "Edited"}}, clockAt(10), 1},
         Mutation{4, EntityKind::Party, doomed, MutationOp::Delete, {}, clockAt(11), 2},
         Mutation{5, EntityKind::Party, added, MutationOp::Put, invalid, clockAt(12), 1},
         Mutation{6, EntityKind::Party, added, MutationOp::Put, partyDoc(added, "Added"), clockAt(13), 1},
         Mutation{7, EntityKind::Party, doomed, MutationOp::Put, {{"name", "Too late"}}, clockAt(14), 1}}};

    std::unique_ptr<Service> clean = prepared(first, plan);
    QVERIFY(clean);
    clean->db->failOperation(0);
    const Result<SyncRepository::PushOutcome> cleanPush = clean->sync.push(kAccount, second, plan);
    CHECK_OK(cleanPush);
    QCOMPARE(cleanPush->response.lastMutationId, 7);
    QCOMPARE(cleanPush->response.rejected.size(), 1);
    const int operations = clean->db->operationsCounted();
    const QString expected = clean->state();
    QVERIFY(operations > 10);

    for (int failing = 1; failing <= operations; ++failing) {
        std::unique_ptr<Service> service = prepared(first, plan);
        QVERIFY(service);
        const QString before = service->state();
        service->db->failOperation(failing);
        const Result<SyncRepository::PushOutcome> failed = service->sync.push(kAccount, second, plan);
        QVERIFY2(!failed.ok(), qPrintable(QStringLiteral("operation %1 of %2").arg(failing).arg(operations)));
        service->db->failOperation(0);
        QCOMPARE(service->state(), before);
        // The device got no answer and sends the same batch again.
        const Result<SyncRepository::PushOutcome> resent = service->sync.push(kAccount, second, plan);
        CHECK_OK(resent);
        QCOMPARE(resent->response.lastMutationId, 7);
        QCOMPARE(service->state(), expected);
    }
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "TestSyncFaults.moc"
