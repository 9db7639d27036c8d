// The legend: colours by event type, size by fatalities, how imprecise places and clusters look.
import * as L from "../node_modules/leaflet/dist/leaflet-src.esm.js";
import { el } from "./dom.js";
import { EVENT_TYPES, radiusForKilled } from "./style.js";

function symbol(className, size, style = "") {
  return el("span", { class: `legend-symbol ${className}`, style: `width:${size}px;height:${size}px;${style}`, "aria-hidden": "true" });
}

export function legendControl() {
  const control = L.control({ position: "bottomleft" });
  control.onAdd = (map) => {
    const body = el("div", { class: "legend-body" },
      el("ul", { class: "legend-types" }, EVENT_TYPES.map((t) =>
        el("li", {}, symbol("dot", 12, `background:${t.color}`), t.name))),
      el("p", { class: "legend-heading" }, "Killed"),
      el("ul", { class: "legend-sizes" }, [1, 10, 100].map((k) =>
        el("li", {}, symbol("dot neutral", Math.round(2 * radiusForKilled(k))), String(k)))),
      el("p", { class: "legend-heading" }, "Where"),
      el("ul", { class: "legend-precision" },
        el("li", {}, symbol("dot neutral", 12), "exact place"),
        el("li", {}, symbol("halo", 18), "within ~25 km (dashed: how far off)"),
        el("li", {}, symbol("ring", 12), "an area: district, province, country"),
        el("li", {}, symbol("cluster", 18), "a cluster: its number of events")),
    );
    // Open where the map has room for it (beside the zoom buttons: some 400 px high); a tap away otherwise. (The container's size: map.getSize() would keep
    // this size for the map until it loads, though the page's other parts may still take room from it.)
    const { clientWidth, clientHeight } = map.getContainer();
    const details = el("details", { class: "legend leaflet-bar", open: clientWidth > 700 && clientHeight > 480 },
      el("summary", {}, "Legend"), body);
    L.DomEvent.disableClickPropagation(details);
    L.DomEvent.disableScrollPropagation(details);
    return details;
  };
  return control;
}
