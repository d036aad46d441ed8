#!/usr/bin/env bash
# Scale check of the kerasdsl tool (not a test: timings depend on the machine). Writes models of 1,000, 10,000 and
# 100,000 layers or nodes (make_models.py) and times `kerasdsl summary --format json` on each, end to end (process start,
# reading, building in Core, counting, writing), best of 3 runs. Reports the seconds and the peak memory.
#   bash tests/KerasDsl.Benchmarks/json-scale/run.sh [sizes...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
sizes=("${@:-1000 10000 100000}")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build -c Release "$root/src/KerasDsl.Cli" -v q -nologo > "$work/build.log" || { cat "$work/build.log"; exit 1; }
tool="$root/src/KerasDsl.Cli/bin/Release/net10.0/kerasdsl.dll"
python3 "$here/make_models.py" "$work" ${sizes[@]}

printf '%-12s %9s %10s %9s %9s\n' model size "JSON MB" seconds "peak MB"
for kind in sequential functional k3-sequential k3-functional wide shared; do
  for n in ${sizes[@]}; do
    file="$work/$kind-$n.json"
    best=""; peak=""
    for run in 1 2 3; do
      /usr/bin/time -f "%e %M" -o "$work/time" dotnet "$tool" summary --format json "$file" > "$work/out.json"
      read -r seconds kb < "$work/time"
      grep -q '"ok":true' "$work/out.json" || { echo "$kind-$n was not counted:"; head -c 400 "$work/out.json"; exit 1; }
      if [[ -z "$best" ]] || python3 -c "import sys; sys.exit(0 if $seconds < $best else 1)"; then best=$seconds; peak=$((kb / 1024)); fi
    done
    printf '%-12s %9s %10.1f %9s %9s\n' "$kind" "$n" "$(python3 -c "import os; print(os.path.getsize('$file') / 1e6)")" "$best" "$peak"
  done
done
