// Dates as whole days since 1970-01-01 (UTC): what the API's dates are, and cheap to compare.
const DAY_MS = 86_400_000;

export function dayFromISO(text) {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}

export function isoFromDay(day) {
  return day === null || day === undefined ? "" : new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function today() {
  return Math.floor(Date.now() / DAY_MS);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "3 Jun 2017" */
export function formatDay(day) {
  if (day === null || day === undefined) return "unknown date";
  const d = new Date(day * DAY_MS);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "3 Jun 2017" or "31 May – 1 Jun 2017" */
export function formatDayRange(first, last) {
  if (first === null || first === undefined) return "unknown date";
  if (last === null || last === undefined || last === first) return formatDay(first);
  return `${formatDay(first)} – ${formatDay(last)}`;
}

/** The first day of the week (Monday) or month holding `day`. */
export function bucketStart(day, bucket) {
  if (bucket === "week") return day - ((day + 3) % 7); // 1970-01-01 was a Thursday
  if (bucket === "month") {
    const d = new Date(day * DAY_MS);
    return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
  }
  return day;
}

/** The first day of the bucket after the one starting at `start`. */
export function nextBucket(start, bucket) {
  if (bucket === "week") return start + 7;
  if (bucket === "month") {
    const d = new Date(start * DAY_MS);
    return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
  }
  return start + 1;
}
