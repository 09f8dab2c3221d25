#!/usr/bin/env python3
"""Times one export selection: `claimgraph export --format dot` (select + encode), `--format svg`
(select + encode + in-process Graphviz) and the `dot` program on the same DOT text; median of 3.

Usage: scripts/bench-export.py CLAIMGRAPH DB DATASET OUT_BASE > export.json
"""
import json
import subprocess
import sys
import time


def median(command):
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return sorted(samples)[1]


def main():
    cg, db, dataset, base = sys.argv[1:5]
    select = [cg, "export", "--db", db, "--around", dataset, "--depth", "1", "--max-nodes", "1000000"]
    export_dot = median(select + ["--format", "dot", "-o", base + ".dot"])
    export_svg = median(select + ["--format", "svg", "-o", base + ".svg"])
    dot_program = median(["dot", "-Tsvg", base + ".dot", "-o", base + ".dot.svg"])
    text = open(base + ".dot").read()
    edges = sum(1 for line in text.splitlines() if "->" in line)
    nodes = sum(1 for line in text.splitlines() if "->" not in line and line.strip().startswith('"'))
    print(json.dumps({
        "dataset": dataset, "nodes": nodes, "edges": edges, "export_dot_seconds": export_dot,
        "export_svg_seconds": export_svg, "dot_program_seconds": dot_program,
    }, sort_keys=True))


if __name__ == "__main__":
    main()
