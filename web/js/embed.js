// The embed: the map alone; its options in the query string (embedOptions), its view in the same keys as
// the main page's URL (bbox or lat/lon/z, start/end or last, filters).
import { MapApp } from "./app.js";
import { StateStore, parseState } from "./state.js";
import { legendControl } from "./legend.js";
import { Timeline } from "./timeline.js";

/** legend, timeline, popups: "0", "false", "off" or "no" turn one off; all are on by default. */
function embedOptions(search) {
  const params = new URLSearchParams(search);
  const flag = (name) => !["0", "false", "off", "no"].includes((params.get(name) || "").toLowerCase());
  return { legend: flag("legend"), timeline: flag("timeline"), popups: flag("popups") };
}

const options = embedOptions(location.search);
// The embed's URL is the host page's choice: the view may move, the URL stays.
const store = new StateStore(parseState(location.search), { syncUrl: false });
const app = new MapApp(document.getElementById("map"), store, { popups: options.popups });
const timeline = options.timeline ? new Timeline(app, document.getElementById("timeline")) : null;
document.body.classList.toggle("no-timeline", !options.timeline);
if (options.legend) legendControl().addTo(app.map); // once the timeline has taken its room
window.eventmap = Object.assign(app, { timeline, options });
app.start();
