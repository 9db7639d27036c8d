// The list beside the map: the events in view and in the time window, newest first, in step with the map.
// Hovering or focusing an item rings its event on the map; choosing it opens its popup.
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
    container.append(this.heading, this.items, this.more);
    const update = debounce(() => this.update(), 120);
    app.addEventListener("data", () => this.update());
    for (const name of ["view", "window"]) app.addEventListener(name, update);
    app.store.subscribe((state, changed) => { if (changed.has("event")) this._markSelected(); });
    this.items.addEventListener("mouseleave", () => app.layer.setHighlight(-1));
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
    this.items.replaceChildren(...indexes.slice(0, SHOWN).map((i) => this._item(i)));
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
    button.addEventListener("click", () => this.app.select(e.id));
    return el("li", {}, button);
  }

  _markSelected() {
    const selected = String(this.app.store.state.event);
    for (const button of this.items.querySelectorAll("button")) {
      if (button.dataset.id === selected) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
  }
}
