#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs each one in turn for SECONDS (default 60).
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: FuzzListing FuzzJSONLines FuzzExtractor FuzzImporters
# Seeds come from Fuzz/Seeds/TARGET; the growing corpus is kept in Fuzz/.build/corpus/TARGET and
# crashing inputs land in Fuzz/.build/crashes/ (turn each into a test in
# Tests/ClaimGraphReliabilityTests/FuzzRegressionTests.swift). Exits non-zero if any target crashed.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"

seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(FuzzListing FuzzJSONLines FuzzExtractor FuzzImporters)

# Release: preconditions still trap, and the fuzzer runs many times more inputs per second.
swift build -c release --sanitize fuzzer
bin="$(swift build -c release --sanitize fuzzer --show-bin-path)"

mkdir -p .build/crashes
# Swift's own crash backtracer would catch the trap first and the process would die before
# libFuzzer saved the crashing input; leave the signal to libFuzzer.
export SWIFT_BACKTRACE=enable=no
failed=()
for target in "${targets[@]}"; do
    corpus=".build/corpus/$target"
    mkdir -p "$corpus"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1
             -artifact_prefix=".build/crashes/$target-")
    [ "$target" = FuzzJSONLines ] && options+=(-dict=json.dict)
    [ "$target" = FuzzExtractor ] && options+=(-dict=extractor.dict)
    echo "fuzz: $target for ${seconds}s" >&2
    if ! "$bin/$target" "${options[@]}" "$corpus" "Seeds/$target"; then
        failed+=("$target")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: crashes in ${failed[*]}; inputs in Fuzz/.build/crashes/" >&2
    exit 1
fi
echo "fuzz: no crashes in ${targets[*]} (${seconds}s each)" >&2
