#!/usr/bin/env bash
# Produces docs/screenshots/tracker.png and docs/screenshots/player-display.png from the real
# application: a fresh store, the example encounter a few turns into the fight.
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
HOME="$data" XDG_CONFIG_HOME="$data/config" "${run[@]}" \
    "$build/app/gui/dnd-tracker" --data-dir "$data/store" --screenshots docs/screenshots
echo "wrote docs/screenshots/tracker.png and docs/screenshots/player-display.png"
