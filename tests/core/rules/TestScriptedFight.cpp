#include "SessionFixture.h"
#include "rules/CombatLogExport.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace dnd;
using namespace dnd::rules;
using namespace dnd::test;

namespace {

DamageRequest hit(const QStringList& targets, int amount, const QString& type, bool critical = false,
                  DamageScale scale = DamageScale::Normal)
{
    DamageRequest request;
    request.targetIds = targets;
    request.amount = amount;
    request.damageType = type;
    request.critical = critical;
    request.scale = scale;
    return request;
}

// Damage dealt outside the attacker's own turn (a legendary action) names its source.
DamageRequest by(const QString& sourceId, DamageRequest request)
{
    request.sourceId = sourceId;
    return request;
}
} // namespace

// A party of four against an adult red dragon in its lair with four kobold minions, five rounds.
// Every roll is scripted, so the combat log must match the expected file line for line.
class TestScriptedFight final : public QObject {
    Q_OBJECT
private slots:
    void dragonInItsLair()
    {
        SessionFixture f;
        ManualClock& clock = f.temp.clock;
        const QString dragon = f.add(SessionFixture::dragon());
        Creature kobold = SessionFixture::creature(QStringLiteral("Kobold"), 5, 15, 12);
        kobold.challengeRating = QStringLiteral("1/8");
        const Result<QStringList> kobolds = f.session->addParticipants(kobold, 4);
        CHECK_OK(kobolds);
        const QString fighter = f.add(SessionFixture::character(QStringLiteral("Brakka"), 52, 12));
        const QString cleric = f.add(SessionFixture::character(QStringLiteral("Ilse"), 38, 10));
        const QString wizard = f.add(SessionFixture::character(QStringLiteral("Quill"), 27, 16));
        const QString rogue = f.add(SessionFixture::character(QStringLiteral("Nim"), 33, 18, 2));
        CHECK_OK(f.session->setLairEnabled(true));
        InitiativeOptions options;
        options.groupIdenticalCreatures = true;
        CHECK_OK(f.session->setOptions(options));
        CHECK_OK(f.session->setInitiative(fighter, 14, 13));
        CHECK_OK(f.session->setInitiative(cleric, 9, 9));
        CHECK_OK(f.session->setInitiative(wizard, 17, 14));
        CHECK_OK(f.session->setInitiative(rogue, 20, 14)); // ties the lair at 20 and wins
        f.random.push({15, 8});                            // dragon 15, kobolds as one group 8 + 2
        CHECK_OK(f.session->startCombat());
        // Order: Nim 20, Lair 20, Quill 17, Dragon 15, Brakka 14, Kobolds 10, Ilse 9.
        QCOMPARE(f.session->participants().size(), 10);
        QCOMPARE(f.session->participants().at(1).kind, ParticipantKind::Lair);

        int turns = 0;
        auto next = [&] {
            ++turns;
            clock.advance(6000);
            return f.session->nextTurn();
        };
        const QString k1 = kobolds->at(0), k2 = kobolds->at(1), k3 = kobolds->at(2), k4 = kobolds->at(3);

        // Round 1
        CHECK_OK(f.session->applyDamage(hit({dragon}, 14, QStringLiteral("piercing"))));      // Nim
        CHECK_OK(next());                                                                     // Lair
        CHECK_OK(f.session->applyDamage(hit({fighter, wizard}, 10, QStringLiteral("fire")))); // magma
        CHECK_OK(next());                                                                     // Quill
        CHECK_OK(f.session->setConcentration(wizard, true, QStringLiteral("Hold Monster")));
        CHECK_OK(f.session->useLegendaryResistance(dragon));
        CHECK_OK(f.session->applyDamage(hit({k1, k2}, 9, QStringLiteral("fire"))));
        CHECK_OK(f.session->useLegendaryAction(dragon)); // tail attack after Quill's turn
        CHECK_OK(f.session->applyDamage(by(dragon, hit({rogue}, 15, QStringLiteral("bludgeoning")))));
        CHECK_OK(next()); // Dragon
        CHECK_OK(f.session->useRecharge(dragon, QStringLiteral("Fire Breath")));
        CHECK_OK(f.session->applyDamage(
            hit({fighter, cleric}, 63, QStringLiteral("fire"), false, DamageScale::Half)));
        CHECK_OK(f.session->applyDamage(hit({wizard}, 63, QStringLiteral("fire"), false, DamageScale::Half)));
        CHECK_OK(next()); // Brakka
        CHECK_OK(f.session->applyDamage(hit({dragon}, 24, QStringLiteral("slashing"), true)));
        CHECK_OK(f.session->useReaction(fighter));
        CHECK_OK(next()); // Kobold 3 (1 and 2 are skipped)
        CHECK_OK(f.session->applyDamage(hit({cleric}, 4, QStringLiteral("piercing"))));
        CHECK_OK(next()); // Kobold 4
        CHECK_OK(f.session->applyDamage(hit({fighter}, 3, QStringLiteral("piercing"))));
        CHECK_OK(next()); // Ilse
        CHECK_OK(f.session->heal({wizard}, 12));
        CHECK_OK(f.session->addCondition([&] {
            ConditionRequest r;
            r.targetId = dragon;
            r.key = QStringLiteral("Blinded");
            r.rounds = 1;
            r.timing = DurationTiming::TurnEnd;
            r.anchorParticipantId = cleric;
            return r;
        }()));

        // Round 2
        CHECK_OK(next()); // Nim
        CHECK_OK(f.session->applyDamage(hit({k3}, 6, QStringLiteral("piercing"))));
        CHECK_OK(f.session->grantTempHp({rogue}, 7));
        CHECK_OK(next()); // Lair
        CHECK_OK(f.session->applyDamage(hit({rogue}, 9, QStringLiteral("fire"))));
        CHECK_OK(next()); // Quill
        CHECK_OK(f.session->applyDamage(hit({dragon}, 30, QStringLiteral("cold"))));
        CHECK_OK(f.session->setConcentration(wizard, true, QStringLiteral("Wall of Force")));
        CHECK_OK(f.session->useLegendaryAction(dragon, 2)); // wing attack
        CHECK_OK(f.session->applyDamage(by(dragon, hit({wizard}, 8, QStringLiteral("bludgeoning")))));
        CHECK_OK(f.session->applyDamage(by(dragon, hit({rogue}, 15, QStringLiteral("bludgeoning")))));
        CHECK_OK(f.session->recordConcentrationSave(wizard, 13, 10));
        f.random.push({3}); // Fire Breath recharge: 3, not yet
        CHECK_OK(next());   // Dragon
        CHECK_OK(f.session->applyDamage(hit({wizard}, 25, QStringLiteral("piercing"))));
        CHECK_OK(next()); // Brakka
        CHECK_OK(f.session->applyDamage(hit({dragon}, 18, QStringLiteral("slashing"))));
        CHECK_OK(next()); // Kobold 4
        CHECK_OK(f.session->applyDamage(hit({wizard}, 3, QStringLiteral("piercing"))));
        CHECK_OK(next()); // Ilse
        CHECK_OK(f.session->heal({wizard}, 9));

        // Round 3
        CHECK_OK(next()); // Nim
        CHECK_OK(f.session->applyDamage(hit({dragon}, 21, QStringLiteral("piercing"))));
        CHECK_OK(next()); // Lair
        CHECK_OK(next()); // Quill
        CHECK_OK(f.session->useLegendaryResistance(dragon));
        f.random.push({6}); // Fire Breath back
        CHECK_OK(next());   // Dragon
        CHECK_OK(f.session->useRecharge(dragon, QStringLiteral("Fire Breath")));
        CHECK_OK(f.session->applyDamage(
            hit({wizard, cleric}, 58, QStringLiteral("fire"), false, DamageScale::Half)));
        CHECK_OK(next()); // Brakka
        CHECK_OK(f.session->applyDamage(hit({k4}, 12, QStringLiteral("slashing"))));
        CHECK_OK(next()); // no kobold left: Ilse, who is dying
        CHECK_OK(f.session->recordDeathSave(cleric, 1));

        // Round 4
        CHECK_OK(next());                       // Nim
        CHECK_OK(f.session->heal({cleric}, 6)); // potion
        CHECK_OK(next());                       // Lair
        CHECK_OK(next());                       // Quill is dying
        CHECK_OK(f.session->recordDeathSave(wizard, 20));
        f.random.push({2});
        CHECK_OK(next()); // Dragon
        CHECK_OK(f.session->applyDamage(hit({fighter}, 7, QStringLiteral("slashing"))));
        CHECK_OK(next()); // Brakka
        CHECK_OK(f.session->applyDamage(hit({dragon}, 30, QStringLiteral("slashing"))));
        CHECK_OK(next()); // Ilse
        CHECK_OK(f.session->heal({fighter}, 10));

        // Round 5
        CHECK_OK(next()); // Nim
        CHECK_OK(f.session->applyDamage(hit({dragon}, 40, QStringLiteral("piercing"), true)));
        CHECK_OK(next()); // Lair
        CHECK_OK(next()); // Quill
        CHECK_OK(f.session->applyDamage(hit({dragon}, 90, QStringLiteral("force"))));
        QVERIFY(f.get(dragon).defeated);
        clock.advance(6000);
        CHECK_OK(f.session->endCombat());
        QCOMPARE(f.session->elapsedMs(), (turns + 1) * 6000); // six seconds a turn

        const QString text = CombatLogExport::toText(f.session->log());
        const QString expectedPath = fixturePath(QStringLiteral("rules/dragon-fight.log"));
        if (qEnvironmentVariableIsSet("DND_WRITE_EXPECTED_LOG")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
        }
        const QString expected = QString::fromUtf8(fileBytes(expectedPath));
        QVERIFY2(!expected.isEmpty(), "the expected log file is missing");
        const QStringList actualLines = text.split(QLatin1Char('\n'));
        const QStringList expectedLines = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMin(actualLines.size(), expectedLines.size()); ++i)
            QCOMPARE(actualLines[i], expectedLines[i]);
        QCOMPARE(actualLines.size(), expectedLines.size());

        // The JSON export carries every entry field by field (round, turn, actor, target, action,
        // before, after, time ...), and the log survives a reload.
        const QJsonArray json = CombatLogExport::toJson(f.session->log());
        QCOMPARE(json.size(), f.session->log().size());
        const QStringList fields{"action", "actor", "after",    "before", "details",     "encounterId",
                                 "id",     "round", "sequence", "target", "timestampMs", "turn"};
        for (qsizetype i = 0; i < json.size(); ++i) {
            const QJsonObject object = json.at(i).toObject();
            QCOMPARE(object.keys(), fields);
            QCOMPARE(CombatLogEntry::fromJson(object), f.session->log().at(i));
        }
        SeededRandom random(1);
        EncounterSession reloaded(*f.temp.store, f.encounterId, random, clock);
        CHECK_OK(reloaded.load());
        QCOMPARE(CombatLogExport::toText(reloaded.log()), text);
    }
};

QTEST_MAIN(TestScriptedFight)
#include "TestScriptedFight.moc"
