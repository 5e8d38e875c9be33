#!/usr/bin/env bash
# Produces docs/screenshots/ from the real application (ScreenshotTour: a fresh store, the example
# encounter a few turns into the fight): tracker.png, tracker-paused.png, initiative-form.png,
# add-combatants.png, encounter-builder.png, account-create.png, account-reset-password.png,
# player-display.png (and at 320 and 480 px wide), export.png, acting-combatant.png (By: open),
# long-rest-confirm.png, end-combat-confirm.png, combat-summary.png, long-rest-done.png,
# long-rest-party.png (the Parties page after its rest) and tracker-de.png (the tracker in German); then the players' web view, Share with Players and the
# account panel (plan, usage, devices) from their tests against the real service.
# Usage: scripts/screenshots.sh [build-dir]   (default build/dev)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/dev}"
cmake --build "$build" --target dnd-tracker
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
# Xvfb gives real fonts and window decorations-free rendering; offscreen is the fallback.
if command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a -s "-screen 0 1920x1080x24")
else
    export QT_QPA_PLATFORM=offscreen
    run=()
fi
HOME="$data" XDG_CONFIG_HOME="$data/config" LANG=C.UTF-8 LANGUAGE=en "${run[@]}" \
    "$build/app/gui/dnd-tracker" --data-dir "$data/store" --screenshots docs/screenshots
# The same tour with German as the system's language, on a store of its own.
mkdir "$data/de"
HOME="$data" XDG_CONFIG_HOME="$data/config" LANG=de_DE.UTF-8 LANGUAGE=de "${run[@]}" \
    "$build/app/gui/dnd-tracker" --data-dir "$data/store-de" --screenshots "$data/de"
cp "$data/de/tracker.png" docs/screenshots/tracker-de.png
# The players' web view at phone and TV size, from its end-to-end test in headless Chromium.
if [ -x "$build/tests/server/TestPlayerPage" ]; then
    DND_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
        "$build/tests/server/TestPlayerPage" pageFollowsTheFight >/dev/null
fi
# Combat > Share with Players with a link and its QR code, from its test against the real service.
if [ -x "$build/tests/app/TestShareDialog" ]; then
    DND_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
        "$build/tests/app/TestShareDialog" createsShowsCopiesAndRevokesTheLink >/dev/null
fi
# File > Account and Sync signed in (plan, usage, devices), from its test against the real service;
# it keeps its sign-in in a keyring of its own.
if [ -x "$build/tests/app/TestAccountDialogs" ]; then
    HOME="$data" DND_SCREENSHOT_DIR="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen dbus-run-session -- bash -c \
        'echo -n screenshots | gnome-keyring-daemon --unlock >/dev/null; "$0" usageShownAndARemovedDeviceFreesItsSlot' \
        "$build/tests/app/TestAccountDialogs" >/dev/null
fi
echo "wrote docs/screenshots/tracker{,-paused,-de}.png, initiative-form.png, add-combatants.png," \
    "encounter-builder.png, account-{create,reset-password,devices}.png, player-display{,-320,-480}.png," \
    "export.png, acting-combatant.png, long-rest-{confirm,done,party}.png, end-combat-confirm.png," \
    "combat-summary.png, player-web-{phone,tv}.png and share-with-players.png"
