// The basemap: country outlines shipped with the page (works with no internet), and the configured tile
// server on top of them when there is one.
import * as L from "../node_modules/leaflet/dist/leaflet-src.esm.js";
import { feature } from "../node_modules/topojson-client/src/index.js";

const OUTLINES_URL = "/static/node_modules/world-atlas/countries-50m.json";

export async function addBasemap(map, config) {
  map.createPane("outlines").style.zIndex = 150; // under tiles (200) and overlays
  const outlines = fetch(OUTLINES_URL)
    .then((response) => response.json())
    .then((topology) => {
      L.geoJSON(feature(topology, topology.objects.countries), {
        pane: "outlines", interactive: false, renderer: L.canvas({ pane: "outlines", padding: 0.5 }),
        style: { color: "#8a94a0", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
      }).addTo(map);
    })
    .catch(() => { /* without outlines the events still show on the sea-coloured background */ });
  if (config.tile_url) {
    L.tileLayer(config.tile_url, { attribution: config.tile_attribution || "", maxZoom: 19 }).addTo(map);
  }
  return outlines;
}
