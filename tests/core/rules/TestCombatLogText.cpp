// The combat log in plain sentences: each kind of entry the rules write reads as a sentence that
// credits the one who acted, and entries written before the sentences (or by a newer release) still
// read sensibly.
#include "DragonFight.h"
#include "rules/CombatLogExport.h"
#include "rules/CombatLogText.h"

#include <QJsonDocument>
#include <QTest>

using namespace dnd;
using namespace dnd::rules;
using namespace dnd::test;

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

CombatLogEntry entry(const char* action, const QString& actor, const QString& target,
                     const char* details = "{}", const char* before = "{}", const char* after = "{}")
{
    CombatLogEntry e;
    e.action = QString::fromLatin1(action);
    e.actor = actor;
    e.target = target;
    e.details = object(details);
    e.before = object(before);
    e.after = object(after);
    e.round = 3;
    return e;
}

const QString kAria = QStringLiteral("Aria");
const QString kGoblin = QStringLiteral("Goblin 2");
const QString kNobody;

} // namespace

Q_DECLARE_METATYPE(dnd::CombatLogEntry)

class TestCombatLogText final : public QObject {
    Q_OBJECT
private slots:
    void eachKindReadsAsASentence_data()
    {
        QTest::addColumn<CombatLogEntry>("entry");
        QTest::addColumn<QString>("sentence");
        const auto row = [](const char* name, const CombatLogEntry& e, const char* sentence) {
            QTest::newRow(name) << e << QString::fromUtf8(sentence);
        };
        row("damage", entry("damage", kAria, kGoblin, R"({"amount":7,"applied":7})"),
            "Goblin 2 took 7 damage from Aria");
        row("damage typed", entry("damage", kAria, kGoblin, R"({"amount":7,"applied":7,"type":"fire"})"),
            "Goblin 2 took 7 fire damage from Aria");
        row("damage resisted",
            entry("damage", kAria, kGoblin, R"({"amount":8,"applied":4,"type":"fire","resisted":true})"),
            "Goblin 2 took 4 fire damage from Aria (resisted, 8 rolled)");
        row("damage critical", entry("damage", kAria, kGoblin, R"({"amount":9,"applied":9,"critical":true})"),
            "Goblin 2 took 9 damage from Aria (critical hit)");
        row("damage halved", entry("damage", kAria, kGoblin, R"({"amount":9,"applied":4,"scale":"half"})"),
            "Goblin 2 took 4 damage from Aria (halved, 9 rolled)");
        row("damage from nobody", entry("damage", kNobody, kAria, R"({"amount":3,"applied":3})"),
            "Aria took 3 damage");
        row("heal", entry("heal", kAria, QStringLiteral("Borin"), R"({"amount":5,"restored":5})"),
            "Aria healed Borin for 5");
        row("heal self", entry("heal", kAria, kAria, R"({"amount":5,"restored":5})"), "Aria regained 5 HP");
        row("temp hp", entry("temp_hp", kAria, QStringLiteral("Borin"), R"({"amount":6})"),
            "Aria gave Borin 6 temporary HP");
        row("temp hp from nobody", entry("temp_hp", kNobody, kAria, R"({"amount":6})"),
            "Aria gained 6 temporary HP");
        row("condition", entry("condition_add", kAria, kGoblin, R"({"condition":"Prone"})"),
            "Aria gave Goblin 2 the condition Prone");
        row("condition timed hidden",
            entry("condition_add", kNobody, kGoblin, R"({"condition":"Poisoned","rounds":2,"hidden":true})"),
            "Goblin 2 gained the condition Poisoned for 2 rounds (hidden from the players)");
        row("condition removed", entry("condition_remove", kAria, kGoblin, R"({"condition":"Prone"})"),
            "Aria removed Prone from Goblin 2");
        row("condition removed by nobody",
            entry("condition_remove", kNobody, kGoblin, R"({"condition":"Prone"})"),
            "Goblin 2 no longer has the condition Prone");
        row("condition ran out", entry("condition_end", kAria, kGoblin, R"({"condition":"Prone"})"),
            "The condition Prone on Goblin 2 ran out");
        row("exhaustion", entry("exhaustion", kNobody, kAria, "{}", R"({"level":0})", R"({"level":2})"),
            "Exhaustion of Aria is now level 2");
        row("round", entry("round_start", kNobody, kNobody, R"({"round":3})"), "Round 3 began");
        row("turn", entry("turn_start", kAria, kNobody), "Aria's turn");
        row("previous turn", entry("previous_turn", kAria, kNobody), "Back to Aria's turn");
        row("added", entry("add", kNobody, QStringLiteral("Goblin 3"), R"({"hidden":false})"),
            "Added Goblin 3");
        row("added hidden", entry("add", kNobody, QStringLiteral("Goblin 3"), R"({"hidden":true})"),
            "Added Goblin 3 (hidden)");
        row("removed", entry("remove", kNobody, kGoblin), "Removed Goblin 2");
        row("removed defeated", entry("remove", kAria, kGoblin, R"({"reason":"defeated"})"),
            "Removed Goblin 2 (defeated)");
        row("hidden", entry("hide", kNobody, kGoblin), "Hid Goblin 2 from the players");
        row("revealed", entry("reveal", kNobody, kGoblin), "Revealed Goblin 2 to the players");
        row("alias", entry("edit", kNobody, kGoblin, "{}", R"({"alias":""})", R"({"alias":"Shadow"})"),
            "The players see Goblin 2 as “Shadow”");
        row("alias cleared",
            entry("edit", kNobody, kGoblin, "{}", R"({"alias":"Shadow"})", R"({"alias":""})"),
            "The players see Goblin 2 by their own name again");
        row("renamed",
            entry("edit", kNobody, kGoblin, "{}", R"({"name":"Goblin"})", R"({"name":"Goblin 2"})"),
            "Renamed Goblin to Goblin 2");
        row("edited", entry("edit", kNobody, kGoblin, "{}", R"({"ac":12})", R"({"ac":15})"),
            "Changed the details of Goblin 2");
        row("initiative",
            entry("initiative", kNobody, kAria, "{}", R"({"initiative":null})", R"({"initiative":17})"),
            "Initiative of Aria set to 17");
        row("initiative roll",
            entry("initiative_roll", kNobody, kGoblin, R"({"d20":12,"modifier":2})", "{}",
                  R"({"initiative":14})"),
            "Goblin 2 rolled 14 for initiative (d20 12, modifier 2)");
        row("moved", entry("move", kNobody, kGoblin), "Moved Goblin 2 among those tied on initiative");
        row("options", entry("options", kNobody, kNobody), "Changed the initiative options");
        row("lair on", entry("lair_on", kNobody, QStringLiteral("Lair")), "Lair actions turned on");
        row("lair off", entry("lair_off", kNobody, QStringLiteral("Lair")), "Lair actions turned off");
        row("started", entry("combat_start", kNobody, kNobody), "Combat started");
        row("ended", entry("combat_end", kNobody, kNobody, R"({"rounds":4,"elapsedMs":120000})"),
            "Combat ended in round 4");
        row("paused", entry("combat_pause", kNobody, kNobody, R"({"elapsedMs":1000})"), "Combat paused");
        row("resumed", entry("combat_resume", kNobody, kNobody), "Combat resumed");
        row("max hp", entry("max_hp", kNobody, kAria, "{}", "{}", R"({"maxHp":40,"hp":30})"),
            "Maximum HP of Aria set to 40");
        row("killed", entry("killed", kAria, kGoblin, R"({"reason":"massive damage"})"),
            "Goblin 2 died (massive damage)");
        row("dying", entry("dying", kGoblin, kAria), "Aria fell unconscious and is dying");
        row("defeated", entry("defeated", kAria, kGoblin), "Goblin 2 was defeated by Aria");
        row("defeated by nobody", entry("defeated", kNobody, kGoblin), "Goblin 2 was defeated");
        row("death save due", entry("death_save_due", kAria, kAria), "Aria must make a death save");
        row("death save failure", entry("death_save_failure", kGoblin, kAria, R"({"failures":2})"),
            "Aria failed 2 death saves from the damage");
        row("death save",
            entry("death_save", kAria, kAria, R"({"roll":12})", "{}", R"({"successes":1,"failures":0})"),
            "Aria rolled 12 on a death save (successes 1, failures 0)");
        row("stable", entry("stable", kAria, kAria), "Aria is stable");
        row("concentration", entry("concentration_start", kAria, kAria, R"({"on":"Bless"})"),
            "Aria began concentrating on Bless");
        row("concentration lost", entry("concentration_end", kGoblin, kAria, R"({"reason":"0 hp"})"),
            "Aria stopped concentrating (dropped to 0 HP)");
        row("concentration check", entry("concentration_check", kGoblin, kAria, R"({"dc":11})"),
            "Aria must make a DC 11 Constitution save to keep concentrating");
        row("concentration save",
            entry("concentration_save", kAria, kAria, R"({"dc":10,"total":16,"result":"kept"})"),
            "Aria kept concentration (16 against DC 10)");
        row("legendary action",
            entry("legendary_action", kNobody, QStringLiteral("Dragon"), R"({"cost":2})", "{}",
                  R"({"legendaryActions":1})"),
            "Dragon used a legendary action costing 2 (1 left)");
        row("legendary reset",
            entry("legendary_reset", kNobody, QStringLiteral("Dragon"), "{}", "{}",
                  R"({"legendaryActions":3})"),
            "Dragon has 3 legendary actions again");
        row("legendary resistance",
            entry("legendary_resistance", kNobody, QStringLiteral("Dragon"), "{}", "{}", R"({"left":2})"),
            "Dragon used a legendary resistance (2 left)");
        row("reaction", entry("reaction", kAria, kAria), "Aria used their reaction");
        row("reaction back", entry("reaction_reset", kNobody, kAria), "Aria has their reaction again");
        row("recharge",
            entry("recharge_roll", kNobody, QStringLiteral("Dragon"),
                  R"({"action":"Fire Breath","d6":5,"needs":5})", "{}", R"({"available":true})"),
            "Dragon rolled 5 on a d6: Fire Breath is ready again");
        row("recharge used",
            entry("recharge_use", kNobody, QStringLiteral("Dragon"), R"({"action":"Fire Breath"})"),
            "Dragon used Fire Breath");
        row("roll",
            entry("roll", kGoblin, kNobody,
                  R"({"label":"Scimitar","expression":"1d20+4","total":19,"dice":[{"value":15}]})"),
            "Goblin 2 rolled “Scimitar” 1d20+4 [15] = 19");
        row("dm roll",
            entry("roll", kNobody, kNobody,
                  R"({"label":"","expression":"1d8","total":4,"dice":[{"value":4}]})"),
            "The DM rolled 1d8 [4] = 4");
        row("long rest", entry("long_rest", kNobody, kAria, "{}", "{}", R"({"hp":30,"maxHp":30})"),
            "Aria finished a long rest (HP 30 of 30)");
    }

    void eachKindReadsAsASentence()
    {
        QFETCH(CombatLogEntry, entry);
        QFETCH(QString, sentence);
        QCOMPARE(CombatLogText::sentence(entry), sentence);
        QVERIFY(CombatLogText::knows(entry.action));
    }

    // Every kind a whole fight writes has its sentence: no internal word ("turn_start", "add
    // [hidden no]") reaches the screen.
    void aWholeFightReadsWithoutInternalWords()
    {
        SessionFixture f;
        CHECK_OK(playDragonFight(f));
        const QString goblin = f.add(SessionFixture::creature(QStringLiteral("Goblin"), 7));
        CHECK_OK(f.session->setHidden(goblin, true));
        CHECK_OK(f.session->setHidden(goblin, false));
        Participant aliased = f.get(goblin);
        aliased.alias = QStringLiteral("Shadow");
        CHECK_OK(f.session->editParticipant(aliased));
        CHECK_OK(f.session->removeParticipant(goblin));
        QSet<QString> kinds;
        for (const CombatLogEntry& e : f.session->log()) {
            kinds.insert(e.action);
            QVERIFY2(CombatLogText::knows(e.action), qPrintable(e.action));
            const QString line = CombatLogExport::line(e);
            // No kind ("turn_start"), no raw values ("[hidden no]", "hp 5 => hp 0").
            QVERIFY2(!line.contains(QLatin1Char('_')) && !line.contains(QStringLiteral("=>")) &&
                         !line.contains(QStringLiteral("[hidden")),
                     qPrintable(line));
        }
        QVERIFY(kinds.size() >= 30);
    }

    // Entries stored by earlier releases carry only names and the values of their time (no
    // applied amount, no reason); entries of a kind a newer release added read as who, what, whom.
    void olderAndNewerEntriesStillRead()
    {
        QCOMPARE(CombatLogText::sentence(entry("damage", kAria, kGoblin, R"({"amount":7})")),
                 QStringLiteral("Goblin 2 took 7 damage from Aria"));
        QCOMPARE(
            CombatLogText::sentence(entry("damage", kAria, kGoblin, "{}", R"({"hp":20})", R"({"hp":13})")),
            QStringLiteral("Goblin 2 took 7 damage from Aria"));
        QCOMPARE(CombatLogText::sentence(entry("round_start", kNobody, kNobody)),
                 QStringLiteral("Round 3 began"));
        QCOMPARE(CombatLogText::sentence(entry("killed", kAria, kGoblin)), QStringLiteral("Goblin 2 died"));
        QVERIFY(!CombatLogText::knows(QStringLiteral("wild_surge")));
        QCOMPARE(CombatLogText::sentence(entry("wild_surge", kAria, kGoblin)),
                 QStringLiteral("Aria: wild surge Goblin 2"));
        QCOMPARE(CombatLogText::sentence(entry("wild_surge", kAria, kNobody)),
                 QStringLiteral("Aria: wild surge"));
    }
};

QTEST_MAIN(TestCombatLogText)
#include "TestCombatLogText.moc"
