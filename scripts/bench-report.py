#!/usr/bin/env python3
"""Turns the files scripts/bench.sh leaves in OUT into results.json and a Markdown table.

Usage: scripts/bench-report.py OUT SIZE... > OUT/results.md
"""
import json
import os
import re
import sys


def read_time(path):
    """The fields of `/usr/bin/time -v` that matter here."""
    text = open(path).read()

    def field(label):
        match = re.search(re.escape(label) + r": (.+)", text)
        return match.group(1).strip() if match else None

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    return {
        "wall_seconds": seconds,
        "cpu_seconds": float(field("User time (seconds)")) + float(field("System time (seconds)")),
        "cpu_percent": int(field("Percent of CPU this job got").rstrip("%")),
        "peak_rss_mb": int(field("Maximum resident set size (kbytes)")) / 1024,
        "exit_status": int(field("Exit status")),
    }


def size_mb(path):
    total = 0
    for suffix in ("", "-wal"):
        if os.path.exists(path + suffix):
            total += os.path.getsize(path + suffix)
    return total / 1e6


def main():
    out, sizes = sys.argv[1], sorted(int(s) for s in sys.argv[2:])
    load = lambda name: json.load(open(os.path.join(out, name)))
    results = {"machine": load("machine.json"), "extraction": load("extract.json"), "ingest": [], "queries": [], "export": []}
    for n in sizes:
        floor, ingest = read_time(f"{out}/floor-{n}.time"), read_time(f"{out}/ingest-{n}.time")
        report = json.loads(open(f"{out}/ingest-{n}.out").read())[0]
        results["ingest"].append({
            "papers": n, "input_mb": os.path.getsize(f"{out}/papers-{n}.jsonl") / 1e6, "floor": floor, "ingest": ingest,
            "db_mb": size_mb(f"{out}/ingest-{n}.sqlite"),
            "claims": report.get("claims", report.get("claims_added")), "mentions": report.get("mentions", report.get("mentions_added")),
        })
    results_path = f"{out}/results-{sizes[-1]}.time"
    if os.path.exists(results_path) and os.path.getsize(results_path) > 0:
        report = json.loads(open(f"{out}/results-{sizes[-1]}.out").read())[0]
        results["results_import"] = dict(read_time(results_path), records=report.get("records"), claims=report.get("claims"),
                                         papers=sizes[-1], input_mb=os.path.getsize(f"{out}/results-{sizes[-1]}.json") / 1e6)
    queries, shell = load("queries.json"), load("shell.json")
    for timing in queries["timings"]:
        reference = shell[timing["name"]]
        results["queries"].append({
            "name": timing["name"], "parameters": timing["parameters"], "answer": timing["answerSize"],
            "statements": len(timing["statements"]), "p50": timing["p50Milliseconds"], "p99": timing["p99Milliseconds"],
            "cpu_p50": timing.get("cpuP50Milliseconds"), "cpu_p99": timing.get("cpuP99Milliseconds"),
            "shell_p50": reference["p50Milliseconds"], "shell_p99": reference["p99Milliseconds"],
            "runs": timing["runs"], "shell_runs": reference["runs"],
        })
    for target in (200, 2000):
        path = f"{out}/export-{target}.json"
        if os.path.exists(path) and os.path.getsize(path) > 0:
            results["export"].append(dict(load(f"export-{target}.json"), target=target))
    json.dump(results, open(os.path.join(out, "results.json"), "w"), indent=1, sort_keys=True)

    m, e = results["machine"], results["extraction"]
    print(f"Machine: {m['nproc']} cores ({m['cpu']}), {m['memory_mb']} MB; load average before the run {m['load_before']:.1f}.\n")
    print(f"Extraction alone, one core: {e['papersPerSecond']:.0f} papers/s, {e['megabytesPerSecond']:.2f} MB/s "
          f"({e['papers']} papers, {e['bytes'] / 1e6:.1f} MB of titles and abstracts, {e['claims']} claims).\n")
    print("| papers | input MB | floor wall s | floor CPU s | ingest wall s | ingest CPU s | CPU use | wall / floor | CPU ms per paper | peak RSS MB | DB MB | claims |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for row in results["ingest"]:
        f, i = row["floor"], row["ingest"]
        print(f"| {row['papers']:,} | {row['input_mb']:.0f} | {f['wall_seconds']:.1f} | {f['cpu_seconds']:.1f} | {i['wall_seconds']:.1f} | "
              f"{i['cpu_seconds']:.1f} | {i['cpu_percent']}% | {i['wall_seconds'] / f['wall_seconds']:.1f}x | "
              f"{1000 * i['cpu_seconds'] / row['papers']:.2f} | {i['peak_rss_mb']:.0f} | {row['db_mb']:.0f} | {row['claims']:,} |")
    if "results_import" in results:
        r = results["results_import"]
        print(f"\nResult records (Papers with Code evaluation tables, {r['input_mb']:.0f} MB) imported into the {r['papers']:,}-paper database: "
              f"{r['records']:,} records, {r['claims']:,} claims added in {r['wall_seconds']:.1f} s wall, {r['cpu_seconds']:.1f} s CPU "
              f"({r['records'] / r['wall_seconds']:,.0f} records/s), {r['peak_rss_mb']:.0f} MB peak RSS.")
    print(f"\nQueries at {sizes[-1]:,} papers, in-process against the sqlite3 shell on the same statements (runs: in-process / shell):\n")
    # Ratios are CPU to CPU (the shell's .timer is user + sys); wall time is what a user waits.
    print("| question | asked about | answer | statements | runs | wall p50 ms | wall p99 ms | CPU p50 ms | CPU p99 ms | shell p50 ms | shell p99 ms | p50 ratio | p99 ratio |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for q in results["queries"]:
        cpu50, cpu99 = q["cpu_p50"] or q["p50"], q["cpu_p99"] or q["p99"]
        print(f"| {q['name']} | {q['parameters']} | {q['answer']} | {q['statements']} | {q['runs']} / {q['shell_runs']} | {q['p50']:.2f} | {q['p99']:.2f} | "
              f"{cpu50:.2f} | {cpu99:.2f} | {q['shell_p50']:.2f} | {q['shell_p99']:.2f} | {cpu50 / max(q['shell_p50'], 1e-3):.2f}x | {cpu99 / max(q['shell_p99'], 1e-3):.2f}x |")
    if results["export"]:
        print(f"\nExport (`claimgraph export --around DATASET --depth 1`) at {sizes[-1]:,} papers, median of 3, against `dot -Tsvg` on the same DOT "
              "(seconds wall, CPU in brackets):\n")
        print("| target | dataset | nodes | edges | layout | select s | export to DOT s | export to SVG s | dot -Tsvg s | SVG / dot wall | SVG / dot CPU |")
        print("|---:|---|---:|---:|---|---:|---:|---:|---:|---:|---:|")
        for x in results["export"]:
            print(f"| {x['target']:,} | {x['dataset']} | {x['nodes']:,} | {x['edges']:,} | {x['layout']} | {x['select_seconds']:.3f} | "
                  f"{x['export_dot_seconds']:.2f} ({x['export_dot_cpu_seconds']:.2f}) | {x['export_svg_seconds']:.2f} ({x['export_svg_cpu_seconds']:.2f}) | "
                  f"{x['dot_program_seconds']:.2f} ({x['dot_program_cpu_seconds']:.2f}) | {x['svg_over_dot']:.2f}x | {x['svg_over_dot_cpu']:.2f}x |")

if __name__ == "__main__":
    main()
