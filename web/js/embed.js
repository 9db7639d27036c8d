// The embed: the map alone, its options in the query string (see embedOptions).
import { MapApp } from "./app.js";
import { StateStore, parseState } from "./state.js";
import { legendControl } from "./legend.js";

/** legend, timeline, popups: "0"/"false"/"off" turn them off; all are on by default. */
export function embedOptions(search) {
  const params = new URLSearchParams(search);
  const flag = (name) => !["0", "false", "off", "no"].includes((params.get(name) || "").toLowerCase());
  return { legend: flag("legend"), timeline: flag("timeline"), popups: flag("popups") };
}

const options = embedOptions(location.search);
// The embed's URL is the host page's choice: the view moves, the URL stays.
const store = new StateStore(parseState(location.search), { syncUrl: false });
const app = new MapApp(document.getElementById("map"), store, { popups: options.popups });
if (options.legend) legendControl().addTo(app.map);
document.body.classList.toggle("no-timeline", !options.timeline);
window.eventmap = app;
app.start();
