#!/usr/bin/env bash
# Builds self-contained, single-file, ReadyToRun `sitrep` binaries (no .NET needed on the target machine).
# Usage: scripts/publish.sh [RID ...]   (default: linux-x64 win-x64 osx-arm64); output in artifacts/publish/RID/.
set -euo pipefail
cd "$(dirname "$0")/.."
rids=("$@")
[ ${#rids[@]} -eq 0 ] && rids=(linux-x64 win-x64 osx-arm64)
for rid in "${rids[@]}"; do
  out="artifacts/publish/$rid"
  rm -rf "$out"
  # SitrepSingleFile switches on the self-contained single-file settings of src/Sitrep.Cli/Sitrep.Cli.csproj.
  dotnet publish src/Sitrep.Cli -c Release -r "$rid" -p:SitrepSingleFile=true -o "$out" -p:DebugType=none -nologo -v quiet
  rm -f "$out"/*.deps.json "$out"/Sitrep.Server.runtimeconfig.json
  ls -la "$out"
done
