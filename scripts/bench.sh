#!/usr/bin/env bash
# Benchmarks at Papers-with-Code scale (docs/BENCHMARKS.md): extraction throughput, ingest of
# 10k/100k/600k generated papers against the raw-insert floor, query latency against the sqlite3
# shell on the same SQL, and rendering against `dot`. Release build; one benchmark at a time.
#
#   scripts/bench.sh                 # the full run (10k, 100k and 600k papers)
#   scripts/bench.sh --quick         # 2k and 10k papers, fewer query runs: a few minutes
#   scripts/bench.sh --sizes "10000 100000" --runs 200 --out .build/bench
#   scripts/bench.sh --export-only   # step 5 alone, on the databases an earlier run left in OUT
#   CLAIMGRAPH=/path/to/claimgraph scripts/bench.sh ...   # a binary built beforehand
#
# Writes OUT/results.json and OUT/results.md (the table docs/BENCHMARKS.md quotes).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="10000 100000 600000"
RUNS=100
SEED=1
OUT=.build/bench
EXPORT_ONLY=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) SIZES="2000 10000"; RUNS=50; shift ;;
        --sizes) SIZES="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        --export-only) EXPORT_ONLY=1; shift ;;
        *) echo "usage: scripts/bench.sh [--quick] [--sizes \"N ...\"] [--runs N] [--seed S] [--out DIR] [--export-only]" >&2; exit 64 ;;
    esac
done
for tool in sqlite3 dot python3; do
    command -v "$tool" >/dev/null || { echo "bench.sh: $tool is needed" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench.sh: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }

# CLAIMGRAPH=path runs a binary built beforehand (a copy keeps a long run safe from rebuilds).
if [ -n "${CLAIMGRAPH:-}" ]; then
    CG=$CLAIMGRAPH
else
    swift build -c release --product claimgraph >&2
    CG=.build/release/claimgraph
fi
mkdir -p "$OUT"
LARGEST=$(printf '%s\n' $SIZES | sort -n | tail -1)

SMALLEST=$(printf '%s\n' $SIZES | sort -n | head -1)
timed() {  # timed NAME command...: runs it, keeps stdout in OUT/NAME.out and time -v in OUT/NAME.time
    local name=$1; shift
    /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.out"
}

if [ "$EXPORT_ONLY" = 0 ]; then
# Machine and load, since the numbers mean little without them.
python3 - "$OUT/machine.json" <<'EOF'
import json, os, sys
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mem = next((int(l.split()[1]) // 1024 for l in open("/proc/meminfo") if l.startswith("MemTotal")), 0)
json.dump({"nproc": os.cpu_count(), "cpu": cpu, "memory_mb": mem, "load_before": os.getloadavg()[0]}, open(sys.argv[1], "w"))
EOF

# 1. The corpus. Paper i depends only on the seed and i, so the first n lines of the largest
#    corpus are the n-paper corpus.
echo "== generating $LARGEST papers (seed $SEED)" >&2
$CG bench generate --papers "$LARGEST" --seed "$SEED" -o "$OUT/papers-$LARGEST.jsonl" \
    --results $((LARGEST / 10)) --results-output "$OUT/results-$LARGEST.json"
for n in $SIZES; do
    [ "$n" = "$LARGEST" ] || head -n "$n" "$OUT/papers-$LARGEST.jsonl" > "$OUT/papers-$n.jsonl"
done

# 2. Extraction alone, one core.
echo "== extraction throughput" >&2
$CG bench extract "$OUT/papers-$SMALLEST.jsonl" --papers 5000 > "$OUT/extract.json"

# 3. Ingest each size against the raw floor, under /usr/bin/time -v.
for n in $SIZES; do
    echo "== $n papers: floor" >&2
    rm -f "$OUT/floor-$n.sqlite"*
    timed "floor-$n" $CG bench floor "$OUT/papers-$n.jsonl" --db "$OUT/floor-$n.sqlite"
    echo "== $n papers: ingest" >&2
    rm -f "$OUT/ingest-$n.sqlite"*
    timed "ingest-$n" $CG ingest "$OUT/papers-$n.jsonl" --db "$OUT/ingest-$n.sqlite" --format json
    rm -f "$OUT/floor-$n.sqlite"*
done

# 3b. Papers with Code result records (the generated evaluation-tables file) imported into the
#     largest database, beside the papers they cite.
echo "== $LARGEST papers: importing $((LARGEST / 10)) result records" >&2
timed "results-$LARGEST" $CG ingest "$OUT/results-$LARGEST.json" --input-format pwc-results --db "$OUT/ingest-$LARGEST.sqlite" --format json

# 4. Queries at the largest size, in-process, then the same statements in the sqlite3 shell.
echo "== queries at $LARGEST papers ($RUNS runs each)" >&2
rm -rf "$OUT/sql"
$CG bench queries --db "$OUT/ingest-$LARGEST.sqlite" --runs "$RUNS" --budget 20 --sql-directory "$OUT/sql" > "$OUT/queries.json"
python3 scripts/bench-shell.py "$OUT/ingest-$LARGEST.sqlite" "$OUT/sql" "$OUT/queries.json" "$RUNS" > "$OUT/shell.json"
fi

# 5. Export: `claimgraph export --around D --depth 1` (in-process Graphviz) for the datasets
#    whose selection is nearest 200 and 2,000 nodes, on the largest database, against
#    `dot -Tsvg` on the DOT text the same selection gives (`--format dot`).
echo "== export on the $LARGEST-paper database" >&2
for target in 200 2000; do
    python3 scripts/bench-export.py "$CG" "$OUT/ingest-$LARGEST.sqlite" --nodes "$target" "$OUT/export-$target" > "$OUT/export-$target.json"
done

python3 scripts/bench-report.py "$OUT" $SIZES > "$OUT/results.md"
cat "$OUT/results.md"
