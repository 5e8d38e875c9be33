#!/usr/bin/env bash
# Produces docs/screenshots/tracker.png, player-display.png (and at 320 and 480 px wide), export.png and tracker-de.png (the tracker in
# German) from the real application: a fresh store, the example encounter a few turns into the
# fight; then the players' web view and the Share with Players dialog from their tests.
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
echo "wrote docs/screenshots/tracker.png, player-display{,-320,-480}.png, export.png, tracker-de.png, player-web-{phone,tv}.png" \
    "and share-with-players.png"
