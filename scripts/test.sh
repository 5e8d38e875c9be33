#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite with CTest.
# The suite needs: an X-less Qt platform (offscreen), a D-Bus session with an unlocked keyring
# (keychain tests), Node.js packages for the service tests' real peers; PostgreSQL is started and
# stopped by the suite's own fixture.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh

if [[ -f tests/server/node/package.json ]]; then
    (cd tests/server/node && npm ci --no-audit --no-fund --loglevel=error)
fi

# Let ccache reuse objects between checkouts in different folders.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset ci >/dev/null
cmake --build build/ci

export QT_QPA_PLATFORM=offscreen
# A private HOME keeps the keyring, settings and standard paths of the run away from the user's.
test_home=$(mktemp -d)
trap 'rm -rf "$test_home"' EXIT
export HOME="$test_home"
exec dbus-run-session -- bash -c '
    echo -n test-keyring | gnome-keyring-daemon --unlock >/dev/null
    ctest --preset ci "$@"
' ctest-runner "$@"
