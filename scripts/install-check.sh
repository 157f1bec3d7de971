#!/usr/bin/env bash
# Installs Sitrep as a user would (dotnet pack, then dotnet tool install from that package) into a scratch directory
# and runs the installed `sitrep` on a report, checking that it finds events. Usage: scripts/install-check.sh REPORT [MIN_EVENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
report=$1
min=${2:-1}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# `dotnet pack` makes a ReadyToRun package for each platform in the project's RuntimeIdentifiers, which takes minutes;
# the check packs only the ones `dotnet tool install` can pick here: this machine's, if listed, and the `any` fallback.
host=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
rids=any
case ";$(dotnet msbuild src/Sitrep.Cli -p:_IsPacking=true -getProperty:RuntimeIdentifiers);" in *";$host;"*) rids="$host;any" ;; esac
dotnet pack src/Sitrep.Cli -c Release -o "$scratch/packages" -p:ToolPackageRuntimeIdentifiers=\"$rids\" -v quiet -nologo >/dev/null
dotnet tool install sitrep --tool-path "$scratch/tool" --add-source "$scratch/packages" >/dev/null
installed=$(basename "$(ls -d "$scratch"/tool/.store/sitrep/*/sitrep.*)")
n=$(cd "$scratch" && "$scratch/tool/sitrep" extract "$report" -q | wc -l)
if [ "$n" -lt "$min" ]; then
  echo "install check: the installed sitrep found $n events in $report (expected at least $min)" >&2
  exit 1
fi
echo "install check: installed $installed $("$scratch/tool/sitrep" --version) found $n events in $(basename "$report")"
