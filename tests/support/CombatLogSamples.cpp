#include "CombatLogSamples.h"

#include <QJsonDocument>

namespace dnd::test {

namespace {

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

CombatLogEntry logEntry(const char* action, const QString& actor, const QString& target, const char* details,
                        const char* before, const char* after)
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

namespace {

const QString kAria = QStringLiteral("Aria");
const QString kGoblin = QStringLiteral("Goblin 2");
const QString kNobody;

} // namespace

QList<CombatLogSample> combatLogSamples()
{
    QList<CombatLogSample> samples;
    const auto row = [&samples](const char* name, const CombatLogEntry& e, const char* english,
                                const char* german) {
        samples.append({name, e, QString::fromUtf8(english), QString::fromUtf8(german)});
    };
    row("damage", logEntry("damage", kAria, kGoblin, R"({"amount":7,"applied":7})"),
        "Goblin 2 took 7 damage from Aria", "Goblin 2 erlitt 7 Schaden durch Aria");
    row("damage typed", logEntry("damage", kAria, kGoblin, R"({"amount":7,"applied":7,"type":"fire"})"),
        "Goblin 2 took 7 fire damage from Aria", "Goblin 2 erlitt 7 Schaden (Feuer) durch Aria");
    row("damage of an unknown type",
        logEntry("damage", kAria, kGoblin, R"({"amount":7,"applied":7,"type":"sonic"})"),
        "Goblin 2 took 7 sonic damage from Aria", "Goblin 2 erlitt 7 Schaden (sonic) durch Aria");
    row("damage resisted",
        logEntry("damage", kAria, kGoblin, R"({"amount":8,"applied":4,"type":"fire","resisted":true})"),
        "Goblin 2 took 4 fire damage from Aria (resisted, 8 rolled)",
        "Goblin 2 erlitt 4 Schaden (Feuer) durch Aria (resistent, 8 gewürfelt)");
    row("damage typed by nobody",
        logEntry("damage", kNobody, kAria, R"({"amount":5,"applied":5,"type":"bludgeoning"})"),
        "Aria took 5 bludgeoning damage", "Aria erlitt 5 Schaden (Wucht)");
    row("damage critical", logEntry("damage", kAria, kGoblin, R"({"amount":9,"applied":9,"critical":true})"),
        "Goblin 2 took 9 damage from Aria (critical hit)",
        "Goblin 2 erlitt 9 Schaden durch Aria (kritischer Treffer)");
    row("damage halved", logEntry("damage", kAria, kGoblin, R"({"amount":9,"applied":4,"scale":"half"})"),
        "Goblin 2 took 4 damage from Aria (halved, 9 rolled)",
        "Goblin 2 erlitt 4 Schaden durch Aria (halbiert, 9 gewürfelt)");
    row("damage from nobody", logEntry("damage", kNobody, kAria, R"({"amount":3,"applied":3})"),
        "Aria took 3 damage", "Aria erlitt 3 Schaden");
    row("heal", logEntry("heal", kAria, QStringLiteral("Borin"), R"({"amount":5,"restored":5})"),
        "Aria healed Borin for 5", "Aria heilte Borin um 5");
    row("heal self", logEntry("heal", kAria, kAria, R"({"amount":5,"restored":5})"), "Aria regained 5 HP",
        "Aria erhielt 5 TP zurück");
    row("temp hp", logEntry("temp_hp", kAria, QStringLiteral("Borin"), R"({"amount":6})"),
        "Aria gave Borin 6 temporary HP", "Aria gab Borin 6 temporäre TP");
    row("temp hp from nobody", logEntry("temp_hp", kNobody, kAria, R"({"amount":6})"),
        "Aria gained 6 temporary HP", "Aria erhielt 6 temporäre TP");
    row("condition", logEntry("condition_add", kAria, kGoblin, R"({"condition":"Prone"})"),
        "Aria gave Goblin 2 the condition Prone", "Aria belegte Goblin 2 mit dem Zustand Prone");
    row("condition timed hidden",
        logEntry("condition_add", kNobody, kGoblin, R"({"condition":"Poisoned","rounds":2,"hidden":true})"),
        "Goblin 2 gained the condition Poisoned for 2 rounds (hidden from the players)",
        "Goblin 2 erhielt den Zustand Poisoned für 2 Runden (vor den Spielern verborgen)");
    row("condition one round",
        logEntry("condition_add", kAria, kGoblin, R"({"condition":"Prone","rounds":1})"),
        "Aria gave Goblin 2 the condition Prone for 1 round",
        "Aria belegte Goblin 2 mit dem Zustand Prone für 1 Runde");
    row("condition removed", logEntry("condition_remove", kAria, kGoblin, R"({"condition":"Prone"})"),
        "Aria removed Prone from Goblin 2", "Aria entfernte Prone von Goblin 2");
    row("condition removed by nobody",
        logEntry("condition_remove", kNobody, kGoblin, R"({"condition":"Prone"})"),
        "Goblin 2 no longer has the condition Prone", "Goblin 2 hat den Zustand Prone nicht mehr");
    row("condition ran out", logEntry("condition_end", kAria, kGoblin, R"({"condition":"Prone"})"),
        "The condition Prone on Goblin 2 ran out", "Der Zustand Prone von Goblin 2 ist abgelaufen");
    row("exhaustion", logEntry("exhaustion", kNobody, kAria, "{}", R"({"level":0})", R"({"level":2})"),
        "Exhaustion of Aria is now level 2", "Erschöpfung von Aria ist jetzt Stufe 2");
    row("round", logEntry("round_start", kNobody, kNobody, R"({"round":3})"), "Round 3 began",
        "Runde 3 begann");
    row("turn", logEntry("turn_start", kAria, kNobody), "Aria's turn", "Aria ist am Zug");
    row("previous turn", logEntry("previous_turn", kAria, kNobody), "Back to Aria's turn",
        "Zurück zum Zug von Aria");
    row("added", logEntry("add", kNobody, QStringLiteral("Goblin 3"), R"({"hidden":false})"),
        "Added Goblin 3", "Goblin 3 hinzugefügt");
    row("added hidden", logEntry("add", kNobody, QStringLiteral("Goblin 3"), R"({"hidden":true})"),
        "Added Goblin 3 (hidden)", "Goblin 3 hinzugefügt (verborgen)");
    row("removed", logEntry("remove", kNobody, kGoblin), "Removed Goblin 2", "Goblin 2 entfernt");
    row("removed defeated", logEntry("remove", kAria, kGoblin, R"({"reason":"defeated"})"),
        "Removed Goblin 2 (defeated)", "Goblin 2 entfernt (besiegt)");
    row("hidden", logEntry("hide", kNobody, kGoblin), "Hid Goblin 2 from the players",
        "Goblin 2 vor den Spielern verborgen");
    row("revealed", logEntry("reveal", kNobody, kGoblin), "Revealed Goblin 2 to the players",
        "Goblin 2 den Spielern gezeigt");
    row("alias", logEntry("edit", kNobody, kGoblin, "{}", R"({"alias":""})", R"({"alias":"Shadow"})"),
        "The players see Goblin 2 as “Shadow”", "Die Spieler sehen Goblin 2 als „Shadow“");
    row("alias cleared", logEntry("edit", kNobody, kGoblin, "{}", R"({"alias":"Shadow"})", R"({"alias":""})"),
        "The players see Goblin 2 by their own name again",
        "Die Spieler sehen Goblin 2 wieder unter dem eigenen Namen");
    row("renamed", logEntry("edit", kNobody, kGoblin, "{}", R"({"name":"Goblin"})", R"({"name":"Goblin 2"})"),
        "Renamed Goblin to Goblin 2", "Goblin in Goblin 2 umbenannt");
    row("edited", logEntry("edit", kNobody, kGoblin, "{}", R"({"ac":12})", R"({"ac":15})"),
        "Changed the details of Goblin 2", "Angaben zu Goblin 2 geändert");
    row("initiative",
        logEntry("initiative", kNobody, kAria, "{}", R"({"initiative":null})", R"({"initiative":17})"),
        "Initiative of Aria set to 17", "Initiative von Aria auf 17 gesetzt");
    row("initiative roll",
        logEntry("initiative_roll", kNobody, kGoblin, R"({"d20":12,"modifier":2})", "{}",
                 R"({"initiative":14})"),
        "Goblin 2 rolled 14 for initiative (d20 12, modifier 2)",
        "Goblin 2 würfelte 14 für die Initiative (W20 12, Modifikator 2)");
    row("moved", logEntry("move", kNobody, kGoblin), "Moved Goblin 2 among those tied on initiative",
        "Goblin 2 innerhalb des Initiative-Gleichstands verschoben");
    row("options", logEntry("options", kNobody, kNobody), "Changed the initiative options",
        "Initiative-Optionen geändert");
    row("lair on", logEntry("lair_on", kNobody, QStringLiteral("Lair")), "Lair actions turned on",
        "Hortaktionen eingeschaltet");
    row("lair off", logEntry("lair_off", kNobody, QStringLiteral("Lair")), "Lair actions turned off",
        "Hortaktionen ausgeschaltet");
    row("started", logEntry("combat_start", kNobody, kNobody), "Combat started", "Kampf begonnen");
    row("ended", logEntry("combat_end", kNobody, kNobody, R"({"rounds":4,"elapsedMs":120000})"),
        "Combat ended in round 4", "Kampf in Runde 4 beendet");
    row("paused", logEntry("combat_pause", kNobody, kNobody, R"({"elapsedMs":1000})"), "Combat paused",
        "Kampf pausiert");
    row("resumed", logEntry("combat_resume", kNobody, kNobody), "Combat resumed", "Kampf fortgesetzt");
    row("max hp", logEntry("max_hp", kNobody, kAria, "{}", "{}", R"({"maxHp":40,"hp":30})"),
        "Maximum HP of Aria set to 40", "Maximale TP von Aria auf 40 gesetzt");
    row("killed", logEntry("killed", kAria, kGoblin, R"({"reason":"massive damage"})"),
        "Goblin 2 died (massive damage)", "Goblin 2 ist gestorben (massiver Schaden)");
    row("dying", logEntry("dying", kGoblin, kAria), "Aria fell unconscious and is dying",
        "Aria ist bewusstlos und liegt im Sterben");
    row("defeated", logEntry("defeated", kAria, kGoblin), "Goblin 2 was defeated by Aria",
        "Goblin 2 wurde von Aria besiegt");
    row("defeated by nobody", logEntry("defeated", kNobody, kGoblin), "Goblin 2 was defeated",
        "Goblin 2 wurde besiegt");
    row("death save due", logEntry("death_save_due", kAria, kAria), "Aria must make a death save",
        "Aria muss einen Todesrettungswurf machen");
    row("death save failure", logEntry("death_save_failure", kGoblin, kAria, R"({"failures":2})"),
        "Aria failed 2 death saves from the damage",
        "Aria erlitt durch den Schaden 2 misslungene Todesrettungswürfe");
    row("death save failure one", logEntry("death_save_failure", kGoblin, kAria, R"({"failures":1})"),
        "Aria failed a death save from the damage",
        "Aria erlitt durch den Schaden einen misslungenen Todesrettungswurf");
    row("death save",
        logEntry("death_save", kAria, kAria, R"({"roll":12})", "{}", R"({"successes":1,"failures":0})"),
        "Aria rolled 12 on a death save (successes 1, failures 0)",
        "Aria würfelte 12 beim Todesrettungswurf (Erfolge 1, Fehlschläge 0)");
    row("stable", logEntry("stable", kAria, kAria), "Aria is stable", "Aria ist stabil");
    row("concentration", logEntry("concentration_start", kAria, kAria, R"({"on":"Bless"})"),
        "Aria began concentrating on Bless", "Aria begann sich auf Bless zu konzentrieren");
    row("concentration lost", logEntry("concentration_end", kGoblin, kAria, R"({"reason":"0 hp"})"),
        "Aria stopped concentrating (dropped to 0 HP)",
        "Aria konzentriert sich nicht mehr (auf 0 TP gefallen)");
    row("concentration check", logEntry("concentration_check", kGoblin, kAria, R"({"dc":11})"),
        "Aria must make a DC 11 Constitution save to keep concentrating",
        "Aria muss einen Konstitutionsrettungswurf gegen SG 11 machen, um konzentriert zu bleiben");
    row("concentration save",
        logEntry("concentration_save", kAria, kAria, R"({"dc":10,"total":16,"result":"kept"})"),
        "Aria kept concentration (16 against DC 10)", "Aria hielt die Konzentration (16 gegen SG 10)");
    row("legendary action",
        logEntry("legendary_action", kNobody, QStringLiteral("Dragon"), R"({"cost":2})", "{}",
                 R"({"legendaryActions":1})"),
        "Dragon used a legendary action costing 2 (1 left)",
        "Dragon nutzte eine legendäre Aktion, die 2 kostet (1 übrig)");
    row("legendary reset",
        logEntry("legendary_reset", kNobody, QStringLiteral("Dragon"), "{}", "{}",
                 R"({"legendaryActions":3})"),
        "Dragon has 3 legendary actions again", "Dragon hat wieder 3 legendäre Aktionen");
    row("legendary reset one",
        logEntry("legendary_reset", kNobody, QStringLiteral("Dragon"), "{}", "{}",
                 R"({"legendaryActions":1})"),
        "Dragon has 1 legendary action again", "Dragon hat wieder 1 legendäre Aktion");
    row("legendary resistance",
        logEntry("legendary_resistance", kNobody, QStringLiteral("Dragon"), "{}", "{}", R"({"left":2})"),
        "Dragon used a legendary resistance (2 left)", "Dragon nutzte eine legendäre Resistenz (2 übrig)");
    row("reaction", logEntry("reaction", kAria, kAria), "Aria used their reaction",
        "Aria nutzte die Reaktion");
    row("reaction back", logEntry("reaction_reset", kNobody, kAria), "Aria has their reaction again",
        "Aria hat wieder eine Reaktion");
    row("recharge",
        logEntry("recharge_roll", kNobody, QStringLiteral("Dragon"),
                 R"({"action":"Fire Breath","d6":5,"needs":5})", "{}", R"({"available":true})"),
        "Dragon rolled 5 on a d6: Fire Breath is ready again",
        "Dragon würfelte 5 mit einem W6: Fire Breath ist wieder bereit");
    row("recharge used",
        logEntry("recharge_use", kNobody, QStringLiteral("Dragon"), R"({"action":"Fire Breath"})"),
        "Dragon used Fire Breath", "Dragon nutzte Fire Breath");
    row("roll",
        logEntry("roll", kGoblin, kNobody,
                 R"({"label":"Scimitar","expression":"1d20+4","total":19,"dice":[{"value":15}]})"),
        "Goblin 2 rolled “Scimitar” 1d20+4 [15] = 19", "Goblin 2 würfelte „Scimitar“ 1d20+4 [15] = 19");
    row("dm roll",
        logEntry("roll", kNobody, kNobody,
                 R"({"label":"","expression":"1d8","total":4,"dice":[{"value":4}]})"),
        "The DM rolled 1d8 [4] = 4", "Die SL würfelte 1d8 [4] = 4");
    row("long rest", logEntry("long_rest", kNobody, kAria, "{}", "{}", R"({"hp":30,"maxHp":30})"),
        "Aria finished a long rest (HP 30 of 30)", "Aria beendete eine lange Rast (TP 30 von 30)");
    return samples;
}

} // namespace dnd::test
