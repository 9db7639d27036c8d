// The events on the map: one canvas, drawn from an EventStore's typed arrays (or from a server grid).
// Events are counted into a grid of screen cells anchored to the world (stable while panning): a cell holding
// one event draws that event — sized by fatalities, coloured by type, outlined by location precision — and a
// cell holding more draws a cluster labelled with its exact count. One pass over the arrays, at any count.
import * as L from "../node_modules/leaflet/dist/leaflet-src.esm.js";
import { typeColor, typeIndex, radiusForKilled, radiusForCluster, precisionInfo } from "./style.js";
import { mercatorY } from "./data.js";

const TYPE_SLOTS = 7; // six ACLED types + unknown
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

export const EventLayer = L.Renderer.extend({
  options: { padding: 0.1, cellPx: 40, clickTolerance: 4 },

  initialize(options) {
    L.Renderer.prototype.initialize.call(this, options);
    this._store = null;     // EventStore
    this._mask = null;      // Uint8Array: 1 = passes the time window
    this._grid = null;      // server grid, when there are too many events to ship
    this._highlight = -1;   // store index drawn with a highlight ring
    this._hits = [];        // what the last draw put where, top last: {x, y, r, index} or {x, y, r, cell}
    this.drawn = { events: 0, clusters: 0, clusteredEvents: 0, cells: 0 };
  },

  setEvents(store, mask) { this._store = store; this._mask = mask; this._grid = null; this.redraw(); },
  setMask(mask) { this._mask = mask; this.redraw(); },
  setGrid(grid) { this._grid = grid; this._store = null; this._mask = null; this.redraw(); },
  setHighlight(index) { if (index !== this._highlight) { this._highlight = index; this.redraw(); } },

  getEvents() {
    const events = L.Renderer.prototype.getEvents.call(this);
    events.click = this._onClick;
    events.mousemove = this._onMouseMove;
    return events;
  },

  _initContainer() {
    this._container = document.createElement("canvas");
    this._container.className = "event-canvas";
    this._ctx = this._container.getContext("2d");
  },

  _destroyContainer() {
    this._container.remove();
    delete this._ctx;
  },

  _update() {
    if (this._map._animatingZoom && this._bounds) return;
    L.Renderer.prototype._update.call(this);
    const size = this._bounds.getSize(), dpr = window.devicePixelRatio || 1;
    L.DomUtil.setPosition(this._container, this._bounds.min);
    this._container.width = dpr * size.x;
    this._container.height = dpr * size.y;
    this._container.style.width = `${size.x}px`;
    this._container.style.height = `${size.y}px`;
    this.redraw();
    this.fire("update");
  },

  /** Screen (container) point of event `index`, or null when it is not drawn on its own. */
  containerPointOf(index) {
    const hit = this._hits.find((h) => h.index === index);
    if (!hit) return null;
    return L.point(hit.x, hit.y).add(this._bounds.min).subtract(this._map.containerPointToLayerPoint([0, 0]));
  },

  redraw() {
    if (!this._map || !this._bounds) return this;
    const t0 = performance.now();
    const ctx = this._ctx, size = this._bounds.getSize(), dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, size.x, size.y);
    this._hits = [];
    this.drawn = { events: 0, clusters: 0, clusteredEvents: 0, cells: 0 };
    const zoom = this._map.getZoom();
    const view = {
      scale: 256 * 2 ** zoom,
      // canvas x = world pixel x - (pixel origin + canvas top-left in layer points)
      ox: this._map.getPixelOrigin().x + this._bounds.min.x,
      oy: this._map.getPixelOrigin().y + this._bounds.min.y,
      width: size.x, height: size.y, zoom,
    };
    if (this._grid) this._drawGrid(ctx, view);
    else if (this._store) this._drawStore(ctx, view);
    this.lastDrawMs = performance.now() - t0;
    return this;
  },

  _drawStore(ctx, view) {
    const store = this._store, mask = this._mask, n = store.length;
    const { scale, ox, oy, width, height } = view;
    const margin = 30;
    const visible = this._visible && this._visible.length >= n ? this._visible : (this._visible = new Int32Array(n));
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (mask && !mask[i]) continue;
      const x = store.mx[i] * scale - ox, y = store.my[i] * scale - oy;
      if (x < -margin || y < -margin || x > width + margin || y > height + margin) continue;
      visible[count++] = i;
    }
    this._drawClusters(ctx, view, visible, count);
    if (this._highlight >= 0 && this._highlight < n) this._drawHighlight(ctx, view, this._highlight);
  },

  _drawEvent(ctx, view, i) {
    const store = this._store;
    const x = store.mx[i] * view.scale - view.ox, y = store.my[i] * view.scale - view.oy;
    const r = radiusForKilled(store.killed[i]);
    const color = typeColor(store.type[i]);
    const precision = precisionInfo(store.precision[i]);
    if (precision.uncertaintyKm > 0) {
      // The area where the event may have been, at true scale (but never smaller than the dot itself).
      const metresPerPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((store.lat[i] * Math.PI) / 180)) / view.scale;
      const halo = Math.min((precision.uncertaintyKm * 1000) / metresPerPixel, 400);
      if (halo > r + 2) {
        ctx.beginPath();
        ctx.arc(x, y, halo, 0, 2 * Math.PI);
        ctx.fillStyle = color + "1a";
        ctx.fill();
        ctx.setLineDash([4, 4]);
        ctx.strokeStyle = color + "99";
        ctx.lineWidth = 1;
        ctx.stroke();
        ctx.setLineDash([]);
      }
    }
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    if (precision.solid) {
      ctx.fillStyle = color + "cc";
      ctx.fill();
      ctx.strokeStyle = "#ffffff";
      ctx.lineWidth = 1;
    } else {
      // An area, not a place: a ring, so that it never passes for a village.
      ctx.fillStyle = "#ffffff99";
      ctx.fill();
      ctx.strokeStyle = color;
      ctx.lineWidth = 2.5;
    }
    ctx.stroke();
    this._hits.push({ x, y, r, index: i });
    this.drawn.events++;
  },

  _drawClusters(ctx, view, visible, count) {
    const store = this._store, cell = this.options.cellPx;
    const { scale, ox, oy, width, height } = view;
    // Cells are anchored to world pixels, so panning does not reshuffle them.
    const firstCol = Math.floor(ox / cell) - 1, firstRow = Math.floor(oy / cell) - 1;
    const cols = Math.floor((ox + width) / cell) - firstCol + 3, rows = Math.floor((oy + height) / cell) - firstRow + 3;
    const cells = cols * rows;
    const counts = new Int32Array(cells), first = new Int32Array(cells);
    const sumX = new Float64Array(cells), sumY = new Float64Array(cells);
    const types = new Int32Array(cells * TYPE_SLOTS);
    const cellOf = (i) => (Math.floor((store.my[i] * scale) / cell) - firstRow) * cols + (Math.floor((store.mx[i] * scale) / cell) - firstCol);
    for (let k = 0; k < count; k++) {
      const i = visible[k], c = cellOf(i);
      if (c < 0 || c >= cells) continue;
      if (counts[c]++ === 0) first[c] = i;
      sumX[c] += store.mx[i] * scale - ox;
      sumY[c] += store.my[i] * scale - oy;
      types[c * TYPE_SLOTS + store.type[i] + 1]++;
    }
    // Events straddling a cell border would make overlapping clusters: the biggest cluster absorbs the
    // neighbouring cells whose centre of mass is within one cell of its own. Counts are only ever added.
    const owner = new Int32Array(cells).fill(-1);
    const occupied = [];
    for (let c = 0; c < cells; c++) if (counts[c]) occupied.push(c);
    occupied.sort((a, b) => counts[b] - counts[a]);
    for (const c of occupied) {
      if (owner[c] !== -1) continue;
      owner[c] = c;
      const col = c % cols, row = (c - col) / cols;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const r2 = row + dr, c2 = col + dc, d = r2 * cols + c2;
          if ((!dr && !dc) || r2 < 0 || r2 >= rows || c2 < 0 || c2 >= cols || !counts[d] || owner[d] !== -1) continue;
          const dx = sumX[d] / counts[d] - sumX[c] / counts[c], dy = sumY[d] / counts[d] - sumY[c] / counts[c];
          if (dx * dx + dy * dy > cell * cell) continue;
          owner[d] = c;
          counts[c] += counts[d]; sumX[c] += sumX[d]; sumY[c] += sumY[d];
          for (let t = 0; t < TYPE_SLOTS; t++) types[c * TYPE_SLOTS + t] += types[d * TYPE_SLOTS + t];
        }
      }
    }
    this._cells = { owner, cellOf, cells };
    const singles = [];
    for (const c of occupied) if (owner[c] === c && counts[c] === 1) singles.push(first[c]);
    // Largest first, so that small events stay visible (and clickable) on top of big ones.
    singles.sort((a, b) => store.killed[b] - store.killed[a]);
    for (const i of singles) this._drawEvent(ctx, view, i);
    ctx.font = "bold 12px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    for (const c of occupied) {
      const n = counts[c];
      if (owner[c] !== c || n < 2) continue;
      let dominant = 0;
      for (let t = 1; t < TYPE_SLOTS; t++) if (types[c * TYPE_SLOTS + t] > types[c * TYPE_SLOTS + dominant]) dominant = t;
      this._drawCluster(ctx, sumX[c] / n, sumY[c] / n, n, typeColor(dominant - 1), { cell: c });
    }
  },

  _drawCluster(ctx, x, y, n, color, where) {
    const r = radiusForCluster(n);
    ctx.beginPath();
    ctx.arc(x, y, r + 4, 0, 2 * Math.PI);
    ctx.fillStyle = color + "55";
    ctx.fill();
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = color;
    ctx.fill();
    ctx.fillStyle = "#ffffff";
    ctx.fillText(String(n), x, y);
    this._hits.push({ x, y, r: r + 4, cluster: where, count: n });
    this.drawn.clusters++;
    this.drawn.clusteredEvents += n;
  },

  _drawGrid(ctx, view) {
    const grid = this._grid;
    ctx.font = "bold 12px system-ui, sans-serif";
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    for (let k = 0; k < grid.count.length; k++) {
      const x = ((grid.lon[k] + 180) / 360) * view.scale - view.ox;
      const y = mercatorY(grid.lat[k]) * view.scale - view.oy;
      if (x < -50 || y < -50 || x > view.width + 50 || y > view.height + 50) continue;
      this._drawCluster(ctx, x, y, grid.count[k], typeColor(typeIndex(grid.event_type[k])),
        { lon: grid.lon[k], lat: grid.lat[k] });
      this.drawn.cells++;
    }
  },

  _drawHighlight(ctx, view, i) {
    const store = this._store;
    const x = store.mx[i] * view.scale - view.ox, y = store.my[i] * view.scale - view.oy;
    ctx.beginPath();
    ctx.arc(x, y, radiusForKilled(store.killed[i]) + 5, 0, 2 * Math.PI);
    ctx.strokeStyle = "#111111";
    ctx.lineWidth = 3;
    ctx.stroke();
  },

  _hitAt(containerPoint) {
    const p = this._map.containerPointToLayerPoint(containerPoint).subtract(this._bounds.min);
    for (let k = this._hits.length - 1; k >= 0; k--) {
      const h = this._hits[k];
      const dx = h.x - p.x, dy = h.y - p.y, r = h.r + this.options.clickTolerance;
      if (dx * dx + dy * dy <= r * r) return h;
    }
    return null;
  },

  _onClick(e) {
    const hit = this._hitAt(e.containerPoint);
    if (!hit) return;
    if (hit.index !== undefined) {
      this.fire("eventclick", { index: hit.index, id: this._store.id[hit.index], latlng: e.latlng });
    } else {
      this.fire("clusterclick", { bounds: this._clusterBounds(hit), latlng: e.latlng, count: hit.count });
    }
  },

  /** The bounds of the events a cluster holds (a grid cell: a square around its centroid). */
  _clusterBounds(hit) {
    const map = this._map;
    if (hit.cluster.lon !== undefined) { // a server grid cell: the square around its centroid
      const c = map.latLngToContainerPoint([hit.cluster.lat, hit.cluster.lon]), half = this.options.cellPx;
      return L.latLngBounds(map.containerPointToLatLng(c.subtract([half, half])), map.containerPointToLatLng(c.add([half, half])));
    }
    const store = this._store, mask = this._mask, { owner, cellOf, cells } = this._cells;
    const bounds = L.latLngBounds([]);
    for (let i = 0; i < store.length; i++) {
      if (mask && !mask[i]) continue;
      const c = cellOf(i);
      if (c >= 0 && c < cells && owner[c] === hit.cluster.cell) bounds.extend([store.lat[i], store.lon[i]]);
    }
    return bounds;
  },

  _onMouseMove(e) {
    if (this._moveFrame) return;
    this._moveFrame = requestAnimationFrame(() => {
      this._moveFrame = null;
      const hit = this._hitAt(e.containerPoint);
      this._map.getContainer().classList.toggle("over-event", !!hit);
    });
  },
});
