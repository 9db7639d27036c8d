// The map core shared by the main page and the embed: the Leaflet map, the events layer, the loaded
// events and the time window applied to them. Controls (timeline, filters, list, legend...) are separate
// modules that read from it and listen to it; the view state lives in a StateStore.
import * as L from "../node_modules/leaflet/dist/leaflet-src.esm.js";
import { addBasemap } from "./basemap.js";
import { EventLayer } from "./event-layer.js";
import { filterParams, loadConfig, loadEvent, loadGrid, loadPoints } from "./data.js";
import { dayFromISO, isoFromDay, today } from "./days.js";
import { popupContent } from "./popup.js";
import { el } from "./dom.js";
import { LAST_PRESETS } from "./state.js";

const GRID_CELL_PX = 40;

export class MapApp extends EventTarget {
  /** @param {HTMLElement} element  @param {import("./state.js").StateStore} store */
  constructor(element, store, { popups = true } = {}) {
    super();
    this.store = store;
    this.popups = popups;
    this.events = null;           // EventStore of the events matching the filters (any time, anywhere)
    this.mask = null;             // Uint8Array: events inside the time window
    this.matched = 0;
    this.aggregated = false;      // too many events to ship: the server sends a grid
    this.window = { from: null, to: null }; // the time window in days (null: open)
    this.map = L.map(element, { worldCopyJump: false, minZoom: 1, maxZoom: 18, zoomSnap: 0.25, preferCanvas: true,
                                keyboard: true });
    this.map.attributionControl.addAttribution("Outlines: Natural Earth");
    this.layer = new EventLayer({ cellPx: GRID_CELL_PX }).addTo(this.map);
    this.layer.on("eventclick", (e) => this.select(e.id));
    this.layer.on("clusterclick", (e) => this._zoomToCluster(e));
    this.map.on("moveend", () => this._onMoveEnd());
    this.map.on("popupclose", () => { if (!this._replacingPopup) this.store.set({ event: null }); });
    store.subscribe((state, changed) => this._onStateChange(state, changed));
  }

  async start() {
    const config = await loadConfig();
    this._placeMap(this.store.state, { initial: true });
    this._positionedByUrl = !!this._positioned;
    const outlines = addBasemap(this.map, config);
    await this.reload();
    await outlines;
    if (this.store.state.event !== null) {
      this._panToPopup = !this._positionedByUrl; // a shared view keeps its exact position
      this._openPopup(this.store.state.event);
      this._panToPopup = false;
    }
    this.dispatchEvent(new Event("ready"));
  }

  /** Fetch the events matching the filters (all of them, or the server grid when there are too many). */
  async reload() {
    this._loading?.abort();
    const loading = (this._loading = new AbortController());
    this._setStatus("loading");
    this.window = this._windowFromState();
    try {
      const { matched, store } = await loadPoints(filterParams(this.store.state), loading.signal);
      this.matched = matched;
      this.aggregated = !store;
      this.events = store;
      if (store) {
        this.mask = store.maskTimeWindow(new Uint8Array(store.length), this.window.from, this.window.to);
        if (!this._positioned && store.length) this._fitToEvents();
        this.layer.setEvents(store, this.mask);
      } else {
        this.mask = null;
        await this._reloadGrid();
      }
      this._setStatus("ready");
      this.dispatchEvent(new Event("data"));
      // Map, timeline and list are drawn; the marks let the benchmark time it, up to the frame on screen.
      performance.mark("eventmap:rendered");
      requestAnimationFrame(() => requestAnimationFrame(() => performance.mark("eventmap:painted")));
    } catch (error) {
      if (error.name !== "AbortError") this._setStatus("error", error.message);
    }
  }

  /** Select an event by a user's gesture: its popup opens, panned into view. A view opened from a URL or
   * from the history keeps its exact position instead. */
  select(id) {
    if (!this.popups) return;
    this._panToPopup = true;
    this.store.set({ event: id });
    this._panToPopup = false;
  }

  /** Show the time window [from, to] (days; null = open) at once, without touching the state: for dragging and playing. */
  previewTimeWindow(from, to) {
    if (from === this.window.from && to === this.window.to && this._maskedWindow === this.events) return;
    this.window = { from, to };
    this._maskedWindow = this.events;
    if (this.events) {
      this.events.maskTimeWindow(this.mask, from, to);
      this.layer.setMask(this.mask);
    }
    this.dispatchEvent(new Event("window"));
  }

  /** Indexes of the loaded events in the map view and the time window. */
  indexesInView() {
    const out = [];
    if (!this.events) return out;
    const b = this.map.getBounds(), s = this.events;
    const west = b.getWest(), east = b.getEast(), south = b.getSouth(), north = b.getNorth();
    for (let i = 0; i < s.length; i++) {
      if (this.mask[i] && s.lat[i] >= south && s.lat[i] <= north && s.lon[i] >= west && s.lon[i] <= east) out.push(i);
    }
    return out;
  }

  /** The view as an API bbox (clamped to what the API accepts). */
  bboxParam() {
    const b = this.map.getBounds();
    const clamp = (v, lim) => Math.max(-lim, Math.min(lim, v));
    return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
      .map((v) => v.toFixed(4)).join(",");
  }

  /** The state's time window as days: a preset relative to today, or the start/end dates. */
  _windowFromState() {
    const state = this.store.state;
    if (state.last in LAST_PRESETS) return { from: today() - Math.max(LAST_PRESETS[state.last] - 1, 1), to: today() };
    return { from: dayFromISO(state.start), to: dayFromISO(state.end) };
  }

  _onStateChange(state, changed) {
    const has = (...keys) => keys.some((k) => changed.has(k));
    if (has("type", "sub_type", "actor", "country", "min_fatalities", "q")) this.reload();
    else if (has("start", "end", "last")) {
      const w = this._windowFromState();
      if (this.aggregated) { this.window = w; this._reloadGrid(); this.dispatchEvent(new Event("window")); }
      else this.previewTimeWindow(w.from, w.to);
    }
    if (has("lat", "lon", "zoom", "bbox") && !this._movingFromMap) this._placeMap(state, {});
    if (has("event")) {
      if (state.event === null) { this._replacingPopup = true; this.map.closePopup(); this._replacingPopup = false; }
      else this._openPopup(state.event);
    }
  }

  _placeMap(state, { initial }) {
    if (state.lat !== null && state.lon !== null && state.zoom !== null) {
      const c = this.map._loaded ? this.map.getCenter() : null;
      if (!c || Math.abs(c.lat - state.lat) > 1e-4 || Math.abs(c.lng - state.lon) > 1e-4 || this.map.getZoom() !== state.zoom) {
        this.map.setView([state.lat, state.lon], state.zoom, { animate: false });
      }
      this._positioned = true;
    } else if (state.bbox) {
      const [w, s, e, n] = state.bbox;
      this.map.fitBounds([[s, w], [n, e]], { animate: false });
      this._positioned = true;
    } else if (initial) {
      this.map.setView([20, 10], 2, { animate: false });
    }
  }

  /** Zoom to a cluster's events; events at one spot (a village's many events) get zoom 15 and the list. */
  _zoomToCluster(e) {
    const b = e.bounds;
    if (!b.isValid() || this.map.getZoom() >= this.map.getMaxZoom()) return;
    const size = b.getNorthEast().distanceTo(b.getSouthWest());
    if (size < 50) this.map.setView(b.getCenter(), Math.max(this.map.getZoom() + 1, 15));
    else this.map.flyToBounds(b.pad(0.25), { maxZoom: this.map.getMaxZoom(), duration: 0.6 });
  }

  _fitToEvents() {
    const s = this.events, bounds = L.latLngBounds([]);
    for (let i = 0; i < s.length; i++) bounds.extend([s.lat[i], s.lon[i]]);
    this.map.fitBounds(bounds.pad(0.2), { maxZoom: 7, animate: false });
  }

  _onMoveEnd() {
    const c = this.map.getCenter();
    this._movingFromMap = true;
    // Moving the map rewrites the current history entry: back/forward step through filters, windows, selections.
    this.store.set({ lat: +c.lat.toFixed(4), lon: +c.lng.toFixed(4), zoom: this.map.getZoom(), bbox: null }, { history: "replace" });
    this._movingFromMap = false;
    if (this.aggregated) this._reloadGrid();
    this.dispatchEvent(new Event("view"));
  }

  async _reloadGrid() {
    this._gridLoading?.abort();
    const loading = (this._gridLoading = new AbortController());
    const params = filterParams({ ...this.store.state, start: isoFromDay(this.window.from), end: isoFromDay(this.window.to) },
      { withTime: true, bbox: this.bboxParam() });
    try {
      this.layer.setGrid(await loadGrid(params, this.map.getZoom(), GRID_CELL_PX, loading.signal));
      this.dispatchEvent(new Event("view"));
    } catch (error) {
      if (error.name !== "AbortError") this._setStatus("error", error.message);
    }
  }

  async _openPopup(id) {
    if (!this.popups) return;
    const pan = !!this._panToPopup;
    this._popupLoading?.abort();
    const loading = (this._popupLoading = new AbortController());
    try {
      const event = await loadEvent(id, loading.signal);
      if (!event.geometry) return;
      const [lon, lat] = event.geometry.coordinates;
      this._replacingPopup = true;
      const room = this.map.getSize().x - 50; // a phone's map is narrower than a popup's usual width
      L.popup({ maxWidth: Math.min(380, room), minWidth: Math.min(260, room), maxHeight: 420, autoPan: pan, autoPanPadding: [20, 20], className: "event-popup-wrapper" })
        .setLatLng([lat, lon]).setContent(popupContent(event)).openOn(this.map);
      this._replacingPopup = false;
      this.dispatchEvent(new CustomEvent("popupopen", { detail: event }));
    } catch (error) {
      this._replacingPopup = false;
      if (error.name !== "AbortError") this._setStatus("error", `event ${id}: ${error.message}`);
    }
  }

  _setStatus(status, message = "") {
    this.status = status;
    this.map.getContainer().dataset.status = status;
    this.dispatchEvent(new CustomEvent("status", { detail: { status, message } }));
  }
}

/** A status line for screen readers and eyes: "1,234 events in view", "Loading…", errors. */
export function statusLine(app) {
  const line = el("p", { class: "status-line", role: "status", "aria-live": "polite" });
  app.addEventListener("status", (e) => {
    if (e.detail.status === "loading") line.textContent = "Loading events…";
    if (e.detail.status === "error") line.textContent = `Could not load events: ${e.detail.message}`;
    if (e.detail.status === "ready") {
      line.textContent = `${app.matched.toLocaleString("en")} events match${app.aggregated ? " (shown as a grid)" : ""}`;
    }
  });
  return line;
}
