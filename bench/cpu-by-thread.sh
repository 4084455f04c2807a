#!/usr/bin/env bash
# Where a batch run's CPU goes, per thread, from the kernel's own accounting (/proc/PID/task/*/stat,
# user + system time), sampled every 50 ms while bin/mis checks N generated trusts with all four
# outputs. JIT compiler threads are kept alive for the whole run (-XX:-UseDynamicNumberOfCompilerThreads)
# so their time is not lost when one exits. -XX:+CITime adds up compilation wall time (time a
# compiler thread waited for a core included), so it overstates the compilers' CPU on a busy machine;
# this script reports CPU time.
# Usage: bench/cpu-by-thread.sh [N]   (default 10000; build first: mvn -q -B package -DskipTests)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f target/mis.jar ] || { echo "build first: mvn -q -B package -DskipTests" >&2; exit 2; }
n=${1:-10000}
dir=target/bench/trusts-$n
[ -d "$dir" ] || java -jar target/mis.jar generate --scheme-year 4 --trusts "$n" --seed 2026 "$dir" >/dev/null
out=target/bench/out; mkdir -p "$out"
samples=$(mktemp); trap 'rm -f "$samples"' EXIT
tick=$(getconf CLK_TCK)
start=$(date +%s.%N)
JAVA_TOOL_OPTIONS="-XX:-UseDynamicNumberOfCompilerThreads" bin/mis check "$dir" --no-progress \
  -o text="$out/summary.txt" -o csv="$out/matrix.csv" -o junit="$out/results.xml" -o json="$out/results.json" \
  >/dev/null 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  for stat in /proc/"$pid"/task/*/stat; do
    # comm may hold spaces: take it between the first '(' and the last ')'; utime and stime are fields 14 and 15.
    line=$(cat "$stat" 2>/dev/null) || continue
    tid=${line%% *}; comm=${line#*(}; comm=${comm%)*}; rest=${line##*) }
    set -- $rest
    echo "$tid|$comm|$((${12} + ${13}))"
  done >> "$samples"
  sleep 0.05
done
wait "$pid" || true
end=$(date +%s.%N)
# The last sample of each thread holds its total; group threads by what they do.
awk -F'|' -v tick="$tick" -v wall="$(echo "$end - $start" | bc)" '
  { last[$1] = $3; name[$1] = $2 }
  END {
    for (t in last) {
      n = name[t]; g = "other JVM threads"
      if (n ~ /^C2 Compiler/) g = "C2 compiler"; else if (n ~ /^C1 Compiler/) g = "C1 compiler";
      else if (n ~ /^mis-check/) g = "check workers"; else if (n == "java" || n ~ /^main/) g = "main (parse args, write outputs)";
      else if (n ~ /GC|VM Thread/) g = "GC and VM thread"; else if (n ~ /^mis-preload/) g = "rule preload"
      cpu[g] += last[t] / tick; total += last[t] / tick
    }
    printf "wall %.1f s, CPU %.1f s in all\n", wall, total
    for (g in cpu) printf "  %-34s %6.1f s  %5.1f%%\n", g, cpu[g], 100 * cpu[g] / total
  }' "$samples" | sort -k1,1 -s
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
