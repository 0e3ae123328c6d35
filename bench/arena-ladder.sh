#!/usr/bin/env bash
# The arena's ladder on this machine: starts the real `rcsc serve` (dotnet rcsc.dll) on a free loopback port with
# a fresh data folder, submits N Light Cycles bots over HTTP (the four samples, then copies with their class renamed),
# and measures
#   - submissions judged per minute (one compile worker at a time, as the arena judges; the ladder plays meanwhile),
#   - rated ladder matches per minute with 1 match slot, then with 2 (the same data, the server restarted),
#   - the memory: resident set of the serve process, and of its children (runners, compile workers) summed apart,
#     sampled every few seconds over both windows, with its trend extrapolated to an hour.
# Prints the figures as Markdown (for docs/BENCHMARKS.md, "Arena"), with the machine's load before and after.
# The compile worker is given 120 s (--judge-deadline), so that a busy machine slows judging rather than failing it.
# Needs curl and jq. Bounded: every wait has a timeout; about 2 + 2×WINDOW minutes (under 12 with the defaults).
# Usage: bench/arena-ladder.sh [--bots N] [--window MINUTES] [--configuration Release|Debug] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
bots=6 window=4 configuration=Release build=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --bots) bots="$2"; shift 2 ;;
    --window) window="$2"; shift 2 ;;
    --configuration) configuration="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    *) echo "usage: bench/arena-ladder.sh [--bots N] [--window MINUTES] [--configuration Release|Debug] [--no-build]" >&2; exit 2 ;;
  esac
done
for tool in curl jq; do command -v "$tool" >/dev/null || { echo "$tool is needed (apt-get install $tool)" >&2; exit 2; }; done
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
load() { cut -d' ' -f1-3 /proc/loadavg | sed 's/ /, /g'; }
calc() { awk "BEGIN { print $1 }"; }
now() { date +%s.%N; }
load_before="$(load)"

if $build; then
  echo "== building rcsc and the games ($configuration; load average: $load_before)" >&2
  dotnet build -c "$configuration" -v quiet src/RestrictedCSharp.Cli >/dev/null
  dotnet build -c "$configuration" -v quiet samples/LightCycles/LightCycles.Definition >/dev/null
fi
rcsc=(dotnet "src/RestrictedCSharp.Cli/bin/$configuration/net10.0/rcsc.dll")
[[ -f "${rcsc[1]}" ]] || { echo "no ${rcsc[1]}: build it, or drop --no-build" >&2; exit 2; }

work="$(mktemp -d -t rcsc-arena-ladder-XXXXXX)"
data="$work/arena"
server=""
cleanup() { if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then kill -TERM "$server"; wait "$server" || true; fi; rm -rf "$work"; }
trap cleanup EXIT

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))"
url="http://127.0.0.1:$port"

start_server() { # $1: match slots
  "${rcsc[@]}" serve --data "$data" --urls "$url" --game lightcycles --workers "$1" --judge-deadline 120 >"$work/serve-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 180); do
    grep -q '^rcsc serve: listening on' "$work/serve-$1.log" && return 0
    kill -0 "$server" 2>/dev/null || { cat "$work/serve-$1.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "rcsc serve did not start in 90 s" >&2; exit 1
}
stop_server() { kill -TERM "$server"; wait "$server" || true; server=""; }

# Resident set in KiB of one process, and of all its descendants summed (0 for none).
rss() { local kib; kib="$(awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || true)"; echo "${kib:-0}"; } # 0 once gone
descendants() {
  local pids=("$1") found=() pid child
  while [[ ${#pids[@]} -gt 0 ]]; do
    pid="${pids[0]}"; pids=("${pids[@]:1}")
    for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do found+=("$child"); pids+=("$child"); done
  done
  echo "${found[@]:-}"
}
children_rss() { local total=0 pid; for pid in $(descendants "$1"); do total=$((total + $(rss "$pid"))); done; echo "$total"; }
finished_rated() { curl -sf "$url/api/leaderboard?game=lightcycles" | jq '[.[].played] | add // 0 | . / 2 | floor'; }

token="$("${rcsc[@]}" authors add bench --data "$data" 2>/dev/null)"
# The bots: the four Light Cycles samples, then renamed copies (bench/lib/ladder-bots.sh).
source bench/lib/ladder-bots.sh
write_ladder_bots "$work/bots" "$bots"

samples_file="$work/samples.tsv" # phase, seconds since the phase began, serve RSS KiB, children RSS KiB, finished rated matches
: >"$samples_file"

echo "== 1 match slot: judging $bots submissions (load average: $(load))" >&2
start_server 1
began=$(now)
ids=()
for file in "$work"/bots/*.json; do
  ids+=("$(curl -sf -X PUT "$url/api/bots/$(basename "$file" .json)" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d @"$file" | jq .submission)")
done
judged=false
for _ in $(seq 1 600); do # at most 10 minutes
  pending=0
  for id in "${ids[@]}"; do
    status="$(curl -sf "$url/api/submissions/$id" -H "Authorization: Bearer $token" | jq -r .status)"
    [[ "$status" == accepted || "$status" == rejected ]] || pending=$((pending + 1))
  done
  [[ $pending -eq 0 ]] && { judged=true; break; }
  printf '%s\t%s\t%s\t%s\t%s\n' judge "$(calc "$(now) - $began")" "$(rss "$server")" "$(children_rss "$server")" "$(finished_rated)" >>"$samples_file"
  sleep 1
done
judge_seconds="$(calc "$(now) - $began")"
$judged || { echo "the submissions were not all judged in 10 minutes" >&2; exit 1; }
accepted="$(for id in "${ids[@]}"; do curl -sf "$url/api/submissions/$id" -H "Authorization: Bearer $token" | jq -r .status; done | grep -c accepted || true)"

measure() { # $1: phase name; plays for $window minutes, sampling
  local from=$(now) first last at
  first="$(finished_rated)"
  while at=$(now); [[ "$(calc "($at - $from) < $window * 60")" == 1 ]]; do
    printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$(calc "$at - $from")" "$(rss "$server")" "$(children_rss "$server")" "$(finished_rated)" >>"$samples_file"
    sleep 5
  done
  last="$(finished_rated)"
  echo "$((last - first)) $(calc "$(now) - $from")"
}

echo "== 1 match slot: the ladder for $window minutes (load average: $(load))" >&2
read -r one_matches one_seconds < <(measure slots1)
stop_server

echo "== 2 match slots: the ladder for $window minutes (load average: $(load))" >&2
start_server 2
sleep 5 # the warm runners start
read -r two_matches two_seconds < <(measure slots2)
stop_server
load_after="$(load)"

per_minute() { awk "BEGIN { printf \"%.1f\", $1 * 60 / $2 }"; }
# Per phase: serve RSS first/max/last (MiB), children max (MiB), and the serve RSS trend over the phase as MiB an hour
# (least squares over the samples), which is the "hour-equivalent": what an hour of back-to-back matches at this
# rate would add at this slope.
memory() {
  awk -F'\t' -v phase="$1" '$1 == phase {
      n++; t = $2; r = $3 / 1024; c = $4 / 1024
      if (n == 1) first = r; last = r; if (r > max) max = r; if (c > cmax) cmax = c
      st += t; sr += r; stt += t * t; str += t * r }
    END {
      slope = (n > 1 && n * stt - st * st != 0) ? (n * str - st * sr) / (n * stt - st * st) * 3600 : 0
      printf "%.0f | %.0f | %.0f | %.0f | %+.0f", first, max, last, cmax, slope }' "$samples_file"
}

cat <<EOF
Measured $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $configuration build, $(nproc) cores,
load average $load_before before and $load_after after. \`bench/arena-ladder.sh --bots $bots --window $window\`.

| figure | value |
|---|---|
| submissions judged ($accepted of $bots accepted), one compile worker at a time | $(per_minute "$bots" "$judge_seconds") a minute ($(printf '%.0f' "$judge_seconds") s for $bots) |
| rated ladder matches, 1 slot | $(per_minute "$one_matches" "$one_seconds") a minute ($one_matches in $(printf '%.0f' "$one_seconds") s) |
| rated ladder matches, 2 slots | $(per_minute "$two_matches" "$two_seconds") a minute ($two_matches in $(printf '%.0f' "$two_seconds") s) |
| hour-equivalent at 2 slots | $(awk "BEGIN { printf \"%.0f\", $two_matches * 3600 / $two_seconds }") matches played back to back |

| phase | serve RSS first (MiB) | max | last | children max (MiB, summed) | serve RSS trend (MiB an hour) |
|---|---|---|---|---|---|
| judging (1 slot playing) | $(memory judge) |
| ladder, 1 slot | $(memory slots1) |
| ladder, 2 slots | $(memory slots2) |
EOF
