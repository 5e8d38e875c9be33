#include "DragonFight.h"

using namespace dnd::rules;

namespace dnd::test {

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
    request.source = ActingSource::combatant(sourceId);
    return request;
}

Error refused(const char* command, const Error& error)
{
    return Error::make(error.code,
                       QStringLiteral("%1 failed: %2").arg(QLatin1String(command), error.message));
}

} // namespace

// One command of the script; the fight stops at the first refusal.
#define STEP(expr)                                                                                           \
    do {                                                                                                     \
        const auto& step_ = (expr);                                                                          \
        if (!step_.ok())                                                                                     \
            return refused(#expr, step_.error());                                                            \
    } while (false)

Result<DragonFight> playDragonFight(SessionFixture& f)
{
    DragonFight fight;
    ManualClock& clock = f.temp.clock;
    fight.dragon = f.add(SessionFixture::dragon());
    Creature kobold = SessionFixture::creature(QStringLiteral("Kobold"), 5, 15, 12);
    kobold.challengeRating = QStringLiteral("1/8");
    const Result<QStringList> kobolds = f.session->addParticipants(kobold, 4);
    STEP(kobolds);
    const QString fighter = f.add(SessionFixture::character(QStringLiteral("Brakka"), 52, 12));
    const QString cleric = f.add(SessionFixture::character(QStringLiteral("Ilse"), 38, 10));
    const QString wizard = f.add(SessionFixture::character(QStringLiteral("Quill"), 27, 16));
    const QString rogue = f.add(SessionFixture::character(QStringLiteral("Nim"), 33, 18, 2));
    STEP(f.session->setLairEnabled(true));
    InitiativeOptions options;
    options.groupIdenticalCreatures = true;
    STEP(f.session->setOptions(options));
    STEP(f.session->setInitiative(fighter, 14, 13));
    STEP(f.session->setInitiative(cleric, 9, 9));
    STEP(f.session->setInitiative(wizard, 17, 14));
    STEP(f.session->setInitiative(rogue, 20, 14)); // ties the lair at 20 and wins
    f.random.push({15, 8});                        // dragon 15, kobolds as one group 8 + 2
    STEP(f.session->startCombat());
    // Order: Nim 20, Lair 20, Quill 17, Dragon 15, Brakka 14, Kobolds 10, Ilse 9.

    auto next = [&] {
        ++fight.turns;
        clock.advance(6000);
        return f.session->nextTurn();
    };
    const QString k1 = kobolds->at(0), k2 = kobolds->at(1), k3 = kobolds->at(2), k4 = kobolds->at(3);

    // Round 1
    STEP(f.session->applyDamage(hit({fight.dragon}, 14, QStringLiteral("piercing")))); // Nim
    STEP(next());                                                                      // Lair
    STEP(f.session->applyDamage(hit({fighter, wizard}, 10, QStringLiteral("fire"))));  // magma
    STEP(next());                                                                      // Quill
    STEP(f.session->setConcentration(wizard, true, QStringLiteral("Hold Monster")));
    STEP(f.session->useLegendaryResistance(fight.dragon));
    STEP(f.session->applyDamage(hit({k1, k2}, 9, QStringLiteral("fire"))));
    STEP(f.session->useLegendaryAction(fight.dragon)); // tail attack after Quill's turn
    STEP(f.session->applyDamage(by(fight.dragon, hit({rogue}, 15, QStringLiteral("bludgeoning")))));
    STEP(next()); // Dragon
    STEP(f.session->useRecharge(fight.dragon, QStringLiteral("Fire Breath")));
    STEP(
        f.session->applyDamage(hit({fighter, cleric}, 63, QStringLiteral("fire"), false, DamageScale::Half)));
    STEP(f.session->applyDamage(hit({wizard}, 63, QStringLiteral("fire"), false, DamageScale::Half)));
    STEP(next()); // Brakka
    STEP(f.session->applyDamage(hit({fight.dragon}, 24, QStringLiteral("slashing"), true)));
    STEP(f.session->useReaction(fighter));
    STEP(next()); // Kobold 3 (1 and 2 are skipped)
    STEP(f.session->applyDamage(hit({cleric}, 4, QStringLiteral("piercing"))));
    STEP(next()); // Kobold 4
    STEP(f.session->applyDamage(hit({fighter}, 3, QStringLiteral("piercing"))));
    STEP(next()); // Ilse
    STEP(f.session->heal({wizard}, 12));
    STEP(f.session->addCondition([&] {
        ConditionRequest r;
        r.targetId = fight.dragon;
        r.key = QStringLiteral("Blinded");
        r.rounds = 1;
        r.timing = DurationTiming::TurnEnd;
        r.anchorParticipantId = cleric;
        return r;
    }()));

    // Round 2
    STEP(next()); // Nim
    STEP(f.session->applyDamage(hit({k3}, 6, QStringLiteral("piercing"))));
    STEP(f.session->grantTempHp({rogue}, 7));
    STEP(next()); // Lair
    STEP(f.session->applyDamage(hit({rogue}, 9, QStringLiteral("fire"))));
    STEP(next()); // Quill
    STEP(f.session->applyDamage(hit({fight.dragon}, 30, QStringLiteral("cold"))));
    STEP(f.session->setConcentration(wizard, true, QStringLiteral("Wall of Force")));
    STEP(f.session->useLegendaryAction(fight.dragon, 2)); // wing attack
    STEP(f.session->applyDamage(by(fight.dragon, hit({wizard}, 8, QStringLiteral("bludgeoning")))));
    STEP(f.session->applyDamage(by(fight.dragon, hit({rogue}, 15, QStringLiteral("bludgeoning")))));
    STEP(f.session->recordConcentrationSave(wizard, 13, 10));
    f.random.push({3}); // Fire Breath recharge: 3, not yet
    STEP(next());       // Dragon
    STEP(f.session->applyDamage(hit({wizard}, 25, QStringLiteral("piercing"))));
    STEP(next()); // Brakka
    STEP(f.session->applyDamage(hit({fight.dragon}, 18, QStringLiteral("slashing"))));
    STEP(next()); // Kobold 4
    STEP(f.session->applyDamage(hit({wizard}, 3, QStringLiteral("piercing"))));
    STEP(next()); // Ilse
    STEP(f.session->heal({wizard}, 9));

    // Round 3
    STEP(next()); // Nim
    STEP(f.session->applyDamage(hit({fight.dragon}, 21, QStringLiteral("piercing"))));
    STEP(next()); // Lair
    STEP(next()); // Quill
    STEP(f.session->useLegendaryResistance(fight.dragon));
    f.random.push({6}); // Fire Breath back
    STEP(next());       // Dragon
    STEP(f.session->useRecharge(fight.dragon, QStringLiteral("Fire Breath")));
    STEP(f.session->applyDamage(hit({wizard, cleric}, 58, QStringLiteral("fire"), false, DamageScale::Half)));
    STEP(next()); // Brakka
    STEP(f.session->applyDamage(hit({k4}, 12, QStringLiteral("slashing"))));
    STEP(next()); // no kobold left: Ilse, who is dying
    STEP(f.session->recordDeathSave(cleric, 1));

    // Round 4
    STEP(next());                       // Nim
    STEP(f.session->heal({cleric}, 6)); // potion
    STEP(next());                       // Lair
    STEP(next());                       // Quill is dying
    STEP(f.session->recordDeathSave(wizard, 20));
    f.random.push({2});
    STEP(next()); // Dragon
    STEP(f.session->applyDamage(hit({fighter}, 7, QStringLiteral("slashing"))));
    STEP(next()); // Brakka
    STEP(f.session->applyDamage(hit({fight.dragon}, 30, QStringLiteral("slashing"))));
    STEP(next()); // Ilse
    STEP(f.session->heal({fighter}, 10));

    // Round 5
    STEP(next()); // Nim
    STEP(f.session->applyDamage(hit({fight.dragon}, 40, QStringLiteral("piercing"), true)));
    STEP(next()); // Lair
    STEP(next()); // Quill
    STEP(f.session->applyDamage(hit({fight.dragon}, 90, QStringLiteral("force"))));
    clock.advance(6000);
    STEP(f.session->endCombat());
    return fight;
}

} // namespace dnd::test
