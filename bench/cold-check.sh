#!/usr/bin/env bash
# Cold `rcsc check` next to the SDK's csc on the same generated bots (about 100, 1,000 and 10,000 lines), side by
# side in one run: the contestants take turns in every round (the first rotating), each a new process, timed by wall
# clock and CPU time. rcsc is installed as the README says (`dotnet pack` into a local feed, `dotnet tool install`
# from it), so what is timed is what users run: the package for this machine (ReadyToRun); next to it the portable
# package (`RestrictedCSharp.Tool.any`, IL only: what other platforms get, and what every platform got before).
# Writes the table between the cold-check markers of docs/BENCHMARKS.md, with the machine, commit and load.
# Usage: bench/cold-check.sh [--rounds N] [--lines 100,1000,10000] [--results-only RESULTS_DIR]
#   --results-only: leave the page alone and keep the results in RESULTS_DIR (bench/run-alternatives.sh uses it).
# About 10 minutes on a two-core machine with the defaults (7 rounds), most of it packing.
set -euo pipefail
cd "$(dirname "$0")/.."
invocation="bench/cold-check.sh${*:+ $*}"
rounds=7 lines=100,1000,10000 results="" write_page=true
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --lines) lines="$2"; shift 2 ;;
    --results-only) results="$2"; write_page=false; shift 2 ;;
    *) echo "usage: bench/cold-check.sh [--rounds N] [--lines 100,1000,10000] [--results-only RESULTS_DIR]" >&2; exit 2 ;;
  esac
done
results="${results:-$(mktemp -d -t rcsc-cold-check-XXXXXX)}"
mkdir -p "$results"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
load() { cut -d' ' -f1-3 /proc/loadavg | sed 's/ /, /g'; }
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_before="$(load)"

echo "== building the suite, packing and installing rcsc (load average: $load_before)"
dotnet build -c Release -v quiet bench/RestrictedCSharp.Benchmarks.Alternatives >/dev/null
feed="$results/feed" tools="$results/tools" portable="$results/portable"
rm -rf "$feed" "$tools" "$portable"
dotnet pack src/RestrictedCSharp.Cli -o "$feed" -v quiet >/dev/null
dotnet tool install --tool-path "$tools" --add-source "$feed" RestrictedCSharp.Tool >/dev/null
unzip -q -o "$feed"/RestrictedCSharp.Tool.any.*.nupkg 'tools/*' -d "$portable"
installed_package="$(basename "$(dirname "$(readlink -f "$tools/rcsc")")")"

suite=(dotnet bench/RestrictedCSharp.Benchmarks.Alternatives/bin/Release/net10.0/RestrictedCSharp.Benchmarks.Alternatives.dll)
csc="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll"
[[ -f "$csc" ]] || { echo "the SDK's csc is not at $csc" >&2; exit 2; }

load_timed="$(load)"
echo "== timing (load average: $load_timed)"
"${suite[@]}" cold-check "$results" \
  "\`rcsc check\`, installed (package for $installed_package: ReadyToRun)=$tools/rcsc" \
  "\`rcsc check\`, portable package (IL only)=$(ls "$portable"/tools/net10.0/any/rcsc.dll)" \
  --csc "$csc" --rounds "$rounds" --lines "$lines"
load_after="$(load)"

{
  echo "Measured $started by \`$invocation\` at commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo ' (with local changes)')."
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'), Linux $(uname -r), .NET $(dotnet --list-runtimes | grep -m1 NETCore.App | awk '{print $2}'), SDK $(dotnet --version)."
  echo "Load average (1, 5, 15 min): before the build $load_before; before the timing $load_timed; at the end $load_after."
  echo
  "${suite[@]}" cold-report "$results"
} > "$results/cold-report.md"
cat "$results/cold-report.md"

if $write_page; then
  page=docs/BENCHMARKS.md
  awk -v report="$results/cold-report.md" '
    /<!-- cold-check:begin -->/ { print; while ((getline line < report) > 0) print line; skipping = 1; next }
    /<!-- cold-check:end -->/   { skipping = 0 }
    !skipping
  ' "$page" > "$results/page.md"
  cp "$results/page.md" "$page"
  echo "Written to $page (raw results in $results)"
fi
