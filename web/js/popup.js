// The popup of one event: what happened, when, who, how many, where, how sure, and the sentences of the
// reports behind each figure with the words highlighted. Built from DOM nodes: report text stays text.
import { el, safeLink } from "./dom.js";
import { dayFromISO, formatDayRange } from "./days.js";
import { DATE_PRECISION, precisionInfo, typeColor, typeIndex } from "./style.js";

const FIELD_LABELS = {
  event_type: "type", sub_event_type: "type", actor1: "actor", actor2: "actor", killed: "killed",
  wounded: "wounded", date: "date", date_start: "date", date_end: "date", location: "place",
};

/** "12 (10–15)" when low, best and high differ; "12" when they agree; null when nothing is known. */
function formatCount(low, best, high) {
  if (best === null || best === undefined) {
    if (low !== null && low !== undefined) return `at least ${low}`;
    return null;
  }
  const range = [low ?? best, high ?? best];
  return range[0] === best && range[1] === best ? String(best) : `${best} (${range[0]}–${range[1]})`;
}

/** Spans of one report's evidence as [{field, start, end}], whichever way they were stored. */
function evidenceSpans(evidence) {
  const spans = [];
  const add = (field, span) => {
    if (span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.end > span.start) {
      spans.push({ field, start: span.start, end: span.end });
    }
  };
  for (const [field, value] of Object.entries(evidence || {})) {
    if (Array.isArray(value)) value.forEach((span) => add(field, span));
    else add(field, value);
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The sentences holding the spans: [{start, end, spans}], neighbouring spans sharing one sentence. */
function evidenceSentences(text, spans) {
  const sentences = [];
  for (const span of spans) {
    if (span.end > text.length) continue;
    let start = span.start;
    while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
    let end = span.end;
    while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
    if (end < text.length && text[end] !== "\n") end++;
    const last = sentences[sentences.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.spans.push(span);
    } else {
      sentences.push({ start, end, spans: [span] });
    }
  }
  return sentences;
}

/** A sentence as a <blockquote> with a <mark> around each span's words. */
function sentenceNode(text, sentence) {
  const quote = el("blockquote", { class: "evidence" });
  let at = sentence.start;
  for (const span of sentence.spans) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue; // overlaps the previous span: already marked
    quote.append(text.slice(at, start).replace(/^\s+/, at === sentence.start ? "" : " "));
    quote.append(el("mark", { title: FIELD_LABELS[span.field] || span.field, dataset: { field: span.field } },
      text.slice(start, span.end)));
    at = span.end;
  }
  quote.append(text.slice(at, sentence.end).trimEnd());
  return quote;
}

function row(label, ...value) {
  return [el("dt", {}, label), el("dd", {}, ...value)];
}

export function popupContent(event) {
  const p = event.properties;
  const precision = precisionInfo(p.location_precision);
  const dateText = formatDayRange(dayFromISO(p.date_start), dayFromISO(p.date_end));
  const killed = formatCount(p.killed_low, p.killed, p.killed_high);
  const wounded = formatCount(p.wounded_low, p.wounded, p.wounded_high);
  const guessed = new Set(p.inferred || []);
  const guess = (field) => (guessed.has(field) ? el("span", { class: "guess", title: "no evidence in the text: inferred" }, " (inferred)") : null);
  const place = [p.location, p.admin1, p.country_code].filter(Boolean).join(", ") || "unknown place";

  const details = el("dl", { class: "event-facts" },
    row("Date", dateText, el("span", { class: "muted" }, ` (${DATE_PRECISION[p.date_precision] || "precision unknown"})`), guess("date_start")),
    row("Actors", p.actor1 || "unknown", p.actor2 ? [" → ", p.actor2] : null, guess("actor1")),
    row("Killed", killed ?? "not reported",
      p.killed_civilians ? el("span", { class: "muted" }, `, ${p.killed_civilians} civilians`) : null, guess("killed")),
    row("Wounded", wounded ?? "not reported", guess("wounded")),
    row("Place", place, el("span", { class: "muted" }, ` (${precision.label})`), guess("location")),
  );

  const sources = p.sources || [];
  const evidence = el("div", { class: "evidence-list" });
  sources.forEach((source, k) => {
    const spans = evidenceSpans(Object.keys(source.evidence || {}).length ? source.evidence : k === 0 ? p.evidence : {});
    for (const sentence of evidenceSentences(source.text || "", spans)) evidence.append(sentenceNode(source.text, sentence));
  });

  const links = el("ul", { class: "sources" }, sources.map((source) => el("li", {},
    safeLink(source.url, source.title || source.url || `Report ${source.report_id}`),
    source.source || source.published_at
      ? el("span", { class: "muted" }, ` — ${[source.source, (source.published_at || "").slice(0, 10)].filter(Boolean).join(", ")}`)
      : null)));

  // Focusable (not in the tab order): the list moves focus here when it opens the popup.
  return el("article", { class: "event-popup", "aria-label": "Event details", tabindex: "-1" },
    el("h2", {}, el("span", { class: "swatch", style: `background:${typeColor(typeIndex(p.event_type))}` }),
      p.sub_event_type || p.event_type),
    el("p", { class: "muted type-line" }, p.event_type),
    details,
    evidence.childElementCount ? [el("h3", {}, "Evidence"), evidence] : null,
    el("h3", {}, sources.length === 1 ? "Source" : `Sources (${sources.length})`),
    links,
  );
}
