#!/usr/bin/env bash
# Copies the browser libraries pinned in package.json (and their licences) into
# src/main/resources/static/vendor/, which is committed: the site never loads anything from another host.
# Run after changing package.json:  tools/vendor/vendor.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/static/vendor"
cd "$here"
npm ci --no-audit --no-fund --ignore-scripts
rm -rf "$out"
mkdir -p "$out/leaflet/images" "$out/topojson-client" "$out/world-atlas"
nm=node_modules
cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$nm/leaflet/LICENSE" "$out/leaflet/"
cp "$nm"/leaflet/dist/images/*.png "$out/leaflet/images/"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$nm/topojson-client/LICENSE" "$out/topojson-client/"
# Natural Earth 1:50m countries as TopoJSON (public domain data; ISC-licensed packaging)
cp "$nm/world-atlas/countries-50m.json" "$nm/world-atlas/LICENSE" "$out/world-atlas/"
( cd "$nm" && for p in leaflet topojson-client world-atlas; do
    printf '%s %s\n' "$p" "$(node -p "require('./$p/package.json').version")"; done ) > "$out/VERSIONS"
echo "vendored into $out"; cat "$out/VERSIONS"
