#!/usr/bin/env bash
# usage: bench/ingest.sh [COUNT=100000] [POSTGRES_URL]
#
# Generates COUNT synthetic reports (bench ReportGenerator), then times `sitrep ingest` end to end into a fresh
# SQLite file and, with POSTGRES_URL (e.g. postgres://sitrep@/sitrep_bench?host=/tmp), into PostgreSQL:
# wall time, docs/s, MB/s of input, database size and peak RSS (GNU time). Also times `sitrep extract` on the
# same file as the baseline the store's overhead is measured against.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
count=${1:-100000}; pg=${2:-}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

dotnet build -c Release "$repo/bench/Sitrep.Bench" -v q -nologo >&2
dotnet build -c Release "$repo/src/Sitrep.Cli" -v q -nologo >&2
sitrep="dotnet $repo/src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll"
docs="$scratch/reports.jsonl"
dotnet "$repo/bench/Sitrep.Bench/bin/Release/net10.0/Sitrep.Bench.dll" generate --count "$count" -o "$docs"
bytes=$(stat -c %s "$docs")
echo "# ingest benchmark: $count reports, $((bytes / 1000000)) MB JSONL, $(nproc) cores, $(date -u +%F)"

measure() { # name, command...
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$scratch/rss" "$@" >/dev/null 2>"$scratch/err" || { cat "$scratch/err" >&2; return 1; }
  end=$(date +%s.%N)
  local secs; secs=$(echo "$end - $start" | bc -l)
  printf "%-22s %8.1f s  %9.0f docs/s  %6.2f MB/s  peak RSS %5d MB" "$name" "$secs" "$(echo "$count / $secs" | bc -l)" \
    "$(echo "$bytes / 1000000 / $secs" | bc -l)" "$(( $(cat "$scratch/rss") / 1024 ))"
}

measure "extract (baseline)" $sitrep extract "$docs" -q -o "$scratch/out.jsonl"; echo
measure "ingest sqlite" $sitrep ingest "$docs" --db "$scratch/bench.db" -q
echo "  db $(du -cb "$scratch"/bench.db* | tail -1 | cut -f1 | awk '{printf "%.0f MB", $1/1e6}')"
measure "re-ingest (all known)" $sitrep ingest "$docs" --db "$scratch/bench.db" -q; echo
if [[ -n "$pg" ]]; then
  measure "ingest postgres" $sitrep ingest "$docs" --db "$pg" -q; echo
fi
