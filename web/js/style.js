// How an event looks: colour by ACLED event type, size by fatalities, outline by location precision.

export const EVENT_TYPES = [
  { name: "Battles", color: "#c0392b",
    sub: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"] },
  { name: "Explosions/Remote violence", color: "#e67e22",
    sub: ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
          "Remote explosive/landmine/IED", "Grenade"] },
  { name: "Violence against civilians", color: "#8e44ad",
    sub: ["Sexual violence", "Attack", "Abduction/forced disappearance"] },
  { name: "Protests", color: "#2471a3",
    sub: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"] },
  { name: "Riots", color: "#1e8449", sub: ["Violent demonstration", "Mob violence"] },
  { name: "Strategic developments", color: "#5d6d7e",
    sub: ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
          "Headquarters or base established", "Looting/property destruction",
          "Non-violent transfer of territory", "Other"] },
];
const UNKNOWN_TYPE_COLOR = "#7f7f7f";

export function typeIndex(name) {
  return EVENT_TYPES.findIndex((t) => t.name === name);
}

export function typeColor(index) {
  return index >= 0 && index < EVENT_TYPES.length ? EVENT_TYPES[index].color : UNKNOWN_TYPE_COLOR;
}

/** Radius in pixels: area grows with the death toll (sqrt), so 100 dead is not 100 times wider than 1. */
export function radiusForKilled(killed) {
  return killed > 0 ? Math.min(4 + 2.2 * Math.sqrt(killed), 30) : 4;
}

/** Cluster radius: grows with the log of how many events it holds. */
export function radiusForCluster(count) {
  return 11 + 5 * Math.log10(count);
}

// UCDP where_prec. `uncertaintyKm` is roughly how far the true place may be from the point; `solid`
// events are drawn filled, the others as rings so an admin-area centroid never passes for a village.
const LOCATION_PRECISION = {
  1: { label: "exact place", uncertaintyKm: 0, solid: true },
  2: { label: "within ~25 km", uncertaintyKm: 25, solid: true },
  3: { label: "district (admin 2)", uncertaintyKm: 50, solid: false },
  4: { label: "province (admin 1)", uncertaintyKm: 150, solid: false },
  5: { label: "named region", uncertaintyKm: 200, solid: false },
  6: { label: "country", uncertaintyKm: 400, solid: false },
  7: { label: "waters or airspace", uncertaintyKm: 200, solid: false },
};

export function precisionInfo(code) {
  return LOCATION_PRECISION[code] || { label: "precision unknown", uncertaintyKm: 0, solid: false };
}

// UCDP date_prec.
export const DATE_PRECISION = {
  1: "exact day", 2: "within 2–6 days", 3: "within a week", 4: "within a month", 5: "longer than a month",
};
