<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackupManager</name>
    <message>
        <source>The database handle is not available for a backup.</source>
        <translation>Die Datenbankverbindung steht für eine Sicherung nicht zur Verfügung.</translation>
    </message>
    <message>
        <source>Could not create the backup file %1: %2</source>
        <translation>Die Sicherungsdatei %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Die Sicherung nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not move the finished backup to %1: %2</source>
        <translation>Die fertige Sicherung konnte nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>Die Sicherung ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The backup is damaged too: %1</source>
        <translation>Auch die Sicherung ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Could not move %1 aside before restoring.</source>
        <translation>%1 konnte vor dem Wiederherstellen nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Could not copy the backup to %1: %2</source>
        <translation>Die Sicherung konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>Could not mark %1 as restored: %2</source>
        <translation>%1 konnte nicht als wiederhergestellt markiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Bestiary</name>
    <message>
        <source>The bundled bestiary is missing from this build (%1).</source>
        <translation>Das mitgelieferte Bestiarium fehlt in diesem Build (%1).</translation>
    </message>
    <message>
        <source>The bundled bestiary cannot be read.</source>
        <translation>Das mitgelieferte Bestiarium kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The bundled bestiary is missing from this build.</source>
        <translation>Das mitgelieferte Bestiarium fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The bundled bestiary could not be installed: %1</source>
        <translation>Das mitgelieferte Bestiarium konnte nicht installiert werden: %1</translation>
    </message>
</context>
<context>
    <name>BestiaryBuilder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not validate: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>CombatLogText</name>
    <message>
        <source>massive damage</source>
        <translation>massiver Schaden</translation>
    </message>
    <message>
        <source>three failed death saves</source>
        <translation>drei misslungene Todesrettungswürfe</translation>
    </message>
    <message>
        <source>exhaustion</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>dropped to 0 HP</source>
        <translation>auf 0 TP gefallen</translation>
    </message>
    <message>
        <source>failed the save</source>
        <translation>Rettungswurf misslungen</translation>
    </message>
    <message>
        <source>died</source>
        <translation>gestorben</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>besiegt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 took %2 damage from %3</source>
        <translation>%1 erlitt %2 Schaden durch %3</translation>
    </message>
    <message>
        <source>%1 took %2 %3 damage from %4</source>
        <translation>%1 erlitt %2 Schaden (%3) durch %4</translation>
    </message>
    <message>
        <source>%1 took %2 damage</source>
        <translation>%1 erlitt %2 Schaden</translation>
    </message>
    <message>
        <source>%1 took %2 %3 damage</source>
        <translation>%1 erlitt %2 Schaden (%3)</translation>
    </message>
    <message>
        <source>critical hit</source>
        <translation>kritischer Treffer</translation>
    </message>
    <message>
        <source>halved</source>
        <translation>halbiert</translation>
    </message>
    <message>
        <source>doubled</source>
        <translation>verdoppelt</translation>
    </message>
    <message>
        <source>immune</source>
        <translation>immun</translation>
    </message>
    <message>
        <source>resisted</source>
        <translation>resistent</translation>
    </message>
    <message>
        <source>vulnerable</source>
        <translation>verwundbar</translation>
    </message>
    <message>
        <source>%1 rolled</source>
        <translation>%1 gewürfelt</translation>
    </message>
    <message>
        <source>%1 healed %2 for %3</source>
        <translation>%1 heilte %2 um %3</translation>
    </message>
    <message>
        <source>%1 regained %2 HP</source>
        <translation>%1 erhielt %2 TP zurück</translation>
    </message>
    <message>
        <source>%1 gave %2 %3 temporary HP</source>
        <translation>%1 gab %2 %3 temporäre TP</translation>
    </message>
    <message>
        <source>%1 gained %2 temporary HP</source>
        <translation>%1 erhielt %2 temporäre TP</translation>
    </message>
    <message>
        <source>%1 gave %2 the condition %3</source>
        <translation>%1 belegte %2 mit dem Zustand %3</translation>
    </message>
    <message>
        <source>%1 gained the condition %2</source>
        <translation>%1 erhielt den Zustand %2</translation>
    </message>
    <message>
        <source>%1 for 1 round</source>
        <translation>%1 für 1 Runde</translation>
    </message>
    <message>
        <source>%1 (hidden from the players)</source>
        <translation>%1 (vor den Spielern verborgen)</translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <translation>%1 entfernte %2 von %3</translation>
    </message>
    <message>
        <source>%1 no longer has the condition %2</source>
        <translation>%1 hat den Zustand %2 nicht mehr</translation>
    </message>
    <message>
        <source>The players see %1 by their own name again</source>
        <translation>Die Spieler sehen %1 wieder unter dem eigenen Namen</translation>
    </message>
    <message>
        <source>The players see %1 as “%2”</source>
        <translation>Die Spieler sehen %1 als „%2“</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Changed the details of %1</source>
        <translation>Angaben zu %1 geändert</translation>
    </message>
    <message>
        <source>%1 stopped concentrating</source>
        <translation>%1 konzentriert sich nicht mehr</translation>
    </message>
    <message>
        <source>%1 kept concentration (%2 against DC %3)</source>
        <translation>%1 hielt die Konzentration (%2 gegen SG %3)</translation>
    </message>
    <message>
        <source>%1 lost concentration (%2 against DC %3)</source>
        <translation>%1 verlor die Konzentration (%2 gegen SG %3)</translation>
    </message>
    <message>
        <source>%1 rolled %2 on a death save (successes %3, failures %4)</source>
        <translation>%1 würfelte %2 beim Todesrettungswurf (Erfolge %3, Fehlschläge %4)</translation>
    </message>
    <message>
        <source>%1 rolled %2 on a d6: %3 is ready again</source>
        <translation>%1 würfelte %2 mit einem W6: %3 ist wieder bereit</translation>
    </message>
    <message>
        <source>%1 rolled %2 on a d6: %3 is not ready yet</source>
        <translation>%1 würfelte %2 mit einem W6: %3 ist noch nicht bereit</translation>
    </message>
    <message>
        <source>The DM rolled %1</source>
        <translation>Die SL würfelte %1</translation>
    </message>
    <message>
        <source>%1 rolled %2</source>
        <translation>%1 würfelte %2</translation>
    </message>
    <message>
        <source>%1 finished a long rest (HP %2 of %3)</source>
        <translation>%1 beendete eine lange Rast (TP %2 von %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Added %1 (hidden)</source>
        <translation>%1 hinzugefügt (verborgen)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Hid %1 from the players</source>
        <translation>%1 vor den Spielern verborgen</translation>
    </message>
    <message>
        <source>Revealed %1 to the players</source>
        <translation>%1 den Spielern gezeigt</translation>
    </message>
    <message>
        <source>Initiative of %1 set to %2</source>
        <translation>Initiative von %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 rolled %2 for initiative (d20 %3, modifier %4)</source>
        <translation>%1 würfelte %2 für die Initiative (W20 %3, Modifikator %4)</translation>
    </message>
    <message>
        <source>Moved %1 among those tied on initiative</source>
        <translation>%1 innerhalb des Initiative-Gleichstands verschoben</translation>
    </message>
    <message>
        <source>Changed the initiative options</source>
        <translation>Initiative-Optionen geändert</translation>
    </message>
    <message>
        <source>Lair actions turned on</source>
        <translation>Hortaktionen eingeschaltet</translation>
    </message>
    <message>
        <source>Lair actions turned off</source>
        <translation>Hortaktionen ausgeschaltet</translation>
    </message>
    <message>
        <source>The condition %1 on %2 ran out</source>
        <translation>Der Zustand %1 von %2 ist abgelaufen</translation>
    </message>
    <message>
        <source>Exhaustion of %1 is now level %2</source>
        <translation>Erschöpfung von %1 ist jetzt Stufe %2</translation>
    </message>
    <message>
        <source>%1 began concentrating</source>
        <translation>%1 begann sich zu konzentrieren</translation>
    </message>
    <message>
        <source>%1 began concentrating on %2</source>
        <translation>%1 begann sich auf %2 zu konzentrieren</translation>
    </message>
    <message>
        <source>%1 must make a DC %2 Constitution save to keep concentrating</source>
        <translation>%1 muss einen Konstitutionsrettungswurf gegen SG %2 machen, um konzentriert zu bleiben</translation>
    </message>
    <message>
        <source>%1&apos;s turn</source>
        <translation>%1 ist am Zug</translation>
    </message>
    <message>
        <source>Round %1 began</source>
        <translation>Runde %1 begann</translation>
    </message>
    <message>
        <source>Back to the previous turn</source>
        <translation>Zurück zum vorherigen Zug</translation>
    </message>
    <message>
        <source>Back to %1&apos;s turn</source>
        <translation>Zurück zum Zug von %1</translation>
    </message>
    <message>
        <source>Combat started</source>
        <translation>Kampf begonnen</translation>
    </message>
    <message>
        <source>Combat ended in round %1</source>
        <translation>Kampf in Runde %1 beendet</translation>
    </message>
    <message>
        <source>Combat paused</source>
        <translation>Kampf pausiert</translation>
    </message>
    <message>
        <source>Combat resumed</source>
        <translation>Kampf fortgesetzt</translation>
    </message>
    <message>
        <source>Maximum HP of %1 set to %2</source>
        <translation>Maximale TP von %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>%1 died</source>
        <translation>%1 ist gestorben</translation>
    </message>
    <message>
        <source>%1 fell unconscious and is dying</source>
        <translation>%1 ist bewusstlos und liegt im Sterben</translation>
    </message>
    <message>
        <source>%1 was defeated by %2</source>
        <translation>%1 wurde von %2 besiegt</translation>
    </message>
    <message>
        <source>%1 was defeated</source>
        <translation>%1 wurde besiegt</translation>
    </message>
    <message>
        <source>%1 must make a death save</source>
        <translation>%1 muss einen Todesrettungswurf machen</translation>
    </message>
    <message>
        <source>%1 failed a death save from the damage</source>
        <translation>%1 erlitt durch den Schaden einen misslungenen Todesrettungswurf</translation>
    </message>
    <message>
        <source>%1 is stable</source>
        <translation>%1 ist stabil</translation>
    </message>
    <message>
        <source>%1 used a legendary action (%2 left)</source>
        <translation>%1 nutzte eine legendäre Aktion (%2 übrig)</translation>
    </message>
    <message>
        <source>%1 used a legendary action costing %2 (%3 left)</source>
        <translation>%1 nutzte eine legendäre Aktion, die %2 kostet (%3 übrig)</translation>
    </message>
    <message>
        <source>%1 used a legendary resistance (%2 left)</source>
        <translation>%1 nutzte eine legendäre Resistenz (%2 übrig)</translation>
    </message>
    <message>
        <source>%1 used their reaction</source>
        <translation>%1 nutzte die Reaktion</translation>
    </message>
    <message>
        <source>%1 has their reaction again</source>
        <translation>%1 hat wieder eine Reaktion</translation>
    </message>
    <message>
        <source>%1 used %2</source>
        <translation>%1 nutzte %2</translation>
    </message>
    <message>
        <source>acid</source>
        <translation>Säure</translation>
    </message>
    <message>
        <source>bludgeoning</source>
        <translation>Wucht</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>Kälte</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>Feuer</translation>
    </message>
    <message>
        <source>force</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>lightning</source>
        <translation>Blitz</translation>
    </message>
    <message>
        <source>necrotic</source>
        <translation>nekrotisch</translation>
    </message>
    <message>
        <source>piercing</source>
        <translation>Stich</translation>
    </message>
    <message>
        <source>poison</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>psychic</source>
        <translation>psychisch</translation>
    </message>
    <message>
        <source>radiant</source>
        <translation>gleißend</translation>
    </message>
    <message>
        <source>slashing</source>
        <translation>Hieb</translation>
    </message>
    <message>
        <source>thunder</source>
        <translation>Schall</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n rounds</source>
        <translation>
            <numerusform>%1 für %n Runde</numerusform>
            <numerusform>%1 für %n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n death saves from the damage</source>
        <translation>
            <numerusform>%1 erlitt durch den Schaden %n misslungenen Todesrettungswurf</numerusform>
            <numerusform>%1 erlitt durch den Schaden %n misslungene Todesrettungswürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has 1 legendary action again</source>
        <translation>%1 hat wieder 1 legendäre Aktion</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n legendary actions again</source>
        <translation>
            <numerusform>%1 hat wieder %n legendäre Aktion</numerusform>
            <numerusform>%1 hat wieder %n legendäre Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>„%1“ %2</translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <source>Blinded</source>
        <translation>Blind</translation>
    </message>
    <message>
        <source>Sees nothing; its attacks are at disadvantage, attacks on it at advantage.</source>
        <translation>Sieht nichts; seine Angriffe haben Nachteil, Angriffe gegen es Vorteil.</translation>
    </message>
    <message>
        <source>Sees nothing; checks needing sight fail; its attacks at disadvantage, attacks on it at advantage.</source>
        <translation>Sieht nichts; Proben, die Sicht erfordern, scheitern; seine Angriffe haben Nachteil, Angriffe gegen es Vorteil.</translation>
    </message>
    <message>
        <source>Charmed</source>
        <translation>Bezaubert</translation>
    </message>
    <message>
        <source>Will not harm the charmer, who has advantage when dealing with it socially.</source>
        <translation>Schadet dem Bezauberer nicht, der bei sozialen Interaktionen mit ihm Vorteil hat.</translation>
    </message>
    <message>
        <source>Deafened</source>
        <translation>Taub</translation>
    </message>
    <message>
        <source>Hears nothing; checks that rely on hearing fail.</source>
        <translation>Hört nichts; Proben, die Gehör erfordern, scheitern.</translation>
    </message>
    <message>
        <source>Frightened</source>
        <translation>Verängstigt</translation>
    </message>
    <message>
        <source>Disadvantage on checks and attacks while it sees the source; cannot move closer to it.</source>
        <translation>Nachteil bei Proben und Angriffen, solange es die Quelle sieht; kann sich ihr nicht nähern.</translation>
    </message>
    <message>
        <source>Grappled</source>
        <translation>Gepackt</translation>
    </message>
    <message>
        <source>Speed 0; ends when the grappler is incapacitated or they are separated.</source>
        <translation>Bewegungsrate 0; endet, wenn der Packende kampfunfähig ist oder beide getrennt werden.</translation>
    </message>
    <message>
        <source>Speed 0; disadvantage on attacks against anyone but the grappler, who can drag it along.</source>
        <translation>Bewegungsrate 0; Nachteil bei Angriffen gegen alle außer dem Packenden, der es mitziehen kann.</translation>
    </message>
    <message>
        <source>Incapacitated</source>
        <translation>Kampfunfähig</translation>
    </message>
    <message>
        <source>Can take no actions and no reactions.</source>
        <translation>Kann weder Aktionen noch Reaktionen ausführen.</translation>
    </message>
    <message>
        <source>No actions, bonus actions or reactions; concentration ends; cannot speak; disadvantage on initiative.</source>
        <translation>Keine Aktionen, Bonusaktionen oder Reaktionen; Konzentration endet; kann nicht sprechen; Nachteil auf Initiative.</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Unsichtbar</translation>
    </message>
    <message>
        <source>Unseen without magic; its attacks at advantage, attacks on it at disadvantage.</source>
        <translation>Ohne Magie nicht zu sehen; seine Angriffe haben Vorteil, Angriffe gegen es Nachteil.</translation>
    </message>
    <message>
        <source>Unseen and hard to locate; advantage on initiative and its attacks, attacks on it at disadvantage.</source>
        <translation>Ungesehen und schwer zu orten; Vorteil auf Initiative und eigene Angriffe, Angriffe gegen es haben Nachteil.</translation>
    </message>
    <message>
        <source>Paralyzed</source>
        <translation>Gelähmt</translation>
    </message>
    <message>
        <source>Incapacitated and motionless; fails Str and Dex saves; close hits on it are critical.</source>
        <translation>Kampfunfähig und reglos; scheitert bei Stärke- und Geschicklichkeitsrettungswürfen; Nahkampftreffer gegen es sind kritisch.</translation>
    </message>
    <message>
        <source>Incapacitated, speed 0; fails Str and Dex saves; attacks on it have advantage, close hits are critical.</source>
        <translation>Kampfunfähig, Bewegungsrate 0; scheitert bei Stärke- und Geschicklichkeitsrettungswürfen; Angriffe gegen es haben Vorteil, Nahkampftreffer sind kritisch.</translation>
    </message>
    <message>
        <source>Petrified</source>
        <translation>Versteinert</translation>
    </message>
    <message>
        <source>Turned to stone: incapacitated, resists all damage, immune to poison and disease.</source>
        <translation>Zu Stein verwandelt: kampfunfähig, resistent gegen allen Schaden, immun gegen Gift und Krankheit.</translation>
    </message>
    <message>
        <source>Poisoned</source>
        <translation>Vergiftet</translation>
    </message>
    <message>
        <source>Disadvantage on attack rolls and ability checks.</source>
        <translation>Nachteil bei Angriffswürfen und Attributsproben.</translation>
    </message>
    <message>
        <source>Prone</source>
        <translation>Liegend</translation>
    </message>
    <message>
        <source>On the ground: crawls or spends half its speed to stand; close attackers have advantage, distant ones disadvantage.</source>
        <translation>Am Boden: kriecht oder braucht die halbe Bewegungsrate zum Aufstehen; Angreifer in der Nähe haben Vorteil, entfernte Nachteil.</translation>
    </message>
    <message>
        <source>Restrained</source>
        <translation>Festgesetzt</translation>
    </message>
    <message>
        <source>Speed 0; its attacks and Dex saves at disadvantage, attacks on it at advantage.</source>
        <translation>Bewegungsrate 0; seine Angriffe und Geschicklichkeitsrettungswürfe haben Nachteil, Angriffe gegen es Vorteil.</translation>
    </message>
    <message>
        <source>Stunned</source>
        <translation>Betäubt</translation>
    </message>
    <message>
        <source>Incapacitated, barely speaks; fails Str and Dex saves; attacks on it at advantage.</source>
        <translation>Kampfunfähig, spricht kaum; scheitert bei Stärke- und Geschicklichkeitsrettungswürfen; Angriffe gegen es haben Vorteil.</translation>
    </message>
    <message>
        <source>Unconscious</source>
        <translation>Bewusstlos</translation>
    </message>
    <message>
        <source>Out cold and prone: incapacitated, drops what it holds, fails Str and Dex saves; close hits are critical.</source>
        <translation>Ohnmächtig und liegend: kampfunfähig, lässt fallen, was es hält, scheitert bei Stärke- und Geschicklichkeitsrettungswürfen; Nahkampftreffer sind kritisch.</translation>
    </message>
    <message>
        <source>Exhaustion</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>Fatigue in six levels, each adding a penalty; level 6 is death.</source>
        <translation>Ermüdung in sechs Stufen, jede mit einem Malus; Stufe 6 ist der Tod.</translation>
    </message>
    <message>
        <source>Fatigue in six levels: every d20 test -2 and speed -5 ft per level; level 6 is death.</source>
        <translation>Ermüdung in sechs Stufen: jeder W20-Test -2 und Bewegungsrate -1,5 m (5 ft) pro Stufe; Stufe 6 ist der Tod.</translation>
    </message>
    <message>
        <source>Disadvantage on ability checks.</source>
        <translation>Nachteil bei Attributsproben.</translation>
    </message>
    <message>
        <source>Speed halved (and level 1).</source>
        <translation>Bewegungsrate halbiert (und Stufe 1).</translation>
    </message>
    <message>
        <source>Disadvantage on attack rolls and saving throws (and levels 1-2).</source>
        <translation>Nachteil bei Angriffs- und Rettungswürfen (und Stufen 1-2).</translation>
    </message>
    <message>
        <source>Hit point maximum halved (and levels 1-3).</source>
        <translation>Trefferpunktmaximum halbiert (und Stufen 1-3).</translation>
    </message>
    <message>
        <source>Speed 0 (and levels 1-4).</source>
        <translation>Bewegungsrate 0 (und Stufen 1-4).</translation>
    </message>
    <message>
        <source>Death.</source>
        <translation>Tod.</translation>
    </message>
    <message>
        <source>%1 to every d20 test; speed reduced by %2 ft.</source>
        <translation>%1 auf jeden W20-Test; Bewegungsrate um %2 ft. verringert.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No sign-in is saved for this account.</source>
        <translation>Für dieses Konto ist keine Anmeldung gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1), so the sign-in is not kept; you will be asked to sign in again next time.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (%1), daher wird die Anmeldung nicht gespeichert; Sie werden beim nächsten Mal erneut gefragt.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1).</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1), so the sign-in is not kept; you will be asked to sign in again next time.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1), daher wird die Anmeldung nicht gespeichert; Sie werden beim nächsten Mal erneut gefragt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data file %1 is not a regular file. Choose another data folder.</source>
        <translation>Die Datendatei %1 ist keine normale Datei. Wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read (%2). Check its permissions; nothing was changed.</source>
        <translation>Die Datendatei %1 kann nicht gelesen werden (%2). Prüfen Sie ihre Berechtigungen; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The data file %1 is not a tracker database or is damaged. It was left untouched; restore a backup or choose another data folder.</source>
        <translation>Die Datendatei %1 ist keine Tracker-Datenbank oder ist beschädigt. Sie blieb unberührt; stellen Sie eine Sicherung wieder her oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The data file %1 has a damaged header. It was left untouched; restore the latest backup.</source>
        <translation>Die Datendatei %1 hat einen beschädigten Kopf. Sie blieb unberührt; stellen Sie die letzte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The data file %1 is truncated (%2 of %3 bytes). It was left untouched; restore the latest backup.</source>
        <translation>Die Datendatei %1 ist abgeschnitten (%2 von %3 Bytes). Sie blieb unberührt; stellen Sie die letzte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>check the data file</source>
        <translation>die Datendatei prüfen</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). It was left untouched; restore the latest backup.</source>
        <translation>Die Datendatei %1 ist beschädigt (%2). Sie blieb unberührt; stellen Sie die letzte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not check the data file %1 (%2). Nothing will be written to it until it can be checked; start the tracker again.</source>
        <translation>Die Datendatei %1 konnte nicht geprüft werden (%2). Bis sie geprüft werden kann, wird nichts hineingeschrieben; starten Sie den Tracker erneut.</translation>
    </message>
    <message>
        <source>The data file %1 and its folder cannot be written (%2).</source>
        <translation>Die Datendatei %1 und ihr Ordner können nicht beschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The data file %1 cannot be written (%2).</source>
        <translation>Die Datendatei %1 kann nicht beschrieben werden (%2).</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only.</source>
        <translation>Der Datenordner %1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1 The tracker opened the file read-only: you can look at everything in it, but no change is saved. Make the file and its folder writable, then start the tracker again.</source>
        <translation>%1 Der Tracker hat die Datei schreibgeschützt geöffnet: Sie können alles darin ansehen, aber keine Änderung wird gespeichert. Machen Sie die Datei und ihren Ordner beschreibbar und starten Sie den Tracker dann neu.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2: %3). It was left untouched; restore the latest backup.</source>
        <translation>Die Datendatei %1 ist beschädigt (%2: %3). Sie blieb unberührt; stellen Sie die letzte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not open the data file %1 (%2: %3). It was left untouched.</source>
        <translation>Die Datendatei %1 konnte nicht geöffnet werden (%2: %3). Sie blieb unberührt.</translation>
    </message>
    <message>
        <source>The data file is damaged (%1: %2). Restore the latest backup.</source>
        <translation>Die Datendatei ist beschädigt (%1: %2). Stellen Sie die letzte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The data file is busy in another program (%1: %2). Close other copies of the tracker and try again.</source>
        <translation>Die Datendatei wird von einem anderen Programm verwendet (%1: %2). Schließen Sie andere Instanzen des Trackers und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk is full (%1: %2). Free some space; the change was not saved.</source>
        <translation>Der Datenträger ist voll (%1: %2). Geben Sie Speicherplatz frei; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The data file cannot be written (%1: %2). Check that the file and its folder are writable; the change was not saved.</source>
        <translation>Die Datendatei kann nicht beschrieben werden (%1: %2). Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehler beim Vorgang „%1“: %2</translation>
    </message>
    <message>
        <source>Could not %1: %2. Check the data folder&apos;s permissions.</source>
        <translation>Fehler beim Vorgang „%1“: %2. Prüfen Sie die Berechtigungen des Datenordners.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>Unter %1 gibt es keine Datendatei.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Der Ordner für %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The data folder of %1 is read-only, and the file&apos;s latest changes are still in %1-wal, which can only be read from a writable folder. Nothing was changed; make the folder writable, then start the tracker again.</source>
        <translation>Der Ordner von %1 ist schreibgeschützt, und die letzten Änderungen der Datei stehen noch in %1-wal, das sich nur aus einem beschreibbaren Ordner lesen lässt. Nichts wurde verändert; machen Sie den Ordner beschreibbar und starten Sie den Tracker dann neu.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>Schemaversion lesen</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of the tracker (schema %2; this version knows up to %3). It was left untouched; update the tracker to open it.</source>
        <translation>Die Datendatei %1 wurde von einer neueren Version des Trackers geschrieben (Schema %2; diese Version kennt bis %3). Sie blieb unberührt; aktualisieren Sie den Tracker, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation>Schema lesen</translation>
    </message>
    <message>
        <source>The data file %1 cannot be written, and this version of the tracker must first upgrade it (schema %2 to %3). It was left untouched; make the file and its folder writable, then start the tracker again.</source>
        <translation>Die Datendatei %1 kann nicht beschrieben werden, und diese Version des Trackers muss sie zuerst aktualisieren (Schema %2 auf %3). Sie blieb unverändert; machen Sie die Datei und ihren Ordner beschreibbar und starten Sie den Tracker dann neu.</translation>
    </message>
    <message>
        <source>switch to write-ahead logging</source>
        <translation>auf Write-Ahead-Logging umstellen</translation>
    </message>
    <message>
        <source>The data folder does not support write-ahead logging (journal mode stayed %1). Choose a data folder on a local disk.</source>
        <translation>Der Datenordner unterstützt kein Write-Ahead-Logging (Journalmodus blieb %1). Wählen Sie einen Datenordner auf einer lokalen Festplatte.</translation>
    </message>
    <message>
        <source>Upgrading the data file to schema %1 failed; it was left at schema %2. %3</source>
        <translation>Die Aktualisierung der Datendatei auf Schema %1 ist fehlgeschlagen; sie blieb bei Schema %2. %3</translation>
    </message>
    <message>
        <source>prepare %1</source>
        <translation>%1 vorbereiten</translation>
    </message>
</context>
<context>
    <name>DdbCharacterReader</name>
    <message>
        <source>It has no name.</source>
        <translation>Es hat keinen Namen.</translation>
    </message>
    <message>
        <source>The level of its class %1 is not a number.</source>
        <translation>Die Stufe seiner Klasse %1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>Its %1 score is not a number.</source>
        <translation>Sein %1-Wert ist keine Zahl.</translation>
    </message>
    <message>
        <source>It has no hit points.</source>
        <translation>Es hat keine Trefferpunkte.</translation>
    </message>
    <message>
        <source>The file is not a D&amp;D Beyond character.</source>
        <translation>Die Datei ist kein D&amp;D-Beyond-Charakter.</translation>
    </message>
    <message>
        <source>D&amp;D Beyond characters</source>
        <translation>D&amp;D-Beyond-Charaktere</translation>
    </message>
    <message>
        <source>It is not a D&amp;D Beyond character.</source>
        <translation>Es ist kein D&amp;D-Beyond-Charakter.</translation>
    </message>
</context>
<context>
    <name>DiceExpression</name>
    <message>
        <source>%1 (at position %2).</source>
        <translation>%1 (an Position %2).</translation>
    </message>
    <message>
        <source>The expression is empty</source>
        <translation>Der Ausdruck ist leer</translation>
    </message>
    <message>
        <source>Expected + or - but found &apos;%1&apos;</source>
        <translation>+ oder - erwartet, aber „%1“ gefunden</translation>
    </message>
    <message>
        <source>Expected a number or dice after &apos;%1&apos;</source>
        <translation>Zahl oder Würfel nach „%1“ erwartet</translation>
    </message>
    <message>
        <source>The number at position %1 is too large.</source>
        <translation>Die Zahl an Position %1 ist zu groß.</translation>
    </message>
    <message>
        <source>Expected a number or dice</source>
        <translation>Zahl oder Würfel erwartet</translation>
    </message>
    <message>
        <source>Expected a number or dice but found &apos;%1&apos;</source>
        <translation>Zahl oder Würfel erwartet, aber „%1“ gefunden</translation>
    </message>
    <message>
        <source>The number %1 is larger than %2.</source>
        <translation>Die Zahl %1 ist größer als %2.</translation>
    </message>
    <message>
        <source>A dice term needs at least one die</source>
        <translation>Ein Würfelterm braucht mindestens einen Würfel</translation>
    </message>
    <message>
        <source>%1 dice are more than the %2 allowed.</source>
        <translation>%1 Würfel sind mehr als die erlaubten %2.</translation>
    </message>
    <message>
        <source>Expected the number of sides after &apos;d&apos;</source>
        <translation>Seitenzahl nach „d“ erwartet</translation>
    </message>
    <message>
        <source>Dice with more than %1 sides are not allowed (position %2).</source>
        <translation>Würfel mit mehr als %1 Seiten sind nicht erlaubt (Position %2).</translation>
    </message>
    <message>
        <source>A die needs at least one side</source>
        <translation>Ein Würfel braucht mindestens eine Seite</translation>
    </message>
    <message>
        <source>Expected &apos;h&apos; or &apos;l&apos; after &apos;d&apos; to drop dice</source>
        <translation>„h“ oder „l“ nach „d“ erwartet, um Würfel wegzulassen</translation>
    </message>
    <message>
        <source>Expected how many dice to keep or drop</source>
        <translation>Erwartet, wie viele Würfel behalten oder weggelassen werden</translation>
    </message>
    <message>
        <source>The keep or drop count is not sensible</source>
        <translation>Die Anzahl zum Behalten oder Weglassen ist nicht sinnvoll</translation>
    </message>
    <message>
        <source>Cannot %1 %2 of %3 dice</source>
        <translation>Kann nicht %2 von %3 Würfeln %1</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>weglassen</translation>
    </message>
    <message>
        <source>The expression is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Ausdruck ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The expression rolls %1 dice; at most %2 are allowed.</source>
        <translation>Der Ausdruck würfelt %1 Würfel; höchstens %2 sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>Difficulty</name>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Deadly</source>
        <translation>Tödlich</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Trivial</translation>
    </message>
    <message>
        <source>The party needs at least one character.</source>
        <translation>Die Gruppe braucht mindestens einen Charakter.</translation>
    </message>
    <message>
        <source>Character level %1 is outside 1 to 20.</source>
        <translation>Die Charakterstufe %1 liegt nicht zwischen 1 und 20.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a challenge rating (0, 1/8, 1/4, 1/2 or 1 to 30).</source>
        <translation>„%1“ ist kein Herausforderungsgrad (0, 1/8, 1/4, 1/2 oder 1 bis 30).</translation>
    </message>
    <message>
        <source>A monster count must be between 1 and 1000, not %1.</source>
        <translation>Eine Monsteranzahl muss zwischen 1 und 1000 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Give the party as character levels, e.g. 5,5,5,5.</source>
        <translation>Geben Sie die Gruppe als Charakterstufen an, z. B. 5,5,5,5.</translation>
    </message>
    <message>
        <source>A party of more than 100 characters is not supported.</source>
        <translation>Eine Gruppe mit mehr als 100 Charakteren wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a character level from 1 to 20.</source>
        <translation>„%1“ ist keine Charakterstufe von 1 bis 20.</translation>
    </message>
    <message>
        <source>Too many monster entries (at most 1000).</source>
        <translation>Zu viele Monstereinträge (höchstens 1000).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a challenge rating with an optional count, e.g. 1/4x6.</source>
        <translation>„%1“ ist kein Herausforderungsgrad mit optionaler Anzahl, z. B. 1/4x6.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a count must be between 1 and 1000.</source>
        <translation>„%1“: Eine Anzahl muss zwischen 1 und 1000 liegen.</translation>
    </message>
</context>
<context>
    <name>FiveEDatabaseReader</name>
    <message>
        <source>It has no name or no index.</source>
        <translation>Es hat keinen Namen oder keinen Index.</translation>
    </message>
    <message>
        <source>Its hit points are not a number.</source>
        <translation>Seine Trefferpunkte sind keine Zahl.</translation>
    </message>
    <message>
        <source>Its %1 score is missing or not a number.</source>
        <translation>Sein %1-Wert fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>Its challenge rating is missing or not a challenge rating.</source>
        <translation>Sein Herausforderungsgrad fehlt oder ist kein gültiger Herausforderungsgrad.</translation>
    </message>
    <message>
        <source>The file is not 5e-database monster JSON.</source>
        <translation>Die Datei ist kein 5e-database-Monster-JSON.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Es ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>HybridLogicalClock</name>
    <message>
        <source>Malformed clock value &apos;%1&apos;.</source>
        <translation>Ungültiger Uhrwert „%1“.</translation>
    </message>
    <message>
        <source>A change is stamped %1 s ahead of this device&apos;s clock; more than the %2 s allowed. Check the date and time settings of both devices.</source>
        <translation>Eine Änderung ist %1 s später datiert als die Uhr dieses Geräts; mehr als die erlaubten %2 s. Prüfen Sie Datum und Uhrzeit beider Geräte.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>An earlier item of the file has the same identity (%1); only that one was imported.</source>
        <translation>Ein früherer Eintrag der Datei hat dieselbe Identität (%1); nur dieser wurde importiert.</translation>
    </message>
    <message>
        <source>The file is none of the formats the tracker reads (its own export, 5e-database, Open5e, Improved Initiative, D&amp;D Beyond character). Nothing was imported.</source>
        <translation>Die Datei hat keines der Formate, die der Tracker liest (sein eigener Export, 5e-database, Open5e, Improved Initiative, D&amp;D-Beyond-Charakter). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over %3 MB are not imported. Nothing was imported.</source>
        <translation>%1 ist %2 MB groß; Dateien über %3 MB werden nicht importiert. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is too large to import. Nothing was imported.</source>
        <translation>Die Datei ist zu groß zum Importieren. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was imported.</source>
        <translation>Der Import konnte nicht gespeichert werden: %1 Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ImprovedInitiativeFormat</name>
    <message>
        <source>Its %1 score is not a number.</source>
        <translation>Sein %1-Wert ist keine Zahl.</translation>
    </message>
    <message>
        <source>It has no name.</source>
        <translation>Es hat keinen Namen.</translation>
    </message>
    <message>
        <source>Its HP or AC value is missing or not a number.</source>
        <translation>Sein TP- oder RK-Wert fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>The file is not Improved Initiative JSON.</source>
        <translation>Die Datei ist kein Improved-Initiative-JSON.</translation>
    </message>
    <message>
        <source>Improved Initiative players</source>
        <translation>Improved-Initiative-Spieler</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Es ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>It is not an Improved Initiative statblock.</source>
        <translation>Es ist kein Improved-Initiative-Werteblock.</translation>
    </message>
    <message>
        <source>It is not an Improved Initiative character.</source>
        <translation>Es ist kein Improved-Initiative-Charakter.</translation>
    </message>
    <message>
        <source>It has no list of combatants.</source>
        <translation>Es hat keine Liste von Kampfteilnehmern.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>read the sync state</source>
        <translation>Synchronisierungsstand lesen</translation>
    </message>
    <message>
        <source>The data file is open read-only.</source>
        <translation>Die Datendatei ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>A %1 record needs an id.</source>
        <translation>Ein %1-Datensatz braucht eine ID.</translation>
    </message>
    <message>
        <source>Bundled creatures are read-only; duplicate one to make your own version.</source>
        <translation>Mitgelieferte Kreaturen sind schreibgeschützt; duplizieren Sie eine, um Ihre eigene Version zu erstellen.</translation>
    </message>
    <message>
        <source>That %1 was deleted; undo the deletion before editing it.</source>
        <translation>Dieser %1-Datensatz wurde gelöscht; machen Sie das Löschen rückgängig, bevor Sie ihn bearbeiten.</translation>
    </message>
    <message>
        <source>The %1 record is too large (%2 characters; at most %3).</source>
        <translation>Der %1-Datensatz ist zu groß (%2 Zeichen; höchstens %3).</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Es gibt keinen %1-Datensatz mit der ID %2.</translation>
    </message>
</context>
<context>
    <name>NativeFormat</name>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Es ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>It has no id.</source>
        <translation>Es hat keine ID.</translation>
    </message>
    <message>
        <source>Its id %1 appears twice.</source>
        <translation>Seine ID %1 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The file is not a D&amp;D Encounter Tracker export (its &quot;format&quot; is not &quot;%1&quot;). Nothing was imported.</source>
        <translation>Die Datei ist kein Export des D&amp;D-Begegnungstrackers (ihr „format“ ist nicht „%1“). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1. Nothing was imported.</source>
        <translation>Die „version“ der Datei muss eine ganze Zahl ab 1 sein. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of the tracker (format version %1; this one reads up to %2). Update the application to import it. Nothing was imported.</source>
        <translation>Die Datei wurde von einer neueren Version des Trackers geschrieben (Formatversion %1; diese liest bis %2). Aktualisieren Sie die Anwendung, um sie zu importieren. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Bundled templates are not imported; the file may only carry custom creatures.</source>
        <translation>Mitgelieferte Vorlagen werden nicht importiert; die Datei darf nur eigene Kreaturen enthalten.</translation>
    </message>
    <message>
        <source>Its encounter %1 is not in the file.</source>
        <translation>Seine Begegnung %1 ist nicht in der Datei.</translation>
    </message>
</context>
<context>
    <name>Open5eReader</name>
    <message>
        <source>It has no name or no slug.</source>
        <translation>Es hat keinen Namen oder keinen Slug.</translation>
    </message>
    <message>
        <source>Its armor class or hit points are not numbers.</source>
        <translation>Seine Rüstungsklasse oder Trefferpunkte sind keine Zahlen.</translation>
    </message>
    <message>
        <source>Its %1 score is missing or not a number.</source>
        <translation>Sein %1-Wert fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>Its challenge rating is missing or not a challenge rating.</source>
        <translation>Sein Herausforderungsgrad fehlt oder ist kein gültiger Herausforderungsgrad.</translation>
    </message>
    <message>
        <source>It has no name or no key.</source>
        <translation>Es hat keinen Namen oder keinen Schlüssel.</translation>
    </message>
    <message>
        <source>It is not a fixture record.</source>
        <translation>Es ist kein Fixture-Datensatz.</translation>
    </message>
    <message>
        <source>The file holds Open5e creature actions, attacks or traits but no creatures. Import the ...Creature.json file: the files of actions, attacks and traits next to it are read with it. Nothing was imported.</source>
        <translation>Die Datei enthält Open5e-Aktionen, -Angriffe oder -Merkmale von Kreaturen, aber keine Kreaturen. Importieren Sie die Datei ...Creature.json: Die Dateien mit Aktionen, Angriffen und Merkmalen daneben werden mitgelesen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not Open5e monster JSON.</source>
        <translation>Die Datei ist kein Open5e-Monster-JSON.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Es ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your data file is damaged</source>
        <translation>Ihre Datendatei ist beschädigt</translation>
    </message>
    <message>
        <source>%1

Changes will not be saved until this is resolved.</source>
        <translation>%1

Änderungen werden nicht gespeichert, bis das behoben ist.</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restoring it restarts the tracker and keeps the current file beside it, renamed, so nothing is lost.</source>
        <translation>Die neueste Sicherung ist vom %1. Beim Wiederherstellen startet der Tracker neu und behält die aktuelle Datei umbenannt daneben, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore.</source>
        <translation>In %1 gibt es keine Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Ohne Speichern fortfahren</translation>
    </message>
    <message>
        <source>D&amp;D Encounter Tracker</source>
        <translation>D&amp;D-Begegnungstracker</translation>
    </message>
    <message>
        <source>Prepare and run D&amp;D combat encounters.</source>
        <translation>D&amp;D-Kampfbegegnungen vorbereiten und leiten.</translation>
    </message>
    <message>
        <source>Use the store in DIR (default: $DND_DATA_DIR, else the application data folder).</source>
        <translation>Den Datenbestand in DIR verwenden (Standard: $DND_DATA_DIR, sonst der Anwendungsdatenordner).</translation>
    </message>
    <message>
        <source>Open the player display at start.</source>
        <translation>Die Spieleranzeige beim Start öffnen.</translation>
    </message>
    <message>
        <source>Quit as soon as the main window has been painted once (for start-up measurements).</source>
        <translation>Beenden, sobald das Hauptfenster einmal gezeichnet wurde (für Startzeitmessungen).</translation>
    </message>
    <message>
        <source>A file to import once the window is open (an export of the tracker or another supported format).</source>
        <translation>Eine Datei, die nach dem Öffnen des Fensters importiert wird (ein Export des Trackers oder ein anderes unterstütztes Format).</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Bestiary not installed</source>
        <translation>Bestiarium nicht installiert</translation>
    </message>
    <message>
        <source>%1

The bundled creatures are missing from the bestiary; your own data is fine. Free some disk space and start the application again.</source>
        <translation>%1

Die mitgelieferten Kreaturen fehlen im Bestiarium; Ihre eigenen Daten sind in Ordnung. Geben Sie etwas Speicherplatz frei und starten Sie die Anwendung erneut.</translation>
    </message>
    <message>
        <source>%1

Your data was left as it was.</source>
        <translation>%1

Ihre Daten blieben unverändert.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Ihre Daten lassen sich nicht öffnen</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restoring it keeps the current file beside it, renamed, so nothing is lost.</source>
        <translation>Die neueste Sicherung ist vom %1. Beim Wiederherstellen bleibt die aktuelle Datei umbenannt daneben erhalten, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Add the example encounter, play a few turns, save tracker.png, player-display.png and export.png in DIR and quit (for the documentation).</source>
        <translation>Die Beispielbegegnung hinzufügen, ein paar Züge spielen, tracker.png, player-display.png und export.png in DIR speichern und beenden (für die Dokumentation).</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The link is too long for a QR code.</source>
        <translation>Der Link ist zu lang für einen QR-Code.</translation>
    </message>
</context>
<context>
    <name>Roll20TurnOrder</name>
    <message>
        <source>Roll20&apos;s turn order holds one fight: export a single encounter.</source>
        <translation>Die Initiativeliste von Roll20 fasst einen Kampf: Exportieren Sie eine einzelne Begegnung.</translation>
    </message>
</context>
<context>
    <name>ServiceReply</name>
    <message>
        <source>The sync service could not be reached: %1</source>
        <translation>Der Synchronisierungsdienst war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The sync service answered %1 %2.</source>
        <translation>Der Synchronisierungsdienst antwortete %1 %2.</translation>
    </message>
</context>
<context>
    <name>StoreExport</name>
    <message>
        <source>The party to export no longer exists.</source>
        <translation>Die zu exportierende Gruppe gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The encounter to export no longer exists.</source>
        <translation>Die zu exportierende Begegnung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>SyncProtocol</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be at most %1 letters, digits or . _ : -</source>
        <translation>darf höchstens %1 Buchstaben, Ziffern oder . _ : - enthalten</translation>
    </message>
    <message>
        <source>is not a hybrid logical clock timestamp</source>
        <translation>ist kein Zeitstempel einer hybriden logischen Uhr</translation>
    </message>
    <message>
        <source>names no kind of record (&quot;%1&quot;)</source>
        <translation>benennt keine Art von Datensatz („%1“)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>holds %1 entries; at most %2 are allowed</source>
        <translation>enthält %1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>must be &quot;put&quot; or &quot;delete&quot;</source>
        <translation>muss „put“ oder „delete“ sein</translation>
    </message>
    <message>
        <source>must be odd for a put</source>
        <translation>muss bei „put“ ungerade sein</translation>
    </message>
    <message>
        <source>must be even for a delete</source>
        <translation>muss bei „delete“ gerade sein</translation>
    </message>
    <message>
        <source>must be empty for a delete</source>
        <translation>muss bei „delete“ leer sein</translation>
    </message>
    <message>
        <source>The other side speaks sync protocol %1; this version speaks %2.</source>
        <translation>Die Gegenseite spricht Synchronisierungsprotokoll %1; diese Version spricht %2.</translation>
    </message>
    <message>
        <source>must be greater than the previous mutation&apos;s id %1</source>
        <translation>muss größer sein als die ID der vorherigen Mutation %1</translation>
    </message>
    <message>
        <source>is after version %1</source>
        <translation>liegt nach Version %1</translation>
    </message>
    <message>
        <source>is after lastMutationId %1</source>
        <translation>liegt nach lastMutationId %1</translation>
    </message>
    <message>
        <source>is after the cookie %1</source>
        <translation>liegt nach dem Cookie %1</translation>
    </message>
</context>
<context>
    <name>UpgradeMenu</name>
    <message>
        <source>%1, %2 a month</source>
        <translation>%1, %2 im Monat</translation>
    </message>
    <message>
        <source>This computer is no longer signed in (%1). Sign in again, then try once more.</source>
        <translation>Dieser Computer ist nicht mehr angemeldet (%1). Melde dich erneut an und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Open %1 in a browser.</source>
        <translation>Öffne %1 in einem Browser.</translation>
    </message>
</context>
<context>
    <name>UsageSummary</name>
    <message>
        <source>Parties</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Charaktere</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>Combatants in one encounter</source>
        <translation>Kämpfer in einer Begegnung</translation>
    </message>
    <message>
        <source>Custom creatures</source>
        <translation>Eigene Kreaturen</translation>
    </message>
    <message>
        <source>Combat log entries</source>
        <translation>Kampfprotokoll-Einträge</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Player view shares</source>
        <translation>Freigaben der Spieleransicht</translation>
    </message>
    <message>
        <source>Stored data</source>
        <translation>Gespeicherte Daten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tarif %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2 (unlimited)</source>
        <translation>%1: %2 (unbegrenzt)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>no plan allows more</source>
        <translation>kein Tarif erlaubt mehr</translation>
    </message>
    <message>
        <source>the %1 plan has no limit</source>
        <translation>der Tarif %1 hat keine Grenze</translation>
    </message>
    <message>
        <source>the %1 plan allows %2</source>
        <translation>der Tarif %1 erlaubt %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (limit reached: %2)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (Grenze erreicht: %2)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: not in this plan (%2)</source>
        <translation>%1: nicht in diesem Tarif (%2)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be 0, 1/8, 1/4, 1/2 or 1 to 30</source>
        <translation>muss 0, 1/8, 1/4, 1/2 oder 1 bis 30 sein</translation>
    </message>
    <message>
        <source>class levels must add up to at most 20</source>
        <translation>die Klassenstufen dürfen zusammen höchstens 20 ergeben</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>has a value of the wrong type (%1)</source>
        <translation>hat einen Wert vom falschen Typ (%1)</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>muss %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be a whole number in range (got %1)</source>
        <translation>muss eine ganze Zahl im gültigen Bereich sein (erhalten: %1)</translation>
    </message>
    <message>
        <source>has a value the tracker does not know (got &quot;%1&quot;)</source>
        <translation>hat einen Wert, den der Tracker nicht kennt (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>contains entries of the wrong type</source>
        <translation>enthält Einträge vom falschen Typ</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>muss zwischen %1 und %2 liegen (erhalten: %3)</translation>
    </message>
    <message>
        <source>must be at least %1 (got %2)</source>
        <translation>muss mindestens %1 sein (erhalten: %2)</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>Invalid data: %1</source>
        <translation>Ungültige Daten: %1</translation>
    </message>
</context>
<context>
    <name>dnd::HealthState</name>
    <message>
        <source>Healthy</source>
        <translation>Unverletzt</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Verletzt</translation>
    </message>
    <message>
        <source>Bloodied</source>
        <translation>Schwer verletzt</translation>
    </message>
    <message>
        <source>Defeated</source>
        <translation>Besiegt</translation>
    </message>
</context>
<context>
    <name>dnd::gui::AccountDialog</name>
    <message>
        <source>Account and Sync</source>
        <translation>Konto und Synchronisierung</translation>
    </message>
    <message>
        <source>With an account, your parties, creatures and encounters are kept in step on every device you sign in on. Without one, everything stays on this computer.</source>
        <translation>Mit einem Konto bleiben Ihre Gruppen, Kreaturen und Begegnungen auf jedem Gerät, auf dem Sie sich anmelden, auf demselben Stand. Ohne Konto bleibt alles auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Upgrade...</source>
        <translation>&amp;Upgrade...</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2 plan).</source>
        <translation>Angemeldet als %1 (Tarif %2).</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address and your email.</source>
        <translation>Geben Sie die Adresse des Dienstes und Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Anmeldung läuft...</translation>
    </message>
    <message>
        <source>Signed in for this session, but the sign-in could not be kept: %1</source>
        <translation>Für diese Sitzung angemeldet, aber die Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signing out...</source>
        <translation>Abmeldung läuft...</translation>
    </message>
    <message>
        <source>Signed out. Your data stays on this computer.</source>
        <translation>Abgemeldet. Ihre Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Records that did not sync, and why (they stay on this computer):</source>
        <translation>Nicht synchronisierte Datensätze und der Grund (sie bleiben auf diesem Computer):</translation>
    </message>
    <message>
        <source>Records not synced</source>
        <translation>Nicht synchronisierte Datensätze</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Send the selected record to the service again, whole</source>
        <translation>Den gewählten Datensatz vollständig erneut an den Dienst senden</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>Sent again.</source>
        <translation>Erneut gesendet.</translation>
    </message>
    <message>
        <source>Your email address is not confirmed yet. Open the link in the mail the service sent; until then you can sync, but not buy a plan or share encounters.</source>
        <translation>Ihre E-Mail-Adresse ist noch nicht bestätigt. Öffnen Sie den Link in der Mail des Dienstes; bis dahin können Sie synchronisieren, aber keinen Tarif kaufen und keine Begegnungen teilen.</translation>
    </message>
    <message>
        <source>&amp;Resend Mail</source>
        <translation>Mail erneut &amp;senden</translation>
    </message>
    <message>
        <source>Plan and usage:</source>
        <translation>Tarif und Nutzung:</translation>
    </message>
    <message>
        <source>Devices that sync (each holds one of the plan&apos;s slots):</source>
        <translation>Geräte, die synchronisieren (jedes belegt einen Platz des Tarifs):</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Re&amp;move Device</source>
        <translation>Gerät &amp;entfernen</translation>
    </message>
    <message>
        <source>Free the selected device&apos;s slot; it is told the next time it syncs</source>
        <translation>Den Platz des gewählten Geräts freigeben; es erfährt es bei seiner nächsten Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Manage Subscription...</source>
        <translation>Abo &amp;verwalten...</translation>
    </message>
    <message>
        <source>&amp;Create Account...</source>
        <translation>Konto &amp;anlegen...</translation>
    </message>
    <message>
        <source>&amp;Forgot Password...</source>
        <translation>Passwort &amp;vergessen...</translation>
    </message>
    <message>
        <source>This computer now syncs as a new device: %1</source>
        <translation>Dieser Computer synchronisiert jetzt als neues Gerät: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Gerät %1</translation>
    </message>
    <message>
        <source>%1, last sync %2</source>
        <translation>%1, zuletzt synchronisiert %2</translation>
    </message>
    <message>
        <source>The device was removed; its slot is free.</source>
        <translation>Das Gerät wurde entfernt; sein Platz ist frei.</translation>
    </message>
    <message>
        <source>A new confirmation mail is on its way to %1.</source>
        <translation>Eine neue Bestätigungsmail an %1 ist unterwegs.</translation>
    </message>
    <message>
        <source>Account created and signed in. Confirm your address with the link the service mailed to %1.</source>
        <translation>Konto angelegt und angemeldet. Bestätigen Sie Ihre Adresse mit dem Link, den der Dienst an %1 geschickt hat.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ActionCatalog</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>New &amp;Party</source>
        <translation>Neue &amp;Gruppe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New &amp;Encounter</source>
        <translation>Neue &amp;Begegnung</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Import creatures, characters or encounters from the tracker&apos;s own export, 5e-database, Open5e, Improved Initiative or D&amp;D Beyond files</source>
        <translation>Kreaturen, Charaktere oder Begegnungen aus dem eigenen Export des Trackers, 5e-database-, Open5e-, Improved-Initiative- oder D&amp;D-Beyond-Dateien importieren</translation>
    </message>
    <message>
        <source>Add E&amp;xample Party and Encounter</source>
        <translation>&amp;Beispielgruppe und -begegnung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Account and Sync...</source>
        <translation>&amp;Konto und Synchronisierung...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Sign in to keep your data in step on every device, and see how sync stands</source>
        <translation>Melden Sie sich an, damit Ihre Daten auf jedem Gerät auf demselben Stand sind, und sehen Sie den Stand der Synchronisierung</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Focus the search field of the current page</source>
        <translation>Das Suchfeld der aktuellen Seite fokussieren</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Bestiary</source>
        <translation>&amp;Bestiarium</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Encounters</source>
        <translation>B&amp;egegnungen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Tracker</source>
        <translation>&amp;Tracker</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Player &amp;Display</source>
        <translation>Spieler&amp;anzeige</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Open or close the window for the players</source>
        <translation>Das Fenster für die Spieler öffnen oder schließen</translation>
    </message>
    <message>
        <source>Player Display &amp;Full Screen</source>
        <translation>Spieleranzeige im &amp;Vollbild</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Combat</source>
        <translation>Kampf</translation>
    </message>
    <message>
        <source>&amp;Start Combat</source>
        <translation>Kampf &amp;beginnen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;End Combat</source>
        <translation>Kampf b&amp;eenden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Roll &amp;Initiative</source>
        <translation>&amp;Initiative würfeln</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Next Turn</source>
        <translation>&amp;Nächster Zug</translation>
    </message>
    <message>
        <source>&amp;Previous Turn</source>
        <translation>&amp;Vorheriger Zug</translation>
    </message>
    <message>
        <source>&amp;Damage...</source>
        <translation>&amp;Schaden...</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Type an amount and press Enter to damage the selection</source>
        <translation>Einen Betrag eingeben und Enter drücken, um der Auswahl Schaden zuzufügen</translation>
    </message>
    <message>
        <source>&amp;Heal...</source>
        <translation>&amp;Heilen...</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Temporary HP...</source>
        <translation>&amp;Temporäre TP...</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Add &amp;Condition...</source>
        <translation>&amp;Zustand hinzufügen...</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Toggle &amp;Hidden</source>
        <translation>&amp;Verborgen umschalten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Toggle C&amp;oncentration</source>
        <translation>K&amp;onzentration umschalten</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Roll Death &amp;Save</source>
        <translation>Todesrettungs&amp;wurf würfeln</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Toggle &amp;Reaction Used</source>
        <translation>&amp;Reaktion verbraucht umschalten</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Use &amp;Legendary Action</source>
        <translation>&amp;Legendäre Aktion nutzen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Use Legendary Re&amp;sistance</source>
        <translation>Legendäre &amp;Resistenz nutzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Type Initiati&amp;ve...</source>
        <translation>Initiati&amp;ve eingeben...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Edit the Init cell of the selected combatant</source>
        <translation>Die Init-Zelle des gewählten Kampfteilnehmers bearbeiten</translation>
    </message>
    <message>
        <source>Roll Initiative for Selection</source>
        <translation>Initiative für Auswahl würfeln</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <source>Roll Initiative with Advantage</source>
        <translation>Initiative mit Vorteil würfeln</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Roll Initiative with Disadvantage</source>
        <translation>Initiative mit Nachteil würfeln</translation>
    </message>
    <message>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <source>Take 10 on Initiative</source>
        <translation>10 auf Initiative nehmen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation>Ctrl+Alt+T</translation>
    </message>
    <message>
        <source>Move Up Among Ties</source>
        <translation>Unter Gleichständen nach oben</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Combatants with the same initiative can be reordered</source>
        <translation>Kampfteilnehmer mit gleicher Initiative lassen sich umsortieren</translation>
    </message>
    <message>
        <source>Move Down Among Ties</source>
        <translation>Unter Gleichständen nach unten</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Set Maximum &amp;HP...</source>
        <translation>Maximale &amp;TP festlegen...</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Use Rechar&amp;ge Ability</source>
        <translation>Aufla&amp;dbare Fähigkeit nutzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Use the first ready recharge ability of the selection</source>
        <translation>Die erste bereite aufladbare Fähigkeit der Auswahl nutzen</translation>
    </message>
    <message>
        <source>Re&amp;move Combatant</source>
        <translation>Kampfteilnehmer ent&amp;fernen</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>E&amp;xport Combat Log...</source>
        <translation>Kampfprotokoll e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Expo&amp;rt...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write everything, or the selected party or encounter, to a file of the tracker&apos;s own format or Improved Initiative&apos;s</source>
        <translation>Alles oder die gewählte Gruppe oder Begegnung in eine Datei im eigenen Format des Trackers oder im Format von Improved Initiative schreiben</translation>
    </message>
    <message>
        <source>&amp;Add Combatants...</source>
        <translation>Kämpfer &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>Ctrl+Ins</source>
        <translation>Ctrl+Ins</translation>
    </message>
    <message>
        <source>Add monsters from the bestiary or a blank creature, also during a fight</source>
        <translation>Monster aus dem Bestiarium oder eine leere Kreatur hinzufügen, auch mitten im Kampf</translation>
    </message>
    <message>
        <source>Share &amp;with Players...</source>
        <translation>Mit Spielern &amp;teilen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>A link and QR code the players open on their phones to follow the open encounter live</source>
        <translation>Ein Link mit QR-Code, den die Spieler auf ihren Handys öffnen, um die offene Begegnung live zu verfolgen</translation>
    </message>
    <message>
        <source>Set A&amp;lias...</source>
        <translation>&amp;Alias festlegen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>The name the players see for the selected combatant</source>
        <translation>Der Name, den die Spieler für den gewählten Kämpfer sehen</translation>
    </message>
    <message>
        <source>Pa&amp;use or Resume Combat</source>
        <translation>Kampf &amp;pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>A break: the clock and the turn keys wait until you resume</source>
        <translation>Eine Pause: Uhr und Zugtasten warten, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>Acting Com&amp;batant...</source>
        <translation>&amp;Handelnder Kampfteilnehmer...</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Who deals the damage, heals or puts on the condition, as the combat log credits it</source>
        <translation>Wer den Schaden verursacht, heilt oder den Zustand verhängt, wie das Kampfprotokoll es verbucht</translation>
    </message>
    <message>
        <source>Post to &amp;Discord...</source>
        <translation>Auf &amp;Discord posten...</translation>
    </message>
    <message>
        <source>Link a Discord channel: the service posts the open encounter&apos;s fight there</source>
        <translation>Einen Discord-Kanal verknüpfen: der Dienst postet dort den Kampf der offenen Begegnung</translation>
    </message>
    <message>
        <source>New Da&amp;y / Long Rest...</source>
        <translation>Neuer Ta&amp;g / Lange Rast...</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Everyone in the open encounter, or the selected party on the Parties page, finishes a long rest</source>
        <translation>Alle in der offenen Begegnung, oder die auf der Seite Gruppen gewählte Gruppe, beenden eine lange Rast</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
</context>
<context>
    <name>dnd::gui::AddCombatantsDialog</name>
    <message>
        <source>Add Combatants</source>
        <translation>Kämpfer hinzufügen</translation>
    </message>
    <message>
        <source>From the bes&amp;tiary</source>
        <translation>Aus dem Bes&amp;tiarium</translation>
    </message>
    <message>
        <source>&amp;Blank creature</source>
        <translation>&amp;Leere Kreatur</translation>
    </message>
    <message>
        <source>Search the bestiary</source>
        <translation>Bestiarium durchsuchen</translation>
    </message>
    <message>
        <source>Name, type or tag; Down to pick from the list</source>
        <translation>Name, Typ oder Schlagwort; Pfeil ab wählt aus der Liste</translation>
    </message>
    <message>
        <source>Creatures found</source>
        <translation>Gefundene Kreaturen</translation>
    </message>
    <message>
        <source>New creature</source>
        <translation>Neue Kreatur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Hit &amp;points:</source>
        <translation>&amp;Trefferpunkte:</translation>
    </message>
    <message>
        <source>&amp;AC:</source>
        <translation>&amp;RK:</translation>
    </message>
    <message>
        <source>Initiative &amp;modifier:</source>
        <translation>Initiative-&amp;Modifikator:</translation>
    </message>
    <message>
        <source>Add &amp;hidden</source>
        <translation>&amp;Verborgen hinzufügen</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Würfeln</translation>
    </message>
    <message>
        <source>Type a total</source>
        <translation>Gesamtwert eingeben</translation>
    </message>
    <message>
        <source>None yet (last in the order)</source>
        <translation>Noch keine (zuletzt in der Reihenfolge)</translation>
    </message>
    <message>
        <source>Initiative total</source>
        <translation>Initiative-Gesamtwert</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The creature needs a name.</source>
        <translation>Die Kreatur braucht einen Namen.</translation>
    </message>
    <message>
        <source>No creature matches the search: change it or add a blank creature.</source>
        <translation>Keine Kreatur passt zur Suche: ändern Sie sie oder fügen Sie eine leere Kreatur hinzu.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ApiTokensPanel</name>
    <message>
        <source>API tokens for your own scripts and tools (read, write, live):</source>
        <translation>API-Token für eigene Skripte und Werkzeuge (Lesen, Schreiben, Live):</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Beginnt mit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Name, e.g. initiative bot</source>
        <translation>Name, z. B. Initiative-Bot</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Name des Tokens</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Read parties, encounters, creatures and sync pulls</source>
        <translation>Gruppen, Begegnungen, Kreaturen und Synchronisierungsabrufe lesen</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Create, change and delete data, and push sync changes</source>
        <translation>Daten anlegen, ändern und löschen und Synchronisierungsänderungen senden</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>L&amp;ive</translation>
    </message>
    <message>
        <source>Follow encounters live over the WebSocket</source>
        <translation>Begegnungen live über den WebSocket verfolgen</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;Token</source>
        <translation>&amp;Token erstellen</translation>
    </message>
    <message>
        <source>Copy the new token now; it is not shown again:</source>
        <translation>Kopieren Sie das neue Token jetzt; es wird nicht wieder angezeigt:</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Re&amp;voke Token...</source>
        <translation>Token &amp;widerrufen...</translation>
    </message>
    <message>
        <source>Stop the selected token from working, at once</source>
        <translation>Das ausgewählte Token sofort außer Kraft setzen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; was created.</source>
        <translation>Token „%1“ wurde erstellt.</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Das Token ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Revoke API Token</source>
        <translation>API-Token widerrufen</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Scripts using it stop working at once; this cannot be undone.</source>
        <translation>„%1“ widerrufen? Skripte, die es benutzen, funktionieren sofort nicht mehr; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; was revoked.</source>
        <translation>Token „%1“ wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::BestiaryPage</name>
    <message>
        <source>Search creatures</source>
        <translation>Kreaturen suchen</translation>
    </message>
    <message>
        <source>Search by name, type or tag (e.g. red dragon, undead, spellcaster)</source>
        <translation>Nach Name, Typ oder Schlagwort suchen (z. B. red dragon, undead, spellcaster)</translation>
    </message>
    <message>
        <source>Lowest challenge rating</source>
        <translation>Niedrigster Herausforderungsgrad</translation>
    </message>
    <message>
        <source>Highest challenge rating</source>
        <translation>Höchster Herausforderungsgrad</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Creature type</source>
        <translation>Kreaturentyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Jede Größe</translation>
    </message>
    <message>
        <source>Tiny</source>
        <translation>Winzig</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittelgroß</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Riesig</translation>
    </message>
    <message>
        <source>Gargantuan</source>
        <translation>Gigantisch</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>Both rule sets</source>
        <translation>Beide Regelwerke</translation>
    </message>
    <message>
        <source>2014 rules</source>
        <translation>Regeln 2014</translation>
    </message>
    <message>
        <source>2024 rules</source>
        <translation>Regeln 2024</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>CR from</source>
        <translation>HG von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Creatures found</source>
        <translation>Gefundene Kreaturen</translation>
    </message>
    <message>
        <source>D&amp;uplicate...</source>
        <translation>D&amp;uplizieren...</translation>
    </message>
    <message>
        <source>Make an editable copy of this creature</source>
        <translation>Eine bearbeitbare Kopie dieser Kreatur anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Edit this custom creature (templates are read-only: duplicate them)</source>
        <translation>Diese eigene Kreatur bearbeiten (Vorlagen sind schreibgeschützt: duplizieren Sie sie)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>How many to add</source>
        <translation>Wie viele hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add to Encounter</source>
        <translation>Zur Begegnung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add this creature to the encounter chosen on the Encounters page</source>
        <translation>Diese Kreatur zur auf der Seite „Begegnungen“ gewählten Begegnung hinzufügen</translation>
    </message>
    <message>
        <source>Rolls</source>
        <translation>Würfe</translation>
    </message>
    <message>
        <source>Rolls (click a blue figure in the statblock; with an encounter open in the tracker, rolls go to its combat log)</source>
        <translation>Würfe (klicken Sie auf einen blauen Wert im Werteblock; ist im Tracker eine Begegnung geöffnet, landen die Würfe in ihrem Kampfprotokoll)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Jede Quelle</translation>
    </message>
    <message>
        <source>Cannot roll “%1”: %2</source>
        <translation>„%1“ kann nicht gewürfelt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 (in the combat log of “%2”)</source>
        <translation>%1 (im Kampfprotokoll von „%2“)</translation>
    </message>
    <message>
        <source>Could not save the creature</source>
        <translation>Die Kreatur konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Check that the data folder is writable and not full.</source>
        <translation>%1

Es wurde nichts geändert. Prüfen Sie, ob der Datenordner beschreibbar und nicht voll ist.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Added the creature “%1”</source>
        <translation>Kreatur „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Edited the creature “%1”</source>
        <translation>Kreatur „%1“ bearbeitet</translation>
    </message>
    <message>
        <source>Deleted the creature “%1”</source>
        <translation>Kreatur „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Could not delete the creature</source>
        <translation>Die Kreatur konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1 (Undo brings it back)</source>
        <translation>%1 (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>Write a creature of your own from a blank statblock</source>
        <translation>Eine eigene Kreatur auf einem leeren Werteblock anlegen</translation>
    </message>
    <message>
        <source>New creature</source>
        <translation>Neue Kreatur</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CharacterForm</name>
    <message>
        <source>New Character</source>
        <translation>Neuer Charakter</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Race or species</source>
        <translation>Volk oder Spezies</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>e.g. Fighter 3 / Wizard 2</source>
        <translation>z. B. Fighter 3 / Wizard 2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Used when no class levels are given</source>
        <translation>Wird verwendet, wenn keine Klassenstufen angegeben sind</translation>
    </message>
    <message>
        <source>Armor class</source>
        <translation>Rüstungsklasse</translation>
    </message>
    <message>
        <source>Maximum hit points</source>
        <translation>Maximale Trefferpunkte</translation>
    </message>
    <message>
        <source>Current hit points</source>
        <translation>Aktuelle Trefferpunkte</translation>
    </message>
    <message>
        <source>Temporary hit points</source>
        <translation>Temporäre Trefferpunkte</translation>
    </message>
    <message>
        <source>Hit dice</source>
        <translation>Trefferwürfel</translation>
    </message>
    <message>
        <source>e.g. 5d10</source>
        <translation>z. B. 5d10</translation>
    </message>
    <message>
        <source>Speed in feet</source>
        <translation>Bewegungsrate in Fuß</translation>
    </message>
    <message>
        <source>Initiative bonus</source>
        <translation>Initiativebonus</translation>
    </message>
    <message>
        <source>Added to the Dexterity modifier (e.g. Alert, Jack of All Trades)</source>
        <translation>Wird zum Geschicklichkeitsmodifikator addiert (z. B. Aufmerksam, Hansdampf in allen Gassen)</translation>
    </message>
    <message>
        <source>Proficiency bonus</source>
        <translation>Übungsbonus</translation>
    </message>
    <message>
        <source>Features, one per line</source>
        <translation>Merkmale, eines pro Zeile</translation>
    </message>
    <message>
        <source>Equipment, one per line</source>
        <translation>Ausrüstung, ein Gegenstand pro Zeile</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Player:</source>
        <translation>&amp;Spieler:</translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation>&amp;Volk:</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Klassen:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>&amp;Armor class:</source>
        <translation>&amp;Rüstungsklasse:</translation>
    </message>
    <message>
        <source>&amp;Maximum HP:</source>
        <translation>&amp;Maximale TP:</translation>
    </message>
    <message>
        <source>C&amp;urrent HP:</source>
        <translation>A&amp;ktuelle TP:</translation>
    </message>
    <message>
        <source>&amp;Temporary HP:</source>
        <translation>&amp;Temporäre TP:</translation>
    </message>
    <message>
        <source>&amp;Hit dice:</source>
        <translation>&amp;Trefferwürfel:</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Bewegungsrate:</translation>
    </message>
    <message>
        <source>Ability scores</source>
        <translation>Attributswerte</translation>
    </message>
    <message>
        <source>&amp;Initiative bonus:</source>
        <translation>&amp;Initiativebonus:</translation>
    </message>
    <message>
        <source>P&amp;roficiency bonus:</source>
        <translation>Ü&amp;bungsbonus:</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>M&amp;erkmale:</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>A&amp;usrüstung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Imported as:</source>
        <translation>Importiert als:</translation>
    </message>
    <message>
        <source>write each class as a name and a level, e.g. Fighter 3 / Wizard 2</source>
        <translation>geben Sie jede Klasse als Name und Stufe an, z. B. Fighter 3 / Wizard 2</translation>
    </message>
    <message>
        <source>Hit dice spent</source>
        <translation>Verbrauchte Trefferwürfel</translation>
    </message>
    <message>
        <source>Hit dice spent on short rests (one die per level); a long rest gives back up to half the total, at least one (under the 2024 rules all of them)</source>
        <translation>Bei kurzen Rasten verbrauchte Trefferwürfel (einer pro Stufe); eine lange Rast gibt bis zur Hälfte der Gesamtzahl zurück, mindestens einen (nach den Regeln von 2024 alle)</translation>
    </message>
    <message>
        <source>Hit &amp;dice spent:</source>
        <translation>Verbrauchte Treffer&amp;würfel:</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CharacterModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Spieler</translation>
    </message>
    <message>
        <source>Race and class</source>
        <translation>Volk und Klasse</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>AC</source>
        <translation>RK</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Hit dice left</source>
        <translation>Trefferwürfel übrig</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CombatSummaryDialog</name>
    <message>
        <source>Combat Summary</source>
        <translation>Kampfübersicht</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Runden:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Defeated:</source>
        <translation>Besiegt:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>XP earned:</source>
        <translation>Erhaltene EP:</translation>
    </message>
    <message>
        <source>%1: %2 XP</source>
        <translation>%1: %2 EP</translation>
    </message>
    <message>
        <source>XP each:</source>
        <translation>EP pro Person:</translation>
    </message>
    <message>
        <source>no characters in the fight</source>
        <translation>keine Charaktere im Kampf</translation>
    </message>
    <message>
        <source>Damage dealt and taken</source>
        <translation>Verursachter und erlittener Schaden</translation>
    </message>
    <message>
        <source>Combatant</source>
        <translation>Kampfteilnehmer</translation>
    </message>
    <message>
        <source>Dealt</source>
        <translation>Verursacht</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erlitten</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CombatantStatblock</name>
    <message>
        <source>Statblock of the selected combatant</source>
        <translation>Werteblock des gewählten Kampfteilnehmers</translation>
    </message>
    <message>
        <source>Stat&amp;block</source>
        <translation>&amp;Werteblock</translation>
    </message>
    <message>
        <source>Select a combatant to see its statblock.</source>
        <translation>Wählen Sie einen Kampfteilnehmer, um seinen Werteblock zu sehen.</translation>
    </message>
    <message>
        <source>%1 is a player character; the player has the character sheet.</source>
        <translation>%1 ist ein Spielercharakter; der Spieler hat den Charakterbogen.</translation>
    </message>
    <message>
        <source>%1 was typed in, not taken from the bestiary, so it has no statblock.</source>
        <translation>%1 wurde eingetippt, nicht aus dem Bestiarium übernommen, und hat daher keinen Werteblock.</translation>
    </message>
    <message>
        <source>The creature behind %1 is no longer in the bestiary.</source>
        <translation>Die Kreatur hinter %1 ist nicht mehr im Bestiarium.</translation>
    </message>
    <message>
        <source>Stat&amp;block of %1</source>
        <translation>&amp;Werteblock von %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ConditionDialog</name>
    <message>
        <source>Add Condition</source>
        <translation>Zustand hinzufügen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>Eigener...</translation>
    </message>
    <message>
        <source>Custom condition name</source>
        <translation>Name des eigenen Zustands</translation>
    </message>
    <message>
        <source>e.g. Hexed</source>
        <translation>z. B. Verhext</translation>
    </message>
    <message>
        <source>Exhaustion level</source>
        <translation>Erschöpfungsstufe</translation>
    </message>
    <message>
        <source>&amp;Until removed</source>
        <translation>&amp;Bis zur Entfernung</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Counts down at</source>
        <translation>Zählt herunter am</translation>
    </message>
    <message>
        <source>the end of the turn of</source>
        <translation>Ende des Zugs von</translation>
    </message>
    <message>
        <source>the start of the turn of</source>
        <translation>Beginn des Zugs von</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>Wessen Zug</translation>
    </message>
    <message>
        <source>the bearer</source>
        <translation>dem Träger</translation>
    </message>
    <message>
        <source>&amp;Hide from players</source>
        <translation>Vor Spielern &amp;verbergen</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>C&amp;ustom name:</source>
        <translation>&amp;Eigener Name:</translation>
    </message>
    <message>
        <source>Exhaustion &amp;level:</source>
        <translation>Erschöpfungs&amp;stufe:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <source>Counts down at:</source>
        <translation>Zählt herunter am:</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CreateAccountDialog</name>
    <message>
        <source>Create Account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address.</source>
        <translation>Geben Sie die Adresse des Dienstes ein.</translation>
    </message>
    <message>
        <source>Creating the account...</source>
        <translation>Konto wird angelegt...</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CreatureEditor</name>
    <message>
        <source>New Creature</source>
        <translation>Neue Kreatur</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Tiny</source>
        <translation>Winzig</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Klein</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittelgroß</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Riesig</translation>
    </message>
    <message>
        <source>Gargantuan</source>
        <translation>Gigantisch</translation>
    </message>
    <message>
        <source>dragon, humanoid, undead ...</source>
        <translation>dragon, humanoid, undead ...</translation>
    </message>
    <message>
        <source>chaotic evil</source>
        <translation>chaotisch böse</translation>
    </message>
    <message>
        <source>2014 rules (SRD 5.1)</source>
        <translation>Regeln 2014 (SRD 5.1)</translation>
    </message>
    <message>
        <source>2024 rules (SRD 5.2)</source>
        <translation>Regeln 2024 (SRD 5.2)</translation>
    </message>
    <message>
        <source>natural armor</source>
        <translation>natürliche Rüstung</translation>
    </message>
    <message>
        <source>19d12+133</source>
        <translation>19d12+133</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Subt&amp;ype</source>
        <translation>&amp;Untertyp</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Gesinnung</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Armor &amp;Class</source>
        <translation>Rüstungs&amp;klasse</translation>
    </message>
    <message>
        <source>Armor notes</source>
        <translation>Rüstungshinweise</translation>
    </message>
    <message>
        <source>&amp;Hit Points</source>
        <translation>&amp;Trefferpunkte</translation>
    </message>
    <message>
        <source>Hit &amp;Dice</source>
        <translation>Treffer&amp;würfel</translation>
    </message>
    <message>
        <source>hover</source>
        <translation>schweben</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>gehen</translation>
    </message>
    <message>
        <source>swim</source>
        <translation>schwimmen</translation>
    </message>
    <message>
        <source>fly</source>
        <translation>fliegen</translation>
    </message>
    <message>
        <source>climb</source>
        <translation>klettern</translation>
    </message>
    <message>
        <source>burrow</source>
        <translation>graben</translation>
    </message>
    <message>
        <source>%1 speed</source>
        <translation>Bewegungsrate %1</translation>
    </message>
    <message>
        <source>&amp;Speed (ft.)</source>
        <translation>&amp;Bewegungsrate (ft.)</translation>
    </message>
    <message>
        <source>A&amp;bilities</source>
        <translation>A&amp;ttribute</translation>
    </message>
    <message>
        <source>DEX +6, WIS +7</source>
        <translation>DEX +6, WIS +7</translation>
    </message>
    <message>
        <source>perception +13, stealth +6</source>
        <translation>perception +13, stealth +6</translation>
    </message>
    <message>
        <source>darkvision 120 ft.</source>
        <translation>darkvision 120 ft.</translation>
    </message>
    <message>
        <source>0, 1/8, 1/4, 1/2, 1 ... 30</source>
        <translation>0, 1/8, 1/4, 1/2, 1 ... 30</translation>
    </message>
    <message>
        <source>empty: the Dexterity modifier</source>
        <translation>leer: der Geschicklichkeitsmodifikator</translation>
    </message>
    <message>
        <source>Sa&amp;ving Throws</source>
        <translation>Rettungs&amp;würfe</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Fertigkeiten</translation>
    </message>
    <message>
        <source>Senses</source>
        <translation>Sinne</translation>
    </message>
    <message>
        <source>Passive &amp;Perception</source>
        <translation>Passive &amp;Wahrnehmung</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Sprachen</translation>
    </message>
    <message>
        <source>Damage Vulnerabilities</source>
        <translation>Schadensanfälligkeiten</translation>
    </message>
    <message>
        <source>Damage Resistances</source>
        <translation>Schadensresistenzen</translation>
    </message>
    <message>
        <source>Damage Immunities</source>
        <translation>Schadensimmunitäten</translation>
    </message>
    <message>
        <source>Condition Immunities</source>
        <translation>Zustandsimmunitäten</translation>
    </message>
    <message>
        <source>Challen&amp;ge Rating</source>
        <translation>&amp;Herausforderungsgrad</translation>
    </message>
    <message>
        <source>&amp;XP</source>
        <translation>&amp;EP</translation>
    </message>
    <message>
        <source>Proficiency Bonus</source>
        <translation>Übungsbonus</translation>
    </message>
    <message>
        <source>&amp;Initiative Bonus</source>
        <translation>&amp;Initiativebonus</translation>
    </message>
    <message>
        <source>Legendary Actions per Round</source>
        <translation>Legendäre Aktionen pro Runde</translation>
    </message>
    <message>
        <source>Legendary Resistances per Day</source>
        <translation>Legendäre Resistenzen pro Tag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Bonus Actions</source>
        <translation>Bonusaktionen</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Legendary Actions</source>
        <translation>Legendäre Aktionen</translation>
    </message>
    <message>
        <source>Lair Actions</source>
        <translation>Hortaktionen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Attack bonus</source>
        <translation>Angriffsbonus</translation>
    </message>
    <message>
        <source>Damage (dice type; ...)</source>
        <translation>Schaden (Würfel Typ; ...)</translation>
    </message>
    <message>
        <source>Save DC</source>
        <translation>SG</translation>
    </message>
    <message>
        <source>Save ability</source>
        <translation>Rettungswurfattribut</translation>
    </message>
    <message>
        <source>Recharge (5 = 5Ķ)</source>
        <translation>Aufladung (5 = 5Ķ)</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Legendary cost</source>
        <translation>Legendäre Kosten</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an ability such as dexterity</source>
        <translation>muss ein Attribut wie dexterity sein</translation>
    </message>
    <message>
        <source>“%1” is not a dice expression such as 2d6+4: %2</source>
        <translation>„%1“ ist kein Würfelausdruck wie 2d6+4: %2</translation>
    </message>
    <message>
        <source>must be a dice expression such as 19d12+133: %1</source>
        <translation>muss ein Würfelausdruck wie 19d12+133 sein: %1</translation>
    </message>
    <message>
        <source>write each save as an ability and a bonus: DEX +6, WIS +7</source>
        <translation>geben Sie jeden Rettungswurf als Attribut und Bonus an: DEX +6, WIS +7</translation>
    </message>
    <message>
        <source>write each skill as a name and a bonus: perception +13</source>
        <translation>geben Sie jede Fertigkeit als Name und Bonus an: perception +13</translation>
    </message>
    <message>
        <source>must be a whole number such as +2, or empty</source>
        <translation>muss eine ganze Zahl wie +2 sein oder leer bleiben</translation>
    </message>
    <message>
        <source>is required, e.g. dragon or humanoid</source>
        <translation>ist erforderlich, z. B. dragon oder humanoid</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CreatureSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>HG</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>dnd::gui::DiscordDialog</name>
    <message>
        <source>Post to Discord</source>
        <translation>Auf Discord posten</translation>
    </message>
    <message>
        <source>In Discord: the channel&apos;s settings, Integrations, Webhooks, Copy Webhook URL</source>
        <translation>In Discord: Kanaleinstellungen, Integrationen, Webhooks, Webhook-URL kopieren</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>&amp;Webhook-URL:</translation>
    </message>
    <message>
        <source>This &amp;encounter</source>
        <translation>Diese &amp;Begegnung</translation>
    </message>
    <message>
        <source>Every encounter of its &amp;party</source>
        <translation>Jede Begegnung ihrer &amp;Gruppe</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Posten:</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Verknüpft mit</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Linked Discord channels</source>
        <translation>Verknüpfte Discord-Kanäle</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>Verknüpfung &amp;entfernen</translation>
    </message>
    <message>
        <source>Nothing more is posted to that channel</source>
        <translation>In diesen Kanal wird nichts mehr gepostet</translation>
    </message>
    <message>
        <source>&amp;Upgrade...</source>
        <translation>&amp;Upgrade...</translation>
    </message>
    <message>
        <source>Posting to Discord goes through the companion service, which cannot be reached now (%1). Try again once this computer is online.</source>
        <translation>Posten auf Discord läuft über den Begleitdienst, der gerade nicht erreichbar ist (%1). Versuche es erneut, sobald dieser Computer online ist.</translation>
    </message>
    <message>
        <source>Open an encounter in the tracker to post its fight to Discord.</source>
        <translation>Öffne eine Begegnung im Tracker, um ihren Kampf auf Discord zu posten.</translation>
    </message>
    <message>
        <source>Posting to Discord needs the companion service: sign in under File &gt; Account and Sync, and the service posts the fight to your channel.</source>
        <translation>Posten auf Discord braucht den Begleitdienst: melde dich unter Datei &gt; Konto und Synchronisierung an, dann postet der Dienst den Kampf in deinen Kanal.</translation>
    </message>
    <message>
        <source>Asking the service...</source>
        <translation>Frage den Dienst...</translation>
    </message>
    <message>
        <source>Posting a fight to Discord comes with the %1 plan or a larger one. Upgrade to link a channel.</source>
        <translation>Kämpfe auf Discord posten gehört zum Tarif %1 oder einem größeren. Wechsle den Tarif, um einen Kanal zu verknüpfen.</translation>
    </message>
    <message>
        <source>Paste the webhook URL of a Discord channel: the service posts round starts, turns, defeated creatures and the end of combat there, as the players see them.</source>
        <translation>Füge die Webhook-URL eines Discord-Kanals ein: der Dienst postet dort Rundenbeginn, Züge, besiegte Kreaturen und das Kampfende, so wie die Spieler sie sehen.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered (%n message(s) so far)</source>
        <translation>
            <numerusform>Zugestellt (%n Nachricht bisher)</numerusform>
            <numerusform>Zugestellt (%n Nachrichten bisher)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Trying again: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Waiting: Discord asked to slow down</source>
        <translation>Wartet: Discord bat darum, langsamer zu senden</translation>
    </message>
    <message>
        <source>Nothing posted yet</source>
        <translation>Noch nichts gepostet</translation>
    </message>
    <message>
        <source>A party&apos;s encounters</source>
        <translation>Die Begegnungen einer Gruppe</translation>
    </message>
    <message>
        <source>An encounter</source>
        <translation>Eine Begegnung</translation>
    </message>
    <message>
        <source>This encounter&apos;s party</source>
        <translation>Die Gruppe dieser Begegnung</translation>
    </message>
    <message>
        <source>This encounter</source>
        <translation>Diese Begegnung</translation>
    </message>
    <message>
        <source>This encounter has not reached the service yet. It is being synced now; link the channel again in a moment.</source>
        <translation>Diese Begegnung ist noch nicht beim Dienst angekommen. Sie wird gerade synchronisiert; verknüpfe den Kanal gleich noch einmal.</translation>
    </message>
    <message>
        <source>That is not a Discord webhook URL. In Discord, open the channel&apos;s settings, Integrations, Webhooks, and use Copy Webhook URL.</source>
        <translation>Das ist keine Discord-Webhook-URL. Öffne in Discord die Kanaleinstellungen, Integrationen, Webhooks, und nutze Webhook-URL kopieren.</translation>
    </message>
    <message>
        <source>Linked. Send a test message to check that it arrives.</source>
        <translation>Verknüpft. Sende eine Testnachricht, um zu prüfen, ob sie ankommt.</translation>
    </message>
    <message>
        <source>Sending a test message...</source>
        <translation>Testnachricht wird gesendet...</translation>
    </message>
    <message>
        <source>The test message arrived in the channel.</source>
        <translation>Die Testnachricht ist im Kanal angekommen.</translation>
    </message>
    <message>
        <source>The test message did not arrive: %1</source>
        <translation>Die Testnachricht ist nicht angekommen: %1</translation>
    </message>
    <message>
        <source>The link is removed: nothing more is posted to that channel.</source>
        <translation>Die Verknüpfung ist entfernt: in diesen Kanal wird nichts mehr gepostet.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::EncountersPage</name>
    <message>
        <source>Encounters</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Encounter name</source>
        <translation>Name der Begegnung</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>2014 rules</source>
        <translation>Regeln 2014</translation>
    </message>
    <message>
        <source>2024 rules</source>
        <translation>Regeln 2024</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Add &amp;Party Members</source>
        <translation>&amp;Gruppenmitglieder hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Lair actions on initiative 20</source>
        <translation>&amp;Hortaktionen bei Initiative 20</translation>
    </message>
    <message>
        <source>Notes for the DM</source>
        <translation>Notizen für die Spielleitung</translation>
    </message>
    <message>
        <source>Search the bestiary</source>
        <translation>Bestiarium durchsuchen</translation>
    </message>
    <message>
        <source>Search creatures by name, type or tag</source>
        <translation>Kreaturen nach Name, Typ oder Schlagwort suchen</translation>
    </message>
    <message>
        <source>Creature type</source>
        <translation>Kreaturentyp</translation>
    </message>
    <message>
        <source>Challenge rating range</source>
        <translation>Bereich des Herausforderungsgrads</translation>
    </message>
    <message>
        <source>CR, e.g. 1/4-3</source>
        <translation>HG, z. B. 1/4-3</translation>
    </message>
    <message>
        <source>Creatures found</source>
        <translation>Gefundene Kreaturen</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <source>Add &amp;hidden</source>
        <translation>&amp;Verborgen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add to Encounter</source>
        <translation>Zur Begegnung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Combatants</source>
        <translation>Kampfteilnehmer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Run in &amp;Tracker</source>
        <translation>Im &amp;Tracker starten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ules:</source>
        <translation>R&amp;egeln:</translation>
    </message>
    <message>
        <source>Part&amp;y:</source>
        <translation>Gr&amp;uppe:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Anzahl:</translation>
    </message>
    <message>
        <source>Bestiary</source>
        <translation>Bestiarium</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>Create an encounter to start adding combatants.</source>
        <translation>Legen Sie eine Begegnung an, um Kampfteilnehmer hinzuzufügen.</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (verborgen)</translation>
    </message>
    <message>
        <source>Difficulty: add party members to rate the encounter.</source>
        <translation>Schwierigkeit: Fügen Sie Gruppenmitglieder hinzu, um die Begegnung einzustufen.</translation>
    </message>
    <message>
        <source>Difficulty: %1</source>
        <translation>Schwierigkeit: %1</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Trivial</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difficulty: %1&lt;/b&gt; — %2 XP (adjusted %3) against %4</source>
        <translation>&lt;b&gt;Schwierigkeit: %1&lt;/b&gt; — %2 EP (angepasst %3) gegen %4</translation>
    </message>
    <message>
        <source>New Encounter</source>
        <translation>Neue Begegnung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Encounter %1</source>
        <translation>Begegnung %1</translation>
    </message>
    <message>
        <source>Created encounter %1</source>
        <translation>Begegnung %1 angelegt</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicated %1</source>
        <translation>%1 dupliziert</translation>
    </message>
    <message>
        <source>Deleted encounter %1</source>
        <translation>Begegnung %1 gelöscht</translation>
    </message>
    <message>
        <source>%1 XP from %2 monsters (no multiplier in the 2024 rules)</source>
        <translation>%1 EP von %2 Monstern (kein Multiplikator in den Regeln von 2024)</translation>
    </message>
    <message>
        <source>%1 XP × %2 for %3 monsters and a party of %4 = %5 adjusted XP</source>
        <translation>%1 EP × %2 für %3 Monster und eine Gruppe von %4 = %5 angepasste EP</translation>
    </message>
    <message>
        <source>%1 (%2 XP): %3 XP left</source>
        <translation>%1 (%2 EP): noch %3 EP</translation>
    </message>
    <message>
        <source>%1 (%2 XP): reached</source>
        <translation>%1 (%2 EP): erreicht</translation>
    </message>
    <message>
        <source>Combatant</source>
        <translation>Kampfteilnehmer</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>HG</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>EP</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>Removes the selected combatant; on a group, one of its members.</source>
        <translation>Entfernt den gewählten Kampfteilnehmer; bei einer Gruppe eines ihrer Mitglieder.</translation>
    </message>
    <message>
        <source>XP budget left</source>
        <translation>Verbleibendes EP-Budget</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 × %2 XP</source>
        <translation>%1 × %2 EP</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>je %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ExampleContent</name>
    <message>
        <source>The Lantern Bearers</source>
        <translation>Die Laternenträger</translation>
    </message>
    <message>
        <source>An example party of four level-3 adventurers.</source>
        <translation>Eine Beispielgruppe aus vier Abenteurern der Stufe 3.</translation>
    </message>
    <message>
        <source>Brakka</source>
        <translation>Brakka</translation>
    </message>
    <message>
        <source>Sam</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Half-Orc</source>
        <translation>Halbork</translation>
    </message>
    <message>
        <source>Fighter</source>
        <translation>Kämpfer</translation>
    </message>
    <message>
        <source>Elowen</source>
        <translation>Elowen</translation>
    </message>
    <message>
        <source>Ana</source>
        <translation>Ana</translation>
    </message>
    <message>
        <source>Elf</source>
        <translation>Elf</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>Magier</translation>
    </message>
    <message>
        <source>Tobin</source>
        <translation>Tobin</translation>
    </message>
    <message>
        <source>Lee</source>
        <translation>Lee</translation>
    </message>
    <message>
        <source>Halfling</source>
        <translation>Halbling</translation>
    </message>
    <message>
        <source>Rogue</source>
        <translation>Schurke</translation>
    </message>
    <message>
        <source>Sister Maud</source>
        <translation>Schwester Maud</translation>
    </message>
    <message>
        <source>Kim</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <source>Cleric</source>
        <translation>Kleriker</translation>
    </message>
    <message>
        <source>Ambush at the Old Bridge</source>
        <translation>Hinterhalt an der alten Brücke</translation>
    </message>
    <message>
        <source>Goblins wait under the bridge; their boss watches from the trees.</source>
        <translation>Goblins lauern unter der Brücke; ihr Boss beobachtet sie aus den Bäumen.</translation>
    </message>
    <message>
        <source>The boss flees when bloodied. A third goblin hides in the reeds until round 2.</source>
        <translation>Der Boss flieht, wenn er schwer verletzt ist. Ein dritter Goblin versteckt sich bis Runde 2 im Schilf.</translation>
    </message>
    <message>
        <source>Goblin %1</source>
        <translation>Goblin %1</translation>
    </message>
    <message>
        <source>Goblin Boss</source>
        <translation>Goblinboss</translation>
    </message>
    <message>
        <source>Wolf</source>
        <translation>Wolf</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ExportDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>D&amp;D Encounter Tracker (.dndtracker)</source>
        <translation>D&amp;D-Begegnungstracker (.dndtracker)</translation>
    </message>
    <message>
        <source>Improved Initiative (.json)</source>
        <translation>Improved Initiative (.json)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Tracker exports (*.dndtracker)</source>
        <translation>Tracker-Exporte (*.dndtracker)</translation>
    </message>
    <message>
        <source>Improved Initiative files (*.json)</source>
        <translation>Improved-Initiative-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Roll20 turn order (.json)</source>
        <translation>Roll20-Initiativeliste (.json)</translation>
    </message>
    <message>
        <source>Include &amp;hidden combatants</source>
        <translation>&amp;Versteckte Kämpfer einschließen</translation>
    </message>
    <message>
        <source>Roll20 shows its turn order to every player.</source>
        <translation>Roll20 zeigt seine Initiativeliste allen Spielern.</translation>
    </message>
    <message>
        <source>&amp;Copy for Roll20</source>
        <translation>Für Roll20 &amp;kopieren</translation>
    </message>
    <message>
        <source>Copies the chat command of the tracker&apos;s Roll20 script, to paste into Roll20&apos;s chat.</source>
        <translation>Kopiert den Chatbefehl des Roll20-Skripts des Trackers, zum Einfügen in den Chat von Roll20.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n turn order entry(s): paste them into Roll20&apos;s chat, where the tracker&apos;s script sets the turn order.</source>
        <translation>
            <numerusform>%n Eintrag kopiert: Fügen Sie ihn in den Chat von Roll20 ein, wo das Skript des Trackers die Initiativeliste setzt.</numerusform>
            <numerusform>%n Einträge kopiert: Fügen Sie sie in den Chat von Roll20 ein, wo das Skript des Trackers die Initiativeliste setzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll20 turn orders (*.json)</source>
        <translation>Roll20-Initiativelisten (*.json)</translation>
    </message>
</context>
<context>
    <name>dnd::gui::FileImport</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Der Import konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::InitiativeFormDialog</name>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>These characters have no initiative yet. Type the totals the players rolled; a character left empty acts last.</source>
        <translation>Diese Charaktere haben noch keine Initiative. Geben Sie die Summen ein, die die Spieler gewürfelt haben; ein leer gelassener Charakter handelt zuletzt.</translation>
    </message>
    <message>
        <source>Initiative of %1</source>
        <translation>Initiative von %1</translation>
    </message>
    <message>
        <source>&amp;Start Combat</source>
        <translation>Kampf &amp;beginnen</translation>
    </message>
</context>
<context>
    <name>dnd::gui::InitiativeModel</name>
    <message numerus="yes">
        <source> (%n rd)</source>
        <translation>
            <numerusform> (%n Rd.)</numerusform>
            <numerusform> (%n Rd.)</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (verborgen)</translation>
    </message>
    <message>
        <source>Conc.</source>
        <translation>Konz.</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Saves %1✓ %2✗</source>
        <translation>Rettung %1✓ %2✗</translation>
    </message>
    <message>
        <source>LA %1/%2</source>
        <translation>LA %1/%2</translation>
    </message>
    <message>
        <source>LR %1/%2</source>
        <translation>LR %1/%2</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 bereit</translation>
    </message>
    <message>
        <source>%1 (%2–6)</source>
        <translation>%1 (%2–6)</translation>
    </message>
    <message>
        <source>Reaction used</source>
        <translation>Reaktion verbraucht</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>%1 — next</source>
        <translation>%1 — als Nächstes</translation>
    </message>
    <message>
        <source>%1/%2 +%3</source>
        <translation>%1/%2 +%3</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Combatant</source>
        <translation>Kampfteilnehmer</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>AC</source>
        <translation>RK</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Zustände</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>dnd::gui::MainWindow</name>
    <message>
        <source>D&amp;D Encounter Tracker</source>
        <translation>D&amp;D-Begegnungstracker</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Bestiary</source>
        <translation>Bestiarium</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Begegnungen</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <source>The file your data is stored in</source>
        <translation>Die Datei, in der Ihre Daten gespeichert sind</translation>
    </message>
    <message>
        <source>Sync with your account (File &gt; Account and Sync)</source>
        <translation>Mit Ihrem Konto synchronisieren (Datei &gt; Konto und Synchronisierung)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Player Display &amp;Screen</source>
        <translation>&amp;Bildschirm der Spieleranzeige</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Rückgängigmachen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Wiederholen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>About D&amp;D Encounter Tracker</source>
        <translation>Über den D&amp;D-Begegnungstracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;D&amp;amp;D Encounter Tracker %1&lt;/h3&gt;&lt;p&gt;Prepare and run combat encounters at the table, with a display for the players.&lt;/p&gt;&lt;p&gt;This work includes material from the System Reference Document 5.1 and 5.2 by Wizards of the Coast LLC, licensed under CC-BY-4.0 (&lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/legalcode&quot;&gt;creativecommons.org/licenses/by/4.0&lt;/a&gt;).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;D&amp;amp;D-Begegnungstracker %1&lt;/h3&gt;&lt;p&gt;Kampfbegegnungen am Spieltisch vorbereiten und leiten, mit einer Anzeige für die Spieler.&lt;/p&gt;&lt;p&gt;Dieses Werk enthält Material aus dem System Reference Document 5.1 und 5.2 von Wizards of the Coast LLC, lizenziert unter CC-BY-4.0 (&lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/legalcode&quot;&gt;creativecommons.org/licenses/by/4.0&lt;/a&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added the example party and encounter</source>
        <translation>Beispielgruppe und -begegnung hinzugefügt</translation>
    </message>
    <message>
        <source>Could not add the example</source>
        <translation>Das Beispiel konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Added the example party and the encounter “Ambush at the Old Bridge”.</source>
        <translation>Beispielgruppe und die Begegnung „Hinterhalt an der alten Brücke“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>An import is still running; wait until it has finished.</source>
        <translation>Ein Import läuft noch; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 wird importiert...</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import of %1 failed.</source>
        <translation>Import von %1 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n new, </source>
        <translation>
            <numerusform>Aus %1: %n neu, </numerusform>
            <numerusform>Aus %1: %n neu, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n aktualisiert, </numerusform>
            <numerusform>%n aktualisiert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n übersprungen.</numerusform>
            <numerusform>%n übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation>Bearbeiten &gt; Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose or create an encounter on the Encounters page first.</source>
        <translation>Wählen oder erstellen Sie zuerst eine Begegnung auf der Seite „Begegnungen“.</translation>
    </message>
    <message>
        <source>Could not open the encounter</source>
        <translation>Die Begegnung konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not add the creature</source>
        <translation>Die Kreatur konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Added %1 × %2 to “%3”.</source>
        <translation>%1 × %2 zu „%3“ hinzugefügt.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. If this keeps happening, check that the data folder (%2) is writable and not full, or restore a backup from Settings.</source>
        <translation>%1

Es wurde nichts geändert. Wenn das wiederholt passiert, prüfen Sie, ob der Datenordner (%2) beschreibbar und nicht voll ist, oder stellen Sie in den Einstellungen eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Tracker exports and JSON files (*.dndtracker *.json);;All files (*)</source>
        <translation>Tracker-Exporte und JSON-Dateien (*.dndtracker *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>The encounter “%1”</source>
        <translation>Die Begegnung „%1“</translation>
    </message>
    <message>
        <source>The party “%1” and its characters</source>
        <translation>Die Gruppe „%1“ mit ihren Charakteren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving works again.</source>
        <translation>Speichern funktioniert wieder.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::OpenEncounters</name>
    <message>
        <source>Open an encounter first.</source>
        <translation>Öffnen Sie zuerst eine Begegnung.</translation>
    </message>
    <message>
        <source>That encounter was deleted; restore it first to undo its combat steps.</source>
        <translation>Diese Begegnung wurde gelöscht; stellen Sie sie zuerst wieder her, um ihre Kampfschritte rückgängig zu machen.</translation>
    </message>
    <message>
        <source>%1 (kept copy)</source>
        <translation>%1 (behaltene Kopie)</translation>
    </message>
    <message>
        <source>Kept a copy of %1</source>
        <translation>Kopie von %1 behalten</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartiesPage</name>
    <message>
        <source>&lt;h2&gt;No parties yet&lt;/h2&gt;&lt;p&gt;A party holds the player characters you run encounters for. Create one, or add an example party with a ready encounter to try a fight right away.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Gruppen&lt;/h2&gt;&lt;p&gt;Eine Gruppe umfasst die Spielercharaktere, für die Sie Begegnungen leiten. Legen Sie eine an oder fügen Sie eine Beispielgruppe mit fertiger Begegnung hinzu, um gleich einen Kampf auszuprobieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a Party</source>
        <translation>Gruppe anlegen</translation>
    </message>
    <message>
        <source>Add Example Party and Encounter</source>
        <translation>Beispielgruppe und -begegnung hinzufügen</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte anzeigen</translation>
    </message>
    <message>
        <source>&amp;New Party</source>
        <translation>&amp;Neue Gruppe</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Charaktere</translation>
    </message>
    <message>
        <source>&amp;Add Character</source>
        <translation>Charakter &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Edit &amp;Character</source>
        <translation>&amp;Charakter bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove Character</source>
        <translation>Charakter &amp;entfernen</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>Aus dem Arc&amp;hiv holen</translation>
    </message>
    <message>
        <source>Select a party</source>
        <translation>Wählen Sie eine Gruppe</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Your change was not saved. Check that the data folder is writable and has free space, then try again.</source>
        <translation>%1

Ihre Änderung wurde nicht gespeichert. Prüfen Sie, ob der Datenordner beschreibbar ist und freien Speicher hat, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1. Undo with %2.</source>
        <translation>%1. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>Created party %1</source>
        <translation>Gruppe %1 angelegt</translation>
    </message>
    <message>
        <source>Edited party %1</source>
        <translation>Gruppe %1 bearbeitet</translation>
    </message>
    <message>
        <source>Archived party %1</source>
        <translation>Gruppe %1 archiviert</translation>
    </message>
    <message>
        <source>Unarchived party %1</source>
        <translation>Gruppe %1 aus dem Archiv geholt</translation>
    </message>
    <message>
        <source>Deleted party %1</source>
        <translation>Gruppe %1 gelöscht</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>%1 bearbeitet</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>Select the party that rests first.</source>
        <translation>Wähle zuerst die Gruppe, die rastet.</translation>
    </message>
    <message>
        <source>Everyone in %1 is already rested.</source>
        <translation>Alle in %1 sind bereits ausgeruht.</translation>
    </message>
    <message>
        <source>Long rest for %1</source>
        <translation>Lange Rast für %1</translation>
    </message>
    <message>
        <source>Long Re&amp;st</source>
        <translation>Lange Ra&amp;st</translation>
    </message>
    <message numerus="yes">
        <source>%1 regained %n hit dice</source>
        <translation>
            <numerusform>%1 erhielt %n Trefferwürfel zurück</numerusform>
            <numerusform>%1 erhielt %n Trefferwürfel zurück</numerusform>
        </translation>
    </message>
    <message>
        <source>Long rest for %1: full hit points; %2.</source>
        <translation>Lange Rast für %1: volle Trefferpunkte; %2.</translation>
    </message>
    <message>
        <source>Every character of this party finishes a long rest: full hit points, no temporary hit points, spent hit dice back by the rule set in the settings</source>
        <translation>Alle Charaktere dieser Gruppe beenden eine lange Rast: volle Trefferpunkte, keine temporären Trefferpunkte, verbrauchte Trefferwürfel zurück nach dem Regelwerk der Einstellungen</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartyDialog</name>
    <message>
        <source>New Party</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Edit Party</source>
        <translation>Gruppe bearbeiten</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <source>Party description</source>
        <translation>Beschreibung der Gruppe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartyListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Charakter</numerusform>
            <numerusform>%n Charaktere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n Charakter</numerusform>
            <numerusform>%1, %n Charaktere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::PasswordRulesLabel</name>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 bis %2 Zeichen</translation>
    </message>
    <message>
        <source>letters mixed with digits or symbols</source>
        <translation>Buchstaben gemischt mit Ziffern oder Symbolen</translation>
    </message>
    <message>
        <source>not containing your username or email name</source>
        <translation>ohne Ihren Benutzernamen oder E-Mail-Namen</translation>
    </message>
    <message>
        <source>The password meets every rule.</source>
        <translation>Das Passwort erfüllt alle Regeln.</translation>
    </message>
    <message>
        <source>The password does not meet every rule yet.</source>
        <translation>Das Passwort erfüllt noch nicht alle Regeln.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PlayerBoard</name>
    <message>
        <source>%1 / %2 (+%3)</source>
        <translation>%1 / %2 (+%3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Dying</source>
        <translation>Sterbend</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PlayerDisplay</name>
    <message>
        <source>Player Display</source>
        <translation>Spieleranzeige</translation>
    </message>
    <message>
        <source>Player display</source>
        <translation>Spieleranzeige</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Waiting for combat to begin</source>
        <translation>Warten auf den Beginn des Kampfes</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ResetPasswordDialog</name>
    <message>
        <source>Forgot Password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>1. The service mails a reset token to your address.</source>
        <translation>1. Der Dienst schickt ein Rücksetz-Token an Ihre Adresse.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Send &amp;Reset Mail</source>
        <translation>&amp;Rücksetz-Mail senden</translation>
    </message>
    <message>
        <source>2. Enter the token from the mail and choose a new password. Every device signs in again afterwards.</source>
        <translation>2. Geben Sie das Token aus der Mail ein und wählen Sie ein neues Passwort. Danach meldet sich jedes Gerät neu an.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Set &amp;Password</source>
        <translation>&amp;Passwort setzen</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet...</translation>
    </message>
    <message>
        <source>If %1 has an account, a mail with the reset token is on its way. The token works once, for one hour.</source>
        <translation>Falls %1 ein Konto hat, ist eine Mail mit dem Rücksetz-Token unterwegs. Das Token gilt einmal, eine Stunde lang.</translation>
    </message>
    <message>
        <source>Setting the new password...</source>
        <translation>Neues Passwort wird gesetzt...</translation>
    </message>
    <message>
        <source>Your password is changed. Sign in with the new password.</source>
        <translation>Ihr Passwort ist geändert. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tastatur</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <source>2014 rules (SRD 5.1)</source>
        <translation>Regeln 2014 (SRD 5.1)</translation>
    </message>
    <message>
        <source>2024 rules (SRD 5.2)</source>
        <translation>Regeln 2024 (SRD 5.2)</translation>
    </message>
    <message>
        <source>Roll &amp;one initiative for identical monsters</source>
        <translation>Für gleiche Monster &amp;eine Initiative würfeln</translation>
    </message>
    <message>
        <source>Re&amp;roll initiative every round</source>
        <translation>Initiative jede Runde &amp;neu würfeln</translation>
    </message>
    <message>
        <source>Take &amp;defeated monsters out of the order</source>
        <translation>&amp;Besiegte Monster aus der Reihenfolge nehmen</translation>
    </message>
    <message>
        <source>Ties on the initiative total go to the higher initiative modifier, then the higher Dexterity, then player characters; after that, drag combatants in the tracker to set the order.</source>
        <translation>Bei gleicher Initiativesumme entscheidet der höhere Initiativemodifikator, dann die höhere Geschicklichkeit, dann gehen Spielercharaktere vor; danach ziehen Sie Kampfteilnehmer im Tracker an die gewünschte Stelle.</translation>
    </message>
    <message>
        <source>Rule &amp;set for new encounters:</source>
        <translation>Regel&amp;werk für neue Begegnungen:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Takes effect when the application starts next.</source>
        <translation>Wirkt beim nächsten Start der Anwendung.</translation>
    </message>
    <message>
        <source>Player characters&apos; hit points on the player display</source>
        <translation>Trefferpunkte der Spielercharaktere auf der Spieleranzeige</translation>
    </message>
    <message>
        <source>As words (Healthy, Hurt, Bloodied)</source>
        <translation>Als Wörter (Unverletzt, Verletzt, Schwer verletzt)</translation>
    </message>
    <message>
        <source>As numbers</source>
        <translation>Als Zahlen</translation>
    </message>
    <message>
        <source>Player display theme</source>
        <translation>Farbschema der Spieleranzeige</translation>
    </message>
    <message>
        <source>Dark (for a TV)</source>
        <translation>Dunkel (für einen Fernseher)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Player characters&apos; &amp;HP on the player display:</source>
        <translation>&amp;TP der Spielercharaktere auf der Spieleranzeige:</translation>
    </message>
    <message>
        <source>Player display t&amp;heme:</source>
        <translation>Farbsc&amp;hema der Spieleranzeige:</translation>
    </message>
    <message>
        <source>Monsters&apos; health is always shown to players as words only.</source>
        <translation>Die Gesundheit von Monstern wird den Spielern immer nur in Worten gezeigt.</translation>
    </message>
    <message>
        <source>&amp;Change Folder...</source>
        <translation>Ordner &amp;wechseln...</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>%1 (from the next start)</source>
        <translation>%1 (ab dem nächsten Start)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Restore Selected...</source>
        <translation>Auswahl &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>%1 will be restored when the application starts next.</source>
        <translation>%1 wird beim nächsten Start der Anwendung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your parties, creatures and encounters are stored in:</source>
        <translation>Ihre Gruppen, Kreaturen und Begegnungen sind gespeichert in:</translation>
    </message>
    <message>
        <source>&amp;Backups (made automatically once a day, newest first):</source>
        <translation>&amp;Sicherungen (automatisch einmal täglich, neueste zuerst):</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>Wählen Sie zuerst eine Sicherung in der Liste.</translation>
    </message>
    <message>
        <source>The backup from %1 cannot be restored: %2

Your current data was not changed. Pick an older backup.</source>
        <translation>Die Sicherung vom %1 kann nicht wiederhergestellt werden: %2

Ihre aktuellen Daten wurden nicht verändert. Wählen Sie eine ältere Sicherung.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup from %1? The application restores it when it starts next; your current data is kept beside it, renamed, so nothing is lost. Quit and start the application again to finish.</source>
        <translation>Die Sicherung vom %1 wiederherstellen? Die Anwendung stellt sie beim nächsten Start wieder her; Ihre aktuellen Daten bleiben umbenannt daneben erhalten, damit nichts verloren geht. Beenden und starten Sie die Anwendung erneut, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>The backup from %1 will be restored when the application starts next.</source>
        <translation>Die Sicherung vom %1 wird beim nächsten Start der Anwendung wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet. One is made when you quit, at most once a day.</source>
        <translation>Noch keine Sicherungen. Beim Beenden wird eine angelegt, höchstens einmal am Tag.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Reset &amp;All to Defaults</source>
        <translation>&amp;Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. A key already in use moves to the action you give it.</source>
        <translation>Klicken Sie auf ein Tastenkürzel und drücken Sie die neuen Tasten. Eine bereits belegte Taste wandert zu der Aktion, der Sie sie geben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shortcut for %1</source>
        <translation>Tastenkürzel für %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ShareDialog</name>
    <message>
        <source>Share with Players</source>
        <translation>Mit Spielern teilen</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>QR-Code des Links</translation>
    </message>
    <message>
        <source>Link for the players</source>
        <translation>Link für die Spieler</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Show the characters&apos; hit points as &amp;numbers (monsters&apos; never)</source>
        <translation>Trefferpunkte der Charaktere als &amp;Zahlen zeigen (die der Monster nie)</translation>
    </message>
    <message>
        <source>Create &amp;Link</source>
        <translation>&amp;Link erstellen</translation>
    </message>
    <message>
        <source>&amp;Revoke Link</source>
        <translation>Link &amp;widerrufen</translation>
    </message>
    <message>
        <source>The link stops working and the players who follow it are disconnected</source>
        <translation>Der Link funktioniert nicht mehr, und die Spieler, die ihm folgen, werden getrennt</translation>
    </message>
    <message>
        <source>&amp;Upgrade...</source>
        <translation>&amp;Upgrade...</translation>
    </message>
    <message>
        <source>Sharing needs the companion service, which cannot be reached now (%1). Try again once this computer is online.</source>
        <translation>Zum Teilen wird der Begleitdienst gebraucht, der gerade nicht erreichbar ist (%1). Versuchen Sie es wieder, sobald dieser Computer online ist.</translation>
    </message>
    <message>
        <source>Open an encounter in the tracker to share it.</source>
        <translation>Öffnen Sie eine Begegnung im Tracker, um sie zu teilen.</translation>
    </message>
    <message>
        <source>Sharing with players needs the companion service: sign in under File &gt; Account and Sync, and the encounter can be followed on the players&apos; phones.</source>
        <translation>Zum Teilen mit Spielern wird der Begleitdienst gebraucht: Melden Sie sich unter Datei &gt; Konto und Synchronisierung an, dann können die Spieler die Begegnung auf ihren Handys verfolgen.</translation>
    </message>
    <message>
        <source>Asking the service...</source>
        <translation>Frage den Dienst...</translation>
    </message>
    <message>
        <source>Players follow the fight on their phones with the %1 plan or a larger one. Upgrade to share this encounter.</source>
        <translation>Mit dem Tarif %1 oder einem größeren verfolgen die Spieler den Kampf auf ihren Handys. Wechseln Sie den Tarif, um diese Begegnung zu teilen.</translation>
    </message>
    <message>
        <source>Create a link for the players: on their phones or a TV they follow this fight live as the player display shows it. Whoever has the link can watch until you revoke it.</source>
        <translation>Erstellen Sie einen Link für die Spieler: Auf ihren Handys oder einem Fernseher verfolgen sie diesen Kampf live, wie die Spieleranzeige ihn zeigt. Wer den Link hat, kann zusehen, bis Sie ihn widerrufen.</translation>
    </message>
    <message>
        <source>This encounter has not reached the service yet. It is being synced now; create the link again in a moment.</source>
        <translation>Diese Begegnung ist noch nicht beim Dienst angekommen. Sie wird gerade synchronisiert; erstellen Sie den Link gleich noch einmal.</translation>
    </message>
    <message>
        <source>Players open this link, or scan the code, to follow the fight live.</source>
        <translation>Die Spieler öffnen diesen Link oder scannen den Code, um den Kampf live zu verfolgen.</translation>
    </message>
    <message>
        <source>The link is copied: paste it into the group&apos;s chat.</source>
        <translation>Der Link ist kopiert: Fügen Sie ihn in den Chat der Gruppe ein.</translation>
    </message>
    <message>
        <source>The link no longer works, and the players who followed it were disconnected. A new link can be created.</source>
        <translation>Der Link funktioniert nicht mehr, und die Spieler, die ihm folgten, wurden getrennt. Ein neuer Link kann erstellt werden.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ShortcutCheatSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Quick hit points in the tracker: type 7 and Enter for 7 damage, +7 to heal, t7 for 7 temporary hit points. Shortcuts can be changed in Settings.</source>
        <translation>Schnelle Trefferpunkte im Tracker: 7 und Enter für 7 Schaden, +7 zum Heilen, t7 für 7 temporäre Trefferpunkte. Tastenkürzel lassen sich in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Weitere Tasten</translation>
    </message>
    <message>
        <source>Apply what the HP field holds</source>
        <translation>Anwenden, was im TP-Feld steht</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Type in the Init cell of the current row</source>
        <translation>In die Init-Zelle der aktuellen Zeile schreiben</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move through the initiative list; select several</source>
        <translation>Durch die Initiativeliste gehen; mehrere auswählen</translation>
    </message>
    <message>
        <source>Up, Down; Ctrl+click, Shift+click</source>
        <translation>Hoch, Runter; Strg+Klick, Umschalt+Klick</translation>
    </message>
    <message>
        <source>Walk the statblock&apos;s dice; roll one</source>
        <translation>Durch die Würfel des Werteblocks gehen; einen würfeln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab; Enter</source>
        <translation>Tab, Umschalt+Tab; Enter</translation>
    </message>
    <message>
        <source>Player display full screen (in that window)</source>
        <translation>Spieleranzeige im Vollbild (in jenem Fenster)</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Einen Dialog ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the Init cell: keep the total, go to the next or previous row&apos;s</source>
        <translation>In der Init-Zelle: Wert behalten, zur nächsten oder vorigen Zeile</translation>
    </message>
    <message>
        <source>Enter or Down; Up</source>
        <translation>Eingabe oder Pfeil ab; Pfeil auf</translation>
    </message>
    <message>
        <source>Go to the encounter, the HP field, who acts, the combat log, the statblock</source>
        <translation>Zur Begegnung, zum TP-Feld, zum Handelnden, zum Kampfprotokoll, zum Werteblock</translation>
    </message>
    <message>
        <source>Alt+E, Alt+H, Alt+Y, Alt+L, Alt+B</source>
        <translation>Alt+B, Alt+T, Alt+V, Alt+P, Alt+W</translation>
    </message>
</context>
<context>
    <name>dnd::gui::StatblockView</name>
    <message>
        <source>Statblock</source>
        <translation>Werteblock</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Pick a creature to see its statblock.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Wählen Sie eine Kreatur, um ihren Werteblock zu sehen.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roll %1</source>
        <translation>%1 würfeln</translation>
    </message>
    <message>
        <source>Recharge 6</source>
        <translation>Aufladung 6</translation>
    </message>
    <message>
        <source>Recharge %1Ķ</source>
        <translation>Aufladung %1Ķ</translation>
    </message>
    <message>
        <source>%1/Day</source>
        <translation>%1/Tag</translation>
    </message>
    <message>
        <source>Costs %1 Actions</source>
        <translation>Kostet %1 Aktionen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Attack:&lt;/i&gt; %1. </source>
        <translation>&lt;i&gt;Angriff:&lt;/i&gt; %1. </translation>
    </message>
    <message>
        <source>%1 (to hit)</source>
        <translation>%1 (Treffer)</translation>
    </message>
    <message>
        <source>%1 to hit</source>
        <translation>%1 auf Treffer</translation>
    </message>
    <message>
        <source>DC %1 %2 saving throw. </source>
        <translation>SG %1 %2-Rettungswurf. </translation>
    </message>
    <message>
        <source>%1 (damage)</source>
        <translation>%1 (Schaden)</translation>
    </message>
    <message>
        <source>%1 (%2 damage)</source>
        <translation>%1 (%2 Schaden)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Hit:&lt;/i&gt; %1 damage. </source>
        <translation>&lt;i&gt;Treffer:&lt;/i&gt; %1 Schaden. </translation>
    </message>
    <message>
        <source>Damage: %1. </source>
        <translation>Schaden: %1. </translation>
    </message>
    <message>
        <source> plus </source>
        <translation> plus </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Armor Class&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rüstungsklasse&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hit Points&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Trefferpunkte&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: hit points</source>
        <translation>%1: Trefferpunkte</translation>
    </message>
    <message>
        <source>%1 ft.</source>
        <translation>%1 ft.</translation>
    </message>
    <message>
        <source>burrow %1 ft.</source>
        <translation>Graben %1 ft.</translation>
    </message>
    <message>
        <source>climb %1 ft.</source>
        <translation>Klettern %1 ft.</translation>
    </message>
    <message>
        <source>fly %1 ft. (hover)</source>
        <translation>Fliegen %1 ft. (Schweben)</translation>
    </message>
    <message>
        <source>fly %1 ft.</source>
        <translation>Fliegen %1 ft.</translation>
    </message>
    <message>
        <source>swim %1 ft.</source>
        <translation>Schwimmen %1 ft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Speed&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bewegungsrate&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 check</source>
        <translation>%1: %2-Probe</translation>
    </message>
    <message>
        <source>%1: %2 save</source>
        <translation>%1: %2-Rettungswurf</translation>
    </message>
    <message>
        <source>Saving Throws</source>
        <translation>Rettungswürfe</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fertigkeiten</translation>
    </message>
    <message>
        <source>Damage Vulnerabilities</source>
        <translation>Schadensanfälligkeiten</translation>
    </message>
    <message>
        <source>Damage Resistances</source>
        <translation>Schadensresistenzen</translation>
    </message>
    <message>
        <source>Damage Immunities</source>
        <translation>Schadensimmunitäten</translation>
    </message>
    <message>
        <source>Condition Immunities</source>
        <translation>Zustandsimmunitäten</translation>
    </message>
    <message>
        <source>passive Perception %1</source>
        <translation>Passive Wahrnehmung %1</translation>
    </message>
    <message>
        <source>Senses</source>
        <translation>Sinne</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <source>%1 (%2 XP)</source>
        <translation>%1 (%2 EP)</translation>
    </message>
    <message>
        <source>Proficiency Bonus</source>
        <translation>Übungsbonus</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>%1: initiative</source>
        <translation>%1: Initiative</translation>
    </message>
    <message>
        <source>Legendary Resistance</source>
        <translation>Legendäre Resistenz</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Bonus Actions</source>
        <translation>Bonusaktionen</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Legendary Actions</source>
        <translation>Legendäre Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>%n per round, one at a time, each at the end of another creature&apos;s turn; all regained when its own turn starts.</source>
        <translation>
            <numerusform>%n pro Runde, eine nach der anderen, jeweils am Ende des Zugs einer anderen Kreatur; alle werden zu Beginn des eigenen Zugs zurückerlangt.</numerusform>
            <numerusform>%n pro Runde, eine nach der anderen, jeweils am Ende des Zugs einer anderen Kreatur; alle werden zu Beginn des eigenen Zugs zurückerlangt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lair Actions</source>
        <translation>Hortaktionen</translation>
    </message>
    <message>
        <source>One per round, at initiative 20 after every combatant tied at 20.</source>
        <translation>Eine pro Runde, bei Initiative 20 nach allen Kampfteilnehmern mit Gleichstand bei 20.</translation>
    </message>
    <message>
        <source>%1 · %2 rules · template (read-only)</source>
        <translation>%1 · Regeln %2 · Vorlage (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 · %2 rules · custom creature</source>
        <translation>%1 · Regeln %2 · eigene Kreatur</translation>
    </message>
</context>
<context>
    <name>dnd::gui::StoreProblemBanner</name>
    <message>
        <source>Saving problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <source>Everything saved before it is safe.</source>
        <translation>Alles zuvor Gespeicherte ist sicher.</translation>
    </message>
    <message>
        <source>The disk is full: your last change was not saved. %1 Free some space on the disk that holds the data folder, then make the change again.</source>
        <translation>Der Datenträger ist voll: Ihre letzte Änderung wurde nicht gespeichert. %1 Geben Sie auf dem Datenträger mit dem Datenordner Platz frei und nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>The data file is read-only: your last change was not saved. %1 Make the file and its folder writable again, then make the change again.</source>
        <translation>Die Datendatei ist schreibgeschützt: Ihre letzte Änderung wurde nicht gespeichert. %1 Machen Sie die Datei und ihren Ordner wieder beschreibbar und nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>Another program holds the data file locked (another copy of the tracker, or a backup or sync tool): your last change was not saved. %1 Close that program or wait for it, then make the change again.</source>
        <translation>Ein anderes Programm hält die Datendatei gesperrt (eine weitere Kopie des Trackers oder ein Sicherungs- oder Synchronisierungsprogramm): Ihre letzte Änderung wurde nicht gespeichert. %1 Schließen Sie dieses Programm oder warten Sie darauf und nehmen Sie die Änderung dann erneut vor.</translation>
    </message>
    <message>
        <source>Your last change could not be written to the data file. %1 Check the data folder, then make the change again. (%2)</source>
        <translation>Ihre letzte Änderung konnte nicht in die Datendatei geschrieben werden. %1 Prüfen Sie den Datenordner und nehmen Sie die Änderung dann erneut vor. (%2)</translation>
    </message>
    <message>
        <source>Your last change was not saved: the data file is open read-only. %1</source>
        <translation>Ihre letzte Änderung wurde nicht gespeichert: Die Datendatei ist schreibgeschützt geöffnet. %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::SyncController</name>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Not syncing: %1</source>
        <translation>Keine Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisierung läuft...</translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s</source>
        <translation>
            <numerusform>Offline, neuer Versuch in %n s</numerusform>
            <numerusform>Offline, neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisierung angehalten: %1</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Wartende Änderungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not synced</source>
        <translation>
            <numerusform>%n Datensatz nicht synchronisiert</numerusform>
            <numerusform>%n Datensätze nicht synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>the data file is open read-only. Changes from your other devices arrive once the tracker starts again on a writable file.</source>
        <translation>die Datendatei ist schreibgeschützt geöffnet. Änderungen Ihrer anderen Geräte kommen an, sobald der Tracker wieder mit einer beschreibbaren Datei startet.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerConditionDelegate</name>
    <message numerus="yes">
        <source>%n rd</source>
        <translation>
            <numerusform>%n Rd.</numerusform>
            <numerusform>%n Rd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerMaxHpDialog</name>
    <message>
        <source>Maximum HP of %1</source>
        <translation>Maximale TP von %1</translation>
    </message>
    <message>
        <source>Maximum hit points</source>
        <translation>Maximale Trefferpunkte</translation>
    </message>
    <message>
        <source>Use the statblock maximum (%1)</source>
        <translation>Das Maximum aus dem Werteblock verwenden (%1)</translation>
    </message>
    <message>
        <source>&amp;Maximum HP:</source>
        <translation>&amp;Maximale TP:</translation>
    </message>
    <message>
        <source>Current hit points stay within the new maximum.</source>
        <translation>Die aktuellen Trefferpunkte bleiben innerhalb des neuen Maximums.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerPage</name>
    <message>
        <source>Encounter</source>
        <translation>Begegnung</translation>
    </message>
    <message>
        <source>&amp;Encounter:</source>
        <translation>&amp;Begegnung:</translation>
    </message>
    <message>
        <source>Initiative order</source>
        <translation>Initiativereihenfolge</translation>
    </message>
    <message>
        <source>Combat log</source>
        <translation>Kampfprotokoll</translation>
    </message>
    <message>
        <source>No encounter is open. Build one on the Encounters page, or add the example from the File menu, then pick it above.</source>
        <translation>Keine Begegnung geöffnet. Erstellen Sie eine auf der Seite „Begegnungen“ oder fügen Sie das Beispiel über das Menü „Datei“ hinzu und wählen Sie sie dann oben aus.</translation>
    </message>
    <message>
        <source>Combat &amp;log</source>
        <translation>Kampf&amp;protokoll</translation>
    </message>
    <message>
        <source>Quick hit points</source>
        <translation>Schnelle Trefferpunkte</translation>
    </message>
    <message>
        <source>7 damage, +7 heal, t7 temporary HP, h7 half, d7 double, c7 critical, 7 fire typed; Enter applies</source>
        <translation>7 Schaden, +7 heilen, t7 temporäre TP, h7 halb, d7 doppelt, c7 kritisch, 7 fire mit Typ; Enter wendet an</translation>
    </message>
    <message>
        <source>Damage: 7, h7 (half), d7 (double), c7 (critical hit), add a damage type so resistances apply (7 fire, h12 cold) and &quot;magical&quot; for magical weapons. Healing: +7. Temporary HP: t7.</source>
        <translation>Schaden: 7, h7 (halb), d7 (doppelt), c7 (kritischer Treffer); geben Sie einen Schadenstyp an, damit Resistenzen gelten (7 fire, h12 cold), und „magical“ für magische Waffen. Heilung: +7. Temporäre TP: t7.</translation>
    </message>
    <message>
        <source>&amp;HP:</source>
        <translation>&amp;TP:</translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 vergangen</translation>
    </message>
    <message>
        <source>Could not open the encounter: %1</source>
        <translation>Die Begegnung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Open an encounter first.</source>
        <translation>Öffnen Sie zuerst eine Begegnung.</translation>
    </message>
    <message>
        <source>Type a number: 7 for damage (h7 half, d7 double, c7 critical, 7 fire typed), +7 to heal, t7 for temporary hit points.</source>
        <translation>Geben Sie eine Zahl ein: 7 für Schaden (h7 halb, d7 doppelt, c7 kritisch, 7 fire mit Typ), +7 zum Heilen, t7 für temporäre Trefferpunkte.</translation>
    </message>
    <message>
        <source>Select one or more combatants first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Kampfteilnehmer.</translation>
    </message>
    <message>
        <source>Select who gets the condition first.</source>
        <translation>Wählen Sie zuerst, wer den Zustand erhält.</translation>
    </message>
    <message>
        <source>Export Combat Log</source>
        <translation>Kampfprotokoll exportieren</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Text (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 took %2 damage while concentrating: Constitution save, DC %3.</source>
        <translation>%1 hat %2 Schaden erlitten, während er sich konzentriert: Konstitutionsrettungswurf, SG %3.</translation>
    </message>
    <message>
        <source>Saving throw total</source>
        <translation>Ergebnis des Rettungswurfs</translation>
    </message>
    <message>
        <source>Record Save</source>
        <translation>Rettungswurf eintragen</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Summe:</translation>
    </message>
    <message>
        <source>%1 is dying: roll a death saving throw.</source>
        <translation>%1 liegt im Sterben: Würfeln Sie einen Todesrettungswurf.</translation>
    </message>
    <message>
        <source>Roll Death Save</source>
        <translation>Todesrettungswurf würfeln</translation>
    </message>
    <message>
        <source>Select whose initiative to type first.</source>
        <translation>Wählen Sie zuerst, wessen Initiative Sie eingeben.</translation>
    </message>
    <message>
        <source>Select who rolls initiative first.</source>
        <translation>Wählen Sie zuerst, wer Initiative würfelt.</translation>
    </message>
    <message>
        <source>%1 can only move among the combatants with the same initiative (%2); change the initiative to move it further.</source>
        <translation>%1 kann nur zwischen Kampfteilnehmern mit gleicher Initiative (%2) verschoben werden; ändern Sie die Initiative, um ihn weiter zu verschieben.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Select one combatant to move.</source>
        <translation>Wählen Sie einen Kampfteilnehmer zum Verschieben.</translation>
    </message>
    <message>
        <source>Select whose maximum hit points to change first.</source>
        <translation>Wählen Sie zuerst, wessen maximale Trefferpunkte Sie ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n combatants</source>
        <translation>
            <numerusform>%n Kampfteilnehmer</numerusform>
            <numerusform>%n Kampfteilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>Select who uses a recharge ability first.</source>
        <translation>Wählen Sie zuerst, wer eine aufladbare Fähigkeit nutzt.</translation>
    </message>
    <message>
        <source>%1 has no recharge ability.</source>
        <translation>%1 hat keine aufladbare Fähigkeit.</translation>
    </message>
    <message>
        <source>No recharge ability of %1 is ready.</source>
        <translation>Keine aufladbare Fähigkeit von %1 ist bereit.</translation>
    </message>
    <message>
        <source>Roll Initiative</source>
        <translation>Initiative würfeln</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 nutzen</translation>
    </message>
    <message>
        <source>Use %1 (not recharged)</source>
        <translation>%1 nutzen (nicht aufgeladen)</translation>
    </message>
    <message>
        <source>&amp;Keep a Copy</source>
        <translation>Kopie &amp;behalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>“%1” was deleted on another device. This window still shows the fight as it was here; keep a copy to go on with it, or close it.</source>
        <translation>„%1“ wurde auf einem anderen Gerät gelöscht. Dieses Fenster zeigt den Kampf noch so, wie er hier war; behalten Sie eine Kopie, um weiterzuspielen, oder schließen Sie ihn.</translation>
    </message>
    <message>
        <source>Kept a copy: “%1”</source>
        <translation>Kopie behalten: „%1“</translation>
    </message>
    <message>
        <source>No target: select a combatant</source>
        <translation>Kein Ziel: wählen Sie einen Kampfteilnehmer</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Select one combatant to give an alias.</source>
        <translation>Wählen Sie einen Kämpfer, um ihm einen Alias zu geben.</translation>
    </message>
    <message>
        <source>Alias of %1</source>
        <translation>Alias von %1</translation>
    </message>
    <message>
        <source>The name the players see (empty: the real name):</source>
        <translation>Der Name, den die Spieler sehen (leer: der echte Name):</translation>
    </message>
    <message>
        <source>Combat is paused: the clock and the turn wait. Press %1 to resume.</source>
        <translation>Der Kampf ist pausiert: Uhr und Zug warten. Drücken Sie %1 zum Fortsetzen.</translation>
    </message>
    <message>
        <source>Combat is paused: select who takes it, or resume combat first.</source>
        <translation>Der Kampf ist pausiert: Wählen Sie aus, wen es trifft, oder setzen Sie den Kampf erst fort.</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Wer handelt</translation>
    </message>
    <message>
        <source>Who deals the damage, heals or puts on the condition, as the combat log credits it: whose turn it is, nobody (a trap, a fall), or any combatant</source>
        <translation>Wer den Schaden verursacht, heilt oder den Zustand verhängt, wie das Kampfprotokoll es verbucht: wer am Zug ist, niemand (eine Falle, ein Sturz) oder ein beliebiger Kampfteilnehmer</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation>Wer am Zug ist</translation>
    </message>
    <message>
        <source>Whose turn it is (%1)</source>
        <translation>Wer am Zug ist (%1)</translation>
    </message>
    <message>
        <source>Nobody (a trap, the environment)</source>
        <translation>Niemand (eine Falle, die Umgebung)</translation>
    </message>
    <message>
        <source>End Combat</source>
        <translation>Kampf beenden</translation>
    </message>
    <message>
        <source>End the fight in round %1? The summary follows; Ctrl+Z takes the end back.</source>
        <translation>Den Kampf in Runde %1 beenden? Die Übersicht folgt; Strg+Z nimmt das Ende zurück.</translation>
    </message>
    <message>
        <source>&amp;End Combat</source>
        <translation>Kampf &amp;beenden</translation>
    </message>
    <message>
        <source>New Day / Long Rest</source>
        <translation>Neuer Tag / Lange Rast</translation>
    </message>
    <message>
        <source>The fight is still running (round %1). Let every combatant finish a long rest anyway? Ctrl+Z takes it back.</source>
        <translation>Der Kampf läuft noch (Runde %1). Trotzdem alle Kämpfenden eine lange Rast beenden lassen? Strg+Z nimmt es zurück.</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>&amp;Rasten</translation>
    </message>
</context>
<context>
    <name>dnd::gui::UndoHistory</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Es gibt nichts zu wiederholen.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to the D&amp;amp;D Encounter Tracker&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Willkommen beim D&amp;amp;D-Begegnungstracker&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;An example party and the encounter “Ambush at the Old Bridge” are open in the tracker, so you can try a fight right away. Remove them from the Parties and Encounters pages when you no longer need them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Beispielgruppe und die Begegnung „Hinterhalt an der alten Brücke“ sind im Tracker geöffnet, damit Sie gleich einen Kampf ausprobieren können. Entfernen Sie sie auf den Seiten „Gruppen“ und „Begegnungen“, wenn Sie sie nicht mehr brauchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything works from the keyboard: press &lt;b&gt;F1&lt;/b&gt; at any time to see every shortcut.&lt;/p&gt;&lt;p&gt;Bring in your own creatures and characters with &lt;b&gt;File &amp;gt; Import&lt;/b&gt; (exports of this tracker, 5e-database, Open5e, Improved Initiative and D&amp;amp;D Beyond).&lt;/p&gt;&lt;p&gt;Your data stays on this computer. An account (&lt;b&gt;File &amp;gt; Account and Sync&lt;/b&gt;) keeps several computers in step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alles funktioniert mit der Tastatur: Drücken Sie jederzeit &lt;b&gt;F1&lt;/b&gt;, um alle Tastenkürzel zu sehen.&lt;/p&gt;&lt;p&gt;Holen Sie Ihre eigenen Kreaturen und Charaktere mit &lt;b&gt;Datei &amp;gt; Importieren&lt;/b&gt; herein (Exporte dieses Trackers, 5e-database, Open5e, Improved Initiative und D&amp;amp;D Beyond).&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben auf diesem Computer. Ein Konto (&lt;b&gt;Datei &amp;gt; Konto und Synchronisierung&lt;/b&gt;) hält mehrere Computer auf demselben Stand.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts (F1)</source>
        <translation>Tastenkürzel (F1)</translation>
    </message>
    <message>
        <source>Import a File...</source>
        <translation>Datei importieren...</translation>
    </message>
    <message>
        <source>Account and Sync...</source>
        <translation>Konto und Synchronisierung...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Loslegen</translation>
    </message>
</context>
<context>
    <name>dnd::rules::EncounterSession</name>
    <message>
        <source>That combatant is not in this encounter.</source>
        <translation>Dieser Kampfteilnehmer ist nicht in dieser Begegnung.</translation>
    </message>
    <message>
        <source>There is no encounter with id %1.</source>
        <translation>Es gibt keine Begegnung mit der ID %1.</translation>
    </message>
    <message>
        <source>There is nothing to %1.</source>
        <translation>Es gibt nichts %1.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig zu machen</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>zu wiederholen</translation>
    </message>
    <message>
        <source>The creature needs a name.</source>
        <translation>Die Kreatur braucht einen Namen.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 x%2</source>
        <translation>%1 x%2 hinzufügen</translation>
    </message>
    <message>
        <source>%1 is already in this encounter.</source>
        <translation>%1 ist bereits in dieser Begegnung.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 aufdecken</translation>
    </message>
    <message>
        <source>An initiative of %1 is outside -20 to 60.</source>
        <translation>Eine Initiative von %1 liegt außerhalb von -20 bis 60.</translation>
    </message>
    <message>
        <source>A d20 roll is 1 to 20, not %1.</source>
        <translation>Ein W20-Wurf ist 1 bis 20, nicht %1.</translation>
    </message>
    <message>
        <source>Initiative %1 for %2</source>
        <translation>Initiative %1 für %2</translation>
    </message>
    <message>
        <source>There is nobody to roll initiative for.</source>
        <translation>Es gibt niemanden, für den Initiative gewürfelt werden kann.</translation>
    </message>
    <message>
        <source>Roll initiative</source>
        <translation>Initiative würfeln</translation>
    </message>
    <message>
        <source>%1 is not tied with anyone; change the initiative to move it.</source>
        <translation>%1 hat mit niemandem Gleichstand; ändern Sie die Initiative, um ihn zu verschieben.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Change encounter options</source>
        <translation>Begegnungsoptionen ändern</translation>
    </message>
    <message>
        <source>Lair</source>
        <translation>Hort</translation>
    </message>
    <message>
        <source>Enable lair actions</source>
        <translation>Hortaktionen einschalten</translation>
    </message>
    <message>
        <source>Disable lair actions</source>
        <translation>Hortaktionen ausschalten</translation>
    </message>
    <message>
        <source>Combat is already running.</source>
        <translation>Der Kampf läuft bereits.</translation>
    </message>
    <message>
        <source>Add combatants before starting combat.</source>
        <translation>Fügen Sie Kampfteilnehmer hinzu, bevor der Kampf beginnt.</translation>
    </message>
    <message>
        <source>Nobody in this encounter can still fight.</source>
        <translation>Niemand in dieser Begegnung kann noch kämpfen.</translation>
    </message>
    <message>
        <source>Start combat</source>
        <translation>Kampf beginnen</translation>
    </message>
    <message>
        <source>Combat is not running.</source>
        <translation>Der Kampf läuft nicht.</translation>
    </message>
    <message>
        <source>End combat</source>
        <translation>Kampf beenden</translation>
    </message>
    <message>
        <source>Start combat before moving to the next turn.</source>
        <translation>Beginnen Sie den Kampf, bevor Sie zum nächsten Zug gehen.</translation>
    </message>
    <message>
        <source>Nobody is in the initiative order.</source>
        <translation>Niemand ist in der Initiativereihenfolge.</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Nächster Zug</translation>
    </message>
    <message>
        <source>This is the first turn of the fight.</source>
        <translation>Dies ist der erste Zug des Kampfes.</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>Vorheriger Zug</translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>Wählen Sie mindestens ein Ziel.</translation>
    </message>
    <message>
        <source>Damage must be between 0 and 99999, not %1.</source>
        <translation>Schaden muss zwischen 0 und 99999 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Damage %1 to %2</source>
        <translation>%1 Schaden an %2</translation>
    </message>
    <message>
        <source>Healing must be between 1 and 99999, not %1.</source>
        <translation>Heilung muss zwischen 1 und 99999 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is dead; healing cannot bring them back.</source>
        <translation>%1 ist tot; Heilung kann ihn nicht zurückholen.</translation>
    </message>
    <message>
        <source>Heal %1 to %2</source>
        <translation>%1 Heilung für %2</translation>
    </message>
    <message>
        <source>Temporary hit points must be between 0 and 99999, not %1.</source>
        <translation>Temporäre Trefferpunkte müssen zwischen 0 und 99999 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>%1 temporary HP to %2</source>
        <translation>%1 temporäre TP für %2</translation>
    </message>
    <message>
        <source>Maximum HP must be between 1 and 99999, not %1.</source>
        <translation>Maximale TP müssen zwischen 1 und 99999 liegen, nicht %1.</translation>
    </message>
    <message>
        <source>Maximum HP of %1</source>
        <translation>Maximale TP von %1</translation>
    </message>
    <message>
        <source>A condition needs a name of 1 to 100 characters.</source>
        <translation>Ein Zustand braucht einen Namen mit 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>A duration is 1 to 1000 rounds, or until removed.</source>
        <translation>Eine Dauer beträgt 1 bis 1000 Runden oder bis zur Entfernung.</translation>
    </message>
    <message>
        <source>The combatant whose turn ends the condition is not in this encounter.</source>
        <translation>Der Kampfteilnehmer, dessen Zug den Zustand beendet, ist nicht in dieser Begegnung.</translation>
    </message>
    <message>
        <source>%1 is immune to %2.</source>
        <translation>%1 ist immun gegen %2.</translation>
    </message>
    <message>
        <source>Exhaustion levels are 1 to 6, not %1.</source>
        <translation>Erschöpfungsstufen gehen von 1 bis 6, nicht %1.</translation>
    </message>
    <message>
        <source>Exhaustion %1 on %2</source>
        <translation>Erschöpfung %1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <source>%1 does not have that condition.</source>
        <translation>%1 hat diesen Zustand nicht.</translation>
    </message>
    <message>
        <source>%1 is at 0 hit points and cannot concentrate.</source>
        <translation>%1 hat 0 Trefferpunkte und kann sich nicht konzentrieren.</translation>
    </message>
    <message>
        <source>%1 concentrates</source>
        <translation>%1 konzentriert sich</translation>
    </message>
    <message>
        <source>%1 stops concentrating</source>
        <translation>%1 hört auf, sich zu konzentrieren</translation>
    </message>
    <message>
        <source>%1 is not concentrating.</source>
        <translation>%1 konzentriert sich nicht.</translation>
    </message>
    <message>
        <source>Concentration save of %1</source>
        <translation>Konzentrationsrettungswurf von %1</translation>
    </message>
    <message>
        <source>A death save is a d20 roll from 1 to 20, not %1.</source>
        <translation>Ein Todesrettungswurf ist ein W20-Wurf von 1 bis 20, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is not dying.</source>
        <translation>%1 liegt nicht im Sterben.</translation>
    </message>
    <message>
        <source>Death save %1 for %2</source>
        <translation>Todesrettungswurf %1 für %2</translation>
    </message>
    <message>
        <source>%1 has no legendary actions.</source>
        <translation>%1 hat keine legendären Aktionen.</translation>
    </message>
    <message>
        <source>A legendary action costs 1 to %1, not %2.</source>
        <translation>Eine legendäre Aktion kostet 1 bis %1, nicht %2.</translation>
    </message>
    <message>
        <source>%1 has %2 legendary actions left, not %3.</source>
        <translation>%1 hat noch %2 legendäre Aktionen, nicht %3.</translation>
    </message>
    <message>
        <source>Legendary action of %1</source>
        <translation>Legendäre Aktion von %1</translation>
    </message>
    <message>
        <source>%1 has no legendary resistance left.</source>
        <translation>%1 hat keine legendäre Resistenz mehr.</translation>
    </message>
    <message>
        <source>Legendary resistance of %1</source>
        <translation>Legendäre Resistenz von %1</translation>
    </message>
    <message>
        <source>%1 has already used its reaction this round.</source>
        <translation>%1 hat seine Reaktion in dieser Runde schon genutzt.</translation>
    </message>
    <message>
        <source>Reaction of %1</source>
        <translation>Reaktion von %1</translation>
    </message>
    <message>
        <source>%1 of %2 has not recharged yet.</source>
        <translation>%1 von %2 ist noch nicht aufgeladen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 has no recharging ability called %2.</source>
        <translation>%1 hat keine aufladbare Fähigkeit namens %2.</translation>
    </message>
    <message>
        <source>A roll&apos;s label has at most %1 characters, not %2.</source>
        <translation>Die Bezeichnung eines Wurfs hat höchstens %1 Zeichen, nicht %2.</translation>
    </message>
    <message>
        <source>Roll %1</source>
        <translation>%1 würfeln</translation>
    </message>
    <message>
        <source>“%1” was deleted on another device. Keep a copy to go on with it.</source>
        <translation>„%1“ wurde auf einem anderen Gerät gelöscht. Behalten Sie eine Kopie, um weiterzuspielen.</translation>
    </message>
    <message>
        <source>Add between 1 and %1 creatures at a time, not %2.</source>
        <translation>Fügen Sie zwischen 1 und %1 Kreaturen auf einmal hinzu, nicht %2.</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>Angaben zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 has its reaction already.</source>
        <translation>%1 hat seine Reaktion noch.</translation>
    </message>
    <message>
        <source>Reaction of %1 back</source>
        <translation>Reaktion von %1 zurück</translation>
    </message>
    <message>
        <source>Combat is paused: resume it instead of starting again.</source>
        <translation>Der Kampf ist pausiert: Setzen Sie ihn fort, statt neu zu beginnen.</translation>
    </message>
    <message>
        <source>Combat is already paused.</source>
        <translation>Der Kampf ist bereits pausiert.</translation>
    </message>
    <message>
        <source>Pause combat</source>
        <translation>Kampf pausieren</translation>
    </message>
    <message>
        <source>Combat is not paused.</source>
        <translation>Der Kampf ist nicht pausiert.</translation>
    </message>
    <message>
        <source>Resume combat</source>
        <translation>Kampf fortsetzen</translation>
    </message>
    <message>
        <source>Combat is paused. Resume it to change turns.</source>
        <translation>Der Kampf ist pausiert. Setzen Sie ihn fort, um den Zug zu wechseln.</translation>
    </message>
    <message>
        <source>The combatant acting is not in this encounter.</source>
        <translation>Der handelnde Kampfteilnehmer ist nicht in dieser Begegnung.</translation>
    </message>
    <message>
        <source>Everyone is already rested: nothing for a long rest to restore.</source>
        <translation>Alle sind bereits ausgeruht: Eine lange Rast hat nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Long rest for %1</source>
        <translation>Lange Rast für %1</translation>
    </message>
</context>
<context>
    <name>dnd::sync::AccountClient</name>
    <message>
        <source>The sync service gave no payment page.</source>
        <translation>Der Synchronisierungsdienst hat keine Zahlungsseite geliefert.</translation>
    </message>
    <message>
        <source>The sync service answered without the sign-in tokens.</source>
        <translation>Der Synchronisierungsdienst antwortete ohne die Anmelde-Token.</translation>
    </message>
    <message>
        <source>The sync service answered without a share code.</source>
        <translation>Der Synchronisationsdienst hat ohne Freigabecode geantwortet.</translation>
    </message>
    <message>
        <source>The sync service answered without the new API token.</source>
        <translation>Der Synchronisierungsdienst antwortete ohne das neue API-Token.</translation>
    </message>
</context>
<context>
    <name>dnd::sync::SyncEngine</name>
    <message>
        <source>The sync service processed changes up to %1 of %2.</source>
        <translation>Der Synchronisierungsdienst hat Änderungen bis %1 von %2 verarbeitet.</translation>
    </message>
    <message>
        <source>The sync service keeps refusing this device: %1</source>
        <translation>Der Synchronisierungsdienst weist dieses Gerät weiterhin ab: %1</translation>
    </message>
    <message>
        <source>The sync service&apos;s data was restored or reset.</source>
        <translation>Die Daten des Synchronisierungsdienstes wurden wiederhergestellt oder zurückgesetzt.</translation>
    </message>
    <message>
        <source>The sync service has processed changes up to %1; this device sent up to %2.</source>
        <translation>Der Synchronisierungsdienst hat Änderungen bis %1 verarbeitet; dieses Gerät hat bis %2 gesendet.</translation>
    </message>
    <message>
        <source>The sync service refuses even the smallest change as too large.</source>
        <translation>Der Synchronisierungsdienst lehnt selbst die kleinste Änderung als zu groß ab.</translation>
    </message>
    <message>
        <source>This change to a %1 is larger than the sync service accepts; it stays on this device.</source>
        <translation>Diese Änderung an einem %1-Datensatz ist größer, als der Synchronisierungsdienst annimmt; sie bleibt auf diesem Gerät.</translation>
    </message>
    <message>
        <source>The sync service has processed changes up to %1; this device made %2.</source>
        <translation>Der Synchronisierungsdienst hat Änderungen bis %1 verarbeitet; dieses Gerät hat %2 vorgenommen.</translation>
    </message>
</context>
</TS>
