#!/usr/bin/env bash
# Installs the Debian packages ClaimGraph builds and tests against, only those missing.
#   libsqlite3-dev, libgraphviz-dev, pkg-config: to build (SQLite for GRDB, Graphviz's C library)
#   graphviz, sqlite3: for the tests that check exported DOT and the database file from outside
set -euo pipefail

needed=(libsqlite3-dev libgraphviz-dev pkg-config graphviz sqlite3)
missing=()
for package in "${needed[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
