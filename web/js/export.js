// Export what is in view and filtered: links to the API's GeoJSON and CSV exports with the view's bbox,
// the time window and the filters.
import { el } from "./dom.js";
export function exportLinks(app) {
  const geojson = el("a", { class: "button", download: "events.geojson" }, "GeoJSON");
  const csv = el("a", { class: "button", download: "events.csv" }, "CSV");
  const update = () => {
    const params = app.timedParams();
    geojson.href = `/api/events.geojson?${params}`;
    csv.href = `/api/events.csv?${params}`;
  };
  for (const name of ["data", "view", "window"]) app.addEventListener(name, update);
  app.store.subscribe(update);
  return el("span", { class: "export", role: "group", "aria-label": "Export the events in view" },
    el("span", { class: "muted" }, "Export:"), geojson, csv);
}
