#!/usr/bin/env bash
# Build-cost benchmark: a project of 500 [KerasModel] models that references the packed KerasDsl package,
# built with -p:ReportAnalyzer=true. Reports KerasDsl's generator and analyzer time (as the compiler measures
# it) against the build's wall time, and the wall time of the same project built without KerasDsl's
# generator and analyzer (the package's analyzers excluded), each the fastest of N full builds.
# Usage: bash tests/KerasDsl.Benchmarks/build-cost/run.sh [models=500] [builds=5]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
count="${1:-500}"; builds="${2:-5}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
version="0.1.0-bench.$(date +%s)"
dotnet pack "$root/src/KerasDsl/KerasDsl.csproj" -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null
mkdir -p "$work/app"
python3 "$(dirname "$0")/generate.py" "$work/app" "$count" "$version"
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><add key="local" value="$work/feed" /></packageSources></configuration>
XML
# The baseline: a copy of the same project, restored without the package's analyzers (generator included).
cp -r "$work/app" "$work/base"
dotnet restore "$work/app/BuildCost.csproj" -v:q >/dev/null
dotnet restore "$work/base/BuildCost.csproj" -p:Baseline=true -v:q >/dev/null
echo "models: $count; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); dotnet $(dotnet --version)"

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }

# Builds alternate between the two projects, so that neither gets a warmer machine or compiler server.
walls=(); gens=(); anas=(); base=()
for i in $(seq 1 "$builds"); do
  start=$(date +%s.%N)
  dotnet build "$work/base/BuildCost.csproj" --no-restore --no-incremental -p:Baseline=true -v:q -nologo > "$work/base.log"
  base+=("$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")")
  start=$(date +%s.%N)
  # --no-incremental: a full compile each time, the case where the generator and analyzer run over everything.
  dotnet build "$work/app/BuildCost.csproj" --no-restore --no-incremental -p:ReportAnalyzer=true -v:detailed -nologo > "$work/build.log"
  walls+=("$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")")
  # ReportAnalyzer prints, per analyzer and generator, its total time in seconds.
  gen=$(grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+KerasDsl.Analyzers.KerasModelGenerator' "$work/build.log" | awk '{print $1}' | head -1)
  ana=$(grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+KerasDsl.Analyzers.KerasModelAnalyzer' "$work/build.log" | awk '{print $1}' | head -1)
  gens+=("${gen#<}"); anas+=("${ana#<}")
  echo "build $i: without KerasDsl $(seconds "${base[-1]}") s; with: wall $(seconds "${walls[-1]}") s, generator ${gens[-1]} s + analyzer ${anas[-1]} s"
done
python3 - "${walls[*]}" "${gens[*]}" "${anas[*]}" "${base[*]}" <<'PY'
import sys
walls, gens, anas, base = ([float(x) for x in a.split()] for a in sys.argv[1:5])
share = [100 * (g + a) / w for w, g, a in zip(walls, gens, anas)]
print(f"with KerasDsl: fastest wall {min(walls):.2f} s; generator + analyzer median {sorted(g + a for g, a in zip(gens, anas))[len(gens) // 2]:.2f} s, "
      f"{sorted(share)[len(share) // 2]:.1f} % of the build (median of {len(walls)})")
print(f"without KerasDsl's generator and analyzer: fastest wall {min(base):.2f} s; difference {min(walls) - min(base):+.2f} s")
PY
dotnet run --project "$work/app/BuildCost.csproj" --no-build
