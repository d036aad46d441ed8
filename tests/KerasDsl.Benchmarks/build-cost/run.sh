#!/usr/bin/env bash
# Build-cost benchmark: a project of 500 [KerasModel] models that references the packed KerasDsl package,
# built with -p:ReportAnalyzer=true; reports KerasDsl's generator and analyzer time against the build's
# wall time. Usage: bash tests/KerasDsl.Benchmarks/build-cost/run.sh [models=500] [builds=3]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
count="${1:-500}"; builds="${2:-3}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
version="0.1.0-bench.$(date +%s)"
dotnet pack "$root/src/KerasDsl/KerasDsl.csproj" -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null
mkdir -p "$work/app"
python3 "$(dirname "$0")/generate.py" "$work/app" "$count" "$version"
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="local" value="$work/feed" /></packageSources></configuration>
XML
dotnet restore "$work/app/BuildCost.csproj" -v:q >/dev/null
echo "models: $count; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); dotnet $(dotnet --version)"
for i in $(seq 1 "$builds"); do
  start=$(date +%s.%N)
  # --no-incremental: a full compile each time, the case where the generator and analyzer run over everything.
  dotnet build "$work/app/BuildCost.csproj" --no-restore --no-incremental -p:ReportAnalyzer=true -v:detailed -nologo > "$work/build.log"
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  # ReportAnalyzer prints, per analyzer and generator assembly, its total time in seconds.
  gen=$(grep -E '^\s+[0-9.<]+\s+[0-9]+\s+KerasDsl.Analyzers.KerasModelGenerator' "$work/build.log" | awk '{print $1}' | head -1)
  ana=$(grep -E '^\s+[0-9.<]+\s+[0-9]+\s+KerasDsl.Analyzers.KerasModelAnalyzer' "$work/build.log" | awk '{print $1}' | head -1)
  gen=${gen:-0}; ana=${ana:-0}; gen=${gen#<}; ana=${ana#<}
  pct=$(echo "scale=2; 100 * ($gen + $ana) / $wall" | bc)
  echo "build $i: wall ${wall}s; KerasDsl generator ${gen}s + analyzer ${ana}s = ${pct}% of the build"
done
grep -E 'KerasDsl|Total (analyzer|generator) execution time' "$work/build.log" | sed 's/^/  /' | head -20
dotnet run --project "$work/app/BuildCost.csproj" --no-build
