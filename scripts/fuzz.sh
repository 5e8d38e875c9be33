#!/usr/bin/env bash
# Builds the libFuzzer targets (the `fuzz` preset, clang-14) and runs each one, starting from its
# seed corpus in tests/fuzz/corpus/<target>/. Fails on the first crash, leak, sanitizer report or
# slow input; the input that did it is written to build/fuzz/artifacts/.
# Usage: scripts/fuzz.sh [--seconds N | --runs N] [target...]     (default: 60 seconds each, all)
#   targets: dice import_native import_5e_database import_open5e import_improved_initiative
#            import_ddb sync_messages http_request
set -euo pipefail
cd "$(dirname "$0")/.."

limit=(-max_total_time=60)
targets=()
while (($#)); do
    case "$1" in
        --seconds) limit=(-max_total_time="$2"); shift 2 ;;
        --runs) limit=(-runs="$2"); shift 2 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) targets+=("$1"); shift ;;
    esac
done
if ((${#targets[@]} == 0)); then
    for corpus in tests/fuzz/corpus/*/; do
        targets+=("$(basename "$corpus")")
    done
fi

export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=true
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

mkdir -p build/fuzz/artifacts
for target in "${targets[@]}"; do
    # New inputs the run finds go to a corpus in the build folder; the seeds in the repository stay
    # as they are (add an input there by hand when it should be kept).
    work="build/fuzz/corpus/$target"
    mkdir -p "$work"
    log="build/fuzz/artifacts/$target.log"
    echo "== fuzz_$target ${limit[*]} (log: $log)"
    # -timeout: an input that takes longer than 10 s is a finding (an unbounded loop or parse).
    if ! "build/fuzz/tests/fuzz/fuzz_$target" "${limit[@]}" -timeout=10 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/artifacts/$target-" "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        tail -n 80 "$log" >&2
        echo "fuzz_$target failed; the input is in build/fuzz/artifacts/" >&2
        exit 1
    fi
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log"
done
