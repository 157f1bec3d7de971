#!/usr/bin/env bash
# Load test of `sitrep serve`: 100k synthetic events stored through EventStore.Ingest, then GET /api/events filtered
# by a 30-day window and one event type at a fixed rate on loopback. Prints p50/p90/p99 latency and errors.
# Usage: bench/serve-load.sh [RATE=500] [SECONDS=60] [LIMIT=100]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-500} seconds=${2:-60} limit=${3:-100}
work=${SITREP_LOAD_DIR:-/tmp/sitrep-load}
port=5111
mkdir -p "$work"
dotnet build -c Release bench/Sitrep.LoadGen >/dev/null
dotnet build -c Release src/Sitrep.Cli >/dev/null
dotnet bench/Sitrep.LoadGen/bin/Release/net10.0/Sitrep.LoadGen.dll seed --db "$work/load.db" --events 100000

# The read limit is lifted: one client at 500/s is the load being measured, not an abuser.
dotnet src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll serve --db "$work/load.db" --urls "http://127.0.0.1:$port" --read-rate 0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 1; done
dotnet bench/Sitrep.LoadGen/bin/Release/net10.0/Sitrep.LoadGen.dll run --url "http://127.0.0.1:$port" --rate "$rate" --seconds "$seconds" --limit "$limit"
