// Free rolls in the combat log: a statblock's attack or damage roll recorded by the session with
// its dice and total, stored, undone, redone, exported, and refused when the input is bad.
#include "SessionFixture.h"
#include "rules/CombatLogExport.h"

#include <QSignalSpy>
#include <QTest>

using namespace dnd;
using namespace dnd::rules;
using namespace dnd::test;

namespace {
QList<int> faces(const QJsonObject& details)
{
    QList<int> values;
    for (const QJsonValue& die : details.value(QStringLiteral("dice")).toArray())
        values << die.toObject().value(QStringLiteral("value")).toInt();
    return values;
}

QList<CombatLogEntry> storedLog(SessionFixture& f)
{
    QList<CombatLogEntry> log = f.temp.store->childrenOf<CombatLogEntry>(f.encounterId);
    std::sort(log.begin(), log.end(),
              [](const CombatLogEntry& a, const CombatLogEntry& b) { return a.sequence < b.sequence; });
    return log;
}
} // namespace

class TestSessionRolls final : public QObject {
    Q_OBJECT
private slots:
    void rollIsLoggedStoredAndSurvivesRestart();
    void undoRemovesTheRollAndRedoBringsTheSameDiceBack();
    void dmRollWithKeepRuleNeedsNoCombatant();
    void exportShowsTheRoll();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
};

void TestSessionRolls::rollIsLoggedStoredAndSurvivesRestart()
{
    SessionFixture f;
    const QString goblin = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7, 14, 15));
    CHECK_OK(f.session->startCombat());
    const qsizetype before = f.session->log().size();
    const QByteArray table = f.storedState(false);
    QSignalSpy changed(f.session.get(), &EncounterSession::changed);

    f.random.push({15});
    const Result<DiceRoll> roll =
        f.session->recordRoll(QStringLiteral("Goblin: Scimitar (to hit)"), QStringLiteral("1d20+4"), goblin);
    CHECK_OK(roll);
    QCOMPARE(roll->total, 19);
    QCOMPARE(roll->dice.size(), 1);
    QCOMPARE(roll->dice.first().value, 15);
    QCOMPARE(changed.count(), 1);

    QCOMPARE(f.session->log().size(), before + 1);
    const CombatLogEntry entry = f.session->log().last();
    QCOMPARE(entry.action, QStringLiteral("roll"));
    QCOMPARE(entry.actor, QStringLiteral("Goblin"));
    QVERIFY(entry.target.isEmpty());
    QCOMPARE(entry.round, 1);
    QCOMPARE(entry.turn, 1);
    QCOMPARE(entry.details.value(QStringLiteral("label")).toString(),
             QStringLiteral("Goblin: Scimitar (to hit)"));
    QCOMPARE(entry.details.value(QStringLiteral("expression")).toString(), QStringLiteral("1d20+4"));
    QCOMPARE(entry.details.value(QStringLiteral("total")).toInt(), 19);
    QCOMPARE(entry.details.value(QStringLiteral("actorId")).toString(), goblin);
    QCOMPARE(faces(entry.details), QList<int>{15});
    QVERIFY(entry.validate().isEmpty());
    QCOMPARE(f.session->undoText(), QStringLiteral("Roll Goblin: Scimitar (to hit)"));

    // A roll changes no combatant, only the log.
    QCOMPARE(f.storedState(false), table);
    QCOMPARE(storedLog(f).last(), entry);

    // After a restart the roll is still in the log, identical.
    f.session.reset();
    f.temp.reopen();
    f.session = std::make_unique<EncounterSession>(*f.temp.store, f.encounterId, f.random, f.temp.clock);
    CHECK_OK(f.session->load());
    QCOMPARE(f.session->log().last(), entry);
    QCOMPARE(CombatLogEntry::fromJson(entry.toJson()), entry);
}

void TestSessionRolls::undoRemovesTheRollAndRedoBringsTheSameDiceBack()
{
    SessionFixture f;
    const QString goblin = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7, 14, 15));
    const qsizetype before = f.session->log().size();
    f.random.push({3, 6});
    const Result<DiceRoll> roll = f.session->recordRoll(QStringLiteral("Goblin: Scimitar (slashing damage)"),
                                                        QStringLiteral("2d6+2"), goblin);
    CHECK_OK(roll);
    QCOMPARE(roll->total, 11);
    const CombatLogEntry entry = f.session->log().last();
    // Out of combat the entry says round 0, turn 0.
    QCOMPARE(entry.round, 0);
    QCOMPARE(entry.turn, 0);

    CHECK_OK(f.session->undo());
    QCOMPARE(f.session->log().size(), before);
    QCOMPARE(storedLog(f).size(), before);
    QVERIFY(!f.temp.store->get<CombatLogEntry>(entry.id));
    QVERIFY(f.session->canRedo());
    QCOMPARE(f.session->redoText(), QStringLiteral("Roll Goblin: Scimitar (slashing damage)"));

    // Redo brings back the roll that was made, not a new one.
    f.random.push({1, 1});
    CHECK_OK(f.session->redo());
    QCOMPARE(f.session->log().size(), before + 1);
    QCOMPARE(f.session->log().last(), entry);
    QCOMPARE(faces(f.session->log().last().details), (QList<int>{3, 6}));
    QCOMPARE(storedLog(f).last(), entry);

    // A command after a roll keeps the sequence going; undoing both leaves the log as it was.
    CHECK_OK(f.session->setHidden(goblin, true));
    QCOMPARE(f.session->log().last().sequence, entry.sequence + 1);
    CHECK_OK(f.session->undo());
    CHECK_OK(f.session->undo());
    QCOMPARE(storedLog(f).size(), before);
    QVERIFY(!f.get(goblin).hidden);
}

void TestSessionRolls::dmRollWithKeepRuleNeedsNoCombatant()
{
    SessionFixture f;
    f.random.push({6, 5, 3, 1});
    const Result<DiceRoll> roll =
        f.session->recordRoll(QStringLiteral("Ability score"), QStringLiteral("4d6kh3"));
    CHECK_OK(roll);
    QCOMPARE(roll->total, 14);
    const CombatLogEntry entry = f.session->log().last();
    QVERIFY(entry.actor.isEmpty());
    QVERIFY(!entry.details.contains(QStringLiteral("actorId")));
    QCOMPARE(faces(entry.details), (QList<int>{6, 5, 3, 1}));
    const QJsonArray dice = entry.details.value(QStringLiteral("dice")).toArray();
    QCOMPARE(dice.at(3).toObject().value(QStringLiteral("kept")).toBool(), false);
    QVERIFY(CombatLogExport::line(entry).endsWith(
        QStringLiteral("The DM rolled “Ability score” 4d6kh3 [6, 5, 3, (1)] = 14")));

    // No label: the expression names the undo step.
    f.random.push({4});
    CHECK_OK(f.session->recordRoll(QString(), QStringLiteral("1d8")));
    QCOMPARE(f.session->undoText(), QStringLiteral("Roll 1d8"));
    QVERIFY(
        CombatLogExport::line(f.session->log().last()).endsWith(QStringLiteral("The DM rolled 1d8 [4] = 4")));
}

void TestSessionRolls::exportShowsTheRoll()
{
    SessionFixture f;
    const QString goblin = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7, 14, 15));
    CHECK_OK(f.session->startCombat());
    f.temp.clock.set(1'700'000'000'000 + 65'000); // 22:14:25 UTC
    f.random.push({15});
    QVERIFY(
        f.session->recordRoll(QStringLiteral("Goblin: Scimitar (to hit)"), QStringLiteral("1d20 + 4"), goblin)
            .ok());

    const QString text = CombatLogExport::toText(f.session->log());
    const QString expected =
        QStringLiteral("R1 T1 22:14:25  Goblin rolled “Goblin: Scimitar (to hit)” 1d20 + 4 [15] = 19\n");
    QVERIFY2(text.endsWith(expected), qPrintable(text));

    const QJsonArray json = CombatLogExport::toJson(f.session->log());
    const QJsonObject last = json.last().toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("roll"));
    QCOMPARE(last.value(QStringLiteral("actor")).toString(), QStringLiteral("Goblin"));
    const QJsonObject details = last.value(QStringLiteral("details")).toObject();
    QCOMPARE(details.value(QStringLiteral("total")).toInt(), 19);
    QCOMPARE(details.value(QStringLiteral("expression")).toString(), QStringLiteral("1d20 + 4"));
    QCOMPARE(details.value(QStringLiteral("label")).toString(), QStringLiteral("Goblin: Scimitar (to hit)"));
    QCOMPARE(faces(details), QList<int>{15});
    QCOMPARE(CombatLogEntry::fromJson(last), f.session->log().last());
}

void TestSessionRolls::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("unknownActor");
    QTest::addColumn<QString>("code");
    QTest::newRow("syntax") << QStringLiteral("Bite") << QStringLiteral("1d") << false
                            << QStringLiteral("DICE_SYNTAX");
    QTest::newRow("words") << QStringLiteral("Bite") << QStringLiteral("a goblin") << false
                           << QStringLiteral("DICE_SYNTAX");
    QTest::newRow("empty") << QStringLiteral("Bite") << QString() << false << QStringLiteral("DICE_SYNTAX");
    QTest::newRow("too many dice") << QStringLiteral("Bite") << QStringLiteral("1001d6") << false
                                   << QStringLiteral("DICE_LIMIT");
    QTest::newRow("huge text") << QStringLiteral("Bite") << QStringLiteral("1d6+").repeated(200) << false
                               << QStringLiteral("DICE_LIMIT");
    QTest::newRow("long label") << QStringLiteral("x").repeated(201) << QStringLiteral("1d6") << false
                                << QStringLiteral("RULES_ERROR");
    QTest::newRow("unknown combatant")
        << QStringLiteral("Bite") << QStringLiteral("1d6") << true << QStringLiteral("NOT_FOUND");
}

void TestSessionRolls::badInputChangesNothing()
{
    QFETCH(QString, label);
    QFETCH(QString, expression);
    QFETCH(bool, unknownActor);
    QFETCH(QString, code);
    SessionFixture f;
    const QString goblin = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7));
    const QString actor = unknownActor ? QStringLiteral("nobody") : goblin;
    CHECK_REFUSED(f, f.session->recordRoll(label, expression, actor), code);
    QVERIFY(!f.session->recordRoll(label, expression, actor).errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionRolls)
#include "TestSessionRolls.moc"
