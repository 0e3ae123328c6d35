#!/usr/bin/env bash
# The playground's check under load: POST /api/check of a ~1,000-line Light Cycles bot against the real `rcsc serve`
# (Release build), with wrk at 1, 10 and 50 concurrent clients (closed loop: each client sends its next check when
# the last one is answered), once with the pool of warm compile workers off (--judge-pool 0) and once on
# (--judge-pool N), side by side in one run. Every wrk client comes from 127.0.0.1, so the per-client limits are
# raised for the run (--checks-per-minute, --checks-in-flight).
# Prints p50/p99 latency and throughput per row with the load average, and writes them to RESULTS_DIR/report.md.
# Usage: bench/arena-check.sh [--pool N] [--seconds 20,30,60] [--clients 1,10,50] [--no-build]
#   --seconds: the run's length at each client count (a run must outlast a few latencies to have any answers).
# About 6-8 minutes on a two-core machine with the defaults. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
invocation="bench/arena-check.sh${*:+ $*}"
pool=1 seconds=20,30,60 clients=1,10,50 build=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pool) pool="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    *) echo "usage: bench/arena-check.sh [--pool N] [--seconds 20,30,60] [--clients 1,10,50] [--no-build]" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
IFS=, read -r -a client_counts <<< "$clients"
IFS=, read -r -a durations <<< "$seconds"
[[ ${#client_counts[@]} -eq ${#durations[@]} ]] || { echo "--seconds needs one length per client count" >&2; exit 2; }
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
load() { cut -d' ' -f1-3 /proc/loadavg | sed 's/ /, /g'; }
results="$(mktemp -d -t rcsc-arena-check-XXXXXX)"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"

if $build; then
  echo "== building rcsc and Light Cycles (Release; load average: $(load))"
  dotnet build -c Release -v quiet src/RestrictedCSharp.Cli >/dev/null
  dotnet build -c Release -v quiet samples/LightCycles/LightCycles.Definition >/dev/null
  dotnet build -c Release -v quiet bench/RestrictedCSharp.Benchmarks.Alternatives >/dev/null
fi
rcsc=(dotnet src/RestrictedCSharp.Cli/bin/Release/net10.0/rcsc.dll)
printf '{"games": ["%s"]}\n' "$PWD/samples/LightCycles/game.json" > "$results/rcsc-games.json"

# The bot: the modules of the cold-check benchmark's generator (bench/RestrictedCSharp.Benchmarks.Alternatives,
# BotSourceGenerator), as a Light Cycles bot: planners the bot's Move drives.
dotnet bench/RestrictedCSharp.Benchmarks.Alternatives/bin/Release/net10.0/RestrictedCSharp.Benchmarks.Alternatives.dll \
  generate 1000 --lightcycles > "$results/GeneratedBot.cs"
python3 - "$results/GeneratedBot.cs" "$results/body.json" <<'PY'
import json, sys
text = open(sys.argv[1]).read()
json.dump({"game": "lightcycles", "files": [{"name": "GeneratedBot.cs", "text": text}]}, open(sys.argv[2], "w"))
print(f"   the bot: {text.count(chr(10))} lines")
PY
export ARENA_CHECK_BODY="$results/body.json"

port=$((20000 + RANDOM % 20000))
server=""
stop_server() { [[ -n "$server" ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; server=""; }
trap stop_server EXIT

rows=()
for pool_size in 0 "$pool"; do
  data="$results/data-$pool_size"
  echo "== rcsc serve --judge-pool $pool_size (load average: $(load))"
  "${rcsc[@]}" serve --data "$data" --games "$results/rcsc-games.json" --urls "http://127.0.0.1:$port" --workers 1 \
    --judge-pool "$pool_size" --checks-per-minute 1000000 --checks-in-flight 1000 > "$results/serve-$pool_size.log" 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/api/leaderboard?game=lightcycles" >/dev/null && break
    sleep 1
  done
  # One check first: it must be accepted (the bot is legal), and the pool has had its time to warm.
  curl -sf -X POST "http://127.0.0.1:$port/api/check" -H 'Content-Type: application/json' --data-binary "@$ARENA_CHECK_BODY" \
    | grep -q '"accepted": *true' || { echo "the bot was not accepted:" >&2; tail -20 "$results/serve-$pool_size.log" >&2; exit 1; }
  sleep 15
  for i in "${!client_counts[@]}"; do
    c="${client_counts[$i]}" d="${durations[$i]}"
    before="$(load)"
    line="$(wrk -t "$(( c < 2 ? 1 : 2 ))" -c "$c" -d "${d}s" --timeout 300s -s bench/arena-check.lua \
      "http://127.0.0.1:$port/api/check" | grep '^RESULT')"
    echo "   $c client(s), ${d} s: $line (load average before: $before)"
    rows+=("$pool_size $c $d $line load=$before")
    sleep 10
  done
  stop_server
done

{
  echo "Measured $started by \`$invocation\` at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo ' (with local changes)')."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), Linux $(uname -r), .NET $(dotnet --list-runtimes | grep -m1 NETCore.App | awk '{print $2}')."
  echo "At the end: $(uptime)."
  echo
  echo "| judge pool | clients | run | answered | throughput | p50 | p99 | max | not accepted | load average before (1, 5, 15 min) |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for row in "${rows[@]}"; do
    read -r p c d _ requests seconds p50 p99 max refused errors loadavg <<< "$(echo "$row" | sed 's/[a-z0-9_]*=//g')"
    awk -v p="$p" -v c="$c" -v d="$d" -v n="$requests" -v s="$seconds" -v p50="$p50" -v p99="$p99" -v max="$max" \
      -v refused="$refused" -v errors="$errors" -v load="$loadavg" 'BEGIN {
        printf "| %s | %s | %s s | %d | %.2f/s | %.1f s | %.1f s | %.1f s | %d (errors %d) | %s |\n",
          (p == 0 ? "off" : p " per game"), c, d, n, n / s, p50 / 1000, p99 / 1000, max / 1000, refused, errors, load }'
  done
} > "$results/report.md"
cat "$results/report.md"
echo "(results in $results)"
