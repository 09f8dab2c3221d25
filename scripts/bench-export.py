#!/usr/bin/env python3
"""Times one export selection: `claimgraph export --format dot` (select + encode), `--format svg`
(select + encode + in-process Graphviz) and the `dot` program on the same DOT text (`dot -Tsvg`,
which obeys the DOT's own `layout` attribute, so both lay out with the same program); median of
3 after one warm-up run, the three commands interleaved so that load on a shared machine falls
on each alike. The selection step alone is what `--timings` reports as `select`.

Usage: scripts/bench-export.py CLAIMGRAPH DB DATASET OUT_BASE > export.json
       scripts/bench-export.py CLAIMGRAPH DB --nodes N OUT_BASE > export.json

With `--nodes N` the dataset is the one whose `--around D --depth 1` selection has the number of
nodes nearest N (ties by name): the dataset, the papers mentioning it, the models with results on
it, the metrics of those results and the suites it belongs to, counted in SQL beforehand.
"""
import json
import os
import re
import sqlite3
import subprocess
import sys
import time

RUNS = 3

NODES_SQL = """
SELECT d.name,
    1 + (SELECT COUNT(DISTINCT paper_id) FROM mention WHERE entity_id = d.id)
      + (SELECT COUNT(DISTINCT model_id) FROM claim WHERE dataset_id = d.id)
      + (SELECT COUNT(DISTINCT metric_id) FROM claim WHERE dataset_id = d.id)
      + (SELECT COUNT(*) FROM suite_member WHERE member_id = d.id) AS nodes
FROM entity d
WHERE d.kind = 'dataset'
ORDER BY abs(nodes - :target), d.name
LIMIT 1
"""


def pick(db, target):
    connection = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
    name, nodes = connection.execute(NODES_SQL, {"target": target}).fetchone()
    connection.close()
    return name, nodes


def run(command):
    """Wall seconds, CPU seconds (user + system) and stderr of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    stderr = process.stderr.read().decode()
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit("bench-export: %s failed (%d): %s" % (" ".join(command), process.returncode, stderr))
    return wall, usage.ru_utime + usage.ru_stime, stderr


def median(values):
    return sorted(values)[len(values) // 2]


def main():
    arguments = sys.argv[1:]
    if len(arguments) == 5 and arguments[2] == "--nodes":
        cg, db, _, target, base = arguments
        dataset, estimate = pick(db, int(target))
    elif len(arguments) == 4:
        cg, db, dataset, base = arguments
        target, estimate = None, None
    else:
        raise SystemExit(__doc__)
    select = [cg, "export", "--db", db, "--around", dataset, "--depth", "1", "--max-nodes", "1000000", "--timings"]
    commands = {
        "export_dot": select + ["--format", "dot", "-o", base + ".dot"],
        "export_svg": select + ["--format", "svg", "-o", base + ".svg"],
        "dot_program": ["dot", "-Tsvg", base + ".dot", "-o", base + ".dot.svg"],
    }
    run(commands["export_dot"])  # warm-up: the database's pages, and the DOT file the dot program reads
    samples = {name: [] for name in commands}
    selects = []
    for _ in range(RUNS):
        for name, command in commands.items():
            wall, cpu, stderr = run(command)
            samples[name].append((wall, cpu))
            found = re.search(r"timing: select ([0-9.]+) s", stderr)
            if name == "export_dot" and found:
                selects.append(float(found.group(1)))
    text = open(base + ".dot").read()
    edges = sum(1 for line in text.splitlines() if "->" in line)
    nodes = sum(1 for line in text.splitlines()
                if "->" not in line and line.startswith('  "') and not line.startswith('  "legend:'))
    layout = re.search(r"\blayout=(\w+)", text)
    result = {
        "dataset": dataset, "target": target, "estimated_nodes": estimate, "nodes": nodes, "edges": edges,
        "layout": layout.group(1) if layout else None, "runs": RUNS,
        "select_seconds": median(selects) if selects else None,
    }
    for name, values in samples.items():
        result[name + "_seconds"] = median([wall for wall, _ in values])
        result[name + "_cpu_seconds"] = median([cpu for _, cpu in values])
    result["svg_over_dot"] = result["export_svg_seconds"] / result["dot_program_seconds"]
    result["svg_over_dot_cpu"] = result["export_svg_cpu_seconds"] / result["dot_program_cpu_seconds"]
    print(json.dumps(result, sort_keys=True))


if __name__ == "__main__":
    main()
