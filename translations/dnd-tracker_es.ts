<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackupManager</name>
    <message>
        <source>The database handle is not available for a backup.</source>
        <translation>La conexión con la base de datos no está disponible para una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not create the backup file %1: %2</source>
        <translation>No se pudo crear el archivo de copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>La copia de seguridad en %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>Could not move the finished backup to %1: %2</source>
        <translation>No se pudo mover la copia terminada a %1: %2</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>La copia de seguridad no se puede usar: %1</translation>
    </message>
    <message>
        <source>The backup is damaged too: %1</source>
        <translation>La copia de seguridad también está dañada: %1</translation>
    </message>
    <message>
        <source>Could not move %1 aside before restoring.</source>
        <translation>No se pudo apartar %1 antes de restaurar.</translation>
    </message>
    <message>
        <source>Could not copy the backup to %1: %2</source>
        <translation>No se pudo copiar la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>Could not mark %1 as restored: %2</source>
        <translation>No se pudo marcar %1 como restaurada: %2</translation>
    </message>
</context>
<context>
    <name>Bestiary</name>
    <message>
        <source>The bundled bestiary is missing from this build (%1).</source>
        <translation>Falta el bestiario incluido en esta compilación (%1).</translation>
    </message>
    <message>
        <source>The bundled bestiary cannot be read.</source>
        <translation>No se puede leer el bestiario incluido.</translation>
    </message>
    <message>
        <source>The bundled bestiary is missing from this build.</source>
        <translation>Falta el bestiario incluido en esta compilación.</translation>
    </message>
    <message>
        <source>The bundled bestiary could not be installed: %1</source>
        <translation>No se pudo instalar el bestiario incluido: %1</translation>
    </message>
</context>
<context>
    <name>BestiaryBuilder</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 does not validate: %2</source>
        <translation>%1 no es válido: %2</translation>
    </message>
</context>
<context>
    <name>CombatLogText</name>
    <message>
        <source>massive damage</source>
        <translation>daño masivo</translation>
    </message>
    <message>
        <source>three failed death saves</source>
        <translation>tres salvaciones de muerte falladas</translation>
    </message>
    <message>
        <source>exhaustion</source>
        <translation>agotamiento</translation>
    </message>
    <message>
        <source>dropped to 0 HP</source>
        <translation>cayó a 0 PG</translation>
    </message>
    <message>
        <source>failed the save</source>
        <translation>falló la salvación</translation>
    </message>
    <message>
        <source>died</source>
        <translation>murió</translation>
    </message>
    <message>
        <source>defeated</source>
        <translation>derrotado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 took %2 damage from %3</source>
        <translation>%1 recibió %2 de daño de %3</translation>
    </message>
    <message>
        <source>%1 took %2 %3 damage from %4</source>
        <translation>%1 recibió %2 de daño (%3) de %4</translation>
    </message>
    <message>
        <source>%1 took %2 damage</source>
        <translation>%1 recibió %2 de daño</translation>
    </message>
    <message>
        <source>%1 took %2 %3 damage</source>
        <translation>%1 recibió %2 de daño (%3)</translation>
    </message>
    <message>
        <source>critical hit</source>
        <translation>golpe crítico</translation>
    </message>
    <message>
        <source>halved</source>
        <translation>reducido a la mitad</translation>
    </message>
    <message>
        <source>doubled</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>immune</source>
        <translation>inmune</translation>
    </message>
    <message>
        <source>resisted</source>
        <translation>resistido</translation>
    </message>
    <message>
        <source>vulnerable</source>
        <translation>vulnerable</translation>
    </message>
    <message>
        <source>%1 rolled</source>
        <translation>%1 en la tirada</translation>
    </message>
    <message>
        <source>%1 healed %2 for %3</source>
        <translation>%1 curó %3 PG a %2</translation>
    </message>
    <message>
        <source>%1 regained %2 HP</source>
        <translation>%1 recuperó %2 PG</translation>
    </message>
    <message>
        <source>%1 gave %2 %3 temporary HP</source>
        <translation>%1 dio a %2 %3 PG temporales</translation>
    </message>
    <message>
        <source>%1 gained %2 temporary HP</source>
        <translation>%1 obtuvo %2 PG temporales</translation>
    </message>
    <message>
        <source>%1 gave %2 the condition %3</source>
        <translation>%1 aplicó el estado %3 a %2</translation>
    </message>
    <message>
        <source>%1 gained the condition %2</source>
        <translation>%1 obtuvo el estado %2</translation>
    </message>
    <message>
        <source>%1 for 1 round</source>
        <translation>%1 durante 1 asalto</translation>
    </message>
    <message>
        <source>%1 (hidden from the players)</source>
        <translation>%1 (oculto a los jugadores)</translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <translation>%1 quitó %2 a %3</translation>
    </message>
    <message>
        <source>%1 no longer has the condition %2</source>
        <translation>%1 ya no tiene el estado %2</translation>
    </message>
    <message>
        <source>The players see %1 by their own name again</source>
        <translation>Los jugadores vuelven a ver a %1 con su propio nombre</translation>
    </message>
    <message>
        <source>The players see %1 as “%2”</source>
        <translation>Los jugadores ven a %1 como «%2»</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renombrado a %2</translation>
    </message>
    <message>
        <source>Changed the details of %1</source>
        <translation>Datos de %1 cambiados</translation>
    </message>
    <message>
        <source>%1 stopped concentrating</source>
        <translation>%1 dejó de concentrarse</translation>
    </message>
    <message>
        <source>%1 kept concentration (%2 against DC %3)</source>
        <translation>%1 mantuvo la concentración (%2 contra CD %3)</translation>
    </message>
    <message>
        <source>%1 lost concentration (%2 against DC %3)</source>
        <translation>%1 perdió la concentración (%2 contra CD %3)</translation>
    </message>
    <message>
        <source>%1 rolled %2 on a death save (successes %3, failures %4)</source>
        <translation>%1 sacó %2 en la salvación de muerte (éxitos %3, fallos %4)</translation>
    </message>
    <message>
        <source>%1 rolled %2 on a d6: %3 is ready again</source>
        <translation>%1 sacó %2 en un d6: %3 vuelve a estar listo</translation>
    </message>
    <message>
        <source>%1 rolled %2 on a d6: %3 is not ready yet</source>
        <translation>%1 sacó %2 en un d6: %3 aún no está listo</translation>
    </message>
    <message>
        <source>The DM rolled %1</source>
        <translation>El DM tiró %1</translation>
    </message>
    <message>
        <source>%1 rolled %2</source>
        <translation>%1 tiró %2</translation>
    </message>
    <message>
        <source>%1 finished a long rest (HP %2 of %3)</source>
        <translation>%1 terminó un descanso largo (PG %2 de %3)</translation>
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
        <translation>%1 añadido (oculto)</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 añadido</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 quitado</translation>
    </message>
    <message>
        <source>Hid %1 from the players</source>
        <translation>%1 oculto a los jugadores</translation>
    </message>
    <message>
        <source>Revealed %1 to the players</source>
        <translation>%1 mostrado a los jugadores</translation>
    </message>
    <message>
        <source>Initiative of %1 set to %2</source>
        <translation>Iniciativa de %1 fijada en %2</translation>
    </message>
    <message>
        <source>%1 rolled %2 for initiative (d20 %3, modifier %4)</source>
        <translation>%1 sacó %2 de iniciativa (d20 %3, modificador %4)</translation>
    </message>
    <message>
        <source>Moved %1 among those tied on initiative</source>
        <translation>%1 movido entre los empatados en iniciativa</translation>
    </message>
    <message>
        <source>Changed the initiative options</source>
        <translation>Opciones de iniciativa cambiadas</translation>
    </message>
    <message>
        <source>Lair actions turned on</source>
        <translation>Acciones de guarida activadas</translation>
    </message>
    <message>
        <source>Lair actions turned off</source>
        <translation>Acciones de guarida desactivadas</translation>
    </message>
    <message>
        <source>The condition %1 on %2 ran out</source>
        <translation>El estado %1 de %2 ha expirado</translation>
    </message>
    <message>
        <source>Exhaustion of %1 is now level %2</source>
        <translation>El agotamiento de %1 es ahora de nivel %2</translation>
    </message>
    <message>
        <source>%1 began concentrating</source>
        <translation>%1 empezó a concentrarse</translation>
    </message>
    <message>
        <source>%1 began concentrating on %2</source>
        <translation>%1 empezó a concentrarse en %2</translation>
    </message>
    <message>
        <source>%1 must make a DC %2 Constitution save to keep concentrating</source>
        <translation>%1 debe superar una salvación de Constitución CD %2 para mantener la concentración</translation>
    </message>
    <message>
        <source>%1&apos;s turn</source>
        <translation>Turno de %1</translation>
    </message>
    <message>
        <source>Round %1 began</source>
        <translation>Empezó el asalto %1</translation>
    </message>
    <message>
        <source>Back to the previous turn</source>
        <translation>Vuelta al turno anterior</translation>
    </message>
    <message>
        <source>Back to %1&apos;s turn</source>
        <translation>Vuelta al turno de %1</translation>
    </message>
    <message>
        <source>Combat started</source>
        <translation>Combate iniciado</translation>
    </message>
    <message>
        <source>Combat ended in round %1</source>
        <translation>Combate terminado en el asalto %1</translation>
    </message>
    <message>
        <source>Combat paused</source>
        <translation>Combate en pausa</translation>
    </message>
    <message>
        <source>Combat resumed</source>
        <translation>Combate reanudado</translation>
    </message>
    <message>
        <source>Maximum HP of %1 set to %2</source>
        <translation>PG máximos de %1 fijados en %2</translation>
    </message>
    <message>
        <source>%1 died</source>
        <translation>%1 murió</translation>
    </message>
    <message>
        <source>%1 fell unconscious and is dying</source>
        <translation>%1 cayó inconsciente y está muriendo</translation>
    </message>
    <message>
        <source>%1 was defeated by %2</source>
        <translation>%1 fue derrotado por %2</translation>
    </message>
    <message>
        <source>%1 was defeated</source>
        <translation>%1 fue derrotado</translation>
    </message>
    <message>
        <source>%1 must make a death save</source>
        <translation>%1 debe hacer una salvación de muerte</translation>
    </message>
    <message>
        <source>%1 failed a death save from the damage</source>
        <translation>%1 falló una salvación de muerte por el daño</translation>
    </message>
    <message>
        <source>%1 is stable</source>
        <translation>%1 está estable</translation>
    </message>
    <message>
        <source>%1 used a legendary action (%2 left)</source>
        <translation>%1 usó una acción legendaria (quedan %2)</translation>
    </message>
    <message>
        <source>%1 used a legendary action costing %2 (%3 left)</source>
        <translation>%1 usó una acción legendaria de coste %2 (quedan %3)</translation>
    </message>
    <message>
        <source>%1 used a legendary resistance (%2 left)</source>
        <translation>%1 usó una resistencia legendaria (quedan %2)</translation>
    </message>
    <message>
        <source>%1 used their reaction</source>
        <translation>%1 usó su reacción</translation>
    </message>
    <message>
        <source>%1 has their reaction again</source>
        <translation>%1 vuelve a tener su reacción</translation>
    </message>
    <message>
        <source>%1 used %2</source>
        <translation>%1 usó %2</translation>
    </message>
    <message>
        <source>acid</source>
        <translation>ácido</translation>
    </message>
    <message>
        <source>bludgeoning</source>
        <translation>contundente</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>frío</translation>
    </message>
    <message>
        <source>fire</source>
        <translation>fuego</translation>
    </message>
    <message>
        <source>force</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <source>lightning</source>
        <translation>relámpago</translation>
    </message>
    <message>
        <source>necrotic</source>
        <translation>necrótico</translation>
    </message>
    <message>
        <source>piercing</source>
        <translation>perforante</translation>
    </message>
    <message>
        <source>poison</source>
        <translation>veneno</translation>
    </message>
    <message>
        <source>psychic</source>
        <translation>psíquico</translation>
    </message>
    <message>
        <source>radiant</source>
        <translation>radiante</translation>
    </message>
    <message>
        <source>slashing</source>
        <translation>cortante</translation>
    </message>
    <message>
        <source>thunder</source>
        <translation>trueno</translation>
    </message>
    <message numerus="yes">
        <source>%1 for %n rounds</source>
        <translation>
            <numerusform>%1 durante %n asalto</numerusform>
            <numerusform>%1 durante %n asaltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed %n death saves from the damage</source>
        <translation>
            <numerusform>%1 falló %n salvación de muerte por el daño</numerusform>
            <numerusform>%1 falló %n salvaciones de muerte por el daño</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has 1 legendary action again</source>
        <translation>%1 vuelve a tener 1 acción legendaria</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n legendary actions again</source>
        <translation>
            <numerusform>%1 vuelve a tener %n acción legendaria</numerusform>
            <numerusform>%1 vuelve a tener %n acciones legendarias</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>«%1» %2</translation>
    </message>
</context>
<context>
    <name>Conditions</name>
    <message>
        <source>Blinded</source>
        <translation>Cegado</translation>
    </message>
    <message>
        <source>Sees nothing; its attacks are at disadvantage, attacks on it at advantage.</source>
        <translation>No ve nada; sus ataques tienen desventaja y los ataques contra él, ventaja.</translation>
    </message>
    <message>
        <source>Sees nothing; checks needing sight fail; its attacks at disadvantage, attacks on it at advantage.</source>
        <translation>No ve nada; las pruebas que requieren la vista fallan; sus ataques tienen desventaja y los ataques contra él, ventaja.</translation>
    </message>
    <message>
        <source>Charmed</source>
        <translation>Hechizado</translation>
    </message>
    <message>
        <source>Will not harm the charmer, who has advantage when dealing with it socially.</source>
        <translation>No dañará a quien lo hechizó, que tiene ventaja al interactuar socialmente con él.</translation>
    </message>
    <message>
        <source>Deafened</source>
        <translation>Ensordecido</translation>
    </message>
    <message>
        <source>Hears nothing; checks that rely on hearing fail.</source>
        <translation>No oye nada; las pruebas que dependen del oído fallan.</translation>
    </message>
    <message>
        <source>Frightened</source>
        <translation>Asustado</translation>
    </message>
    <message>
        <source>Disadvantage on checks and attacks while it sees the source; cannot move closer to it.</source>
        <translation>Desventaja en pruebas y ataques mientras vea la fuente; no puede acercarse a ella.</translation>
    </message>
    <message>
        <source>Grappled</source>
        <translation>Agarrado</translation>
    </message>
    <message>
        <source>Speed 0; ends when the grappler is incapacitated or they are separated.</source>
        <translation>Velocidad 0; termina cuando quien lo agarra queda incapacitado o se separan.</translation>
    </message>
    <message>
        <source>Speed 0; disadvantage on attacks against anyone but the grappler, who can drag it along.</source>
        <translation>Velocidad 0; desventaja en ataques contra cualquiera salvo quien lo agarra, que puede arrastrarlo.</translation>
    </message>
    <message>
        <source>Incapacitated</source>
        <translation>Incapacitado</translation>
    </message>
    <message>
        <source>Can take no actions and no reactions.</source>
        <translation>No puede realizar acciones ni reacciones.</translation>
    </message>
    <message>
        <source>No actions, bonus actions or reactions; concentration ends; cannot speak; disadvantage on initiative.</source>
        <translation>Sin acciones, acciones adicionales ni reacciones; la concentración termina; no puede hablar; desventaja en iniciativa.</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisible</translation>
    </message>
    <message>
        <source>Unseen without magic; its attacks at advantage, attacks on it at disadvantage.</source>
        <translation>No se le ve sin magia; sus ataques tienen ventaja y los ataques contra él, desventaja.</translation>
    </message>
    <message>
        <source>Unseen and hard to locate; advantage on initiative and its attacks, attacks on it at disadvantage.</source>
        <translation>No se le ve y es difícil de localizar; ventaja en iniciativa y en sus ataques, los ataques contra él tienen desventaja.</translation>
    </message>
    <message>
        <source>Paralyzed</source>
        <translation>Paralizado</translation>
    </message>
    <message>
        <source>Incapacitated and motionless; fails Str and Dex saves; close hits on it are critical.</source>
        <translation>Incapacitado e inmóvil; falla las salvaciones de Fuerza y Destreza; los impactos cuerpo a cuerpo contra él son críticos.</translation>
    </message>
    <message>
        <source>Incapacitated, speed 0; fails Str and Dex saves; attacks on it have advantage, close hits are critical.</source>
        <translation>Incapacitado, velocidad 0; falla las salvaciones de Fuerza y Destreza; los ataques contra él tienen ventaja y los impactos cuerpo a cuerpo son críticos.</translation>
    </message>
    <message>
        <source>Petrified</source>
        <translation>Petrificado</translation>
    </message>
    <message>
        <source>Turned to stone: incapacitated, resists all damage, immune to poison and disease.</source>
        <translation>Convertido en piedra: incapacitado, resistente a todo daño, inmune al veneno y a la enfermedad.</translation>
    </message>
    <message>
        <source>Poisoned</source>
        <translation>Envenenado</translation>
    </message>
    <message>
        <source>Disadvantage on attack rolls and ability checks.</source>
        <translation>Desventaja en tiradas de ataque y pruebas de característica.</translation>
    </message>
    <message>
        <source>Prone</source>
        <translation>Derribado</translation>
    </message>
    <message>
        <source>On the ground: crawls or spends half its speed to stand; close attackers have advantage, distant ones disadvantage.</source>
        <translation>En el suelo: se arrastra o gasta la mitad de su velocidad para levantarse; los atacantes cercanos tienen ventaja y los lejanos, desventaja.</translation>
    </message>
    <message>
        <source>Restrained</source>
        <translation>Apresado</translation>
    </message>
    <message>
        <source>Speed 0; its attacks and Dex saves at disadvantage, attacks on it at advantage.</source>
        <translation>Velocidad 0; sus ataques y salvaciones de Destreza tienen desventaja y los ataques contra él, ventaja.</translation>
    </message>
    <message>
        <source>Stunned</source>
        <translation>Aturdido</translation>
    </message>
    <message>
        <source>Incapacitated, barely speaks; fails Str and Dex saves; attacks on it at advantage.</source>
        <translation>Incapacitado, apenas habla; falla las salvaciones de Fuerza y Destreza; los ataques contra él tienen ventaja.</translation>
    </message>
    <message>
        <source>Unconscious</source>
        <translation>Inconsciente</translation>
    </message>
    <message>
        <source>Out cold and prone: incapacitated, drops what it holds, fails Str and Dex saves; close hits are critical.</source>
        <translation>Sin sentido y derribado: incapacitado, suelta lo que sostiene, falla las salvaciones de Fuerza y Destreza; los impactos cuerpo a cuerpo son críticos.</translation>
    </message>
    <message>
        <source>Exhaustion</source>
        <translation>Agotamiento</translation>
    </message>
    <message>
        <source>Fatigue in six levels, each adding a penalty; level 6 is death.</source>
        <translation>Fatiga en seis niveles, cada uno con una penalización; el nivel 6 es la muerte.</translation>
    </message>
    <message>
        <source>Fatigue in six levels: every d20 test -2 and speed -5 ft per level; level 6 is death.</source>
        <translation>Fatiga en seis niveles: cada prueba de d20 -2 y velocidad -1,5 m (5 ft) por nivel; el nivel 6 es la muerte.</translation>
    </message>
    <message>
        <source>Disadvantage on ability checks.</source>
        <translation>Desventaja en pruebas de característica.</translation>
    </message>
    <message>
        <source>Speed halved (and level 1).</source>
        <translation>Velocidad reducida a la mitad (y nivel 1).</translation>
    </message>
    <message>
        <source>Disadvantage on attack rolls and saving throws (and levels 1-2).</source>
        <translation>Desventaja en tiradas de ataque y de salvación (y niveles 1-2).</translation>
    </message>
    <message>
        <source>Hit point maximum halved (and levels 1-3).</source>
        <translation>Máximo de puntos de golpe reducido a la mitad (y niveles 1-3).</translation>
    </message>
    <message>
        <source>Speed 0 (and levels 1-4).</source>
        <translation>Velocidad 0 (y niveles 1-4).</translation>
    </message>
    <message>
        <source>Death.</source>
        <translation>Muerte.</translation>
    </message>
    <message>
        <source>%1 to every d20 test; speed reduced by %2 ft.</source>
        <translation>%1 a cada prueba de d20; velocidad reducida en %2 pies.</translation>
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
        <translation>No hay ningún inicio de sesión guardado para esta cuenta.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1), so the sign-in is not kept; you will be asked to sign in again next time.</source>
        <translation>No hay ningún llavero disponible en este ordenador (%1), así que el inicio de sesión no se conserva; se le pedirá de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1).</source>
        <translation>El llavero ha denegado el acceso (%1).</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1), so the sign-in is not kept; you will be asked to sign in again next time.</source>
        <translation>No se pudo usar el llavero (%1), así que el inicio de sesión no se conserva; se le pedirá de nuevo la próxima vez.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The data file %1 is not a regular file. Choose another data folder.</source>
        <translation>El archivo de datos %1 no es un archivo normal. Elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be read (%2). Check its permissions; nothing was changed.</source>
        <translation>El archivo de datos %1 no se puede leer (%2). Revise sus permisos; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The data file %1 is not a tracker database or is damaged. It was left untouched; restore a backup or choose another data folder.</source>
        <translation>El archivo de datos %1 no es una base de datos de la aplicación o está dañado. No se ha tocado; restaure una copia de seguridad o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The data file %1 has a damaged header. It was left untouched; restore the latest backup.</source>
        <translation>El archivo de datos %1 tiene la cabecera dañada. No se ha tocado; restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>The data file %1 is truncated (%2 of %3 bytes). It was left untouched; restore the latest backup.</source>
        <translation>El archivo de datos %1 está truncado (%2 de %3 bytes). No se ha tocado; restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>check the data file</source>
        <translation>comprobar el archivo de datos</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2). It was left untouched; restore the latest backup.</source>
        <translation>El archivo de datos %1 está dañado (%2). No se ha tocado; restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not check the data file %1 (%2). Nothing will be written to it until it can be checked; start the tracker again.</source>
        <translation>No se pudo comprobar el archivo de datos %1 (%2). No se escribirá nada en él hasta que se pueda comprobar; inicie la aplicación de nuevo.</translation>
    </message>
    <message>
        <source>The data file %1 and its folder cannot be written (%2).</source>
        <translation>No se puede escribir en el archivo de datos %1 ni en su carpeta (%2).</translation>
    </message>
    <message>
        <source>The data file %1 cannot be written (%2).</source>
        <translation>No se puede escribir en el archivo de datos %1 (%2).</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only.</source>
        <translation>La carpeta de datos %1 es de solo lectura.</translation>
    </message>
    <message>
        <source>%1 The tracker opened the file read-only: you can look at everything in it, but no change is saved. Make the file and its folder writable, then start the tracker again.</source>
        <translation>%1 El tracker abrió el archivo en modo de solo lectura: puede ver todo su contenido, pero no se guarda ningún cambio. Permita la escritura en el archivo y su carpeta y vuelva a iniciar el tracker.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2: %3). It was left untouched; restore the latest backup.</source>
        <translation>El archivo de datos %1 está dañado (%2: %3). No se ha tocado; restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not open the data file %1 (%2: %3). It was left untouched.</source>
        <translation>No se pudo abrir el archivo de datos %1 (%2: %3). No se ha tocado.</translation>
    </message>
    <message>
        <source>The data file is damaged (%1: %2). Restore the latest backup.</source>
        <translation>El archivo de datos está dañado (%1: %2). Restaure la última copia de seguridad.</translation>
    </message>
    <message>
        <source>The data file is busy in another program (%1: %2). Close other copies of the tracker and try again.</source>
        <translation>Otro programa está usando el archivo de datos (%1: %2). Cierre las demás copias de la aplicación e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full (%1: %2). Free some space; the change was not saved.</source>
        <translation>El disco está lleno (%1: %2). Libere espacio; el cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>The data file cannot be written (%1: %2). Check that the file and its folder are writable; the change was not saved.</source>
        <translation>No se puede escribir el archivo de datos (%1: %2). Compruebe que el archivo y su carpeta admiten escritura; el cambio no se guardó.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>No se pudo %1: %2</translation>
    </message>
    <message>
        <source>Could not %1: %2. Check the data folder&apos;s permissions.</source>
        <translation>No se pudo %1: %2. Revise los permisos de la carpeta de datos.</translation>
    </message>
    <message>
        <source>There is no data file at %1.</source>
        <translation>No hay ningún archivo de datos en %1.</translation>
    </message>
    <message>
        <source>Could not create the folder for %1.</source>
        <translation>No se pudo crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>The data folder of %1 is read-only, and the file&apos;s latest changes are still in %1-wal, which can only be read from a writable folder. Nothing was changed; make the folder writable, then start the tracker again.</source>
        <translation>La carpeta de %1 es de solo lectura y los últimos cambios del archivo siguen en %1-wal, que solo puede leerse desde una carpeta con permiso de escritura. No se cambió nada; permita la escritura en la carpeta y vuelva a iniciar el tracker.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>leer la versión del esquema</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of the tracker (schema %2; this version knows up to %3). It was left untouched; update the tracker to open it.</source>
        <translation>El archivo de datos %1 lo escribió una versión más reciente de la aplicación (esquema %2; esta versión conoce hasta el %3). No se ha tocado; actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation>leer el esquema</translation>
    </message>
    <message>
        <source>The data file %1 cannot be written, and this version of the tracker must first upgrade it (schema %2 to %3). It was left untouched; make the file and its folder writable, then start the tracker again.</source>
        <translation>No se puede escribir en el archivo de datos %1 y esta versión del tracker debe actualizarlo primero (esquema %2 a %3). Se dejó intacto; permita la escritura en el archivo y su carpeta y vuelva a iniciar el tracker.</translation>
    </message>
    <message>
        <source>switch to write-ahead logging</source>
        <translation>cambiar al registro de escritura anticipada (WAL)</translation>
    </message>
    <message>
        <source>The data folder does not support write-ahead logging (journal mode stayed %1). Choose a data folder on a local disk.</source>
        <translation>La carpeta de datos no admite el registro de escritura anticipada (el modo de diario siguió siendo %1). Elija una carpeta de datos en un disco local.</translation>
    </message>
    <message>
        <source>Upgrading the data file to schema %1 failed; it was left at schema %2. %3</source>
        <translation>La actualización del archivo de datos al esquema %1 ha fallado; se quedó en el esquema %2. %3</translation>
    </message>
    <message>
        <source>prepare %1</source>
        <translation>preparar %1</translation>
    </message>
</context>
<context>
    <name>DdbCharacterReader</name>
    <message>
        <source>It has no name.</source>
        <translation>No tiene nombre.</translation>
    </message>
    <message>
        <source>The level of its class %1 is not a number.</source>
        <translation>El nivel de su clase %1 no es un número.</translation>
    </message>
    <message>
        <source>Its %1 score is not a number.</source>
        <translation>Su puntuación de %1 no es un número.</translation>
    </message>
    <message>
        <source>It has no hit points.</source>
        <translation>No tiene puntos de golpe.</translation>
    </message>
    <message>
        <source>The file is not a D&amp;D Beyond character.</source>
        <translation>El archivo no es un personaje de D&amp;D Beyond.</translation>
    </message>
    <message>
        <source>D&amp;D Beyond characters</source>
        <translation>Personajes de D&amp;D Beyond</translation>
    </message>
    <message>
        <source>It is not a D&amp;D Beyond character.</source>
        <translation>No es un personaje de D&amp;D Beyond.</translation>
    </message>
</context>
<context>
    <name>DiceExpression</name>
    <message>
        <source>%1 (at position %2).</source>
        <translation>%1 (en la posición %2).</translation>
    </message>
    <message>
        <source>The expression is empty</source>
        <translation>La expresión está vacía</translation>
    </message>
    <message>
        <source>Expected + or - but found &apos;%1&apos;</source>
        <translation>Se esperaba + o -, pero se encontró «%1»</translation>
    </message>
    <message>
        <source>Expected a number or dice after &apos;%1&apos;</source>
        <translation>Se esperaba un número o dados después de «%1»</translation>
    </message>
    <message>
        <source>The number at position %1 is too large.</source>
        <translation>El número en la posición %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>Expected a number or dice</source>
        <translation>Se esperaba un número o dados</translation>
    </message>
    <message>
        <source>Expected a number or dice but found &apos;%1&apos;</source>
        <translation>Se esperaba un número o dados, pero se encontró «%1»</translation>
    </message>
    <message>
        <source>The number %1 is larger than %2.</source>
        <translation>El número %1 es mayor que %2.</translation>
    </message>
    <message>
        <source>A dice term needs at least one die</source>
        <translation>Un término de dados necesita al menos un dado</translation>
    </message>
    <message>
        <source>%1 dice are more than the %2 allowed.</source>
        <translation>%1 dados son más de los %2 permitidos.</translation>
    </message>
    <message>
        <source>Expected the number of sides after &apos;d&apos;</source>
        <translation>Se esperaba el número de caras después de «d»</translation>
    </message>
    <message>
        <source>Dice with more than %1 sides are not allowed (position %2).</source>
        <translation>No se permiten dados de más de %1 caras (posición %2).</translation>
    </message>
    <message>
        <source>A die needs at least one side</source>
        <translation>Un dado necesita al menos una cara</translation>
    </message>
    <message>
        <source>Expected &apos;h&apos; or &apos;l&apos; after &apos;d&apos; to drop dice</source>
        <translation>Se esperaba «h» o «l» después de «d» para descartar dados</translation>
    </message>
    <message>
        <source>Expected how many dice to keep or drop</source>
        <translation>Se esperaba cuántos dados conservar o descartar</translation>
    </message>
    <message>
        <source>The keep or drop count is not sensible</source>
        <translation>La cantidad de dados que conservar o descartar no tiene sentido</translation>
    </message>
    <message>
        <source>Cannot %1 %2 of %3 dice</source>
        <translation>No se pueden %1 %2 de %3 dados</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conservar</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>descartar</translation>
    </message>
    <message>
        <source>The expression is %1 characters long; at most %2 are allowed.</source>
        <translation>La expresión tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The expression rolls %1 dice; at most %2 are allowed.</source>
        <translation>La expresión tira %1 dados; se permiten como máximo %2.</translation>
    </message>
</context>
<context>
    <name>Difficulty</name>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Deadly</source>
        <translation>Mortal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Trivial</translation>
    </message>
    <message>
        <source>The party needs at least one character.</source>
        <translation>El grupo necesita al menos un personaje.</translation>
    </message>
    <message>
        <source>Character level %1 is outside 1 to 20.</source>
        <translation>El nivel de personaje %1 no está entre 1 y 20.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a challenge rating (0, 1/8, 1/4, 1/2 or 1 to 30).</source>
        <translation>«%1» no es un valor de desafío (0, 1/8, 1/4, 1/2 o de 1 a 30).</translation>
    </message>
    <message>
        <source>A monster count must be between 1 and 1000, not %1.</source>
        <translation>Una cantidad de monstruos debe estar entre 1 y 1000, no %1.</translation>
    </message>
    <message>
        <source>Give the party as character levels, e.g. 5,5,5,5.</source>
        <translation>Indique el grupo como niveles de personaje, p. ej. 5,5,5,5.</translation>
    </message>
    <message>
        <source>A party of more than 100 characters is not supported.</source>
        <translation>No se admite un grupo de más de 100 personajes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a character level from 1 to 20.</source>
        <translation>«%1» no es un nivel de personaje de 1 a 20.</translation>
    </message>
    <message>
        <source>Too many monster entries (at most 1000).</source>
        <translation>Demasiadas entradas de monstruos (como máximo 1000).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a challenge rating with an optional count, e.g. 1/4x6.</source>
        <translation>«%1» no es un valor de desafío con una cantidad opcional, p. ej. 1/4x6.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a count must be between 1 and 1000.</source>
        <translation>«%1»: una cantidad debe estar entre 1 y 1000.</translation>
    </message>
</context>
<context>
    <name>FiveEDatabaseReader</name>
    <message>
        <source>It has no name or no index.</source>
        <translation>No tiene nombre o no tiene índice.</translation>
    </message>
    <message>
        <source>Its hit points are not a number.</source>
        <translation>Sus puntos de golpe no son un número.</translation>
    </message>
    <message>
        <source>Its %1 score is missing or not a number.</source>
        <translation>Su puntuación de %1 falta o no es un número.</translation>
    </message>
    <message>
        <source>Its challenge rating is missing or not a challenge rating.</source>
        <translation>Su valor de desafío falta o no es un valor de desafío.</translation>
    </message>
    <message>
        <source>The file is not 5e-database monster JSON.</source>
        <translation>El archivo no es JSON de monstruos de 5e-database.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>HybridLogicalClock</name>
    <message>
        <source>Malformed clock value &apos;%1&apos;.</source>
        <translation>Valor de reloj mal formado «%1».</translation>
    </message>
    <message>
        <source>A change is stamped %1 s ahead of this device&apos;s clock; more than the %2 s allowed. Check the date and time settings of both devices.</source>
        <translation>Un cambio lleva una marca de %1 s por delante del reloj de este dispositivo, más de los %2 s permitidos. Revise la fecha y la hora de ambos dispositivos.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>An earlier item of the file has the same identity (%1); only that one was imported.</source>
        <translation>Un elemento anterior del archivo tiene la misma identidad (%1); solo se importó ese.</translation>
    </message>
    <message>
        <source>The file is none of the formats the tracker reads (its own export, 5e-database, Open5e, Improved Initiative, D&amp;D Beyond character). Nothing was imported.</source>
        <translation>El archivo no tiene ninguno de los formatos que lee la aplicación (su propia exportación, 5e-database, Open5e, Improved Initiative, personaje de D&amp;D Beyond). No se ha importado nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over %3 MB are not imported. Nothing was imported.</source>
        <translation>%1 ocupa %2 MB; los archivos de más de %3 MB no se importan. No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file is too large to import. Nothing was imported.</source>
        <translation>El archivo es demasiado grande para importarlo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2). Nothing was imported.</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2). No se ha importado nada.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. No se ha importado nada.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was imported.</source>
        <translation>No se pudo guardar la importación: %1 No se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>ImprovedInitiativeFormat</name>
    <message>
        <source>Its %1 score is not a number.</source>
        <translation>Su puntuación de %1 no es un número.</translation>
    </message>
    <message>
        <source>It has no name.</source>
        <translation>No tiene nombre.</translation>
    </message>
    <message>
        <source>Its HP or AC value is missing or not a number.</source>
        <translation>Su valor de PG o CA falta o no es un número.</translation>
    </message>
    <message>
        <source>The file is not Improved Initiative JSON.</source>
        <translation>El archivo no es JSON de Improved Initiative.</translation>
    </message>
    <message>
        <source>Improved Initiative players</source>
        <translation>Jugadores de Improved Initiative</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
    <message>
        <source>It is not an Improved Initiative statblock.</source>
        <translation>No es un bloque de estadísticas de Improved Initiative.</translation>
    </message>
    <message>
        <source>It is not an Improved Initiative character.</source>
        <translation>No es un personaje de Improved Initiative.</translation>
    </message>
    <message>
        <source>It has no list of combatants.</source>
        <translation>No tiene lista de combatientes.</translation>
    </message>
</context>
<context>
    <name>LocalStore</name>
    <message>
        <source>read the sync state</source>
        <translation>leer el estado de sincronización</translation>
    </message>
    <message>
        <source>The data file is open read-only.</source>
        <translation>El archivo de datos está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>A %1 record needs an id.</source>
        <translation>Un registro de %1 necesita un identificador.</translation>
    </message>
    <message>
        <source>Bundled creatures are read-only; duplicate one to make your own version.</source>
        <translation>Las criaturas incluidas son de solo lectura; duplique una para crear su propia versión.</translation>
    </message>
    <message>
        <source>That %1 was deleted; undo the deletion before editing it.</source>
        <translation>Ese registro de %1 se eliminó; deshaga la eliminación antes de editarlo.</translation>
    </message>
    <message>
        <source>The %1 record is too large (%2 characters; at most %3).</source>
        <translation>El registro de %1 es demasiado grande (%2 caracteres; como máximo %3).</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No hay ningún registro de %1 con el identificador %2.</translation>
    </message>
</context>
<context>
    <name>NativeFormat</name>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>«%1» debe ser una lista.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
    <message>
        <source>It has no id.</source>
        <translation>No tiene identificador.</translation>
    </message>
    <message>
        <source>Its id %1 appears twice.</source>
        <translation>Su identificador %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The file is not a D&amp;D Encounter Tracker export (its &quot;format&quot; is not &quot;%1&quot;). Nothing was imported.</source>
        <translation>El archivo no es una exportación del seguimiento de encuentros D&amp;D (su «format» no es «%1»). No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file&apos;s &quot;version&quot; must be a whole number from 1. Nothing was imported.</source>
        <translation>La «version» del archivo debe ser un número entero a partir de 1. No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of the tracker (format version %1; this one reads up to %2). Update the application to import it. Nothing was imported.</source>
        <translation>El archivo lo escribió una versión más reciente de la aplicación (versión de formato %1; esta lee hasta la %2). Actualice la aplicación para importarlo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>Bundled templates are not imported; the file may only carry custom creatures.</source>
        <translation>Las plantillas incluidas no se importan; el archivo solo puede contener criaturas propias.</translation>
    </message>
    <message>
        <source>Its encounter %1 is not in the file.</source>
        <translation>Su encuentro %1 no está en el archivo.</translation>
    </message>
</context>
<context>
    <name>Open5eReader</name>
    <message>
        <source>It has no name or no slug.</source>
        <translation>No tiene nombre o no tiene slug.</translation>
    </message>
    <message>
        <source>Its armor class or hit points are not numbers.</source>
        <translation>Su clase de armadura o sus puntos de golpe no son números.</translation>
    </message>
    <message>
        <source>Its %1 score is missing or not a number.</source>
        <translation>Su puntuación de %1 falta o no es un número.</translation>
    </message>
    <message>
        <source>Its challenge rating is missing or not a challenge rating.</source>
        <translation>Su valor de desafío falta o no es un valor de desafío.</translation>
    </message>
    <message>
        <source>It has no name or no key.</source>
        <translation>No tiene nombre o no tiene clave.</translation>
    </message>
    <message>
        <source>It is not a fixture record.</source>
        <translation>No es un registro de fixture.</translation>
    </message>
    <message>
        <source>The file holds Open5e creature actions, attacks or traits but no creatures. Import the ...Creature.json file: the files of actions, attacks and traits next to it are read with it. Nothing was imported.</source>
        <translation>El archivo contiene acciones, ataques o rasgos de criaturas de Open5e, pero ninguna criatura. Importe el archivo ...Creature.json: los archivos de acciones, ataques y rasgos que están a su lado se leen con él. No se ha importado nada.</translation>
    </message>
    <message>
        <source>The file is not Open5e monster JSON.</source>
        <translation>El archivo no es JSON de monstruos de Open5e.</translation>
    </message>
    <message>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Your data file is damaged</source>
        <translation>Su archivo de datos está dañado</translation>
    </message>
    <message>
        <source>%1

Changes will not be saved until this is resolved.</source>
        <translation>%1

Los cambios no se guardarán hasta que esto se resuelva.</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restoring it restarts the tracker and keeps the current file beside it, renamed, so nothing is lost.</source>
        <translation>La copia de seguridad más reciente es del %1. Restaurarla reinicia la aplicación y conserva el archivo actual al lado, con otro nombre, para no perder nada.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>There is no backup in %1 to restore.</source>
        <translation>No hay ninguna copia de seguridad que restaurar en %1.</translation>
    </message>
    <message>
        <source>Continue without saving</source>
        <translation>Continuar sin guardar</translation>
    </message>
    <message>
        <source>D&amp;D Encounter Tracker</source>
        <translation>Seguimiento de encuentros D&amp;D</translation>
    </message>
    <message>
        <source>Prepare and run D&amp;D combat encounters.</source>
        <translation>Preparar y dirigir combates de D&amp;D.</translation>
    </message>
    <message>
        <source>Use the store in DIR (default: $DND_DATA_DIR, else the application data folder).</source>
        <translation>Usar los datos de la carpeta DIR (por defecto: $DND_DATA_DIR o, si no, la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>Open the player display at start.</source>
        <translation>Abrir la pantalla de jugadores al iniciar.</translation>
    </message>
    <message>
        <source>Quit as soon as the main window has been painted once (for start-up measurements).</source>
        <translation>Salir en cuanto la ventana principal se haya dibujado una vez (para medir el arranque).</translation>
    </message>
    <message>
        <source>A file to import once the window is open (an export of the tracker or another supported format).</source>
        <translation>Un archivo que se importa al abrirse la ventana (una exportación de la aplicación u otro formato compatible).</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauración ha fallado</translation>
    </message>
    <message>
        <source>Bestiary not installed</source>
        <translation>Bestiario no instalado</translation>
    </message>
    <message>
        <source>%1

The bundled creatures are missing from the bestiary; your own data is fine. Free some disk space and start the application again.</source>
        <translation>%1

Faltan las criaturas incluidas en el bestiario; sus propios datos están bien. Libere espacio en disco e inicie la aplicación de nuevo.</translation>
    </message>
    <message>
        <source>%1

Your data was left as it was.</source>
        <translation>%1

Sus datos no se han modificado.</translation>
    </message>
    <message>
        <source>Cannot open your data</source>
        <translation>No se pueden abrir sus datos</translation>
    </message>
    <message>
        <source>The newest backup is from %1. Restoring it keeps the current file beside it, renamed, so nothing is lost.</source>
        <translation>La copia de seguridad más reciente es del %1. Restaurarla conserva el archivo actual al lado, con otro nombre, para no perder nada.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Add the example encounter, play a few turns, save tracker.png, player-display.png and export.png in DIR and quit (for the documentation).</source>
        <translation>Añadir el encuentro de ejemplo, jugar unos turnos, guardar tracker.png, player-display.png y export.png en DIR y salir (para la documentación).</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>The link is too long for a QR code.</source>
        <translation>El enlace es demasiado largo para un código QR.</translation>
    </message>
</context>
<context>
    <name>Roll20TurnOrder</name>
    <message>
        <source>Roll20&apos;s turn order holds one fight: export a single encounter.</source>
        <translation>El orden de turnos de Roll20 contiene un solo combate: exporte un único encuentro.</translation>
    </message>
</context>
<context>
    <name>ServiceReply</name>
    <message>
        <source>The sync service could not be reached: %1</source>
        <translation>No se pudo contactar con el servicio de sincronización: %1</translation>
    </message>
    <message>
        <source>The sync service answered %1 %2.</source>
        <translation>El servicio de sincronización respondió %1 %2.</translation>
    </message>
</context>
<context>
    <name>StoreExport</name>
    <message>
        <source>The party to export no longer exists.</source>
        <translation>El grupo que se iba a exportar ya no existe.</translation>
    </message>
    <message>
        <source>The encounter to export no longer exists.</source>
        <translation>El encuentro que se iba a exportar ya no existe.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>La exportación se canceló; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>SyncProtocol</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>must be at most %1 letters, digits or . _ : -</source>
        <translation>debe tener como máximo %1 letras, dígitos o . _ : -</translation>
    </message>
    <message>
        <source>is not a hybrid logical clock timestamp</source>
        <translation>no es una marca de tiempo de reloj lógico híbrido</translation>
    </message>
    <message>
        <source>names no kind of record (&quot;%1&quot;)</source>
        <translation>no nombra ningún tipo de registro («%1»)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>debe ser una lista</translation>
    </message>
    <message>
        <source>holds %1 entries; at most %2 are allowed</source>
        <translation>contiene %1 entradas; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>must be &quot;put&quot; or &quot;delete&quot;</source>
        <translation>debe ser «put» o «delete»</translation>
    </message>
    <message>
        <source>must be odd for a put</source>
        <translation>debe ser impar en un «put»</translation>
    </message>
    <message>
        <source>must be even for a delete</source>
        <translation>debe ser par en un «delete»</translation>
    </message>
    <message>
        <source>must be empty for a delete</source>
        <translation>debe estar vacío en un «delete»</translation>
    </message>
    <message>
        <source>The other side speaks sync protocol %1; this version speaks %2.</source>
        <translation>El otro lado habla el protocolo de sincronización %1; esta versión habla el %2.</translation>
    </message>
    <message>
        <source>must be greater than the previous mutation&apos;s id %1</source>
        <translation>debe ser mayor que el identificador de la mutación anterior %1</translation>
    </message>
    <message>
        <source>is after version %1</source>
        <translation>es posterior a la versión %1</translation>
    </message>
    <message>
        <source>is after lastMutationId %1</source>
        <translation>es posterior a lastMutationId %1</translation>
    </message>
    <message>
        <source>is after the cookie %1</source>
        <translation>es posterior a la cookie %1</translation>
    </message>
</context>
<context>
    <name>UpgradeMenu</name>
    <message>
        <source>%1, %2 a month</source>
        <translation>%1, %2 al mes</translation>
    </message>
    <message>
        <source>This computer is no longer signed in (%1). Sign in again, then try once more.</source>
        <translation>Este ordenador ya no tiene la sesión iniciada (%1). Inicia sesión de nuevo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Open %1 in a browser.</source>
        <translation>Abre %1 en un navegador.</translation>
    </message>
</context>
<context>
    <name>UsageSummary</name>
    <message>
        <source>Parties</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>Combatants in one encounter</source>
        <translation>Combatientes en un encuentro</translation>
    </message>
    <message>
        <source>Custom creatures</source>
        <translation>Criaturas propias</translation>
    </message>
    <message>
        <source>Combat log entries</source>
        <translation>Entradas del registro de combate</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Player view shares</source>
        <translation>Enlaces de la vista de jugadores</translation>
    </message>
    <message>
        <source>Stored data</source>
        <translation>Datos guardados</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2 (unlimited)</source>
        <translation>%1: %2 (sin límite)</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>no plan allows more</source>
        <translation>ningún plan permite más</translation>
    </message>
    <message>
        <source>the %1 plan has no limit</source>
        <translation>el plan %1 no tiene límite</translation>
    </message>
    <message>
        <source>the %1 plan allows %2</source>
        <translation>el plan %1 permite %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (limit reached: %2)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (límite alcanzado: %2)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: not in this plan (%2)</source>
        <translation>%1: no incluido en este plan (%2)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>debe ser uno de %1</translation>
    </message>
    <message>
        <source>must be 0, 1/8, 1/4, 1/2 or 1 to 30</source>
        <translation>debe ser 0, 1/8, 1/4, 1/2 o de 1 a 30</translation>
    </message>
    <message>
        <source>class levels must add up to at most 20</source>
        <translation>los niveles de clase deben sumar como máximo 20</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>has a value of the wrong type (%1)</source>
        <translation>tiene un valor de tipo incorrecto (%1)</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <source>must be a whole number in range (got %1)</source>
        <translation>debe ser un número entero dentro del rango (recibido: %1)</translation>
    </message>
    <message>
        <source>has a value the tracker does not know (got &quot;%1&quot;)</source>
        <translation>tiene un valor que la aplicación no conoce (recibido: «%1»)</translation>
    </message>
    <message>
        <source>contains entries of the wrong type</source>
        <translation>contiene entradas de tipo incorrecto</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>debe estar entre %1 y %2 (recibido: %3)</translation>
    </message>
    <message>
        <source>must be at least %1 (got %2)</source>
        <translation>debe ser al menos %1 (recibido: %2)</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>debe tener como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>Invalid data: %1</source>
        <translation>Datos no válidos: %1</translation>
    </message>
</context>
<context>
    <name>dnd::HealthState</name>
    <message>
        <source>Healthy</source>
        <translation>Ileso</translation>
    </message>
    <message>
        <source>Hurt</source>
        <translation>Herido</translation>
    </message>
    <message>
        <source>Bloodied</source>
        <translation>Malherido</translation>
    </message>
    <message>
        <source>Defeated</source>
        <translation>Derrotado</translation>
    </message>
</context>
<context>
    <name>dnd::gui::AccountDialog</name>
    <message>
        <source>Account and Sync</source>
        <translation>Cuenta y sincronización</translation>
    </message>
    <message>
        <source>With an account, your parties, creatures and encounters are kept in step on every device you sign in on. Without one, everything stays on this computer.</source>
        <translation>Con una cuenta, sus grupos, criaturas y encuentros se mantienen al día en cada dispositivo donde inicie sesión. Sin ella, todo se queda en este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>&amp;Upgrade...</source>
        <translation>&amp;Mejorar plan...</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2 plan).</source>
        <translation>Sesión iniciada como %1 (plan %2).</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address and your email.</source>
        <translation>Escriba la dirección del servicio y su correo electrónico.</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Iniciando sesión...</translation>
    </message>
    <message>
        <source>Signed in for this session, but the sign-in could not be kept: %1</source>
        <translation>Sesión iniciada para esta ocasión, pero no se pudo conservar: %1</translation>
    </message>
    <message>
        <source>Signing out...</source>
        <translation>Cerrando sesión...</translation>
    </message>
    <message>
        <source>Signed out. Your data stays on this computer.</source>
        <translation>Sesión cerrada. Sus datos se quedan en este ordenador.</translation>
    </message>
    <message>
        <source>Records that did not sync, and why (they stay on this computer):</source>
        <translation>Registros que no se sincronizaron y por qué (se quedan en este ordenador):</translation>
    </message>
    <message>
        <source>Records not synced</source>
        <translation>Registros sin sincronizar</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>&amp;Volver a enviar</translation>
    </message>
    <message>
        <source>Send the selected record to the service again, whole</source>
        <translation>Volver a enviar el registro seleccionado al servicio, completo</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 «%2»: %3</translation>
    </message>
    <message>
        <source>Sent again.</source>
        <translation>Enviado de nuevo.</translation>
    </message>
    <message>
        <source>Your email address is not confirmed yet. Open the link in the mail the service sent; until then you can sync, but not buy a plan or share encounters.</source>
        <translation>Tu dirección de correo aún no está confirmada. Abre el enlace del correo que envió el servicio; hasta entonces puedes sincronizar, pero no comprar un plan ni compartir encuentros.</translation>
    </message>
    <message>
        <source>&amp;Resend Mail</source>
        <translation>&amp;Reenviar correo</translation>
    </message>
    <message>
        <source>Plan and usage:</source>
        <translation>Plan y uso:</translation>
    </message>
    <message>
        <source>Devices that sync (each holds one of the plan&apos;s slots):</source>
        <translation>Dispositivos que sincronizan (cada uno ocupa una plaza del plan):</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Re&amp;move Device</source>
        <translation>&amp;Quitar dispositivo</translation>
    </message>
    <message>
        <source>Free the selected device&apos;s slot; it is told the next time it syncs</source>
        <translation>Liberar la plaza del dispositivo elegido; se le avisa en su próxima sincronización</translation>
    </message>
    <message>
        <source>&amp;Manage Subscription...</source>
        <translation>&amp;Gestionar suscripción...</translation>
    </message>
    <message>
        <source>&amp;Create Account...</source>
        <translation>&amp;Crear cuenta...</translation>
    </message>
    <message>
        <source>&amp;Forgot Password...</source>
        <translation>&amp;Olvidé la contraseña...</translation>
    </message>
    <message>
        <source>This computer now syncs as a new device: %1</source>
        <translation>Este ordenador sincroniza ahora como un dispositivo nuevo: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <source>%1, last sync %2</source>
        <translation>%1, última sincronización %2</translation>
    </message>
    <message>
        <source>The device was removed; its slot is free.</source>
        <translation>Se quitó el dispositivo; su plaza está libre.</translation>
    </message>
    <message>
        <source>A new confirmation mail is on its way to %1.</source>
        <translation>Un nuevo correo de confirmación va de camino a %1.</translation>
    </message>
    <message>
        <source>Account created and signed in. Confirm your address with the link the service mailed to %1.</source>
        <translation>Cuenta creada e iniciada. Confirma tu dirección con el enlace que el servicio envió a %1.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ActionCatalog</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>New &amp;Party</source>
        <translation>Nuevo &amp;grupo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New &amp;Encounter</source>
        <translation>Nuevo &amp;encuentro</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importar...</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Import creatures, characters or encounters from the tracker&apos;s own export, 5e-database, Open5e, Improved Initiative or D&amp;D Beyond files</source>
        <translation>Importar criaturas, personajes o encuentros de la exportación propia de la aplicación o de archivos de 5e-database, Open5e, Improved Initiative o D&amp;D Beyond</translation>
    </message>
    <message>
        <source>Add E&amp;xample Party and Encounter</source>
        <translation>Añadir grupo y encuentro de e&amp;jemplo</translation>
    </message>
    <message>
        <source>&amp;Account and Sync...</source>
        <translation>&amp;Cuenta y sincronización...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Sign in to keep your data in step on every device, and see how sync stands</source>
        <translation>Inicie sesión para mantener sus datos al día en cada dispositivo y ver el estado de la sincronización</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Sincroni&amp;zar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Focus the search field of the current page</source>
        <translation>Ir al campo de búsqueda de la página actual</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Bestiary</source>
        <translation>&amp;Bestiario</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Encounters</source>
        <translation>&amp;Encuentros</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Tracker</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Player &amp;Display</source>
        <translation>&amp;Pantalla de jugadores</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Open or close the window for the players</source>
        <translation>Abrir o cerrar la ventana de los jugadores</translation>
    </message>
    <message>
        <source>Player Display &amp;Full Screen</source>
        <translation>Pantalla de jugadores a pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Combat</source>
        <translation>Combate</translation>
    </message>
    <message>
        <source>&amp;Start Combat</source>
        <translation>&amp;Empezar combate</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;End Combat</source>
        <translation>&amp;Terminar combate</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Roll &amp;Initiative</source>
        <translation>Tirar &amp;iniciativa</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Next Turn</source>
        <translation>Turno &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Turn</source>
        <translation>Turno &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Damage...</source>
        <translation>&amp;Daño...</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Type an amount and press Enter to damage the selection</source>
        <translation>Escriba una cantidad y pulse Intro para dañar a la selección</translation>
    </message>
    <message>
        <source>&amp;Heal...</source>
        <translation>&amp;Curar...</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Temporary HP...</source>
        <translation>PG &amp;temporales...</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Add &amp;Condition...</source>
        <translation>Añadir &amp;estado...</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Toggle &amp;Hidden</source>
        <translation>Alternar &amp;oculto</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Toggle C&amp;oncentration</source>
        <translation>Alternar c&amp;oncentración</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Roll Death &amp;Save</source>
        <translation>Tirada de salvación contra &amp;muerte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Toggle &amp;Reaction Used</source>
        <translation>Alternar &amp;reacción usada</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Use &amp;Legendary Action</source>
        <translation>Usar acción &amp;legendaria</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Use Legendary Re&amp;sistance</source>
        <translation>Usar re&amp;sistencia legendaria</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Type Initiati&amp;ve...</source>
        <translation>Escribir iniciati&amp;va...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Edit the Init cell of the selected combatant</source>
        <translation>Editar la celda Inic. del combatiente seleccionado</translation>
    </message>
    <message>
        <source>Roll Initiative for Selection</source>
        <translation>Tirar iniciativa para la selección</translation>
    </message>
    <message>
        <source>Ctrl+Alt+I</source>
        <translation>Ctrl+Alt+I</translation>
    </message>
    <message>
        <source>Roll Initiative with Advantage</source>
        <translation>Tirar iniciativa con ventaja</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Roll Initiative with Disadvantage</source>
        <translation>Tirar iniciativa con desventaja</translation>
    </message>
    <message>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <source>Take 10 on Initiative</source>
        <translation>Elegir 10 en iniciativa</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation>Ctrl+Alt+T</translation>
    </message>
    <message>
        <source>Move Up Among Ties</source>
        <translation>Subir entre empatados</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Combatants with the same initiative can be reordered</source>
        <translation>Los combatientes con la misma iniciativa se pueden reordenar</translation>
    </message>
    <message>
        <source>Move Down Among Ties</source>
        <translation>Bajar entre empatados</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Set Maximum &amp;HP...</source>
        <translation>Fijar PG &amp;máximos...</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Use Rechar&amp;ge Ability</source>
        <translation>Usar capacidad de recar&amp;ga</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Use the first ready recharge ability of the selection</source>
        <translation>Usar la primera capacidad de recarga lista de la selección</translation>
    </message>
    <message>
        <source>Re&amp;move Combatant</source>
        <translation>Quitar co&amp;mbatiente</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>E&amp;xport Combat Log...</source>
        <translation>E&amp;xportar registro de combate...</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>Expo&amp;rt...</source>
        <translation>E&amp;xportar...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Write everything, or the selected party or encounter, to a file of the tracker&apos;s own format or Improved Initiative&apos;s</source>
        <translation>Escribir todo, o el grupo o encuentro seleccionado, en un archivo con el formato propio del tracker o el de Improved Initiative</translation>
    </message>
    <message>
        <source>&amp;Add Combatants...</source>
        <translation>&amp;Añadir combatientes...</translation>
    </message>
    <message>
        <source>Ctrl+Ins</source>
        <translation>Ctrl+Ins</translation>
    </message>
    <message>
        <source>Add monsters from the bestiary or a blank creature, also during a fight</source>
        <translation>Añadir monstruos del bestiario o una criatura en blanco, también en pleno combate</translation>
    </message>
    <message>
        <source>Share &amp;with Players...</source>
        <translation>Compartir con los &amp;jugadores...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>A link and QR code the players open on their phones to follow the open encounter live</source>
        <translation>Un enlace y un código QR que los jugadores abren en sus móviles para seguir en directo el encuentro abierto</translation>
    </message>
    <message>
        <source>Set A&amp;lias...</source>
        <translation>Poner a&amp;lias...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>The name the players see for the selected combatant</source>
        <translation>El nombre que ven los jugadores para el combatiente elegido</translation>
    </message>
    <message>
        <source>Pa&amp;use or Resume Combat</source>
        <translation>Pa&amp;usar o reanudar combate</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>A break: the clock and the turn keys wait until you resume</source>
        <translation>Una pausa: el reloj y las teclas de turno esperan hasta que reanude</translation>
    </message>
    <message>
        <source>Acting Com&amp;batant...</source>
        <translation>Com&amp;batiente que actúa...</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Who deals the damage, heals or puts on the condition, as the combat log credits it</source>
        <translation>Quién causa el daño, cura o aplica el estado, tal como lo atribuye el registro de combate</translation>
    </message>
    <message>
        <source>Post to &amp;Discord...</source>
        <translation>Publicar en &amp;Discord...</translation>
    </message>
    <message>
        <source>Link a Discord channel: the service posts the open encounter&apos;s fight there</source>
        <translation>Vincular un canal de Discord: el servicio publica allí el combate del encuentro abierto</translation>
    </message>
    <message>
        <source>New Da&amp;y / Long Rest...</source>
        <translation>Nuevo &amp;día / Descanso largo...</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>Everyone in the open encounter, or the selected party on the Parties page, finishes a long rest</source>
        <translation>Todos en el encuentro abierto, o el grupo elegido en la página Grupos, terminan un descanso largo</translation>
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
        <translation>Añadir combatientes</translation>
    </message>
    <message>
        <source>From the bes&amp;tiary</source>
        <translation>Del bes&amp;tiario</translation>
    </message>
    <message>
        <source>&amp;Blank creature</source>
        <translation>Criatura en &amp;blanco</translation>
    </message>
    <message>
        <source>Search the bestiary</source>
        <translation>Buscar en el bestiario</translation>
    </message>
    <message>
        <source>Name, type or tag; Down to pick from the list</source>
        <translation>Nombre, tipo o etiqueta; Abajo para elegir de la lista</translation>
    </message>
    <message>
        <source>Creatures found</source>
        <translation>Criaturas encontradas</translation>
    </message>
    <message>
        <source>New creature</source>
        <translation>Nueva criatura</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Hit &amp;points:</source>
        <translation>&amp;Puntos de golpe:</translation>
    </message>
    <message>
        <source>&amp;AC:</source>
        <translation>&amp;CA:</translation>
    </message>
    <message>
        <source>Initiative &amp;modifier:</source>
        <translation>&amp;Modificador de iniciativa:</translation>
    </message>
    <message>
        <source>Add &amp;hidden</source>
        <translation>Añadir &amp;oculto</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Tirar</translation>
    </message>
    <message>
        <source>Type a total</source>
        <translation>Escribir un total</translation>
    </message>
    <message>
        <source>None yet (last in the order)</source>
        <translation>Ninguna aún (último en el orden)</translation>
    </message>
    <message>
        <source>Initiative total</source>
        <translation>Total de iniciativa</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;Initiative:</source>
        <translation>&amp;Iniciativa:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>The creature needs a name.</source>
        <translation>La criatura necesita un nombre.</translation>
    </message>
    <message>
        <source>No creature matches the search: change it or add a blank creature.</source>
        <translation>Ninguna criatura coincide con la búsqueda: cámbiela o añada una criatura en blanco.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ApiTokensPanel</name>
    <message>
        <source>API tokens for your own scripts and tools (read, write, live):</source>
        <translation>Tokens de API para tus propios scripts y herramientas (lectura, escritura, en vivo):</translation>
    </message>
    <message>
        <source>API tokens</source>
        <translation>Tokens de API</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Empieza por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Name, e.g. initiative bot</source>
        <translation>Nombre, p. ej. bot de iniciativa</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nombre del token</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lectura</translation>
    </message>
    <message>
        <source>Read parties, encounters, creatures and sync pulls</source>
        <translation>Leer grupos, encuentros, criaturas y descargas de sincronización</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Escritura</translation>
    </message>
    <message>
        <source>Create, change and delete data, and push sync changes</source>
        <translation>Crear, cambiar y borrar datos, y enviar cambios de sincronización</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>En &amp;vivo</translation>
    </message>
    <message>
        <source>Follow encounters live over the WebSocket</source>
        <translation>Seguir los encuentros en vivo por el WebSocket</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>No caduca nunca</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Caduca en %n día</numerusform>
            <numerusform>Caduca en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Create &amp;Token</source>
        <translation>Crear &amp;token</translation>
    </message>
    <message>
        <source>Copy the new token now; it is not shown again:</source>
        <translation>Copia el nuevo token ahora; no se volverá a mostrar:</translation>
    </message>
    <message>
        <source>New API token</source>
        <translation>Nuevo token de API</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Re&amp;voke Token...</source>
        <translation>Re&amp;vocar token...</translation>
    </message>
    <message>
        <source>Stop the selected token from working, at once</source>
        <translation>Dejar de aceptar el token seleccionado, al instante</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; was created.</source>
        <translation>Se creó el token «%1».</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>El token está en el portapapeles.</translation>
    </message>
    <message>
        <source>Revoke API Token</source>
        <translation>Revocar token de API</translation>
    </message>
    <message>
        <source>Revoke &quot;%1&quot;? Scripts using it stop working at once; this cannot be undone.</source>
        <translation>¿Revocar «%1»? Los scripts que lo usan dejan de funcionar al instante; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; was revoked.</source>
        <translation>Se revocó el token «%1».</translation>
    </message>
</context>
<context>
    <name>dnd::gui::BestiaryPage</name>
    <message>
        <source>Search creatures</source>
        <translation>Buscar criaturas</translation>
    </message>
    <message>
        <source>Search by name, type or tag (e.g. red dragon, undead, spellcaster)</source>
        <translation>Buscar por nombre, tipo o etiqueta (p. ej. red dragon, undead, spellcaster)</translation>
    </message>
    <message>
        <source>Lowest challenge rating</source>
        <translation>Valor de desafío mínimo</translation>
    </message>
    <message>
        <source>Highest challenge rating</source>
        <translation>Valor de desafío máximo</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Creature type</source>
        <translation>Tipo de criatura</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Cualquier tamaño</translation>
    </message>
    <message>
        <source>Tiny</source>
        <translation>Diminuto</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Enorme</translation>
    </message>
    <message>
        <source>Gargantuan</source>
        <translation>Gargantuesco</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Both rule sets</source>
        <translation>Ambas versiones de las reglas</translation>
    </message>
    <message>
        <source>2014 rules</source>
        <translation>Reglas de 2014</translation>
    </message>
    <message>
        <source>2024 rules</source>
        <translation>Reglas de 2024</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>CR from</source>
        <translation>VD desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Creatures found</source>
        <translation>Criaturas encontradas</translation>
    </message>
    <message>
        <source>D&amp;uplicate...</source>
        <translation>D&amp;uplicar...</translation>
    </message>
    <message>
        <source>Make an editable copy of this creature</source>
        <translation>Crear una copia editable de esta criatura</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>Edit this custom creature (templates are read-only: duplicate them)</source>
        <translation>Editar esta criatura propia (las plantillas son de solo lectura: duplíquelas)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>How many to add</source>
        <translation>Cuántas añadir</translation>
    </message>
    <message>
        <source>&amp;Add to Encounter</source>
        <translation>&amp;Añadir al encuentro</translation>
    </message>
    <message>
        <source>Add this creature to the encounter chosen on the Encounters page</source>
        <translation>Añadir esta criatura al encuentro elegido en la página Encuentros</translation>
    </message>
    <message>
        <source>Rolls</source>
        <translation>Tiradas</translation>
    </message>
    <message>
        <source>Rolls (click a blue figure in the statblock; with an encounter open in the tracker, rolls go to its combat log)</source>
        <translation>Tiradas (pulse una cifra azul del bloque de estadísticas; con un encuentro abierto en el seguimiento, las tiradas van a su registro de combate)</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier fuente</translation>
    </message>
    <message>
        <source>Cannot roll “%1”: %2</source>
        <translation>No se puede tirar «%1»: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 (in the combat log of “%2”)</source>
        <translation>%1 (en el registro de combate de «%2»)</translation>
    </message>
    <message>
        <source>Could not save the creature</source>
        <translation>No se pudo guardar la criatura</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Check that the data folder is writable and not full.</source>
        <translation>%1

No se ha cambiado nada. Compruebe que la carpeta de datos admite escritura y no está llena.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Added the creature “%1”</source>
        <translation>Criatura «%1» añadida</translation>
    </message>
    <message>
        <source>Edited the creature “%1”</source>
        <translation>Criatura «%1» editada</translation>
    </message>
    <message>
        <source>Deleted the creature “%1”</source>
        <translation>Criatura «%1» eliminada</translation>
    </message>
    <message>
        <source>Could not delete the creature</source>
        <translation>No se pudo eliminar la criatura</translation>
    </message>
    <message>
        <source>%1 (Undo brings it back)</source>
        <translation>%1 (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nuevo...</translation>
    </message>
    <message>
        <source>Write a creature of your own from a blank statblock</source>
        <translation>Escribir una criatura propia a partir de un bloque de estadísticas en blanco</translation>
    </message>
    <message>
        <source>New creature</source>
        <translation>Nueva criatura</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CharacterForm</name>
    <message>
        <source>New Character</source>
        <translation>Nuevo personaje</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <source>Race or species</source>
        <translation>Raza o especie</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>e.g. Fighter 3 / Wizard 2</source>
        <translation>p. ej. Guerrero 3 / Mago 2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Used when no class levels are given</source>
        <translation>Se usa cuando no se indican niveles de clase</translation>
    </message>
    <message>
        <source>Armor class</source>
        <translation>Clase de armadura</translation>
    </message>
    <message>
        <source>Maximum hit points</source>
        <translation>Puntos de golpe máximos</translation>
    </message>
    <message>
        <source>Current hit points</source>
        <translation>Puntos de golpe actuales</translation>
    </message>
    <message>
        <source>Temporary hit points</source>
        <translation>Puntos de golpe temporales</translation>
    </message>
    <message>
        <source>Hit dice</source>
        <translation>Dados de golpe</translation>
    </message>
    <message>
        <source>e.g. 5d10</source>
        <translation>p. ej. 5d10</translation>
    </message>
    <message>
        <source>Speed in feet</source>
        <translation>Velocidad en pies</translation>
    </message>
    <message>
        <source>Initiative bonus</source>
        <translation>Bonificador de iniciativa</translation>
    </message>
    <message>
        <source>Added to the Dexterity modifier (e.g. Alert, Jack of All Trades)</source>
        <translation>Se suma al modificador de Destreza (p. ej. Alerta, Aprendiz de todo)</translation>
    </message>
    <message>
        <source>Proficiency bonus</source>
        <translation>Bonificador por competencia</translation>
    </message>
    <message>
        <source>Features, one per line</source>
        <translation>Rasgos, uno por línea</translation>
    </message>
    <message>
        <source>Equipment, one per line</source>
        <translation>Equipo, un objeto por línea</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importado de</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Player:</source>
        <translation>&amp;Jugador:</translation>
    </message>
    <message>
        <source>&amp;Race:</source>
        <translation>&amp;Raza:</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Clases:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>&amp;Armor class:</source>
        <translation>Clase de &amp;armadura:</translation>
    </message>
    <message>
        <source>&amp;Maximum HP:</source>
        <translation>PG &amp;máximos:</translation>
    </message>
    <message>
        <source>C&amp;urrent HP:</source>
        <translation>PG act&amp;uales:</translation>
    </message>
    <message>
        <source>&amp;Temporary HP:</source>
        <translation>PG &amp;temporales:</translation>
    </message>
    <message>
        <source>&amp;Hit dice:</source>
        <translation>&amp;Dados de golpe:</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Velocidad:</translation>
    </message>
    <message>
        <source>Ability scores</source>
        <translation>Puntuaciones de característica</translation>
    </message>
    <message>
        <source>&amp;Initiative bonus:</source>
        <translation>Bonificador de &amp;iniciativa:</translation>
    </message>
    <message>
        <source>P&amp;roficiency bonus:</source>
        <translation>Bonificador por com&amp;petencia:</translation>
    </message>
    <message>
        <source>&amp;Features:</source>
        <translation>Ras&amp;gos:</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Imported as:</source>
        <translation>Importado como:</translation>
    </message>
    <message>
        <source>write each class as a name and a level, e.g. Fighter 3 / Wizard 2</source>
        <translation>escriba cada clase como nombre y nivel, p. ej. Guerrero 3 / Mago 2</translation>
    </message>
    <message>
        <source>Hit dice spent</source>
        <translation>Dados de golpe gastados</translation>
    </message>
    <message>
        <source>Hit dice spent on short rests (one die per level); a long rest gives back up to half the total, at least one (under the 2024 rules all of them)</source>
        <translation>Dados de golpe gastados en descansos cortos (uno por nivel); un descanso largo devuelve hasta la mitad del total, al menos uno (todos con las reglas de 2024)</translation>
    </message>
    <message>
        <source>Hit &amp;dice spent:</source>
        <translation>Dados de golpe &amp;gastados:</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Jugador</translation>
    </message>
    <message>
        <source>Race and class</source>
        <translation>Raza y clase</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>AC</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>PG</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>Inic.</translation>
    </message>
    <message>
        <source>Hit dice left</source>
        <translation>Dados de golpe restantes</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CombatSummaryDialog</name>
    <message>
        <source>Combat Summary</source>
        <translation>Resumen del combate</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Asaltos:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Defeated:</source>
        <translation>Derrotados:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>XP earned:</source>
        <translation>PX obtenidos:</translation>
    </message>
    <message>
        <source>%1: %2 XP</source>
        <translation>%1: %2 PX</translation>
    </message>
    <message>
        <source>XP each:</source>
        <translation>PX por cabeza:</translation>
    </message>
    <message>
        <source>no characters in the fight</source>
        <translation>ningún personaje en el combate</translation>
    </message>
    <message>
        <source>Damage dealt and taken</source>
        <translation>Daño causado y recibido</translation>
    </message>
    <message>
        <source>Combatant</source>
        <translation>Combatiente</translation>
    </message>
    <message>
        <source>Dealt</source>
        <translation>Causado</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Recibido</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CombatantStatblock</name>
    <message>
        <source>Statblock of the selected combatant</source>
        <translation>Bloque de estadísticas del combatiente seleccionado</translation>
    </message>
    <message>
        <source>Stat&amp;block</source>
        <translation>&amp;Bloque de estadísticas</translation>
    </message>
    <message>
        <source>Select a combatant to see its statblock.</source>
        <translation>Seleccione un combatiente para ver su bloque de estadísticas.</translation>
    </message>
    <message>
        <source>%1 is a player character; the player has the character sheet.</source>
        <translation>%1 es un personaje jugador; el jugador tiene la hoja de personaje.</translation>
    </message>
    <message>
        <source>%1 was typed in, not taken from the bestiary, so it has no statblock.</source>
        <translation>%1 se escribió a mano, no se tomó del bestiario, así que no tiene bloque de estadísticas.</translation>
    </message>
    <message>
        <source>The creature behind %1 is no longer in the bestiary.</source>
        <translation>La criatura de %1 ya no está en el bestiario.</translation>
    </message>
    <message>
        <source>Stat&amp;block of %1</source>
        <translation>&amp;Bloque de estadísticas de %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ConditionDialog</name>
    <message>
        <source>Add Condition</source>
        <translation>Añadir estado</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Custom...</source>
        <translation>Personalizado...</translation>
    </message>
    <message>
        <source>Custom condition name</source>
        <translation>Nombre del estado personalizado</translation>
    </message>
    <message>
        <source>e.g. Hexed</source>
        <translation>p. ej. Maldito</translation>
    </message>
    <message>
        <source>Exhaustion level</source>
        <translation>Nivel de agotamiento</translation>
    </message>
    <message>
        <source>&amp;Until removed</source>
        <translation>&amp;Hasta que se quite</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Asaltos</translation>
    </message>
    <message>
        <source>Counts down at</source>
        <translation>Cuenta atrás al</translation>
    </message>
    <message>
        <source>the end of the turn of</source>
        <translation>final del turno de</translation>
    </message>
    <message>
        <source>the start of the turn of</source>
        <translation>inicio del turno de</translation>
    </message>
    <message>
        <source>Whose turn</source>
        <translation>Turno de quién</translation>
    </message>
    <message>
        <source>the bearer</source>
        <translation>el portador</translation>
    </message>
    <message>
        <source>&amp;Hide from players</source>
        <translation>&amp;Ocultar a los jugadores</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>C&amp;ustom name:</source>
        <translation>Nombre &amp;personalizado:</translation>
    </message>
    <message>
        <source>Exhaustion &amp;level:</source>
        <translation>&amp;Nivel de agotamiento:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Asaltos:</translation>
    </message>
    <message>
        <source>Counts down at:</source>
        <translation>Cuenta atrás al:</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CreateAccountDialog</name>
    <message>
        <source>Create Account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>&amp;Crear cuenta</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s address.</source>
        <translation>Introduce la dirección del servicio.</translation>
    </message>
    <message>
        <source>Creating the account...</source>
        <translation>Creando la cuenta...</translation>
    </message>
</context>
<context>
    <name>dnd::gui::CreatureEditor</name>
    <message>
        <source>New Creature</source>
        <translation>Nueva criatura</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Tiny</source>
        <translation>Diminuto</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Huge</source>
        <translation>Enorme</translation>
    </message>
    <message>
        <source>Gargantuan</source>
        <translation>Gargantuesco</translation>
    </message>
    <message>
        <source>dragon, humanoid, undead ...</source>
        <translation>dragón, humanoide, muerto viviente...</translation>
    </message>
    <message>
        <source>chaotic evil</source>
        <translation>caótico malvado</translation>
    </message>
    <message>
        <source>2014 rules (SRD 5.1)</source>
        <translation>Reglas de 2014 (SRD 5.1)</translation>
    </message>
    <message>
        <source>2024 rules (SRD 5.2)</source>
        <translation>Reglas de 2024 (SRD 5.2)</translation>
    </message>
    <message>
        <source>natural armor</source>
        <translation>armadura natural</translation>
    </message>
    <message>
        <source>19d12+133</source>
        <translation>19d12+133</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Tamaño</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Subt&amp;ype</source>
        <translation>&amp;Subtipo</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Alineamiento</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>Armor &amp;Class</source>
        <translation>&amp;Clase de armadura</translation>
    </message>
    <message>
        <source>Armor notes</source>
        <translation>Notas de armadura</translation>
    </message>
    <message>
        <source>&amp;Hit Points</source>
        <translation>&amp;Puntos de golpe</translation>
    </message>
    <message>
        <source>Hit &amp;Dice</source>
        <translation>&amp;Dados de golpe</translation>
    </message>
    <message>
        <source>hover</source>
        <translation>levitar</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>caminar</translation>
    </message>
    <message>
        <source>swim</source>
        <translation>nadar</translation>
    </message>
    <message>
        <source>fly</source>
        <translation>volar</translation>
    </message>
    <message>
        <source>climb</source>
        <translation>trepar</translation>
    </message>
    <message>
        <source>burrow</source>
        <translation>excavar</translation>
    </message>
    <message>
        <source>%1 speed</source>
        <translation>velocidad (%1)</translation>
    </message>
    <message>
        <source>&amp;Speed (ft.)</source>
        <translation>&amp;Velocidad (pies)</translation>
    </message>
    <message>
        <source>A&amp;bilities</source>
        <translation>Caracterís&amp;ticas</translation>
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
        <translation>visión en la oscuridad 120 pies</translation>
    </message>
    <message>
        <source>0, 1/8, 1/4, 1/2, 1 ... 30</source>
        <translation>0, 1/8, 1/4, 1/2, 1 ... 30</translation>
    </message>
    <message>
        <source>empty: the Dexterity modifier</source>
        <translation>vacío: el modificador de Destreza</translation>
    </message>
    <message>
        <source>Sa&amp;ving Throws</source>
        <translation>Tiradas de sal&amp;vación</translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <source>Senses</source>
        <translation>Sentidos</translation>
    </message>
    <message>
        <source>Passive &amp;Perception</source>
        <translation>&amp;Percepción pasiva</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>Damage Vulnerabilities</source>
        <translation>Vulnerabilidades al daño</translation>
    </message>
    <message>
        <source>Damage Resistances</source>
        <translation>Resistencias al daño</translation>
    </message>
    <message>
        <source>Damage Immunities</source>
        <translation>Inmunidades al daño</translation>
    </message>
    <message>
        <source>Condition Immunities</source>
        <translation>Inmunidades a estados</translation>
    </message>
    <message>
        <source>Challen&amp;ge Rating</source>
        <translation>Valor de &amp;desafío</translation>
    </message>
    <message>
        <source>&amp;XP</source>
        <translation>P&amp;X</translation>
    </message>
    <message>
        <source>Proficiency Bonus</source>
        <translation>Bonificador por competencia</translation>
    </message>
    <message>
        <source>&amp;Initiative Bonus</source>
        <translation>Bonificador de &amp;iniciativa</translation>
    </message>
    <message>
        <source>Legendary Actions per Round</source>
        <translation>Acciones legendarias por asalto</translation>
    </message>
    <message>
        <source>Legendary Resistances per Day</source>
        <translation>Resistencias legendarias por día</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Traits</source>
        <translation>Rasgos</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Bonus Actions</source>
        <translation>Acciones adicionales</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Legendary Actions</source>
        <translation>Acciones legendarias</translation>
    </message>
    <message>
        <source>Lair Actions</source>
        <translation>Acciones de guarida</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Attack bonus</source>
        <translation>Bonificador de ataque</translation>
    </message>
    <message>
        <source>Damage (dice type; ...)</source>
        <translation>Daño (dados tipo; ...)</translation>
    </message>
    <message>
        <source>Save DC</source>
        <translation>CD</translation>
    </message>
    <message>
        <source>Save ability</source>
        <translation>Característica de salvación</translation>
    </message>
    <message>
        <source>Recharge (5 = 5Ķ)</source>
        <translation>Recarga (5 = 5Ķ)</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Legendary cost</source>
        <translation>Coste legendario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be an ability such as dexterity</source>
        <translation>debe ser una característica como dexterity</translation>
    </message>
    <message>
        <source>“%1” is not a dice expression such as 2d6+4: %2</source>
        <translation>«%1» no es una expresión de dados como 2d6+4: %2</translation>
    </message>
    <message>
        <source>must be a dice expression such as 19d12+133: %1</source>
        <translation>debe ser una expresión de dados como 19d12+133: %1</translation>
    </message>
    <message>
        <source>write each save as an ability and a bonus: DEX +6, WIS +7</source>
        <translation>escriba cada salvación como característica y bonificador: DEX +6, WIS +7</translation>
    </message>
    <message>
        <source>write each skill as a name and a bonus: perception +13</source>
        <translation>escriba cada habilidad como nombre y bonificador: perception +13</translation>
    </message>
    <message>
        <source>must be a whole number such as +2, or empty</source>
        <translation>debe ser un número entero como +2, o quedar vacío</translation>
    </message>
    <message>
        <source>is required, e.g. dragon or humanoid</source>
        <translation>es obligatorio, p. ej. dragon o humanoid</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>fila %1, %2: %3</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>VD</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>dnd::gui::DiscordDialog</name>
    <message>
        <source>Post to Discord</source>
        <translation>Publicar en Discord</translation>
    </message>
    <message>
        <source>In Discord: the channel&apos;s settings, Integrations, Webhooks, Copy Webhook URL</source>
        <translation>En Discord: ajustes del canal, Integraciones, Webhooks, Copiar URL del webhook</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>URL del &amp;webhook:</translation>
    </message>
    <message>
        <source>This &amp;encounter</source>
        <translation>Este &amp;encuentro</translation>
    </message>
    <message>
        <source>Every encounter of its &amp;party</source>
        <translation>Todos los encuentros de su &amp;grupo</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Publicar:</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Vinculado a</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Linked Discord channels</source>
        <translation>Canales de Discord vinculados</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>Enviar mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Quitar vínculo</translation>
    </message>
    <message>
        <source>Nothing more is posted to that channel</source>
        <translation>No se publica nada más en ese canal</translation>
    </message>
    <message>
        <source>&amp;Upgrade...</source>
        <translation>&amp;Mejorar plan...</translation>
    </message>
    <message>
        <source>Posting to Discord goes through the companion service, which cannot be reached now (%1). Try again once this computer is online.</source>
        <translation>Publicar en Discord pasa por el servicio complementario, que ahora no está disponible (%1). Inténtalo de nuevo cuando este equipo esté en línea.</translation>
    </message>
    <message>
        <source>Open an encounter in the tracker to post its fight to Discord.</source>
        <translation>Abre un encuentro en el seguimiento para publicar su combate en Discord.</translation>
    </message>
    <message>
        <source>Posting to Discord needs the companion service: sign in under File &gt; Account and Sync, and the service posts the fight to your channel.</source>
        <translation>Publicar en Discord necesita el servicio complementario: inicia sesión en Archivo &gt; Cuenta y sincronización, y el servicio publica el combate en tu canal.</translation>
    </message>
    <message>
        <source>Asking the service...</source>
        <translation>Consultando el servicio...</translation>
    </message>
    <message>
        <source>Posting a fight to Discord comes with the %1 plan or a larger one. Upgrade to link a channel.</source>
        <translation>Publicar un combate en Discord viene con el plan %1 o uno mayor. Mejora tu plan para vincular un canal.</translation>
    </message>
    <message>
        <source>Paste the webhook URL of a Discord channel: the service posts round starts, turns, defeated creatures and the end of combat there, as the players see them.</source>
        <translation>Pega la URL del webhook de un canal de Discord: el servicio publica allí el inicio de cada ronda, los turnos, las criaturas derrotadas y el fin del combate, tal como los ven los jugadores.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered (%n message(s) so far)</source>
        <translation>
            <numerusform>Entregado (%n mensaje hasta ahora)</numerusform>
            <numerusform>Entregado (%n mensajes hasta ahora)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Trying again: %1</source>
        <translation>Reintentando: %1</translation>
    </message>
    <message>
        <source>Waiting: Discord asked to slow down</source>
        <translation>Esperando: Discord pidió ir más despacio</translation>
    </message>
    <message>
        <source>Nothing posted yet</source>
        <translation>Nada publicado todavía</translation>
    </message>
    <message>
        <source>A party&apos;s encounters</source>
        <translation>Los encuentros de un grupo</translation>
    </message>
    <message>
        <source>An encounter</source>
        <translation>Un encuentro</translation>
    </message>
    <message>
        <source>This encounter&apos;s party</source>
        <translation>El grupo de este encuentro</translation>
    </message>
    <message>
        <source>This encounter</source>
        <translation>Este encuentro</translation>
    </message>
    <message>
        <source>This encounter has not reached the service yet. It is being synced now; link the channel again in a moment.</source>
        <translation>Este encuentro aún no ha llegado al servicio. Se está sincronizando ahora; vuelve a vincular el canal en un momento.</translation>
    </message>
    <message>
        <source>That is not a Discord webhook URL. In Discord, open the channel&apos;s settings, Integrations, Webhooks, and use Copy Webhook URL.</source>
        <translation>Eso no es una URL de webhook de Discord. En Discord, abre los ajustes del canal, Integraciones, Webhooks, y usa Copiar URL del webhook.</translation>
    </message>
    <message>
        <source>Linked. Send a test message to check that it arrives.</source>
        <translation>Vinculado. Envía un mensaje de prueba para comprobar que llega.</translation>
    </message>
    <message>
        <source>Sending a test message...</source>
        <translation>Enviando un mensaje de prueba...</translation>
    </message>
    <message>
        <source>The test message arrived in the channel.</source>
        <translation>El mensaje de prueba llegó al canal.</translation>
    </message>
    <message>
        <source>The test message did not arrive: %1</source>
        <translation>El mensaje de prueba no llegó: %1</translation>
    </message>
    <message>
        <source>The link is removed: nothing more is posted to that channel.</source>
        <translation>El vínculo se ha quitado: no se publica nada más en ese canal.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::EncountersPage</name>
    <message>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Encounter name</source>
        <translation>Nombre del encuentro</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>2014 rules</source>
        <translation>Reglas de 2014</translation>
    </message>
    <message>
        <source>2024 rules</source>
        <translation>Reglas de 2024</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Add &amp;Party Members</source>
        <translation>Añadir miembros del &amp;grupo</translation>
    </message>
    <message>
        <source>&amp;Lair actions on initiative 20</source>
        <translation>Acciones de &amp;guarida en iniciativa 20</translation>
    </message>
    <message>
        <source>Notes for the DM</source>
        <translation>Notas para el máster</translation>
    </message>
    <message>
        <source>Search the bestiary</source>
        <translation>Buscar en el bestiario</translation>
    </message>
    <message>
        <source>Search creatures by name, type or tag</source>
        <translation>Buscar criaturas por nombre, tipo o etiqueta</translation>
    </message>
    <message>
        <source>Creature type</source>
        <translation>Tipo de criatura</translation>
    </message>
    <message>
        <source>Challenge rating range</source>
        <translation>Rango de valor de desafío</translation>
    </message>
    <message>
        <source>CR, e.g. 1/4-3</source>
        <translation>VD, p. ej. 1/4-3</translation>
    </message>
    <message>
        <source>Creatures found</source>
        <translation>Criaturas encontradas</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <source>Add &amp;hidden</source>
        <translation>Añadir &amp;oculto</translation>
    </message>
    <message>
        <source>&amp;Add to Encounter</source>
        <translation>&amp;Añadir al encuentro</translation>
    </message>
    <message>
        <source>Combatants</source>
        <translation>Combatientes</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Run in &amp;Tracker</source>
        <translation>Llevar al &amp;seguimiento</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;ules:</source>
        <translation>Re&amp;glas:</translation>
    </message>
    <message>
        <source>Part&amp;y:</source>
        <translation>Gr&amp;upo:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Cantidad:</translation>
    </message>
    <message>
        <source>Bestiary</source>
        <translation>Bestiario</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Create an encounter to start adding combatants.</source>
        <translation>Cree un encuentro para empezar a añadir combatientes.</translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (oculto)</translation>
    </message>
    <message>
        <source>Difficulty: add party members to rate the encounter.</source>
        <translation>Dificultad: añada miembros del grupo para valorar el encuentro.</translation>
    </message>
    <message>
        <source>Difficulty: %1</source>
        <translation>Dificultad: %1</translation>
    </message>
    <message>
        <source>Trivial</source>
        <translation>Trivial</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difficulty: %1&lt;/b&gt; — %2 XP (adjusted %3) against %4</source>
        <translation>&lt;b&gt;Dificultad: %1&lt;/b&gt; — %2 PX (ajustados %3) contra %4</translation>
    </message>
    <message>
        <source>New Encounter</source>
        <translation>Nuevo encuentro</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Encounter %1</source>
        <translation>Encuentro %1</translation>
    </message>
    <message>
        <source>Created encounter %1</source>
        <translation>Encuentro %1 creado</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicated %1</source>
        <translation>%1 duplicado</translation>
    </message>
    <message>
        <source>Deleted encounter %1</source>
        <translation>Encuentro %1 eliminado</translation>
    </message>
    <message>
        <source>%1 XP from %2 monsters (no multiplier in the 2024 rules)</source>
        <translation>%1 PX de %2 monstruos (sin multiplicador en las reglas de 2024)</translation>
    </message>
    <message>
        <source>%1 XP × %2 for %3 monsters and a party of %4 = %5 adjusted XP</source>
        <translation>%1 PX × %2 por %3 monstruos y un grupo de %4 = %5 PX ajustados</translation>
    </message>
    <message>
        <source>%1 (%2 XP): %3 XP left</source>
        <translation>%1 (%2 PX): quedan %3 PX</translation>
    </message>
    <message>
        <source>%1 (%2 XP): reached</source>
        <translation>%1 (%2 PX): alcanzado</translation>
    </message>
    <message>
        <source>Combatant</source>
        <translation>Combatiente</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>VD</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>PX</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>PG</translation>
    </message>
    <message>
        <source>Removes the selected combatant; on a group, one of its members.</source>
        <translation>Quita el combatiente elegido; en un grupo, uno de sus miembros.</translation>
    </message>
    <message>
        <source>XP budget left</source>
        <translation>Presupuesto de PX restante</translation>
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
        <translation>%1 cada uno</translation>
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
        <translation>Los Portafaroles</translation>
    </message>
    <message>
        <source>An example party of four level-3 adventurers.</source>
        <translation>Un grupo de ejemplo de cuatro aventureros de nivel 3.</translation>
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
        <translation>Semiorco</translation>
    </message>
    <message>
        <source>Fighter</source>
        <translation>Guerrero</translation>
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
        <translation>Elfo</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>Mago</translation>
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
        <translation>Mediano</translation>
    </message>
    <message>
        <source>Rogue</source>
        <translation>Pícaro</translation>
    </message>
    <message>
        <source>Sister Maud</source>
        <translation>Sor Maud</translation>
    </message>
    <message>
        <source>Kim</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humano</translation>
    </message>
    <message>
        <source>Cleric</source>
        <translation>Clérigo</translation>
    </message>
    <message>
        <source>Ambush at the Old Bridge</source>
        <translation>Emboscada en el puente viejo</translation>
    </message>
    <message>
        <source>Goblins wait under the bridge; their boss watches from the trees.</source>
        <translation>Unos goblins esperan bajo el puente; su jefe observa desde los árboles.</translation>
    </message>
    <message>
        <source>The boss flees when bloodied. A third goblin hides in the reeds until round 2.</source>
        <translation>El jefe huye cuando está malherido. Un tercer goblin se esconde entre los juncos hasta el asalto 2.</translation>
    </message>
    <message>
        <source>Goblin %1</source>
        <translation>Goblin %1</translation>
    </message>
    <message>
        <source>Goblin Boss</source>
        <translation>Jefe goblin</translation>
    </message>
    <message>
        <source>Wolf</source>
        <translation>Lobo</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ExportDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>D&amp;D Encounter Tracker (.dndtracker)</source>
        <translation>Seguimiento de encuentros D&amp;D (.dndtracker)</translation>
    </message>
    <message>
        <source>Improved Initiative (.json)</source>
        <translation>Improved Initiative (.json)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribe</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Tracker exports (*.dndtracker)</source>
        <translation>Exportaciones del tracker (*.dndtracker)</translation>
    </message>
    <message>
        <source>Improved Initiative files (*.json)</source>
        <translation>Archivos de Improved Initiative (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribe.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>La exportación se canceló; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Roll20 turn order (.json)</source>
        <translation>Orden de turnos de Roll20 (.json)</translation>
    </message>
    <message>
        <source>Include &amp;hidden combatants</source>
        <translation>Incluir combatientes &amp;ocultos</translation>
    </message>
    <message>
        <source>Roll20 shows its turn order to every player.</source>
        <translation>Roll20 muestra su orden de turnos a todos los jugadores.</translation>
    </message>
    <message>
        <source>&amp;Copy for Roll20</source>
        <translation>&amp;Copiar para Roll20</translation>
    </message>
    <message>
        <source>Copies the chat command of the tracker&apos;s Roll20 script, to paste into Roll20&apos;s chat.</source>
        <translation>Copia el comando de chat del script de Roll20 del tracker, para pegarlo en el chat de Roll20.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n turn order entry(s): paste them into Roll20&apos;s chat, where the tracker&apos;s script sets the turn order.</source>
        <translation>
            <numerusform>%n entrada copiada: péguela en el chat de Roll20, donde el script del tracker fija el orden de turnos.</numerusform>
            <numerusform>%n entradas copiadas: péguelas en el chat de Roll20, donde el script del tracker fija el orden de turnos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll20 turn orders (*.json)</source>
        <translation>Órdenes de turnos de Roll20 (*.json)</translation>
    </message>
</context>
<context>
    <name>dnd::gui::FileImport</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>No se pudo guardar la importación: %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::InitiativeFormDialog</name>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>These characters have no initiative yet. Type the totals the players rolled; a character left empty acts last.</source>
        <translation>Estos personajes aún no tienen iniciativa. Escriba los totales que sacaron los jugadores; un personaje que quede vacío actúa el último.</translation>
    </message>
    <message>
        <source>Initiative of %1</source>
        <translation>Iniciativa de %1</translation>
    </message>
    <message>
        <source>&amp;Start Combat</source>
        <translation>&amp;Empezar el combate</translation>
    </message>
</context>
<context>
    <name>dnd::gui::InitiativeModel</name>
    <message numerus="yes">
        <source> (%n rd)</source>
        <translation>
            <numerusform> (%n as.)</numerusform>
            <numerusform> (%n as.)</numerusform>
        </translation>
    </message>
    <message>
        <source> (hidden)</source>
        <translation> (oculto)</translation>
    </message>
    <message>
        <source>Conc.</source>
        <translation>Conc.</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Muerto</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Saves %1✓ %2✗</source>
        <translation>Salvaciones %1✓ %2✗</translation>
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
        <translation>%1 lista</translation>
    </message>
    <message>
        <source>%1 (%2–6)</source>
        <translation>%1 (%2–6)</translation>
    </message>
    <message>
        <source>Reaction used</source>
        <translation>Reacción usada</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>%1 — next</source>
        <translation>%1 — siguiente</translation>
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
        <translation>Inic.</translation>
    </message>
    <message>
        <source>Combatant</source>
        <translation>Combatiente</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>PG</translation>
    </message>
    <message>
        <source>AC</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situación</translation>
    </message>
</context>
<context>
    <name>dnd::gui::MainWindow</name>
    <message>
        <source>D&amp;D Encounter Tracker</source>
        <translation>Seguimiento de encuentros D&amp;D</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Bestiary</source>
        <translation>Bestiario</translation>
    </message>
    <message>
        <source>Encounters</source>
        <translation>Encuentros</translation>
    </message>
    <message>
        <source>Tracker</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>The file your data is stored in</source>
        <translation>El archivo donde se guardan sus datos</translation>
    </message>
    <message>
        <source>Sync with your account (File &gt; Account and Sync)</source>
        <translation>Sincronizar con su cuenta (Archivo &gt; Cuenta y sincronización)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Player Display &amp;Screen</source>
        <translation>Pan&amp;talla de la vista de jugadores</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>No se pudo rehacer</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
    <message>
        <source>About D&amp;D Encounter Tracker</source>
        <translation>Acerca del seguimiento de encuentros D&amp;D</translation>
    </message>
    <message>
        <source>&lt;h3&gt;D&amp;amp;D Encounter Tracker %1&lt;/h3&gt;&lt;p&gt;Prepare and run combat encounters at the table, with a display for the players.&lt;/p&gt;&lt;p&gt;This work includes material from the System Reference Document 5.1 and 5.2 by Wizards of the Coast LLC, licensed under CC-BY-4.0 (&lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/legalcode&quot;&gt;creativecommons.org/licenses/by/4.0&lt;/a&gt;).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seguimiento de encuentros D&amp;amp;D %1&lt;/h3&gt;&lt;p&gt;Preparar y dirigir combates en la mesa, con una pantalla para los jugadores.&lt;/p&gt;&lt;p&gt;Esta obra incluye material del System Reference Document 5.1 y 5.2 de Wizards of the Coast LLC, con licencia CC-BY-4.0 (&lt;a href=&quot;https://creativecommons.org/licenses/by/4.0/legalcode&quot;&gt;creativecommons.org/licenses/by/4.0&lt;/a&gt;).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Added the example party and encounter</source>
        <translation>Grupo y encuentro de ejemplo añadidos</translation>
    </message>
    <message>
        <source>Could not add the example</source>
        <translation>No se pudo añadir el ejemplo</translation>
    </message>
    <message>
        <source>Added the example party and the encounter “Ambush at the Old Bridge”.</source>
        <translation>Se han añadido el grupo de ejemplo y el encuentro «Emboscada en el puente viejo».</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>An import is still running; wait until it has finished.</source>
        <translation>Todavía hay una importación en curso; espere a que termine.</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importando %1...</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>No se ha importado nada de %1.</translation>
    </message>
    <message>
        <source>Import of %1 failed.</source>
        <translation>La importación de %1 ha fallado.</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n new, </source>
        <translation>
            <numerusform>De %1: %n nuevo, </numerusform>
            <numerusform>De %1: %n nuevos, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n actualizado, </numerusform>
            <numerusform>%n actualizados, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n omitido.</numerusform>
            <numerusform>%n omitidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation>Editar &gt; Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose or create an encounter on the Encounters page first.</source>
        <translation>Elija o cree primero un encuentro en la página Encuentros.</translation>
    </message>
    <message>
        <source>Could not open the encounter</source>
        <translation>No se pudo abrir el encuentro</translation>
    </message>
    <message>
        <source>Could not add the creature</source>
        <translation>No se pudo añadir la criatura</translation>
    </message>
    <message>
        <source>Added %1 × %2 to “%3”.</source>
        <translation>%1 × %2 añadido(s) a «%3».</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. If this keeps happening, check that the data folder (%2) is writable and not full, or restore a backup from Settings.</source>
        <translation>%1

No se ha cambiado nada. Si vuelve a ocurrir, compruebe que la carpeta de datos (%2) admite escritura y no está llena, o restaure una copia de seguridad desde las preferencias.</translation>
    </message>
    <message>
        <source>Tracker exports and JSON files (*.dndtracker *.json);;All files (*)</source>
        <translation>Exportaciones de la aplicación y archivos JSON (*.dndtracker *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>The encounter “%1”</source>
        <translation>El encuentro «%1»</translation>
    </message>
    <message>
        <source>The party “%1” and its characters</source>
        <translation>El grupo «%1» y sus personajes</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n registro exportado a %1.</numerusform>
            <numerusform>%n registros exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving works again.</source>
        <translation>Guardar vuelve a funcionar.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::OpenEncounters</name>
    <message>
        <source>Open an encounter first.</source>
        <translation>Abra primero un encuentro.</translation>
    </message>
    <message>
        <source>That encounter was deleted; restore it first to undo its combat steps.</source>
        <translation>Ese encuentro se eliminó; restáurelo primero para deshacer sus pasos de combate.</translation>
    </message>
    <message>
        <source>%1 (kept copy)</source>
        <translation>%1 (copia conservada)</translation>
    </message>
    <message>
        <source>Kept a copy of %1</source>
        <translation>Se conservó una copia de %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartiesPage</name>
    <message>
        <source>&lt;h2&gt;No parties yet&lt;/h2&gt;&lt;p&gt;A party holds the player characters you run encounters for. Create one, or add an example party with a ready encounter to try a fight right away.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay grupos&lt;/h2&gt;&lt;p&gt;Un grupo reúne a los personajes jugadores para los que dirige encuentros. Cree uno, o añada un grupo de ejemplo con un encuentro listo para probar un combate enseguida.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a Party</source>
        <translation>Crear un grupo</translation>
    </message>
    <message>
        <source>Add Example Party and Encounter</source>
        <translation>Añadir grupo y encuentro de ejemplo</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
        <source>&amp;New Party</source>
        <translation>&amp;Nuevo grupo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>&amp;Add Character</source>
        <translation>&amp;Añadir personaje</translation>
    </message>
    <message>
        <source>Edit &amp;Character</source>
        <translation>Editar &amp;personaje</translation>
    </message>
    <message>
        <source>&amp;Remove Character</source>
        <translation>&amp;Quitar personaje</translation>
    </message>
    <message>
        <source>Unarc&amp;hive</source>
        <translation>Desarc&amp;hivar</translation>
    </message>
    <message>
        <source>Select a party</source>
        <translation>Seleccione un grupo</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>%1

Your change was not saved. Check that the data folder is writable and has free space, then try again.</source>
        <translation>%1

Su cambio no se ha guardado. Compruebe que la carpeta de datos admite escritura y tiene espacio libre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1. Undo with %2.</source>
        <translation>%1. Deshacer con %2.</translation>
    </message>
    <message>
        <source>Created party %1</source>
        <translation>Grupo %1 creado</translation>
    </message>
    <message>
        <source>Edited party %1</source>
        <translation>Grupo %1 editado</translation>
    </message>
    <message>
        <source>Archived party %1</source>
        <translation>Grupo %1 archivado</translation>
    </message>
    <message>
        <source>Unarchived party %1</source>
        <translation>Grupo %1 desarchivado</translation>
    </message>
    <message>
        <source>Deleted party %1</source>
        <translation>Grupo %1 eliminado</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 añadido</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>%1 editado</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 quitado</translation>
    </message>
    <message>
        <source>Select the party that rests first.</source>
        <translation>Elige primero el grupo que descansa.</translation>
    </message>
    <message>
        <source>Everyone in %1 is already rested.</source>
        <translation>Todos en %1 ya han descansado.</translation>
    </message>
    <message>
        <source>Long rest for %1</source>
        <translation>Descanso largo para %1</translation>
    </message>
    <message>
        <source>Long Re&amp;st</source>
        <translation>De&amp;scanso largo</translation>
    </message>
    <message numerus="yes">
        <source>%1 regained %n hit dice</source>
        <translation>
            <numerusform>%1 recuperó %n dado de golpe</numerusform>
            <numerusform>%1 recuperó %n dados de golpe</numerusform>
        </translation>
    </message>
    <message>
        <source>Long rest for %1: full hit points; %2.</source>
        <translation>Descanso largo para %1: puntos de golpe al máximo; %2.</translation>
    </message>
    <message>
        <source>Every character of this party finishes a long rest: full hit points, no temporary hit points, spent hit dice back by the rule set in the settings</source>
        <translation>Cada personaje de este grupo termina un descanso largo: puntos de golpe al máximo, sin puntos de golpe temporales, dados de golpe gastados devueltos según las reglas de los ajustes</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartyDialog</name>
    <message>
        <source>New Party</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Edit Party</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <source>Party name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Party description</source>
        <translation>Descripción del grupo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PartyListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n personaje</numerusform>
            <numerusform>%n personajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n personaje</numerusform>
            <numerusform>%1, %n personajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::PasswordRulesLabel</name>
    <message>
        <source>%1 to %2 characters</source>
        <translation>de %1 a %2 caracteres</translation>
    </message>
    <message>
        <source>letters mixed with digits or symbols</source>
        <translation>letras mezcladas con dígitos o símbolos</translation>
    </message>
    <message>
        <source>not containing your username or email name</source>
        <translation>sin tu nombre de usuario ni el nombre de tu correo</translation>
    </message>
    <message>
        <source>The password meets every rule.</source>
        <translation>La contraseña cumple todas las reglas.</translation>
    </message>
    <message>
        <source>The password does not meet every rule yet.</source>
        <translation>La contraseña aún no cumple todas las reglas.</translation>
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
        <translation>Estable</translation>
    </message>
    <message>
        <source>Dying</source>
        <translation>Moribundo</translation>
    </message>
</context>
<context>
    <name>dnd::gui::PlayerDisplay</name>
    <message>
        <source>Player Display</source>
        <translation>Pantalla de jugadores</translation>
    </message>
    <message>
        <source>Player display</source>
        <translation>Pantalla de jugadores</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Asalto %1</translation>
    </message>
    <message>
        <source>Waiting for combat to begin</source>
        <translation>Esperando a que empiece el combate</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ResetPasswordDialog</name>
    <message>
        <source>Forgot Password</source>
        <translation>Contraseña olvidada</translation>
    </message>
    <message>
        <source>1. The service mails a reset token to your address.</source>
        <translation>1. El servicio envía un código de restablecimiento a tu dirección.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>Send &amp;Reset Mail</source>
        <translation>Enviar correo de &amp;restablecimiento</translation>
    </message>
    <message>
        <source>2. Enter the token from the mail and choose a new password. Every device signs in again afterwards.</source>
        <translation>2. Introduce el código del correo y elige una contraseña nueva. Después cada dispositivo vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Contraseña nueva:</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Repetir contraseña:</translation>
    </message>
    <message>
        <source>Set &amp;Password</source>
        <translation>&amp;Establecer contraseña</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Enviando...</translation>
    </message>
    <message>
        <source>If %1 has an account, a mail with the reset token is on its way. The token works once, for one hour.</source>
        <translation>Si %1 tiene una cuenta, va de camino un correo con el código de restablecimiento. El código sirve una vez, durante una hora.</translation>
    </message>
    <message>
        <source>Setting the new password...</source>
        <translation>Estableciendo la contraseña nueva...</translation>
    </message>
    <message>
        <source>Your password is changed. Sign in with the new password.</source>
        <translation>Tu contraseña ha cambiado. Inicia sesión con la contraseña nueva.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Teclado</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>2014 rules (SRD 5.1)</source>
        <translation>Reglas de 2014 (SRD 5.1)</translation>
    </message>
    <message>
        <source>2024 rules (SRD 5.2)</source>
        <translation>Reglas de 2024 (SRD 5.2)</translation>
    </message>
    <message>
        <source>Roll &amp;one initiative for identical monsters</source>
        <translation>Tirar &amp;una iniciativa para monstruos idénticos</translation>
    </message>
    <message>
        <source>Re&amp;roll initiative every round</source>
        <translation>Volver a &amp;tirar iniciativa cada asalto</translation>
    </message>
    <message>
        <source>Take &amp;defeated monsters out of the order</source>
        <translation>Sacar a los monstruos &amp;derrotados del orden</translation>
    </message>
    <message>
        <source>Ties on the initiative total go to the higher initiative modifier, then the higher Dexterity, then player characters; after that, drag combatants in the tracker to set the order.</source>
        <translation>Los empates en el total de iniciativa los gana el modificador de iniciativa más alto, luego la Destreza más alta y luego los personajes jugadores; después, arrastre a los combatientes en el seguimiento para fijar el orden.</translation>
    </message>
    <message>
        <source>Rule &amp;set for new encounters:</source>
        <translation>Regla&amp;s para encuentros nuevos:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Takes effect when the application starts next.</source>
        <translation>Se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Player characters&apos; hit points on the player display</source>
        <translation>Puntos de golpe de los personajes jugadores en la pantalla de jugadores</translation>
    </message>
    <message>
        <source>As words (Healthy, Hurt, Bloodied)</source>
        <translation>En palabras (Ileso, Herido, Malherido)</translation>
    </message>
    <message>
        <source>As numbers</source>
        <translation>En números</translation>
    </message>
    <message>
        <source>Player display theme</source>
        <translation>Tema de la pantalla de jugadores</translation>
    </message>
    <message>
        <source>Dark (for a TV)</source>
        <translation>Oscuro (para un televisor)</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Player characters&apos; &amp;HP on the player display:</source>
        <translation>&amp;PG de los personajes jugadores en la pantalla de jugadores:</translation>
    </message>
    <message>
        <source>Player display t&amp;heme:</source>
        <translation>T&amp;ema de la pantalla de jugadores:</translation>
    </message>
    <message>
        <source>Monsters&apos; health is always shown to players as words only.</source>
        <translation>La salud de los monstruos siempre se muestra a los jugadores solo con palabras.</translation>
    </message>
    <message>
        <source>&amp;Change Folder...</source>
        <translation>&amp;Cambiar carpeta...</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>%1 (from the next start)</source>
        <translation>%1 (desde el próximo inicio)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore Selected...</source>
        <translation>&amp;Restaurar la seleccionada...</translation>
    </message>
    <message>
        <source>%1 will be restored when the application starts next.</source>
        <translation>%1 se restaurará la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Your parties, creatures and encounters are stored in:</source>
        <translation>Sus grupos, criaturas y encuentros se guardan en:</translation>
    </message>
    <message>
        <source>&amp;Backups (made automatically once a day, newest first):</source>
        <translation>&amp;Copias de seguridad (automáticas una vez al día, la más reciente primero):</translation>
    </message>
    <message>
        <source>Select a backup in the list first.</source>
        <translation>Seleccione primero una copia de seguridad de la lista.</translation>
    </message>
    <message>
        <source>The backup from %1 cannot be restored: %2

Your current data was not changed. Pick an older backup.</source>
        <translation>La copia de seguridad del %1 no se puede restaurar: %2

Sus datos actuales no se han cambiado. Elija una copia más antigua.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>Restore the backup from %1? The application restores it when it starts next; your current data is kept beside it, renamed, so nothing is lost. Quit and start the application again to finish.</source>
        <translation>¿Restaurar la copia de seguridad del %1? La aplicación la restaura en su próximo inicio; sus datos actuales se conservan al lado, con otro nombre, para no perder nada. Salga e inicie de nuevo la aplicación para terminar.</translation>
    </message>
    <message>
        <source>The backup from %1 will be restored when the application starts next.</source>
        <translation>La copia de seguridad del %1 se restaurará la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet. One is made when you quit, at most once a day.</source>
        <translation>Todavía no hay copias de seguridad. Se hace una al salir, como mucho una vez al día.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Reset &amp;All to Defaults</source>
        <translation>&amp;Restablecer todos</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. A key already in use moves to the action you give it.</source>
        <translation>Pulse un atajo y presione las teclas nuevas. Una tecla ya en uso pasa a la acción a la que se la asigne.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Shortcut for %1</source>
        <translation>Atajo para %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ShareDialog</name>
    <message>
        <source>Share with Players</source>
        <translation>Compartir con los jugadores</translation>
    </message>
    <message>
        <source>QR code of the link</source>
        <translation>Código QR del enlace</translation>
    </message>
    <message>
        <source>Link for the players</source>
        <translation>Enlace para los jugadores</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Show the characters&apos; hit points as &amp;numbers (monsters&apos; never)</source>
        <translation>Mostrar los puntos de golpe de los personajes como &amp;números (los de los monstruos nunca)</translation>
    </message>
    <message>
        <source>Create &amp;Link</source>
        <translation>Crear &amp;enlace</translation>
    </message>
    <message>
        <source>&amp;Revoke Link</source>
        <translation>&amp;Revocar enlace</translation>
    </message>
    <message>
        <source>The link stops working and the players who follow it are disconnected</source>
        <translation>El enlace deja de funcionar y los jugadores que lo siguen se desconectan</translation>
    </message>
    <message>
        <source>&amp;Upgrade...</source>
        <translation>&amp;Mejorar plan...</translation>
    </message>
    <message>
        <source>Sharing needs the companion service, which cannot be reached now (%1). Try again once this computer is online.</source>
        <translation>Compartir necesita el servicio complementario, que ahora no responde (%1). Vuelva a intentarlo cuando este equipo esté en línea.</translation>
    </message>
    <message>
        <source>Open an encounter in the tracker to share it.</source>
        <translation>Abra un encuentro en el seguimiento de combate para compartirlo.</translation>
    </message>
    <message>
        <source>Sharing with players needs the companion service: sign in under File &gt; Account and Sync, and the encounter can be followed on the players&apos; phones.</source>
        <translation>Compartir con los jugadores necesita el servicio complementario: inicie sesión en Archivo &gt; Cuenta y sincronización y el encuentro podrá seguirse en los móviles de los jugadores.</translation>
    </message>
    <message>
        <source>Asking the service...</source>
        <translation>Consultando el servicio...</translation>
    </message>
    <message>
        <source>Players follow the fight on their phones with the %1 plan or a larger one. Upgrade to share this encounter.</source>
        <translation>Los jugadores siguen el combate en sus móviles con el plan %1 o uno mayor. Mejore su plan para compartir este encuentro.</translation>
    </message>
    <message>
        <source>Create a link for the players: on their phones or a TV they follow this fight live as the player display shows it. Whoever has the link can watch until you revoke it.</source>
        <translation>Cree un enlace para los jugadores: en sus móviles o en un televisor siguen este combate en directo tal como lo muestra la pantalla de jugadores. Quien tenga el enlace puede mirar hasta que usted lo revoque.</translation>
    </message>
    <message>
        <source>This encounter has not reached the service yet. It is being synced now; create the link again in a moment.</source>
        <translation>Este encuentro aún no ha llegado al servicio. Se está sincronizando ahora; vuelva a crear el enlace en un momento.</translation>
    </message>
    <message>
        <source>Players open this link, or scan the code, to follow the fight live.</source>
        <translation>Los jugadores abren este enlace, o escanean el código, para seguir el combate en directo.</translation>
    </message>
    <message>
        <source>The link is copied: paste it into the group&apos;s chat.</source>
        <translation>El enlace está copiado: péguelo en el chat del grupo.</translation>
    </message>
    <message>
        <source>The link no longer works, and the players who followed it were disconnected. A new link can be created.</source>
        <translation>El enlace ya no funciona y los jugadores que lo seguían se han desconectado. Se puede crear un enlace nuevo.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::ShortcutCheatSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Quick hit points in the tracker: type 7 and Enter for 7 damage, +7 to heal, t7 for 7 temporary hit points. Shortcuts can be changed in Settings.</source>
        <translation>Puntos de golpe rápidos en el seguimiento: escriba 7 e Intro para 7 de daño, +7 para curar, t7 para 7 puntos de golpe temporales. Los atajos se cambian en las preferencias.</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Otras teclas</translation>
    </message>
    <message>
        <source>Apply what the HP field holds</source>
        <translation>Aplicar lo que contiene el campo PG</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Type in the Init cell of the current row</source>
        <translation>Escribir en la celda Ini de la fila actual</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move through the initiative list; select several</source>
        <translation>Recorrer la lista de iniciativa; seleccionar varios</translation>
    </message>
    <message>
        <source>Up, Down; Ctrl+click, Shift+click</source>
        <translation>Arriba, Abajo; Ctrl+clic, Mayús+clic</translation>
    </message>
    <message>
        <source>Walk the statblock&apos;s dice; roll one</source>
        <translation>Recorrer los dados del bloque de estadísticas; tirar uno</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab; Enter</source>
        <translation>Tab, Mayús+Tab; Intro</translation>
    </message>
    <message>
        <source>Player display full screen (in that window)</source>
        <translation>Pantalla de jugadores a pantalla completa (en esa ventana)</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Cerrar un diálogo sin guardar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>In the Init cell: keep the total, go to the next or previous row&apos;s</source>
        <translation>En la celda Init: conservar el total, ir a la fila siguiente o anterior</translation>
    </message>
    <message>
        <source>Enter or Down; Up</source>
        <translation>Intro o Abajo; Arriba</translation>
    </message>
    <message>
        <source>Go to the encounter, the HP field, who acts, the combat log, the statblock</source>
        <translation>Ir al encuentro, al campo PG, a quién actúa, al registro de combate, al bloque de estadísticas</translation>
    </message>
    <message>
        <source>Alt+E, Alt+H, Alt+Y, Alt+L, Alt+B</source>
        <translation>Alt+E, Alt+P, Alt+O, Alt+R, Alt+B</translation>
    </message>
</context>
<context>
    <name>dnd::gui::StatblockView</name>
    <message>
        <source>Statblock</source>
        <translation>Bloque de estadísticas</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Pick a creature to see its statblock.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Elija una criatura para ver su bloque de estadísticas.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Roll %1</source>
        <translation>Tirar %1</translation>
    </message>
    <message>
        <source>Recharge 6</source>
        <translation>Recarga 6</translation>
    </message>
    <message>
        <source>Recharge %1Ķ</source>
        <translation>Recarga %1Ķ</translation>
    </message>
    <message>
        <source>%1/Day</source>
        <translation>%1/día</translation>
    </message>
    <message>
        <source>Costs %1 Actions</source>
        <translation>Cuesta %1 acciones</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Attack:&lt;/i&gt; %1. </source>
        <translation>&lt;i&gt;Ataque:&lt;/i&gt; %1. </translation>
    </message>
    <message>
        <source>%1 (to hit)</source>
        <translation>%1 (impactar)</translation>
    </message>
    <message>
        <source>%1 to hit</source>
        <translation>%1 para impactar</translation>
    </message>
    <message>
        <source>DC %1 %2 saving throw. </source>
        <translation>Tirada de salvación de %2 CD %1. </translation>
    </message>
    <message>
        <source>%1 (damage)</source>
        <translation>%1 (daño)</translation>
    </message>
    <message>
        <source>%1 (%2 damage)</source>
        <translation>%1 (daño de %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Hit:&lt;/i&gt; %1 damage. </source>
        <translation>&lt;i&gt;Impacto:&lt;/i&gt; %1 de daño. </translation>
    </message>
    <message>
        <source>Damage: %1. </source>
        <translation>Daño: %1. </translation>
    </message>
    <message>
        <source> plus </source>
        <translation> más </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Armor Class&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Clase de armadura&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Hit Points&lt;/b&gt; %1%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Puntos de golpe&lt;/b&gt; %1%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: hit points</source>
        <translation>%1: puntos de golpe</translation>
    </message>
    <message>
        <source>%1 ft.</source>
        <translation>%1 pies</translation>
    </message>
    <message>
        <source>burrow %1 ft.</source>
        <translation>excavar %1 pies</translation>
    </message>
    <message>
        <source>climb %1 ft.</source>
        <translation>trepar %1 pies</translation>
    </message>
    <message>
        <source>fly %1 ft. (hover)</source>
        <translation>volar %1 pies (levitar)</translation>
    </message>
    <message>
        <source>fly %1 ft.</source>
        <translation>volar %1 pies</translation>
    </message>
    <message>
        <source>swim %1 ft.</source>
        <translation>nadar %1 pies</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Speed&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Velocidad&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2 check</source>
        <translation>%1: prueba de %2</translation>
    </message>
    <message>
        <source>%1: %2 save</source>
        <translation>%1: salvación de %2</translation>
    </message>
    <message>
        <source>Saving Throws</source>
        <translation>Tiradas de salvación</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Damage Vulnerabilities</source>
        <translation>Vulnerabilidades al daño</translation>
    </message>
    <message>
        <source>Damage Resistances</source>
        <translation>Resistencias al daño</translation>
    </message>
    <message>
        <source>Damage Immunities</source>
        <translation>Inmunidades al daño</translation>
    </message>
    <message>
        <source>Condition Immunities</source>
        <translation>Inmunidades a estados</translation>
    </message>
    <message>
        <source>passive Perception %1</source>
        <translation>Percepción pasiva %1</translation>
    </message>
    <message>
        <source>Senses</source>
        <translation>Sentidos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Desafío</translation>
    </message>
    <message>
        <source>%1 (%2 XP)</source>
        <translation>%1 (%2 PX)</translation>
    </message>
    <message>
        <source>Proficiency Bonus</source>
        <translation>Bonificador por competencia</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>%1: initiative</source>
        <translation>%1: iniciativa</translation>
    </message>
    <message>
        <source>Legendary Resistance</source>
        <translation>Resistencia legendaria</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Bonus Actions</source>
        <translation>Acciones adicionales</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Legendary Actions</source>
        <translation>Acciones legendarias</translation>
    </message>
    <message numerus="yes">
        <source>%n per round, one at a time, each at the end of another creature&apos;s turn; all regained when its own turn starts.</source>
        <translation>
            <numerusform>%n por asalto, de una en una, cada una al final del turno de otra criatura; las recupera todas al empezar su propio turno.</numerusform>
            <numerusform>%n por asalto, de una en una, cada una al final del turno de otra criatura; las recupera todas al empezar su propio turno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lair Actions</source>
        <translation>Acciones de guarida</translation>
    </message>
    <message>
        <source>One per round, at initiative 20 after every combatant tied at 20.</source>
        <translation>Una por asalto, en iniciativa 20 tras todos los combatientes empatados en 20.</translation>
    </message>
    <message>
        <source>%1 · %2 rules · template (read-only)</source>
        <translation>%1 · reglas de %2 · plantilla (solo lectura)</translation>
    </message>
    <message>
        <source>%1 · %2 rules · custom creature</source>
        <translation>%1 · reglas de %2 · criatura propia</translation>
    </message>
</context>
<context>
    <name>dnd::gui::StoreProblemBanner</name>
    <message>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Everything saved before it is safe.</source>
        <translation>Todo lo guardado antes está a salvo.</translation>
    </message>
    <message>
        <source>The disk is full: your last change was not saved. %1 Free some space on the disk that holds the data folder, then make the change again.</source>
        <translation>El disco está lleno: su último cambio no se guardó. %1 Libere espacio en el disco que contiene la carpeta de datos y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>The data file is read-only: your last change was not saved. %1 Make the file and its folder writable again, then make the change again.</source>
        <translation>El archivo de datos es de solo lectura: su último cambio no se guardó. %1 Vuelva a permitir la escritura en el archivo y su carpeta y repita el cambio.</translation>
    </message>
    <message>
        <source>Another program holds the data file locked (another copy of the tracker, or a backup or sync tool): your last change was not saved. %1 Close that program or wait for it, then make the change again.</source>
        <translation>Otro programa tiene bloqueado el archivo de datos (otra copia del tracker, o una herramienta de copia de seguridad o sincronización): su último cambio no se guardó. %1 Cierre ese programa o espere a que termine y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>Your last change could not be written to the data file. %1 Check the data folder, then make the change again. (%2)</source>
        <translation>Su último cambio no se pudo escribir en el archivo de datos. %1 Revise la carpeta de datos y vuelva a hacer el cambio. (%2)</translation>
    </message>
    <message>
        <source>Your last change was not saved: the data file is open read-only. %1</source>
        <translation>Su último cambio no se guardó: el archivo de datos está abierto en modo de solo lectura. %1</translation>
    </message>
</context>
<context>
    <name>dnd::gui::SyncController</name>
    <message>
        <source>Local only</source>
        <translation>Solo local</translation>
    </message>
    <message>
        <source>Not syncing: %1</source>
        <translation>Sin sincronizar: %1</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Sincronizando...</translation>
    </message>
    <message numerus="yes">
        <source>Offline, retrying in %n s</source>
        <translation>
            <numerusform>Sin conexión, reintento en %n s</numerusform>
            <numerusform>Sin conexión, reintento en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Cambios en espera: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) not synced</source>
        <translation>
            <numerusform>%n registro sin sincronizar</numerusform>
            <numerusform>%n registros sin sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>the data file is open read-only. Changes from your other devices arrive once the tracker starts again on a writable file.</source>
        <translation>el archivo de datos está abierto en modo de solo lectura. Los cambios de sus otros dispositivos llegarán cuando el tracker vuelva a iniciarse con un archivo en el que se pueda escribir.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerConditionDelegate</name>
    <message numerus="yes">
        <source>%n rd</source>
        <translation>
            <numerusform>%n as.</numerusform>
            <numerusform>%n as.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerMaxHpDialog</name>
    <message>
        <source>Maximum HP of %1</source>
        <translation>PG máximos de %1</translation>
    </message>
    <message>
        <source>Maximum hit points</source>
        <translation>Puntos de golpe máximos</translation>
    </message>
    <message>
        <source>Use the statblock maximum (%1)</source>
        <translation>Usar el máximo del bloque de estadísticas (%1)</translation>
    </message>
    <message>
        <source>&amp;Maximum HP:</source>
        <translation>PG &amp;máximos:</translation>
    </message>
    <message>
        <source>Current hit points stay within the new maximum.</source>
        <translation>Los puntos de golpe actuales se mantienen dentro del nuevo máximo.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::TrackerPage</name>
    <message>
        <source>Encounter</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>&amp;Encounter:</source>
        <translation>&amp;Encuentro:</translation>
    </message>
    <message>
        <source>Initiative order</source>
        <translation>Orden de iniciativa</translation>
    </message>
    <message>
        <source>Combat log</source>
        <translation>Registro de combate</translation>
    </message>
    <message>
        <source>No encounter is open. Build one on the Encounters page, or add the example from the File menu, then pick it above.</source>
        <translation>No hay ningún encuentro abierto. Prepare uno en la página Encuentros, o añada el ejemplo desde el menú Archivo, y elíjalo arriba.</translation>
    </message>
    <message>
        <source>Combat &amp;log</source>
        <translation>&amp;Registro de combate</translation>
    </message>
    <message>
        <source>Quick hit points</source>
        <translation>Puntos de golpe rápidos</translation>
    </message>
    <message>
        <source>7 damage, +7 heal, t7 temporary HP, h7 half, d7 double, c7 critical, 7 fire typed; Enter applies</source>
        <translation>7 daño, +7 curar, t7 PG temporales, h7 mitad, d7 doble, c7 crítico, 7 fire con tipo; Intro aplica</translation>
    </message>
    <message>
        <source>Damage: 7, h7 (half), d7 (double), c7 (critical hit), add a damage type so resistances apply (7 fire, h12 cold) and &quot;magical&quot; for magical weapons. Healing: +7. Temporary HP: t7.</source>
        <translation>Daño: 7, h7 (mitad), d7 (doble), c7 (golpe crítico); añada un tipo de daño para que se apliquen las resistencias (7 fire, h12 cold) y «magical» para armas mágicas. Curación: +7. PG temporales: t7.</translation>
    </message>
    <message>
        <source>&amp;HP:</source>
        <translation>&amp;PG:</translation>
    </message>
    <message>
        <source>%1:%2 elapsed</source>
        <translation>%1:%2 transcurridos</translation>
    </message>
    <message>
        <source>Could not open the encounter: %1</source>
        <translation>No se pudo abrir el encuentro: %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Asalto %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Open an encounter first.</source>
        <translation>Abra primero un encuentro.</translation>
    </message>
    <message>
        <source>Type a number: 7 for damage (h7 half, d7 double, c7 critical, 7 fire typed), +7 to heal, t7 for temporary hit points.</source>
        <translation>Escriba un número: 7 para daño (h7 mitad, d7 doble, c7 crítico, 7 fire con tipo), +7 para curar, t7 para puntos de golpe temporales.</translation>
    </message>
    <message>
        <source>Select one or more combatants first.</source>
        <translation>Seleccione primero uno o varios combatientes.</translation>
    </message>
    <message>
        <source>Select who gets the condition first.</source>
        <translation>Seleccione primero quién recibe el estado.</translation>
    </message>
    <message>
        <source>Export Combat Log</source>
        <translation>Exportar registro de combate</translation>
    </message>
    <message>
        <source>Text (*.txt);;JSON (*.json)</source>
        <translation>Texto (*.txt);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>%1 took %2 damage while concentrating: Constitution save, DC %3.</source>
        <translation>%1 ha recibido %2 de daño mientras se concentra: tirada de salvación de Constitución, CD %3.</translation>
    </message>
    <message>
        <source>Saving throw total</source>
        <translation>Total de la tirada de salvación</translation>
    </message>
    <message>
        <source>Record Save</source>
        <translation>Anotar la salvación</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>%1 is dying: roll a death saving throw.</source>
        <translation>%1 se está muriendo: haga una tirada de salvación contra muerte.</translation>
    </message>
    <message>
        <source>Roll Death Save</source>
        <translation>Tirada de salvación contra muerte</translation>
    </message>
    <message>
        <source>Select whose initiative to type first.</source>
        <translation>Seleccione primero de quién escribir la iniciativa.</translation>
    </message>
    <message>
        <source>Select who rolls initiative first.</source>
        <translation>Seleccione primero quién tira iniciativa.</translation>
    </message>
    <message>
        <source>%1 can only move among the combatants with the same initiative (%2); change the initiative to move it further.</source>
        <translation>%1 solo se puede mover entre los combatientes con la misma iniciativa (%2); cambie la iniciativa para moverlo más.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Select one combatant to move.</source>
        <translation>Seleccione un combatiente para mover.</translation>
    </message>
    <message>
        <source>Select whose maximum hit points to change first.</source>
        <translation>Seleccione primero de quién cambiar los puntos de golpe máximos.</translation>
    </message>
    <message numerus="yes">
        <source>%n combatants</source>
        <translation>
            <numerusform>%n combatiente</numerusform>
            <numerusform>%n combatientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Select who uses a recharge ability first.</source>
        <translation>Seleccione primero quién usa una capacidad de recarga.</translation>
    </message>
    <message>
        <source>%1 has no recharge ability.</source>
        <translation>%1 no tiene ninguna capacidad de recarga.</translation>
    </message>
    <message>
        <source>No recharge ability of %1 is ready.</source>
        <translation>Ninguna capacidad de recarga de %1 está lista.</translation>
    </message>
    <message>
        <source>Roll Initiative</source>
        <translation>Tirar iniciativa</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Use %1 (not recharged)</source>
        <translation>Usar %1 (sin recargar)</translation>
    </message>
    <message>
        <source>&amp;Keep a Copy</source>
        <translation>&amp;Conservar una copia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>“%1” was deleted on another device. This window still shows the fight as it was here; keep a copy to go on with it, or close it.</source>
        <translation>«%1» se eliminó en otro dispositivo. Esta ventana sigue mostrando el combate tal como estaba aquí; conserve una copia para continuarlo, o ciérrelo.</translation>
    </message>
    <message>
        <source>Kept a copy: “%1”</source>
        <translation>Copia conservada: «%1»</translation>
    </message>
    <message>
        <source>No target: select a combatant</source>
        <translation>Sin objetivo: seleccione un combatiente</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Objetivo: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Select one combatant to give an alias.</source>
        <translation>Elija un combatiente para darle un alias.</translation>
    </message>
    <message>
        <source>Alias of %1</source>
        <translation>Alias de %1</translation>
    </message>
    <message>
        <source>The name the players see (empty: the real name):</source>
        <translation>El nombre que ven los jugadores (vacío: el nombre real):</translation>
    </message>
    <message>
        <source>Combat is paused: the clock and the turn wait. Press %1 to resume.</source>
        <translation>El combate está en pausa: el reloj y el turno esperan. Pulse %1 para reanudar.</translation>
    </message>
    <message>
        <source>Combat is paused: select who takes it, or resume combat first.</source>
        <translation>El combate está en pausa: seleccione a quién afecta o reanude antes el combate.</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Quién actúa</translation>
    </message>
    <message>
        <source>Who deals the damage, heals or puts on the condition, as the combat log credits it: whose turn it is, nobody (a trap, a fall), or any combatant</source>
        <translation>Quién causa el daño, cura o aplica el estado, tal como lo atribuye el registro de combate: quien tiene el turno, nadie (una trampa, una caída) o cualquier combatiente</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation>P&amp;or:</translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation>Quien tiene el turno</translation>
    </message>
    <message>
        <source>Whose turn it is (%1)</source>
        <translation>Quien tiene el turno (%1)</translation>
    </message>
    <message>
        <source>Nobody (a trap, the environment)</source>
        <translation>Nadie (una trampa, el entorno)</translation>
    </message>
    <message>
        <source>End Combat</source>
        <translation>Terminar el combate</translation>
    </message>
    <message>
        <source>End the fight in round %1? The summary follows; Ctrl+Z takes the end back.</source>
        <translation>¿Terminar el combate en el asalto %1? Sigue el resumen; Ctrl+Z deshace el final.</translation>
    </message>
    <message>
        <source>&amp;End Combat</source>
        <translation>&amp;Terminar el combate</translation>
    </message>
    <message>
        <source>New Day / Long Rest</source>
        <translation>Nuevo día / Descanso largo</translation>
    </message>
    <message>
        <source>The fight is still running (round %1). Let every combatant finish a long rest anyway? Ctrl+Z takes it back.</source>
        <translation>El combate sigue en curso (asalto %1). ¿Dejar igualmente que cada combatiente termine un descanso largo? Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>&amp;Rest</source>
        <translation>&amp;Descansar</translation>
    </message>
</context>
<context>
    <name>dnd::gui::UndoHistory</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
</context>
<context>
    <name>dnd::gui::WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to the D&amp;amp;D Encounter Tracker&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Le damos la bienvenida al seguimiento de encuentros D&amp;amp;D&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;An example party and the encounter “Ambush at the Old Bridge” are open in the tracker, so you can try a fight right away. Remove them from the Parties and Encounters pages when you no longer need them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un grupo de ejemplo y el encuentro «Emboscada en el puente viejo» están abiertos en el seguimiento para que pueda probar un combate enseguida. Elimínelos en las páginas Grupos y Encuentros cuando ya no los necesite.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything works from the keyboard: press &lt;b&gt;F1&lt;/b&gt; at any time to see every shortcut.&lt;/p&gt;&lt;p&gt;Bring in your own creatures and characters with &lt;b&gt;File &amp;gt; Import&lt;/b&gt; (exports of this tracker, 5e-database, Open5e, Improved Initiative and D&amp;amp;D Beyond).&lt;/p&gt;&lt;p&gt;Your data stays on this computer. An account (&lt;b&gt;File &amp;gt; Account and Sync&lt;/b&gt;) keeps several computers in step.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todo funciona con el teclado: pulse &lt;b&gt;F1&lt;/b&gt; en cualquier momento para ver todos los atajos.&lt;/p&gt;&lt;p&gt;Traiga sus propias criaturas y personajes con &lt;b&gt;Archivo &amp;gt; Importar&lt;/b&gt; (exportaciones de esta aplicación, 5e-database, Open5e, Improved Initiative y D&amp;amp;D Beyond).&lt;/p&gt;&lt;p&gt;Sus datos se quedan en este ordenador. Una cuenta (&lt;b&gt;Archivo &amp;gt; Cuenta y sincronización&lt;/b&gt;) mantiene varios ordenadores al día.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts (F1)</source>
        <translation>Atajos de teclado (F1)</translation>
    </message>
    <message>
        <source>Import a File...</source>
        <translation>Importar un archivo...</translation>
    </message>
    <message>
        <source>Account and Sync...</source>
        <translation>Cuenta y sincronización...</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>dnd::rules::EncounterSession</name>
    <message>
        <source>That combatant is not in this encounter.</source>
        <translation>Ese combatiente no está en este encuentro.</translation>
    </message>
    <message>
        <source>There is no encounter with id %1.</source>
        <translation>No hay ningún encuentro con el identificador %1.</translation>
    </message>
    <message>
        <source>There is nothing to %1.</source>
        <translation>No hay nada que %1.</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>deshacer</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>The creature needs a name.</source>
        <translation>La criatura necesita un nombre.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Add %1 x%2</source>
        <translation>Añadir %1 x%2</translation>
    </message>
    <message>
        <source>%1 is already in this encounter.</source>
        <translation>%1 ya está en este encuentro.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>Revelar %1</translation>
    </message>
    <message>
        <source>An initiative of %1 is outside -20 to 60.</source>
        <translation>Una iniciativa de %1 está fuera del rango de -20 a 60.</translation>
    </message>
    <message>
        <source>A d20 roll is 1 to 20, not %1.</source>
        <translation>Una tirada de d20 va de 1 a 20, no %1.</translation>
    </message>
    <message>
        <source>Initiative %1 for %2</source>
        <translation>Iniciativa %1 para %2</translation>
    </message>
    <message>
        <source>There is nobody to roll initiative for.</source>
        <translation>No hay nadie para quien tirar iniciativa.</translation>
    </message>
    <message>
        <source>Roll initiative</source>
        <translation>Tirar iniciativa</translation>
    </message>
    <message>
        <source>%1 is not tied with anyone; change the initiative to move it.</source>
        <translation>%1 no está empatado con nadie; cambie la iniciativa para moverlo.</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>Change encounter options</source>
        <translation>Cambiar las opciones del encuentro</translation>
    </message>
    <message>
        <source>Lair</source>
        <translation>Guarida</translation>
    </message>
    <message>
        <source>Enable lair actions</source>
        <translation>Activar las acciones de guarida</translation>
    </message>
    <message>
        <source>Disable lair actions</source>
        <translation>Desactivar las acciones de guarida</translation>
    </message>
    <message>
        <source>Combat is already running.</source>
        <translation>El combate ya está en marcha.</translation>
    </message>
    <message>
        <source>Add combatants before starting combat.</source>
        <translation>Añada combatientes antes de empezar el combate.</translation>
    </message>
    <message>
        <source>Nobody in this encounter can still fight.</source>
        <translation>Nadie en este encuentro puede seguir luchando.</translation>
    </message>
    <message>
        <source>Start combat</source>
        <translation>Empezar el combate</translation>
    </message>
    <message>
        <source>Combat is not running.</source>
        <translation>El combate no está en marcha.</translation>
    </message>
    <message>
        <source>End combat</source>
        <translation>Terminar el combate</translation>
    </message>
    <message>
        <source>Start combat before moving to the next turn.</source>
        <translation>Empiece el combate antes de pasar al turno siguiente.</translation>
    </message>
    <message>
        <source>Nobody is in the initiative order.</source>
        <translation>No hay nadie en el orden de iniciativa.</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Turno siguiente</translation>
    </message>
    <message>
        <source>This is the first turn of the fight.</source>
        <translation>Este es el primer turno del combate.</translation>
    </message>
    <message>
        <source>Previous turn</source>
        <translation>Turno anterior</translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>Elija al menos un objetivo.</translation>
    </message>
    <message>
        <source>Damage must be between 0 and 99999, not %1.</source>
        <translation>El daño debe estar entre 0 y 99999, no %1.</translation>
    </message>
    <message>
        <source>Damage %1 to %2</source>
        <translation>%1 de daño a %2</translation>
    </message>
    <message>
        <source>Healing must be between 1 and 99999, not %1.</source>
        <translation>La curación debe estar entre 1 y 99999, no %1.</translation>
    </message>
    <message>
        <source>%1 is dead; healing cannot bring them back.</source>
        <translation>%1 está muerto; la curación no puede devolverle la vida.</translation>
    </message>
    <message>
        <source>Heal %1 to %2</source>
        <translation>Curar %1 a %2</translation>
    </message>
    <message>
        <source>Temporary hit points must be between 0 and 99999, not %1.</source>
        <translation>Los puntos de golpe temporales deben estar entre 0 y 99999, no %1.</translation>
    </message>
    <message>
        <source>%1 temporary HP to %2</source>
        <translation>%1 PG temporales a %2</translation>
    </message>
    <message>
        <source>Maximum HP must be between 1 and 99999, not %1.</source>
        <translation>Los PG máximos deben estar entre 1 y 99999, no %1.</translation>
    </message>
    <message>
        <source>Maximum HP of %1</source>
        <translation>PG máximos de %1</translation>
    </message>
    <message>
        <source>A condition needs a name of 1 to 100 characters.</source>
        <translation>Un estado necesita un nombre de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>A duration is 1 to 1000 rounds, or until removed.</source>
        <translation>Una duración es de 1 a 1000 asaltos, o hasta que se quite.</translation>
    </message>
    <message>
        <source>The combatant whose turn ends the condition is not in this encounter.</source>
        <translation>El combatiente cuyo turno termina el estado no está en este encuentro.</translation>
    </message>
    <message>
        <source>%1 is immune to %2.</source>
        <translation>%1 es inmune a %2.</translation>
    </message>
    <message>
        <source>Exhaustion levels are 1 to 6, not %1.</source>
        <translation>Los niveles de agotamiento van de 1 a 6, no %1.</translation>
    </message>
    <message>
        <source>Exhaustion %1 on %2</source>
        <translation>Agotamiento %1 en %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Quitar %1 de %2</translation>
    </message>
    <message>
        <source>%1 does not have that condition.</source>
        <translation>%1 no tiene ese estado.</translation>
    </message>
    <message>
        <source>%1 is at 0 hit points and cannot concentrate.</source>
        <translation>%1 está a 0 puntos de golpe y no puede concentrarse.</translation>
    </message>
    <message>
        <source>%1 concentrates</source>
        <translation>%1 se concentra</translation>
    </message>
    <message>
        <source>%1 stops concentrating</source>
        <translation>%1 deja de concentrarse</translation>
    </message>
    <message>
        <source>%1 is not concentrating.</source>
        <translation>%1 no se está concentrando.</translation>
    </message>
    <message>
        <source>Concentration save of %1</source>
        <translation>Salvación de concentración de %1</translation>
    </message>
    <message>
        <source>A death save is a d20 roll from 1 to 20, not %1.</source>
        <translation>Una tirada de salvación contra muerte es una tirada de d20 de 1 a 20, no %1.</translation>
    </message>
    <message>
        <source>%1 is not dying.</source>
        <translation>%1 no se está muriendo.</translation>
    </message>
    <message>
        <source>Death save %1 for %2</source>
        <translation>Salvación contra muerte %1 para %2</translation>
    </message>
    <message>
        <source>%1 has no legendary actions.</source>
        <translation>%1 no tiene acciones legendarias.</translation>
    </message>
    <message>
        <source>A legendary action costs 1 to %1, not %2.</source>
        <translation>Una acción legendaria cuesta de 1 a %1, no %2.</translation>
    </message>
    <message>
        <source>%1 has %2 legendary actions left, not %3.</source>
        <translation>A %1 le quedan %2 acciones legendarias, no %3.</translation>
    </message>
    <message>
        <source>Legendary action of %1</source>
        <translation>Acción legendaria de %1</translation>
    </message>
    <message>
        <source>%1 has no legendary resistance left.</source>
        <translation>A %1 no le queda resistencia legendaria.</translation>
    </message>
    <message>
        <source>Legendary resistance of %1</source>
        <translation>Resistencia legendaria de %1</translation>
    </message>
    <message>
        <source>%1 has already used its reaction this round.</source>
        <translation>%1 ya ha usado su reacción este asalto.</translation>
    </message>
    <message>
        <source>Reaction of %1</source>
        <translation>Reacción de %1</translation>
    </message>
    <message>
        <source>%1 of %2 has not recharged yet.</source>
        <translation>%1 de %2 todavía no se ha recargado.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 has no recharging ability called %2.</source>
        <translation>%1 no tiene ninguna capacidad de recarga llamada %2.</translation>
    </message>
    <message>
        <source>A roll&apos;s label has at most %1 characters, not %2.</source>
        <translation>La etiqueta de una tirada tiene como máximo %1 caracteres, no %2.</translation>
    </message>
    <message>
        <source>Roll %1</source>
        <translation>Tirar %1</translation>
    </message>
    <message>
        <source>“%1” was deleted on another device. Keep a copy to go on with it.</source>
        <translation>«%1» se eliminó en otro dispositivo. Conserve una copia para continuar.</translation>
    </message>
    <message>
        <source>Add between 1 and %1 creatures at a time, not %2.</source>
        <translation>Añada entre 1 y %1 criaturas a la vez, no %2.</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>Editar los datos de %1</translation>
    </message>
    <message>
        <source>%1 has its reaction already.</source>
        <translation>%1 ya tiene su reacción.</translation>
    </message>
    <message>
        <source>Reaction of %1 back</source>
        <translation>Reacción de %1 devuelta</translation>
    </message>
    <message>
        <source>Combat is paused: resume it instead of starting again.</source>
        <translation>El combate está en pausa: reanúdelo en lugar de empezar de nuevo.</translation>
    </message>
    <message>
        <source>Combat is already paused.</source>
        <translation>El combate ya está en pausa.</translation>
    </message>
    <message>
        <source>Pause combat</source>
        <translation>Pausar combate</translation>
    </message>
    <message>
        <source>Combat is not paused.</source>
        <translation>El combate no está en pausa.</translation>
    </message>
    <message>
        <source>Resume combat</source>
        <translation>Reanudar combate</translation>
    </message>
    <message>
        <source>Combat is paused. Resume it to change turns.</source>
        <translation>El combate está en pausa. Reanúdelo para cambiar de turno.</translation>
    </message>
    <message>
        <source>The combatant acting is not in this encounter.</source>
        <translation>El combatiente que actúa no está en este encuentro.</translation>
    </message>
    <message>
        <source>Everyone is already rested: nothing for a long rest to restore.</source>
        <translation>Todos ya han descansado: un descanso largo no tiene nada que restaurar.</translation>
    </message>
    <message>
        <source>Long rest for %1</source>
        <translation>Descanso largo para %1</translation>
    </message>
</context>
<context>
    <name>dnd::sync::AccountClient</name>
    <message>
        <source>The sync service gave no payment page.</source>
        <translation>El servicio de sincronización no ha dado ninguna página de pago.</translation>
    </message>
    <message>
        <source>The sync service answered without the sign-in tokens.</source>
        <translation>El servicio de sincronización respondió sin los tokens de inicio de sesión.</translation>
    </message>
    <message>
        <source>The sync service answered without a share code.</source>
        <translation>El servicio de sincronización respondió sin código de compartición.</translation>
    </message>
    <message>
        <source>The sync service answered without the new API token.</source>
        <translation>El servicio de sincronización respondió sin el nuevo token de API.</translation>
    </message>
</context>
<context>
    <name>dnd::sync::SyncEngine</name>
    <message>
        <source>The sync service processed changes up to %1 of %2.</source>
        <translation>El servicio de sincronización ha procesado los cambios hasta %1 de %2.</translation>
    </message>
    <message>
        <source>The sync service keeps refusing this device: %1</source>
        <translation>El servicio de sincronización sigue rechazando este dispositivo: %1</translation>
    </message>
    <message>
        <source>The sync service&apos;s data was restored or reset.</source>
        <translation>Los datos del servicio de sincronización se restauraron o se reiniciaron.</translation>
    </message>
    <message>
        <source>The sync service has processed changes up to %1; this device sent up to %2.</source>
        <translation>El servicio de sincronización ha procesado los cambios hasta %1; este dispositivo envió hasta %2.</translation>
    </message>
    <message>
        <source>The sync service refuses even the smallest change as too large.</source>
        <translation>El servicio de sincronización rechaza incluso el cambio más pequeño por demasiado grande.</translation>
    </message>
    <message>
        <source>This change to a %1 is larger than the sync service accepts; it stays on this device.</source>
        <translation>Este cambio en un registro de %1 es mayor de lo que acepta el servicio de sincronización; se queda en este dispositivo.</translation>
    </message>
    <message>
        <source>The sync service has processed changes up to %1; this device made %2.</source>
        <translation>El servicio de sincronización ha procesado los cambios hasta %1; este dispositivo hizo %2.</translation>
    </message>
</context>
</TS>
