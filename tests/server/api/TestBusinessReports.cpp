// The administrators' business report against the real service (SQLite, and PostgreSQL when the
// suite gives a URL): only administrators read it, bad periods are refused, the service's own
// actions (sign-up, verification, Stripe events, pushes and pulls, REST combat, a watcher) write
// the events it counts, and every figure of the JSON and the CSV is checked on a year of events
// written with fixed dates whose answers are known in advance. A failed event write never fails
// the change it describes; a deleted account's events keep the figures but lose its id; old usage
// events are cleaned up.
#include "ObservedWebSocket.h"
#include "ProtocolDevice.h"
#include "SampleEntities.h"
#include "ServerHarness.h"
#include "ServiceDatabase.h"
#include "SyncProtocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace dnd;
using namespace dnd::server;
using namespace dnd::test;

namespace {

qint64 countOf(ServerDatabase& db, const QString& sql, const QVariantList& params = {})
{
    Result<std::optional<Row>> row = db.one(sql, params);
    return row && row.value() ? row.value()->value(QStringLiteral("n")).toLongLong() : -1;
}

// The known year: what each day of 2025 holds (index 0 is 1 January).
constexpr int kYearDays = 365;
const QDate kYearStart(2025, 1, 1);
qint64 signUpsOn(int i)
{
    return i % 3;
}
qint64 verificationsOn(int i)
{
    return i % 2;
}
qint64 activeOn(int i)
{
    return i % 5 + 1;
}
qint64 encountersRunOn(int i)
{
    return i % 7 == 0 ? 1 : 0;
}
// One write of i % 4 + 1 actions a day, and a second write of 5 every tenth day.
qint64 combatActionsOn(int i)
{
    return i % 4 + 1 + (i % 10 == 0 ? 5 : 0);
}
qint64 liveViewsOn(int i)
{
    return i % 2 == 1 ? 2 : 0;
}
qint64 pushesOn(int)
{
    return 3;
}
qint64 pullsOn(int i)
{
    return i % 6;
}
qint64 deletionsOn(int i)
{
    return i == 100 ? 1 : 0;
}
// A tier outside the plans file (a retired plan), whose name needs quoting in CSV.
const QString kRetiredTier = QStringLiteral("legacy \"gold\", yearly");

// One RFC 4180 record (no line breaks inside fields here): fields split at commas outside quotes.
QStringList csvRecord(const QString& line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            fields.last().append(u'"');
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(QString());
        } else {
            fields.last().append(c);
        }
    }
    return fields;
}

} // namespace

class TestBusinessReports final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_admin = createTestAdmin(*m_service.server, http());
        QVERIFY(!m_admin.accessToken.isEmpty());
        m_db = openServiceDatabase(*m_service.server);
        QVERIFY(m_db);
        QVERIFY(writeKnownYear(*m_db));
    }
    void cleanupTestCase()
    {
        m_db.reset();
        m_service.server.reset();
    }

    void onlyAdministratorsReadReports()
    {
        const TestAccount user = registerTestAccount(*m_service.server, http(), QStringLiteral("guild"));
        const QString path = QStringLiteral("/api/v1/admin/reports?from=2025-01-01&to=2025-01-31");
        QCOMPARE(http().get(path).errorCode(), QStringLiteral("UNAUTHORIZED"));
        const HttpResponse refused = http().get(path, user.accessToken);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("FORBIDDEN"));
        QCOMPARE(http().get(path + QStringLiteral("&format=csv"), user.accessToken).status, 403);
        QCOMPARE(http().get(path, m_admin.accessToken).status, 200);
    }

    void badPeriodsAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("not a date") << "from=yesterday&to=2025-01-31"
                                    << "from";
        QTest::newRow("no such day") << "from=2025-02-30&to=2025-03-31"
                                     << "from";
        QTest::newRow("other shape") << "from=2025-01-01&to=31.01.2025"
                                     << "to";
        QTest::newRow("time of day") << "from=2025-01-01T00:00&to=2025-01-31"
                                     << "from";
        QTest::newRow("from after to") << "from=2025-02-01&to=2025-01-31"
                                       << "from";
        QTest::newRow("367 days") << "from=2024-01-01&to=2025-01-01"
                                  << "to";
        QTest::newRow("unknown format") << "from=2025-01-01&to=2025-01-31&format=xml"
                                        << "format";
    }
    void badPeriodsAreRefused()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpResponse refused = http().get("/api/v1/admin/reports?" + query, m_admin.accessToken);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        const QJsonObject details = refused.json().value("error").toObject().value("details").toObject();
        QVERIFY2(details.contains(field), refused.body.constData());
    }

    void longestPeriodIsAnswered()
    {
        // 2024 is a leap year: 366 days, the most a report spans.
        const HttpResponse answer =
            http().get("/api/v1/admin/reports?from=2024-01-01&to=2024-12-31", m_admin.accessToken);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.data().value("days").toInt(), 366);
        QCOMPARE(answer.data().value("daily").toArray().size(), 366);
    }

    // Every figure of 2025, written with fixed dates around it (the last day of 2024 and the first
    // of 2026 hold events that must not be counted).
    void knownYearJson()
    {
        const HttpResponse answer =
            http().get("/api/v1/admin/reports?from=2025-01-01&to=2025-12-31", m_admin.accessToken);
        QCOMPARE(answer.status, 200);
        const QJsonObject report = answer.data();
        QCOMPARE(report.value("from").toString(), QStringLiteral("2025-01-01"));
        QCOMPARE(report.value("to").toString(), QStringLiteral("2025-12-31"));
        QCOMPARE(report.value("days").toInt(), kYearDays);
        QCOMPARE(report.value("currency").toString(), QStringLiteral("usd"));
        const QJsonObject totals = report.value("totals").toObject();
        const QList<QPair<const char*, qint64>> expectedTotals{
            {"signUps", 364},        {"verifications", 182},
            {"conversions", 2},      {"subscriptionChanges", 1},
            {"cancellations", 3},    {"accountDeletions", 1},
            {"activeUsers", 5},      {"encountersRun", 53},
            {"combatActions", 1096}, {"liveViews", 364},
            {"syncPushes", 1095},    {"syncPulls", 910},
            {"syncs", 2005}};
        QCOMPARE(totals.size(), expectedTotals.size());
        for (const auto& [name, value] : expectedTotals)
            QVERIFY2(totals.value(QLatin1String(name)).toInteger(-1) == value, name);
        QCOMPARE(
            report.value("conversionsPerTier").toObject(),
            (QJsonObject{{"seasoned", 1}, {"expert", 0}, {"master", 0}, {"guild", 0}, {kRetiredTier, 1}}));
        QCOMPARE(report.value("churn").toObject(),
                 (QJsonObject{{"cancellations", 3}, {"payingAtStart", 4}, {"rate", 0.75}}));
        QCOMPARE(report.value("revenue").toObject(),
                 (QJsonObject{{"mrrAtStartCents", 3996}, {"mrrAtEndCents", 4997}, {"payingAtEnd", 3}}));

        const QJsonArray daily = report.value("daily").toArray();
        QCOMPARE(daily.size(), kYearDays);
        for (int i = 0; i < kYearDays; ++i) {
            const QJsonObject day = daily.at(i).toObject();
            const QString date = kYearStart.addDays(i).toString(Qt::ISODate);
            QCOMPARE(day.value("date").toString(), date);
            for (const auto& [name, value] : expectedDay(i))
                QVERIFY2(day.value(QLatin1String(name)).toInteger(-1) == value,
                         qPrintable(QStringLiteral("%1 on %2: %3")
                                        .arg(QLatin1String(name), date)
                                        .arg(day.value(QLatin1String(name)).toInteger(-1))));
        }
    }

    // The same figures as one metric,date,value table.
    void knownYearCsv()
    {
        const QString path = QStringLiteral("/api/v1/admin/reports?from=2025-01-01&to=2025-12-31");
        const HttpResponse csv = http().get(path + QStringLiteral("&format=csv"), m_admin.accessToken);
        QCOMPARE(csv.status, 200);
        QCOMPARE(csv.headers.value("content-type"), QByteArray("text/csv; charset=utf-8"));
        QCOMPARE(csv.headers.value("content-disposition"),
                 QByteArray("attachment; filename=\"business-report-2025-01-01-to-2025-12-31.csv\""));
        QVERIFY(csv.body.endsWith("\r\n"));
        QStringList lines = QString::fromUtf8(csv.body).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.takeLast(), QString());
        QCOMPARE(lines.takeFirst(), QStringLiteral("metric,date,value"));
        // The retired tier's name is quoted, its quotes doubled (RFC 4180).
        QVERIFY(lines.contains(QStringLiteral("\"conversionsPerTier.legacy \"\"gold\"\", yearly\",,1")));

        QHash<QString, QString> values; // "metric|date" -> value
        for (const QString& line : std::as_const(lines)) {
            const QStringList record = csvRecord(line);
            QCOMPARE(record.size(), 3);
            const QString key = record.at(0) + u'|' + record.at(1);
            QVERIFY2(!values.contains(key), qPrintable(key));
            values.insert(key, record.at(2));
        }
        const int dailyMetrics = int(expectedDay(0).size());
        QCOMPARE(dailyMetrics, 15);
        // A row per daily metric and day, then the period's figures: 13 totals, 5 tiers, 3 of churn
        // and 3 of revenue.
        QCOMPARE(values.size(), dailyMetrics * kYearDays + 13 + 5 + 3 + 3);
        for (int i = 0; i < kYearDays; ++i) {
            const QString date = kYearStart.addDays(i).toString(Qt::ISODate);
            for (const auto& [name, value] : expectedDay(i))
                QCOMPARE(values.value(QLatin1String(name) + u'|' + date), QString::number(value));
        }
        const QList<QPair<const char*, const char*>> period{{"totals.signUps", "364"},
                                                            {"totals.verifications", "182"},
                                                            {"totals.conversions", "2"},
                                                            {"totals.subscriptionChanges", "1"},
                                                            {"totals.cancellations", "3"},
                                                            {"totals.accountDeletions", "1"},
                                                            {"totals.activeUsers", "5"},
                                                            {"totals.encountersRun", "53"},
                                                            {"totals.combatActions", "1096"},
                                                            {"totals.liveViews", "364"},
                                                            {"totals.syncPushes", "1095"},
                                                            {"totals.syncPulls", "910"},
                                                            {"totals.syncs", "2005"},
                                                            {"conversionsPerTier.seasoned", "1"},
                                                            {"conversionsPerTier.expert", "0"},
                                                            {"conversionsPerTier.master", "0"},
                                                            {"conversionsPerTier.guild", "0"},
                                                            {"churn.cancellations", "3"},
                                                            {"churn.payingAtStart", "4"},
                                                            {"churn.rate", "0.75"},
                                                            {"revenue.mrrAtStartCents", "3996"},
                                                            {"revenue.mrrAtEndCents", "4997"},
                                                            {"revenue.payingAtEnd", "3"}};
        for (const auto& [metric, value] : period)
            QVERIFY2(values.value(QLatin1String(metric) + u'|') == QLatin1String(value), metric);
        QCOMPARE(values.value(QStringLiteral("conversionsPerTier.") + kRetiredTier + u'|'),
                 QStringLiteral("1"));
    }

    // A period of one day sees exactly that day; churn has no rate when nobody paid at its start.
    void singleDaysAndEmptyStarts()
    {
        const HttpResponse lastDay =
            http().get("/api/v1/admin/reports?from=2025-12-31&to=2025-12-31", m_admin.accessToken);
        QCOMPARE(lastDay.status, 200);
        QCOMPARE(lastDay.data().value("churn").toObject(),
                 (QJsonObject{{"cancellations", 1}, {"payingAtStart", 4}, {"rate", 0.25}}));
        QCOMPARE(lastDay.data().value("revenue").toObject(),
                 (QJsonObject{{"mrrAtStartCents", 6996}, {"mrrAtEndCents", 4997}, {"payingAtEnd", 3}}));
        const HttpResponse before =
            http().get("/api/v1/admin/reports?from=2024-01-01&to=2024-01-31", m_admin.accessToken);
        QCOMPARE(before.status, 200);
        QCOMPARE(before.data().value("churn").toObject(),
                 (QJsonObject{{"cancellations", 0}, {"payingAtStart", 0}, {"rate", QJsonValue::Null}}));
        const HttpResponse csv =
            http().get("/api/v1/admin/reports?from=2024-01-01&to=2024-01-31&format=csv", m_admin.accessToken);
        QVERIFY(csv.body.contains("\r\nchurn.rate,,\r\n"));
    }

    // The service's own actions write the events: sign-ups, a verification, Stripe's subscription
    // events, pushes (a fight started, resumed after a pause, log entries), a pull, REST combat, a
    // watcher and a deletion, all counted today.
    void serviceActionsAreCounted()
    {
        RunningService service;
        QVERIFY(service.start());
        HttpClient& client = *service.http;
        const TestAccount admin = createTestAdmin(*service.server, client);
        const TestAccount dm = registerTestAccount(*service.server, client);
        const TestAccount quitter = registerTestAccount(*service.server, client);
        const TestAccount leaving = registerTestAccount(*service.server, client);
        QVERIFY(confirmTestAccountEmail(*service.server, client, dm));

        QCOMPARE(deliverStripeEvent(client, checkoutPaid(dm, "seasoned")).status, 200);
        QCOMPARE(deliverStripeEvent(client, subscriptionUpdate(dm, "active", "price_expert_monthly")).status,
                 200);
        QCOMPARE(deliverStripeEvent(client, checkoutPaid(quitter, "seasoned")).status, 200);
        QCOMPARE(deliverStripeEvent(client, subscriptionUpdate(quitter, "canceled", "price_seasoned_monthly"))
                     .status,
                 200);

        ProtocolDevice device;
        Encounter fight = sampleEncounter();
        const Participant troll = sampleParticipant(fight.id);
        fight.status = EncounterStatus::Active;
        fight.combat.round = 1;
        fight.combat.order = {troll.id};
        const CombatLogEntry hit = sampleLogEntry(fight.id, 1);
        const CombatLogEntry miss = sampleLogEntry(fight.id, 2);
        QVERIFY(push(client, dm, device,
                     {device.put(EntityKind::Encounter, fight.id, fight.toJson()),
                      device.put(EntityKind::Participant, troll.id, troll.toJson()),
                      device.put(EntityKind::CombatLog, hit.id, hit.toJson()),
                      device.put(EntityKind::CombatLog, miss.id, miss.toJson())}));
        // Paused and resumed: the same fight, not a new one.
        QVERIFY(
            push(client, dm, device, {device.put(EntityKind::Encounter, fight.id, {{"status", "paused"}})}));
        QVERIFY(
            push(client, dm, device, {device.put(EntityKind::Encounter, fight.id, {{"status", "active"}})}));
        QCOMPARE(client.get("/api/v1/sync/pull?cookie=0&clientId=" + device.clientId, dm.accessToken).status,
                 200);

        const HttpResponse created =
            client.post("/api/v1/encounters",
                        {{"name", "Goblin toll"},
                         {"participants", QJsonArray{QJsonObject{{"name", "Goblin"},
                                                                 {"kind", "creature"},
                                                                 {"maxHp", 7},
                                                                 {"currentHp", 7},
                                                                 {"initiative", 12}}}}},
                        dm.accessToken);
        QCOMPARE(created.status, 201);
        const QString encounter = created.data().value("id").toString();
        QCOMPARE(client.post("/api/v1/encounters/" + encounter + "/start", {}, dm.accessToken).status, 200);
        QCOMPARE(client.put("/api/v1/encounters/" + encounter + "/turn", {{"action", "next"}}, dm.accessToken)
                     .status,
                 200);
        QCOMPARE(client.post("/api/v1/encounters/" + encounter + "/end", {}, dm.accessToken).status, 200);

        const HttpResponse share =
            client.post("/api/v1/shares", {{"encounterId", encounter}}, dm.accessToken);
        QCOMPARE(share.status, 201);
        ObservedWebSocket watcher(service.server->port());
        QVERIFY(watcher.waitConnected());
        watcher.socket.sendTextMessage(QStringLiteral("{\"type\":\"watch\",\"shareCode\":\"%1\"}")
                                           .arg(share.data().value("code").toString()));
        QVERIFY(QTest::qWaitFor([&] { return !watcher.received.isEmpty(); }, 5000));
        QVERIFY(watcher.received.first().contains(QStringLiteral("watch:ok")));

        QCOMPARE(client.get("/api/v1/users/me", quitter.accessToken).status, 200);
        QCOMPARE(client.del("/api/v1/users/me", leaving.accessToken, {{"password", kTestPassword}}).status,
                 200);

        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const HttpResponse answer =
            client.get("/api/v1/admin/reports?from=" + today + "&to=" + today, admin.accessToken);
        QCOMPARE(answer.status, 200);
        const QJsonObject totals = answer.data().value("totals").toObject();
        const QList<QPair<const char*, qint64>> expected{
            {"signUps", 3},
            {"verifications", 1},
            {"conversions", 2},
            {"subscriptionChanges", 1},
            {"cancellations", 1},
            {"accountDeletions", 1},
            // The DM, the quitter, the leaving account and the administrator asking now.
            {"activeUsers", 4},
            {"encountersRun", 2},
            {"combatActions", 5},
            {"liveViews", 1},
            {"syncPushes", 3},
            {"syncPulls", 1},
            {"syncs", 4}};
        for (const auto& [name, value] : expected)
            QVERIFY2(totals.value(QLatin1String(name)).toInteger(-1) == value,
                     qPrintable(QStringLiteral("%1: %2")
                                    .arg(QLatin1String(name))
                                    .arg(totals.value(QLatin1String(name)).toInteger(-1))));
        QCOMPARE(answer.data().value("conversionsPerTier").toObject().value("seasoned").toInt(), 2);
        QCOMPARE(answer.data().value("churn").toObject(),
                 (QJsonObject{{"cancellations", 1}, {"payingAtStart", 0}, {"rate", QJsonValue::Null}}));
        QCOMPARE(answer.data().value("revenue").toObject(),
                 (QJsonObject{{"mrrAtStartCents", 0}, {"mrrAtEndCents", 999}, {"payingAtEnd", 1}}));
        const QJsonObject day = answer.data().value("daily").toArray().first().toObject();
        QCOMPARE(day.value("activeUsers").toInt(), 4);
        QCOMPARE(day.value("mrrCents").toInt(), 999);

        // However many requests an account made today, it has one active row.
        std::unique_ptr<ServerDatabase> db = openServiceDatabase(*service.server);
        QVERIFY(db);
        QCOMPARE(countOf(*db,
                         "SELECT COUNT(*) AS n FROM business_events WHERE kind = 'active' AND account_id = ?",
                         {dm.id}),
                 1);
        service.server->stop();
        QVERIFY(!service.server->output().contains("business_event_failed"));
    }

    // The events table gone: every change still happens and answers as before; only its events are
    // lost, and the log says so.
    void failedEventWriteKeepsTheChange()
    {
        RunningService service;
        QVERIFY(service.start());
        HttpClient& client = *service.http;
        const TestAccount dm = registerTestAccount(*service.server, client);
        QVERIFY(runServiceDdl(*service.server,
                              QStringLiteral("ALTER TABLE business_events RENAME TO business_events_away")));

        const TestAccount later = registerTestAccount(*service.server, client);
        QVERIFY(!later.accessToken.isEmpty());
        QVERIFY(confirmTestAccountEmail(*service.server, client, dm));
        ProtocolDevice device;
        Encounter fight = sampleEncounter();
        fight.status = EncounterStatus::Active;
        const CombatLogEntry hit = sampleLogEntry(fight.id, 1);
        QVERIFY(push(client, dm, device,
                     {device.put(EntityKind::Encounter, fight.id, fight.toJson()),
                      device.put(EntityKind::CombatLog, hit.id, hit.toJson())}));
        QCOMPARE(client.get("/api/v1/encounters/" + fight.id, dm.accessToken).status, 200);
        QCOMPARE(client.post("/api/v1/encounters/" + fight.id + "/end", {}, dm.accessToken).status, 200);
        QCOMPARE(deliverStripeEvent(client, checkoutPaid(dm, "seasoned")).status, 200);
        QCOMPARE(client.get("/api/v1/users/me/subscription", dm.accessToken).data().value("tier").toString(),
                 QStringLiteral("seasoned"));
        QCOMPARE(client.del("/api/v1/users/me", later.accessToken, {{"password", kTestPassword}}).status,
                 200);
        QCOMPARE(
            client.post("/api/v1/auth/login", {{"email", later.email}, {"password", kTestPassword}}).status,
            401);

        QVERIFY(runServiceDdl(*service.server,
                              QStringLiteral("ALTER TABLE business_events_away RENAME TO business_events")));
        const TestAccount admin = createTestAdmin(*service.server, client);
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QJsonObject totals =
            client.get("/api/v1/admin/reports?from=" + today + "&to=" + today, admin.accessToken)
                .data()
                .value("totals")
                .toObject();
        QCOMPARE(totals.value("signUps").toInt(), 1); // the first account's, written before
        QCOMPARE(totals.value("syncPushes").toInt(), 0);
        service.server->stop();
        QVERIFY(service.server->output().contains("\"event\":\"business_event_failed\""));
    }

    // A deleted account's events stay in the figures under a new random id; its own id is in none.
    void deletedAccountKeepsFiguresNotItsId()
    {
        const TestAccount leaving = registerTestAccount(*m_service.server, http());
        QCOMPARE(deliverStripeEvent(http(), checkoutPaid(leaving, "expert")).status, 200);
        QCOMPARE(http().get("/api/v1/users/me", leaving.accessToken).status, 200);
        const QString byAccount =
            QStringLiteral("SELECT COUNT(*) AS n FROM business_events WHERE account_id = ?");
        QCOMPARE(countOf(*m_db, byAccount, {leaving.id}), 3); // sign-up, subscription, active
        const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
        const QString path = "/api/v1/admin/reports?from=" + today + "&to=" + today;
        const QJsonObject churnBefore =
            http().get(path, m_admin.accessToken).data().value("churn").toObject();
        const qint64 before = countOf(*m_db, "SELECT COUNT(*) AS n FROM business_events");

        QCOMPARE(http().del("/api/v1/users/me", leaving.accessToken, {{"password", kTestPassword}}).status,
                 200);
        QCOMPARE(countOf(*m_db, byAccount, {leaving.id}), 0);
        // Its rows, its cancellation and the deletion, all under one other id.
        QCOMPARE(countOf(*m_db, "SELECT COUNT(*) AS n FROM business_events"), before + 2);
        QCOMPARE(
            countOf(*m_db,
                    "SELECT COUNT(*) AS n FROM business_events WHERE account_id = (SELECT account_id FROM "
                    "business_events WHERE kind = 'account_deleted' AND day = ?)",
                    {today}),
            5);
        const QJsonObject churnAfter = http().get(path, m_admin.accessToken).data().value("churn").toObject();
        QCOMPARE(churnAfter.value("cancellations").toInt(), churnBefore.value("cancellations").toInt() + 1);
    }

    // Usage events older than the retention go at the periodic clean-up; account and subscription
    // events, and younger usage, stay.
    void oldUsageEventsAreRemoved()
    {
        ServerProcess server(fastServiceArguments() << "--cleanup-interval-ms"
                                                    << "200");
        QVERIFY2(server.start(), server.errors().constData());
        std::unique_ptr<ServerDatabase> db = openServiceDatabase(server);
        QVERIFY(db);
        BusinessEventWriter writer(*db);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate old = today.addDays(-731);
        const QDate kept = today.addDays(-729);
        for (const char* kind :
             {"active", "encounter_run", "combat_actions", "live_view_opened", "sync_push", "sync_pull"}) {
            QVERIFY(writer.add(kind, QStringLiteral("old-account"), old));
            QVERIFY(writer.add(kind, QStringLiteral("kept-account"), kept));
        }
        QVERIFY(writer.add("sign_up", QStringLiteral("old-account"), old));
        QVERIFY(writer.subscription("subscription_started", QStringLiteral("old-account"), old, "free", 0,
                                    "seasoned", 499));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return countOf(
                           *db,
                           "SELECT COUNT(*) AS n FROM business_events WHERE account_id = 'old-account'") == 2;
            },
            10000));
        QCOMPARE(
            countOf(*db,
                    "SELECT COUNT(*) AS n FROM business_events WHERE account_id = 'old-account' AND kind "
                    "IN ('sign_up', 'subscription_started')"),
            2);
        QCOMPARE(countOf(*db, "SELECT COUNT(*) AS n FROM business_events WHERE account_id = 'kept-account'"),
                 6);
    }

private:
    HttpClient& http() { return *m_service.http; }

    // The known year's daily figures for day i (name, value), in the answer's order.
    static QList<QPair<const char*, qint64>> expectedDay(int i)
    {
        const QDate date = kYearStart.addDays(i);
        // Paying accounts and revenue at the end of the day, from the subscription events below.
        qint64 paying = 4;
        qint64 mrr = 3996;
        const QList<std::tuple<QDate, int, int>> changes{
            {QDate(2025, 3, 10), 1, 499},  {QDate(2025, 6, 1), 0, 3500},    {QDate(2025, 6, 30), -1, -999},
            {QDate(2025, 9, 15), 1, 1000}, {QDate(2025, 9, 20), -1, -1000}, {QDate(2025, 12, 31), -1, -1999}};
        for (const auto& [day, payingDelta, mrrDelta] : changes) {
            if (day <= date) {
                paying += payingDelta;
                mrr += mrrDelta;
            }
        }
        const auto on = [&](const QDate& day) { return qint64(day == date ? 1 : 0); };
        return {{"signUps", signUpsOn(i)},
                {"verifications", verificationsOn(i)},
                {"conversions", on(QDate(2025, 3, 10)) + on(QDate(2025, 9, 15))},
                {"subscriptionChanges", on(QDate(2025, 6, 1))},
                {"cancellations", on(QDate(2025, 6, 30)) + on(QDate(2025, 9, 20)) + on(QDate(2025, 12, 31))},
                {"accountDeletions", deletionsOn(i)},
                {"activeUsers", activeOn(i)},
                {"encountersRun", encountersRunOn(i)},
                {"combatActions", combatActionsOn(i)},
                {"liveViews", liveViewsOn(i)},
                {"syncPushes", pushesOn(i)},
                {"syncPulls", pullsOn(i)},
                {"syncs", pushesOn(i) + pullsOn(i)},
                {"payingAccounts", paying},
                {"mrrCents", mrr}};
    }

    // 2025 as the service would have written it, with events on the days either side.
    static bool writeKnownYear(ServerDatabase& db)
    {
        BusinessEventWriter w(db);
        const Status written = db.transaction([&]() -> Status {
            bool ok = true;
            for (int i = 0; i < kYearDays; ++i) {
                const QDate day = kYearStart.addDays(i);
                const QString someone = QStringLiteral("account-%1").arg(i);
                for (qint64 n = 0; n < signUpsOn(i); ++n)
                    ok = ok && w.add("sign_up", someone, day);
                for (qint64 n = 0; n < verificationsOn(i); ++n)
                    ok = ok && w.add("email_verified", someone, day);
                for (qint64 n = 0; n < activeOn(i); ++n)
                    ok = ok && w.add("active", QStringLiteral("active-%1").arg(n), day);
                if (encountersRunOn(i) > 0)
                    ok = ok && w.add("encounter_run", someone, day);
                ok = ok && w.add("combat_actions", someone, day, i % 4 + 1);
                if (i % 10 == 0)
                    ok = ok && w.add("combat_actions", someone, day, 5);
                for (qint64 n = 0; n < liveViewsOn(i); ++n)
                    ok = ok && w.add("live_view_opened", someone, day);
                for (qint64 n = 0; n < pushesOn(i); ++n)
                    ok = ok && w.add("sync_push", someone, day);
                for (qint64 n = 0; n < pullsOn(i); ++n)
                    ok = ok && w.add("sync_pull", someone, day);
                if (deletionsOn(i) > 0)
                    ok = ok && w.add("account_deleted", someone, day);
            }
            // Outside the year: counted nowhere in it.
            for (const QDate& day : {QDate(2024, 12, 31), QDate(2026, 1, 1)}) {
                for (const char* kind :
                     {"sign_up", "email_verified", "active", "encounter_run", "combat_actions",
                      "live_view_opened", "sync_push", "sync_pull", "account_deleted"})
                    ok = ok && w.add(kind, QStringLiteral("outside"), day);
            }
            // Paying at the start: two seasoned, one expert, one master; one more started in June
            // and cancelled on the last day of 2024.
            const QDate earlier(2024, 3, 1);
            ok = ok && w.subscription("subscription_started", "s1", earlier, "free", 0, "seasoned", 499);
            ok = ok && w.subscription("subscription_started", "s2", earlier, "free", 0, "seasoned", 499);
            ok = ok && w.subscription("subscription_started", "e", earlier, "free", 0, "expert", 999);
            ok = ok && w.subscription("subscription_started", "m", earlier, "free", 0, "master", 1999);
            ok = ok &&
                 w.subscription("subscription_started", "x", QDate(2024, 6, 1), "free", 0, "seasoned", 499);
            ok = ok && w.subscription("subscription_cancelled", "x", QDate(2024, 12, 31), "seasoned", 499,
                                      "free", 0);
            // The year: a conversion, an upgrade, cancellations (one on its last day), a retired plan.
            ok = ok &&
                 w.subscription("subscription_started", "c", QDate(2025, 3, 10), "free", 0, "seasoned", 499);
            ok = ok && w.subscription("subscription_changed", "s1", QDate(2025, 6, 1), "seasoned", 499,
                                      "guild", 3999);
            ok = ok &&
                 w.subscription("subscription_cancelled", "e", QDate(2025, 6, 30), "expert", 999, "free", 0);
            ok = ok && w.subscription("subscription_started", "l", QDate(2025, 9, 15), "free", 0,
                                      kRetiredTier, 1000);
            ok = ok && w.subscription("subscription_cancelled", "l", QDate(2025, 9, 20), kRetiredTier, 1000,
                                      "free", 0);
            ok = ok && w.subscription("subscription_cancelled", "m", QDate(2025, 12, 31), "master", 1999,
                                      "free", 0);
            // The day after: not in the year.
            ok = ok && w.subscription("subscription_cancelled", "s2", QDate(2026, 1, 1), "seasoned", 499,
                                      "free", 0);
            return ok ? Status::success()
                      : Status(Error::make(QStringLiteral("TEST"), QStringLiteral("insert")));
        });
        return written.ok();
    }

    // A paid checkout of `tier` for the account, as Stripe sends it.
    QJsonObject checkoutPaid(const TestAccount& account, const char* tier)
    {
        return stripeEvent(QStringLiteral("checkout.session.completed"),
                           QJsonObject{{"id", QStringLiteral("cs_%1").arg(m_stripeEvents)},
                                       {"client_reference_id", account.id},
                                       {"customer", QStringLiteral("cus_") + account.id.left(12)},
                                       {"subscription", QStringLiteral("sub_") + account.id.left(12)},
                                       {"payment_status", "paid"},
                                       {"amount_total", 499},
                                       {"currency", "usd"},
                                       {"metadata", QJsonObject{{"user_id", account.id}, {"tier", tier}}}});
    }
    QJsonObject subscriptionUpdate(const TestAccount& account, const char* status, const char* price)
    {
        return stripeEvent(
            QStringLiteral("customer.subscription.updated"),
            QJsonObject{
                {"id", QStringLiteral("sub_") + account.id.left(12)},
                {"customer", QStringLiteral("cus_") + account.id.left(12)},
                {"status", status},
                {"items",
                 QJsonObject{{"data", QJsonArray{QJsonObject{{"price", QJsonObject{{"id", price}}}}}}}}});
    }
    QJsonObject stripeEvent(const QString& type, const QJsonObject& object)
    {
        ++m_stripeEvents;
        return QJsonObject{{"id", QStringLiteral("evt_reports_%1_%2")
                                      .arg(m_stripeEvents)
                                      .arg(QUuid::createUuid().toString(QUuid::Id128))},
                           {"type", type},
                           {"created", QDateTime::currentSecsSinceEpoch() - 600 + m_stripeEvents},
                           {"data", QJsonObject{{"object", object}}}};
    }

    static bool push(HttpClient& client, const TestAccount& account, const ProtocolDevice& device,
                     const QList<sync::Mutation>& mutations)
    {
        const sync::PushRequest request{device.clientId, sync::kProtocolVersion, mutations};
        const HttpResponse answer = client.post("/api/v1/sync/push", request.toJson(), account.accessToken);
        if (answer.status != 200 || !answer.data().value("rejected").toArray().isEmpty())
            qWarning("push: %d %s", answer.status, answer.body.constData());
        return answer.status == 200 && answer.data().value("rejected").toArray().isEmpty();
    }

    RunningService m_service;
    TestAccount m_admin;
    std::unique_ptr<ServerDatabase> m_db;
    int m_stripeEvents = 0;
};

QTEST_GUILESS_MAIN(TestBusinessReports)
#include "TestBusinessReports.moc"
