/**
 * Feed dates: RFC 822 in RSS (written by hand in many CMSs, so with every variation imaginable),
 * ISO 8601 in Atom, JSON Feed and dc:date. `Date.parse` alone is not enough: it rejects "GMT+1",
 * guesses local time for zone-less dates, and differs between engines.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Named zones seen in feeds, in minutes east of UTC. Ambiguous names (IST, CST in China) take the common reading. */
const ZONE_MINUTES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  wet: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  ast: -240,
  adt: -180,
  nst: -210,
  ndt: -150,
  bst: 60,
  ist: 330,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  west: 60,
  eet: 120,
  eest: 180,
  msk: 180,
  sgt: 480,
  hkt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  acst: 570,
  acdt: 630,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
};

/** "Tue, 5 Apr 2022 10:00:00 GMT+1": optional weekday, day, month name, year, optional time, optional zone. */
const RFC822 =
  /^(?:[a-z]+\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([a-z]{3,})\.?,?[\s\-/]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(.*)$/i;

/** ISO 8601 / RFC 3339, tolerating a space instead of "T" and a missing zone (taken as UTC). */
const ISO8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Offset of a zone designator in minutes east of UTC; unknown text counts as UTC, null when malformed. */
function zoneOffset(zone: string): number | null {
  const z = zone
    .trim()
    .replace(/^\(|\)$/g, '')
    .toLowerCase();
  if (z === '') return 0;
  const named = ZONE_MINUTES[z];
  if (named !== undefined) return named;
  // "+0100", "-05:00", "GMT+1", "UTC-05:30", "+1": optional UT/UTC/GMT prefix, sign, hours, optional minutes.
  const numeric = /^(?:gmt|utc|ut)?\s*([+-])(\d{1,2})(?::?(\d{2}))?\b/.exec(z);
  if (numeric) {
    const [, sign, h, m] = numeric;
    const minutes = Number(h) * 60 + Number(m ?? 0);
    if (minutes > 18 * 60) return null;
    return sign === '-' ? -minutes : minutes;
  }
  // A zone name in parentheses after a numeric one ("+0000 (UTC)") or one we do not know: read as UTC.
  return /^[a-z]{1,5}$/.test(z) ? 0 : null;
}

/** Days in a month (0-based) of a year: "31 Feb" is no date, not 3 March. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function fromParts(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number): number | null {
  if (mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null;
  if (d > daysInMonth(y, mo)) return null;
  if (y < 1900 || y > 2200) return null;
  const ms = Date.UTC(y, mo, d, h, mi, s) - offset * 60_000;
  return Number.isFinite(ms) ? ms : null;
}

function parseRfc822(value: string): number | null {
  const m = RFC822.exec(value);
  if (!m) return null;
  const [, day, monthName = '', yearText = '', h, mi, s, zone] = m;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  if (month < 0) return null;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffset(zone ?? '');
  if (offset === null) return null;
  return fromParts(year, month, Number(day), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), offset);
}

function parseIso8601(value: string): number | null {
  const m = ISO8601.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const offset = zoneOffset(zone ?? '');
  if (offset === null) return null;
  const base = fromParts(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), offset);
  if (base === null) return null;
  return base + (frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0);
}

/** "Month D, YYYY" (the fallback's usual form) naming a day past the end of its month. */
function namesImpossibleDay(text: string): boolean {
  const m = /\b([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b,?\s+(\d{4})\b/i.exec(text);
  if (!m) return false;
  const [, monthName = '', day, year] = m;
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  return month >= 0 && Number(day) > daysInMonth(Number(year), month);
}

/**
 * How far ahead of the fetch a feed's date may be and still be believed: a day covers every time zone and a
 * publisher's clock running a little fast. Anything later is a mistake or a trick (a date in 2200 would never
 * age out and would push real stories out when the store is full), so the item counts as undated.
 */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

/** A feed item's date when it is believable at `now`; null (so the fetch time is used, flagged) when too far ahead. */
export function believableDate(published: number | null, now: number): number | null {
  return published !== null && published > now + MAX_FUTURE_MS ? null : published;
}

/**
 * Parses a date as feeds write it (RFC 822 with its many real-world variants, ISO 8601, dc:date)
 * into epoch milliseconds. Returns null when the value is missing or cannot be read: a wrong date
 * is worse than none, because stories are ranked by time.
 */
export function parseFeedDate(value: string | null | undefined): number | null {
  const text = value?.trim().replace(/\s+/g, ' ');
  // Dates are short; anything long is not one (and would only make the patterns below work harder).
  if (!text || text.length > 100) return null;
  const parsed = parseIso8601(text) ?? parseRfc822(text);
  if (parsed !== null) return parsed;
  // A date in one of the two forms that still did not read (31 Feb, month 13) is wrong, not another form.
  if (ISO8601.test(text) || RFC822.test(text)) return null;
  // Last resort for forms like "April 5, 2022 10:00 GMT"; only accepted when the engine reads it, and not
  // when it names a day its month does not have (engines roll "February 31" over into March).
  const fallback = Date.parse(text);
  if (!Number.isFinite(fallback) || namesImpossibleDay(text)) return null;
  const year = new Date(fallback).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? fallback : null;
}
