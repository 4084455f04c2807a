#!/usr/bin/env bash
# mis check --watch: re-check latency after warm-up and memory over many saves (WatchBench), in one
# warm process writing HTML and JSON; the machine's load is printed with it (the machine is shared).
# Usage: bench/watch.sh [SAVES]   (default 1000)   bench/watch.sh --short   (50 saves, so CI keeps it working)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -f target/test-classes/org/mischecker/bench/WatchBench.class ] || mvn -q -B test-compile
[ -f target/bench-classpath.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
saves=${1:-1000}
[ "$saves" = "--short" ] && saves=50
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
java -XX:+UseSerialGC -cp "$cp" org.mischecker.bench.WatchBench "$saves"
