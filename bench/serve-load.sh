#!/usr/bin/env bash
# Load test of `sitrep serve` over a store of synthetic events stored through EventStore.Ingest (1,000,000 by default;
# the store is kept in $SITREP_LOAD_DIR and reused). Two measurements:
#  1. GET /api/events filtered by a 30-day window and one event type at a fixed rate on loopback: p50/p90/p99, errors.
#  2. 24 clients asking for the largest page (limit 1000) one after another: throughput, latency, and the server's peak
#     resident memory (VmHWM), which must stay under 1 GB.
# Usage: bench/serve-load.sh [RATE=500] [SECONDS=60] [LIMIT=100] [EVENTS=1000000] [CLIENTS=24]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-500} seconds=${2:-60} limit=${3:-100} events=${4:-1000000} clients=${5:-24}
work=${SITREP_LOAD_DIR:-/tmp/sitrep-load}
port=5111
db="$work/load-$events.db"
mkdir -p "$work"
dotnet build -c Release bench/Sitrep.LoadGen >/dev/null
dotnet build -c Release src/Sitrep.Cli >/dev/null
loadgen=(dotnet bench/Sitrep.LoadGen/bin/Release/net10.0/Sitrep.LoadGen.dll)
"${loadgen[@]}" seed --db "$db" --events "$events"

# The read limit is lifted: one client at 500/s is the load being measured, not an abuser.
dotnet src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll serve --db "$db" --urls "http://127.0.0.1:$port" --read-rate 0 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && break; sleep 1; done
"${loadgen[@]}" run --url "http://127.0.0.1:$port" --rate "$rate" --seconds "$seconds" --limit "$limit"
"${loadgen[@]}" pages --url "http://127.0.0.1:$port" --clients "$clients" --seconds 30 --limit 1000
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
echo "server peak resident memory (VmHWM): $((rss_kb / 1024)) MB"
