#!/usr/bin/env bash
# Per-file costs with JMH (warm, one thread): parsing alone vs the full check, and their ratio
# (the rules' share of the per-file cost; target: under 3).
# Usage: bench/jmh.sh [--short]   (--short: a quick run so CI keeps the benchmark working)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -d target/test-classes/org/mischecker/bench ] || mvn -q -B test-compile
[ -f target/bench-classpath.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ "${1:-}" = "--short" ]; then
  args=(-f 1 -wi 1 -w 1s -i 2 -r 1s)
else
  args=(-f 2 -wi 5 -w 2s -i 5 -r 2s)
fi
out=$(mktemp)
java -XX:+UseSerialGC -cp "$cp" org.openjdk.jmh.Main 'org.mischecker.bench.PerFileBenchmark' "${args[@]}" -rf csv -rff "$out" | grep -E '^(Benchmark|PerFileBenchmark)'
parse=$(awk -F, '/parseOnly/ {print $5}' "$out")
full=$(awk -F, '/fullCheck/ {print $5}' "$out")
rm -f "$out"
# The short run only proves the benchmark still works: too little warm-up to judge the ratio.
strict=$([ "${1:-}" = "--short" ] && echo 0 || echo 1)
awk -v p="$parse" -v f="$full" -v strict="$strict" 'BEGIN {printf "per file: parse %.0f us, full check %.0f us, ratio full/parse %.2f (target < 3)%s\n", p, f, f/p, strict ? "" : "; short run: too little warm-up to judge"; exit (strict && f/p >= 3 ? 1 : 0)}'
