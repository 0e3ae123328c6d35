#!/usr/bin/env bash
# Cold `rcsc check` next to the SDK's csc on the same generated bots (100, 1,000, 10,000 lines), side by side in
# one run, for three ways of starting rcsc: the plain Release build; a ReadyToRun publish (the tool's and its
# dependencies' code precompiled, so less JIT at start); the plain build with DOTNET_TieredPGO=0 (no
# instrumented tier; csc runs under the same setting in that part). Each part's table is printed and written
# under RESULTS_DIR. Run it on a quiet machine and record the figures in docs/BENCHMARKS.md.
# Usage: bench/cold-check.sh [RESULTS_DIR]   (builds in Release; takes a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
results="${1:-$(mktemp -d -t rcsc-cold-check-XXXX)}"
mkdir -p "$results"
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet build -c Release -v quiet bench/RestrictedCSharp.Benchmarks.Alternatives >/dev/null
dotnet build -c Release -v quiet src/RestrictedCSharp.Cli >/dev/null
r2r="$results/rcsc-r2r"
dotnet publish -c Release -v quiet src/RestrictedCSharp.Cli -r "$rid" --self-contained false \
  -p:PublishReadyToRun=true -o "$r2r" >/dev/null

suite=(dotnet bench/RestrictedCSharp.Benchmarks.Alternatives/bin/Release/net10.0/RestrictedCSharp.Benchmarks.Alternatives.dll)
plain="$PWD/src/RestrictedCSharp.Cli/bin/Release/net10.0/rcsc.dll"
csc="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll"
[[ -f "$csc" ]] || csc=""

echo "== plain Release build"
"${suite[@]}" cold-check "$results/plain" "$plain" $csc
echo "== ReadyToRun publish"
"${suite[@]}" cold-check "$results/r2r" "$r2r/rcsc.dll" $csc
echo "== plain build, TieredPGO off (less instrumentation at start)"
DOTNET_TieredPGO=0 "${suite[@]}" cold-check "$results/no-pgo" "$plain" $csc
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "results: $results"
