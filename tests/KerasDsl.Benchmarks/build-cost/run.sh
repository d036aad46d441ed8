#!/usr/bin/env bash
# Build-cost benchmark: a project of 500 [KerasModel] models that references the packed KerasDsl package,
# built with -p:ReportAnalyzer=true. Reports KerasDsl's generator and analyzer time (as the compiler measures
# it) against the build's wall time, and the wall time of the same project built without KerasDsl's
# generator and analyzer (the package's analyzers excluded), and the floor: that project with a generator and an analyzer
# that only bind the models' code (build-cost/floor), what any reading that binds pays. Medians of N runs, in the two builds users see with
# `dotnet build`'s defaults (compiler server on): the first after `dotnet build-server shutdown`, and the next one.
# Usage: bash tests/KerasDsl.Benchmarks/build-cost/run.sh [models=500] [runs=3]
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
# The floor: a generator and an analyzer that only have the compiler bind each [KerasModel] member, as any reader that
# binds must (build-cost/floor); built into the baseline's copy, in a third build of each run.
dotnet build "$(dirname "$0")/floor/Floor.csproj" -c Release -o "$work/floor" -v:q -nologo >/dev/null
# The baseline: a copy of the same project, restored without the package's analyzers (generator included).
cp -r "$work/app" "$work/base"
dotnet restore "$work/app/BuildCost.csproj" -v:q >/dev/null
dotnet restore "$work/base/BuildCost.csproj" -p:Baseline=true -v:q >/dev/null
echo "models: $count; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); dotnet $(dotnet --version)"

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$1"; }
elapsed() { python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$1" "$(date +%s.%N)"; }

# A generator's or analyzer's total time in seconds, from the table ReportAnalyzer prints in a detailed build log:
# $1 the log, $2 the type's full name ("<0.001" is read as 0.001).
reported() {
  local t; t=$(grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+$2" "$1" | awk '{print $1}' | head -1)
  echo "${t#<}"
}

# One build of the project with KerasDsl under ReportAnalyzer; one of the floor, the baseline's copy with the floor's
# generator and analyzer; and one of the baseline, the same project without the package's analyzers and generator.
build_app() {
  local start; start=$(date +%s.%N)
  dotnet build "$work/app/BuildCost.csproj" --no-restore --no-incremental -p:ReportAnalyzer=true -p:UseSharedCompilation=true -v:detailed -nologo > "$work/build.log"
  w=$(elapsed "$start")
  gen=$(reported "$work/build.log" KerasDsl.Analyzers.KerasModelGenerator)
  ana=$(reported "$work/build.log" KerasDsl.Analyzers.KerasModelAnalyzer)
}
build_floor() {
  local start; start=$(date +%s.%N)
  dotnet build "$work/base/BuildCost.csproj" --no-restore --no-incremental -p:Baseline=true -p:Floor="$work/floor/Floor.dll" -p:ReportAnalyzer=true -p:UseSharedCompilation=true -v:detailed -nologo > "$work/floor.log"
  fw=$(elapsed "$start")
  fgen=$(reported "$work/floor.log" KerasDsl.BuildCost.Floor.FloorGenerator)
  fana=$(reported "$work/floor.log" KerasDsl.BuildCost.Floor.FloorAnalyzer)
}
build_base() {
  local start; start=$(date +%s.%N)
  dotnet build "$work/base/BuildCost.csproj" --no-restore --no-incremental -p:Baseline=true -p:UseSharedCompilation=true -v:q -nologo > "$work/base.log"
  b=$(elapsed "$start")
}

# One scenario, as a user sees it with `dotnet build`'s defaults (the compiler server on; this machine's environment
# sets UseSharedCompilation=false, so it is passed explicitly): $1 names it, $2 is how many builds run after
# `dotnet build-server shutdown` before the measured one (0: the first build of a fresh machine, where the server
# starts and every assembly is JIT-compiled; 1: a developer's next build). Each project's measured build starts from
# a server of its own, shut down before, so the two projects never warm each other and the runs are independent.
scenario() {
  local name="$1" before="$2" walls=() gens=() anas=() base=() fwalls=() fgens=() fanas=()
  echo "== $name"
  for i in $(seq 1 "$builds"); do
    dotnet build-server shutdown >/dev/null 2>&1 || true
    for j in $(seq 1 "$before"); do build_app; done
    build_app
    dotnet build-server shutdown >/dev/null 2>&1 || true
    for j in $(seq 1 "$before"); do build_base; done
    build_base
    dotnet build-server shutdown >/dev/null 2>&1 || true
    for j in $(seq 1 "$before"); do build_floor; done
    build_floor
    base+=("$b"); walls+=("$w"); gens+=("$gen"); anas+=("$ana"); fwalls+=("$fw"); fgens+=("$fgen"); fanas+=("$fana")
    echo "run $i: without KerasDsl $(seconds "$b") s; with: wall $(seconds "$w") s, generator $gen s + analyzer $ana s; floor: wall $(seconds "$fw") s, generator $fgen s + analyzer $fana s"
  done
  python3 - "${walls[*]}" "${gens[*]}" "${anas[*]}" "${base[*]}" "${fwalls[*]}" "${fgens[*]}" "${fanas[*]}" <<'PY'
import sys
walls, gens, anas, base, fwalls, fgens, fanas = ([float(x) for x in a.split()] for a in sys.argv[1:8])
med = lambda xs: sorted(xs)[len(xs) // 2]
share = [100 * (g + a) / w for w, g, a in zip(walls, gens, anas)]
print(f"medians of {len(walls)} runs: generator {med(gens):.3f} s, analyzer {med(anas):.3f} s, together {med([g + a for g, a in zip(gens, anas)]):.3f} s, "
      f"{med(share):.1f} % of the build's wall time; the best run {min(share):.1f} %")
print(f"wall: with KerasDsl median {med(walls):.2f} s; without its generator and analyzer median {med(base):.2f} s; "
      f"difference of medians {med(walls) - med(base):+.2f} s")
floor = [100 * (g + a) / w for w, g, a in zip(fwalls, fgens, fanas)]
print(f"floor (binding the members' code, nothing else): generator {med(fgens):.3f} s, analyzer {med(fanas):.3f} s, "
      f"{med(floor):.1f} % of its build's wall time")
PY
}

scenario "first build after dotnet build-server shutdown, a fresh CI machine (target 5 %)" 0
scenario "warm rebuild after one first build (target 2 %)" 1
dotnet build-server shutdown >/dev/null 2>&1 || true
dotnet run --project "$work/app/BuildCost.csproj" --no-build
