#!/usr/bin/env bash
# Build-cost benchmark: a project of 500 [KerasModel] models that references the packed KerasDsl package,
# built with -p:ReportAnalyzer=true. Reports KerasDsl's generator and analyzer time (as the compiler measures
# it) against the build's wall time, and the wall time of the same project built without KerasDsl's
# generator and analyzer (the package's analyzers excluded): medians of N full builds, in two scenarios, with the
# compiler server and without it.
# Usage: bash tests/KerasDsl.Benchmarks/build-cost/run.sh [models=500] [builds=12]
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
count="${1:-500}"; builds="${2:-12}"
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
elapsed() { python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$1" "$(date +%s.%N)"; }

# One scenario: full builds (--no-incremental: the generator and analyzer run over everything) alternating between
# the two projects, so that neither gets a warmer machine or compiler server. $1 names it, $2 is UseSharedCompilation,
# $3 the number of builds of each project to discard first (a compiler server's warm-up).
scenario() {
  local name="$1" shared="$2" warmup="$3" walls=() gens=() anas=() base=() start gen ana
  dotnet build-server shutdown >/dev/null 2>&1 || true
  echo "== $name (UseSharedCompilation=$shared)"
  for i in $(seq 1 $((warmup + builds))); do
    start=$(date +%s.%N)
    dotnet build "$work/base/BuildCost.csproj" --no-restore --no-incremental -p:Baseline=true -p:UseSharedCompilation="$shared" -v:q -nologo > "$work/base.log"
    local b; b=$(elapsed "$start")
    start=$(date +%s.%N)
    dotnet build "$work/app/BuildCost.csproj" --no-restore --no-incremental -p:ReportAnalyzer=true -p:UseSharedCompilation="$shared" -v:detailed -nologo > "$work/build.log"
    local w; w=$(elapsed "$start")
    # ReportAnalyzer prints, per analyzer and generator, its total time in seconds.
    gen=$(grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+KerasDsl.Analyzers.KerasModelGenerator' "$work/build.log" | awk '{print $1}' | head -1)
    ana=$(grep -E '^\s+[0-9.<]+\s+[0-9<]+\s+KerasDsl.Analyzers.KerasModelAnalyzer' "$work/build.log" | awk '{print $1}' | head -1)
    if [ "$i" -le "$warmup" ]; then echo "warm-up build $i: not counted"; continue; fi
    base+=("$b"); walls+=("$w"); gens+=("${gen#<}"); anas+=("${ana#<}")
    echo "build $((i - warmup)): without KerasDsl $(seconds "$b") s; with: wall $(seconds "$w") s, generator ${gens[-1]} s + analyzer ${anas[-1]} s"
  done
  python3 - "${walls[*]}" "${gens[*]}" "${anas[*]}" "${base[*]}" <<'PY'
import sys
walls, gens, anas, base = ([float(x) for x in a.split()] for a in sys.argv[1:5])
med = lambda xs: sorted(xs)[len(xs) // 2]
share = [100 * (g + a) / w for w, g, a in zip(walls, gens, anas)]
print(f"medians of {len(walls)} builds: generator {med(gens):.3f} s, analyzer {med(anas):.3f} s, together {med([g + a for g, a in zip(gens, anas)]):.3f} s, "
      f"{med(share):.1f} % of the build (target 2 %); the best build {min(share):.1f} %")
print(f"wall: with KerasDsl median {med(walls):.2f} s, fastest {min(walls):.2f} s; without its generator and analyzer median {med(base):.2f} s, "
      f"fastest {min(base):.2f} s; difference of medians {med(walls) - med(base):+.2f} s")
PY
}

# The compiler server (VBCSCompiler) is what `dotnet build` uses unless UseSharedCompilation is false: it stays
# loaded between builds, so a developer's builds run warm. Without it every build starts a new compiler process,
# and the runtime compiles (JITs) the generator and analyzer, and much of the compiler's own code, each time.
scenario "compiler server, warm (a developer's builds)" true 6
scenario "no compiler server (a new compiler process per build)" false 0
dotnet build-server shutdown >/dev/null 2>&1 || true
dotnet run --project "$work/app/BuildCost.csproj" --no-build
