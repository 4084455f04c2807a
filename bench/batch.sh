#!/usr/bin/env bash
# Whole-process batch run as an auditor would: N generated trusts in one folder, all four outputs
# written (text summary, CSV matrix, JUnit XML, JSON), through bin/mis; wall time and peak RSS.
# Several counts show whether memory stays flat as the count grows.
# Usage: bench/batch.sh [COUNT...]   (default: 135 1000 5000 10000; build first: mvn -q -B package -DskipTests)
#        bench/batch.sh --short      (200 files: a quick run so CI keeps the benchmark working)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f target/mis.jar ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }
if [ "${1:-}" = "--short" ]; then counts=(200); else counts=("${@:-135 1000 5000 10000}"); counts=(${counts[*]}); fi
max=$(printf '%s\n' "${counts[@]}" | sort -n | tail -1)
pool=target/bench/trusts-$max
if [ ! -d "$pool" ]; then
  java -jar target/mis.jar generate --scheme-year 4 --trusts "$max" --seed 2026 "$pool" >/dev/null
fi
out=target/bench/out; mkdir -p "$out"
tmp=$(mktemp); trap 'rm -f "$tmp"' EXIT
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
for n in "${counts[@]}"; do
  dir=target/bench/trusts-$n
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    all=("$pool"/*)
    for f in "${all[@]:0:$n}"; do ln -s "$(pwd)/$f" "$dir/$(basename "$f")"; done
  fi
  /usr/bin/time -o "$tmp" -f '%e %M' bin/mis check "$dir" --no-progress \
    -o text="$out/summary.txt" -o csv="$out/matrix.csv" -o junit="$out/results.xml" -o json="$out/results.json" \
    >/dev/null 2>&1 || true   # exit 1: not every trust meets all ten
  read -r wall rss < <(tail -1 "$tmp")
  printf '%6d files: wall %6.2f s  peak RSS %4d MB  (%s meet all ten)\n' "$n" "$wall" "$((rss / 1024))" \
    "$(grep -o '^[0-9]* of [0-9]* trusts' "$out/summary.txt" | head -1)"
done
