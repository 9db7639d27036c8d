// The view state — map position, time window, filters, selected event — and its URL form, so a view can be
// shared, cited, and walked back and forward through the browser history.
export const FILTER_KEYS = ["type", "sub_type", "actor", "country", "min_fatalities", "q"];
export const LAST_PRESETS = { "24h": 1, "7d": 7, "30d": 30 }; // "last=7d": the window is the last 7 days

function emptyState() {
  return {
    lat: null, lon: null, zoom: null, bbox: null,   // position: centre + zoom, or a bbox to fit
    start: "", end: "", last: "",                   // time window: ISO days, or a relative preset
    type: "", sub_type: "", actor: "", country: "", min_fatalities: "", q: "",
    event: null,                                    // the selected event's id
  };
}

const number = (value) => (value === null || value === "" || !Number.isFinite(Number(value)) ? null : Number(value));
/** An ISO day from a day, a month or a year, as the API takes them ("start=2024&end=2024" is all of 2024): a
 * month or a year is its first day, or its last when `last`; anything else is dropped. */
function isoDay(value, last) {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value || "");
  if (!parts) return "";
  const [, year, month, day] = parts;
  if (month !== undefined && (month < "01" || month > "12")) return "";
  if (day !== undefined) return value;
  if (month === undefined) return last ? `${year}-12-31` : `${year}-01-01`;
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate(); // day 0 of the next month
  return `${year}-${month}-${last ? String(days).padStart(2, "0") : "01"}`;
}

/** A state from a query string; anything malformed is dropped rather than trusted. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.lat = number(params.get("lat"));
  state.lon = number(params.get("lon"));
  state.zoom = number(params.get("z"));
  const bbox = (params.get("bbox") || "").split(",").map(Number);
  if (bbox.length === 4 && bbox.every(Number.isFinite)) state.bbox = bbox;
  state.start = isoDay(params.get("start"), false);
  state.end = isoDay(params.get("end"), true);
  state.last = params.get("last") in LAST_PRESETS || params.get("last") === "all" ? params.get("last") : "";
  for (const key of FILTER_KEYS) state[key] = (params.get(key) || "").slice(0, 200);
  if (!/^\d+$/.test(state.min_fatalities)) state.min_fatalities = "";
  if (!/^[A-Za-z]{2}$/.test(state.country)) state.country = "";
  state.event = /^\d+$/.test(params.get("event") || "") ? Number(params.get("event")) : null;
  return state;
}

/** The query string of a state: position, time window, filters, selection; empty values left out. */
export function stateToQuery(state) {
  const params = new URLSearchParams();
  if (state.lat !== null && state.lon !== null && state.zoom !== null) {
    params.set("lat", state.lat.toFixed(4));
    params.set("lon", state.lon.toFixed(4));
    params.set("z", String(Math.round(state.zoom * 100) / 100));
  } else if (state.bbox) {
    params.set("bbox", state.bbox.join(","));
  }
  if (state.last) params.set("last", state.last);
  else {
    if (state.start) params.set("start", state.start);
    if (state.end) params.set("end", state.end);
  }
  for (const key of FILTER_KEYS) if (state[key] !== "" && state[key] !== null) params.set(key, state[key]);
  if (state.event !== null) params.set("event", String(state.event));
  return params;
}

/**
 * The one place the state lives. `set(patch, {history})` changes it and tells the listeners which keys
 * changed; history "push" adds a browser history entry, "replace" rewrites the current one (map moves),
 * "none" leaves the URL alone (applying a history entry that is already there).
 */
export class StateStore {
  constructor(initial, { syncUrl = true } = {}) {
    this.state = { ...emptyState(), ...initial };
    this.listeners = [];
    this.syncUrl = syncUrl;
    this.lastPush = 0;
    if (syncUrl) {
      window.addEventListener("popstate", () => this.set(parseState(location.search), { history: "none" }));
    }
  }

  subscribe(listener) { this.listeners.push(listener); }

  set(patch, { history: mode = "push" } = {}) {
    const changed = new Set();
    for (const [key, value] of Object.entries(patch)) {
      if (JSON.stringify(this.state[key]) !== JSON.stringify(value)) changed.add(key);
    }
    if (!changed.size) return;
    this.state = { ...this.state, ...patch };
    if (this.syncUrl && mode !== "none") {
      const url = `${location.pathname}?${stateToQuery(this.state)}`;
      // Several changes in quick succession (typing, dragging) make one history entry, not dozens.
      const now = performance.now();
      if (mode === "push" && now - this.lastPush > 400) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      if (mode === "push") this.lastPush = now;
    }
    for (const listener of this.listeners) listener(this.state, changed);
  }
}
