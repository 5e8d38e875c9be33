#!/usr/bin/env bash
# Installs what is missing, builds the application and starts it on the local default store.
# Extra arguments go to dnd-tracker (e.g. --data-dir DIR, --player-display).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --runtime-only
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset release >/dev/null
cmake --build build/release --target dnd-tracker dnd-tracker-cli
exec build/release/app/gui/dnd-tracker "$@"
