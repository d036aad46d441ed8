#!/usr/bin/env bash
# Package smoke test: packs src/KerasDsl into a local folder feed, then restores and builds a fresh
# project whose only addition is <PackageReference Include="KerasDsl" .../>, and checks that it gets
# the runtime, the generated constants and the analyzer's diagnostics. Run by .ci/run.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A version of its own per run, so NuGet's global cache never serves an older build of the package.
version="0.1.0-local.$(date +%s)"
dotnet pack "$root/src/KerasDsl/KerasDsl.csproj" -c Release -o "$work/feed" -p:Version="$version" -v:q -nologo >/dev/null

# The analyzer and its code fixes ship side by side; the code fixes' Workspaces reference stays out of the analyzer.
# (A zip's entry names are stored as plain text: grep reads them without an unzip tool.)
for dll in analyzers/dotnet/cs/KerasDsl.Analyzers.dll analyzers/dotnet/cs/KerasDsl.CodeFixes.dll; do
  grep -aq "$dll" "$work/feed/KerasDsl.$version.nupkg" || { echo "package test: $dll is not in the package" >&2; exit 1; }
done

mkdir -p "$work/app"
cp "$root/tests/package/app/Program.cs" "$root/tests/package/app/ShapeError.cs" "$work/app/"
cat > "$work/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
cat > "$work/app/App.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="KerasDsl" Version="$version" />
  </ItemGroup>
</Project>
XML

# 1. The shape error in ShapeError.cs must fail the build with KD0001 at the LSTM call.
set +e
dotnet build "$work/app/App.csproj" -nologo -v:q -p:DefineConstants=SHAPE_ERROR > "$work/error.log" 2>&1
status=$?
set -e
if [ $status -eq 0 ] || ! grep -q "ShapeError.cs(9,.*error KD0001: lstm expects input of rank 3" "$work/error.log"; then
  echo "package test: expected error KD0001 at ShapeError.cs(9,..), got:" >&2; cat "$work/error.log" >&2; exit 1
fi

# 2. Without it, the project builds and the generated constants equal the runtime's counts.
dotnet build "$work/app/App.csproj" -nologo -v:q -warnaserror > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
output="$(dotnet run --project "$work/app/App.csproj" --no-build)"
echo "$output"
grep -qx "const 57377 = runtime 57377" <<<"$output" || { echo "package test: constants and runtime disagree" >&2; exit 1; }
echo "package test: passed (KerasDsl $version from a local feed: runtime, constants, KD0001, code fixes packed)"
