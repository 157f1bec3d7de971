#!/usr/bin/env bash
# What merging keeps: ingests a JSONL batch into a fresh SQLite store and compares it with `sitrep extract` on the
# same reports — documents stored, events stored against reports and extracted events, and the stored fatalities
# total against the extracted one. On a set of distinct incidents (the ACLED dev sets) every merge is a loss.
#   bench/merge-loss.sh DOCS.jsonl [MIN_EVENTS MIN_FATALITY_SHARE]   e.g. ../shared/eval/acled-syria-dev/docs.jsonl 7920 99
# Exit 1 when a minimum is given and not met.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=$1; min_events=${2:-0}; min_share=${3:-0}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
sitrep=(dotnet run -c Release --no-build --project src/Sitrep.Cli --)
"${sitrep[@]}" ingest "$docs" --db "$tmp/store.db" -q
"${sitrep[@]}" extract "$docs" -o "$tmp/extract.jsonl" -q
python3 - "$docs" "$tmp/store.db" "$tmp/extract.jsonl" "$min_events" "$min_share" <<'PY'
import json, sqlite3, sys
docs, db, extract, min_events, min_share = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
reports = sum(1 for line in open(docs, encoding="utf-8") if line.strip())
con = sqlite3.connect(db)
stored_docs = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
reprints = con.execute("SELECT COUNT(*) FROM documents WHERE reprint_of IS NOT NULL").fetchone()[0]
events, deaths = con.execute("SELECT COUNT(*), COALESCE(SUM(fatalities), 0) FROM events").fetchone()
report_events = con.execute("SELECT COUNT(*) FROM report_events").fetchone()[0]
ex = [json.loads(l) for l in open(extract, encoding="utf-8") if l.strip()]
ex_deaths = sum(e.get("fatalities") or 0 for e in ex)
share = 100.0 * deaths / ex_deaths if ex_deaths else 100.0
print(f"reports {reports}: documents stored {stored_docs} ({reprints} reprints); extracted events {len(ex)}, "
      f"report events stored {report_events}, incidents {events} ({len(ex) - events} merged away, "
      f"{100.0 * (len(ex) - events) / max(1, reports):.2f} % of reports); fatalities {deaths} of {ex_deaths} extracted ({share:.2f} %)")
ok = stored_docs == reports and report_events == len(ex) and events >= min_events and share >= min_share
sys.exit(0 if ok else 1)
PY
