/**
 * Publication dates as pages write them, reduced to one ISO 8601 form.
 *
 * Pages write dates in many shapes: full ISO with or without an offset ("+01:00", "+0100", "Z"), a space instead
 * of "T", six-digit fractions, bare dates, RFC 2822 ("Fri, 24 Jul 2015 05:36:09 GMT") and epoch seconds.
 */

// Year, month, day; then optionally time, fraction and offset. Separator "T" or a space.
const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

// Dates outside this window are typos or placeholders ("0000-00-00", "1970-01-01" from a zero timestamp).
const MIN_YEAR = 1980;
const MAX_YEAR = 2100;

/**
 * Normalise a date string from a page to an ISO 8601 UTC timestamp (`Date#toISOString` form), or null when it is
 * missing, unparseable or implausible. Date-times without an offset are read as UTC: the page gives no zone, and a
 * fixed reading keeps the result the same on every machine.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const millis = parseIsoLike(value) ?? parseEpoch(value) ?? parseOther(value);
  if (millis === null || !Number.isFinite(millis)) return null;
  const date = new Date(millis);
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return date.toISOString();
}

function parseIsoLike(value: string): number | null {
  const m = ISO_LIKE.exec(value);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', offset = ''] = m;
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  // Reject impossible fields instead of letting Date.UTC roll them over into another day.
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const ms = Number(frac.slice(0, 3).padEnd(3, '0'));
  const utc = Date.UTC(Number(y), month - 1, day, hour, minute, second, ms);
  if (new Date(utc).getUTCDate() !== day) return null; // 31 April and the like
  return utc - offsetMinutes(offset) * 60_000;
}

function offsetMinutes(offset: string): number {
  if (!offset || offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4) || '0');
  return sign * (hours * 60 + minutes);
}

function parseEpoch(value: string): number | null {
  // 10 digits = seconds, 13 = milliseconds (some CMSs put raw timestamps in meta tags).
  if (/^\d{10}$/.test(value)) return Number(value) * 1000;
  if (/^\d{13}$/.test(value)) return Number(value);
  return null;
}

function parseOther(value: string): number | null {
  // Only hand strings with an explicit zone to Date.parse: without one it would use the machine's local zone.
  if (!/(?:GMT|UTC|\bZ\b|[+-]\d{2}:?\d{2})\s*$/i.test(value)) return null;
  const millis = Date.parse(value);
  return Number.isNaN(millis) ? null : millis;
}
