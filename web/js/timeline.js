// The timeline under the map: events (bars) and fatalities (line) per day, week or month for the events in
// view and matching the filters; a window to drag, widen or narrow; play/pause and speed; presets.
// While dragging or playing, the map is redrawn every frame (app.previewTimeWindow) and the state — and so
// the URL and the history — is written once, when the gesture ends.
import { el } from "./dom.js";
import { bucketStart, dayFromISO, formatDay, formatDayRange, isoFromDay, nextBucket, today } from "./days.js";
import { filterParams, loadHistogram } from "./data.js";

const HEIGHT = 84, AXIS = 16, EDGE_PX = 7;
const SPEEDS = [1, 2, 4, 8, 16]; // buckets per second

/** Month number since 1970-01 of a day (Hinnant's civil_from_days, no Date object per event). */
function monthIndex(day) {
  const z = day + 719468, era = Math.floor(z / 146097), doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153), month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return (year - 1970) * 12 + month - 1;
}

export class Timeline {
  constructor(app, container) {
    this.app = app;
    this.store = app.store;
    this.bucketChoice = "auto";
    this.speed = 2;
    this.playing = false;
    this.histogram = null; // {bucket, starts: [day], counts, killed}
    this._histogramKey = null; // the query and bucket of the server histogram shown or being fetched
    this._build(container);
    app.addEventListener("data", () => this.refresh());
    app.addEventListener("view", () => this.refresh());
    app.addEventListener("window", () => this.draw());
    this.store.subscribe(() => this._markPreset());
    new ResizeObserver(() => this.draw()).observe(this.canvas);
  }

  _build(container) {
    this.playButton = el("button", { type: "button", class: "play", "aria-label": "Play the time window", onclick: () => this.togglePlay() }, "▶ Play");
    this.speedSelect = el("select", { "aria-label": "Playback speed", onchange: (e) => { this.speed = Number(e.target.value); } },
      SPEEDS.map((s) => el("option", { value: s, selected: s === this.speed }, `${s}×`)));
    this.bucketSelect = el("select", { "aria-label": "Histogram bars per", onchange: (e) => { this.bucketChoice = e.target.value; this.refresh(); } },
      [["auto", "auto"], ["day", "per day"], ["week", "per week"], ["month", "per month"]].map(([v, t]) => el("option", { value: v }, t)));
    this.presetButtons = [["24h", "24 h"], ["7d", "7 days"], ["30d", "30 days"], ["", "All"]].map(([value, label]) =>
      el("button", { type: "button", class: "preset", dataset: { last: value }, "aria-pressed": "false",
        onclick: () => this.store.set({ last: value, start: "", end: "" }) }, label));
    this.windowLabel = el("span", { class: "window-label", "aria-live": "polite" });
    this.canvas = el("canvas", { class: "timeline-canvas", tabindex: "0", role: "slider",
      "aria-label": "Time window: arrow keys move it, shift + arrow keys change its end, Home and End jump" });
    const root = el("div", { class: "timeline" },
      el("div", { class: "timeline-bar" }, this.playButton, this.speedSelect,
        el("span", { class: "presets", role: "group", "aria-label": "Time presets" }, this.presetButtons),
        this.bucketSelect, this.windowLabel,
        (this.scaleLabel = el("span", { class: "timeline-key muted" }))),
      this.canvas);
    container.append(root);
    this._markPreset();
    this.canvas.addEventListener("pointerdown", (e) => this._onPointerDown(e));
    this.canvas.addEventListener("pointermove", (e) => this._onPointerHover(e));
    this.canvas.addEventListener("keydown", (e) => this._onKey(e));
  }

  _markPreset() {
    const { last, start, end } = this.store.state;
    const active = last || (start || end ? null : ""); // "All" is pressed only when no dates are set either
    for (const button of this.presetButtons) button.setAttribute("aria-pressed", String(button.dataset.last === active));
  }

  /** The days the axis spans: the loaded events, the window, and today when a preset counts from today. */
  domain() {
    const events = this.app.events, w = this.app.window;
    let first = events?.firstDay ?? null, last = events?.lastDay ?? null;
    if (this.histogram?.starts.length) {
      first = first ?? this.histogram.starts[0];
      last = last ?? nextBucket(this.histogram.starts.at(-1), this.histogram.bucket) - 1;
    }
    for (const d of [w.from, w.to]) if (d !== null) { first = Math.min(first ?? d, d); last = Math.max(last ?? d, d); }
    if (this.store.state.last) last = Math.max(last ?? today(), today());
    if (first === null) { last = today(); first = last - 30; }
    if (last - first < 6) { first -= 3; last += 3; }
    return { first, last };
  }

  bucket() {
    if (this.bucketChoice !== "auto") return this.bucketChoice;
    const { first, last } = this.domain();
    return last - first <= 120 ? "day" : last - first <= 1100 ? "week" : "month";
  }

  /** Recount the histogram for the events in view (on new data or a map move; not on window moves). */
  async refresh() {
    const bucket = this.bucket();
    if (this.app.showsGrid) { // the server counts the view's events: the map has not loaded them
      const params = filterParams(this.store.state, { bbox: this.app.bboxParam() });
      const key = `${params}|${bucket}`;
      if (key === this._histogramKey) { this.draw(); return; } // shown or on its way already
      this._histogramKey = key;
      this._loading?.abort();
      this._loading = new AbortController();
      try {
        const h = await loadHistogram(params, bucket, this._loading.signal);
        this.histogram = { bucket, starts: h.start.map(dayFromISO), counts: h.count, killed: h.killed.map(Number) };
      } catch (error) {
        if (error.name !== "AbortError") {
          if (this._histogramKey === key) this._histogramKey = null; // let the next refresh ask again
          throw error;
        }
      }
    } else {
      this._loading?.abort();
      this._histogramKey = null;
      this.histogram = this._countLoaded(bucket);
    }
    this.draw();
  }

  _countLoaded(bucket) {
    const s = this.app.events;
    const { first, last } = this.domain();
    const starts = [];
    for (let d = bucketStart(first, bucket); d <= last; d = nextBucket(d, bucket)) starts.push(d);
    const counts = new Float64Array(starts.length), killed = new Float64Array(starts.length);
    if (s) {
      const b = this.app.map.getBounds(), west = b.getWest(), east = b.getEast(), south = b.getSouth(), north = b.getNorth();
      const base = bucket === "month" ? monthIndex(starts[0]) : starts[0];
      for (let i = 0; i < s.length; i++) {
        const lat = s.lat[i], lon = s.lon[i], day = s.dayStart[i];
        if (lat < south || lat > north || lon < west || lon > east || day < starts[0]) continue;
        const k = bucket === "day" ? day - base : bucket === "week" ? Math.floor((day - base) / 7) : monthIndex(day) - base;
        if (k >= starts.length) continue;
        counts[k]++;
        if (s.killed[i] > 0) killed[k] += s.killed[i];
      }
    }
    return { bucket, starts, counts, killed };
  }

  // --- drawing

  _x(day, domain, width) {
    return ((day - domain.first) / (domain.last + 1 - domain.first)) * width;
  }

  _day(x, domain, width) {
    return Math.round(domain.first + (x / width) * (domain.last + 1 - domain.first));
  }

  draw() {
    const canvas = this.canvas, dpr = window.devicePixelRatio || 1;
    const width = canvas.clientWidth, height = HEIGHT;
    if (!width) return;
    if (canvas.width !== Math.round(width * dpr)) canvas.width = Math.round(width * dpr);
    if (canvas.height !== Math.round(height * dpr)) canvas.height = Math.round(height * dpr);
    const ctx = canvas.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const domain = this.domain(), w = this.app.window, plot = height - AXIS;
    const from = w.from ?? domain.first, to = w.to ?? domain.last;
    const h = this.histogram;
    if (h && h.starts.length) {
      let maxCount = 1, maxKilled = 1;
      for (let k = 0; k < h.counts.length; k++) { maxCount = Math.max(maxCount, h.counts[k]); maxKilled = Math.max(maxKilled, h.killed[k]); }
      for (let k = 0; k < h.starts.length; k++) {
        const end = nextBucket(h.starts[k], h.bucket);
        const x0 = this._x(h.starts[k], domain, width), x1 = this._x(end, domain, width);
        const bar = (h.counts[k] / maxCount) * (plot - 6);
        ctx.fillStyle = end - 1 >= from && h.starts[k] <= to ? "#2c5d8a" : "#a9b8c6";
        ctx.fillRect(x0, plot - bar, Math.max(1, x1 - x0 - (x1 - x0 > 3 ? 1 : 0)), bar);
      }
      ctx.beginPath();
      for (let k = 0; k < h.starts.length; k++) {
        const x = (this._x(h.starts[k], domain, width) + this._x(nextBucket(h.starts[k], h.bucket), domain, width)) / 2;
        const y = plot - (h.killed[k] / maxKilled) * (plot - 6);
        if (k === 0) ctx.moveTo(x, y); else ctx.lineTo(x, y);
      }
      ctx.strokeStyle = "#b03a2e";
      ctx.lineWidth = 1.5;
      ctx.stroke();
      this.scaleLabel.textContent = `bars: events (max ${maxCount} per ${h.bucket}) · line: killed (max ${maxKilled})`;
    }
    this._drawAxis(ctx, domain, width, plot);
    // The window: a frame with handles; outside it, a veil.
    const x0 = this._x(from, domain, width), x1 = this._x(to + 1, domain, width);
    ctx.fillStyle = "rgba(255,255,255,0.55)";
    ctx.fillRect(0, 0, x0, plot);
    ctx.fillRect(x1, 0, width - x1, plot);
    ctx.strokeStyle = "#0b5cad";
    ctx.lineWidth = 2;
    ctx.strokeRect(x0 + 1, 1, Math.max(2, x1 - x0 - 2), plot - 2);
    ctx.fillStyle = "#0b5cad";
    ctx.fillRect(x0 - 2, plot / 2 - 10, 5, 20);
    ctx.fillRect(x1 - 3, plot / 2 - 10, 5, 20);
    const label = w.from === null && w.to === null ? `All dates (${formatDayRange(domain.first, domain.last)})` : formatDayRange(from, to);
    this.windowLabel.textContent = label;
    this.canvas.setAttribute("aria-valuetext", label);
  }

  _drawAxis(ctx, domain, width, plot) {
    ctx.fillStyle = "#4d5b69";
    ctx.font = "11px system-ui, sans-serif";
    ctx.textBaseline = "top";
    ctx.textAlign = "center";
    const span = domain.last - domain.first;
    const step = span <= 14 ? "day" : span <= 120 ? "week" : span <= 1500 ? "month" : "year";
    let lastX = -Infinity;
    for (let d = bucketStart(domain.first, step === "year" ? "month" : step); d <= domain.last + 1;
      d = nextBucket(d, step === "year" ? "month" : step)) {
      if (step === "year" && monthIndex(d) % 12 !== 0) continue;
      const x = this._x(d, domain, width);
      if (x - lastX < 70 || x < 0) continue;
      lastX = x;
      ctx.fillRect(x, plot, 1, 4);
      const text = step === "year" ? formatDay(d).slice(-4) : formatDay(d).replace(/ \d{4}$/, "");
      ctx.fillText(text, Math.min(Math.max(x, 16), width - 16), plot + 3);
    }
  }

  // --- gestures

  _hitWindow(x, domain, width) {
    const w = this.app.window;
    const x0 = this._x(w.from ?? domain.first, domain, width), x1 = this._x((w.to ?? domain.last) + 1, domain, width);
    if (Math.abs(x - x0) <= EDGE_PX) return "start";
    if (Math.abs(x - x1) <= EDGE_PX) return "end";
    return x > x0 && x < x1 ? "move" : "new";
  }

  _onPointerHover(e) {
    if (this._drag) return;
    const mode = this._hitWindow(e.offsetX, this.domain(), this.canvas.clientWidth);
    this.canvas.style.cursor = mode === "start" || mode === "end" ? "ew-resize" : mode === "move" ? "grab" : "crosshair";
  }

  _onPointerDown(e) {
    this.pause();
    const domain = this.domain(), width = this.canvas.clientWidth, w = this.app.window;
    const mode = this._hitWindow(e.offsetX, domain, width);
    const from = w.from ?? domain.first, to = w.to ?? domain.last, grabbed = this._day(e.offsetX, domain, width);
    this._drag = { mode, from, to, grabbed, moved: false };
    this.canvas.setPointerCapture(e.pointerId);
    const move = (ev) => {
      const day = Math.max(domain.first, Math.min(domain.last, this._day(ev.offsetX, domain, width)));
      const d = this._drag;
      d.moved = d.moved || day !== d.grabbed;
      let next;
      if (d.mode === "move") {
        const shift = Math.max(domain.first - d.from, Math.min(domain.last - d.to, day - d.grabbed));
        next = [d.from + shift, d.to + shift];
      } else if (d.mode === "start") next = [Math.min(day, d.to), d.to];
      else if (d.mode === "end") next = [d.from, Math.max(day, d.from)];
      else next = [Math.min(day, d.grabbed), Math.max(day, d.grabbed)];
      this.app.previewTimeWindow(next[0], next[1]);
    };
    const up = () => {
      this.canvas.removeEventListener("pointermove", move);
      this.canvas.removeEventListener("pointerup", up);
      this.canvas.removeEventListener("pointercancel", up);
      const d = this._drag;
      this._drag = null;
      if (!d.moved && d.mode === "new") {
        // A click beside the window moves the window there.
        const half = Math.floor((d.to - d.from) / 2);
        this.app.previewTimeWindow(d.grabbed - half, d.grabbed - half + (d.to - d.from));
      }
      this.commit();
    };
    this.canvas.addEventListener("pointermove", move);
    this.canvas.addEventListener("pointerup", up);
    this.canvas.addEventListener("pointercancel", up);
  }

  _onKey(e) {
    const domain = this.domain(), w = this.app.window;
    let from = w.from ?? domain.first, to = w.to ?? domain.last;
    const step = this.bucket() === "month" ? 30 : this.bucket() === "week" ? 7 : 1;
    const keys = {
      ArrowLeft: () => (e.shiftKey ? (to = Math.max(from, to - step)) : ((from -= step), (to -= step))),
      ArrowRight: () => (e.shiftKey ? (to += step) : ((from += step), (to += step))),
      Home: () => { to = domain.first + (to - from); from = domain.first; },
      End: () => { from = domain.last - (to - from); to = domain.last; },
    };
    if (!keys[e.key]) return;
    e.preventDefault();
    keys[e.key]();
    this.app.previewTimeWindow(from, to);
    this.commit();
  }

  /** Write the shown window into the state (URL, history). */
  commit() {
    const w = this.app.window;
    this.store.set({ start: isoFromDay(w.from), end: isoFromDay(w.to), last: "" });
  }

  // --- playing

  togglePlay() { if (this.playing) this.pause(); else this.play(); }

  play() {
    const domain = this.domain(), w = this.app.window;
    let from = w.from ?? domain.first, to = w.to ?? domain.last;
    if (to - from >= (domain.last - domain.first) * 0.9 || to >= domain.last) {
      // Nothing left to play through: start over with a window a tenth of the axis wide.
      const width = Math.max(1, Math.round((domain.last - domain.first) / 10));
      from = domain.first;
      to = domain.first + width;
    }
    this.playing = true;
    this.playButton.textContent = "❚❚ Pause";
    this.playButton.setAttribute("aria-label", "Pause");
    let position = from, last = performance.now();
    const daysPerBucket = this.bucket() === "month" ? 30.4 : this.bucket() === "week" ? 7 : 1;
    const width = to - from;
    const frame = (now) => {
      if (!this.playing) return;
      position += ((now - last) / 1000) * this.speed * daysPerBucket;
      last = now;
      const start = Math.min(Math.round(position), domain.last - width);
      this.app.previewTimeWindow(start, start + width);
      if (start >= domain.last - width) { this.pause(); return; }
      this._frame = requestAnimationFrame(frame);
    };
    this.app.previewTimeWindow(from, to);
    this._frame = requestAnimationFrame(frame);
  }

  pause() {
    if (!this.playing) return;
    this.playing = false;
    cancelAnimationFrame(this._frame);
    this.playButton.textContent = "▶ Play";
    this.playButton.setAttribute("aria-label", "Play the time window");
    this.commit();
  }
}
