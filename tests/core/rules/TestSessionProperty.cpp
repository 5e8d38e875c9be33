#include "SessionFixture.h"

#include <QTest>
#include <functional>

using namespace dnd;
using namespace dnd::rules;
using namespace dnd::test;

namespace {

// A fight in progress with something of everything, so every command has a target.
struct Table {
    SessionFixture f;
    QString dragon, goblin, fighter, wizard, cleric;

    Table()
    {
        dragon = f.add(SessionFixture::dragon());
        goblin = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7, 14), 2);
        fighter = f.add(SessionFixture::character(QStringLiteral("Fighter"), 44, 12));
        wizard = f.add(SessionFixture::character(QStringLiteral("Wizard"), 22, 12));
        cleric = f.add(SessionFixture::character(QStringLiteral("Cleric"), 30, 10));
        check(f.session->setInitiative(fighter, 12));
        check(f.session->setInitiative(wizard, 12));
        check(f.session->setInitiative(cleric, 8));
        check(f.session->setLairEnabled(true));
        check(f.session->startCombat());
        check(f.session->setConcentration(wizard, true, QStringLiteral("Bless")));
        check(f.session->addCondition(condition(goblin, QStringLiteral("prone"))));
        DamageRequest down;
        down.targetIds = {cleric};
        down.amount = 30;
        check(f.session->applyDamage(down));
    }
    static void check(const Status& status)
    {
        if (!status.ok())
            qFatal("setup failed: %s", qPrintable(status.errorMessage()));
    }
    static ConditionRequest condition(const QString& target, const QString& key)
    {
        ConditionRequest request;
        request.targetId = target;
        request.key = key;
        return request;
    }
};

using Command = std::function<Status(Table&)>;

template <typename T> Status ok(const Result<T>& r)
{
    return r.ok() ? Status() : Status(r.error());
}

// Runs commands in turn, stopping at the first that fails.
Status inTurn(std::initializer_list<std::function<Status()>> steps)
{
    for (const auto& step : steps) {
        if (Status status = step(); !status)
            return status;
    }
    return {};
}

QList<QPair<QString, Command>> everyCommand()
{
    QList<QPair<QString, Command>> commands;
    auto add = [&](const char* name, Command command) {
        commands.append({QString::fromLatin1(name), command});
    };
    add("addParticipants",
        [](Table& t) { return ok(t.f.session->addParticipants(SessionFixture::creature("Orc", 15), 2)); });
    add("addParticipant",
        [](Table& t) { return ok(t.f.session->addParticipant(SessionFixture::character("Rogue", 27))); });
    add("addCustomParticipant", [](Table& t) {
        Participant p;
        p.name = QStringLiteral("Ally");
        p.maxHp = 9;
        p.currentHp = 9;
        return ok(t.f.session->addCustomParticipant(p));
    });
    add("removeParticipant", [](Table& t) { return t.f.session->removeParticipant(t.goblin); });
    add("editParticipant", [](Table& t) {
        Participant p = t.f.session->participant(t.dragon).value_or(Participant{});
        p.ac = 21;
        p.notes = QStringLiteral("Angry");
        return t.f.session->editParticipant(p);
    });
    add("setHidden", [](Table& t) { return t.f.session->setHidden(t.goblin, true); });
    add("setInitiative", [](Table& t) { return t.f.session->setInitiative(t.fighter, 25); });
    add("rollInitiative", [](Table& t) { return t.f.session->rollInitiative(); });
    add("moveInOrder", [](Table& t) { return t.f.session->moveInOrder(t.fighter, 1); });
    add("setOptions", [](Table& t) {
        InitiativeOptions options;
        options.rerollEachRound = true;
        return t.f.session->setOptions(options);
    });
    add("setLairEnabled", [](Table& t) { return t.f.session->setLairEnabled(false); });
    add("setLairEnabled on", [](Table& t) {
        return inTurn({[&] { return t.f.session->setLairEnabled(false); },
                       [&] { return t.f.session->setLairEnabled(true); }});
    });
    add("startCombat", [](Table& t) {
        return inTurn({[&] { return t.f.session->endCombat(); }, [&] { return t.f.session->startCombat(); }});
    });
    add("endCombat", [](Table& t) { return t.f.session->endCombat(); });
    add("nextTurn", [](Table& t) { return t.f.session->nextTurn(); });
    add("previousTurn", [](Table& t) {
        return inTurn({[&] { return t.f.session->nextTurn(); }, [&] { return t.f.session->nextTurn(); },
                       [&] { return t.f.session->previousTurn(); }});
    });
    add("applyDamage", [](Table& t) {
        DamageRequest request;
        request.targetIds = {t.dragon, t.wizard, t.goblin};
        request.amount = 12;
        request.damageType = QStringLiteral("fire");
        return t.f.session->applyDamage(request);
    });
    add("heal", [](Table& t) { return t.f.session->heal({t.cleric, t.fighter}, 5); });
    add("grantTempHp", [](Table& t) { return t.f.session->grantTempHp({t.fighter}, 8); });
    add("setMaxHpOverride", [](Table& t) { return t.f.session->setMaxHpOverride(t.fighter, 20); });
    add("addCondition", [](Table& t) {
        return t.f.session->addCondition(Table::condition(t.wizard, QStringLiteral("paralyzed")));
    });
    add("removeCondition", [](Table& t) {
        const std::optional<Participant> goblin = t.f.session->participant(t.goblin);
        if (!goblin || goblin->conditions.isEmpty())
            return Status(Error::make(QStringLiteral("TEST"), QStringLiteral("no condition to remove")));
        return t.f.session->removeCondition(t.goblin, goblin->conditions.first().id);
    });
    add("setConcentration", [](Table& t) { return t.f.session->setConcentration(t.wizard, false); });
    add("recordConcentrationSave",
        [](Table& t) { return t.f.session->recordConcentrationSave(t.wizard, 4, 10); });
    add("recordDeathSave", [](Table& t) { return t.f.session->recordDeathSave(t.cleric, 1); });
    add("rollDeathSave", [](Table& t) { return t.f.session->rollDeathSave(t.cleric); });
    add("useLegendaryAction", [](Table& t) { return t.f.session->useLegendaryAction(t.dragon, 2); });
    add("useLegendaryResistance", [](Table& t) { return t.f.session->useLegendaryResistance(t.dragon); });
    add("useReaction", [](Table& t) { return t.f.session->useReaction(t.fighter); });
    add("useRecharge",
        [](Table& t) { return t.f.session->useRecharge(t.dragon, QStringLiteral("Fire Breath")); });
    add("recordRoll", [](Table& t) {
        return ok(t.f.session->recordRoll(QStringLiteral("Bite"), QStringLiteral("2d10+8"), t.dragon));
    });
    return commands;
}

#define CHECK_STATE(actual, expected)                                                                        \
    do {                                                                                                     \
        const QByteArray is_ = (actual);                                                                     \
        QVERIFY2(is_ == (expected), dnd::test::firstDifference((expected), is_).constData());                \
    } while (false)

// Where the fight stands, in the store and in the session's memory, and what Undo would take back.
QByteArray snapshot(SessionFixture& f)
{
    return f.storedState() + '\n' + f.sessionView() + '\n' + f.session->undoText().toUtf8();
}

// The snapshot before the first recorded step and after every step the session commits (each
// command, and each step of a command made of several), in order: trail[i] is where the fight
// stood before step i + 1.
class StepTrail {
public:
    explicit StepTrail(SessionFixture& f) : m_fixture(f), m_states{snapshot(f)}
    {
        m_recording = QObject::connect(f.session.get(), &EncounterSession::changed,
                                       [this] { m_states.append(snapshot(m_fixture)); });
    }
    ~StepTrail() { stop(); }
    void stop() { QObject::disconnect(m_recording); }
    const QList<QByteArray>& states() const { return m_states; }

private:
    SessionFixture& m_fixture;
    QList<QByteArray> m_states;
    QMetaObject::Connection m_recording;
};

} // namespace

// Undo and redo walk back and forth through exactly the states the commands went through: after
// every single undo (and redo) step, the store, the session's view and the undo text are those of
// the moment before (after) the step it takes back (makes again); not only the end state.
class TestSessionProperty final : public QObject {
    Q_OBJECT
private slots:
    void undoRedoEachCommand_data()
    {
        QTest::addColumn<int>("index");
        const auto commands = everyCommand();
        for (int i = 0; i < commands.size(); ++i)
            QTest::newRow(qPrintable(commands[i].first)) << i;
    }
    void undoRedoEachCommand()
    {
        QFETCH(int, index);
        Table t;
        const Command command = everyCommand()[index].second;
        const QByteArray start = t.f.storedState();
        StepTrail trail(t.f);
        CHECK_OK(command(t));
        trail.stop();
        const QList<QByteArray>& states = trail.states();
        QVERIFY(states.size() >= 2); // the command committed at least one step
        QVERIFY(t.f.storedState() != start);
        QVERIFY(!t.f.session->undoText().isEmpty());
        QVERIFY(!t.f.session->canRedo());
        // Undo step by step back to the start (previousTurn's command takes three steps) ...
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            QVERIFY(t.f.session->canUndo());
            CHECK_OK(t.f.session->undo());
            CHECK_STATE(snapshot(t.f), states[i]);
        }
        QCOMPARE(t.f.storedState(), start);
        // ... and redo step by step forward again.
        QVERIFY(t.f.session->canRedo());
        QVERIFY(!t.f.session->redoText().isEmpty());
        for (qsizetype i = 1; i < states.size(); ++i) {
            CHECK_OK(t.f.session->redo());
            CHECK_STATE(snapshot(t.f), states[i]);
        }
        QVERIFY(!t.f.session->canRedo());
        // The session's view agrees with the store after a fresh load.
        SeededRandom random(5);
        EncounterSession reloaded(*t.f.temp.store, t.f.encounterId, random, t.f.temp.clock);
        CHECK_OK(reloaded.load());
        QCOMPARE(reloaded.participants(), t.f.session->participants());
        QCOMPARE(reloaded.encounter(), t.f.session->encounter());
    }

    // Random command sequences: HP stays within 0..max throughout; undoing them one step at a time
    // passes through every state the sequence went through, back to exactly where it started, and
    // redoing them passes through them again.
    void randomSequencesUndoToStart_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1ull, 2ull, 3ull, 17ull, 2024ull})
            QTest::addRow("seed %llu", seed) << seed;
    }
    void randomSequencesUndoToStart()
    {
        QFETCH(quint64, seed);
        Table table;
        SessionFixture& f = table.f;
        // Forget the setup's undo history by reloading: the baseline is the prepared table.
        CHECK_OK(f.session->load());
        const QByteArray start = f.storedState();
        StepTrail trail(f);
        SeededRandom chooser(seed);
        const auto commands = everyCommand();
        int applied = 0;
        for (int step = 0; step < 120; ++step) {
            const int pick = chooser.uniform(0, int(commands.size()) + 2);
            Status status;
            if (pick >= commands.size()) {
                DamageRequest request;
                const QList<Participant> all = f.session->participants();
                request.targetIds = {all[chooser.uniform(0, int(all.size()) - 1)].id};
                request.amount = chooser.uniform(0, 80);
                request.critical = chooser.uniform(0, 1) == 1;
                request.scale = static_cast<DamageScale>(chooser.uniform(0, 2));
                status = pick == commands.size() ? f.session->applyDamage(request)
                                                 : f.session->heal(request.targetIds, 1 + request.amount / 2);
            } else {
                status = commands[pick].second(table);
            }
            if (status.ok())
                ++applied;
            for (const Participant& p : f.session->participants()) {
                QVERIFY2(p.currentHp >= 0, qPrintable(p.name));
                QVERIFY2(p.currentHp <= p.effectiveMaxHp(), qPrintable(p.name));
                QVERIFY(p.tempHp >= 0);
                QVERIFY(p.deathSaves.failures <= 3 && p.deathSaves.successes <= 3);
                QVERIFY(p.legendaryActionsLeft >= 0 && p.legendaryActionsLeft <= p.legendaryActionsMax);
            }
        }
        QVERIFY(applied > 20);
        trail.stop();
        const QList<QByteArray>& states = trail.states();
        QVERIFY(states.size() > 10); // commands that changed nothing leave no step
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            QVERIFY2(f.session->canUndo(), qPrintable(QStringLiteral("%1 steps still to undo").arg(i + 1)));
            CHECK_OK(f.session->undo());
            CHECK_STATE(snapshot(f), states[i]);
        }
        QVERIFY(!f.session->canUndo());
        QCOMPARE(f.storedState(), start);
        for (qsizetype i = 1; i < states.size(); ++i) {
            QVERIFY(f.session->canRedo());
            CHECK_OK(f.session->redo());
            CHECK_STATE(snapshot(f), states[i]);
        }
        QVERIFY(!f.session->canRedo());
    }
};

QTEST_MAIN(TestSessionProperty)
#include "TestSessionProperty.moc"
