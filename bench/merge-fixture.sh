#!/usr/bin/env bash
# Pairwise precision and recall of merging on the merge fixture (reports written for Sitrep, each labelled with its
# incident): ingests it into a fresh SQLite store with the built CLI and compares the stored grouping with the labels.
#   bench/merge-fixture.sh [FIXTURE.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
fixture=${1:-tests/Sitrep.Storage.Tests/Fixtures/merge-fixture.jsonl}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
dotnet run -c Release --no-build --project src/Sitrep.Cli -- ingest "$fixture" --db "$tmp/store.db" -q
python3 - "$fixture" "$tmp/store.db" <<'PY'
import itertools, json, sqlite3, sys
gold = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        o = json.loads(line); gold[o["id"]] = o["incident"]
con = sqlite3.connect(sys.argv[2])
events = {}
for key, eid in con.execute("SELECT d.doc_key, r.event_id FROM report_events r JOIN documents d ON d.id = r.document_id"):
    events.setdefault(key, set()).add(eid)
tp = fp = fn = 0
for a, b in itertools.combinations(sorted(gold), 2):
    same, merged = gold[a] == gold[b], bool(events.get(a, set()) & events.get(b, set()))
    if same and merged: tp += 1
    elif merged: fp += 1; print(f"merged apart: {a} + {b}")
    elif same: fn += 1; print(f"not merged: {a} + {b}")
print(f"{len(gold)} reports, {len(set(gold.values()))} incidents; pairwise precision {100*tp/max(1,tp+fp):.1f} % ({tp}/{tp+fp}), "
      f"recall {100*tp/max(1,tp+fn):.1f} % ({tp}/{tp+fn}); reports without an event: {sum(1 for k in gold if k not in events)}")
PY
