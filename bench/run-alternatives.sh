#!/usr/bin/env bash
# Regenerates the results of docs/BENCHMARKS.md: builds the alternatives suite and rcsc (Release), runs
# every part (BenchmarkDotNet suites in-process, the workloads interleaved side by side, CPython, cold
# `rcsc check`, runner latency and memory, parallel throughput), renders the tables and writes them
# between the results markers of the page. About 15 minutes on a two-core machine. `--quick` runs every
# part once (a smoke test: the figures mean nothing and the page is not touched). Needs python3 on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
if [[ "${1:-}" == "--quick" ]]; then quick=true; fi
command -v python3 >/dev/null || { echo "python3 is needed for the CPython comparison" >&2; exit 2; }

results="$(mktemp -d -t restrictedcsharp-alternatives-XXXXXX)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
loads=()
load() { loads+=("$1: $(uptime | sed 's/.*load average: //')"); }

started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load "before the build"
dotnet build -c Release -v quiet bench/RestrictedCSharp.Benchmarks.Alternatives >/dev/null
dotnet build -c Release -v quiet src/RestrictedCSharp.Cli >/dev/null
suite=(dotnet bench/RestrictedCSharp.Benchmarks.Alternatives/bin/Release/net10.0/RestrictedCSharp.Benchmarks.Alternatives.dll)

# One BenchmarkDotNet run per class, so that a failure loses one class, not the whole run.
bdn() {
  local class="$1"
  load "before $class"
  echo "== $class (log: $results/$class.log)"
  local extra=(); if $quick; then extra=(--quick); fi
  "${suite[@]}" --filter "*$class*" --exporters json --artifacts "$results/bdn" "${extra[@]}" > "$results/$class.log" 2>&1 \
    || { tail -20 "$results/$class.log"; echo "$class failed; the report shows it as missing" >&2; }
}

bdn BotWorkloadBenchmarks
load "before the interleaved workloads"
echo "== interleaved workloads (log: $results/interleaved.log)"
interleaved_extra=(); if $quick; then interleaved_extra=(--quick); fi
"${suite[@]}" interleaved "$results" "${interleaved_extra[@]}" > "$results/interleaved.log" 2>&1 \
  || { tail -20 "$results/interleaved.log"; echo "the interleaved workloads failed; the report shows them as missing" >&2; }
load "before CPython"
echo "== CPython"
"${suite[@]}" python "$results"
bdn RunnerStartBenchmarks
bdn CallRoundTripBenchmarks
bdn GameStateCallBenchmarks
load "before runner latency"
echo "== runner latency and memory"
"${suite[@]}" latency | tee "$results/latency.txt"
"${suite[@]}" memory | tee "$results/memory.txt"
load "before throughput"
echo "== throughput"
"${suite[@]}" throughput "$results"
bdn ValidationBenchmarks
load "before interleaved validation"
echo "== validation side by side (log: $results/validation-interleaved.log)"
validation_rounds=60; if $quick; then validation_rounds=1; fi
"${suite[@]}" validation-interleaved 1000 "$validation_rounds" banned check --results "$results" > "$results/validation-interleaved.log" 2>&1 \
  || { tail -20 "$results/validation-interleaved.log"; echo "the interleaved validation failed; the report falls back to BenchmarkDotNet's ratio" >&2; }
load "before cold rcsc check"
echo "== cold rcsc check"
cold_rounds=7; if $quick; then cold_rounds=1; fi
bench/cold-check.sh --rounds "$cold_rounds" --results-only "$results"
load "at the end"

{
  echo "Measured $started by \`bench/run-alternatives.sh\` at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo ' (with local changes)')."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), Linux $(uname -r), .NET $(dotnet --list-runtimes | grep -m1 NETCore.App | awk '{print $2}'), $(python3 --version)."
  echo "Load average (1, 5, 15 min) through the run: $(IFS=';'; echo "${loads[*]}" | sed 's/;/; /g')."
} > "$results/machine.txt"
"${suite[@]}" report "$results" > "$results/report.md"

if $quick; then
  cat "$results/report.md"
  echo "(quick run: docs/BENCHMARKS.md not updated; results in $results)"
  exit 0
fi
page=docs/BENCHMARKS.md
awk -v report="$results/report.md" '
  /<!-- results:begin -->/ { print; while ((getline line < report) > 0) print line; skipping = 1; next }
  /<!-- results:end -->/   { skipping = 0 }
  !skipping
' "$page" > "$results/page.md"
cp "$results/page.md" "$page"
echo "Results written to $page (raw results in $results)"
