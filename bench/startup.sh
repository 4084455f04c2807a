#!/usr/bin/env bash
# Whole-process start-up cost of checking one evidence file: wall time and peak RSS, median of
# RUNS runs, for `java -jar target/mis.jar` and for the `bin/mis` launcher.
# Usage: bench/startup.sh [RUNS] [FILE]   (build first: mvn -q -B package -DskipTests)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-5}
file=${2:-evidence-examples/northshire-meets-all-ten.yaml}
[ -f target/mis.jar ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

measure() {
  local label=$1; shift
  local walls=() rss=()
  "$@" >/dev/null 2>&1 || true   # warm the page cache (and let bin/mis record its class archive)
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$tmp" -f '%e %M' "$@" >/dev/null 2>&1 || true
    out=$(tail -1 "$tmp")
    walls+=("${out%% *}"); rss+=("${out##* }")
  done
  printf '%-34s wall %ss  peak RSS %s MB  (median of %s)\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median)" \
    "$(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.0f", $1/1024}')" "$runs"
}

tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
measure "java -jar target/mis.jar check" java -jar target/mis.jar check "$file"
measure "bin/mis check" bin/mis check "$file"
