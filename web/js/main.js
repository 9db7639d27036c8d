// The main page: the map with every control.
import { MapApp, statusLine } from "./app.js";
import { StateStore, parseState } from "./state.js";
import { legendControl } from "./legend.js";

const store = new StateStore(parseState(location.search));
const app = new MapApp(document.getElementById("map"), store);
legendControl().addTo(app.map);
document.getElementById("actions").append(statusLine(app));
window.eventmap = app; // for the browser tests and the benchmark
app.start();
