// The map core shared by the main page and the embed: the Leaflet map, the events layer, the loaded
// events and the time window applied to them. Controls (timeline, filters, list, legend...) are separate
// modules that read from it and listen to it; the view state lives in a StateStore.
import * as L from "../node_modules/leaflet/dist/leaflet-src.esm.js";
import { addBasemap } from "./basemap.js";
import { EventLayer } from "./event-layer.js";
import { MAX_POINTS, filterParams, loadConfig, loadEvent, loadGrid, loadPoints } from "./data.js";
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
    this.aggregated = false;      // too many events to ship them all: each view is decided on its own count
    this.pointsBounds = null;     // aggregated, and the view had few enough: the bounds its points were loaded for
    this.gridCount = null;        // aggregated, and the view had too many: the events the grid counts in it
    this.window = { from: null, to: null }; // the time window in days (null: open)
    this.map = L.map(element, { worldCopyJump: false, minZoom: 1, maxZoom: 18, zoomSnap: 0.25, preferCanvas: true,
                                keyboard: true });
    // The container's size changes with no window resize (a host page resizes its iframe, the status line fills
    // in): Leaflet would go on drawing for the size it last read. The center stays exactly where it was (Leaflet's
    // own pan moves it by whole pixels, and a shared view's URL would change as it opens): `reset` sets the view
    // at once; the debounced moveend then reads that center.
    this.map.whenReady(() => new ResizeObserver(() => {
      const known = this.map.getSize(), center = this.map.getCenter();
      if (known.x === element.clientWidth && known.y === element.clientHeight) return;
      this.map.invalidateSize({ pan: false, debounceMoveend: true }).setView(center, this.map.getZoom(), { reset: true });
    }).observe(element));
    this.map.attributionControl.addAttribution("Outlines: Natural Earth");
    this.layer = new EventLayer({ cellPx: GRID_CELL_PX }).addTo(this.map);
    this.layer.on("eventclick", (e) => this.select(e.id));
    this.layer.on("clusterclick", (e) => this._zoomToCluster(e));
    this.map.on("moveend", () => this._onMoveEnd());
    this.map.on("popupclose", (e) => this._onPopupClose(e.popup));
    store.subscribe((state, changed) => this._onStateChange(state, changed));
  }

  async start() {
    const linkedEvent = this.store.state.event; // the URL's, read before anything awaits
    const config = await loadConfig();
    this._placeMap(this.store.state, { initial: true });
    this._positionedByUrl = !!this._positioned;
    const outlines = addBasemap(this.map, config);
    await this.reload();
    await outlines;
    // The URL's event opens once the map is drawn, unless the reader chose one meanwhile (the list and the map
    // answer as soon as the events are in, before the outlines): that popup is already opening, and a second
    // open landing later would bring a popup back after the reader closed it.
    if (linkedEvent !== null && this.store.state.event === linkedEvent && !this._popupLoading) {
      this._panToPopup = !this._positionedByUrl; // a shared view keeps its exact position
      this._openPopup(linkedEvent);
      this._panToPopup = false;
    }
    this.dispatchEvent(new Event("ready"));
  }

  /** Fetch the events matching the filters (all of them, or the server grid when there are too many). */
  async reload() {
    this._loading?.abort();
    this._viewLoading?.abort(); // a view's points or grid for the old filters must not land after the new ones
    const loading = (this._loading = new AbortController());
    this._setStatus("loading");
    this.window = this._windowFromState();
    try {
      const { matched, store } = await loadPoints(filterParams(this.store.state), loading.signal);
      this.matched = matched;
      this.aggregated = !store;
      this.events = store;
      this.pointsBounds = this.gridCount = null;
      if (store) {
        this.mask = store.maskTimeWindow(new Uint8Array(store.length), this.window.from, this.window.to);
        if (!this._positioned && store.length) this._fitToEvents();
        this.layer.setEvents(store, this.mask);
      } else {
        this.mask = null;
        await this._reloadView({ signal: loading.signal });
        if (loading.signal.aborted) return; // newer filters are loading
      }
      // The view is placed once, by the URL or by the first events loaded: later filters keep the view the
      // reader has (and the reader's own moves).
      if (matched) this._positioned = true;
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

  /** True while the map draws the server's grid (too many events in the view to ship them). */
  get showsGrid() { return this.aggregated && !this.events; }

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

  /** API query parameters for the filters, the shown time window and the view (or the given bbox). */
  timedParams(bbox = this.bboxParam()) {
    const timed = { ...this.store.state, start: isoFromDay(this.window.from), end: isoFromDay(this.window.to) };
    return filterParams(timed, { withTime: true, bbox });
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
      if (this.showsGrid) { this.window = w; this._reloadView(); this.dispatchEvent(new Event("window")); }
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
    // Fit beside the controls of the map's left side (the open legend is a quarter of a wide map), not under them.
    const container = this.map.getContainer();
    const left = Math.max(...[".leaflet-top.leaflet-left", ".leaflet-bottom.leaflet-left"]
      .map((corner) => container.querySelector(corner)?.offsetWidth || 0));
    this.map.fitBounds(bounds.pad(0.2), { maxZoom: 7, animate: false, paddingTopLeft: [left, 0] });
  }

  _onMoveEnd() {
    const c = this.map.getCenter();
    this._movingFromMap = true;
    // Moving the map rewrites the current history entry: back/forward step through filters, windows, selections.
    this.store.set({ lat: +c.lat.toFixed(4), lon: +c.lng.toFixed(4), zoom: this.map.getZoom(), bbox: null }, { history: "replace" });
    this._movingFromMap = false;
    if (this.aggregated) this._reloadView();
    this.dispatchEvent(new Event("view"));
  }

  /**
   * Too many events match to ship them all, so the view's own count decides what it shows: the server's
   * grid while the view holds more than MAX_POINTS, and its points (the time window then applied here, as
   * with all points) once it holds fewer. The grid of the view (in the time window) comes first: when it
   * counts more than MAX_POINTS, so does the view at any time, and the points need not be asked for; a
   * zoomed-out view then costs one query, as before. Points already loaded for a view around this one serve it.
   */
  async _reloadView({ signal } = {}) {
    this._viewLoading?.abort();
    const loading = (this._viewLoading = new AbortController());
    signal?.addEventListener("abort", () => loading.abort());
    const bounds = this.map.getBounds(), bbox = this.bboxParam();
    if (this.events && this.pointsBounds?.contains(bounds)) return;
    try {
      const grid = await loadGrid(this.timedParams(bbox), this.map.getZoom(), GRID_CELL_PX, loading.signal);
      const inView = grid.count.reduce((a, b) => a + b, 0);
      const points = inView <= MAX_POINTS ? (await loadPoints(filterParams(this.store.state, { bbox }), loading.signal)).store : null;
      const wasGrid = this.showsGrid;
      if (points) {
        this.events = points;
        this.pointsBounds = bounds;
        this.gridCount = null;
        this.mask = points.maskTimeWindow(new Uint8Array(points.length), this.window.from, this.window.to);
        this.layer.setEvents(points, this.mask);
      } else {
        this.events = this.mask = this.pointsBounds = null;
        this.gridCount = inView;
        this.layer.setGrid(grid);
      }
      if (wasGrid !== this.showsGrid && this.status === "ready") this._setStatus("ready"); // the status line says which
      this.dispatchEvent(new Event(points ? "data" : "view"));
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
      this.popup = L.popup({ maxWidth: Math.min(380, room), minWidth: Math.min(260, room), maxHeight: 420, autoPan: pan, autoPanPadding: [20, 20], className: "event-popup-wrapper" })
        .setLatLng([lat, lon]).setContent(popupContent(event)).openOn(this.map);
      // Escape closes the popup from inside it too (Leaflet's own Escape works only while the map has focus).
      this.popup.getElement().addEventListener("keydown", (e) => {
        if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); this.map.closePopup(); }
      });
      this._replacingPopup = false;
      this.dispatchEvent(new CustomEvent("popupopen", { detail: event }));
    } catch (error) {
      this._replacingPopup = false;
      if (error.name !== "AbortError") this._setStatus("error", `event ${id}: ${error.message}`);
    }
  }

  /** A popup closed by the user (its ×, Escape, the map) clears the selection; focus that was in it goes
   * back where it came from: a listener of "popupclose" (the list) may take it, else the map does. */
  _onPopupClose(popup) {
    if (this._replacingPopup) return;
    const focus = document.activeElement;
    const focusWasInside = !focus || focus === document.body || !!popup.getElement()?.contains(focus);
    this.store.set({ event: null });
    this.dispatchEvent(new CustomEvent("popupclose", { detail: { focusWasInside } }));
    const now = document.activeElement;
    if (focusWasInside && (!now || now === document.body || popup.getElement()?.contains(now))) this.map.getContainer().focus();
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
      if (!app.aggregated) line.textContent = `${app.matched.toLocaleString("en")} events match`;
      else line.textContent = `More than ${MAX_POINTS.toLocaleString("en")} events match: `
        + (app.events ? "the view's events are shown" : "shown as a grid until the view holds fewer");
    }
  });
  return line;
}
