#!/usr/bin/env bash
# Runs `npm run test:e2e` N times in a row (default 10) and reports, per run: exit code, duration, the
# 1-minute load average at its start and end and the highest seen while it ran (sampled every 5 s).
# Each run's output is kept in out/e2e-soak/run-<i>.log. Exit code 0 only when every run passed.
#
#   bash tests/e2e/soak.sh [N]
#
# To soak under load, start a CPU-heavy loop beside it first, e.g.
#   (while true; do node --test out/tests/ >/dev/null 2>&1; done) &
set -uo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-10}"
logs=out/e2e-soak
rm -rf "$logs"
mkdir -p "$logs"
load1() { cut -d' ' -f1 /proc/loadavg; }

green=0
summary=()
npm run build --silent >/dev/null # once; each run still bundles the extension and compiles its suite
for i in $(seq 1 "$runs"); do
  samples="$logs/run-$i.load"
  (while true; do load1 >>"$samples"; sleep 5; done) &
  sampler=$!
  start_load=$(load1)
  t0=$(date +%s)
  npm run test:e2e >"$logs/run-$i.log" 2>&1
  code=$?
  t1=$(date +%s)
  kill "$sampler" 2>/dev/null
  wait "$sampler" 2>/dev/null
  end_load=$(load1)
  max_load=$(sort -g "$samples" | tail -1)
  line="run $i: exit $code, $((t1 - t0)) s, load $start_load -> $end_load (max $max_load), $(tail -1 "$logs/run-$i.log")"
  echo "$line"
  summary+=("$line")
  if [ "$code" -eq 0 ]; then
    green=$((green + 1))
  else
    grep -E '✗|failing|screenshot|TIMEOUT|^\s+[0-9]+\) ' "$logs/run-$i.log" | head -20
  fi
done
echo "soak: $green of $runs runs green"
printf '%s\n' "${summary[@]}" >"$logs/summary.txt"
echo "soak: $green of $runs runs green" >>"$logs/summary.txt"
[ "$green" -eq "$runs" ]
