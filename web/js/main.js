// The main page: the map with every control around it.
import { MapApp, statusLine } from "./app.js";
import { StateStore, parseState } from "./state.js";
import { legendControl } from "./legend.js";
import { Timeline } from "./timeline.js";
import { Filters } from "./filters.js";
import { EventList } from "./event-list.js";
import { exportLinks } from "./export.js";
import { embedButton } from "./embed-dialog.js";

const store = new StateStore(parseState(location.search));
const app = new MapApp(document.getElementById("map"), store);
new Filters(store, document.getElementById("filters"));
const timeline = new Timeline(app, document.getElementById("timeline"));
new EventList(app, document.getElementById("event-list"));
legendControl().addTo(app.map); // once the parts around the map have taken their room (it opens where there is room)
document.getElementById("actions").append(statusLine(app), exportLinks(app), embedButton(store));
window.eventmap = Object.assign(app, { timeline }); // for the browser tests and the benchmark
app.start();
