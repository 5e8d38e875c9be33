#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite with CTest, then core,
# sync, the service and the CLI with their tests again under ASan + UBSan (the `asan` preset,
# clang-14; the window's tests under the sanitizers are on demand: see docs/CONTRIBUTING.md), then
# each libFuzzer target for a bounded time (scripts/fuzz.sh).
# The suite needs: an X-less Qt platform (offscreen), a D-Bus session with an unlocked keyring
# (keychain tests), Node.js packages for the service tests' real peers; PostgreSQL is started and
# stopped by the suite's own fixture.
# Usage: scripts/test.sh [--skip-sanitizers] [--skip-fuzz] [ctest arguments...]
#   the ctest arguments apply to the regular suite and the sanitized one alike (-R, -L ...).
#   DND_FUZZ_SECONDS: time each fuzz target gets (60 by default).
set -euo pipefail
cd "$(dirname "$0")/.."

sanitizers=1
fuzz=1
ctest_arguments=()
for argument in "$@"; do
    case "$argument" in
        --skip-sanitizers) sanitizers=0 ;;
        --skip-fuzz) fuzz=0 ;;
        *) ctest_arguments+=("$argument") ;;
    esac
done

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

# Runs one CTest preset inside a D-Bus session with an unlocked keyring.
run_suite() {
    dbus-run-session -- bash -c '
        echo -n test-keyring | gnome-keyring-daemon --unlock >/dev/null
        ctest "$@"
    ' ctest-runner --preset "$@"
}

run_suite ci "${ctest_arguments[@]}"

if ((sanitizers)); then
    echo "== the whole suite again under ASan + UBSan (asan preset; --skip-sanitizers skips it)"
    cmake --preset asan >/dev/null
    cmake --build build/asan
    run_suite asan "${ctest_arguments[@]}"
fi

if ((fuzz)); then
    echo "== libFuzzer targets (--skip-fuzz skips them)"
    scripts/fuzz.sh --seconds "${DND_FUZZ_SECONDS:-60}"
fi
