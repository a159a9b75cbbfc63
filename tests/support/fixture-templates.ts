/**
 * Placeholders in the fixture site (tests/fixtures/site), filled in when a file is served so every date is
 * relative to the moment of the request and every link points at the running server.
 *
 * Syntax:
 * - `{{origin}}`: the server origin, e.g. `http://127.0.0.1:40123`.
 * - `{{rfc822:OFFSET}}`: RFC 822 date for RSS (`Tue, 04 Mar 2025 09:12:00 GMT`).
 * - `{{iso:OFFSET}}`: ISO 8601 / RFC 3339 date for Atom and HTML meta (`2025-03-04T09:12:00Z`).
 * - `{{display:OFFSET}}`: a human date line for page text (`4 March 2025, 09:12 UTC`).
 * - `{{gdelt:OFFSET}}`: GDELT's compact UTC "seendate" (`20250304T091200Z`).
 *
 * OFFSET is `now` or a signed amount with a unit: `-45m`, `-3h`, `-12d`, `+30s`. RFC 822 and ISO dates may add
 * `@+08:00` to be written in that UTC offset, as feeds published in Asia often are.
 */

/** What a template needs to be rendered. */
export interface TemplateContext {
  /** Server origin without a trailing slash. */
  origin: string;
  /** The moment dates are relative to, in epoch milliseconds. */
  now: number;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Replaces every placeholder in `template`. Throws on a placeholder it does not know, so a typo in a fixture
 * fails loudly instead of leaking `{{...}}` into a feed.
 */
export function renderTemplate(template: string, context: TemplateContext): string {
  return template.replace(PLACEHOLDER, (whole, body: string) => {
    const [kind = '', spec = ''] = body.trim().split(/:(.*)/s);
    if (kind === 'origin' && spec === '') return context.origin;
    const [offset = '', zone] = spec.split('@');
    const at = context.now + parseOffset(offset, whole);
    const zoneMinutes = zone === undefined ? 0 : parseZone(zone, whole);
    if (kind === 'rfc822') return formatRfc822(at, zoneMinutes);
    if (kind === 'iso') return formatIso(at, zoneMinutes);
    if (kind === 'display' && zone === undefined) return formatDisplay(at);
    if (kind === 'gdelt' && zone === undefined) return formatGdelt(at);
    throw new Error(`Unknown fixture placeholder ${whole}`);
  });
}

/** `now`, `-3h`, `+30s`, `-12d` → milliseconds. */
function parseOffset(offset: string, whole: string): number {
  if (offset === 'now') return 0;
  const match = /^([+-])(\d+)([smhd])$/.exec(offset);
  const unit = match ? UNIT_MS[match[3] ?? ''] : undefined;
  if (!match || unit === undefined) throw new Error(`Bad offset in fixture placeholder ${whole}`);
  return (match[1] === '-' ? -1 : 1) * Number(match[2]) * unit;
}

/** `+08:00` → 480 minutes. */
function parseZone(zone: string, whole: string): number {
  const match = /^([+-])(\d\d):(\d\d)$/.exec(zone);
  if (!match) throw new Error(`Bad UTC offset in fixture placeholder ${whole}`);
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The wall-clock fields of `at` in a zone `zoneMinutes` east of UTC (read them with the getUTC* methods). */
const wallClock = (at: number, zoneMinutes: number): Date => new Date(at + zoneMinutes * 60_000);

function zoneSuffix(zoneMinutes: number, separator: string): string {
  const sign = zoneMinutes < 0 ? '-' : '+';
  const abs = Math.abs(zoneMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/** RFC 822 (as RFC 1123 spells it): the date format of RSS `pubDate`. */
export function formatRfc822(at: number, zoneMinutes = 0): string {
  const d = wallClock(at, zoneMinutes);
  const zone = zoneMinutes === 0 ? 'GMT' : zoneSuffix(zoneMinutes, '');
  return (
    `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${zone}`
  );
}

/** RFC 3339 without fractional seconds: the date format of Atom and of HTML meta tags. */
export function formatIso(at: number, zoneMinutes = 0): string {
  const local = wallClock(at, zoneMinutes).toISOString().slice(0, 19);
  return local + (zoneMinutes === 0 ? 'Z' : zoneSuffix(zoneMinutes, ':'));
}

/** A newspaper-style date line in UTC, built by hand so it reads the same whatever ICU data Node ships with. */
export function formatDisplay(at: number): string {
  const d = new Date(at);
  return (
    `${d.getUTCDate()} ${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`
  );
}

/** GDELT's "seendate": UTC, no separators but the "T" (`20250304T091200Z`). */
export function formatGdelt(at: number): string {
  return `${new Date(at).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
