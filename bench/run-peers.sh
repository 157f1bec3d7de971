#!/usr/bin/env bash
# usage: bench/run-peers.sh CORPUS.jsonl [REPEAT_TO_MB] [RUNS=3]
#   env TOOLS="wink_ner chrono_dates compromise_places" (default: all three peers)
#
# Times the peer NLP tools (../shared/peers, see its README.md) and then Sitrep's end-to-end extract
# on the same corpus, one after the other on this machine, and prints Sitrep MB/s ÷ peer MB/s.
# With REPEAT_TO_MB the corpus is first repeated (in order, whole documents) until its text reaches
# that many MB (10^6 UTF-8 bytes of the `text` fields) into a temporary file used by every tool.
# The peer npm packages go into a mktemp scratch folder, never into the repository.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel 2>/dev/null || (cd "$here/.." && pwd))
shared=$(cd "$repo/../shared" && pwd)
corpus=$(realpath "$1"); mb=${2:-}; runs=${3:-3}
tools=${TOOLS:-wink_ner chrono_dates compromise_places}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
peers="$scratch/peers"; mkdir -p "$peers"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), node $(node --version), dotnet $(dotnet --version)" >&2
echo "== installing peer packages into $peers" >&2
npm install --prefix "$peers" wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 chrono-node@2.10.3 compromise@14.17.0 compromise-dates@3.9.0 >&2

echo "== building Sitrep.Bench (Release)" >&2
dotnet build -c Release "$repo/bench/Sitrep.Bench" -v q -nologo >&2

if [[ -n "$mb" ]]; then
  repeated="$scratch/corpus-${mb}mb.jsonl"
  dotnet run -c Release --no-build --project "$repo/bench/Sitrep.Bench" -- corpus --docs "$corpus" --repeat-to-mb "$mb" -o "$repeated"
  corpus=$repeated
fi

echo "== peers: $tools (runs=$runs)" >&2
peer_table="$scratch/peers.md"
(cd "$repo" && NODE_PATH="$peers/node_modules" TOOLS="$tools" bash "$shared/peers/run.sh" "$corpus" "$runs") | tee "$peer_table"

echo "== sitrep extract (runs=$runs)" >&2
sitrep_out="$scratch/sitrep.txt"
(cd "$repo" && dotnet run -c Release --project bench/Sitrep.Bench -- extract --docs "$corpus" --runs "$runs") | tee "$sitrep_out"

echo
echo "== ratios (same machine, same run; Sitrep median MB/s ÷ peer median MB/s, single thread unless noted)"
node -e '
const fs=require("fs");
const peers=fs.readFileSync(process.argv[1],"utf8").split("\n").filter(l=>l.startsWith("| ")&&!l.startsWith("| tool")).map(l=>l.split("|").map(s=>s.trim()))
  .map(c=>({tool:c[1],mbs:+c[5]}));
const sitrep=fs.readFileSync(process.argv[2],"utf8").split("\n").filter(l=>l.startsWith("{")).map(JSON.parse).filter(o=>o.kind==="median");
const one=sitrep.find(o=>o.threads===1), all=sitrep.reduce((a,o)=>o.threads>a.threads?o:a, sitrep[0]);
console.log(`| sitrep | threads | MB/s | MB/s per core | docs/s | peak RSS MB |`);
console.log(`|---|---|---|---|---|---|`);
for (const o of sitrep) console.log(`| sitrep | ${o.threads} | ${o.mb_per_s.toFixed(3)} | ${(o.mb_per_s/o.threads).toFixed(3)} | ${Math.round(o.docs_per_s)} | ${o.peak_rss_mb} |`);
console.log();
console.log(`| peer | peer MB/s | Sitrep 1-thread MB/s | ratio (1 thread) | Sitrep ${all.threads}-thread MB/s | ratio (all cores vs 1-thread peer) |`);
console.log(`|---|---|---|---|---|---|`);
for (const p of peers) console.log(`| ${p.tool} | ${p.mbs.toFixed(3)} | ${one.mb_per_s.toFixed(3)} | ${(one.mb_per_s/p.mbs).toFixed(3)} | ${all.mb_per_s.toFixed(3)} | ${(all.mb_per_s/p.mbs).toFixed(3)} |`);
const w=peers.find(p=>p.tool==="wink-nlp");
if (w) console.log(`\nSitrep ÷ wink-nlp (single thread): ${(one.mb_per_s/w.mbs).toFixed(3)}  (target for Sitrep: >= 2 MB/s per core; measured ${one.mb_per_s.toFixed(3)})`);
' "$peer_table" "$sitrep_out"
