#!/usr/bin/env python3
"""Times the sqlite3 shell on the SQL `claimgraph bench queries --sql-directory` recorded.

Usage: scripts/bench-shell.py DB SQL_DIR QUERIES_JSON RUNS > shell.json

Each NAME.sql holds every statement one in-process run of a question sends, arguments inlined.
The shell runs the whole file 3 times to warm up and then RUNS times (fewer when one run is
thousands of statements), with `.timer on`; a run's time is the sum of its statements' CPU time
(user + sys: the shell prints wall time in whole milliseconds only, and a warm read is CPU-bound).
"""
import json
import math
import os
import re
import subprocess
import sys

TIMER = re.compile(r"^Run Time: real [0-9.]+ user ([0-9.]+) sys ([0-9.]+)$")


def percentile(samples, fraction):
    """Nearest rank, as the in-process timer computes it."""
    ordered = sorted(samples)
    rank = math.ceil(fraction * len(ordered))
    return ordered[min(len(ordered), max(1, rank)) - 1]


def main():
    db, directory, queries, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    # Statements may span lines; the in-process timer knows how many one run sends.
    timings = {t["name"]: t for t in json.load(open(queries))["timings"]}
    counts = {name: len(t["statements"]) for name, t in timings.items()}
    results = {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".sql"):
            continue
        text = open(os.path.join(directory, name)).read()
        count = counts[name[:-4]]
        # As many runs as in-process got (its time budget may have cut them), capped by statements.
        shell_runs = max(1, min(runs, timings[name[:-4]]["runs"], 20000 // max(1, count)))
        warmup = 3
        # The page cache ClaimGraph's reading connections get (ClaimGraphStore.readerCacheKibibytes),
        # set before the timer so it is not timed.
        script = "PRAGMA cache_size = -16384;\n.timer on\n.output /dev/null\n" + (text * (warmup + shell_runs))
        output = subprocess.run(
            ["sqlite3", "-readonly", db], input=script, capture_output=True, text=True, check=True
        ).stdout
        times = [float(m.group(1)) + float(m.group(2)) for m in map(TIMER.match, output.splitlines()) if m]
        if len(times) != count * (warmup + shell_runs):
            raise SystemExit(f"{name}: expected {count * (warmup + shell_runs)} timer lines, got {len(times)}")
        per_run = [sum(times[i * count:(i + 1) * count]) * 1000 for i in range(warmup, warmup + shell_runs)]
        results[name[:-4]] = {
            "statements": count,
            "runs": shell_runs,
            "p50Milliseconds": percentile(per_run, 0.50),
            "p99Milliseconds": percentile(per_run, 0.99),
        }
    json.dump(results, sys.stdout, sort_keys=True, indent=1)
    print()


if __name__ == "__main__":
    main()
