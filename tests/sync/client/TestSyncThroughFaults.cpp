// The real engine and its HTTP transport against the real service, through a proxy that breaks
// requests the way networks and nginx do (tests/support/FaultProxy.h). For every fault, on a push
// and on a pull: the outbox drains exactly once (the service holds each change once, under this
// device's numbering, with nothing left over), every rejection is reported exactly once (the
// engine's signal and the durable list), and the engine gets there by itself: it never stops in a
// way that needs the user to resume it.
#include "FaultProxy.h"
#include "SampleEntities.h"
#include "ServerHarness.h"
#include "SyncedDevice.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace dnd;
using namespace dnd::sync;
using Fault = test::FaultProxy::Fault;

namespace {

constexpr int kEngineTimeoutMs = 1500;

QString newParty(LocalStore& store, const QString& name)
{
    const Party party = test::sampleParty(name);
    store.commit(ChangeSet().put(party)).value();
    return party.id;
}

// A statblock whose traits make it about `bytes` long as a push.
Creature creatureOfSize(qsizetype bytes)
{
    Creature creature = test::sampleCreature();
    CreatureAction lore;
    lore.name = QStringLiteral("Lore");
    lore.description = QString(bytes, QLatin1Char('x'));
    creature.traits = {lore};
    return creature;
}

} // namespace

class TestSyncThroughFaults : public QObject {
    Q_OBJECT

private:
    test::RunningService m_service;
    std::unique_ptr<test::FaultProxy> m_proxy;

    // A device of a new account, syncing through the proxy with a short timeout.
    std::unique_ptr<test::SyncedDevice> newDevice(const QString& tier)
    {
        const QString token = test::registerTestAccount(*m_service.server, *m_service.http, tier).accessToken;
        auto device = std::make_unique<test::SyncedDevice>(m_proxy->baseUrl(), token);
        device->http.setTimeout(kEngineTimeoutMs);
        return device;
    }

    // The service holds exactly what the device holds, but for the records it refused, and has
    // processed every change the device issued.
    void checkServiceEqualsDevice(test::SyncedDevice& device)
    {
        qint64 processed = -1;
        const QStringList service = test::serviceRows(m_service.server->baseUrl(), device.token,
                                                      device.store->clientId(), &processed);
        QStringList local = test::syncedRows(*device.store);
        for (const SyncRejection& refused : device.store->rejections())
            local.removeIf([&](const QString& row) { return row.contains(refused.rowId); });
        QVERIFY2(service == local,
                 test::firstDifference(local.join('\n').toUtf8(), service.join('\n').toUtf8()));
        QCOMPARE(processed, device.store->lastIssuedMutation().value());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_proxy = std::make_unique<test::FaultProxy>();
        QVERIFY(m_proxy->listen(m_service.server->port()));
        m_proxy->setDelayMs(kEngineTimeoutMs + 1000);
    }
    void init()
    {
        // A test starts with no fault scripted and no limit.
        m_proxy->script({});
        m_proxy->setBodyLimit(0);
        QVERIFY(QTest::qWaitFor([this] { return m_proxy->inFlight() == 0; }, 10000));
    }

    void everyFaultDrainsTheOutboxOnce_data()
    {
        QTest::addColumn<Fault>("fault");
        const auto faults = QMetaEnum::fromType<Fault>();
        for (int i = 0; i < faults.keyCount(); ++i)
            QTest::newRow(faults.key(i)) << Fault(faults.value(i));
    }
    void everyFaultDrainsTheOutboxOnce()
    {
        QFETCH(Fault, fault);
        // The free plan takes one party: the second is refused, so the push carries a rejection.
        auto device = newDevice(QStringLiteral("free"));
        LocalStore& store = *device->store;
        const QString kept = newParty(store, QStringLiteral("Kept"));
        CHECK_OK(store.commit(ChangeSet().put(EntityKind::Party, kept, {{"description", "Sundays"}})));
        const QString refused = newParty(store, QStringLiteral("Over the plan's limit"));
        CHECK_OK(store.commit(ChangeSet().put(test::sampleCharacter(kept))));
        const int eventsBefore = int(m_proxy->events().size());

        // The first push gets the fault.
        m_proxy->script({fault});
        QString why;
        QVERIFY2(device->syncUntilInStep(60000, &why), qPrintable(why));
        QCOMPARE(m_proxy->events().at(eventsBefore).fault, fault);
        QVERIFY(m_proxy->events().at(eventsBefore).request.path.startsWith("/api/v1/sync/push"));
        checkServiceEqualsDevice(*device);
        QCOMPARE(device->reported.size(), 1);
        QCOMPARE(device->reported.first().code, QStringLiteral("LIMIT_EXCEEDED"));
        QCOMPARE(store.rejections().size(), 1);
        QCOMPARE(store.rejections().first().rowId, refused);
        QVERIFY2(device->newDeviceStarts.isEmpty(), qPrintable(device->newDeviceStarts.join(" / ")));

        // Then the pull after an edit gets it (a 413 is only ever an answer to a body).
        if (fault == Fault::Answer413)
            return;
        CHECK_OK(store.commit(ChangeSet().put(EntityKind::Party, kept, {{"name", "Kept and renamed"}})));
        m_proxy->script({Fault::Pass, fault});
        const int pullEvent = int(m_proxy->events().size()) + 1;
        QVERIFY2(device->syncUntilInStep(60000, &why), qPrintable(why));
        QVERIFY(m_proxy->events().size() > pullEvent);
        QCOMPARE(m_proxy->events().at(pullEvent).fault, fault);
        QVERIFY(m_proxy->events().at(pullEvent).request.path.startsWith("/api/v1/sync/pull"));
        checkServiceEqualsDevice(*device);
        QCOMPARE(device->reported.size(), 1);
        QCOMPARE(store.rejections().size(), 1);
        QVERIFY(device->newDeviceStarts.isEmpty());
    }

    // nginx refuses bodies over its client_max_body_size with its HTML 413 page: the engine sends
    // smaller batches until they pass, and the one change larger than the limit alone is reported
    // once, kept in the list, and does not hold up the changes after it.
    void bodyLimitOfTheReverseProxySplitsBatches()
    {
        auto device = newDevice(QStringLiteral("guild"));
        LocalStore& store = *device->store;
        constexpr qsizetype kLimit = 16 * 1024;
        m_proxy->setBodyLimit(kLimit);
        for (int i = 0; i < 12; ++i)
            CHECK_OK(store.commit(ChangeSet().put(creatureOfSize(3 * 1024))));
        const Creature tooLarge = creatureOfSize(2 * kLimit);
        CHECK_OK(store.commit(ChangeSet().put(tooLarge)));
        const QString after = newParty(store, QStringLiteral("After the large one"));

        QString why;
        QVERIFY2(device->syncUntilInStep(60000, &why), qPrintable(why));
        QVERIFY(m_proxy->count(Fault::Answer413) > 0);
        QCOMPARE(device->reported.size(), 1);
        QCOMPARE(device->reported.first().code, QStringLiteral("PAYLOAD_TOO_LARGE"));
        QCOMPARE(store.rejections().size(), 1);
        QCOMPARE(store.rejections().first().rowId, tooLarge.id);

        // Everything but the large statblock, which stays on the device.
        checkServiceEqualsDevice(*device);
        QVERIFY(!test::serviceRows(m_service.server->baseUrl(), device->token, store.clientId())
                     .filter(after)
                     .isEmpty());
        QVERIFY(store.document(EntityKind::Creature, tooLarge.id).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncThroughFaults)
#include "TestSyncThroughFaults.moc"
