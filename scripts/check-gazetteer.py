#!/usr/bin/env python3
"""Validate the ClaimGraph gazetteer TSVs (datasets, metrics, models).

Usage: python3 scripts/check-gazetteer.py [RESOURCE_DIR]

RESOURCE_DIR defaults to Sources/ClaimGraphExtraction/Resources relative to the
repository root (the parent of this script's directory). Prints one
`file:line: message` per problem and exits 1 if there is any problem, else 0.
Standard library only.

Normalisation used for every uniqueness check: lowercase, replace "+" with
"plus", then drop every character that is not a-z or 0-9. ("+" is kept as
"plus" because it distinguishes real entries: HumanEval / HumanEval+,
RefCOCO / RefCOCO+, MBPP / MBPP+, ScanNet / ScanNet++.)
"""
import os
import re
import sys

HEADERS = {
    "datasets.tsv": ["name", "type", "aliases", "suites", "area", "source"],
    "metrics.tsv": ["name", "aliases", "direction", "scale", "source"],
    "models.tsv": ["name", "aliases", "family", "source"],
}
MIN_ROWS = {"datasets.tsv": 1000, "metrics.tsv": 100, "models.tsv": 500}
TYPES = {"dataset", "benchmark"}
AREAS = {"vision", "language", "speech", "audio", "rl", "graph", "3d", "medical",
         "code", "tabular", "timeseries", "multimodal", "video", "recsys",
         "remote-sensing", "math", "science", "other"}
DIRECTIONS = {"higher", "lower"}
SCALES = {"percent", "raw"}
SOURCES = {"curated", "samples:pwc", "samples:hf", "samples:openmmlab",
           "samples:nlp-progress", "samples:tdms", "samples:scirex",
           "samples:timm", "samples:open-llm"}


def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower().replace("+", "plus"))


class Checker:
    def __init__(self):
        self.problems = []

    def err(self, path, line, msg):
        self.problems.append(f"{path}:{line}: {msg}")

    def read(self, path, shown):
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError as e:
            self.err(shown, 0, f"cannot read file: {e}")
            return None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.err(shown, 0, f"not valid UTF-8: {e}")
            return None
        if text.startswith("\ufeff"):
            self.err(shown, 1, "file starts with a UTF-8 BOM")
            text = text[1:]
        if "\r" in text:
            self.err(shown, 0, "file contains carriage returns (use LF line endings)")
        if not text.endswith("\n"):
            self.err(shown, 0, "file does not end with a newline")
        return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")

    def check_file(self, path, fname, shown):
        """Return list of (lineno, fields dict) for well-formed rows."""
        lines = self.read(path, shown)
        if lines is None:
            return []
        header = HEADERS[fname]
        if not lines:
            self.err(shown, 1, "empty file")
            return []
        if lines[0].split("\t") != header:
            self.err(shown, 1, f"header must be exactly {chr(9).join(header)!r}, got {lines[0]!r}")
        rows = []
        names = {}       # norm(name) -> line
        forms = {}       # norm(form) -> (line, canonical name)
        for i, line in enumerate(lines[1:], start=2):
            if not line.strip():
                self.err(shown, i, "blank line")
                continue
            if line.lstrip().startswith("#"):
                self.err(shown, i, "comment line")
                continue
            parts = line.split("\t")
            if len(parts) != len(header):
                self.err(shown, i, f"expected {len(header)} tab-separated fields, got {len(parts)}")
                continue
            row = dict(zip(header, parts))
            for k, v in row.items():
                if v != v.strip():
                    self.err(shown, i, f"field {k!r} has leading/trailing whitespace")
            name = row["name"]
            if not name.strip():
                self.err(shown, i, "empty name")
                continue
            n = norm(name)
            if len(n) < 2:
                self.err(shown, i, f"name {name!r} normalises to fewer than 2 characters")
            if n in names:
                self.err(shown, i, f"duplicate canonical name {name!r} (normalised {n!r}) also on line {names[n]}")
            else:
                names[n] = i
            if row["source"] not in SOURCES:
                self.err(shown, i, f"source {row['source']!r} not one of {sorted(SOURCES)}")
            aliases = row["aliases"].split("|") if row["aliases"] else []
            seen_here = {n}
            for a in aliases:
                if not a.strip():
                    self.err(shown, i, "empty alias (stray '|')")
                    continue
                if a != a.strip():
                    self.err(shown, i, f"alias {a!r} has leading/trailing whitespace")
                na = norm(a)
                if len(na) < 2:
                    self.err(shown, i, f"alias {a!r} normalises to fewer than 2 characters")
                    continue
                if na == n:
                    self.err(shown, i, f"alias {a!r} differs from the name only by case/punctuation")
                elif na in seen_here:
                    self.err(shown, i, f"alias {a!r} repeats another alias of the same row")
                seen_here.add(na)
            row["_aliases"] = aliases
            # register surface forms for cross-row uniqueness (name and aliases)
            for form in [name] + aliases:
                nf = norm(form)
                if len(nf) < 2:
                    continue
                prev = forms.get(nf)
                if prev is not None and prev[1] != name:
                    self.err(shown, i, f"surface form {form!r} (normalised {nf!r}) of {name!r} "
                                      f"is also used by {prev[1]!r} on line {prev[0]}")
                elif prev is None:
                    forms[nf] = (i, name)
            rows.append((i, row))
        if len(rows) < MIN_ROWS[fname]:
            self.err(shown, len(lines), f"only {len(rows)} rows; at least {MIN_ROWS[fname]} required")
        return rows

    def check_datasets(self, path, rows):
        benchmarks = {r["name"] for _, r in rows if r["type"] == "benchmark"}
        all_names = {r["name"] for _, r in rows}
        for i, r in rows:
            if r["type"] not in TYPES:
                self.err(path, i, f"type {r['type']!r} not one of {sorted(TYPES)}")
            if r["area"] not in AREAS:
                self.err(path, i, f"area {r['area']!r} not one of {sorted(AREAS)}")
            suites = r["suites"].split("|") if r["suites"] else []
            for s in suites:
                if not s:
                    self.err(path, i, "empty suite (stray '|')")
                elif s == r["name"]:
                    self.err(path, i, f"row lists itself as a suite")
                elif s not in all_names:
                    self.err(path, i, f"suite {s!r} is not a row in this file")
                elif s not in benchmarks:
                    self.err(path, i, f"suite {s!r} exists but its type is not 'benchmark'")
            if len(set(suites)) != len(suites):
                self.err(path, i, "duplicate suite in suites field")

    def check_metrics(self, path, rows):
        for i, r in rows:
            if r["direction"] not in DIRECTIONS:
                self.err(path, i, f"direction {r['direction']!r} not one of {sorted(DIRECTIONS)}")
            if r["scale"] not in SCALES:
                self.err(path, i, f"scale {r['scale']!r} not one of {sorted(SCALES)}")

    def check_models(self, path, rows):
        for i, r in rows:
            fam = r["family"]
            if not fam or not re.fullmatch(r"[a-z0-9][a-z0-9.+-]*", fam):
                self.err(path, i, f"family {fam!r} must be a short lowercase key")


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(os.path.dirname(here), "Sources", "ClaimGraphExtraction", "Resources")
    resdir = argv[1] if len(argv) > 1 else default
    c = Checker()
    counts = {}
    for fname in ("datasets.tsv", "metrics.tsv", "models.tsv"):
        path = os.path.join(resdir, fname)
        shown = os.path.relpath(path)
        rows = c.check_file(path, fname, shown)
        counts[fname] = len(rows)
        if fname == "datasets.tsv":
            c.check_datasets(shown, rows)
        elif fname == "metrics.tsv":
            c.check_metrics(shown, rows)
        else:
            c.check_models(shown, rows)
    for p in c.problems:
        print(p)
    summary = ", ".join(f"{k}: {v} rows" for k, v in counts.items())
    if c.problems:
        print(f"check-gazetteer: {len(c.problems)} problem(s); {summary}", file=sys.stderr)
        return 1
    print(f"check-gazetteer: OK; {summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
