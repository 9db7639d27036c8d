// The "Embed" button: the iframe code of the current view, with the embed's options.
import { el } from "./dom.js";
import { stateToQuery } from "./state.js";

function embedUrl(state, { legend, timeline, popups }) {
  const params = stateToQuery({ ...state, event: null });
  if (!legend) params.set("legend", "0");
  if (!timeline) params.set("timeline", "0");
  if (!popups) params.set("popups", "0");
  return `${location.origin}/embed?${params}`;
}

function iframeCode(url, width, height) {
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return `<iframe src="${escape(url)}" width="${width}" height="${height}" style="border:0" ` +
    `title="Map of conflict events" loading="lazy" allowfullscreen></iframe>`;
}

export function embedButton(store) {
  const checkbox = (name, label) => el("label", { class: "check" }, el("input", { type: "checkbox", name, checked: true }), label);
  const options = el("fieldset", { class: "embed-options" }, el("legend", {}, "Show"),
    checkbox("legend", "Legend"), checkbox("timeline", "Timeline"), checkbox("popups", "Popups"));
  const width = el("input", { type: "text", name: "width", value: "100%", size: "6" });
  const height = el("input", { type: "number", name: "height", value: "480", min: "150", step: "10" });
  const code = el("textarea", { readonly: true, rows: "4", class: "embed-code", "aria-label": "Embed code" });
  const preview = el("a", { target: "_blank", rel: "noopener" }, "Open the embed");
  const copy = el("button", { type: "button" }, "Copy code");
  const close = el("button", { type: "button", value: "close" }, "Close");
  const dialog = el("dialog", { class: "embed-dialog", "aria-labelledby": "embed-title" },
    el("h2", { id: "embed-title" }, "Embed this view"),
    el("p", { class: "muted" }, "Paste this into a web page: it shows this map, time window and filters."),
    options, el("div", { class: "embed-size" }, el("label", {}, "Width ", width), el("label", {}, "Height (px) ", height)),
    code, el("div", { class: "dialog-actions" }, copy, preview, close));
  const refresh = () => {
    const url = embedUrl(store.state, Object.fromEntries(
      [...options.querySelectorAll("input")].map((input) => [input.name, input.checked])));
    code.value = iframeCode(url, width.value || "100%", height.value || "480");
    preview.href = url;
  };
  dialog.addEventListener("input", refresh);
  copy.addEventListener("click", async () => {
    code.select();
    try { await navigator.clipboard.writeText(code.value); } catch { document.execCommand("copy"); }
    copy.textContent = "Copied";
    setTimeout(() => { copy.textContent = "Copy code"; }, 1500);
  });
  close.addEventListener("click", () => dialog.close());
  const button = el("button", { type: "button", "aria-haspopup": "dialog" }, "Embed");
  button.addEventListener("click", () => { refresh(); dialog.showModal(); code.focus(); code.select(); });
  document.body.append(dialog);
  return button;
}
