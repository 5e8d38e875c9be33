#pragma once

#include <QLatin1String>
#include <array>

// The stable ids of the window's commands: the key of each action in the ActionCatalog, of its
// stored shortcut in the settings, and of its row in the shortcut editor. Changing one loses the
// shortcut a DM stored for it.
namespace dnd::gui::ActionId {

inline constexpr QLatin1String FileNewParty("file.newParty");
inline constexpr QLatin1String FileNewEncounter("file.newEncounter");
inline constexpr QLatin1String FileImport("file.import");
inline constexpr QLatin1String FileExport("file.export");
inline constexpr QLatin1String FileExampleContent("file.exampleContent");
inline constexpr QLatin1String FileAccount("file.account");
inline constexpr QLatin1String FileSyncNow("file.syncNow");
inline constexpr QLatin1String FileSettings("file.settings");
inline constexpr QLatin1String FileQuit("file.quit");

inline constexpr QLatin1String EditUndo("edit.undo");
inline constexpr QLatin1String EditRedo("edit.redo");
inline constexpr QLatin1String EditFind("edit.find");

inline constexpr QLatin1String ViewParties("view.parties");
inline constexpr QLatin1String ViewBestiary("view.bestiary");
inline constexpr QLatin1String ViewEncounters("view.encounters");
inline constexpr QLatin1String ViewTracker("view.tracker");
inline constexpr QLatin1String ViewPlayerDisplay("view.playerDisplay");
inline constexpr QLatin1String ViewPlayerFullScreen("view.playerFullScreen");

inline constexpr QLatin1String TrackerStart("tracker.start");
inline constexpr QLatin1String TrackerEnd("tracker.end");
inline constexpr QLatin1String TrackerPause("tracker.pause");
inline constexpr QLatin1String TrackerRollInitiative("tracker.rollInitiative");
inline constexpr QLatin1String TrackerNext("tracker.next");
inline constexpr QLatin1String TrackerPrevious("tracker.previous");
inline constexpr QLatin1String TrackerDamage("tracker.damage");
inline constexpr QLatin1String TrackerHeal("tracker.heal");
inline constexpr QLatin1String TrackerTempHp("tracker.tempHp");
inline constexpr QLatin1String TrackerAddCondition("tracker.addCondition");
inline constexpr QLatin1String TrackerToggleHidden("tracker.toggleHidden");
inline constexpr QLatin1String TrackerConcentration("tracker.concentration");
inline constexpr QLatin1String TrackerDeathSave("tracker.deathSave");
inline constexpr QLatin1String TrackerReaction("tracker.reaction");
inline constexpr QLatin1String TrackerLegendary("tracker.legendary");
inline constexpr QLatin1String TrackerLegendaryResistance("tracker.legendaryResistance");
inline constexpr QLatin1String TrackerSetInitiative("tracker.setInitiative");
inline constexpr QLatin1String TrackerRollSelected("tracker.rollSelected");
inline constexpr QLatin1String TrackerRollAdvantage("tracker.rollAdvantage");
inline constexpr QLatin1String TrackerRollDisadvantage("tracker.rollDisadvantage");
inline constexpr QLatin1String TrackerRollTakeTen("tracker.rollTakeTen");
inline constexpr QLatin1String TrackerMoveUp("tracker.moveUp");
inline constexpr QLatin1String TrackerMoveDown("tracker.moveDown");
inline constexpr QLatin1String TrackerMaxHp("tracker.maxHp");
inline constexpr QLatin1String TrackerRecharge("tracker.recharge");
inline constexpr QLatin1String TrackerLongRest("tracker.longRest");
inline constexpr QLatin1String TrackerAddCombatants("tracker.addCombatants");
inline constexpr QLatin1String TrackerAlias("tracker.alias");
inline constexpr QLatin1String TrackerRemove("tracker.remove");
inline constexpr QLatin1String TrackerChooseSource("tracker.chooseSource");
inline constexpr QLatin1String TrackerExportLog("tracker.exportLog");
inline constexpr QLatin1String TrackerShare("tracker.share");
inline constexpr QLatin1String TrackerDiscord("tracker.discord");

inline constexpr QLatin1String HelpCheatSheet("help.cheatSheet");
inline constexpr QLatin1String HelpUserGuide("help.userGuide");
inline constexpr QLatin1String HelpAbout("help.about");

// Every id above, in menu order; a test checks that each is registered once and nothing else is.
inline constexpr std::array All{FileNewParty,
                                FileNewEncounter,
                                FileImport,
                                FileExport,
                                FileExampleContent,
                                FileAccount,
                                FileSyncNow,
                                FileSettings,
                                FileQuit,
                                EditUndo,
                                EditRedo,
                                EditFind,
                                ViewParties,
                                ViewBestiary,
                                ViewEncounters,
                                ViewTracker,
                                ViewPlayerDisplay,
                                ViewPlayerFullScreen,
                                TrackerStart,
                                TrackerEnd,
                                TrackerPause,
                                TrackerRollInitiative,
                                TrackerNext,
                                TrackerPrevious,
                                TrackerDamage,
                                TrackerHeal,
                                TrackerTempHp,
                                TrackerAddCondition,
                                TrackerToggleHidden,
                                TrackerConcentration,
                                TrackerDeathSave,
                                TrackerReaction,
                                TrackerLegendary,
                                TrackerLegendaryResistance,
                                TrackerSetInitiative,
                                TrackerRollSelected,
                                TrackerRollAdvantage,
                                TrackerRollDisadvantage,
                                TrackerRollTakeTen,
                                TrackerMoveUp,
                                TrackerMoveDown,
                                TrackerMaxHp,
                                TrackerRecharge,
                                TrackerLongRest,
                                TrackerAddCombatants,
                                TrackerAlias,
                                TrackerRemove,
                                TrackerChooseSource,
                                TrackerExportLog,
                                TrackerShare,
                                TrackerDiscord,
                                HelpCheatSheet,
                                HelpUserGuide,
                                HelpAbout};

} // namespace dnd::gui::ActionId
