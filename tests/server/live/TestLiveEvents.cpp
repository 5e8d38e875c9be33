// Live events from the DM's device: a session on a real store file syncs its changes to the real
// service, which tells 50 players' watch sockets and the account's other device at once, each as
// the original design's events. Watchers get the public view only, checked on the raw frames.
#include "PokeListener.h"
#include "ServerHarness.h"
#include "SyncedSession.h"

#include <QJsonDocument>
#include <QTest>
#include <QWebSocket>
#include <memory>

using namespace dnd;
using namespace dnd::test;

namespace {

constexpr int kWatchers = 50;
constexpr int kWaitMs = 20000;
// The goblin's hit points: numbers players must never receive.
constexpr int kGoblinMaxHp = 9137;
constexpr int kGoblinAfterHit = 5037;

// A socket on /api/v1/ws that keeps every text frame as it arrived and how it was closed.
struct LiveSocket {
    QWebSocket socket;
    QStringList frames;
    bool closed = false;
    int closeCode = -1;

    LiveSocket(quint16 port, const QJsonObject& hello)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString& text) { frames.append(text); });
        QObject::connect(&socket, &QWebSocket::connected, &socket, [this, hello] {
            socket.sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        });
        QObject::connect(&socket, &QWebSocket::disconnected, &socket, [this] {
            closed = true;
            closeCode = socket.closeCode();
        });
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(port)));
    }
    QJsonObject frame(qsizetype i) const { return QJsonDocument::fromJson(frames.at(i).toUtf8()).object(); }
    QJsonObject last() const { return frame(frames.size() - 1); }
    // The event types received after the greeting (watch:ok, auth:ok, subscribed).
    QStringList events() const
    {
        QStringList types;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            const QString type = frame(i).value(QStringLiteral("type")).toString();
            if (type.contains(QLatin1Char(':')) && !type.endsWith(QLatin1String(":ok")))
                types.append(type);
        }
        return types;
    }
};

// Every number anywhere in a JSON value.
void collectNumbers(const QJsonValue& value, QList<double>& numbers)
{
    if (value.isDouble())
        numbers.append(value.toDouble());
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectNumbers(item, numbers);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectNumbers(it.value(), numbers);
    }
}

} // namespace

class TestLiveEvents final : public QObject {
    Q_OBJECT

    RunningService m_service;
    TestAccount m_account;
    std::unique_ptr<SyncedSession> m_dm; // the DM's device: a session over its own store file, syncing
    QString m_goblin;
    QString m_assassin;
    QString m_aria;

    QString shareCode()
    {
        const HttpResponse share = m_service.http->post(
            "/api/v1/shares", {{"encounterId", m_dm->encounterId}}, m_account.accessToken);
        return share.status == 201 ? share.data().value("code").toString() : QString();
    }

    std::unique_ptr<LiveSocket> watch(const QString& code)
    {
        return std::make_unique<LiveSocket>(m_service.server->port(),
                                            QJsonObject{{"type", "watch"}, {"shareCode", code}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_service.start());
        m_account = registerTestAccount(*m_service.server, *m_service.http, QStringLiteral("seasoned"));
        QVERIFY(!m_account.accessToken.isEmpty());
        m_dm = std::make_unique<SyncedSession>(m_service.server->baseUrl(), m_account.accessToken);

        Creature goblin = SessionFixture::creature(QStringLiteral("Goblin"), kGoblinMaxHp);
        m_goblin = m_dm->add(goblin);
        Creature assassin = SessionFixture::creature(QStringLiteral("Shadow Assassin"), 78);
        const Result<QStringList> hidden = m_dm->session->addParticipants(assassin, 1, true);
        QVERIFY(hidden.ok());
        m_assassin = hidden->first();
        Participant withNotes = m_dm->get(m_assassin);
        withNotes.notes = QStringLiteral("ambush from the rafters");
        CHECK_OK(m_dm->session->editParticipant(withNotes));
        m_aria = m_dm->add(SessionFixture::character(QStringLiteral("Aria"), 30));
        CHECK_OK(m_dm->session->setInitiative(m_aria, 18));
        CHECK_OK(m_dm->session->setInitiative(m_assassin, 15));
        CHECK_OK(m_dm->session->setInitiative(m_goblin, 12));
        QVERIFY(m_dm->push());
    }

    // 50 watchers and one other device of the account follow a whole fight pushed through sync:
    // each sees every change, in order, and the watchers nothing the players may not see.
    void fiftyWatchersSeeEveryChangeInOrder()
    {
        const QString code = shareCode();
        QVERIFY(!code.isEmpty());
        std::vector<std::unique_ptr<LiveSocket>> watchers;
        for (int i = 0; i < kWatchers; ++i)
            watchers.push_back(watch(code));
        LiveSocket device(m_service.server->port(), {{"type", "auth"}, {"token", m_account.accessToken}});
        QVERIFY(QTest::qWaitFor([&] { return !device.frames.isEmpty(); }, kWaitMs));
        device.socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"type", "subscribe"}, {"encounterId", m_dm->encounterId}}).toJson()));
        QVERIFY(QTest::qWaitFor([&] { return device.frames.size() == 2; }, kWaitMs));
        for (const auto& watcher : watchers)
            QVERIFY(QTest::qWaitFor([&] { return watcher->events().size() == 1; }, kWaitMs));
        // Whoever connects gets the state as it is first.
        const QJsonObject first = watchers.front()->last();
        QCOMPARE(first.value("type").toString(), QStringLiteral("encounter:update"));
        QCOMPARE(first.value("data").toObject().value("combatants").toArray().size(), 2);

        CHECK_OK(m_dm->session->startCombat());
        QVERIFY(m_dm->push());
        rules::DamageRequest hit;
        hit.targetIds = {m_goblin};
        hit.amount = kGoblinMaxHp - kGoblinAfterHit;
        CHECK_OK(m_dm->session->applyDamage(hit));
        QVERIFY(m_dm->push());
        rules::ConditionRequest prone;
        prone.targetId = m_goblin;
        prone.key = QStringLiteral("prone");
        CHECK_OK(m_dm->session->addCondition(prone));
        rules::ConditionRequest invisible;
        invisible.targetId = m_goblin;
        invisible.key = QStringLiteral("invisible");
        invisible.hidden = true;
        invisible.note = QStringLiteral("slipped behind the curtain");
        CHECK_OK(m_dm->session->addCondition(invisible));
        QVERIFY(m_dm->push());
        CHECK_OK(m_dm->session->nextTurn()); // Aria -> the hidden assassin: nobody's visible turn
        QVERIFY(m_dm->push());
        CHECK_OK(m_dm->session->nextTurn()); // -> the goblin
        QVERIFY(m_dm->push());
        CHECK_OK(m_dm->session->removeCondition(m_goblin, m_dm->get(m_goblin).conditions.first().id));
        QVERIFY(m_dm->push());
        CHECK_OK(m_dm->session->endCombat());
        QVERIFY(m_dm->push());

        const QStringList expected{
            "encounter:update", "combat:start", "participant:hp_change",        "participant:condition_add",
            "turn:advance",     "turn:advance", "participant:condition_remove", "combat:end"};
        for (const auto& watcher : watchers) {
            QVERIFY(QTest::qWaitFor([&] { return watcher->events().size() >= expected.size(); }, kWaitMs));
            QCOMPARE(watcher->events(), expected);
            QCOMPARE(watcher->frames, watchers.front()->frames);
        }
        // The other device hears of every change too, the hidden ones as encounter:update.
        QVERIFY(QTest::qWaitFor([&] { return device.events().contains("combat:end"); }, kWaitMs));
        const QStringList deviceEvents = device.events();
        for (const QString& type : expected.mid(1))
            QVERIFY2(deviceEvents.contains(type), qPrintable(type));

        // The wire to the watchers, frame by frame.
        const LiveSocket& watcher = *watchers.front();
        const QStringList secrets{QStringLiteral("Shadow Assassin"), m_assassin,
                                  QStringLiteral("ambush"),          QStringLiteral("invisible"),
                                  QStringLiteral("curtain"),         QStringLiteral("notes"),
                                  QStringLiteral("currentHp"),       QStringLiteral("maxHp")};
        for (qsizetype i = 0; i < watcher.frames.size(); ++i) {
            for (const QString& secret : secrets)
                QVERIFY2(!watcher.frames[i].contains(secret),
                         qPrintable(secret + " in " + watcher.frames[i]));
            QList<double> numbers;
            collectNumbers(watcher.frame(i), numbers);
            QVERIFY2(!numbers.contains(kGoblinMaxHp) && !numbers.contains(kGoblinAfterHit),
                     qPrintable(watcher.frames[i]));
        }
        // The turn landed on the right combatants although a hidden one sits between them.
        const auto currentAfter = [&](int turnEvent) {
            int seen = 0;
            for (qsizetype i = 0; i < watcher.frames.size(); ++i) {
                if (watcher.frame(i).value("type") == QStringLiteral("turn:advance") && ++seen == turnEvent)
                    return watcher.frame(i).value("data").toObject().value("currentId").toString();
            }
            return QStringLiteral("none");
        };
        QCOMPARE(currentAfter(1), QString()); // the assassin's turn shows nobody
        QCOMPARE(currentAfter(2), m_goblin);
        const QJsonObject hpChange = watcher.frame(watcher.events().indexOf("participant:hp_change") + 1);
        QCOMPARE(hpChange.value("participantId").toString(), m_goblin);
        // The device got the whole encounter, hidden combatant included.
        QVERIFY(device.frames.join('\n').contains(m_assassin));
    }

    // A watcher that connects in the middle of a fight sees it as it stands, before any change.
    void reconnectingWatcherGetsTheCurrentStateFirst()
    {
        CHECK_OK(m_dm->session->startCombat());
        CHECK_OK(m_dm->session->nextTurn());
        CHECK_OK(m_dm->session->nextTurn());
        QVERIFY(m_dm->push());
        auto watcher = watch(shareCode());
        QVERIFY(QTest::qWaitFor([&] { return watcher->events().size() == 1; }, kWaitMs));
        const QJsonObject state = watcher->last().value("data").toObject();
        QCOMPARE(state.value("inCombat").toBool(), true);
        QCOMPARE(state.value("currentId").toString(), m_goblin);
        QCOMPARE(state.value("nextId").toString(), m_aria);
        CHECK_OK(m_dm->session->endCombat());
        QVERIFY(m_dm->push());
    }

    // The DM's device hears when somebody starts and stops following the account's encounters,
    // which is when the app pushes its combat changes at once instead of gathering them.
    void devicesHearWhenSomebodyFollowsLive()
    {
        const QString token = m_account.accessToken;
        sync::PokeListener listener([token] { return token; });
        listener.start(QUrl(m_service.server->baseUrl()));
        QVERIFY(QTest::qWaitFor([&] { return listener.isListening(); }, kWaitMs));
        QVERIFY(!listener.isLive());
        auto watcher = watch(shareCode());
        QVERIFY(QTest::qWaitFor([&] { return listener.isLive(); }, kWaitMs));
        watcher.reset();
        QVERIFY(QTest::qWaitFor([&] { return !listener.isLive(); }, kWaitMs));
        // Another device that opens the encounter counts too.
        LiveSocket device(m_service.server->port(), {{"type", "auth"}, {"token", token}});
        QVERIFY(QTest::qWaitFor([&] { return !device.frames.isEmpty(); }, kWaitMs));
        device.socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"type", "subscribe"}, {"encounterId", m_dm->encounterId}}).toJson()));
        QVERIFY(QTest::qWaitFor([&] { return listener.isLive(); }, kWaitMs));
        // A device that connects while somebody follows is told in its greeting.
        sync::PokeListener late([token] { return token; });
        late.start(QUrl(m_service.server->baseUrl()));
        QVERIFY(QTest::qWaitFor([&] { return late.isListening(); }, kWaitMs));
        QVERIFY(late.isLive());
    }

    // Revoking a share closes its watchers at once, and its code no longer opens a watch.
    void revokedShareDisconnectsItsWatchers()
    {
        const QString code = shareCode();
        const QString other = shareCode();
        std::vector<std::unique_ptr<LiveSocket>> watchers;
        for (int i = 0; i < 5; ++i)
            watchers.push_back(watch(code));
        auto stays = watch(other);
        for (const auto& watcher : watchers)
            QVERIFY(QTest::qWaitFor([&] { return watcher->events().size() == 1; }, kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return stays->events().size() == 1; }, kWaitMs));
        QCOMPARE(m_service.http->del("/api/v1/shares/" + code, m_account.accessToken).status, 200);
        for (const auto& watcher : watchers) {
            QVERIFY(QTest::qWaitFor([&] { return watcher->closed; }, kWaitMs));
            QCOMPARE(watcher->closeCode, int(QWebSocketProtocol::CloseCodeNormal));
        }
        auto refused = watch(code);
        QVERIFY(QTest::qWaitFor([&] { return refused->closed; }, kWaitMs));
        QCOMPARE(refused->closeCode, 4401);
        // The other share's watcher still follows the fight.
        CHECK_OK(m_dm->session->startCombat());
        QVERIFY(m_dm->push());
        QVERIFY(QTest::qWaitFor([&] { return stays->events().contains("combat:start"); }, kWaitMs));
        QVERIFY(!stays->closed);
    }
};

QTEST_GUILESS_MAIN(TestLiveEvents)
#include "TestLiveEvents.moc"
