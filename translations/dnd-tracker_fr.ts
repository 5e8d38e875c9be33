<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupManager</name>
    <message>
        <source>The database handle is not available for a backup.</source>
        <translation>La connexion à la base n&apos;est pas disponible pour une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not create the backup file %1: %2</source>
        <translation>Impossible de créer le fichier de sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>La sauvegarde vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Could not move the finished backup to %1: %2</source>
        <translation>Impossible de déplacer la sauvegarde terminée vers %1 : %2</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>La sauvegarde est inutilisable : %1</translation>
    </message>
    <message>
        <source>The backup is damaged too: %1</source>
        <translation>La sauvegarde est endommagée elle aussi : %1</translation>
    </message>
    <message>
        <source>Could not move %1 aside before restoring.</source>
        <translation>Impossible de mettre %1 de côté avant la restauration.</translation>
    </message>
    <message>
        <source>Could not copy the backup to %1: %2</source>
        <translation>Impossible de copier la sauvegarde vers %1 : %2</translation>
    </message>
    <message>
        <source>Could not mark %1 as restored: %2</source>
        <translation>Impossible de marquer %1 comme restaurée : %2</translation>
    </message>
</context>
<context>
    <name>Bestiary</name>
    <message>
        <source>The bundled bestiary is missing from this build (%1).</source>
        <translation>Le bestiaire fourni manque dans cette version (%1).</translation>
    </message>
    <message>
        <source>The bundled bestiary cannot be read.</source>
        <translation>Le bestiaire fourni ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The bundled bestiary is missing from this build.</source>
        <translation>Le bestiaire fourni manque dans cette version.</translation>
    </message>
    <message>
        <source>The bundled bestiary could not be installed: %1</source>
        <translation>Impossible d&apos;installer le bestiaire fourni : %1</translation>
    </message>
</context>
<context>
    <name>BestiaryBuilder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not validate: %2</source>
        <translation>%1 n&apos;est pas valide : %2</translation>
    </message>
</context>
<context>
    <name>CombatLogText</name>
    <message>
        <source>massive damage</source>
        <translation>dégâts massifs</translation>
    </message>
    <message>
        <source>three failed death saves</source>
        <translation>trois jets contre la mort ratés</translation>
    </message>
    <message>
        <source>exhaustion</source>
        <translation>épuisement</translation>
    </message>
    <message>
        <source>dropped to 0 HP</source>
        <translation>tombé à 0 pv</translation>
    </message>
    <message>
        <source>failed the save</source>
        <translation>jet de sauvegarde raté</translation>
    </message>
    <message>
        <source>died</source>
        <translation>mort</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>vaincu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 took %2 damage from %3</source>
        <translation>%1 a subi %2 dégâts de %3</translation>
    </message>
    <message>
        <source>%1 took %2 %3 damage from %4</source>
        <translation>%1 a subi %2 dégâts (%3) de %4</translation>
    </message>
    <message>
        <source>%1 took %2 damage</source>
        <translation>%1 a subi %2 dégâts</translation>
    </message>
    <message>
        <source>%1 took %2 %3 damage</source>
        <translation>%1 a subi %2 dégâts (%3)</translation>
    </message>
    <message>
        <source>critical hit</source>
        <translation>coup critique</translation>
    </message>
    <message>
        <source>halved</source>
        <translation>réduits de moitié</translation>
    </message>
    <message>
        <source>doubled</source>
        <translation>doublés</translation>
    </message>
    <message>
        <source>immune</source>
        <translation>immunisé</translation>
    </message>
    <message>
        <source>resisted</source>
        <translation>résistance</translation>
    </message>
    <message>
        <source>vulnerable</source>
        <translation>vulnérable</translation>
    </message>
    <message>
        <source>%1 rolled</source>
        <translation>%1 au dé</translation>
    </message>
    <message>
        <source>%1 healed %2 for %3</source>
        <translation>%1 a soigné %2 de %3</translation>
    </message>
    <message>
        <source>%1 regained %2 HP</source>
        <translation>%1 a récupéré %2 pv</translation>
    </message>
    <message>
        <source>%1 gave %2 %3 temporary HP</source>
        <translation>%1 a donné %3 pv temporaires à %2</translation>
    </message>
    <message>
        <source>%1 gained %2 temporary HP</source>
        <translation>%1 a reçu %2 pv temporaires</translation>
    </message>
    <message>
        <source>%1 gave %2 the condition %3</source>
        <translation>%1 a infligé l&apos;état %3 à %2</translation>
    </message>
    <message>
        <source>%1 gained the condition %2</source>
        <translation>%1 a reçu l&apos;état %2</translation>
    </message>
    <message>
        <source>%1 for 1 round</source>
        <translation>%1 pour 1 round</translation>
    </message>
    <message>
        <source>%1 (hidden from the players)</source>
        <translation>%1 (caché aux joueurs)</translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <translation>%1 a retiré %2 de %3</translation>
    </message>
    <message>
        <source>%1 no longer has the condition %2</source>
        <translation>%1 n&apos;a plus l&apos;état %2</translation>
    </message>
    <message>
        <source>The players see %1 by their own name again</source>
        <translation>Les joueurs voient de nouveau %1 sous son propre nom</translation>
    </message>
    <message>
        <source>The players see %1 as “%2”</source>
        <translation>Les joueurs voient %1 comme « %2 »</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommé en %2</translation>
    </message>
    <message>
        <source>Changed the details of %1</source>
        <translation>Détails de %1 modifiés</translation>
    </message>
    <message>
        <source>%1 stopped concentrating</source>
        <translation>%1 ne se concentre plus</translation>
    </message>
    <message>
        <source>%1 kept concentration (%2 against DC %3)</source>
        <translation>%1 a maintenu sa concentration (%2 contre DD %3)</translation>
    </message>
    <message>
        <source>%1 lost concentration (%2 against DC %3)</source>
        <translation>%1 a perdu sa concentration (%2 contre DD %3)</translation>
    </message>
    <message>
        <source>%1 rolled %2 on a death save (successes %3, failures %4)</source>
        <translation>%1 a obtenu %2 au jet contre la mort (réussites %3, échecs %4)</translation>
    </message>
    <message>
        <source>%1 rolled %2 on a d6: %3 is ready again</source>
        <translation>%1 a obtenu %2 au d6 : %3 est de nouveau prêt</translation>
    </message>
    <message>
        <source>%1 rolled %2 on a d6: %3 is not ready yet</source>
        <translation>%1 a obtenu %2 au d6 : %3 n&apos;est pas encore prêt</translation>
    </message>
    <message>
        <source>The DM rolled %1</source>
        <translation>Le MJ a lancé %1</translation>
    </message>
    <message>
        <source>%1 rolled %2</source>
        <translation>%1 a lancé %2</translation>
    </message>
    <message>
        <source>%1 finished a long rest (HP %2 of %3)</source>
        <translation>%1 a terminé un repos long (pv %2 sur %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>Added %1 (hidden)</source>
        <translation>%1 ajouté (caché)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>Hid %1 from the players</source>
        <translation>%1 caché aux joueurs</translation>
    </message>
    <message>
        <source>Revealed %1 to the players</source>
        <translation>%1 révélé aux joueurs</translation>
    </message>
    <message>
        <source>Initiative of %1 set to %2</source>
        <translation>Initiative de %1 fixée à %2</translation>
    </message>
    <message>
        <source>%1 rolled %2 for initiative (d20 %3, modifier %4)</source>
        <translation>%1 a obtenu %2 en initiative (d20 %3, modificateur %4)</translation>
    </message>
    <message>
        <source>Moved %1 among those tied on initiative</source>
        <translation>%1 déplacé parmi les ex æquo d&apos;initiative</translation>
    </message>
    <message>
        <source>Changed the initiative options</source>
        <translation>Options d&apos;initiative modifiées</translation>
    </message>
    <message>
        <source>Lair actions turned on</source>
        <translation>Actions de repaire activées</translation>
    </message>
    <message>
        <source>Lair actions turned off</source>
        <translation>Actions de repaire désactivées</translation>
    </message>
    <message>
        <source>The condition %1 on %2 ran out</source>
        <translation>L&apos;état %1 de %2 a expiré</translation>
    </message>
    <message>
        <source>Exhaustion of %1 is now level %2</source>
        <translation>L&apos;épuisement de %1 est maintenant au niveau %2</translation>
    </message>
    <message>
        <source>%1 began concentrating</source>
        <translation>%1 a commencé à se concentrer</translation>
    </message>
    <message>
        <source>%1 began concentrating on %2</source>
        <translation>%1 a commencé à se concentrer sur %2</translation>
    </message>
    <message>
        <source>%1 must make a DC %2 Constitution save to keep concentrating</source>
        <translation>%1 doit réussir un jet de sauvegarde de Constitution DD %2 pour rester concentré</translation>
    </message>
    <message>
        <source>%1&apos;s turn</source>
        <translation>Tour de %1</translation>
    </message>
    <message>
        <source>Round %1 began</source>
        <translation>Début du round %1</translation>
    </message>
    <message>
        <source>Back to the previous turn</source>
        <translation>Retour au tour précédent</translation>
    </message>
    <message>
        <source>Back to %1&apos;s turn</source>
        <translation>Retour au tour de %1</translation>
    </message>
    <message>
        <source>Combat started</source>
        <translation>Combat commencé</translation>
    </message>
    <message>
        <source>Combat ended in round %1</source>
        <translation>Combat terminé au round %1</translation>
    </message>
    <message>
        <source>Combat paused</source>
        <translation>Combat en pause</translation>
    </message>
    <message>
        <source>Combat resumed</source>
        <translation>Combat repris</translation>
    </message>
    <message>
        <source>Maximum HP of %1 set to %2</source>
        <translation>pv maximum de %1 fixés à %2</translation>
    </message>
    <message>
        <source>%1 died</source>
        <translation>%1 est mort</translation>
    </message>
    <message>
        <source>%1 fell unconscious and is dying</source>
        <translation>%1 est inconscient et agonise</translation>
    </message>
    <message>
        <source>%1 was defeated by %2</source>
        <translation>%1 a été vaincu par %2</translation>
    </message>
    <message>
        <source>%1 was defeated</source>
        <translation>%1 a été vaincu</translation>
    </message>
    <message>
        <source>%1 must make a death save</source>
        <translation>%1 doit faire un jet contre la mort</translation>
    </message>
    <message>
        <source>%1 failed a death save from the damage</source>
        <translation>%1 a raté un jet contre la mort à cause des dégâts</translation>
    </message>
    <message>
        <source>%1 is stable</source>
        <translation>%1 est stable</translation>
    </message>
    <message>
        <source>%1 used a legendary action (%2 left)</source>
        <translation>%1 a utilisé une action légendaire (reste %2)</translation>
    </message>
    <message>
        <source>%1 used a legendary action costing %2 (%3 left)</source>
        <translation>%1 a utilisé une action légendaire coûtant %2 (reste %3)</translation>
    </message>
    <message>
        <source>%1 used a legendary resistance (%2 left)</source>
        <translation>%1 a utilisé une résistance légendaire (reste %2)</translation>
    </message>
    <message>
        <source>%1 used their reaction</source>
        <translation>%1 a utilisé sa réaction</translation>
    </message>
    <message>
        <source>%1 has their reaction again</source>
        <translation>%1 a de nouveau sa réaction</translation>
    </message>
    <message>
        <source>%1 used %2</source>
        <translation>%1 a utilisé %2</translation>
    </message>
    <message>
        <source>acid</source>
        <translation>acide</translation>
    </message>
    <message>
        <source>bludgeoning</source>
        <translation>contondant</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>froid</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>feu</translation>
    </message>
    <message>
        <source>force</source>
        <translation>force</translation>
    </message>
    <message>
        <source>lightning</source>
        <translation>foudre</translation>
    </message>
    <message>
        <source>necrotic</source>
        <translation>nécrotique</translation>
    </message>
    <message>
        <source>piercing</source>
        <translation>perforant</translation>
    </message>
    <message>
        <source>poison</source>
        <translation>poison</translation>
    </message>
    <message>
        <source>psychic</source>
        <translation>psychique</translation>
    </message>
    <message>
        <source>radiant</source>
        <translation>radiant</translation>
    </message>
    <message>
        <source>slashing</source>
        <translation>tranchant</translation>
    </message>
    <message>
        <source>thunder</source>
        <translation>tonnerre</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n rounds</source>
        <translation>
            <numerusform>%1 pour %n round</numerusform>
            <numerusform>%1 pour %n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n death saves from the damage</source>
        <translation>
            <numerusform>%1 a raté %n jet contre la mort à cause des dégâts</numerusform>
            <numerusform>%1 a raté %n jets contre la mort à cause des dégâts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has 1 legendary action again</source>
        <translation>%1 a de nouveau 1 action légendaire</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n legendary actions again</source>
        <translation>
            <numerusform>%1 a de nouveau %n action légendaire</numerusform>
            <numerusform>%1 a de nouveau %n actions légendaires</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>« %1 » %2</translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <source>Blinded</source>
        <translation>Aveuglé</translation>
    </message>
    <message>
        <source>Sees nothing; its attacks are at disadvantage, attacks on it at advantage.</source>
        <translation>Ne voit rien ; ses attaques ont le désavantage, les attaques contre lui l&apos;avantage.</translation>
    </message>
    <message>
        <source>Sees nothing; checks needing sight fail; its attacks at disadvantage, attacks on it at advantage.</source>
        <translation>Ne voit rien ; les tests qui exigent la vue échouent ; ses attaques ont le désavantage, les attaques contre lui l&apos;avantage.</translation>
    </message>
    <message>
        <source>Charmed</source>
        <translation>Charmé</translation>
    </message>
    <message>
        <source>Will not harm the charmer, who has advantage when dealing with it socially.</source>
        <translation>Ne fait pas de mal à celui qui l&apos;a charmé, qui a l&apos;avantage dans ses interactions sociales avec lui.</translation>
    </message>
    <message>
        <source>Deafened</source>
        <translation>Assourdi</translation>
    </message>
    <message>
        <source>Hears nothing; checks that rely on hearing fail.</source>
        <translation>N&apos;entend rien ; les tests qui reposent sur l&apos;ouïe échouent.</translation>
    </message>
    <message>
        <source>Frightened</source>
        <translation>Terrorisé</translation>
    </message>
    <message>
        <source>Disadvantage on checks and attacks while it sees the source; cannot move closer to it.</source>
        <translation>Désavantage aux tests et aux attaques tant qu&apos;il voit la source ; ne peut pas s&apos;en approcher.</translation>
    </message>
    <message>
        <source>Grappled</source>
        <translation>Agrippé</translation>
    </message>
    <message>
        <source>Speed 0; ends when the grappler is incapacitated or they are separated.</source>
        <translation>Vitesse 0 ; prend fin quand celui qui l&apos;agrippe est neutralisé ou qu&apos;ils sont séparés.</translation>
    </message>
    <message>
        <source>Speed 0; disadvantage on attacks against anyone but the grappler, who can drag it along.</source>
        <translation>Vitesse 0 ; désavantage aux attaques contre tout autre que celui qui l&apos;agrippe, qui peut l&apos;entraîner avec lui.</translation>
    </message>
    <message>
        <source>Incapacitated</source>
        <translation>Neutralisé</translation>
    </message>
    <message>
        <source>Can take no actions and no reactions.</source>
        <translation>Ne peut effectuer ni action ni réaction.</translation>
    </message>
    <message>
        <source>No actions, bonus actions or reactions; concentration ends; cannot speak; disadvantage on initiative.</source>
        <translation>Ni action, ni action bonus, ni réaction ; la concentration prend fin ; ne peut pas parler ; désavantage à l&apos;initiative.</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisible</translation>
    </message>
    <message>
        <source>Unseen without magic; its attacks at advantage, attacks on it at disadvantage.</source>
        <translation>Invisible sans magie ; ses attaques ont l&apos;avantage, les attaques contre lui le désavantage.</translation>
    </message>
    <message>
        <source>Unseen and hard to locate; advantage on initiative and its attacks, attacks on it at disadvantage.</source>
        <translation>Invisible et difficile à localiser ; avantage à l&apos;initiative et à ses attaques, les attaques contre lui ont le désavantage.</translation>
    </message>
    <message>
        <source>Paralyzed</source>
        <translation>Paralysé</translation>
    </message>
    <message>
        <source>Incapacitated and motionless; fails Str and Dex saves; close hits on it are critical.</source>
        <translation>Neutralisé et immobile ; échoue aux jets de sauvegarde de Force et de Dextérité ; les coups au contact contre lui sont critiques.</translation>
    </message>
    <message>
        <source>Incapacitated, speed 0; fails Str and Dex saves; attacks on it have advantage, close hits are critical.</source>
        <translation>Neutralisé, vitesse 0 ; échoue aux jets de sauvegarde de Force et de Dextérité ; les attaques contre lui ont l&apos;avantage, les coups au contact sont critiques.</translation>
    </message>
    <message>
        <source>Petrified</source>
        <translation>Pétrifié</translation>
    </message>
    <message>
        <source>Turned to stone: incapacitated, resists all damage, immune to poison and disease.</source>
        <translation>Changé en pierre : neutralisé, résistant à tous les dégâts, immunisé contre le poison et la maladie.</translation>
    </message>
    <message>
        <source>Poisoned</source>
        <translation>Empoisonné</translation>
    </message>
    <message>
        <source>Disadvantage on attack rolls and ability checks.</source>
        <translation>Désavantage aux jets d&apos;attaque et aux tests de caractéristique.</translation>
    </message>
    <message>
        <source>Prone</source>
        <translation>À terre</translation>
    </message>
    <message>
        <source>On the ground: crawls or spends half its speed to stand; close attackers have advantage, distant ones disadvantage.</source>
        <translation>Au sol : rampe ou dépense la moitié de sa vitesse pour se relever ; les attaquants proches ont l&apos;avantage, ceux à distance le désavantage.</translation>
    </message>
    <message>
        <source>Restrained</source>
        <translation>Entravé</translation>
    </message>
    <message>
        <source>Speed 0; its attacks and Dex saves at disadvantage, attacks on it at advantage.</source>
        <translation>Vitesse 0 ; ses attaques et ses jets de sauvegarde de Dextérité ont le désavantage, les attaques contre lui l&apos;avantage.</translation>
    </message>
    <message>
        <source>Stunned</source>
        <translation>Étourdi</translation>
    </message>
    <message>
        <source>Incapacitated, barely speaks; fails Str and Dex saves; attacks on it at advantage.</source>
        <translation>Neutralisé, parle à peine ; échoue aux jets de sauvegarde de Force et de Dextérité ; les attaques contre lui ont l&apos;avantage.</translation>
    </message>
    <message>
        <source>Unconscious</source>
        <translation>Inconscient</translation>
    </message>
    <message>
        <source>Out cold and prone: incapacitated, drops what it holds, fails Str and Dex saves; close hits are critical.</source>
        <translation>Évanoui et à terre : neutralisé, lâche ce qu&apos;il tient, échoue aux jets de sauvegarde de Force et de Dextérité ; les coups au contact sont critiques.</translation>
    </message>
    <message>
        <source>Exhaustion</source>
        <translation>Épuisement</translation>
    </message>
    <message>
        <source>Fatigue in six levels, each adding a penalty; level 6 is death.</source>
        <translation>Fatigue en six niveaux, chacun ajoutant une pénalité ; le niveau 6 est la mort.</translation>
    </message>
    <message>
        <source>Fatigue in six levels: every d20 test -2 and speed -5 ft per level; level 6 is death.</source>
        <translation>Fatigue en six niveaux : chaque test de d20 à -2 et vitesse -1,5 m (5 ft) par niveau ; le niveau 6 est la mort.</translation>
    </message>
    <message>
        <source>Disadvantage on ability checks.</source>
        <translation>Désavantage aux tests de caractéristique.</translation>
    </message>
    <message>
        <source>Speed halved (and level 1).</source>
        <translation>Vitesse réduite de moitié (et niveau 1).</translation>
    </message>
    <message>
        <source>Disadvantage on attack rolls and saving throws (and levels 1-2).</source>
        <translation>Désavantage aux jets d&apos;attaque et de sauvegarde (et niveaux 1-2).</translation>
    </message>
    <message>
        <source>Hit point maximum halved (and levels 1-3).</source>
        <translation>Maximum de points de vie réduit de moitié (et niveaux 1-3).</translation>
    </message>
    <message>
        <source>Speed 0 (and levels 1-4).</source>
        <translation>Vitesse 0 (et niveaux 1-4).</translation>
    </message>
    <message>
        <source>Death.</source>
        <translation>Mort.</translation>
    </message>
    <message>
        <source>%1 to every d20 test; speed reduced by %2 ft.</source>
        <translation>%1 à chaque test de d20 ; vitesse réduite de %2 ft.</translation>
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
        <translation>Aucune connexion n&apos;est enregistrée pour ce compte.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1), so the sign-in is not kept; you will be asked to sign in again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur (%1), la connexion n&apos;est donc pas conservée ; elle vous sera redemandée la prochaine fois.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>Le trousseau a refusé l&apos;accès (%1).</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1), so the sign-in is not kept; you will be asked to sign in again next time.</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé (%1), la connexion n&apos;est donc pas conservée ; elle vous sera redemandée la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data file %1 is not a regular file. Choose another data folder.</source>
        <translation>Le fichier de données %1 n&apos;est pas un fichier ordinaire. Choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read (%2). Check its permissions; nothing was changed.</source>
        <translation>Le fichier de données %1 ne peut pas être lu (%2). Vérifiez ses permissions ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The data file %1 is not a tracker database or is damaged. It was left untouched; restore a backup or choose another data folder.</source>
        <translation>Le fichier de données %1 n&apos;est pas une base de l&apos;application ou il est endommagé. Il n&apos;a pas été touché ; restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>The data file %1 has a damaged header. It was left untouched; restore the latest backup.</source>
        <translation>L&apos;en-tête du fichier de données %1 est endommagé. Il n&apos;a pas été touché ; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The data file %1 is truncated (%2 of %3 bytes). It was left untouched; restore the latest backup.</source>
        <translation>Le fichier de données %1 est tronqué (%2 octets sur %3). Il n&apos;a pas été touché ; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>check the data file</source>
        <translation>vérifier le fichier de données</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). It was left untouched; restore the latest backup.</source>
        <translation>Le fichier de données %1 est endommagé (%2). Il n&apos;a pas été touché ; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Could not check the data file %1 (%2). Nothing will be written to it until it can be checked; start the tracker again.</source>
        <translation>Impossible de vérifier le fichier de données %1 (%2). Rien n&apos;y sera écrit tant qu&apos;il n&apos;aura pas pu être vérifié ; relancez l&apos;application.</translation>
    </message>
    <message>
        <source>The data file %1 and its folder cannot be written (%2).</source>
        <translation>Le fichier de données %1 et son dossier ne sont pas accessibles en écriture (%2).</translation>
    </message>
    <message>
        <source>The data file %1 cannot be written (%2).</source>
        <translation>Le fichier de données %1 n&apos;est pas accessible en écriture (%2).</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only.</source>
        <translation>Le dossier de données %1 est en lecture seule.</translation>
    </message>
    <message>
        <source>%1 The tracker opened the file read-only: you can look at everything in it, but no change is saved. Make the file and its folder writable, then start the tracker again.</source>
        <translation>%1 Le tracker a ouvert le fichier en lecture seule : vous pouvez tout y consulter, mais aucune modification n&apos;est enregistrée. Rendez le fichier et son dossier accessibles en écriture, puis redémarrez le tracker.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2: %3). It was left untouched; restore the latest backup.</source>
        <translation>Le fichier de données %1 est endommagé (%2 : %3). Il n&apos;a pas été touché ; restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>Could not open the data file %1 (%2: %3). It was left untouched.</source>
        <translation>Impossible d&apos;ouvrir le fichier de données %1 (%2 : %3). Il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>The data file is damaged (%1: %2). Restore the latest backup.</source>
        <translation>Le fichier de données est endommagé (%1 : %2). Restaurez la dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The data file is busy in another program (%1: %2). Close other copies of the tracker and try again.</source>
        <translation>Le fichier de données est occupé par un autre programme (%1 : %2). Fermez les autres copies de l&apos;application et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full (%1: %2). Free some space; the change was not saved.</source>
        <translation>Le disque est plein (%1 : %2). Libérez de l&apos;espace ; la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The data file cannot be written (%1: %2). Check that the file and its folder are writable; the change was not saved.</source>
        <translation>Le fichier de données ne peut pas être écrit (%1 : %2). Vérifiez que le fichier et son dossier sont accessibles en écriture ; la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Impossible de %1 : %2</translation>
    </message>
    <message>
        <source>Could not %1: %2. Check the data folder&apos;s permissions.</source>
        <translation>Impossible de %1 : %2. Vérifiez les permissions du dossier de données.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>Il n&apos;y a pas de fichier de données à %1.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>The data folder of %1 is read-only, and the file&apos;s latest changes are still in %1-wal, which can only be read from a writable folder. Nothing was changed; make the folder writable, then start the tracker again.</source>
        <translation>Le dossier de %1 est en lecture seule, et les dernières modifications du fichier se trouvent encore dans %1-wal, qui ne peut être lu que depuis un dossier accessible en écriture. Rien n&apos;a été modifié ; rendez le dossier accessible en écriture, puis redémarrez le tracker.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>lire la version du schéma</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of the tracker (schema %2; this version knows up to %3). It was left untouched; update the tracker to open it.</source>
        <translation>Le fichier de données %1 a été écrit par une version plus récente de l&apos;application (schéma %2 ; cette version connaît jusqu&apos;au %3). Il n&apos;a pas été touché ; mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation>lire le schéma</translation>
    </message>
    <message>
        <source>The data file %1 cannot be written, and this version of the tracker must first upgrade it (schema %2 to %3). It was left untouched; make the file and its folder writable, then start the tracker again.</source>
        <translation>Le fichier de données %1 n&apos;est pas accessible en écriture, et cette version du tracker doit d&apos;abord le mettre à niveau (schéma %2 vers %3). Il n&apos;a pas été modifié ; rendez le fichier et son dossier accessibles en écriture, puis redémarrez le tracker.</translation>
    </message>
    <message>
        <source>switch to write-ahead logging</source>
        <translation>passer en journalisation anticipée (WAL)</translation>
    </message>
    <message>
        <source>The data folder does not support write-ahead logging (journal mode stayed %1). Choose a data folder on a local disk.</source>
        <translation>Le dossier de données ne prend pas en charge la journalisation anticipée (le mode de journal est resté %1). Choisissez un dossier de données sur un disque local.</translation>
    </message>
    <message>
        <source>Upgrading the data file to schema %1 failed; it was left at schema %2. %3</source>
        <translation>La mise à niveau du fichier de données vers le schéma %1 a échoué ; il est resté au schéma %2. %3</translation>
    </message>
    <message>
        <source>prepare %1</source>
        <translation>préparer %1</translation>
    </message>
</context>
<context>
    <name>DdbCharacterReader</name>
    <message>
        <source>It has no name.</source>
        <translation>Il n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The level of its class %1 is not a number.</source>
        <translation>Le niveau de sa classe %1 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Its %1 score is not a number.</source>
        <translation>Sa valeur de %1 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>It has no hit points.</source>
        <translation>Il n&apos;a pas de points de vie.</translation>
    </message>
    <message>
        <source>The file is not a D&amp;D Beyond character.</source>
        <translation>Le fichier n&apos;est pas un personnage D&amp;D Beyond.</translation>
    </message>
    <message>
        <source>D&amp;D Beyond characters</source>
        <translation>Personnages D&amp;D Beyond</translation>
    </message>
    <message>
        <source>It is not a D&amp;D Beyond character.</source>
        <translation>Ce n&apos;est pas un personnage D&amp;D Beyond.</translation>
    </message>
</context>
<context>
    <name>DiceExpression</name>
    <message>
        <source>%1 (at position %2).</source>
        <translation>%1 (à la position %2).</translation>
    </message>
    <message>
        <source>The expression is empty</source>
        <translation>L&apos;expression est vide</translation>
    </message>
    <message>
        <source>Expected + or - but found &apos;%1&apos;</source>
        <translation>+ ou - attendu, mais « %1 » trouvé</translation>
    </message>
    <message>
        <source>Expected a number or dice after &apos;%1&apos;</source>
        <translation>Nombre ou dés attendus après « %1 »</translation>
    </message>
    <message>
        <source>The number at position %1 is too large.</source>
        <translation>Le nombre à la position %1 est trop grand.</translation>
    </message>
    <message>
        <source>Expected a number or dice</source>
        <translation>Nombre ou dés attendus</translation>
    </message>
    <message>
        <source>Expected a number or dice but found &apos;%1&apos;</source>
        <translation>Nombre ou dés attendus, mais « %1 » trouvé</translation>
    </message>
    <message>
        <source>The number %1 is larger than %2.</source>
        <translation>Le nombre %1 est plus grand que %2.</translation>
    </message>
    <message>
        <source>A dice term needs at least one die</source>
        <translation>Un terme de dés a besoin d&apos;au moins un dé</translation>
    </message>
    <message>
        <source>%1 dice are more than the %2 allowed.</source>
        <translation>%1 dés, c&apos;est plus que les %2 permis.</translation>
    </message>
    <message>
        <source>Expected the number of sides after &apos;d&apos;</source>
        <translation>Nombre de faces attendu après « d »</translation>
    </message>
    <message>
        <source>Dice with more than %1 sides are not allowed (position %2).</source>
        <translation>Les dés de plus de %1 faces ne sont pas permis (position %2).</translation>
    </message>
    <message>
        <source>A die needs at least one side</source>
        <translation>Un dé a besoin d&apos;au moins une face</translation>
    </message>
    <message>
        <source>Expected &apos;h&apos; or &apos;l&apos; after &apos;d&apos; to drop dice</source>
        <translation>« h » ou « l » attendu après « d » pour écarter des dés</translation>
    </message>
    <message>
        <source>Expected how many dice to keep or drop</source>
        <translation>Nombre de dés à garder ou à écarter attendu</translation>
    </message>
    <message>
        <source>The keep or drop count is not sensible</source>
        <translation>Le nombre de dés à garder ou à écarter n&apos;a pas de sens</translation>
    </message>
    <message>
        <source>Cannot %1 %2 of %3 dice</source>
        <translation>Impossible de %1 %2 dés sur %3</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>garder</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>écarter</translation>
    </message>
    <message>
        <source>The expression is %1 characters long; at most %2 are allowed.</source>
        <translation>L&apos;expression fait %1 caractères ; au plus %2 sont permis.</translation>
    </message>
    <message>
        <source>The expression rolls %1 dice; at most %2 are allowed.</source>
        <translation>L&apos;expression lance %1 dés ; au plus %2 sont permis.</translation>
    </message>
</context>
<context>
    <name>Difficulty</name>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Deadly</source>
        <translation>Mortelle</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Triviale</translation>
    </message>
    <message>
        <source>The party needs at least one character.</source>
        <translation>Le groupe a besoin d&apos;au moins un personnage.</translation>
    </message>
    <message>
        <source>Character level %1 is outside 1 to 20.</source>
        <translation>Le niveau de personnage %1 n&apos;est pas compris entre 1 et 20.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a challenge rating (0, 1/8, 1/4, 1/2 or 1 to 30).</source>
        <translation>« %1 » n&apos;est pas un facteur de puissance (0, 1/8, 1/4, 1/2 ou de 1 à 30).</translation>
    </message>
    <message>
        <source>A monster count must be between 1 and 1000, not %1.</source>
        <translation>Un nombre de monstres doit être compris entre 1 et 1000, pas %1.</translation>
    </message>
    <message>
        <source>Give the party as character levels, e.g. 5,5,5,5.</source>
        <translation>Indiquez le groupe par niveaux de personnage, p. ex. 5,5,5,5.</translation>
    </message>
    <message>
        <source>A party of more than 100 characters is not supported.</source>
        <translation>Un groupe de plus de 100 personnages n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a character level from 1 to 20.</source>
        <translation>« %1 » n&apos;est pas un niveau de personnage de 1 à 20.</translation>
    </message>
    <message>
        <source>Too many monster entries (at most 1000).</source>
        <translation>Trop d&apos;entrées de monstres (au plus 1000).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a challenge rating with an optional count, e.g. 1/4x6.</source>
        <translation>« %1 » n&apos;est pas un facteur de puissance avec un nombre facultatif, p. ex. 1/4x6.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a count must be between 1 and 1000.</source>
        <translation>« %1 » : un nombre doit être compris entre 1 et 1000.</translation>
    </message>
</context>
<context>
    <name>FiveEDatabaseReader</name>
    <message>
        <source>It has no name or no index.</source>
        <translation>Il n&apos;a pas de nom ou pas d&apos;index.</translation>
    </message>
    <message>
        <source>Its hit points are not a number.</source>
        <translation>Ses points de vie ne sont pas un nombre.</translation>
    </message>
    <message>
        <source>Its %1 score is missing or not a number.</source>
        <translation>Sa valeur de %1 manque ou n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Its challenge rating is missing or not a challenge rating.</source>
        <translation>Son facteur de puissance manque ou n&apos;est pas un facteur de puissance.</translation>
    </message>
    <message>
        <source>The file is not 5e-database monster JSON.</source>
        <translation>Le fichier n&apos;est pas du JSON de monstres 5e-database.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>HybridLogicalClock</name>
    <message>
        <source>Malformed clock value &apos;%1&apos;.</source>
        <translation>Valeur d&apos;horloge mal formée « %1 ».</translation>
    </message>
    <message>
        <source>A change is stamped %1 s ahead of this device&apos;s clock; more than the %2 s allowed. Check the date and time settings of both devices.</source>
        <translation>Une modification est datée de %1 s en avance sur l&apos;horloge de cet appareil, au-delà des %2 s permises. Vérifiez la date et l&apos;heure des deux appareils.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>An earlier item of the file has the same identity (%1); only that one was imported.</source>
        <translation>Un élément précédent du fichier a la même identité (%1) ; seul celui-ci a été importé.</translation>
    </message>
    <message>
        <source>The file is none of the formats the tracker reads (its own export, 5e-database, Open5e, Improved Initiative, D&amp;D Beyond character). Nothing was imported.</source>
        <translation>Le fichier n&apos;est dans aucun des formats que l&apos;application lit (son propre export, 5e-database, Open5e, Improved Initiative, personnage D&amp;D Beyond). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over %3 MB are not imported. Nothing was imported.</source>
        <translation>%1 fait %2 Mo ; les fichiers de plus de %3 Mo ne sont pas importés. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is too large to import. Nothing was imported.</source>
        <translation>Le fichier est trop volumineux pour être importé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>Le fichier n&apos;est pas du JSON valide (%1 à l&apos;octet %2). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1 : %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was imported.</source>
        <translation>L&apos;import n&apos;a pas pu être enregistré : %1 Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>ImprovedInitiativeFormat</name>
    <message>
        <source>Its %1 score is not a number.</source>
        <translation>Sa valeur de %1 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>It has no name.</source>
        <translation>Il n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Its HP or AC value is missing or not a number.</source>
        <translation>Sa valeur de pv ou de CA manque ou n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The file is not Improved Initiative JSON.</source>
        <translation>Le fichier n&apos;est pas du JSON Improved Initiative.</translation>
    </message>
    <message>
        <source>Improved Initiative players</source>
        <translation>Joueurs Improved Initiative</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>It is not an Improved Initiative statblock.</source>
        <translation>Ce n&apos;est pas un bloc de statistiques Improved Initiative.</translation>
    </message>
    <message>
        <source>It is not an Improved Initiative character.</source>
        <translation>Ce n&apos;est pas un personnage Improved Initiative.</translation>
    </message>
    <message>
        <source>It has no list of combatants.</source>
        <translation>Il n&apos;a pas de liste de combattants.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>read the sync state</source>
        <translation>lire l&apos;état de synchronisation</translation>
    </message>
    <message>
        <source>The data file is open read-only.</source>
        <translation>Le fichier de données est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>A %1 record needs an id.</source>
        <translation>Un enregistrement %1 a besoin d&apos;un identifiant.</translation>
    </message>
    <message>
        <source>Bundled creatures are read-only; duplicate one to make your own version.</source>
        <translation>Les créatures fournies sont en lecture seule ; dupliquez-en une pour créer votre propre version.</translation>
    </message>
    <message>
        <source>That %1 was deleted; undo the deletion before editing it.</source>
        <translation>Cet enregistrement %1 a été supprimé ; annulez la suppression avant de le modifier.</translation>
    </message>
    <message>
        <source>The %1 record is too large (%2 characters; at most %3).</source>
        <translation>L&apos;enregistrement %1 est trop grand (%2 caractères ; au plus %3).</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Il n&apos;existe aucun enregistrement %1 avec l&apos;identifiant %2.</translation>
    </message>
</context>
<context>
    <name>NativeFormat</name>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>« %1 » doit être une liste.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>It has no id.</source>
        <translation>Il n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Its id %1 appears twice.</source>
        <translation>Son identifiant %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>The file is not a D&amp;D Encounter Tracker export (its &quot;format&quot; is not &quot;%1&quot;). Nothing was imported.</source>
        <translation>Le fichier n&apos;est pas un export du suivi de rencontres D&amp;D (son « format » n&apos;est pas « %1 »). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1. Nothing was imported.</source>
        <translation>La « version » du fichier doit être un nombre entier à partir de 1. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of the tracker (format version %1; this one reads up to %2). Update the application to import it. Nothing was imported.</source>
        <translation>Le fichier a été écrit par une version plus récente de l&apos;application (version de format %1 ; celle-ci lit jusqu&apos;à %2). Mettez l&apos;application à jour pour l&apos;importer. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Bundled templates are not imported; the file may only carry custom creatures.</source>
        <translation>Les modèles fournis ne sont pas importés ; le fichier ne peut contenir que des créatures personnalisées.</translation>
    </message>
    <message>
        <source>Its encounter %1 is not in the file.</source>
        <translation>Sa rencontre %1 n&apos;est pas dans le fichier.</translation>
    </message>
</context>
<context>
    <name>Open5eReader</name>
    <message>
        <source>It has no name or no slug.</source>
        <translation>Il n&apos;a pas de nom ou pas de slug.</translation>
    </message>
    <message>
        <source>Its armor class or hit points are not numbers.</source>
        <translation>Sa classe d&apos;armure ou ses points de vie ne sont pas des nombres.</translation>
    </message>
    <message>
        <source>Its %1 score is missing or not a number.</source>
        <translation>Sa valeur de %1 manque ou n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Its challenge rating is missing or not a challenge rating.</source>
        <translation>Son facteur de puissance manque ou n&apos;est pas un facteur de puissance.</translation>
    </message>
    <message>
        <source>It has no name or no key.</source>
        <translation>Il n&apos;a pas de nom ou pas de clé.</translation>
    </message>
    <message>
        <source>It is not a fixture record.</source>
        <translation>Ce n&apos;est pas un enregistrement de fixture.</translation>
    </message>
    <message>
        <source>The file holds Open5e creature actions, attacks or traits but no creatures. Import the ...Creature.json file: the files of actions, attacks and traits next to it are read with it. Nothing was imported.</source>
        <translation>Le fichier contient des actions, attaques ou traits de créatures Open5e, mais aucune créature. Importez le fichier ...Creature.json : les fichiers d&apos;actions, d&apos;attaques et de traits placés à côté sont lus avec lui. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file is not Open5e monster JSON.</source>
        <translation>Le fichier n&apos;est pas du JSON de monstres Open5e.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>Ce n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your data file is damaged</source>
        <translation>Votre fichier de données est endommagé</translation>
    </message>
    <message>
        <source>%1

Changes will not be saved until this is resolved.</source>
        <translation>%1

Les modifications ne seront pas enregistrées tant que ce n&apos;est pas résolu.</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restoring it restarts the tracker and keeps the current file beside it, renamed, so nothing is lost.</source>
        <translation>La sauvegarde la plus récente date du %1. La restaurer redémarre l&apos;application et garde le fichier actuel à côté, renommé, pour que rien ne soit perdu.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore.</source>
        <translation>Il n&apos;y a aucune sauvegarde à restaurer dans %1.</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Continuer sans enregistrer</translation>
    </message>
    <message>
        <source>D&amp;D Encounter Tracker</source>
        <translation>Suivi de rencontres D&amp;D</translation>
    </message>
    <message>
        <source>Prepare and run D&amp;D combat encounters.</source>
        <translation>Préparer et mener les combats de D&amp;D.</translation>
    </message>
    <message>
        <source>Use the store in DIR (default: $DND_DATA_DIR, else the application data folder).</source>
        <translation>Utiliser les données du dossier DIR (par défaut : $DND_DATA_DIR, sinon le dossier de données de l&apos;application).</translation>
    </message>
    <message>
        <source>Open the player display at start.</source>
        <translation>Ouvrir l&apos;écran des joueurs au démarrage.</translation>
    </message>
    <message>
        <source>Quit as soon as the main window has been painted once (for start-up measurements).</source>
        <translation>Quitter dès que la fenêtre principale a été dessinée une fois (pour mesurer le démarrage).</translation>
    </message>
    <message>
        <source>A file to import once the window is open (an export of the tracker or another supported format).</source>
        <translation>Un fichier à importer une fois la fenêtre ouverte (un export de l&apos;application ou un autre format pris en charge).</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Échec de la restauration</translation>
    </message>
    <message>
        <source>Bestiary not installed</source>
        <translation>Bestiaire non installé</translation>
    </message>
    <message>
        <source>%1

The bundled creatures are missing from the bestiary; your own data is fine. Free some disk space and start the application again.</source>
        <translation>%1

Les créatures fournies manquent dans le bestiaire ; vos propres données sont intactes. Libérez de l&apos;espace disque et relancez l&apos;application.</translation>
    </message>
    <message>
        <source>%1

Your data was left as it was.</source>
        <translation>%1

Vos données n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>Impossible d&apos;ouvrir vos données</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restoring it keeps the current file beside it, renamed, so nothing is lost.</source>
        <translation>La sauvegarde la plus récente date du %1. La restaurer garde le fichier actuel à côté, renommé, pour que rien ne soit perdu.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Add the example encounter, play a few turns, save tracker.png, player-display.png and export.png in DIR and quit (for the documentation).</source>
        <translation>Ajouter la rencontre d&apos;exemple, jouer quelques tours, enregistrer tracker.png, player-display.png et export.png dans DIR et quitter (pour la documentation).</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The link is too long for a QR code.</source>
        <translation>Le lien est trop long pour un code QR.</translation>
    </message>
</context>
<context>
    <name>Roll20TurnOrder</name>
    <message>
        <source>Roll20&apos;s turn order holds one fight: export a single encounter.</source>
        <translation>L&apos;ordre de tour de Roll20 ne contient qu&apos;un combat : exportez une seule rencontre.</translation>
    </message>
</context>
<context>
    <name>ServiceReply</name>
    <message>
        <source>The sync service could not be reached: %1</source>
        <translation>Le service de synchronisation est injoignable : %1</translation>
    </message>
    <message>
        <source>The sync service answered %1 %2.</source>
        <translation>Le service de synchronisation a répondu %1 %2.</translation>
    </message>
</context>
<context>
    <name>StoreExport</name>
    <message>
        <source>The party to export no longer exists.</source>
        <translation>Le groupe à exporter n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The encounter to export no longer exists.</source>
        <translation>La rencontre à exporter n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>SyncProtocol</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be at most %1 letters, digits or . _ : -</source>
        <translation>doit faire au plus %1 lettres, chiffres ou . _ : -</translation>
    </message>
    <message>
        <source>is not a hybrid logical clock timestamp</source>
        <translation>n&apos;est pas un horodatage d&apos;horloge logique hybride</translation>
    </message>
    <message>
        <source>names no kind of record (&quot;%1&quot;)</source>
        <translation>ne désigne aucun type d&apos;enregistrement (« %1 »)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être vrai ou faux</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>holds %1 entries; at most %2 are allowed</source>
        <translation>contient %1 entrées ; au plus %2 sont permises</translation>
    </message>
    <message>
        <source>must be &quot;put&quot; or &quot;delete&quot;</source>
        <translation>doit être « put » ou « delete »</translation>
    </message>
    <message>
        <source>must be odd for a put</source>
        <translation>doit être impair pour un « put »</translation>
    </message>
    <message>
        <source>must be even for a delete</source>
        <translation>doit être pair pour un « delete »</translation>
    </message>
    <message>
        <source>must be empty for a delete</source>
        <translation>doit être vide pour un « delete »</translation>
    </message>
    <message>
        <source>The other side speaks sync protocol %1; this version speaks %2.</source>
        <translation>L&apos;autre côté parle le protocole de synchronisation %1 ; cette version parle le %2.</translation>
    </message>
    <message>
        <source>must be greater than the previous mutation&apos;s id %1</source>
        <translation>doit être supérieur à l&apos;identifiant de la mutation précédente %1</translation>
    </message>
    <message>
        <source>is after version %1</source>
        <translation>est postérieure à la version %1</translation>
    </message>
    <message>
        <source>is after lastMutationId %1</source>
        <translation>est postérieur à lastMutationId %1</translation>
    </message>
    <message>
        <source>is after the cookie %1</source>
        <translation>est postérieur au cookie %1</translation>
    </message>
</context>
<context>
    <name>UpgradeMenu</name>
    <message>
        <source>%1, %2 a month</source>
        <translation>%1, %2 par mois</translation>
    </message>
    <message>
        <source>This computer is no longer signed in (%1). Sign in again, then try once more.</source>
        <translation>Cet ordinateur n’est plus connecté (%1). Reconnectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <source>Open %1 in a browser.</source>
        <translation>Ouvrez %1 dans un navigateur.</translation>
    </message>
</context>
<context>
    <name>UsageSummary</name>
    <message>
        <source>Parties</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Combatants in one encounter</source>
        <translation>Combattants dans une rencontre</translation>
    </message>
    <message>
        <source>Custom creatures</source>
        <translation>Créatures personnalisées</translation>
    </message>
    <message>
        <source>Combat log entries</source>
        <translation>Entrées du journal de combat</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Player view shares</source>
        <translation>Partages de la vue des joueurs</translation>
    </message>
    <message>
        <source>Stored data</source>
        <translation>Données stockées</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Formule %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2 (unlimited)</source>
        <translation>%1 : %2 (illimité)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>no plan allows more</source>
        <translation>aucune formule n’en permet davantage</translation>
    </message>
    <message>
        <source>the %1 plan has no limit</source>
        <translation>la formule %1 n’a pas de limite</translation>
    </message>
    <message>
        <source>the %1 plan allows %2</source>
        <translation>la formule %1 en permet %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (limit reached: %2)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (limite atteinte : %2)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: not in this plan (%2)</source>
        <translation>%1 : pas dans cette formule (%2)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>must be 0, 1/8, 1/4, 1/2 or 1 to 30</source>
        <translation>doit être 0, 1/8, 1/4, 1/2 ou de 1 à 30</translation>
    </message>
    <message>
        <source>class levels must add up to at most 20</source>
        <translation>la somme des niveaux de classe ne doit pas dépasser 20</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>has a value of the wrong type (%1)</source>
        <translation>a une valeur du mauvais type (%1)</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>doit être %1, pas %2</translation>
    </message>
    <message>
        <source>must be a whole number in range (got %1)</source>
        <translation>doit être un nombre entier dans les limites (reçu : %1)</translation>
    </message>
    <message>
        <source>has a value the tracker does not know (got &quot;%1&quot;)</source>
        <translation>a une valeur que l&apos;application ne connaît pas (reçu : « %1 »)</translation>
    </message>
    <message>
        <source>contains entries of the wrong type</source>
        <translation>contient des entrées du mauvais type</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>doit être compris entre %1 et %2 (reçu : %3)</translation>
    </message>
    <message>
        <source>must be at least %1 (got %2)</source>
        <translation>doit valoir au moins %1 (reçu : %2)</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>doit faire au plus %1 caractères</translation>
    </message>
    <message>
        <source>Invalid data: %1</source>
        <translation>Données non valides : %1</translation>
    </message>
</context>
<context>
    <name>dnd::HealthState</name>
    <message>
        <source>Healthy</source>
        <translation>Indemne</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Blessé</translation>
    </message>
    <message>
        <source>Bloodied</source>
        <translation>En sang</translation>
    </message>
    <message>
        <source>Defeated</source>
        <translation>Vaincu</translation>
    </message>
</context>
<context>
    <name>dnd::gui::AccountDialog</name>
    <message>
        <source>Account and Sync</source>
        <translation>Compte et synchronisation</translation>
    </message>
    <message>
        <source>With an account, your parties, creatures and encounters are kept in step on every device you sign in on. Without one, everything stays on this computer.</source>
        <translation>Avec un compte, vos groupes, créatures et rencontres restent à jour sur chaque appareil où vous vous connectez. Sans compte, tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Upgrade...</source>
        <translation>Passer à l&apos;offre &amp;supérieure...</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2 plan).</source>
        <translation>Connecté en tant que %1 (offre %2).</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address and your email.</source>
        <translation>Saisissez l&apos;adresse du service et votre e-mail.</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Connexion...</translation>
    </message>
    <message>
        <source>Signed in for this session, but the sign-in could not be kept: %1</source>
        <translation>Connecté pour cette session, mais la connexion n&apos;a pas pu être conservée : %1</translation>
    </message>
    <message>
        <source>Signing out...</source>
        <translation>Déconnexion...</translation>
    </message>
    <message>
        <source>Signed out. Your data stays on this computer.</source>
        <translation>Déconnecté. Vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Records that did not sync, and why (they stay on this computer):</source>
        <translation>Enregistrements non synchronisés et pourquoi (ils restent sur cet ordinateur) :</translation>
    </message>
    <message>
        <source>Records not synced</source>
        <translation>Enregistrements non synchronisés</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Send the selected record to the service again, whole</source>
        <translation>Renvoyer l&apos;enregistrement sélectionné au service, en entier</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
    <message>
        <source>Sent again.</source>
        <translation>Renvoyé.</translation>
    </message>
    <message>
        <source>Your email address is not confirmed yet. Open the link in the mail the service sent; until then you can sync, but not buy a plan or share encounters.</source>
        <translation>Votre adresse e-mail n’est pas encore confirmée. Ouvrez le lien du courriel envoyé par le service ; d’ici là, vous pouvez synchroniser, mais ni acheter une formule ni partager des rencontres.</translation>
    </message>
    <message>
        <source>&amp;Resend Mail</source>
        <translation>&amp;Renvoyer le courriel</translation>
    </message>
    <message>
        <source>Plan and usage:</source>
        <translation>Formule et utilisation :</translation>
    </message>
    <message>
        <source>Devices that sync (each holds one of the plan&apos;s slots):</source>
        <translation>Appareils synchronisés (chacun occupe une place de la formule) :</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Re&amp;move Device</source>
        <translation>&amp;Retirer l’appareil</translation>
    </message>
    <message>
        <source>Free the selected device&apos;s slot; it is told the next time it syncs</source>
        <translation>Libérer la place de l’appareil choisi ; il en est informé à sa prochaine synchronisation</translation>
    </message>
    <message>
        <source>&amp;Manage Subscription...</source>
        <translation>&amp;Gérer l’abonnement...</translation>
    </message>
    <message>
        <source>&amp;Create Account...</source>
        <translation>&amp;Créer un compte...</translation>
    </message>
    <message>
        <source>&amp;Forgot Password...</source>
        <translation>Mot de passe &amp;oublié...</translation>
    </message>
    <message>
        <source>This computer now syncs as a new device: %1</source>
        <translation>Cet ordinateur se synchronise désormais comme un nouvel appareil : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Appareil %1</translation>
    </message>
    <message>
        <source>%1, last sync %2</source>
        <translation>%1, dernière synchronisation %2</translation>
    </message>
    <message>
        <source>The device was removed; its slot is free.</source>
        <translation>L’appareil a été retiré ; sa place est libre.</translation>
    </message>
    <message>
        <source>A new confirmation mail is on its way to %1.</source>
        <translation>Un nouveau courriel de confirmation part vers %1.</translation>
    </message>
    <message>
        <source>Account created and signed in. Confirm your address with the link the service mailed to %1.</source>
        <translation>Compte créé et connecté. Confirmez votre adresse avec le lien envoyé par le service à %1.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ActionCatalog</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>New &amp;Party</source>
        <translation>Nouveau &amp;groupe</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New &amp;Encounter</source>
        <translation>Nouvelle &amp;rencontre</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Import creatures, characters or encounters from the tracker&apos;s own export, 5e-database, Open5e, Improved Initiative or D&amp;D Beyond files</source>
        <translation>Importer des créatures, personnages ou rencontres depuis l&apos;export de l&apos;application, ou des fichiers 5e-database, Open5e, Improved Initiative ou D&amp;D Beyond</translation>
    </message>
    <message>
        <source>Add E&amp;xample Party and Encounter</source>
        <translation>Ajouter le groupe et la rencontre d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Account and Sync...</source>
        <translation>&amp;Compte et synchronisation...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Sign in to keep your data in step on every device, and see how sync stands</source>
        <translation>Connectez-vous pour garder vos données à jour sur chaque appareil et voir où en est la synchronisation</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>S&amp;ynchroniser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Focus the search field of the current page</source>
        <translation>Placer le curseur dans le champ de recherche de la page</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Bestiary</source>
        <translation>&amp;Bestiaire</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Encounters</source>
        <translation>&amp;Rencontres</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Tracker</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Player &amp;Display</source>
        <translation>&amp;Écran des joueurs</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Open or close the window for the players</source>
        <translation>Ouvrir ou fermer la fenêtre des joueurs</translation>
    </message>
    <message>
        <source>Player Display &amp;Full Screen</source>
        <translation>Écran des joueurs en &amp;plein écran</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Combat</source>
        <translation>Combat</translation>
    </message>
    <message>
        <source>&amp;Start Combat</source>
        <translation>&amp;Commencer le combat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;End Combat</source>
        <translation>&amp;Terminer le combat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Roll &amp;Initiative</source>
        <translation>Lancer l&apos;&amp;initiative</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Next Turn</source>
        <translation>Tour &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Turn</source>
        <translation>Tour &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Damage...</source>
        <translation>&amp;Dégâts...</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Type an amount and press Enter to damage the selection</source>
        <translation>Saisissez un montant et appuyez sur Entrée pour infliger des dégâts à la sélection</translation>
    </message>
    <message>
        <source>&amp;Heal...</source>
        <translation>&amp;Soigner...</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Temporary HP...</source>
        <translation>pv &amp;temporaires...</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Add &amp;Condition...</source>
        <translation>Ajouter un é&amp;tat...</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Toggle &amp;Hidden</source>
        <translation>Basculer &amp;caché</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Toggle C&amp;oncentration</source>
        <translation>Basculer la c&amp;oncentration</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Roll Death &amp;Save</source>
        <translation>Jet de sauvegarde contre la &amp;mort</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Toggle &amp;Reaction Used</source>
        <translation>Basculer &amp;réaction utilisée</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Use &amp;Legendary Action</source>
        <translation>Utiliser une action &amp;légendaire</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Use Legendary Re&amp;sistance</source>
        <translation>Utiliser une ré&amp;sistance légendaire</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Type Initiati&amp;ve...</source>
        <translation>Saisir l&apos;initiati&amp;ve...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Edit the Init cell of the selected combatant</source>
        <translation>Modifier la cellule Init du combattant sélectionné</translation>
    </message>
    <message>
        <source>Roll Initiative for Selection</source>
        <translation>Lancer l&apos;initiative de la sélection</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <source>Roll Initiative with Advantage</source>
        <translation>Lancer l&apos;initiative avec avantage</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Roll Initiative with Disadvantage</source>
        <translation>Lancer l&apos;initiative avec désavantage</translation>
    </message>
    <message>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <source>Take 10 on Initiative</source>
        <translation>Prendre 10 à l&apos;initiative</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation>Ctrl+Alt+T</translation>
    </message>
    <message>
        <source>Move Up Among Ties</source>
        <translation>Monter parmi les égalités</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Combatants with the same initiative can be reordered</source>
        <translation>Les combattants à égalité d&apos;initiative peuvent être réordonnés</translation>
    </message>
    <message>
        <source>Move Down Among Ties</source>
        <translation>Descendre parmi les égalités</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Set Maximum &amp;HP...</source>
        <translation>Définir les pv &amp;maximaux...</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Use Rechar&amp;ge Ability</source>
        <translation>Utiliser une capacité à rechar&amp;ge</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Use the first ready recharge ability of the selection</source>
        <translation>Utiliser la première capacité à recharge prête de la sélection</translation>
    </message>
    <message>
        <source>Re&amp;move Combatant</source>
        <translation>Reti&amp;rer le combattant</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>E&amp;xport Combat Log...</source>
        <translation>E&amp;xporter le journal de combat...</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Expo&amp;rt...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write everything, or the selected party or encounter, to a file of the tracker&apos;s own format or Improved Initiative&apos;s</source>
        <translation>Écrire tout, ou le groupe ou la rencontre sélectionné, dans un fichier au format du tracker ou à celui d&apos;Improved Initiative</translation>
    </message>
    <message>
        <source>&amp;Add Combatants...</source>
        <translation>&amp;Ajouter des combattants...</translation>
    </message>
    <message>
        <source>Ctrl+Ins</source>
        <translation>Ctrl+Ins</translation>
    </message>
    <message>
        <source>Add monsters from the bestiary or a blank creature, also during a fight</source>
        <translation>Ajouter des monstres du bestiaire ou une créature vierge, même en plein combat</translation>
    </message>
    <message>
        <source>Share &amp;with Players...</source>
        <translation>Partager avec les &amp;joueurs...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>A link and QR code the players open on their phones to follow the open encounter live</source>
        <translation>Un lien et un code QR que les joueurs ouvrent sur leur téléphone pour suivre la rencontre ouverte en direct</translation>
    </message>
    <message>
        <source>Set A&amp;lias...</source>
        <translation>Définir l&apos;a&amp;lias...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>The name the players see for the selected combatant</source>
        <translation>Le nom que les joueurs voient pour le combattant choisi</translation>
    </message>
    <message>
        <source>Pa&amp;use or Resume Combat</source>
        <translation>Mettre en pa&amp;use ou reprendre le combat</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>A break: the clock and the turn keys wait until you resume</source>
        <translation>Une pause : le chrono et les touches de tour attendent la reprise</translation>
    </message>
    <message>
        <source>Acting Com&amp;batant...</source>
        <translation>Com&amp;battant qui agit...</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Who deals the damage, heals or puts on the condition, as the combat log credits it</source>
        <translation>Qui inflige les dégâts, soigne ou applique l&apos;état, tel que le journal de combat l&apos;attribue</translation>
    </message>
    <message>
        <source>Post to &amp;Discord...</source>
        <translation>Publier sur &amp;Discord...</translation>
    </message>
    <message>
        <source>Link a Discord channel: the service posts the open encounter&apos;s fight there</source>
        <translation>Lier un salon Discord : le service y publie le combat de la rencontre ouverte</translation>
    </message>
    <message>
        <source>New Da&amp;y / Long Rest...</source>
        <translation>Nouvelle &amp;journée / Repos long...</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Everyone in the open encounter, or the selected party on the Parties page, finishes a long rest</source>
        <translation>Tous les participants de la rencontre ouverte, ou le groupe choisi sur la page Groupes, terminent un repos long</translation>
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
        <translation>Ajouter des combattants</translation>
    </message>
    <message>
        <source>From the bes&amp;tiary</source>
        <translation>Du bes&amp;tiaire</translation>
    </message>
    <message>
        <source>&amp;Blank creature</source>
        <translation>Créature &amp;vierge</translation>
    </message>
    <message>
        <source>Search the bestiary</source>
        <translation>Rechercher dans le bestiaire</translation>
    </message>
    <message>
        <source>Name, type or tag; Down to pick from the list</source>
        <translation>Nom, type ou étiquette ; Bas pour choisir dans la liste</translation>
    </message>
    <message>
        <source>Creatures found</source>
        <translation>Créatures trouvées</translation>
    </message>
    <message>
        <source>New creature</source>
        <translation>Nouvelle créature</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Hit &amp;points:</source>
        <translation>&amp;Points de vie :</translation>
    </message>
    <message>
        <source>&amp;AC:</source>
        <translation>&amp;CA :</translation>
    </message>
    <message>
        <source>Initiative &amp;modifier:</source>
        <translation>&amp;Modificateur d&apos;initiative :</translation>
    </message>
    <message>
        <source>Add &amp;hidden</source>
        <translation>Ajouter &amp;caché</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Type a total</source>
        <translation>Saisir un total</translation>
    </message>
    <message>
        <source>None yet (last in the order)</source>
        <translation>Aucune pour l&apos;instant (dernier dans l&apos;ordre)</translation>
    </message>
    <message>
        <source>Initiative total</source>
        <translation>Total d&apos;initiative</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Nombre :</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Initiative :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>The creature needs a name.</source>
        <translation>La créature a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>No creature matches the search: change it or add a blank creature.</source>
        <translation>Aucune créature ne correspond à la recherche : modifiez-la ou ajoutez une créature vierge.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ApiTokensPanel</name>
    <message>
        <source>API tokens for your own scripts and tools (read, write, live):</source>
        <translation>Jetons d&apos;API pour vos propres scripts et outils (lecture, écriture, direct) :</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Jetons d&apos;API</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Commence par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Name, e.g. initiative bot</source>
        <translation>Nom, p. ex. bot d&apos;initiative</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Read parties, encounters, creatures and sync pulls</source>
        <translation>Lire les groupes, rencontres, créatures et récupérations de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Écriture</translation>
    </message>
    <message>
        <source>Create, change and delete data, and push sync changes</source>
        <translation>Créer, modifier et supprimer des données, et envoyer des changements de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Direct</translation>
    </message>
    <message>
        <source>Follow encounters live over the WebSocket</source>
        <translation>Suivre les rencontres en direct par le WebSocket</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>N&apos;expire jamais</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expire dans %n jour</numerusform>
            <numerusform>Expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;Token</source>
        <translation>Créer le &amp;jeton</translation>
    </message>
    <message>
        <source>Copy the new token now; it is not shown again:</source>
        <translation>Copiez le nouveau jeton maintenant ; il ne sera plus affiché :</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Nouveau jeton d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Re&amp;voke Token...</source>
        <translation>Ré&amp;voquer le jeton...</translation>
    </message>
    <message>
        <source>Stop the selected token from working, at once</source>
        <translation>Désactiver immédiatement le jeton sélectionné</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; was created.</source>
        <translation>Le jeton « %1 » a été créé.</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Le jeton est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Revoke API Token</source>
        <translation>Révoquer le jeton d&apos;API</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Scripts using it stop working at once; this cannot be undone.</source>
        <translation>Révoquer « %1 » ? Les scripts qui l’utilisent cessent aussitôt de fonctionner ; cela ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; was revoked.</source>
        <translation>Le jeton « %1 » a été révoqué.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::BestiaryPage</name>
    <message>
        <source>Search creatures</source>
        <translation>Rechercher des créatures</translation>
    </message>
    <message>
        <source>Search by name, type or tag (e.g. red dragon, undead, spellcaster)</source>
        <translation>Rechercher par nom, type ou étiquette (p. ex. red dragon, undead, spellcaster)</translation>
    </message>
    <message>
        <source>Lowest challenge rating</source>
        <translation>Facteur de puissance minimal</translation>
    </message>
    <message>
        <source>Highest challenge rating</source>
        <translation>Facteur de puissance maximal</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Creature type</source>
        <translation>Type de créature</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Toutes tailles</translation>
    </message>
    <message>
        <source>Tiny</source>
        <translation>Très petite</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <source>Gargantuan</source>
        <translation>Gigantesque</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Both rule sets</source>
        <translation>Les deux versions des règles</translation>
    </message>
    <message>
        <source>2014 rules</source>
        <translation>Règles 2014</translation>
    </message>
    <message>
        <source>2024 rules</source>
        <translation>Règles 2024</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>CR from</source>
        <translation>FP de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Creatures found</source>
        <translation>Créatures trouvées</translation>
    </message>
    <message>
        <source>D&amp;uplicate...</source>
        <translation>D&amp;upliquer...</translation>
    </message>
    <message>
        <source>Make an editable copy of this creature</source>
        <translation>Créer une copie modifiable de cette créature</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Edit this custom creature (templates are read-only: duplicate them)</source>
        <translation>Modifier cette créature personnalisée (les modèles sont en lecture seule : dupliquez-les)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>How many to add</source>
        <translation>Combien en ajouter</translation>
    </message>
    <message>
        <source>&amp;Add to Encounter</source>
        <translation>&amp;Ajouter à la rencontre</translation>
    </message>
    <message>
        <source>Add this creature to the encounter chosen on the Encounters page</source>
        <translation>Ajouter cette créature à la rencontre choisie sur la page Rencontres</translation>
    </message>
    <message>
        <source>Rolls</source>
        <translation>Jets</translation>
    </message>
    <message>
        <source>Rolls (click a blue figure in the statblock; with an encounter open in the tracker, rolls go to its combat log)</source>
        <translation>Jets (cliquez sur une valeur bleue du bloc de statistiques ; si une rencontre est ouverte dans le suivi, les jets vont dans son journal de combat)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Toutes sources</translation>
    </message>
    <message>
        <source>Cannot roll “%1”: %2</source>
        <translation>Impossible de lancer « %1 » : %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>%1 (in the combat log of “%2”)</source>
        <translation>%1 (dans le journal de combat de « %2 »)</translation>
    </message>
    <message>
        <source>Could not save the creature</source>
        <translation>Impossible d&apos;enregistrer la créature</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Check that the data folder is writable and not full.</source>
        <translation>%1

Rien n&apos;a été modifié. Vérifiez que le dossier de données est accessible en écriture et n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Added the creature “%1”</source>
        <translation>Créature « %1 » ajoutée</translation>
    </message>
    <message>
        <source>Edited the creature “%1”</source>
        <translation>Créature « %1 » modifiée</translation>
    </message>
    <message>
        <source>Deleted the creature “%1”</source>
        <translation>Créature « %1 » supprimée</translation>
    </message>
    <message>
        <source>Could not delete the creature</source>
        <translation>Impossible de supprimer la créature</translation>
    </message>
    <message>
        <source>%1 (Undo brings it back)</source>
        <translation>%1 (Annuler la fait revenir)</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nouveau...</translation>
    </message>
    <message>
        <source>Write a creature of your own from a blank statblock</source>
        <translation>Écrire une créature à vous à partir d&apos;un profil vierge</translation>
    </message>
    <message>
        <source>New creature</source>
        <translation>Nouvelle créature</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CharacterForm</name>
    <message>
        <source>New Character</source>
        <translation>Nouveau personnage</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <source>Race or species</source>
        <translation>Race ou espèce</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>e.g. Fighter 3 / Wizard 2</source>
        <translation>p. ex. Guerrier 3 / Magicien 2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Used when no class levels are given</source>
        <translation>Utilisé quand aucun niveau de classe n&apos;est indiqué</translation>
    </message>
    <message>
        <source>Armor class</source>
        <translation>Classe d&apos;armure</translation>
    </message>
    <message>
        <source>Maximum hit points</source>
        <translation>Points de vie maximaux</translation>
    </message>
    <message>
        <source>Current hit points</source>
        <translation>Points de vie actuels</translation>
    </message>
    <message>
        <source>Temporary hit points</source>
        <translation>Points de vie temporaires</translation>
    </message>
    <message>
        <source>Hit dice</source>
        <translation>Dés de vie</translation>
    </message>
    <message>
        <source>e.g. 5d10</source>
        <translation>p. ex. 5d10</translation>
    </message>
    <message>
        <source>Speed in feet</source>
        <translation>Vitesse en pieds</translation>
    </message>
    <message>
        <source>Initiative bonus</source>
        <translation>Bonus d&apos;initiative</translation>
    </message>
    <message>
        <source>Added to the Dexterity modifier (e.g. Alert, Jack of All Trades)</source>
        <translation>S&apos;ajoute au modificateur de Dextérité (p. ex. Vigilant, Touche-à-tout)</translation>
    </message>
    <message>
        <source>Proficiency bonus</source>
        <translation>Bonus de maîtrise</translation>
    </message>
    <message>
        <source>Features, one per line</source>
        <translation>Aptitudes, une par ligne</translation>
    </message>
    <message>
        <source>Equipment, one per line</source>
        <translation>Équipement, un objet par ligne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importé de</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Player:</source>
        <translation>&amp;Joueur :</translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation>&amp;Race :</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Classes :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Nive&amp;au :</translation>
    </message>
    <message>
        <source>&amp;Armor class:</source>
        <translation>Classe d&apos;&amp;armure :</translation>
    </message>
    <message>
        <source>&amp;Maximum HP:</source>
        <translation>pv &amp;maximaux :</translation>
    </message>
    <message>
        <source>C&amp;urrent HP:</source>
        <translation>pv act&amp;uels :</translation>
    </message>
    <message>
        <source>&amp;Temporary HP:</source>
        <translation>pv &amp;temporaires :</translation>
    </message>
    <message>
        <source>&amp;Hit dice:</source>
        <translation>&amp;Dés de vie :</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Vitesse :</translation>
    </message>
    <message>
        <source>Ability scores</source>
        <translation>Valeurs de caractéristique</translation>
    </message>
    <message>
        <source>&amp;Initiative bonus:</source>
        <translation>Bonus d&apos;&amp;initiative :</translation>
    </message>
    <message>
        <source>P&amp;roficiency bonus:</source>
        <translation>Bonus de maît&amp;rise :</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>A&amp;ptitudes :</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>Éq&amp;uipement :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Imported as:</source>
        <translation>Importé en tant que :</translation>
    </message>
    <message>
        <source>write each class as a name and a level, e.g. Fighter 3 / Wizard 2</source>
        <translation>indiquez chaque classe par un nom et un niveau, p. ex. Guerrier 3 / Magicien 2</translation>
    </message>
    <message>
        <source>Hit dice spent</source>
        <translation>Dés de vie dépensés</translation>
    </message>
    <message>
        <source>Hit dice spent on short rests (one die per level); a long rest gives back up to half the total, at least one (under the 2024 rules all of them)</source>
        <translation>Dés de vie dépensés lors des repos courts (un par niveau) ; un repos long en rend jusqu&apos;à la moitié du total, au moins un (tous selon les règles de 2024)</translation>
    </message>
    <message>
        <source>Hit &amp;dice spent:</source>
        <translation>Dés de vie dé&amp;pensés :</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Joueur</translation>
    </message>
    <message>
        <source>Race and class</source>
        <translation>Race et classe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>AC</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>pv</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Init</translation>
    </message>
    <message>
        <source>Hit dice left</source>
        <translation>Dés de vie restants</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CombatSummaryDialog</name>
    <message>
        <source>Combat Summary</source>
        <translation>Bilan du combat</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Rounds :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Defeated:</source>
        <translation>Vaincus :</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>XP earned:</source>
        <translation>PX gagnés :</translation>
    </message>
    <message>
        <source>%1: %2 XP</source>
        <translation>%1 : %2 PX</translation>
    </message>
    <message>
        <source>XP each:</source>
        <translation>PX chacun :</translation>
    </message>
    <message>
        <source>no characters in the fight</source>
        <translation>aucun personnage dans le combat</translation>
    </message>
    <message>
        <source>Damage dealt and taken</source>
        <translation>Dégâts infligés et subis</translation>
    </message>
    <message>
        <source>Combatant</source>
        <translation>Combattant</translation>
    </message>
    <message>
        <source>Dealt</source>
        <translation>Infligés</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Subis</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CombatantStatblock</name>
    <message>
        <source>Statblock of the selected combatant</source>
        <translation>Bloc de statistiques du combattant sélectionné</translation>
    </message>
    <message>
        <source>Stat&amp;block</source>
        <translation>&amp;Bloc de statistiques</translation>
    </message>
    <message>
        <source>Select a combatant to see its statblock.</source>
        <translation>Sélectionnez un combattant pour voir son bloc de statistiques.</translation>
    </message>
    <message>
        <source>%1 is a player character; the player has the character sheet.</source>
        <translation>%1 est un personnage joueur ; le joueur a la feuille de personnage.</translation>
    </message>
    <message>
        <source>%1 was typed in, not taken from the bestiary, so it has no statblock.</source>
        <translation>%1 a été saisi à la main, pas pris dans le bestiaire, il n&apos;a donc pas de bloc de statistiques.</translation>
    </message>
    <message>
        <source>The creature behind %1 is no longer in the bestiary.</source>
        <translation>La créature derrière %1 n&apos;est plus dans le bestiaire.</translation>
    </message>
    <message>
        <source>Stat&amp;block of %1</source>
        <translation>&amp;Bloc de statistiques de %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ConditionDialog</name>
    <message>
        <source>Add Condition</source>
        <translation>Ajouter un état</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>Personnalisé...</translation>
    </message>
    <message>
        <source>Custom condition name</source>
        <translation>Nom de l&apos;état personnalisé</translation>
    </message>
    <message>
        <source>e.g. Hexed</source>
        <translation>p. ex. Maudit</translation>
    </message>
    <message>
        <source>Exhaustion level</source>
        <translation>Niveau d&apos;épuisement</translation>
    </message>
    <message>
        <source>&amp;Until removed</source>
        <translation>&amp;Jusqu&apos;à retrait</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Counts down at</source>
        <translation>Décompte à</translation>
    </message>
    <message>
        <source>the end of the turn of</source>
        <translation>la fin du tour de</translation>
    </message>
    <message>
        <source>the start of the turn of</source>
        <translation>le début du tour de</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>Tour de qui</translation>
    </message>
    <message>
        <source>the bearer</source>
        <translation>le porteur</translation>
    </message>
    <message>
        <source>&amp;Hide from players</source>
        <translation>&amp;Cacher aux joueurs</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>C&amp;ustom name:</source>
        <translation>Nom &amp;personnalisé :</translation>
    </message>
    <message>
        <source>Exhaustion &amp;level:</source>
        <translation>&amp;Niveau d&apos;épuisement :</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rounds :</translation>
    </message>
    <message>
        <source>Counts down at:</source>
        <translation>Décompte à :</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CreateAccountDialog</name>
    <message>
        <source>Create Account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address.</source>
        <translation>Saisissez l’adresse du service.</translation>
    </message>
    <message>
        <source>Creating the account...</source>
        <translation>Création du compte...</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CreatureEditor</name>
    <message>
        <source>New Creature</source>
        <translation>Nouvelle créature</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Tiny</source>
        <translation>Très petite</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Petite</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Très grande</translation>
    </message>
    <message>
        <source>Gargantuan</source>
        <translation>Gigantesque</translation>
    </message>
    <message>
        <source>dragon, humanoid, undead ...</source>
        <translation>dragon, humanoïde, mort-vivant...</translation>
    </message>
    <message>
        <source>chaotic evil</source>
        <translation>chaotique mauvais</translation>
    </message>
    <message>
        <source>2014 rules (SRD 5.1)</source>
        <translation>Règles 2014 (SRD 5.1)</translation>
    </message>
    <message>
        <source>2024 rules (SRD 5.2)</source>
        <translation>Règles 2024 (SRD 5.2)</translation>
    </message>
    <message>
        <source>natural armor</source>
        <translation>armure naturelle</translation>
    </message>
    <message>
        <source>19d12+133</source>
        <translation>19d12+133</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Subt&amp;ype</source>
        <translation>So&amp;us-type</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Alignement</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>Armor &amp;Class</source>
        <translation>&amp;Classe d&apos;armure</translation>
    </message>
    <message>
        <source>Armor notes</source>
        <translation>Précisions sur l&apos;armure</translation>
    </message>
    <message>
        <source>&amp;Hit Points</source>
        <translation>&amp;Points de vie</translation>
    </message>
    <message>
        <source>Hit &amp;Dice</source>
        <translation>&amp;Dés de vie</translation>
    </message>
    <message>
        <source>hover</source>
        <translation>vol stationnaire</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>marche</translation>
    </message>
    <message>
        <source>swim</source>
        <translation>nage</translation>
    </message>
    <message>
        <source>fly</source>
        <translation>vol</translation>
    </message>
    <message>
        <source>climb</source>
        <translation>escalade</translation>
    </message>
    <message>
        <source>burrow</source>
        <translation>creusement</translation>
    </message>
    <message>
        <source>%1 speed</source>
        <translation>vitesse (%1)</translation>
    </message>
    <message>
        <source>&amp;Speed (ft.)</source>
        <translation>&amp;Vitesse (ft)</translation>
    </message>
    <message>
        <source>A&amp;bilities</source>
        <translation>Caractéris&amp;tiques</translation>
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
        <translation>vision dans le noir 120 ft</translation>
    </message>
    <message>
        <source>0, 1/8, 1/4, 1/2, 1 ... 30</source>
        <translation>0, 1/8, 1/4, 1/2, 1 ... 30</translation>
    </message>
    <message>
        <source>empty: the Dexterity modifier</source>
        <translation>vide : le modificateur de Dextérité</translation>
    </message>
    <message>
        <source>Sa&amp;ving Throws</source>
        <translation>Jets de sau&amp;vegarde</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>Compéten&amp;ces</translation>
    </message>
    <message>
        <source>Senses</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Passive &amp;Perception</source>
        <translation>&amp;Perception passive</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Damage Vulnerabilities</source>
        <translation>Vulnérabilités aux dégâts</translation>
    </message>
    <message>
        <source>Damage Resistances</source>
        <translation>Résistances aux dégâts</translation>
    </message>
    <message>
        <source>Damage Immunities</source>
        <translation>Immunités aux dégâts</translation>
    </message>
    <message>
        <source>Condition Immunities</source>
        <translation>Immunités aux états</translation>
    </message>
    <message>
        <source>Challen&amp;ge Rating</source>
        <translation>Facteur de &amp;puissance</translation>
    </message>
    <message>
        <source>&amp;XP</source>
        <translation>P&amp;X</translation>
    </message>
    <message>
        <source>Proficiency Bonus</source>
        <translation>Bonus de maîtrise</translation>
    </message>
    <message>
        <source>&amp;Initiative Bonus</source>
        <translation>Bonus d&apos;&amp;initiative</translation>
    </message>
    <message>
        <source>Legendary Actions per Round</source>
        <translation>Actions légendaires par round</translation>
    </message>
    <message>
        <source>Legendary Resistances per Day</source>
        <translation>Résistances légendaires par jour</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Traits</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Bonus Actions</source>
        <translation>Actions bonus</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Legendary Actions</source>
        <translation>Actions légendaires</translation>
    </message>
    <message>
        <source>Lair Actions</source>
        <translation>Actions de repaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Attack bonus</source>
        <translation>Bonus d&apos;attaque</translation>
    </message>
    <message>
        <source>Damage (dice type; ...)</source>
        <translation>Dégâts (dés type ; ...)</translation>
    </message>
    <message>
        <source>Save DC</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>Save ability</source>
        <translation>Caractéristique de sauvegarde</translation>
    </message>
    <message>
        <source>Recharge (5 = 5Ķ)</source>
        <translation>Recharge (5 = 5Ķ)</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Legendary cost</source>
        <translation>Coût légendaire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be an ability such as dexterity</source>
        <translation>doit être une caractéristique comme dexterity</translation>
    </message>
    <message>
        <source>“%1” is not a dice expression such as 2d6+4: %2</source>
        <translation>« %1 » n&apos;est pas une expression de dés comme 2d6+4 : %2</translation>
    </message>
    <message>
        <source>must be a dice expression such as 19d12+133: %1</source>
        <translation>doit être une expression de dés comme 19d12+133 : %1</translation>
    </message>
    <message>
        <source>write each save as an ability and a bonus: DEX +6, WIS +7</source>
        <translation>indiquez chaque sauvegarde par une caractéristique et un bonus : DEX +6, WIS +7</translation>
    </message>
    <message>
        <source>write each skill as a name and a bonus: perception +13</source>
        <translation>indiquez chaque compétence par un nom et un bonus : perception +13</translation>
    </message>
    <message>
        <source>must be a whole number such as +2, or empty</source>
        <translation>doit être un nombre entier comme +2, ou vide</translation>
    </message>
    <message>
        <source>is required, e.g. dragon or humanoid</source>
        <translation>est obligatoire, p. ex. dragon ou humanoid</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CreatureSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>dnd::gui::DiscordDialog</name>
    <message>
        <source>Post to Discord</source>
        <translation>Publier sur Discord</translation>
    </message>
    <message>
        <source>In Discord: the channel&apos;s settings, Integrations, Webhooks, Copy Webhook URL</source>
        <translation>Dans Discord : paramètres du salon, Intégrations, Webhooks, Copier l&apos;URL du webhook</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>URL du &amp;webhook :</translation>
    </message>
    <message>
        <source>This &amp;encounter</source>
        <translation>Cette &amp;rencontre</translation>
    </message>
    <message>
        <source>Every encounter of its &amp;party</source>
        <translation>Toutes les rencontres de son &amp;groupe</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Publier :</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Lié à</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Linked Discord channels</source>
        <translation>Salons Discord liés</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <source>Nothing more is posted to that channel</source>
        <translation>Plus rien n&apos;est publié dans ce salon</translation>
    </message>
    <message>
        <source>&amp;Upgrade...</source>
        <translation>Passer à l&apos;offre &amp;supérieure...</translation>
    </message>
    <message>
        <source>Posting to Discord goes through the companion service, which cannot be reached now (%1). Try again once this computer is online.</source>
        <translation>La publication sur Discord passe par le service compagnon, injoignable pour l&apos;instant (%1). Réessayez quand cet ordinateur sera en ligne.</translation>
    </message>
    <message>
        <source>Open an encounter in the tracker to post its fight to Discord.</source>
        <translation>Ouvrez une rencontre dans le suivi pour publier son combat sur Discord.</translation>
    </message>
    <message>
        <source>Posting to Discord needs the companion service: sign in under File &gt; Account and Sync, and the service posts the fight to your channel.</source>
        <translation>La publication sur Discord nécessite le service compagnon : connectez-vous via Fichier &gt; Compte et synchronisation, et le service publie le combat dans votre salon.</translation>
    </message>
    <message>
        <source>Asking the service...</source>
        <translation>Interrogation du service...</translation>
    </message>
    <message>
        <source>Posting a fight to Discord comes with the %1 plan or a larger one. Upgrade to link a channel.</source>
        <translation>Publier un combat sur Discord est inclus dans l&apos;offre %1 ou une offre supérieure. Passez à une offre supérieure pour lier un salon.</translation>
    </message>
    <message>
        <source>Paste the webhook URL of a Discord channel: the service posts round starts, turns, defeated creatures and the end of combat there, as the players see them.</source>
        <translation>Collez l&apos;URL du webhook d&apos;un salon Discord : le service y publie les débuts de round, les tours, les créatures vaincues et la fin du combat, tels que les joueurs les voient.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered (%n message(s) so far)</source>
        <translation>
            <numerusform>Remis (%n message jusqu&apos;ici)</numerusform>
            <numerusform>Remis (%n messages jusqu&apos;ici)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Trying again: %1</source>
        <translation>Nouvelle tentative : %1</translation>
    </message>
    <message>
        <source>Waiting: Discord asked to slow down</source>
        <translation>En attente : Discord a demandé de ralentir</translation>
    </message>
    <message>
        <source>Nothing posted yet</source>
        <translation>Rien de publié pour l&apos;instant</translation>
    </message>
    <message>
        <source>A party&apos;s encounters</source>
        <translation>Les rencontres d&apos;un groupe</translation>
    </message>
    <message>
        <source>An encounter</source>
        <translation>Une rencontre</translation>
    </message>
    <message>
        <source>This encounter&apos;s party</source>
        <translation>Le groupe de cette rencontre</translation>
    </message>
    <message>
        <source>This encounter</source>
        <translation>Cette rencontre</translation>
    </message>
    <message>
        <source>This encounter has not reached the service yet. It is being synced now; link the channel again in a moment.</source>
        <translation>Cette rencontre n&apos;a pas encore atteint le service. Elle est en cours de synchronisation ; liez le salon à nouveau dans un instant.</translation>
    </message>
    <message>
        <source>That is not a Discord webhook URL. In Discord, open the channel&apos;s settings, Integrations, Webhooks, and use Copy Webhook URL.</source>
        <translation>Ce n&apos;est pas une URL de webhook Discord. Dans Discord, ouvrez les paramètres du salon, Intégrations, Webhooks, puis Copier l&apos;URL du webhook.</translation>
    </message>
    <message>
        <source>Linked. Send a test message to check that it arrives.</source>
        <translation>Lié. Envoyez un message de test pour vérifier qu&apos;il arrive.</translation>
    </message>
    <message>
        <source>Sending a test message...</source>
        <translation>Envoi d&apos;un message de test...</translation>
    </message>
    <message>
        <source>The test message arrived in the channel.</source>
        <translation>Le message de test est arrivé dans le salon.</translation>
    </message>
    <message>
        <source>The test message did not arrive: %1</source>
        <translation>Le message de test n&apos;est pas arrivé : %1</translation>
    </message>
    <message>
        <source>The link is removed: nothing more is posted to that channel.</source>
        <translation>Le lien est supprimé : plus rien n&apos;est publié dans ce salon.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::EncountersPage</name>
    <message>
        <source>Encounters</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Encounter name</source>
        <translation>Nom de la rencontre</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>2014 rules</source>
        <translation>Règles 2014</translation>
    </message>
    <message>
        <source>2024 rules</source>
        <translation>Règles 2024</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Add &amp;Party Members</source>
        <translation>Ajouter les membres du &amp;groupe</translation>
    </message>
    <message>
        <source>&amp;Lair actions on initiative 20</source>
        <translation>Actions de &amp;repaire à l&apos;initiative 20</translation>
    </message>
    <message>
        <source>Notes for the DM</source>
        <translation>Notes pour le MJ</translation>
    </message>
    <message>
        <source>Search the bestiary</source>
        <translation>Rechercher dans le bestiaire</translation>
    </message>
    <message>
        <source>Search creatures by name, type or tag</source>
        <translation>Rechercher des créatures par nom, type ou étiquette</translation>
    </message>
    <message>
        <source>Creature type</source>
        <translation>Type de créature</translation>
    </message>
    <message>
        <source>Challenge rating range</source>
        <translation>Plage de facteur de puissance</translation>
    </message>
    <message>
        <source>CR, e.g. 1/4-3</source>
        <translation>FP, p. ex. 1/4-3</translation>
    </message>
    <message>
        <source>Creatures found</source>
        <translation>Créatures trouvées</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Add &amp;hidden</source>
        <translation>Ajouter &amp;caché</translation>
    </message>
    <message>
        <source>&amp;Add to Encounter</source>
        <translation>&amp;Ajouter à la rencontre</translation>
    </message>
    <message>
        <source>Combatants</source>
        <translation>Combattants</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Run in &amp;Tracker</source>
        <translation>Lancer dans le &amp;suivi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>R&amp;ules:</source>
        <translation>Rè&amp;gles :</translation>
    </message>
    <message>
        <source>Part&amp;y:</source>
        <translation>Gro&amp;upe :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Nombre :</translation>
    </message>
    <message>
        <source>Bestiary</source>
        <translation>Bestiaire</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>Create an encounter to start adding combatants.</source>
        <translation>Créez une rencontre pour commencer à ajouter des combattants.</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (caché)</translation>
    </message>
    <message>
        <source>Difficulty: add party members to rate the encounter.</source>
        <translation>Difficulté : ajoutez des membres du groupe pour évaluer la rencontre.</translation>
    </message>
    <message>
        <source>Difficulty: %1</source>
        <translation>Difficulté : %1</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Triviale</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difficulty: %1&lt;/b&gt; — %2 XP (adjusted %3) against %4</source>
        <translation>&lt;b&gt;Difficulté : %1&lt;/b&gt; — %2 PX (ajustés %3) contre %4</translation>
    </message>
    <message>
        <source>New Encounter</source>
        <translation>Nouvelle rencontre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Encounter %1</source>
        <translation>Rencontre %1</translation>
    </message>
    <message>
        <source>Created encounter %1</source>
        <translation>Rencontre %1 créée</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicated %1</source>
        <translation>%1 dupliquée</translation>
    </message>
    <message>
        <source>Deleted encounter %1</source>
        <translation>Rencontre %1 supprimée</translation>
    </message>
    <message>
        <source>%1 XP from %2 monsters (no multiplier in the 2024 rules)</source>
        <translation>%1 PX pour %2 monstres (pas de multiplicateur dans les règles de 2024)</translation>
    </message>
    <message>
        <source>%1 XP × %2 for %3 monsters and a party of %4 = %5 adjusted XP</source>
        <translation>%1 PX × %2 pour %3 monstres et un groupe de %4 = %5 PX ajustés</translation>
    </message>
    <message>
        <source>%1 (%2 XP): %3 XP left</source>
        <translation>%1 (%2 PX) : encore %3 PX</translation>
    </message>
    <message>
        <source>%1 (%2 XP): reached</source>
        <translation>%1 (%2 PX) : atteint</translation>
    </message>
    <message>
        <source>Combatant</source>
        <translation>Combattant</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>PV</translation>
    </message>
    <message>
        <source>Removes the selected combatant; on a group, one of its members.</source>
        <translation>Retire le combattant choisi ; sur un groupe, l&apos;un de ses membres.</translation>
    </message>
    <message>
        <source>XP budget left</source>
        <translation>Budget de PX restant</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 × %2 XP</source>
        <translation>%1 × %2 PX</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 chacun</translation>
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
        <translation>Les Porte-Lanternes</translation>
    </message>
    <message>
        <source>An example party of four level-3 adventurers.</source>
        <translation>Un groupe d&apos;exemple de quatre aventuriers de niveau 3.</translation>
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
        <translation>Demi-orque</translation>
    </message>
    <message>
        <source>Fighter</source>
        <translation>Guerrier</translation>
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
        <translation>Elfe</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>Magicien</translation>
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
        <translation>Halfelin</translation>
    </message>
    <message>
        <source>Rogue</source>
        <translation>Roublard</translation>
    </message>
    <message>
        <source>Sister Maud</source>
        <translation>Sœur Maud</translation>
    </message>
    <message>
        <source>Kim</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humain</translation>
    </message>
    <message>
        <source>Cleric</source>
        <translation>Clerc</translation>
    </message>
    <message>
        <source>Ambush at the Old Bridge</source>
        <translation>Embuscade au vieux pont</translation>
    </message>
    <message>
        <source>Goblins wait under the bridge; their boss watches from the trees.</source>
        <translation>Des gobelins attendent sous le pont ; leur chef observe depuis les arbres.</translation>
    </message>
    <message>
        <source>The boss flees when bloodied. A third goblin hides in the reeds until round 2.</source>
        <translation>Le chef s&apos;enfuit quand il est en sang. Un troisième gobelin se cache dans les roseaux jusqu&apos;au round 2.</translation>
    </message>
    <message>
        <source>Goblin %1</source>
        <translation>Gobelin %1</translation>
    </message>
    <message>
        <source>Goblin Boss</source>
        <translation>Chef gobelin</translation>
    </message>
    <message>
        <source>Wolf</source>
        <translation>Loup</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ExportDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Ce qui est exporté</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>D&amp;D Encounter Tracker (.dndtracker)</source>
        <translation>Suivi de rencontres D&amp;D (.dndtracker)</translation>
    </message>
    <message>
        <source>Improved Initiative (.json)</source>
        <translation>Improved Initiative (.json)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>Tracker exports (*.dndtracker)</source>
        <translation>Exports du tracker (*.dndtracker)</translation>
    </message>
    <message>
        <source>Improved Initiative files (*.json)</source>
        <translation>Fichiers Improved Initiative (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;export a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Roll20 turn order (.json)</source>
        <translation>Ordre de tour Roll20 (.json)</translation>
    </message>
    <message>
        <source>Include &amp;hidden combatants</source>
        <translation>Inclure les combattants &amp;cachés</translation>
    </message>
    <message>
        <source>Roll20 shows its turn order to every player.</source>
        <translation>Roll20 montre son ordre de tour à tous les joueurs.</translation>
    </message>
    <message>
        <source>&amp;Copy for Roll20</source>
        <translation>&amp;Copier pour Roll20</translation>
    </message>
    <message>
        <source>Copies the chat command of the tracker&apos;s Roll20 script, to paste into Roll20&apos;s chat.</source>
        <translation>Copie la commande de chat du script Roll20 du tracker, à coller dans le chat de Roll20.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n turn order entry(s): paste them into Roll20&apos;s chat, where the tracker&apos;s script sets the turn order.</source>
        <translation>
            <numerusform>%n entrée copiée : collez-la dans le chat de Roll20, où le script du tracker règle l&apos;ordre de tour.</numerusform>
            <numerusform>%n entrées copiées : collez-les dans le chat de Roll20, où le script du tracker règle l&apos;ordre de tour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll20 turn orders (*.json)</source>
        <translation>Ordres de tour Roll20 (*.json)</translation>
    </message>
</context>
<context>
    <name>dnd::gui::FileImport</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>L&apos;import n&apos;a pas pu être enregistré : %1</translation>
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
        <translation>Ces personnages n&apos;ont pas encore d&apos;initiative. Tapez les totaux que les joueurs ont obtenus ; un personnage laissé vide agit en dernier.</translation>
    </message>
    <message>
        <source>Initiative of %1</source>
        <translation>Initiative de %1</translation>
    </message>
    <message>
        <source>&amp;Start Combat</source>
        <translation>&amp;Commencer le combat</translation>
    </message>
</context>
<context>
    <name>dnd::gui::InitiativeModel</name>
    <message numerus="yes">
        <source> (%n rd)</source>
        <translation>
            <numerusform> (%n rd)</numerusform>
            <numerusform> (%n rds)</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (caché)</translation>
    </message>
    <message>
        <source>Conc.</source>
        <translation>Conc.</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Mort</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Saves %1✓ %2✗</source>
        <translation>Sauvegardes %1✓ %2✗</translation>
    </message>
    <message>
        <source>LA %1/%2</source>
        <translation>AL %1/%2</translation>
    </message>
    <message>
        <source>LR %1/%2</source>
        <translation>RL %1/%2</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 prête</translation>
    </message>
    <message>
        <source>%1 (%2–6)</source>
        <translation>%1 (%2–6)</translation>
    </message>
    <message>
        <source>Reaction used</source>
        <translation>Réaction utilisée</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 (« %2 »)</translation>
    </message>
    <message>
        <source>%1 — next</source>
        <translation>%1 — suivant</translation>
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
        <translation>Combattant</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>pv</translation>
    </message>
    <message>
        <source>AC</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>États</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>dnd::gui::MainWindow</name>
    <message>
        <source>D&amp;D Encounter Tracker</source>
        <translation>Suivi de rencontres D&amp;D</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Bestiary</source>
        <translation>Bestiaire</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>The file your data is stored in</source>
        <translation>Le fichier où sont stockées vos données</translation>
    </message>
    <message>
        <source>Sync with your account (File &gt; Account and Sync)</source>
        <translation>Synchroniser avec votre compte (Fichier &gt; Compte et synchronisation)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Player Display &amp;Screen</source>
        <translation>É&amp;cran de l&apos;affichage des joueurs</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>About D&amp;D Encounter Tracker</source>
        <translation>À propos du suivi de rencontres D&amp;D</translation>
    </message>
    <message>
        <source>&lt;h3&gt;D&amp;amp;D Encounter Tracker %1&lt;/h3&gt;&lt;p&gt;Prepare and run combat encounters at the table, with a display for the players.&lt;/p&gt;&lt;p&gt;This work includes material from the System Reference Document 5.1 and 5.2 by Wizards of the Coast LLC, licensed under CC-BY-4.0 (&lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/legalcode&quot;&gt;creativecommons.org/licenses/by/4.0&lt;/a&gt;).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Suivi de rencontres D&amp;amp;D %1&lt;/h3&gt;&lt;p&gt;Préparer et mener les combats à la table, avec un écran pour les joueurs.&lt;/p&gt;&lt;p&gt;Cette œuvre contient des éléments du System Reference Document 5.1 et 5.2 de Wizards of the Coast LLC, sous licence CC-BY-4.0 (&lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/legalcode&quot;&gt;creativecommons.org/licenses/by/4.0&lt;/a&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added the example party and encounter</source>
        <translation>Groupe et rencontre d&apos;exemple ajoutés</translation>
    </message>
    <message>
        <source>Could not add the example</source>
        <translation>Impossible d&apos;ajouter l&apos;exemple</translation>
    </message>
    <message>
        <source>Added the example party and the encounter “Ambush at the Old Bridge”.</source>
        <translation>Groupe d&apos;exemple et rencontre « Embuscade au vieux pont » ajoutés.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>An import is still running; wait until it has finished.</source>
        <translation>Un import est en cours ; attendez qu&apos;il soit terminé.</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Import de %1...</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Rien n&apos;a été importé depuis %1.</translation>
    </message>
    <message>
        <source>Import of %1 failed.</source>
        <translation>L&apos;import de %1 a échoué.</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n new, </source>
        <translation>
            <numerusform>Depuis %1 : %n nouveau, </numerusform>
            <numerusform>Depuis %1 : %n nouveaux, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n mis à jour, </numerusform>
            <numerusform>%n mis à jour, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n ignoré.</numerusform>
            <numerusform>%n ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation>Édition &gt; Annuler défait tout l&apos;import.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Choose or create an encounter on the Encounters page first.</source>
        <translation>Choisissez ou créez d&apos;abord une rencontre sur la page Rencontres.</translation>
    </message>
    <message>
        <source>Could not open the encounter</source>
        <translation>Impossible d&apos;ouvrir la rencontre</translation>
    </message>
    <message>
        <source>Could not add the creature</source>
        <translation>Impossible d&apos;ajouter la créature</translation>
    </message>
    <message>
        <source>Added %1 × %2 to “%3”.</source>
        <translation>%1 × %2 ajouté(s) à « %3 ».</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. If this keeps happening, check that the data folder (%2) is writable and not full, or restore a backup from Settings.</source>
        <translation>%1

Rien n&apos;a été modifié. Si cela se reproduit, vérifiez que le dossier de données (%2) est accessible en écriture et n&apos;est pas plein, ou restaurez une sauvegarde depuis les paramètres.</translation>
    </message>
    <message>
        <source>Tracker exports and JSON files (*.dndtracker *.json);;All files (*)</source>
        <translation>Exports de l&apos;application et fichiers JSON (*.dndtracker *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>The encounter “%1”</source>
        <translation>La rencontre « %1 »</translation>
    </message>
    <message>
        <source>The party “%1” and its characters</source>
        <translation>Le groupe « %1 » et ses personnages</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers %1.</numerusform>
            <numerusform>%n enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving works again.</source>
        <translation>L&apos;enregistrement fonctionne de nouveau.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::OpenEncounters</name>
    <message>
        <source>Open an encounter first.</source>
        <translation>Ouvrez d&apos;abord une rencontre.</translation>
    </message>
    <message>
        <source>That encounter was deleted; restore it first to undo its combat steps.</source>
        <translation>Cette rencontre a été supprimée ; restaurez-la d&apos;abord pour annuler ses étapes de combat.</translation>
    </message>
    <message>
        <source>%1 (kept copy)</source>
        <translation>%1 (copie conservée)</translation>
    </message>
    <message>
        <source>Kept a copy of %1</source>
        <translation>Copie de %1 conservée</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartiesPage</name>
    <message>
        <source>&lt;h2&gt;No parties yet&lt;/h2&gt;&lt;p&gt;A party holds the player characters you run encounters for. Create one, or add an example party with a ready encounter to try a fight right away.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucun groupe pour l&apos;instant&lt;/h2&gt;&lt;p&gt;Un groupe réunit les personnages joueurs pour lesquels vous menez des rencontres. Créez-en un, ou ajoutez un groupe d&apos;exemple avec une rencontre prête pour essayer un combat tout de suite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a Party</source>
        <translation>Créer un groupe</translation>
    </message>
    <message>
        <source>Add Example Party and Encounter</source>
        <translation>Ajouter le groupe et la rencontre d&apos;exemple</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;New Party</source>
        <translation>&amp;Nouveau groupe</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personnages</translation>
    </message>
    <message>
        <source>&amp;Add Character</source>
        <translation>&amp;Ajouter un personnage</translation>
    </message>
    <message>
        <source>Edit &amp;Character</source>
        <translation>Modifier le &amp;personnage</translation>
    </message>
    <message>
        <source>&amp;Remove Character</source>
        <translation>&amp;Retirer le personnage</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>Désarc&amp;hiver</translation>
    </message>
    <message>
        <source>Select a party</source>
        <translation>Sélectionnez un groupe</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>%1

Your change was not saved. Check that the data folder is writable and has free space, then try again.</source>
        <translation>%1

Votre modification n&apos;a pas été enregistrée. Vérifiez que le dossier de données est accessible en écriture et dispose d&apos;espace libre, puis réessayez.</translation>
    </message>
    <message>
        <source>%1. Undo with %2.</source>
        <translation>%1. Annuler avec %2.</translation>
    </message>
    <message>
        <source>Created party %1</source>
        <translation>Groupe %1 créé</translation>
    </message>
    <message>
        <source>Edited party %1</source>
        <translation>Groupe %1 modifié</translation>
    </message>
    <message>
        <source>Archived party %1</source>
        <translation>Groupe %1 archivé</translation>
    </message>
    <message>
        <source>Unarchived party %1</source>
        <translation>Groupe %1 désarchivé</translation>
    </message>
    <message>
        <source>Deleted party %1</source>
        <translation>Groupe %1 supprimé</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 ajouté</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>%1 modifié</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>Select the party that rests first.</source>
        <translation>Choisissez d&apos;abord le groupe qui se repose.</translation>
    </message>
    <message>
        <source>Everyone in %1 is already rested.</source>
        <translation>Tout le monde dans %1 est déjà reposé.</translation>
    </message>
    <message>
        <source>Long rest for %1</source>
        <translation>Repos long pour %1</translation>
    </message>
    <message>
        <source>Long Re&amp;st</source>
        <translation>Repo&amp;s long</translation>
    </message>
    <message numerus="yes">
        <source>%1 regained %n hit dice</source>
        <translation>
            <numerusform>%1 a récupéré %n dé de vie</numerusform>
            <numerusform>%1 a récupéré %n dés de vie</numerusform>
        </translation>
    </message>
    <message>
        <source>Long rest for %1: full hit points; %2.</source>
        <translation>Repos long pour %1 : points de vie au maximum ; %2.</translation>
    </message>
    <message>
        <source>Every character of this party finishes a long rest: full hit points, no temporary hit points, spent hit dice back by the rule set in the settings</source>
        <translation>Chaque personnage de ce groupe termine un repos long : points de vie au maximum, plus de points de vie temporaires, dés de vie dépensés rendus selon les règles choisies dans les paramètres</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartyDialog</name>
    <message>
        <source>New Party</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Edit Party</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Party description</source>
        <translation>Description du groupe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartyListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivé)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n personnage</numerusform>
            <numerusform>%n personnages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n personnage</numerusform>
            <numerusform>%1, %n personnages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::PasswordRulesLabel</name>
    <message>
        <source>%1 to %2 characters</source>
        <translation>%1 à %2 caractères</translation>
    </message>
    <message>
        <source>letters mixed with digits or symbols</source>
        <translation>des lettres mêlées de chiffres ou de symboles</translation>
    </message>
    <message>
        <source>not containing your username or email name</source>
        <translation>sans votre nom d’utilisateur ni le nom de votre e-mail</translation>
    </message>
    <message>
        <source>The password meets every rule.</source>
        <translation>Le mot de passe respecte toutes les règles.</translation>
    </message>
    <message>
        <source>The password does not meet every rule yet.</source>
        <translation>Le mot de passe ne respecte pas encore toutes les règles.</translation>
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
        <translation>Stable</translation>
    </message>
    <message>
        <source>Dying</source>
        <translation>Mourant</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PlayerDisplay</name>
    <message>
        <source>Player Display</source>
        <translation>Écran des joueurs</translation>
    </message>
    <message>
        <source>Player display</source>
        <translation>Écran des joueurs</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>Waiting for combat to begin</source>
        <translation>En attente du début du combat</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant : %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>next</source>
        <translation>ensuite</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ResetPasswordDialog</name>
    <message>
        <source>Forgot Password</source>
        <translation>Mot de passe oublié</translation>
    </message>
    <message>
        <source>1. The service mails a reset token to your address.</source>
        <translation>1. Le service envoie un jeton de réinitialisation à votre adresse.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Send &amp;Reset Mail</source>
        <translation>Envoyer le courriel de &amp;réinitialisation</translation>
    </message>
    <message>
        <source>2. Enter the token from the mail and choose a new password. Every device signs in again afterwards.</source>
        <translation>2. Saisissez le jeton du courriel et choisissez un nouveau mot de passe. Chaque appareil se reconnecte ensuite.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>Set &amp;Password</source>
        <translation>&amp;Définir le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Envoi...</translation>
    </message>
    <message>
        <source>If %1 has an account, a mail with the reset token is on its way. The token works once, for one hour.</source>
        <translation>Si %1 a un compte, un courriel avec le jeton de réinitialisation est en route. Le jeton sert une fois, pendant une heure.</translation>
    </message>
    <message>
        <source>Setting the new password...</source>
        <translation>Définition du nouveau mot de passe...</translation>
    </message>
    <message>
        <source>Your password is changed. Sign in with the new password.</source>
        <translation>Votre mot de passe est changé. Connectez-vous avec le nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Clavier</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>2014 rules (SRD 5.1)</source>
        <translation>Règles 2014 (SRD 5.1)</translation>
    </message>
    <message>
        <source>2024 rules (SRD 5.2)</source>
        <translation>Règles 2024 (SRD 5.2)</translation>
    </message>
    <message>
        <source>Roll &amp;one initiative for identical monsters</source>
        <translation>Lancer &amp;une seule initiative pour les monstres identiques</translation>
    </message>
    <message>
        <source>Re&amp;roll initiative every round</source>
        <translation>&amp;Relancer l&apos;initiative à chaque round</translation>
    </message>
    <message>
        <source>Take &amp;defeated monsters out of the order</source>
        <translation>Retirer les monstres &amp;vaincus de l&apos;ordre</translation>
    </message>
    <message>
        <source>Ties on the initiative total go to the higher initiative modifier, then the higher Dexterity, then player characters; after that, drag combatants in the tracker to set the order.</source>
        <translation>En cas d&apos;égalité du total d&apos;initiative, le modificateur d&apos;initiative le plus haut l&apos;emporte, puis la Dextérité la plus haute, puis les personnages joueurs ; ensuite, faites glisser les combattants dans le suivi pour fixer l&apos;ordre.</translation>
    </message>
    <message>
        <source>Rule &amp;set for new encounters:</source>
        <translation>Règle&amp;s pour les nouvelles rencontres :</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect when the application starts next.</source>
        <translation>Prend effet au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Player characters&apos; hit points on the player display</source>
        <translation>Points de vie des personnages joueurs sur l&apos;écran des joueurs</translation>
    </message>
    <message>
        <source>As words (Healthy, Hurt, Bloodied)</source>
        <translation>En mots (Indemne, Blessé, En sang)</translation>
    </message>
    <message>
        <source>As numbers</source>
        <translation>En nombres</translation>
    </message>
    <message>
        <source>Player display theme</source>
        <translation>Thème de l&apos;écran des joueurs</translation>
    </message>
    <message>
        <source>Dark (for a TV)</source>
        <translation>Sombre (pour une télévision)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Player characters&apos; &amp;HP on the player display:</source>
        <translation>&amp;pv des personnages joueurs sur l&apos;écran des joueurs :</translation>
    </message>
    <message>
        <source>Player display t&amp;heme:</source>
        <translation>T&amp;hème de l&apos;écran des joueurs :</translation>
    </message>
    <message>
        <source>Monsters&apos; health is always shown to players as words only.</source>
        <translation>L&apos;état de santé des monstres est toujours montré aux joueurs en mots seulement.</translation>
    </message>
    <message>
        <source>&amp;Change Folder...</source>
        <translation>&amp;Changer de dossier...</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>%1 (from the next start)</source>
        <translation>%1 (à partir du prochain démarrage)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore Selected...</source>
        <translation>&amp;Restaurer la sélection...</translation>
    </message>
    <message>
        <source>%1 will be restored when the application starts next.</source>
        <translation>%1 sera restaurée au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Your parties, creatures and encounters are stored in:</source>
        <translation>Vos groupes, créatures et rencontres sont stockés dans :</translation>
    </message>
    <message>
        <source>&amp;Backups (made automatically once a day, newest first):</source>
        <translation>&amp;Sauvegardes (faites automatiquement une fois par jour, la plus récente en premier) :</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>Sélectionnez d&apos;abord une sauvegarde dans la liste.</translation>
    </message>
    <message>
        <source>The backup from %1 cannot be restored: %2

Your current data was not changed. Pick an older backup.</source>
        <translation>La sauvegarde du %1 ne peut pas être restaurée : %2

Vos données actuelles n&apos;ont pas été modifiées. Choisissez une sauvegarde plus ancienne.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore the backup from %1? The application restores it when it starts next; your current data is kept beside it, renamed, so nothing is lost. Quit and start the application again to finish.</source>
        <translation>Restaurer la sauvegarde du %1 ? L&apos;application la restaure à son prochain démarrage ; vos données actuelles sont gardées à côté, renommées, pour que rien ne soit perdu. Quittez et relancez l&apos;application pour terminer.</translation>
    </message>
    <message>
        <source>The backup from %1 will be restored when the application starts next.</source>
        <translation>La sauvegarde du %1 sera restaurée au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet. One is made when you quit, at most once a day.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. Une sauvegarde est faite quand vous quittez, au plus une fois par jour.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Reset &amp;All to Defaults</source>
        <translation>Tout &amp;réinitialiser</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. A key already in use moves to the action you give it.</source>
        <translation>Cliquez sur un raccourci et appuyez sur les nouvelles touches. Une touche déjà utilisée passe à l&apos;action à laquelle vous la donnez.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Shortcut for %1</source>
        <translation>Raccourci de %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ShareDialog</name>
    <message>
        <source>Share with Players</source>
        <translation>Partager avec les joueurs</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Code QR du lien</translation>
    </message>
    <message>
        <source>Link for the players</source>
        <translation>Lien pour les joueurs</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Show the characters&apos; hit points as &amp;numbers (monsters&apos; never)</source>
        <translation>Afficher les points de vie des personnages en &amp;chiffres (jamais ceux des monstres)</translation>
    </message>
    <message>
        <source>Create &amp;Link</source>
        <translation>Créer le &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Revoke Link</source>
        <translation>&amp;Révoquer le lien</translation>
    </message>
    <message>
        <source>The link stops working and the players who follow it are disconnected</source>
        <translation>Le lien cesse de fonctionner et les joueurs qui le suivent sont déconnectés</translation>
    </message>
    <message>
        <source>&amp;Upgrade...</source>
        <translation>Passer à l&apos;offre &amp;supérieure...</translation>
    </message>
    <message>
        <source>Sharing needs the companion service, which cannot be reached now (%1). Try again once this computer is online.</source>
        <translation>Le partage a besoin du service compagnon, injoignable pour le moment (%1). Réessayez quand cet ordinateur sera en ligne.</translation>
    </message>
    <message>
        <source>Open an encounter in the tracker to share it.</source>
        <translation>Ouvrez une rencontre dans le suivi de combat pour la partager.</translation>
    </message>
    <message>
        <source>Sharing with players needs the companion service: sign in under File &gt; Account and Sync, and the encounter can be followed on the players&apos; phones.</source>
        <translation>Le partage avec les joueurs a besoin du service compagnon : connectez-vous dans Fichier &gt; Compte et synchronisation, et la rencontre pourra être suivie sur les téléphones des joueurs.</translation>
    </message>
    <message>
        <source>Asking the service...</source>
        <translation>Interrogation du service...</translation>
    </message>
    <message>
        <source>Players follow the fight on their phones with the %1 plan or a larger one. Upgrade to share this encounter.</source>
        <translation>Les joueurs suivent le combat sur leur téléphone avec l&apos;offre %1 ou une offre supérieure. Changez d&apos;offre pour partager cette rencontre.</translation>
    </message>
    <message>
        <source>Create a link for the players: on their phones or a TV they follow this fight live as the player display shows it. Whoever has the link can watch until you revoke it.</source>
        <translation>Créez un lien pour les joueurs : sur leur téléphone ou une télévision, ils suivent ce combat en direct comme l&apos;affichage des joueurs le montre. Quiconque a le lien peut regarder jusqu&apos;à ce que vous le révoquiez.</translation>
    </message>
    <message>
        <source>This encounter has not reached the service yet. It is being synced now; create the link again in a moment.</source>
        <translation>Cette rencontre n&apos;est pas encore arrivée sur le service. Elle est en cours de synchronisation ; recréez le lien dans un instant.</translation>
    </message>
    <message>
        <source>Players open this link, or scan the code, to follow the fight live.</source>
        <translation>Les joueurs ouvrent ce lien, ou scannent le code, pour suivre le combat en direct.</translation>
    </message>
    <message>
        <source>The link is copied: paste it into the group&apos;s chat.</source>
        <translation>Le lien est copié : collez-le dans la discussion du groupe.</translation>
    </message>
    <message>
        <source>The link no longer works, and the players who followed it were disconnected. A new link can be created.</source>
        <translation>Le lien ne fonctionne plus, et les joueurs qui le suivaient ont été déconnectés. Un nouveau lien peut être créé.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ShortcutCheatSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Quick hit points in the tracker: type 7 and Enter for 7 damage, +7 to heal, t7 for 7 temporary hit points. Shortcuts can be changed in Settings.</source>
        <translation>Points de vie rapides dans le suivi : tapez 7 puis Entrée pour 7 dégâts, +7 pour soigner, t7 pour 7 points de vie temporaires. Les raccourcis se changent dans les paramètres.</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Autres touches</translation>
    </message>
    <message>
        <source>Apply what the HP field holds</source>
        <translation>Appliquer ce que contient le champ pv</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Type in the Init cell of the current row</source>
        <translation>Taper dans la case Init de la ligne courante</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move through the initiative list; select several</source>
        <translation>Parcourir la liste d&apos;initiative ; en sélectionner plusieurs</translation>
    </message>
    <message>
        <source>Up, Down; Ctrl+click, Shift+click</source>
        <translation>Haut, Bas ; Ctrl+clic, Maj+clic</translation>
    </message>
    <message>
        <source>Walk the statblock&apos;s dice; roll one</source>
        <translation>Parcourir les dés du bloc de statistiques ; en lancer un</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab; Enter</source>
        <translation>Tab, Maj+Tab ; Entrée</translation>
    </message>
    <message>
        <source>Player display full screen (in that window)</source>
        <translation>Affichage des joueurs en plein écran (dans cette fenêtre)</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Fermer une boîte de dialogue sans enregistrer</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>In the Init cell: keep the total, go to the next or previous row&apos;s</source>
        <translation>Dans la case Init : garder le total, passer à la ligne suivante ou précédente</translation>
    </message>
    <message>
        <source>Enter or Down; Up</source>
        <translation>Entrée ou Bas ; Haut</translation>
    </message>
    <message>
        <source>Go to the encounter, the HP field, who acts, the combat log, the statblock</source>
        <translation>Aller à la rencontre, au champ pv, à qui agit, au journal de combat, au bloc de statistiques</translation>
    </message>
    <message>
        <source>Alt+E, Alt+H, Alt+Y, Alt+L, Alt+B</source>
        <translation>Alt+R, Alt+P, Alt+A, Alt+J, Alt+B</translation>
    </message>
</context>
<context>
    <name>dnd::gui::StatblockView</name>
    <message>
        <source>Statblock</source>
        <translation>Bloc de statistiques</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Pick a creature to see its statblock.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Choisissez une créature pour voir son bloc de statistiques.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roll %1</source>
        <translation>Lancer %1</translation>
    </message>
    <message>
        <source>Recharge 6</source>
        <translation>Recharge 6</translation>
    </message>
    <message>
        <source>Recharge %1Ķ</source>
        <translation>Recharge %1Ķ</translation>
    </message>
    <message>
        <source>%1/Day</source>
        <translation>%1/jour</translation>
    </message>
    <message>
        <source>Costs %1 Actions</source>
        <translation>Coûte %1 actions</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Attack:&lt;/i&gt; %1. </source>
        <translation>&lt;i&gt;Attaque :&lt;/i&gt; %1. </translation>
    </message>
    <message>
        <source>%1 (to hit)</source>
        <translation>%1 (toucher)</translation>
    </message>
    <message>
        <source>%1 to hit</source>
        <translation>%1 au toucher</translation>
    </message>
    <message>
        <source>DC %1 %2 saving throw. </source>
        <translation>Jet de sauvegarde de %2 DD %1. </translation>
    </message>
    <message>
        <source>%1 (damage)</source>
        <translation>%1 (dégâts)</translation>
    </message>
    <message>
        <source>%1 (%2 damage)</source>
        <translation>%1 (dégâts de %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Hit:&lt;/i&gt; %1 damage. </source>
        <translation>&lt;i&gt;Touché :&lt;/i&gt; %1 dégâts. </translation>
    </message>
    <message>
        <source>Damage: %1. </source>
        <translation>Dégâts : %1. </translation>
    </message>
    <message>
        <source> plus </source>
        <translation> plus </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Armor Class&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Classe d&apos;armure&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hit Points&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Points de vie&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: hit points</source>
        <translation>%1 : points de vie</translation>
    </message>
    <message>
        <source>%1 ft.</source>
        <translation>%1 ft</translation>
    </message>
    <message>
        <source>burrow %1 ft.</source>
        <translation>creusement %1 ft</translation>
    </message>
    <message>
        <source>climb %1 ft.</source>
        <translation>escalade %1 ft</translation>
    </message>
    <message>
        <source>fly %1 ft. (hover)</source>
        <translation>vol %1 ft (stationnaire)</translation>
    </message>
    <message>
        <source>fly %1 ft.</source>
        <translation>vol %1 ft</translation>
    </message>
    <message>
        <source>swim %1 ft.</source>
        <translation>nage %1 ft</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Speed&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vitesse&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 check</source>
        <translation>%1 : test de %2</translation>
    </message>
    <message>
        <source>%1: %2 save</source>
        <translation>%1 : sauvegarde de %2</translation>
    </message>
    <message>
        <source>Saving Throws</source>
        <translation>Jets de sauvegarde</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Damage Vulnerabilities</source>
        <translation>Vulnérabilités aux dégâts</translation>
    </message>
    <message>
        <source>Damage Resistances</source>
        <translation>Résistances aux dégâts</translation>
    </message>
    <message>
        <source>Damage Immunities</source>
        <translation>Immunités aux dégâts</translation>
    </message>
    <message>
        <source>Condition Immunities</source>
        <translation>Immunités aux états</translation>
    </message>
    <message>
        <source>passive Perception %1</source>
        <translation>Perception passive %1</translation>
    </message>
    <message>
        <source>Senses</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>%1 (%2 XP)</source>
        <translation>%1 (%2 PX)</translation>
    </message>
    <message>
        <source>Proficiency Bonus</source>
        <translation>Bonus de maîtrise</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>%1: initiative</source>
        <translation>%1 : initiative</translation>
    </message>
    <message>
        <source>Legendary Resistance</source>
        <translation>Résistance légendaire</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Bonus Actions</source>
        <translation>Actions bonus</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Legendary Actions</source>
        <translation>Actions légendaires</translation>
    </message>
    <message numerus="yes">
        <source>%n per round, one at a time, each at the end of another creature&apos;s turn; all regained when its own turn starts.</source>
        <translation>
            <numerusform>%n par round, une à la fois, chacune à la fin du tour d&apos;une autre créature ; toutes sont récupérées au début de son propre tour.</numerusform>
            <numerusform>%n par round, une à la fois, chacune à la fin du tour d&apos;une autre créature ; toutes sont récupérées au début de son propre tour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lair Actions</source>
        <translation>Actions de repaire</translation>
    </message>
    <message>
        <source>One per round, at initiative 20 after every combatant tied at 20.</source>
        <translation>Une par round, à l&apos;initiative 20 après tous les combattants à égalité sur 20.</translation>
    </message>
    <message>
        <source>%1 · %2 rules · template (read-only)</source>
        <translation>%1 · règles %2 · modèle (lecture seule)</translation>
    </message>
    <message>
        <source>%1 · %2 rules · custom creature</source>
        <translation>%1 · règles %2 · créature personnalisée</translation>
    </message>
</context>
<context>
    <name>dnd::gui::StoreProblemBanner</name>
    <message>
        <source>Saving problem</source>
        <translation>Problème d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Everything saved before it is safe.</source>
        <translation>Tout ce qui a été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>The disk is full: your last change was not saved. %1 Free some space on the disk that holds the data folder, then make the change again.</source>
        <translation>Le disque est plein : votre dernière modification n&apos;a pas été enregistrée. %1 Libérez de l&apos;espace sur le disque qui contient le dossier de données, puis refaites la modification.</translation>
    </message>
    <message>
        <source>The data file is read-only: your last change was not saved. %1 Make the file and its folder writable again, then make the change again.</source>
        <translation>Le fichier de données est en lecture seule : votre dernière modification n&apos;a pas été enregistrée. %1 Rendez le fichier et son dossier de nouveau accessibles en écriture, puis refaites la modification.</translation>
    </message>
    <message>
        <source>Another program holds the data file locked (another copy of the tracker, or a backup or sync tool): your last change was not saved. %1 Close that program or wait for it, then make the change again.</source>
        <translation>Un autre programme verrouille le fichier de données (une autre copie du tracker, ou un outil de sauvegarde ou de synchronisation) : votre dernière modification n&apos;a pas été enregistrée. %1 Fermez ce programme ou attendez-le, puis refaites la modification.</translation>
    </message>
    <message>
        <source>Your last change could not be written to the data file. %1 Check the data folder, then make the change again. (%2)</source>
        <translation>Votre dernière modification n&apos;a pas pu être écrite dans le fichier de données. %1 Vérifiez le dossier de données, puis refaites la modification. (%2)</translation>
    </message>
    <message>
        <source>Your last change was not saved: the data file is open read-only. %1</source>
        <translation>Votre dernière modification n&apos;a pas été enregistrée : le fichier de données est ouvert en lecture seule. %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::SyncController</name>
    <message>
        <source>Local only</source>
        <translation>Local uniquement</translation>
    </message>
    <message>
        <source>Not syncing: %1</source>
        <translation>Pas de synchronisation : %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisation...</translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s</source>
        <translation>
            <numerusform>Hors ligne, nouvel essai dans %n s</numerusform>
            <numerusform>Hors ligne, nouvel essai dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation arrêtée : %1</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Modifications en attente : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not synced</source>
        <translation>
            <numerusform>%n enregistrement non synchronisé</numerusform>
            <numerusform>%n enregistrements non synchronisés</numerusform>
        </translation>
    </message>
    <message>
        <source>the data file is open read-only. Changes from your other devices arrive once the tracker starts again on a writable file.</source>
        <translation>le fichier de données est ouvert en lecture seule. Les modifications de vos autres appareils arriveront dès que le tracker redémarrera sur un fichier modifiable.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerConditionDelegate</name>
    <message numerus="yes">
        <source>%n rd</source>
        <translation>
            <numerusform>%n rd</numerusform>
            <numerusform>%n rds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerMaxHpDialog</name>
    <message>
        <source>Maximum HP of %1</source>
        <translation>pv maximaux de %1</translation>
    </message>
    <message>
        <source>Maximum hit points</source>
        <translation>Points de vie maximaux</translation>
    </message>
    <message>
        <source>Use the statblock maximum (%1)</source>
        <translation>Utiliser le maximum du bloc de statistiques (%1)</translation>
    </message>
    <message>
        <source>&amp;Maximum HP:</source>
        <translation>pv &amp;maximaux :</translation>
    </message>
    <message>
        <source>Current hit points stay within the new maximum.</source>
        <translation>Les points de vie actuels restent dans la limite du nouveau maximum.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerPage</name>
    <message>
        <source>Encounter</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>&amp;Encounter:</source>
        <translation>&amp;Rencontre :</translation>
    </message>
    <message>
        <source>Initiative order</source>
        <translation>Ordre d&apos;initiative</translation>
    </message>
    <message>
        <source>Combat log</source>
        <translation>Journal de combat</translation>
    </message>
    <message>
        <source>No encounter is open. Build one on the Encounters page, or add the example from the File menu, then pick it above.</source>
        <translation>Aucune rencontre n&apos;est ouverte. Préparez-en une sur la page Rencontres, ou ajoutez l&apos;exemple depuis le menu Fichier, puis choisissez-la ci-dessus.</translation>
    </message>
    <message>
        <source>Combat &amp;log</source>
        <translation>&amp;Journal de combat</translation>
    </message>
    <message>
        <source>Quick hit points</source>
        <translation>Points de vie rapides</translation>
    </message>
    <message>
        <source>7 damage, +7 heal, t7 temporary HP, h7 half, d7 double, c7 critical, 7 fire typed; Enter applies</source>
        <translation>7 dégâts, +7 soins, t7 pv temporaires, h7 moitié, d7 double, c7 critique, 7 fire typé ; Entrée applique</translation>
    </message>
    <message>
        <source>Damage: 7, h7 (half), d7 (double), c7 (critical hit), add a damage type so resistances apply (7 fire, h12 cold) and &quot;magical&quot; for magical weapons. Healing: +7. Temporary HP: t7.</source>
        <translation>Dégâts : 7, h7 (moitié), d7 (double), c7 (coup critique) ; ajoutez un type de dégâts pour que les résistances s&apos;appliquent (7 fire, h12 cold) et « magical » pour les armes magiques. Soins : +7. pv temporaires : t7.</translation>
    </message>
    <message>
        <source>&amp;HP:</source>
        <translation>&amp;pv :</translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 écoulées</translation>
    </message>
    <message>
        <source>Could not open the encounter: %1</source>
        <translation>Impossible d&apos;ouvrir la rencontre : %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>Open an encounter first.</source>
        <translation>Ouvrez d&apos;abord une rencontre.</translation>
    </message>
    <message>
        <source>Type a number: 7 for damage (h7 half, d7 double, c7 critical, 7 fire typed), +7 to heal, t7 for temporary hit points.</source>
        <translation>Saisissez un nombre : 7 pour des dégâts (h7 moitié, d7 double, c7 critique, 7 fire typé), +7 pour soigner, t7 pour des points de vie temporaires.</translation>
    </message>
    <message>
        <source>Select one or more combatants first.</source>
        <translation>Sélectionnez d&apos;abord un ou plusieurs combattants.</translation>
    </message>
    <message>
        <source>Select who gets the condition first.</source>
        <translation>Sélectionnez d&apos;abord qui reçoit l&apos;état.</translation>
    </message>
    <message>
        <source>Export Combat Log</source>
        <translation>Exporter le journal de combat</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Texte (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 took %2 damage while concentrating: Constitution save, DC %3.</source>
        <translation>%1 a subi %2 dégâts en se concentrant : jet de sauvegarde de Constitution, DD %3.</translation>
    </message>
    <message>
        <source>Saving throw total</source>
        <translation>Total du jet de sauvegarde</translation>
    </message>
    <message>
        <source>Record Save</source>
        <translation>Enregistrer la sauvegarde</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total :</translation>
    </message>
    <message>
        <source>%1 is dying: roll a death saving throw.</source>
        <translation>%1 est mourant : lancez un jet de sauvegarde contre la mort.</translation>
    </message>
    <message>
        <source>Roll Death Save</source>
        <translation>Jet de sauvegarde contre la mort</translation>
    </message>
    <message>
        <source>Select whose initiative to type first.</source>
        <translation>Sélectionnez d&apos;abord de qui saisir l&apos;initiative.</translation>
    </message>
    <message>
        <source>Select who rolls initiative first.</source>
        <translation>Sélectionnez d&apos;abord qui lance l&apos;initiative.</translation>
    </message>
    <message>
        <source>%1 can only move among the combatants with the same initiative (%2); change the initiative to move it further.</source>
        <translation>%1 ne peut se déplacer que parmi les combattants de même initiative (%2) ; changez l&apos;initiative pour le déplacer plus loin.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Select one combatant to move.</source>
        <translation>Sélectionnez un combattant à déplacer.</translation>
    </message>
    <message>
        <source>Select whose maximum hit points to change first.</source>
        <translation>Sélectionnez d&apos;abord de qui changer les points de vie maximaux.</translation>
    </message>
    <message numerus="yes">
        <source>%n combatants</source>
        <translation>
            <numerusform>%n combattant</numerusform>
            <numerusform>%n combattants</numerusform>
        </translation>
    </message>
    <message>
        <source>Select who uses a recharge ability first.</source>
        <translation>Sélectionnez d&apos;abord qui utilise une capacité à recharge.</translation>
    </message>
    <message>
        <source>%1 has no recharge ability.</source>
        <translation>%1 n&apos;a aucune capacité à recharge.</translation>
    </message>
    <message>
        <source>No recharge ability of %1 is ready.</source>
        <translation>Aucune capacité à recharge de %1 n&apos;est prête.</translation>
    </message>
    <message>
        <source>Roll Initiative</source>
        <translation>Lancer l&apos;initiative</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Use %1 (not recharged)</source>
        <translation>Utiliser %1 (pas rechargée)</translation>
    </message>
    <message>
        <source>&amp;Keep a Copy</source>
        <translation>&amp;Garder une copie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>“%1” was deleted on another device. This window still shows the fight as it was here; keep a copy to go on with it, or close it.</source>
        <translation>« %1 » a été supprimée sur un autre appareil. Cette fenêtre montre encore le combat tel qu&apos;il était ici ; gardez une copie pour le poursuivre, ou fermez-le.</translation>
    </message>
    <message>
        <source>Kept a copy: “%1”</source>
        <translation>Copie conservée : « %1 »</translation>
    </message>
    <message>
        <source>No target: select a combatant</source>
        <translation>Aucune cible : sélectionnez un combattant</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Select one combatant to give an alias.</source>
        <translation>Choisissez un combattant pour lui donner un alias.</translation>
    </message>
    <message>
        <source>Alias of %1</source>
        <translation>Alias de %1</translation>
    </message>
    <message>
        <source>The name the players see (empty: the real name):</source>
        <translation>Le nom que voient les joueurs (vide : le vrai nom) :</translation>
    </message>
    <message>
        <source>Combat is paused: the clock and the turn wait. Press %1 to resume.</source>
        <translation>Le combat est en pause : le chrono et le tour attendent. Appuyez sur %1 pour reprendre.</translation>
    </message>
    <message>
        <source>Combat is paused: select who takes it, or resume combat first.</source>
        <translation>Le combat est en pause : sélectionnez qui le subit, ou reprenez d’abord le combat.</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Qui agit</translation>
    </message>
    <message>
        <source>Who deals the damage, heals or puts on the condition, as the combat log credits it: whose turn it is, nobody (a trap, a fall), or any combatant</source>
        <translation>Qui inflige les dégâts, soigne ou applique l&apos;état, tel que le journal de combat l&apos;attribue : celui dont c&apos;est le tour, personne (un piège, une chute) ou n&apos;importe quel combattant</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation>P&amp;ar :</translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation>Celui dont c&apos;est le tour</translation>
    </message>
    <message>
        <source>Whose turn it is (%1)</source>
        <translation>Celui dont c&apos;est le tour (%1)</translation>
    </message>
    <message>
        <source>Nobody (a trap, the environment)</source>
        <translation>Personne (un piège, l&apos;environnement)</translation>
    </message>
    <message>
        <source>End Combat</source>
        <translation>Terminer le combat</translation>
    </message>
    <message>
        <source>End the fight in round %1? The summary follows; Ctrl+Z takes the end back.</source>
        <translation>Terminer le combat au round %1 ? Le bilan suit ; Ctrl+Z annule la fin.</translation>
    </message>
    <message>
        <source>&amp;End Combat</source>
        <translation>&amp;Terminer le combat</translation>
    </message>
    <message>
        <source>New Day / Long Rest</source>
        <translation>Nouvelle journée / Repos long</translation>
    </message>
    <message>
        <source>The fight is still running (round %1). Let every combatant finish a long rest anyway? Ctrl+Z takes it back.</source>
        <translation>Le combat est toujours en cours (round %1). Laisser quand même chaque combattant terminer un repos long ? Ctrl+Z l’annule.</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>Se &amp;reposer</translation>
    </message>
</context>
<context>
    <name>dnd::gui::UndoHistory</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>Il n&apos;y a rien à rétablir.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to the D&amp;amp;D Encounter Tracker&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans le suivi de rencontres D&amp;amp;D&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;An example party and the encounter “Ambush at the Old Bridge” are open in the tracker, so you can try a fight right away. Remove them from the Parties and Encounters pages when you no longer need them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un groupe d&apos;exemple et la rencontre « Embuscade au vieux pont » sont ouverts dans le suivi pour que vous puissiez essayer un combat tout de suite. Supprimez-les depuis les pages Groupes et Rencontres quand vous n&apos;en avez plus besoin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything works from the keyboard: press &lt;b&gt;F1&lt;/b&gt; at any time to see every shortcut.&lt;/p&gt;&lt;p&gt;Bring in your own creatures and characters with &lt;b&gt;File &amp;gt; Import&lt;/b&gt; (exports of this tracker, 5e-database, Open5e, Improved Initiative and D&amp;amp;D Beyond).&lt;/p&gt;&lt;p&gt;Your data stays on this computer. An account (&lt;b&gt;File &amp;gt; Account and Sync&lt;/b&gt;) keeps several computers in step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tout se fait au clavier : appuyez sur &lt;b&gt;F1&lt;/b&gt; à tout moment pour voir tous les raccourcis.&lt;/p&gt;&lt;p&gt;Apportez vos propres créatures et personnages avec &lt;b&gt;Fichier &amp;gt; Importer&lt;/b&gt; (exports de cette application, 5e-database, Open5e, Improved Initiative et D&amp;amp;D Beyond).&lt;/p&gt;&lt;p&gt;Vos données restent sur cet ordinateur. Un compte (&lt;b&gt;Fichier &amp;gt; Compte et synchronisation&lt;/b&gt;) garde plusieurs ordinateurs à jour.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts (F1)</source>
        <translation>Raccourcis clavier (F1)</translation>
    </message>
    <message>
        <source>Import a File...</source>
        <translation>Importer un fichier...</translation>
    </message>
    <message>
        <source>Account and Sync...</source>
        <translation>Compte et synchronisation...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>dnd::rules::EncounterSession</name>
    <message>
        <source>That combatant is not in this encounter.</source>
        <translation>Ce combattant n&apos;est pas dans cette rencontre.</translation>
    </message>
    <message>
        <source>There is no encounter with id %1.</source>
        <translation>Il n&apos;existe aucune rencontre avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is nothing to %1.</source>
        <translation>Il n&apos;y a rien à %1.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rétablir</translation>
    </message>
    <message>
        <source>The creature needs a name.</source>
        <translation>La créature a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Add %1 x%2</source>
        <translation>Ajouter %1 x%2</translation>
    </message>
    <message>
        <source>%1 is already in this encounter.</source>
        <translation>%1 est déjà dans cette rencontre.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Cacher %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Révéler %1</translation>
    </message>
    <message>
        <source>An initiative of %1 is outside -20 to 60.</source>
        <translation>Une initiative de %1 est hors de la plage -20 à 60.</translation>
    </message>
    <message>
        <source>A d20 roll is 1 to 20, not %1.</source>
        <translation>Un jet de d20 va de 1 à 20, pas %1.</translation>
    </message>
    <message>
        <source>Initiative %1 for %2</source>
        <translation>Initiative %1 pour %2</translation>
    </message>
    <message>
        <source>There is nobody to roll initiative for.</source>
        <translation>Il n&apos;y a personne pour qui lancer l&apos;initiative.</translation>
    </message>
    <message>
        <source>Roll initiative</source>
        <translation>Lancer l&apos;initiative</translation>
    </message>
    <message>
        <source>%1 is not tied with anyone; change the initiative to move it.</source>
        <translation>%1 n&apos;est à égalité avec personne ; changez l&apos;initiative pour le déplacer.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Change encounter options</source>
        <translation>Modifier les options de la rencontre</translation>
    </message>
    <message>
        <source>Lair</source>
        <translation>Repaire</translation>
    </message>
    <message>
        <source>Enable lair actions</source>
        <translation>Activer les actions de repaire</translation>
    </message>
    <message>
        <source>Disable lair actions</source>
        <translation>Désactiver les actions de repaire</translation>
    </message>
    <message>
        <source>Combat is already running.</source>
        <translation>Le combat est déjà en cours.</translation>
    </message>
    <message>
        <source>Add combatants before starting combat.</source>
        <translation>Ajoutez des combattants avant de commencer le combat.</translation>
    </message>
    <message>
        <source>Nobody in this encounter can still fight.</source>
        <translation>Personne dans cette rencontre ne peut encore se battre.</translation>
    </message>
    <message>
        <source>Start combat</source>
        <translation>Commencer le combat</translation>
    </message>
    <message>
        <source>Combat is not running.</source>
        <translation>Le combat n&apos;est pas en cours.</translation>
    </message>
    <message>
        <source>End combat</source>
        <translation>Terminer le combat</translation>
    </message>
    <message>
        <source>Start combat before moving to the next turn.</source>
        <translation>Commencez le combat avant de passer au tour suivant.</translation>
    </message>
    <message>
        <source>Nobody is in the initiative order.</source>
        <translation>Personne n&apos;est dans l&apos;ordre d&apos;initiative.</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Tour suivant</translation>
    </message>
    <message>
        <source>This is the first turn of the fight.</source>
        <translation>C&apos;est le premier tour du combat.</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>Tour précédent</translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>Choisissez au moins une cible.</translation>
    </message>
    <message>
        <source>Damage must be between 0 and 99999, not %1.</source>
        <translation>Les dégâts doivent être compris entre 0 et 99999, pas %1.</translation>
    </message>
    <message>
        <source>Damage %1 to %2</source>
        <translation>%1 dégâts à %2</translation>
    </message>
    <message>
        <source>Healing must be between 1 and 99999, not %1.</source>
        <translation>Les soins doivent être compris entre 1 et 99999, pas %1.</translation>
    </message>
    <message>
        <source>%1 is dead; healing cannot bring them back.</source>
        <translation>%1 est mort ; les soins ne peuvent pas le ramener.</translation>
    </message>
    <message>
        <source>Heal %1 to %2</source>
        <translation>%1 soins à %2</translation>
    </message>
    <message>
        <source>Temporary hit points must be between 0 and 99999, not %1.</source>
        <translation>Les points de vie temporaires doivent être compris entre 0 et 99999, pas %1.</translation>
    </message>
    <message>
        <source>%1 temporary HP to %2</source>
        <translation>%1 pv temporaires à %2</translation>
    </message>
    <message>
        <source>Maximum HP must be between 1 and 99999, not %1.</source>
        <translation>Les pv maximaux doivent être compris entre 1 et 99999, pas %1.</translation>
    </message>
    <message>
        <source>Maximum HP of %1</source>
        <translation>pv maximaux de %1</translation>
    </message>
    <message>
        <source>A condition needs a name of 1 to 100 characters.</source>
        <translation>Un état a besoin d&apos;un nom de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>A duration is 1 to 1000 rounds, or until removed.</source>
        <translation>Une durée va de 1 à 1000 rounds, ou jusqu&apos;à retrait.</translation>
    </message>
    <message>
        <source>The combatant whose turn ends the condition is not in this encounter.</source>
        <translation>Le combattant dont le tour met fin à l&apos;état n&apos;est pas dans cette rencontre.</translation>
    </message>
    <message>
        <source>%1 is immune to %2.</source>
        <translation>%1 est immunisé contre %2.</translation>
    </message>
    <message>
        <source>Exhaustion levels are 1 to 6, not %1.</source>
        <translation>Les niveaux d&apos;épuisement vont de 1 à 6, pas %1.</translation>
    </message>
    <message>
        <source>Exhaustion %1 on %2</source>
        <translation>Épuisement %1 sur %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <source>%1 does not have that condition.</source>
        <translation>%1 n&apos;a pas cet état.</translation>
    </message>
    <message>
        <source>%1 is at 0 hit points and cannot concentrate.</source>
        <translation>%1 est à 0 point de vie et ne peut pas se concentrer.</translation>
    </message>
    <message>
        <source>%1 concentrates</source>
        <translation>%1 se concentre</translation>
    </message>
    <message>
        <source>%1 stops concentrating</source>
        <translation>%1 cesse de se concentrer</translation>
    </message>
    <message>
        <source>%1 is not concentrating.</source>
        <translation>%1 ne se concentre pas.</translation>
    </message>
    <message>
        <source>Concentration save of %1</source>
        <translation>Sauvegarde de concentration de %1</translation>
    </message>
    <message>
        <source>A death save is a d20 roll from 1 to 20, not %1.</source>
        <translation>Un jet de sauvegarde contre la mort est un jet de d20 de 1 à 20, pas %1.</translation>
    </message>
    <message>
        <source>%1 is not dying.</source>
        <translation>%1 n&apos;est pas mourant.</translation>
    </message>
    <message>
        <source>Death save %1 for %2</source>
        <translation>Jet contre la mort %1 pour %2</translation>
    </message>
    <message>
        <source>%1 has no legendary actions.</source>
        <translation>%1 n&apos;a pas d&apos;actions légendaires.</translation>
    </message>
    <message>
        <source>A legendary action costs 1 to %1, not %2.</source>
        <translation>Une action légendaire coûte de 1 à %1, pas %2.</translation>
    </message>
    <message>
        <source>%1 has %2 legendary actions left, not %3.</source>
        <translation>Il reste %2 actions légendaires à %1, pas %3.</translation>
    </message>
    <message>
        <source>Legendary action of %1</source>
        <translation>Action légendaire de %1</translation>
    </message>
    <message>
        <source>%1 has no legendary resistance left.</source>
        <translation>%1 n&apos;a plus de résistance légendaire.</translation>
    </message>
    <message>
        <source>Legendary resistance of %1</source>
        <translation>Résistance légendaire de %1</translation>
    </message>
    <message>
        <source>%1 has already used its reaction this round.</source>
        <translation>%1 a déjà utilisé sa réaction ce round.</translation>
    </message>
    <message>
        <source>Reaction of %1</source>
        <translation>Réaction de %1</translation>
    </message>
    <message>
        <source>%1 of %2 has not recharged yet.</source>
        <translation>%1 de %2 n&apos;est pas encore rechargée.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 has no recharging ability called %2.</source>
        <translation>%1 n&apos;a aucune capacité à recharge appelée %2.</translation>
    </message>
    <message>
        <source>A roll&apos;s label has at most %1 characters, not %2.</source>
        <translation>Le libellé d&apos;un jet fait au plus %1 caractères, pas %2.</translation>
    </message>
    <message>
        <source>Roll %1</source>
        <translation>Lancer %1</translation>
    </message>
    <message>
        <source>“%1” was deleted on another device. Keep a copy to go on with it.</source>
        <translation>« %1 » a été supprimée sur un autre appareil. Gardez une copie pour la poursuivre.</translation>
    </message>
    <message>
        <source>Add between 1 and %1 creatures at a time, not %2.</source>
        <translation>Ajoutez entre 1 et %1 créatures à la fois, pas %2.</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>Modifier les détails de %1</translation>
    </message>
    <message>
        <source>%1 has its reaction already.</source>
        <translation>%1 a déjà sa réaction.</translation>
    </message>
    <message>
        <source>Reaction of %1 back</source>
        <translation>Réaction de %1 rendue</translation>
    </message>
    <message>
        <source>Combat is paused: resume it instead of starting again.</source>
        <translation>Le combat est en pause : reprenez-le au lieu de le recommencer.</translation>
    </message>
    <message>
        <source>Combat is already paused.</source>
        <translation>Le combat est déjà en pause.</translation>
    </message>
    <message>
        <source>Pause combat</source>
        <translation>Mettre le combat en pause</translation>
    </message>
    <message>
        <source>Combat is not paused.</source>
        <translation>Le combat n’est pas en pause.</translation>
    </message>
    <message>
        <source>Resume combat</source>
        <translation>Reprendre le combat</translation>
    </message>
    <message>
        <source>Combat is paused. Resume it to change turns.</source>
        <translation>Le combat est en pause. Reprenez-le pour changer de tour.</translation>
    </message>
    <message>
        <source>The combatant acting is not in this encounter.</source>
        <translation>Le combattant qui agit n&apos;est pas dans cette rencontre.</translation>
    </message>
    <message>
        <source>Everyone is already rested: nothing for a long rest to restore.</source>
        <translation>Tout le monde est déjà reposé : un repos long n’a rien à rétablir.</translation>
    </message>
    <message>
        <source>Long rest for %1</source>
        <translation>Repos long pour %1</translation>
    </message>
</context>
<context>
    <name>dnd::sync::AccountClient</name>
    <message>
        <source>The sync service gave no payment page.</source>
        <translation>Le service de synchronisation n&apos;a fourni aucune page de paiement.</translation>
    </message>
    <message>
        <source>The sync service answered without the sign-in tokens.</source>
        <translation>Le service de synchronisation a répondu sans les jetons de connexion.</translation>
    </message>
    <message>
        <source>The sync service answered without a share code.</source>
        <translation>Le service de synchronisation a répondu sans code de partage.</translation>
    </message>
    <message>
        <source>The sync service answered without the new API token.</source>
        <translation>Le service de synchronisation a répondu sans le nouveau jeton d&apos;API.</translation>
    </message>
</context>
<context>
    <name>dnd::sync::SyncEngine</name>
    <message>
        <source>The sync service processed changes up to %1 of %2.</source>
        <translation>Le service de synchronisation a traité les modifications jusqu&apos;à %1 sur %2.</translation>
    </message>
    <message>
        <source>The sync service keeps refusing this device: %1</source>
        <translation>Le service de synchronisation refuse toujours cet appareil : %1</translation>
    </message>
    <message>
        <source>The sync service&apos;s data was restored or reset.</source>
        <translation>Les données du service de synchronisation ont été restaurées ou réinitialisées.</translation>
    </message>
    <message>
        <source>The sync service has processed changes up to %1; this device sent up to %2.</source>
        <translation>Le service de synchronisation a traité les modifications jusqu&apos;à %1 ; cet appareil en a envoyé jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>The sync service refuses even the smallest change as too large.</source>
        <translation>Le service de synchronisation refuse même la plus petite modification comme trop grande.</translation>
    </message>
    <message>
        <source>This change to a %1 is larger than the sync service accepts; it stays on this device.</source>
        <translation>Cette modification d&apos;un enregistrement %1 dépasse ce que le service de synchronisation accepte ; elle reste sur cet appareil.</translation>
    </message>
    <message>
        <source>The sync service has processed changes up to %1; this device made %2.</source>
        <translation>Le service de synchronisation a traité les modifications jusqu&apos;à %1 ; cet appareil en a fait %2.</translation>
    </message>
</context>
</TS>
