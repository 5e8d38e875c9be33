// The account's devices and what an unverified account may do, against the real service: devices
// listed with their last sync and removed to free a slot (scoped to the owner; a removed device
// that syncs again is told so and can come back under a new id while a slot is free), usage of
// every limit, refusals that name the plan lifting a limit, and purchases and share links waiting
// for a confirmed email address.
#include "ServerHarness.h"
#include "SyncProtocol.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace dnd;
using namespace dnd::test;

namespace {
QString newDeviceId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

class TestDeviceApi final : public QObject {
    Q_OBJECT

    RunningService m_service;

    // An empty push: how a device registers (and takes a slot) before it has anything to send.
    HttpResponse syncFrom(const TestAccount& account, const QString& deviceId)
    {
        const sync::PushRequest request{deviceId, sync::kProtocolVersion, {}};
        return m_service.http->post(QStringLiteral("/api/v1/sync/push"), request.toJson(),
                                    account.accessToken);
    }
    HttpResponse pullFrom(const TestAccount& account, const QString& deviceId)
    {
        return m_service.http->get(QStringLiteral("/api/v1/sync/pull?cookie=0&clientId=") + deviceId,
                                   account.accessToken);
    }
    QStringList deviceIds(const TestAccount& account)
    {
        QStringList ids;
        for (const QJsonValue& item :
             m_service.http->get("/api/v1/users/me/devices", account.accessToken).items())
            ids << item.toObject().value("id").toString();
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_service.start()); }

    void devicesAreListedAndRemovedToFreeASlot()
    {
        HttpClient& http = *m_service.http;
        const TestAccount owner = registerTestAccount(*m_service.server, http); // free: one device
        const QString laptop = newDeviceId();
        const QString tablet = newDeviceId();
        QCOMPARE(syncFrom(owner, laptop).status, 200);

        HttpResponse listed = http.get("/api/v1/users/me/devices", owner.accessToken);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.items().size(), 1);
        const QJsonObject device = listed.items().first().toObject();
        QCOMPARE(device.value("id").toString(), laptop);
        QVERIFY(QDateTime::fromString(device.value("registeredAt").toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(QDateTime::fromString(device.value("lastSyncAt").toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(listed.data().value("limit").toInt(), 1);
        QCOMPARE(listed.data().value("pagination").toObject().value("total").toInt(), 1);

        // The second device finds the slot taken: the refusal names the limit and the plan lifting it.
        HttpResponse refused = syncFrom(owner, tablet);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("LIMIT_EXCEEDED"));
        const QJsonObject error = refused.json().value("error").toObject();
        QVERIFY2(error.value("message").toString().contains("The Seasoned plan allows 2."),
                 refused.body.constData());
        const QJsonObject details = error.value("details").toObject();
        QCOMPARE(details.value("resource").toString(), QStringLiteral("devices"));
        QCOMPARE(details.value("upgradeTier").toString(), QStringLiteral("seasoned"));

        // Another account can neither see nor remove the owner's device.
        const TestAccount other = registerTestAccount(*m_service.server, http);
        QVERIFY(deviceIds(other).isEmpty());
        QCOMPARE(http.del("/api/v1/users/me/devices/" + laptop, other.accessToken).status, 404);
        QCOMPARE(deviceIds(owner), QStringList{laptop});
        QCOMPARE(http.del("/api/v1/users/me/devices/no-such-device", owner.accessToken).status, 404);
        QCOMPARE(http.del("/api/v1/users/me/devices/" + laptop).status, 401);

        // Removed: the slot is free and the tablet takes it.
        QCOMPARE(http.del("/api/v1/users/me/devices/" + laptop, owner.accessToken).status, 200);
        QVERIFY(deviceIds(owner).isEmpty());
        QCOMPARE(http.get("/api/v1/users/me/usage", owner.accessToken)
                     .data()
                     .value("usage")
                     .toObject()
                     .value("devices")
                     .toObject()
                     .value("used")
                     .toInt(),
                 0);
        QCOMPARE(syncFrom(owner, tablet).status, 200);
        QCOMPARE(deviceIds(owner), QStringList{tablet});

        // The removed laptop is told, on push and on pull, and takes no slot back under its old id.
        for (const HttpResponse& told : {syncFrom(owner, laptop), pullFrom(owner, laptop)}) {
            QCOMPARE(told.status, 409);
            QCOMPARE(told.errorCode(), QStringLiteral("DEVICE_REMOVED"));
            QVERIFY(told.json().value("error").toObject().value("message").toString().contains("removed"));
        }
        QCOMPARE(deviceIds(owner), QStringList{tablet});
        // Under a new id it comes back once a slot is free.
        const QString laptopAgain = newDeviceId();
        QCOMPARE(syncFrom(owner, laptopAgain).errorCode(), QStringLiteral("LIMIT_EXCEEDED"));
        QCOMPARE(http.del("/api/v1/users/me/devices/" + tablet, owner.accessToken).status, 200);
        QCOMPARE(syncFrom(owner, laptopAgain).status, 200);
        QCOMPARE(pullFrom(owner, laptopAgain).status, 200);
        QCOMPARE(deviceIds(owner), QStringList{laptopAgain});
    }

    void usageCoversEveryLimit()
    {
        const TestAccount account = registerTestAccount(*m_service.server, *m_service.http);
        QCOMPARE(syncFrom(account, newDeviceId()).status, 200);
        const QJsonObject usage = m_service.http->get("/api/v1/users/me/usage", account.accessToken)
                                      .data()
                                      .value("usage")
                                      .toObject();
        const QList<QPair<QString, int>> expected{
            {"parties", 1}, {"encounters", 3}, {"creatures", 10}, {"devices", 1}, {"combatLogEntries", 50}};
        for (const auto& [resource, limit] : expected) {
            QVERIFY2(usage.contains(resource), qPrintable(resource));
            QCOMPARE(usage.value(resource).toObject().value("limit").toInt(), limit);
        }
        QCOMPARE(usage.value("devices").toObject().value("used").toInt(), 1);
        QCOMPARE(usage.value("parties").toObject().value("used").toInt(), 0);
    }

    void storedLimitNamesThePlanThatLiftsIt()
    {
        HttpClient& http = *m_service.http;
        const TestAccount account = registerTestAccount(*m_service.server, http);
        QCOMPARE(http.post("/api/v1/parties", {{"name", "First"}}, account.accessToken).status, 201);
        const HttpResponse refused = http.post("/api/v1/parties", {{"name", "Second"}}, account.accessToken);
        QCOMPARE(refused.errorCode(), QStringLiteral("LIMIT_EXCEEDED"));
        QVERIFY2(refused.json().value("error").toObject().value("message").toString().contains(
                     "The Seasoned plan allows 3."),
                 refused.body.constData());
        // The biggest plan has no limit on parties; its devices limit is the top.
        const TestAccount guild = registerTestAccount(*m_service.server, http, QStringLiteral("master"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(syncFrom(guild, newDeviceId()).status, 200);
        const HttpResponse sixth = syncFrom(guild, newDeviceId());
        QVERIFY2(sixth.json().value("error").toObject().value("message").toString().contains(
                     "The Guild plan allows 10."),
                 sixth.body.constData());
    }

    void unverifiedAccountSyncsButNeitherBuysNorShares()
    {
        HttpClient& http = *m_service.http;
        const TestAccount account = registerTestAccount(*m_service.server, http, QStringLiteral("seasoned"));
        QCOMPARE(syncFrom(account, newDeviceId()).status, 200);
        const HttpResponse encounter =
            http.post("/api/v1/encounters", {{"name", "Ambush"}}, account.accessToken);
        QCOMPARE(encounter.status, 201);
        const QString encounterId = encounter.data().value("id").toString();

        HttpResponse share = http.post("/api/v1/shares", {{"encounterId", encounterId}}, account.accessToken);
        QCOMPARE(share.status, 403);
        QCOMPARE(share.errorCode(), QStringLiteral("EMAIL_NOT_VERIFIED"));
        const HttpResponse checkout =
            http.post("/api/v1/subscriptions/checkout", {{"tier", "expert"}}, account.accessToken);
        QCOMPARE(checkout.status, 403);
        QCOMPARE(checkout.errorCode(), QStringLiteral("EMAIL_NOT_VERIFIED"));
        QVERIFY(
            checkout.json().value("error").toObject().value("message").toString().contains(account.email));

        // Resend: a new mail with a working link; then sharing works and resending is refused.
        const int before = mailCount(m_service.server->mailDir());
        QCOMPARE(http.post("/api/v1/auth/resend-verification", {}, account.accessToken).status, 200);
        QCOMPARE(mailCount(m_service.server->mailDir()), before + 1);
        QVERIFY(confirmTestAccountEmail(*m_service.server, http, account));
        share = http.post("/api/v1/shares", {{"encounterId", encounterId}}, account.accessToken);
        QCOMPARE(share.status, 201);
        QCOMPARE(http.post("/api/v1/auth/resend-verification", {}, account.accessToken).errorCode(),
                 QStringLiteral("CONFLICT"));
        QCOMPARE(http.post("/api/v1/auth/resend-verification", {}).status, 401);
    }

    void newEndpointsAreInTheOpenApiDocument()
    {
        const QJsonObject paths =
            m_service.http->get("/api/v1/openapi.json").json().value("paths").toObject();
        QVERIFY(paths.value("/api/v1/users/me/devices").toObject().contains("get"));
        QVERIFY(paths.value("/api/v1/users/me/devices/{id}").toObject().contains("delete"));
        QVERIFY(paths.value("/api/v1/auth/resend-verification").toObject().contains("post"));
    }
};

QTEST_MAIN(TestDeviceApi)
#include "TestDeviceApi.moc"
