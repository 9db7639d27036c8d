// Loading events from the API. The map holds events as columns of typed arrays (an EventStore), so that
// filtering 100,000 of them by time is one tight loop, and nothing per event is ever a JS object or a DOM node.
import { typeIndex, EVENT_TYPES } from "./style.js";

// Above this many events in the view, the map draws the server's grid instead of the events. A page may set
// window.eventmapMaxPoints before its modules load to lower it: the browser tests do, to reach the grid with
// a few hundred events.
export const MAX_POINTS = Number.isInteger(globalThis.eventmapMaxPoints) && globalThis.eventmapMaxPoints > 0
  ? globalThis.eventmapMaxPoints : 250_000;
const NO_DAY = -2147483648;        // events whose date is unknown

/** Web Mercator y of a latitude in the unit square (0 at the north edge, 1 at the south). */
export function mercatorY(lat) {
  const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

export class EventStore {
  constructor(columns) {
    const n = columns.id.length;
    this.length = n;
    this.id = Float64Array.from(columns.id);
    this.lon = Float64Array.from(columns.lon_e5, (v) => v / 1e5);
    this.lat = Float64Array.from(columns.lat_e5, (v) => v / 1e5);
    // Web Mercator in the unit square, computed once: projecting at any zoom is then a multiplication.
    this.mx = new Float64Array(n);
    this.my = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.mx[i] = (this.lon[i] + 180) / 360;
      this.my[i] = mercatorY(this.lat[i]);
    }
    this.dayStart = Int32Array.from(columns.day_start, (d) => (d === null ? NO_DAY : d));
    this.dayEnd = Int32Array.from(columns.day_end, (d, i) => (d === null ? this.dayStart[i] : d));
    this.killed = Int32Array.from(columns.killed, (k) => (k === null ? -1 : k));
    this.wounded = Int32Array.from(columns.wounded, (k) => (k === null ? -1 : k));
    this.precision = Uint8Array.from(columns.precision, (p) => p || 0);
    // The server's type codes index its own list; recode them into the fixed ACLED order of style.js.
    const typeCodes = columns.types.map((name) => typeIndex(name));
    this.type = Int8Array.from(columns.type, (c) => typeCodes[c]);
    this.subTypeNames = columns.sub_types;
    this.subType = Uint16Array.from(columns.sub_type);
    this.placeNames = columns.places;
    this.place = Uint32Array.from(columns.place);
    let first = Infinity, last = -Infinity;
    for (let i = 0; i < n; i++) {
      if (this.dayStart[i] === NO_DAY) continue;
      if (this.dayStart[i] < first) first = this.dayStart[i];
      if (this.dayEnd[i] > last) last = this.dayEnd[i];
    }
    this.firstDay = Number.isFinite(first) ? first : null;
    this.lastDay = Number.isFinite(last) ? last : null;
  }

  /** Event index by id, built on first use (only the tests look events up by id). */
  get indexById() {
    return (this._byId ??= new Map(Array.from(this.id, (id, i) => [id, i])));
  }

  /** Marks in `mask` (1/0) the events overlapping the day window [from, to] (either may be null: open). */
  maskTimeWindow(mask, from, to) {
    const lo = from ?? -Infinity, hi = to ?? Infinity, open = from === null && to === null;
    const { dayStart, dayEnd } = this;
    for (let i = 0; i < this.length; i++) {
      mask[i] = open || (dayStart[i] !== NO_DAY && dayEnd[i] >= lo && dayStart[i] <= hi) ? 1 : 0;
    }
    return mask;
  }

  /** A short summary of event i for lists and labels. */
  summary(i) {
    const type = this.type[i];
    return {
      id: this.id[i], lon: this.lon[i], lat: this.lat[i], type,
      typeName: type >= 0 ? EVENT_TYPES[type].name : "Unknown type",
      subType: this.subTypeNames[this.subType[i]], place: this.placeNames[this.place[i]] || "Unnamed place",
      dayStart: this.dayStart[i] === NO_DAY ? null : this.dayStart[i], dayEnd: this.dayEnd[i] === NO_DAY ? null : this.dayEnd[i],
      killed: this.killed[i] < 0 ? null : this.killed[i], wounded: this.wounded[i] < 0 ? null : this.wounded[i],
      precision: this.precision[i],
    };
  }
}

/** API query parameters for a state's filters (the time window only when asked: the map filters time itself). */
export function filterParams(state, { withTime = false, bbox = null } = {}) {
  const params = new URLSearchParams();
  const type = state.sub_type || state.type;
  if (type) params.set("type", type);
  for (const key of ["actor", "country", "min_fatalities", "q"]) if (state[key] !== "" && state[key] != null) params.set(key, state[key]);
  if (withTime) {
    if (state.start) params.set("start", state.start);
    if (state.end) params.set("end", state.end);
  }
  if (bbox) params.set("bbox", bbox);
  return params;
}

async function getJSON(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch { /* not JSON */ }
    throw new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
  }
  return response;
}

/** The events matching the filters, as an EventStore; or {matched} alone when there are too many to ship. */
export async function loadPoints(params, signal) {
  const query = new URLSearchParams(params);
  query.set("max_points", MAX_POINTS);
  const response = await getJSON(`/api/aggregates/points?${query}`, signal);
  const body = await response.text();
  performance.mark("eventmap:data-arrived");
  const payload = JSON.parse(body);
  return { matched: payload.matched, store: payload.columns ? new EventStore(payload.columns) : null };
}

/** Server-side grid: cells of `cellPx` screen pixels at `zoom`. */
export async function loadGrid(params, zoom, cellPx, signal) {
  const query = new URLSearchParams(params);
  query.set("cell", cellPx / 256 / 2 ** Math.round(zoom));
  return (await getJSON(`/api/aggregates/grid?${query}`, signal)).json();
}

export async function loadHistogram(params, bucket, signal) {
  const query = new URLSearchParams(params);
  query.set("bucket", bucket);
  return (await getJSON(`/api/aggregates/histogram?${query}`, signal)).json();
}

/** One event with its evidence and sources. */
export async function loadEvent(id, signal) {
  return (await getJSON(`/api/events/${encodeURIComponent(id)}`, signal)).json();
}

/** The actors and countries the filters offer, most frequent first; none when the request fails. */
export async function loadChoices() {
  try { return await (await getJSON("/api/aggregates/choices")).json(); } catch { return { actors: [], countries: [] }; }
}

export async function loadConfig() {
  try { return await (await getJSON("/config.json")).json(); } catch { return {}; }
}
