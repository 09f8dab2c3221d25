#!/usr/bin/env bash
# Measures extraction throughput: builds release, repeats the bundled corpus to about 20 MB
# (deterministically: whole copies, in order) and times the extractor alone, then end to end.
# usage: scripts/bench-extraction.sh [TARGET_MB]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
target_mb=${1:-20}
corpus=Sources/ClaimGraphCorpus/Resources/trending-papers.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product claimgraph >&2
bin=.build/release/claimgraph

# The listing format tolerates repeated page chrome, so whole copies concatenate into one valid file.
input="$work/corpus-x.txt"
copies=0
: > "$input"
while [ "$(wc -c < "$input")" -lt $((target_mb * 1000000)) ]; do
    cat "$corpus" >> "$input"
    printf '\n' >> "$input"
    copies=$((copies + 1))
done
echo "input: $copies copies of $corpus, $(wc -c < "$input") bytes" >&2

echo "extractor alone (3 runs):"
for run in 1 2 3; do
    "$bin" extract --stats --quiet "$input"
done 2>&1
echo "end to end, reading and writing JSON Lines:"
start=$(date +%s.%N)
"$bin" extract "$input" > /dev/null
end=$(date +%s.%N)
echo "$end $start $(wc -c < "$input")" | awk '{ s = $1 - $2; printf "%.2f s, %.1f MB/s of input\n", s, $3 / 1e6 / s }'
