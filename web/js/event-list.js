// The list beside the map: the events in view and in the time window, newest first, in step with the map.
// Hovering or focusing an item rings its event on the map; choosing it opens its popup and moves focus into
// it, and closing the popup (Escape, its ×) brings focus back to the item: the keyboard's way to the map's
// canvas symbols, which are not focusable themselves.
import { el, debounce } from "./dom.js";
import { formatDayRange } from "./days.js";
import { typeColor } from "./style.js";
import { MAX_POINTS } from "./data.js";

const SHOWN = 200; // more than anyone scrolls through; the count says how many there are

export class EventList {
  constructor(app, container) {
    this.app = app;
    this.heading = el("h2", { class: "list-heading", "aria-live": "polite" }, "Events in view");
    this.items = el("ol", { class: "event-items" });
    this.more = el("p", { class: "muted list-more" });
    this.hint = el("p", { class: "muted list-hint", id: "event-list-hint" },
      "Enter on an event opens its details on the map; Escape there comes back here.");
    this.items.setAttribute("aria-describedby", this.hint.id);
    this.returnFocusTo = null; // the id of the item whose popup was opened from the list
    container.append(this.heading, this.hint, this.items, this.more);
    const update = debounce(() => this.update(), 120);
    app.addEventListener("data", () => this.update());
    for (const name of ["view", "window"]) app.addEventListener(name, update);
    app.store.subscribe((state, changed) => { if (changed.has("event")) this._markSelected(); });
    this.items.addEventListener("mouseleave", () => app.layer.setHighlight(-1));
    app.addEventListener("popupopen", () => this._focusPopup());
    app.addEventListener("popupclose", (e) => this._returnFocus(e.detail.focusWasInside));
    this.items.addEventListener("focusout", (e) => { if (!this.items.contains(e.relatedTarget)) app.layer.setHighlight(-1); });
  }

  update() {
    const app = this.app, s = app.events;
    if (!s) {
      // The grid's view holds more events than the map loads: they are listed once the view holds fewer.
      this.heading.textContent = app.gridCount !== null
        ? `Too many events in view to list (more than ${MAX_POINTS.toLocaleString("en")}; `
          + `${app.gridCount.toLocaleString("en")} in the time window): zoom in or filter`
        : "Events in view";
      this.items.replaceChildren();
      this.more.textContent = "";
      return;
    }
    let indexes = app.indexesInView();
    const total = indexes.length;
    if (total > SHOWN) {
      // Only the newest SHOWN are listed: find the day they start from with a typed-array sort (fast), and
      // sort only the events from that day on.
      const days = Int32Array.from(indexes, (i) => s.dayStart[i]).sort();
      const since = days[total - SHOWN];
      indexes = indexes.filter((i) => s.dayStart[i] >= since);
    }
    indexes.sort((a, b) => s.dayStart[b] - s.dayStart[a] || s.killed[b] - s.killed[a]);
    this.heading.textContent = `${total.toLocaleString("en")} event${total === 1 ? "" : "s"} in view`;
    // A keyboard reader on an item keeps it when the list is drawn again (the map settling after the first
    // events, a pan): focus left on a removed button falls to the page, and Enter then opens nothing.
    const focused = this.items.contains(document.activeElement) ? document.activeElement.dataset.id : undefined;
    this.items.replaceChildren(...indexes.slice(0, SHOWN).map((i) => this._item(i)));
    if (focused !== undefined) this.items.querySelector(`.event-item[data-id="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
    this.more.textContent = total > SHOWN ? `and ${(total - SHOWN).toLocaleString("en")} more: zoom in or narrow the window` : "";
    this._markSelected();
  }

  _item(i) {
    const e = this.app.events.summary(i);
    const casualties = [e.killed !== null ? `${e.killed} killed` : null, e.wounded ? `${e.wounded} wounded` : null].filter(Boolean).join(", ");
    const button = el("button", { type: "button", class: "event-item", dataset: { id: e.id } },
      el("span", { class: "swatch", style: `background:${typeColor(e.type)}`, "aria-hidden": "true" }),
      el("span", { class: "item-text" },
        el("strong", {}, e.subType || e.typeName), " — ", e.place,
        el("br"), el("span", { class: "muted" }, formatDayRange(e.dayStart, e.dayEnd), casualties ? ` · ${casualties}` : "")));
    const highlight = () => this.app.layer.setHighlight(i);
    button.addEventListener("mouseenter", highlight);
    button.addEventListener("focus", highlight);
    button.addEventListener("click", () => {
      this.returnFocusTo = e.id;
      if (this.app.store.state.event === e.id && this.app.popup?.isOpen()) this._focusPopup(); // already open
      else this.app.select(e.id);
    });
    return el("li", {}, button);
  }

  /** The popup of the item just chosen takes focus, so that a screen reader reads it and Tab walks its links. */
  _focusPopup() {
    if (this.returnFocusTo === null || String(this.app.store.state.event) !== String(this.returnFocusTo)) {
      this.returnFocusTo = null; // opened from the map or a URL: focus stays where it is
      return;
    }
    this.app.popup?.getElement()?.querySelector(".event-popup")?.focus({ preventScroll: true });
  }

  _returnFocus(focusWasInside) {
    const id = this.returnFocusTo;
    this.returnFocusTo = null;
    if (id === null || !focusWasInside) return;
    const button = this.items.querySelector(`button[data-id="${CSS.escape(String(id))}"]`);
    (button || this.items.closest("[tabindex]") || this.items).focus({ preventScroll: !button });
  }

  _markSelected() {
    const selected = String(this.app.store.state.event);
    for (const button of this.items.querySelectorAll("button")) {
      if (button.dataset.id === selected) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
  }
}
