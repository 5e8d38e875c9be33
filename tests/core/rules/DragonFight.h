#pragma once

#include "SessionFixture.h"

// The scripted fight behind the expected combat log tests/fixtures/rules/dragon-fight.log: a party of
// four against an adult red dragon in its lair with four kobold minions, five rounds, every roll
// scripted. TestScriptedFight compares its log with the file; write_dragon_fight_log (the target
// update-dragon-fight-log) writes the file, when a rules change alters the log on purpose.
namespace dnd::test {

struct DragonFight {
    QString dragon;
    int turns = 0; // turn changes after the start, six seconds of combat time each
};

// Plays the whole fight, ending the combat, in the fixture's session. Fails with the first refused
// command (the command's text and its error).
Result<DragonFight> playDragonFight(SessionFixture& f);

} // namespace dnd::test
