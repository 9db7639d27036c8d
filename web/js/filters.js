// The filters: event type and sub-type, actor, country, minimum fatalities, words in the reports, dates.
// Each control reads and writes one key of the state; the map reloads when the state changes.
import { loadChoices } from "./data.js";
import { el, debounce } from "./dom.js";
import { EVENT_TYPES } from "./style.js";

function field(label, control, className = "") {
  return el("label", { class: `field ${className}` }, el("span", { class: "field-label" }, label), control);
}

export class Filters {
  constructor(store, container) {
    this.store = store;
    this.type = el("select", { name: "type" }, el("option", { value: "" }, "All types"),
      EVENT_TYPES.map((t) => el("option", { value: t.name }, t.name)));
    this.subType = el("select", { name: "sub_type" });
    // Suggestions from the events themselves (names as the coders wrote them), filled once loaded.
    this.actorChoices = el("datalist", { id: "actor-choices" });
    this.countryChoices = el("datalist", { id: "country-choices" });
    this.actor = el("input", { name: "actor", type: "search", placeholder: "e.g. Islamic State", autocomplete: "off",
      list: "actor-choices" });
    this.country = el("input", { name: "country", type: "text", placeholder: "SY", maxlength: "2", size: "3",
      pattern: "[A-Za-z]{2}", title: "two-letter ISO country code", autocomplete: "off", list: "country-choices" });
    this.minFatalities = el("input", { name: "min_fatalities", type: "number", min: "0", step: "1", placeholder: "0", inputmode: "numeric" });
    this.q = el("input", { name: "q", type: "search", placeholder: "words in the reports", autocomplete: "off" });
    this.start = el("input", { name: "start", type: "date" });
    this.end = el("input", { name: "end", type: "date" });
    const reset = el("button", { type: "reset" }, "Clear");
    this.form = el("form", { class: "filters", role: "search", "aria-label": "Filter events" },
      field("Type", this.type), field("Sub-type", this.subType), field("Actor", this.actor), field("Country", this.country, "narrow"),
      field("Min. killed", this.minFatalities, "narrow"), field("Reports mention", this.q),
      field("From", this.start), field("To", this.end), reset);
    const details = el("details", { class: "filters-box" }, el("summary", {}, "Filters"), this.form,
      this.actorChoices, this.countryChoices);
    details.open = window.matchMedia("(min-width: 801px)").matches;
    container.append(details);

    const commitText = debounce(() => this._commit(), 450);
    this.form.addEventListener("submit", (e) => { e.preventDefault(); this._commit(); });
    this.form.addEventListener("change", () => this._commit());
    for (const input of [this.actor, this.q, this.minFatalities, this.country]) input.addEventListener("input", commitText);
    this.type.addEventListener("change", () => { this._fillSubTypes(); });
    reset.addEventListener("click", (e) => {
      e.preventDefault();
      store.set({ type: "", sub_type: "", actor: "", country: "", min_fatalities: "", q: "", start: "", end: "", last: "" });
    });
    store.subscribe(() => this.show(store.state));
    this.show(store.state);
    this._fillChoices();
  }

  async _fillChoices() {
    const { actors, countries } = await loadChoices();
    this.actorChoices.replaceChildren(...actors.map((a) => el("option", { value: a.name }, `${a.events} events`)));
    this.countryChoices.replaceChildren(...countries.map((c) => el("option", { value: c.code }, `${c.events} events`)));
  }

  _fillSubTypes() {
    const types = this.type.value ? EVENT_TYPES.filter((t) => t.name === this.type.value) : EVENT_TYPES;
    const current = this.subType.value || this.store.state.sub_type;
    this.subType.replaceChildren(el("option", { value: "" }, "All sub-types"),
      types.map((t) => el("optgroup", { label: t.name }, t.sub.map((s) => el("option", { value: s }, s)))));
    this.subType.value = types.some((t) => t.sub.includes(current)) ? current : "";
  }

  /** Show the state in the controls (on start, and when back/forward changes it). */
  show(state) {
    const set = (input, value) => { if (document.activeElement !== input) input.value = value ?? ""; };
    this.type.value = state.type;
    this._fillSubTypes();
    this.subType.value = state.sub_type;
    set(this.actor, state.actor);
    set(this.country, state.country);
    set(this.minFatalities, state.min_fatalities);
    set(this.q, state.q);
    set(this.start, state.last ? "" : state.start);
    set(this.end, state.last ? "" : state.end);
  }

  _commit() {
    if (!this.country.checkValidity() || !this.minFatalities.checkValidity()) return;
    const patch = {
      type: this.type.value, sub_type: this.subType.value, actor: this.actor.value.trim(),
      country: this.country.value.trim().toUpperCase(), min_fatalities: this.minFatalities.value, q: this.q.value.trim(),
    };
    const start = this.start.value, end = this.end.value;
    if (start !== (this.store.state.last ? "" : this.store.state.start) || end !== (this.store.state.last ? "" : this.store.state.end)) {
      Object.assign(patch, { start, end, last: "" });
    }
    this.store.set(patch);
  }
}
