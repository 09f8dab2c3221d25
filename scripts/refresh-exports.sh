#!/usr/bin/env bash
# Regenerates Exports/ from the bundled corpus: builds claimgraph, ingests the corpus into a
# throwaway database, and draws every graph listed in Exports/exports.tsv as .dot, .svg and
# .png. A selection that fails (say the extractor no longer finds a model) is reported and its
# old files removed, so Exports/ always holds exactly what the current code produces.
#   scripts/refresh-exports.sh            # all of them
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product claimgraph >&2
claimgraph="$(swift build --show-bin-path)/claimgraph"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
database="$work/corpus.sqlite"
"$claimgraph" ingest --db "$database" --format json >/dev/null

drawn=0
skipped=0
while IFS=$'\t' read -r -a fields || [ ${#fields[@]} -gt 0 ]; do
    [ ${#fields[@]} -eq 0 ] && continue
    case "${fields[0]}" in \#*) continue ;; esac
    name="${fields[0]}"
    selection=("${fields[@]:1}")
    ok=1
    for format in dot svg png; do
        if ! "$claimgraph" export --db "$database" "${selection[@]}" --format "$format" -o "$work/$name.$format" 2>"$work/error"; then
            echo "refresh-exports: skipped $name ($(tr '\n' ' ' <"$work/error"))" >&2
            ok=0
            break
        fi
    done
    if [ "$ok" -eq 1 ]; then
        mv "$work/$name.dot" "$work/$name.svg" "$work/$name.png" Exports/
        echo "refresh-exports: drew Exports/$name.{dot,svg,png}" >&2
        drawn=$((drawn + 1))
    else
        rm -f "Exports/$name.dot" "Exports/$name.svg" "Exports/$name.png"
        skipped=$((skipped + 1))
    fi
done <Exports/exports.tsv
echo "refresh-exports: $drawn drawn, $skipped skipped" >&2
