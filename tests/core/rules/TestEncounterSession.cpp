#include "SessionFixture.h"
#include "rules/CombatSummary.h"
#include "rules/HitPointRules.h"
#include "rules/InitiativeOrder.h"

#include <QSignalSpy>
#include <QTest>

using namespace dnd;
using namespace dnd::rules;
using namespace dnd::test;

namespace {

DamageRequest damage(const QStringList& targets, int amount, const QString& type = {})
{
    DamageRequest request;
    request.targetIds = targets;
    request.amount = amount;
    request.damageType = type;
    return request;
}

ConditionRequest condition(const QString& target, const QString& key, int rounds = -1,
                           DurationTiming timing = DurationTiming::TurnEnd, const QString& anchor = {})
{
    ConditionRequest request;
    request.targetId = target;
    request.key = key;
    request.rounds = rounds;
    request.timing = timing;
    request.anchorParticipantId = anchor;
    return request;
}

InitiativeRollRequest rollRequest(const QStringList& ids, std::optional<InitiativeMode> mode, bool group)
{
    InitiativeRollRequest request;
    request.participantIds = ids;
    request.mode = mode;
    request.groupIdentical = group;
    return request;
}

QStringList names(const EncounterSession& session)
{
    QStringList result;
    for (const Participant& p : session.participants())
        result << p.name;
    return result;
}

// A, B and C at initiative 20, 15 and 10 with combat started: A's turn. C is a character or a
// creature as the test needs.
struct FightOfThree {
    QString a, b, c;
};

void startFightOfThree(SessionFixture& f, bool cIsCharacter, FightOfThree* fight)
{
    fight->a = f.add(SessionFixture::creature(QStringLiteral("A"), 10));
    fight->b = f.add(SessionFixture::creature(QStringLiteral("B"), 10));
    fight->c = cIsCharacter ? f.add(SessionFixture::character(QStringLiteral("C"), 10))
                            : f.add(SessionFixture::creature(QStringLiteral("C"), 10));
    CHECK_OK(f.session->setInitiative(fight->a, 20));
    CHECK_OK(f.session->setInitiative(fight->b, 15));
    CHECK_OK(f.session->setInitiative(fight->c, 10));
    CHECK_OK(f.session->startCombat());
}
} // namespace

class TestEncounterSession final : public QObject {
    Q_OBJECT
private slots:
    void numbersIdenticalCreatures()
    {
        SessionFixture f;
        f.add(SessionFixture::creature(QStringLiteral("Ogre"), 59));
        QCOMPARE(names(*f.session), QStringList{"Ogre"});
        f.add(SessionFixture::creature(QStringLiteral("Ogre"), 59));
        f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7, 14), 2);
        QStringList all = names(*f.session);
        all.sort();
        QCOMPARE(all, QStringList({"Goblin 1", "Goblin 2", "Ogre 1", "Ogre 2"}));
        f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7, 14));
        QVERIFY(names(*f.session).contains(QStringLiteral("Goblin 3")));
        CHECK_REFUSED(f, f.session->addParticipants(SessionFixture::creature(QStringLiteral("Goblin"), 7), 0),
                      "RULES_ERROR");
        CHECK_REFUSED(f,
                      f.session->addParticipants(SessionFixture::creature(QStringLiteral("Goblin"), 7),
                                                 EncounterSession::kMostAddedAtOnce + 1),
                      "RULES_ERROR");
    }

    void commandsAreStoredAndSynced()
    {
        SessionFixture f;
        const qint64 outboxBefore = f.temp.store->outboxSize();
        const QString goblin = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7));
        CHECK_OK(f.session->applyDamage(damage({goblin}, 3, QStringLiteral("slashing"))));
        QVERIFY(f.temp.store->outboxSize() > outboxBefore);
        // A second session on the same store sees the same state.
        SeededRandom random(3);
        EncounterSession other(*f.temp.store, f.encounterId, random, f.temp.clock);
        CHECK_OK(other.load());
        QCOMPARE(other.participant(goblin)->currentHp, 4);
        QCOMPARE(other.log().size(), f.session->log().size());
        const qint64 beforeUndo = f.temp.store->outboxSize();
        CHECK_OK(f.session->undo());
        QVERIFY(f.temp.store->outboxSize() > beforeUndo); // the undo is a synced change too
        QCOMPARE(f.get(goblin).currentHp, 7);
        // Failing commands change nothing: not the store, the session's view, its history or the outbox.
        CHECK_REFUSED(f, f.session->applyDamage(damage({QStringLiteral("nobody")}, 3)), "NOT_FOUND");
        CHECK_REFUSED(f, f.session->heal({goblin}, 0), "RULES_ERROR");
        CHECK_REFUSED(f, f.session->nextTurn(), "RULES_ERROR");
        // One unknown target among several: none of them is healed or given temporary HP.
        CHECK_OK(f.session->applyDamage(damage({goblin}, 3)));
        CHECK_REFUSED(f, f.session->heal({goblin, QStringLiteral("nobody")}, 2), "NOT_FOUND");
        CHECK_REFUSED(f, f.session->grantTempHp({goblin, QStringLiteral("nobody")}, 5), "NOT_FOUND");
        QCOMPARE(f.get(goblin).currentHp, 4);
        QCOMPARE(f.get(goblin).tempHp, 0);
    }

    void turnsSkipTheDefeatedAndCountRounds()
    {
        SessionFixture f;
        FightOfThree fight;
        startFightOfThree(f, true, &fight);
        if (QTest::currentTestFailed())
            return;
        const QString &a = fight.a, &b = fight.b, &c = fight.c;
        QCOMPARE(f.session->round(), 1);
        QCOMPARE(f.session->currentParticipantId(), a);
        QCOMPARE(f.session->nextParticipantId(), b);
        CHECK_OK(f.session->applyDamage(damage({b}, 50)));
        QVERIFY(f.get(b).defeated);
        QCOMPARE(f.session->nextParticipantId(), c);
        CHECK_OK(f.session->nextTurn());
        QCOMPARE(f.session->currentParticipantId(), c);
        CHECK_OK(f.session->nextTurn());
        QCOMPARE(f.session->currentParticipantId(), a);
        QCOMPARE(f.session->round(), 2);
        f.temp.clock.advance(6000);
        QCOMPARE(f.session->elapsedMs(), 6000);
        CHECK_OK(f.session->endCombat());
        f.temp.clock.advance(6000);
        QCOMPARE(f.session->elapsedMs(), 6000);
    }

    // A break at the table: the clock stops, the turn stays, turn changes wait (and say why) while
    // everything else still works; pause and resume are each one undo step.
    void combatPausesAndResumes()
    {
        SessionFixture f;
        const QString a = f.add(SessionFixture::creature(QStringLiteral("A"), 10));
        const QString b = f.add(SessionFixture::creature(QStringLiteral("B"), 10));
        CHECK_OK(f.session->setInitiative(a, 20));
        CHECK_OK(f.session->setInitiative(b, 15));
        CHECK_FAILS(f.session->pauseCombat(), "RULES_ERROR");
        CHECK_OK(f.session->startCombat());
        f.temp.clock.advance(4000);

        CHECK_OK(f.session->pauseCombat());
        QVERIFY(f.session->isPaused());
        QVERIFY(!f.session->isActive());
        QCOMPARE(f.temp.store->get<Encounter>(f.encounterId)->status, EncounterStatus::Paused);
        QCOMPARE(f.session->undoText(), QStringLiteral("Pause combat"));
        QCOMPARE(f.session->log().last().action, QStringLiteral("combat_pause"));
        f.temp.clock.advance(60000);
        QCOMPARE(f.session->elapsedMs(), 4000);
        CHECK_REFUSED(f, f.session->nextTurn(), "RULES_ERROR");
        CHECK_REFUSED(f, f.session->previousTurn(), "RULES_ERROR");
        CHECK_REFUSED(f, f.session->startCombat(), "RULES_ERROR");
        CHECK_REFUSED(f, f.session->pauseCombat(), "RULES_ERROR");
        QVERIFY(f.session->nextTurn().errorMessage().contains(QStringLiteral("paused")));
        CHECK_OK(f.session->applyDamage(damage({b}, 3)));
        QCOMPARE(f.get(b).currentHp, 7);
        CHECK_OK(f.session->undo());

        CHECK_OK(f.session->resumeCombat());
        QVERIFY(f.session->isActive());
        QCOMPARE(f.session->undoText(), QStringLiteral("Resume combat"));
        QCOMPARE(f.session->currentParticipantId(), a);
        CHECK_REFUSED(f, f.session->resumeCombat(), "RULES_ERROR");
        f.temp.clock.advance(2000);
        QCOMPARE(f.session->elapsedMs(), 6000);
        CHECK_OK(f.session->nextTurn());
        QCOMPARE(f.session->currentParticipantId(), b);

        // One step each back: before the resume it is paused, before the pause it runs.
        CHECK_OK(f.session->undo());
        CHECK_OK(f.session->undo());
        QVERIFY(f.session->isPaused());
        CHECK_OK(f.session->undo());
        QVERIFY(f.session->isActive());
        QCOMPARE(f.session->currentParticipantId(), a);

        // A paused fight can still end.
        CHECK_OK(f.session->pauseCombat());
        CHECK_OK(f.session->endCombat());
        QCOMPARE(f.session->encounter().status, EncounterStatus::Completed);
    }

    // Reinforcements mid-fight: they take their place by initiative (typed or rolled), whose turn
    // it is does not change, and each addition is one undo step.
    void creaturesJoinAFightUnderWay()
    {
        SessionFixture f;
        FightOfThree fight;
        startFightOfThree(f, true, &fight);
        if (QTest::currentTestFailed())
            return;
        const QString& b = fight.b;
        CHECK_OK(f.session->nextTurn());
        QCOMPARE(f.session->currentParticipantId(), b);

        JoinInitiative typed;
        typed.kind = JoinInitiative::Kind::Total;
        typed.total = 17;
        const Result<QStringList> goblins = f.session->addParticipants(
            SessionFixture::creature(QStringLiteral("Goblin"), 7, 14), 2, false, typed);
        CHECK_OK(goblins);
        QCOMPARE(names(*f.session), QStringList({"A", "Goblin 1", "Goblin 2", "B", "C"}));
        QCOMPARE(f.session->currentParticipantId(), b);
        QCOMPARE(f.session->round(), 1);
        QCOMPARE(f.get(goblins->first()).initiative, std::optional<int>(17));
        QCOMPARE(f.session->undoText(), QStringLiteral("Add Goblin x2"));
        CHECK_OK(f.session->undo());
        QCOMPARE(names(*f.session), QStringList({"A", "B", "C"}));
        QCOMPARE(f.session->currentParticipantId(), b);
        CHECK_OK(f.session->redo());
        QCOMPARE(f.session->currentParticipantId(), b);

        // A blank creature the DM types in, with a typed total: between B and C.
        Participant scout;
        scout.kind = ParticipantKind::Creature;
        scout.name = QStringLiteral("Scout");
        scout.maxHp = 16;
        scout.currentHp = 16;
        scout.ac = 13;
        typed.total = 12;
        const Result<QString> added = f.session->addCustomParticipant(scout, typed);
        CHECK_OK(added);
        const QStringList order = names(*f.session);
        QCOMPARE(order.indexOf(QStringLiteral("Scout")), order.indexOf(QStringLiteral("B")) + 1);
        QCOMPARE(f.session->currentParticipantId(), b);

        // Rolled: the d20 plus the Dexterity modifier, logged as a roll.
        JoinInitiative rolled;
        rolled.kind = JoinInitiative::Kind::Roll;
        const Result<QStringList> wolf = f.session->addParticipants(
            SessionFixture::creature(QStringLiteral("Wolf"), 11, 15), 1, true, rolled);
        CHECK_OK(wolf);
        const std::optional<int> wolfInitiative = f.get(wolf->first()).initiative;
        QVERIFY(wolfInitiative && *wolfInitiative >= 3 && *wolfInitiative <= 22);
        QCOMPARE(f.session->log().last().action, QStringLiteral("initiative_roll"));
        QCOMPARE(f.session->currentParticipantId(), b);

        // A total out of range adds nobody.
        const qsizetype before = f.session->participants().size();
        typed.total = 99;
        CHECK_REFUSED(
            f,
            f.session->addParticipants(SessionFixture::creature(QStringLiteral("Orc"), 15), 1, false, typed),
            "RULES_ERROR");
        QCOMPARE(f.session->participants().size(), before);

        // The goblins' count came before B's this round: they act in the next one.
        const QStringList finalOrder = names(*f.session);
        CHECK_OK(f.session->nextTurn());
        QCOMPARE(f.get(f.session->currentParticipantId()).name,
                 finalOrder.at(finalOrder.indexOf(QStringLiteral("B")) + 1));
        QCOMPARE(f.session->round(), 1);
    }

    void removeDefeatedOption()
    {
        SessionFixture f;
        const QString a = f.add(SessionFixture::creature(QStringLiteral("A"), 10));
        const QString b = f.add(SessionFixture::creature(QStringLiteral("B"), 10));
        InitiativeOptions options;
        options.removeDefeatedCreatures = true;
        CHECK_OK(f.session->setOptions(options));
        CHECK_OK(f.session->applyDamage(damage({b}, 10)));
        QVERIFY(!f.session->participant(b));
        QVERIFY(f.session->participant(a));
        CHECK_OK(f.session->undo());
        QVERIFY(f.session->participant(b));
        QCOMPARE(f.get(b).currentHp, 10);
    }

    // Three combatants A (20), B (15), C (10); a condition on B; how many nextTurn calls until it ends.
    void conditionDurations_data()
    {
        QTest::addColumn<QString>("addedDuring");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<int>("timing"); // 0 start, 1 end
        QTest::addColumn<int>("rounds");
        QTest::addColumn<int>("expiresAfter"); // -1 = never within 9 turns
        QTest::newRow("own start, 1") << "A"
                                      << "B" << 0 << 1 << 1;
        QTest::newRow("own start, 2") << "A"
                                      << "B" << 0 << 2 << 4;
        QTest::newRow("own end, 1") << "A"
                                    << "B" << 1 << 1 << 2;
        QTest::newRow("own end, 2") << "A"
                                    << "B" << 1 << 2 << 5;
        QTest::newRow("own end, added in own turn") << "B"
                                                    << "B" << 1 << 1 << 4;
        QTest::newRow("own start, added in own turn") << "B"
                                                      << "B" << 0 << 1 << 3;
        QTest::newRow("other's end, added in that turn") << "A"
                                                         << "A" << 1 << 1 << 4;
        QTest::newRow("other's start") << "A"
                                       << "C" << 0 << 1 << 2;
        QTest::newRow("other's end") << "A"
                                     << "C" << 1 << 1 << 3;
        QTest::newRow("other's start, added in that turn") << "C"
                                                           << "C" << 0 << 1 << 3;
        QTest::newRow("other's start, 2") << "A"
                                          << "C" << 0 << 2 << 5;
        QTest::newRow("other's end, 2") << "A"
                                        << "C" << 1 << 2 << 6;
        QTest::newRow("until removed") << "A"
                                       << "B" << 1 << -1 << -1;
    }
    void conditionDurations()
    {
        QFETCH(QString, addedDuring);
        QFETCH(QString, anchor);
        QFETCH(int, timing);
        QFETCH(int, rounds);
        QFETCH(int, expiresAfter);
        SessionFixture f;
        QHash<QString, QString> ids;
        int initiative = 20;
        for (const QString& name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
            ids[name] = f.add(SessionFixture::creature(name, 10));
            CHECK_OK(f.session->setInitiative(ids[name], initiative));
            initiative -= 5;
        }
        CHECK_OK(f.session->startCombat());
        while (f.session->currentParticipantId() != ids[addedDuring])
            CHECK_OK(f.session->nextTurn());
        ConditionRequest request;
        request.targetId = ids[QStringLiteral("B")];
        request.key = QStringLiteral("prone");
        request.rounds = rounds;
        request.timing = timing == 0 ? DurationTiming::TurnStart : DurationTiming::TurnEnd;
        request.anchorParticipantId = ids[anchor];
        CHECK_OK(f.session->addCondition(request));
        QVERIFY(f.get(ids[QStringLiteral("B")]).hasCondition(QStringLiteral("prone")));
        int turns = 0;
        while (turns < 9 && f.get(ids[QStringLiteral("B")]).hasCondition(QStringLiteral("prone"))) {
            CHECK_OK(f.session->nextTurn());
            ++turns;
        }
        QCOMPARE(f.get(ids[QStringLiteral("B")]).hasCondition(QStringLiteral("prone")) ? -1 : turns,
                 expiresAfter);
        if (expiresAfter > 0) {
            bool ended = false;
            for (const CombatLogEntry& entry : f.session->log())
                ended = ended || entry.action == QLatin1String("condition_end");
            QVERIFY(ended);
        }
    }

    // A defeated anchor takes no turn, but durations counted on its turns still end at its place in
    // the order. A (20), B (15), C (10); Prone on B for 1 round of C's turn, added in A's turn; C
    // is defeated: the condition ends as the turn passes C's place, on the second nextTurn.
    void durationsCountForADefeatedAnchor_data()
    {
        QTest::addColumn<int>("timing"); // 0 start, 1 end
        QTest::newRow("start of the defeated anchor's turn") << 0;
        QTest::newRow("end of the defeated anchor's turn") << 1;
    }
    void durationsCountForADefeatedAnchor()
    {
        QFETCH(int, timing);
        SessionFixture f;
        FightOfThree fight;
        startFightOfThree(f, false, &fight);
        if (QTest::currentTestFailed())
            return;
        const QString &a = fight.a, &b = fight.b, &c = fight.c;
        CHECK_OK(f.session->addCondition(
            condition(b, QStringLiteral("prone"), 1,
                      timing == 0 ? DurationTiming::TurnStart : DurationTiming::TurnEnd, c)));
        CHECK_OK(f.session->applyDamage(damage({c}, 10)));
        QVERIFY(f.get(c).defeated);
        CHECK_OK(f.session->nextTurn()); // B
        QVERIFY(f.get(b).hasCondition(QStringLiteral("prone")));
        CHECK_OK(f.session->nextTurn()); // past C's place to A
        QCOMPARE(f.session->currentParticipantId(), a);
        QCOMPARE(f.session->round(), 2);
        QVERIFY(!f.get(b).hasCondition(QStringLiteral("prone")));
        const CombatLogEntry& ended = f.session->log().at(f.session->log().size() - 3);
        QCOMPARE(ended.action, QStringLiteral("condition_end"));
        QCOMPARE(ended.actor, QStringLiteral("C"));
        QCOMPARE(ended.target, QStringLiteral("B"));
        // Stepping back restores it.
        CHECK_OK(f.session->previousTurn());
        QVERIFY(f.get(b).hasCondition(QStringLiteral("prone")));
        QCOMPARE(f.session->currentParticipantId(), b);
    }

    void conditionRulesAndConcentration()
    {
        SessionFixture f;
        const QString dragon = f.add(SessionFixture::dragon());
        const QString wizard = f.add(SessionFixture::character(QStringLiteral("Wizard"), 30));
        ConditionRequest frightened = condition(dragon, QStringLiteral("frightened"));
        CHECK_REFUSED(f, f.session->addCondition(frightened), "RULES_ERROR"); // immune
        CHECK_OK(f.session->setConcentration(wizard, true, QStringLiteral("Hold Person")));
        QSignalSpy prompts(f.session.get(), &EncounterSession::promptRaised);
        CHECK_OK(f.session->applyDamage(damage({wizard}, 25)));
        QCOMPARE(prompts.size(), 1);
        const Prompt prompt = prompts.first().first().value<Prompt>();
        QCOMPARE(prompt.kind, Prompt::Kind::ConcentrationCheck);
        QCOMPARE(prompt.dc, 12);
        QCOMPARE(prompt.participantId, wizard);
        CHECK_OK(f.session->recordConcentrationSave(wizard, 12, 12));
        QVERIFY(f.get(wizard).concentrating); // meeting the DC keeps it
        CHECK_OK(f.session->addCondition(condition(wizard, QStringLiteral("Stunned"), 1)));
        QVERIFY(!f.get(wizard).concentrating); // incapacitating conditions end it
        CHECK_OK(f.session->setConcentration(wizard, true));
        CHECK_OK(f.session->recordConcentrationSave(wizard, 9, 10));
        QVERIFY(!f.get(wizard).concentrating);
        // Custom and hidden conditions; exhaustion levels replace each other.
        ConditionRequest hexed = condition(wizard, QStringLiteral("Hexed"));
        hexed.hidden = true;
        CHECK_OK(f.session->addCondition(hexed));
        const ActiveCondition custom = f.get(wizard).conditions.last();
        QCOMPARE(custom.key, QStringLiteral("custom:hexed"));
        QCOMPARE(custom.label, QStringLiteral("Hexed"));
        QVERIFY(custom.hiddenFromPlayers);
        ConditionRequest tired = condition(wizard, QStringLiteral("exhaustion"));
        tired.exhaustionLevel = 2;
        CHECK_OK(f.session->addCondition(tired));
        tired.exhaustionLevel = 3;
        CHECK_OK(f.session->addCondition(tired));
        int exhaustion = 0;
        for (const ActiveCondition& c : f.get(wizard).conditions) {
            if (c.key == QLatin1String("exhaustion")) {
                ++exhaustion;
                QCOMPARE(c.level, 3);
            }
        }
        QCOMPARE(exhaustion, 1);
        tired.exhaustionLevel = 7;
        CHECK_REFUSED(f, f.session->addCondition(tired), "RULES_ERROR");
        tired.exhaustionLevel = 6;
        CHECK_OK(f.session->addCondition(tired));
        QVERIFY(f.get(wizard).deathSaves.dead);
        CHECK_OK(f.session->removeCondition(wizard, custom.id));
        QVERIFY(!f.get(wizard).hasCondition(custom.key));
        CHECK_REFUSED(f, f.session->removeCondition(wizard, custom.id), "NOT_FOUND");
        CHECK_REFUSED(f, f.session->addCondition(condition(wizard, QString())), "RULES_ERROR");
        CHECK_REFUSED(f, f.session->addCondition(condition(wizard, QStringLiteral("prone"), 0)),
                      "RULES_ERROR");
        CHECK_REFUSED(f, f.session->addCondition(condition(wizard, QString(101, QLatin1Char('x')))),
                      "RULES_ERROR");
    }

    void legendaryReactionsAndRecharge()
    {
        SessionFixture f;
        const QString dragon = f.add(SessionFixture::dragon());
        const QString fighter = f.add(SessionFixture::character(QStringLiteral("Fighter"), 40));
        CHECK_OK(f.session->setInitiative(dragon, 15));
        CHECK_OK(f.session->setInitiative(fighter, 10));
        CHECK_OK(f.session->startCombat());
        QCOMPARE(f.get(dragon).legendaryActionsLeft, 3);
        CHECK_OK(f.session->nextTurn()); // fighter
        CHECK_OK(f.session->useLegendaryAction(dragon));
        CHECK_OK(f.session->useLegendaryAction(dragon, 2));
        QCOMPARE(f.get(dragon).legendaryActionsLeft, 0);
        CHECK_REFUSED(f, f.session->useLegendaryAction(dragon), "RULES_ERROR");
        CHECK_REFUSED(f, f.session->useLegendaryAction(fighter), "RULES_ERROR");
        CHECK_OK(f.session->useReaction(dragon));
        CHECK_REFUSED(f, f.session->useReaction(dragon), "RULES_ERROR");
        CHECK_OK(f.session->useRecharge(dragon, QStringLiteral("Fire Breath")));
        CHECK_REFUSED(f, f.session->useRecharge(dragon, QStringLiteral("Fire Breath")), "RULES_ERROR");
        CHECK_REFUSED(f, f.session->useRecharge(dragon, QStringLiteral("Tail")), "NOT_FOUND");
        for (int i = 0; i < 3; ++i)
            CHECK_OK(f.session->useLegendaryResistance(dragon));
        CHECK_REFUSED(f, f.session->useLegendaryResistance(dragon), "RULES_ERROR");

        f.random.push({4}); // recharge roll at the dragon's turn start: 4 < 5
        CHECK_OK(f.session->nextTurn());
        Participant d = f.get(dragon);
        QCOMPARE(d.legendaryActionsLeft, 3);
        QVERIFY(!d.reactionUsed);
        QVERIFY(!d.recharges.first().available);
        QCOMPARE(d.legendaryResistancesLeft, 0); // per day, not per round
        CHECK_OK(f.session->nextTurn());
        f.random.push({5});
        CHECK_OK(f.session->nextTurn());
        QVERIFY(f.get(dragon).recharges.first().available);
        QCOMPARE(f.session->log().last().action, QStringLiteral("recharge_roll"));
    }

    // A new day: everything a long rest gives back, for everyone at once, and one Ctrl+Z takes
    // all of it back.
    void longRestRestoresTheDayInOneStep()
    {
        SessionFixture f;
        const QString dragon = f.add(SessionFixture::dragon());
        const QString fighter = f.add(SessionFixture::character(QStringLiteral("Fighter"), 40));
        const QString cleric = f.add(SessionFixture::character(QStringLiteral("Cleric"), 10));
        CHECK_OK(f.session->setInitiative(dragon, 15));
        CHECK_OK(f.session->setInitiative(fighter, 10));
        CHECK_OK(f.session->setInitiative(cleric, 5));
        CHECK_OK(f.session->startCombat());
        CHECK_OK(f.session->nextTurn()); // fighter
        CHECK_OK(f.session->useLegendaryAction(dragon, 2));
        CHECK_OK(f.session->useLegendaryResistance(dragon));
        CHECK_OK(f.session->useLegendaryResistance(dragon));
        CHECK_OK(f.session->useReaction(dragon));
        CHECK_OK(f.session->useRecharge(dragon, QStringLiteral("Fire Breath")));
        CHECK_OK(f.session->applyDamage(damage({dragon}, 50)));
        CHECK_OK(f.session->addCondition(condition(dragon, QStringLiteral("exhaustion"))));
        CHECK_OK(f.session->setMaxHpOverride(fighter, 50));
        CHECK_OK(f.session->applyDamage(damage({fighter}, 30)));
        CHECK_OK(f.session->grantTempHp({fighter}, 5));
        ConditionRequest tired = condition(fighter, QStringLiteral("exhaustion"));
        tired.exhaustionLevel = 3;
        CHECK_OK(f.session->addCondition(tired));
        CHECK_OK(f.session->applyDamage(damage({cleric}, 10)));
        CHECK_OK(f.session->recordDeathSave(cleric, 4));
        QCOMPARE(f.get(cleric).deathSaves.failures, 1);

        const QByteArray beforeRest = f.storedState();
        const qsizetype logBefore = f.session->log().size();
        CHECK_OK(f.session->longRest());

        const Participant d = f.get(dragon);
        QCOMPARE(d.currentHp, 256);
        QCOMPARE(d.legendaryResistancesLeft, 3);
        QCOMPARE(d.legendaryActionsLeft, 3);
        QVERIFY(!d.reactionUsed);
        QVERIFY(d.recharges.first().available);
        QVERIFY(!d.hasCondition(QStringLiteral("exhaustion"))); // level 1 is gone
        const Participant fi = f.get(fighter);
        QCOMPARE(fi.currentHp, 50); // the override, not the sheet's 40
        QCOMPARE(fi.tempHp, 0);
        QCOMPARE(fi.conditions.size(), 1);
        QCOMPARE(fi.conditions.first().level, 2);
        const Participant c = f.get(cleric);
        QCOMPARE(c.currentHp, 10);
        QCOMPARE(c.deathSaves, DeathSaves{});
        // One log entry per combatant who rested.
        QCOMPARE(f.session->log().size(), logBefore + 3);
        for (qsizetype i = logBefore; i < f.session->log().size(); ++i)
            QCOMPARE(f.session->log().at(i).action, QStringLiteral("long_rest"));
        const QByteArray rested = f.storedState();

        // One undo restores every value and drops the log entries; redo rests again.
        CHECK_OK(f.session->undo());
        QCOMPARE(f.storedState(), beforeRest);
        CHECK_OK(f.session->redo());
        QCOMPARE(f.storedState(), rested);
        // Rested again the same day, the fighter loses one more exhaustion level; then nothing is left.
        CHECK_OK(f.session->longRest());
        CHECK_OK(f.session->longRest());
        QVERIFY(!f.get(fighter).hasCondition(QStringLiteral("exhaustion")));
        CHECK_REFUSED(f, f.session->longRest(), "RULES_ERROR");
    }

    // A dead character stays dead, a defeated creature stays down.
    void longRestLeavesTheDeadAlone()
    {
        SessionFixture f;
        const QString fighter = f.add(SessionFixture::character(QStringLiteral("Fighter"), 10));
        CHECK_OK(f.session->applyDamage(damage({fighter}, 20))); // massive damage: dead
        QVERIFY(f.get(fighter).deathSaves.dead);
        CHECK_REFUSED(f, f.session->longRest(), "RULES_ERROR");
        QCOMPARE(f.get(fighter).currentHp, 0);
    }

    // A spent recharge ability rolls a d6 at its owner's turn start: back on the listed number or
    // higher. Every face against recharge 4-6, 5-6 and 6.
    void rechargeRollEveryFace_data()
    {
        QTest::addColumn<int>("rechargeOn");
        QTest::addColumn<int>("face");
        for (int rechargeOn : {4, 5, 6}) {
            for (int face = 1; face <= 6; ++face)
                QTest::addRow("recharge %d-6, d6 %d", rechargeOn, face) << rechargeOn << face;
        }
    }
    void rechargeRollEveryFace()
    {
        QFETCH(int, rechargeOn);
        QFETCH(int, face);
        SessionFixture f;
        Creature hound = SessionFixture::creature(QStringLiteral("Hell Hound"), 45, 12);
        CreatureAction breath;
        breath.name = QStringLiteral("Fire Breath");
        breath.rechargeOn = rechargeOn;
        hound.actions.append(breath);
        const QString id = f.add(hound);
        CHECK_OK(f.session->setInitiative(id, 12));
        CHECK_OK(f.session->startCombat());
        CHECK_OK(f.session->useRecharge(id, QStringLiteral("Fire Breath")));
        f.random.push({face});
        CHECK_OK(f.session->nextTurn()); // alone: its own turn starts again in round 2
        QCOMPARE(f.get(id).recharges.first().available, face >= rechargeOn);
        const CombatLogEntry& roll = f.session->log().last();
        QCOMPARE(roll.action, QStringLiteral("recharge_roll"));
        QCOMPARE(roll.details.value(QStringLiteral("d6")).toInt(), face);
        QCOMPARE(roll.details.value(QStringLiteral("needs")).toInt(), rechargeOn);
    }

    void lairActionsOnTwentyLosingTies()
    {
        SessionFixture f;
        const QString dragon = f.add(SessionFixture::dragon());
        const QString rogue = f.add(SessionFixture::character(QStringLiteral("Rogue"), 30, 18));
        CHECK_OK(f.session->setLairEnabled(true));
        CHECK_OK(f.session->setInitiative(dragon, 20));
        CHECK_OK(f.session->setInitiative(rogue, 21));
        QCOMPARE(names(*f.session), QStringList({"Rogue", "Adult Red Dragon", "Lair"}));
        QVERIFY(f.session->encounter().lair.enabled);
        CHECK_OK(f.session->startCombat());
        CHECK_OK(f.session->nextTurn());
        CHECK_OK(f.session->nextTurn());
        QCOMPARE(f.get(f.session->currentParticipantId()).kind, ParticipantKind::Lair);
        CHECK_OK(f.session->setLairEnabled(false));
        QCOMPARE(names(*f.session), QStringList({"Rogue", "Adult Red Dragon"}));
        QVERIFY(!f.session->encounter().lair.enabled);
    }

    void initiativeRollsModesAndGroups()
    {
        SessionFixture f;
        const QString first = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7, 14), 3);
        const QString orc = f.add(SessionFixture::creature(QStringLiteral("Orc"), 15, 12));
        InitiativeRollRequest grouped;
        grouped.groupIdentical = true;
        f.random.push({11, 4});
        CHECK_OK(f.session->rollInitiative(grouped));
        for (const Participant& p : f.session->participants()) {
            if (p.name.startsWith(QLatin1String("Goblin")))
                QCOMPARE(*p.initiative, 13); // one roll for the group: 11 + 2
            else
                QCOMPARE(*p.initiative, 5); // 4 + 1
        }
        InitiativeRollRequest advantage = rollRequest({orc}, InitiativeMode::Advantage, false);
        f.random.push({3, 17});
        CHECK_OK(f.session->rollInitiative(advantage));
        QCOMPARE(*f.get(orc).initiative, 18);
        InitiativeRollRequest disadvantage = rollRequest({orc}, InitiativeMode::Disadvantage, false);
        f.random.push({3, 17});
        CHECK_OK(f.session->rollInitiative(disadvantage));
        QCOMPARE(*f.get(orc).initiative, 4);
        InitiativeRollRequest takeTen = rollRequest({orc}, InitiativeMode::TakeTen, false);
        CHECK_OK(f.session->rollInitiative(takeTen));
        QCOMPARE(*f.get(orc).initiative, 11);
        QCOMPARE(*f.get(orc).initiativeRoll, 10);
        // The combatant's own mode applies when the request names none.
        Participant edited = f.get(first);
        edited.initiativeMode = InitiativeMode::TakeTen;
        CHECK_OK(f.session->editParticipant(edited));
        CHECK_OK(f.session->rollInitiative(rollRequest({first}, std::nullopt, false)));
        QCOMPARE(*f.get(first).initiative, 12);
        CHECK_REFUSED(
            f, f.session->rollInitiative(rollRequest({QStringLiteral("missing")}, std::nullopt, false)),
            "NOT_FOUND");
        CHECK_REFUSED(f, f.session->setInitiative(orc, 99), "RULES_ERROR");
    }

    // The statblock's initiative bonus (2024 statblocks list one) is added instead of the Dexterity
    // modifier; without one the Dexterity modifier counts.
    void initiativeUsesTheStatblockBonus()
    {
        SessionFixture f;
        Creature listed = SessionFixture::creature(QStringLiteral("Veteran"), 58, 12);
        listed.initiativeBonus = 5;
        const QString veteran = f.add(listed);
        const QString bandit = f.add(SessionFixture::creature(QStringLiteral("Bandit"), 11, 14));
        QCOMPARE(f.get(veteran).initiativeModifier, 5);
        QCOMPARE(f.get(bandit).initiativeModifier, 2);
        f.random.push({12, 12});
        CHECK_OK(f.session->rollInitiative(rollRequest({veteran, bandit}, std::nullopt, false)));
        QCOMPARE(*f.get(veteran).initiative, 17);
        QCOMPARE(*f.get(veteran).initiativeRoll, 12);
        QCOMPARE(*f.get(bandit).initiative, 14);
        const CombatLogEntry& first = f.session->log().at(f.session->log().size() - 2);
        QCOMPARE(first.action, QStringLiteral("initiative_roll"));
        QCOMPARE(first.details.value(QStringLiteral("modifier")).toInt(), 5);
        QCOMPARE(first.details.value(QStringLiteral("d20")).toInt(), 12);
    }

    // Damage dealt outside the dealer's turn (a legendary action) is logged with its source as the
    // actor; without a source the actor is whoever's turn it is.
    void damageNamesItsSource()
    {
        SessionFixture f;
        const QString dragon = f.add(SessionFixture::dragon());
        const QString rogue = f.add(SessionFixture::character(QStringLiteral("Rogue"), 30));
        CHECK_OK(f.session->setInitiative(rogue, 20));
        CHECK_OK(f.session->setInitiative(dragon, 10));
        CHECK_OK(f.session->startCombat());
        DamageRequest tail = damage({rogue}, 6, QStringLiteral("bludgeoning"));
        tail.source = ActingSource::combatant(dragon);
        CHECK_OK(f.session->applyDamage(tail));
        QCOMPARE(f.session->log().last().actor, QStringLiteral("Adult Red Dragon"));
        QCOMPARE(f.session->log().last().target, QStringLiteral("Rogue"));
        CHECK_OK(f.session->applyDamage(damage({dragon}, 6, QStringLiteral("piercing"))));
        QCOMPARE(f.session->log().last().actor, QStringLiteral("Rogue"));
        tail.source = ActingSource::combatant(QStringLiteral("nobody"));
        CHECK_REFUSED(f, f.session->applyDamage(tail), "NOT_FOUND");
    }

    // Healing, temporary HP and conditions credit the combatant the DM chose, or nobody (a trap),
    // not whoever's turn it is.
    void everyActionCreditsTheChosenActor()
    {
        SessionFixture f;
        const QString cleric = f.add(SessionFixture::character(QStringLiteral("Cleric"), 30));
        const QString rogue = f.add(SessionFixture::character(QStringLiteral("Rogue"), 30));
        CHECK_OK(f.session->setInitiative(rogue, 20));
        CHECK_OK(f.session->setInitiative(cleric, 10));
        CHECK_OK(f.session->startCombat());
        QCOMPARE(f.session->currentParticipantId(), rogue);
        const ActingSource byCleric = ActingSource::combatant(cleric);
        const auto lastCredit = [&] {
            const CombatLogEntry& entry = f.session->log().last();
            return std::pair{entry.actor, entry.target};
        };
        DamageRequest trap = damage({rogue}, 4, QStringLiteral("piercing"));
        trap.source = ActingSource::nobody();
        CHECK_OK(f.session->applyDamage(trap));
        QCOMPARE(lastCredit(), std::pair(QString(), QStringLiteral("Rogue")));
        CHECK_OK(f.session->heal({rogue}, 3, byCleric));
        QCOMPARE(lastCredit(), std::pair(QStringLiteral("Cleric"), QStringLiteral("Rogue")));
        CHECK_OK(f.session->grantTempHp({rogue}, 5, byCleric));
        QCOMPARE(lastCredit(), std::pair(QStringLiteral("Cleric"), QStringLiteral("Rogue")));
        ConditionRequest blessed = condition(rogue, QStringLiteral("Blessed"));
        blessed.source = byCleric;
        CHECK_OK(f.session->addCondition(blessed));
        QCOMPARE(lastCredit(), std::pair(QStringLiteral("Cleric"), QStringLiteral("Rogue")));
        const QString blessing = f.get(rogue).conditions.first().id;
        CHECK_OK(f.session->removeCondition(rogue, blessing, ActingSource::nobody()));
        QCOMPARE(lastCredit(), std::pair(QString(), QStringLiteral("Rogue")));
        // Left as it is, the credit goes to whose turn it is.
        CHECK_OK(f.session->heal({cleric}, 1));
        QCOMPARE(lastCredit(), std::pair(QStringLiteral("Rogue"), QStringLiteral("Cleric")));
        CHECK_REFUSED(f, f.session->heal({rogue}, 2, ActingSource::combatant(QStringLiteral("gone"))),
                      "NOT_FOUND");
    }

    // After End Combat: rounds, the combat clock without the pause, who fell, the XP split among
    // the characters, and each combatant's damage dealt and taken as the log credits it.
    void endOfFightSummary()
    {
        SessionFixture f;
        const QString aria = f.add(SessionFixture::character(QStringLiteral("Aria"), 30));
        const QString borin = f.add(SessionFixture::character(QStringLiteral("Borin"), 30));
        const QString goblinA = f.add(SessionFixture::creature(QStringLiteral("Goblin A"), 7));
        const QString goblinB = f.add(SessionFixture::creature(QStringLiteral("Goblin B"), 7));
        CHECK_OK(f.session->setInitiative(aria, 20));
        CHECK_OK(f.session->setInitiative(borin, 15));
        CHECK_OK(f.session->setInitiative(goblinA, 10));
        CHECK_OK(f.session->setInitiative(goblinB, 5));
        CHECK_OK(f.session->startCombat());
        f.temp.clock.advance(60'000);
        CHECK_OK(f.session->applyDamage(damage({goblinA}, 7)));
        CHECK_OK(f.session->nextTurn());
        CHECK_OK(f.session->pauseCombat());
        f.temp.clock.advance(100'000);
        CHECK_OK(f.session->resumeCombat());
        f.temp.clock.advance(30'000);
        CHECK_OK(f.session->applyDamage(damage({goblinB}, 7)));
        DamageRequest parting = damage({aria}, 4);
        parting.source = ActingSource::combatant(goblinA);
        CHECK_OK(f.session->applyDamage(parting));
        CHECK_OK(f.session->endCombat());

        const QHash<QString, int> xp{{QStringLiteral("creature-goblin-a"), 50},
                                     {QStringLiteral("creature-goblin-b"), 25}};
        const CombatSummary summary =
            CombatSummary::of(*f.session, [&](const QString& id) { return xp.value(id); });
        QCOMPARE(summary.rounds, 1);
        QCOMPARE(summary.elapsedMs, 90'000);
        QCOMPARE(summary.defeated, QStringList({"Goblin A", "Goblin B"}));
        QCOMPARE(summary.totalXp, 75);
        QCOMPARE(summary.xpShares, (QList<CombatSummary::XpShare>{{"Aria", 37}, {"Borin", 37}}));
        QCOMPARE(summary.damage,
                 (QList<CombatSummary::Tally>{
                     {"Aria", 7, 4}, {"Borin", 7, 0}, {"Goblin A", 4, 7}, {"Goblin B", 0, 7}}));
    }

    void manualOrderAmongTies()
    {
        SessionFixture f;
        const QString a = f.add(SessionFixture::creature(QStringLiteral("A"), 10));
        const QString b = f.add(SessionFixture::creature(QStringLiteral("B"), 10));
        const QString c = f.add(SessionFixture::creature(QStringLiteral("C"), 10, 16));
        for (const QString& id : {a, b, c})
            CHECK_OK(f.session->setInitiative(id, 12));
        QCOMPARE(names(*f.session), QStringList({"C", "A", "B"}));
        CHECK_OK(f.session->moveInOrder(b, 0));
        QCOMPARE(names(*f.session), QStringList({"C", "B", "A"}));
        CHECK_REFUSED(f, f.session->moveInOrder(c, 2), "RULES_ERROR"); // C is not tied (higher Dexterity)
        // Persisted: a fresh session sees the same order.
        SeededRandom random(1);
        EncounterSession other(*f.temp.store, f.encounterId, random, f.temp.clock);
        CHECK_OK(other.load());
        QCOMPARE(names(other), QStringList({"C", "B", "A"}));
    }

    void rerollEachRound()
    {
        SessionFixture f;
        const QString a = f.add(SessionFixture::creature(QStringLiteral("A"), 10));
        const QString b = f.add(SessionFixture::creature(QStringLiteral("B"), 10));
        InitiativeOptions options;
        options.rerollEachRound = true;
        CHECK_OK(f.session->setOptions(options));
        f.random.push({15, 5});
        CHECK_OK(f.session->startCombat());
        QCOMPARE(f.session->currentParticipantId(), a);
        CHECK_OK(f.session->nextTurn());
        f.random.push({2, 19});
        CHECK_OK(f.session->nextTurn()); // round 2: B now first
        QCOMPARE(f.session->round(), 2);
        QCOMPARE(f.session->currentParticipantId(), b);
        CHECK_OK(f.session->previousTurn());
        QCOMPARE(f.session->round(), 1);
        QCOMPARE(f.session->currentParticipantId(), b);
        QCOMPARE(*f.get(a).initiative, 15);
    }

    void deathSavePromptAtTurnStart()
    {
        SessionFixture f;
        const QString ogre = f.add(SessionFixture::creature(QStringLiteral("Ogre"), 59));
        const QString cleric = f.add(SessionFixture::character(QStringLiteral("Cleric"), 20));
        CHECK_OK(f.session->setInitiative(ogre, 15));
        CHECK_OK(f.session->setInitiative(cleric, 10));
        CHECK_OK(f.session->startCombat());
        CHECK_OK(f.session->applyDamage(damage({cleric}, 25)));
        QVERIFY(HitPointRules::isDying(f.get(cleric)));
        CHECK_REFUSED(f, f.session->recordDeathSave(ogre, 10), "RULES_ERROR"); // not dying
        QSignalSpy prompts(f.session.get(), &EncounterSession::promptRaised);
        CHECK_OK(f.session->nextTurn());
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(prompts.first().first().value<Prompt>().kind, Prompt::Kind::DeathSave);
        f.random.push({20});
        CHECK_OK(f.session->rollDeathSave(cleric));
        QCOMPARE(f.get(cleric).currentHp, 1);
        CHECK_OK(f.session->applyDamage(damage({cleric}, 1)));
        CHECK_REFUSED(f, f.session->recordDeathSave(cleric, 0), "RULES_ERROR");
        CHECK_REFUSED(f, f.session->recordDeathSave(cleric, 21), "RULES_ERROR");
    }

    // After a restart there is no recorded turn change to reverse: previous turn only moves the
    // pointer back (skipping the defeated, into the previous round), and is itself undoable.
    void previousTurnAfterARestartMovesThePointer()
    {
        SessionFixture f;
        FightOfThree fight;
        startFightOfThree(f, false, &fight);
        if (QTest::currentTestFailed())
            return;
        const QString &a = fight.a, &b = fight.b, &c = fight.c;
        CHECK_OK(f.session->nextTurn()); // B
        CHECK_OK(f.session->nextTurn()); // C
        CHECK_OK(f.session->nextTurn()); // A, round 2
        CHECK_OK(f.session->applyDamage(damage({c}, 10)));
        CHECK_OK(f.session->load()); // a restart: no undo history
        QVERIFY(!f.session->canUndo());
        CHECK_OK(f.session->previousTurn()); // back past the defeated C to B, round 1
        QCOMPARE(f.session->currentParticipantId(), b);
        QCOMPARE(f.session->round(), 1);
        QVERIFY(f.get(c).defeated); // nothing else is reversed
        QCOMPARE(f.session->log().last().action, QStringLiteral("previous_turn"));
        CHECK_OK(f.session->previousTurn());
        QCOMPARE(f.session->currentParticipantId(), a);
        CHECK_REFUSED(f, f.session->previousTurn(), "RULES_ERROR"); // the first turn of the fight
        QCOMPARE(f.session->currentParticipantId(), a);
        CHECK_OK(f.session->undo());
        CHECK_OK(f.session->undo());
        QCOMPARE(f.session->currentParticipantId(), a);
        QCOMPARE(f.session->round(), 2);
    }

    void previousTurnRestoresTheTurnChange()
    {
        SessionFixture f;
        const QString dragon = f.add(SessionFixture::dragon());
        const QString fighter = f.add(SessionFixture::character(QStringLiteral("Fighter"), 40));
        CHECK_OK(f.session->setInitiative(dragon, 10));
        CHECK_OK(f.session->setInitiative(fighter, 15));
        CHECK_OK(f.session->startCombat());
        CHECK_REFUSED(f, f.session->previousTurn(), "RULES_ERROR"); // nothing before the first turn
        CHECK_OK(f.session->useLegendaryAction(dragon, 2));
        CHECK_OK(f.session->useReaction(dragon));
        CHECK_OK(f.session->useRecharge(dragon, QStringLiteral("Fire Breath")));
        ConditionRequest prone =
            condition(fighter, QStringLiteral("prone"), 1, DurationTiming::TurnStart, dragon);
        CHECK_OK(f.session->addCondition(prone));
        const QByteArray before = f.storedState(false);
        f.random.push({6});
        CHECK_OK(f.session->nextTurn()); // dragon: regains, recharges, fighter's Prone ends
        QCOMPARE(f.get(dragon).legendaryActionsLeft, 3);
        QVERIFY(f.get(dragon).recharges.first().available);
        QVERIFY(!f.get(fighter).hasCondition(QStringLiteral("prone")));
        CHECK_OK(f.session->previousTurn());
        QCOMPARE(f.storedState(false), before);
        QCOMPARE(f.session->log().last().action, QStringLiteral("previous_turn"));
        QCOMPARE(f.get(dragon).legendaryActionsLeft, 1);
        QVERIFY(f.get(fighter).hasCondition(QStringLiteral("prone")));
        QCOMPARE(f.session->currentParticipantId(), fighter);
        // Damage dealt after the turn change survives stepping back.
        f.random.push({6});
        CHECK_OK(f.session->nextTurn());
        CHECK_OK(f.session->applyDamage(damage({fighter}, 5)));
        CHECK_OK(f.session->previousTurn());
        QCOMPARE(f.get(fighter).currentHp, 35);
        QCOMPARE(f.session->currentParticipantId(), fighter);
        // Undo of the step back moves forward again.
        CHECK_OK(f.session->undo());
        QCOMPARE(f.session->currentParticipantId(), dragon);
    }
};

QTEST_MAIN(TestEncounterSession)
#include "TestEncounterSession.moc"
