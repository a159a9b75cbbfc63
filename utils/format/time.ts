import { dateTimeFormat, relativeTimeFormat } from './formatters';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/**
 * "3 hours ago", "yesterday", "in 2 days": the time from `now` to `time` in the largest whole unit.
 * Under a minute reads `justNow` ("just now"; the views pass their locale's words).
 */
export function formatRelativeTime(time: number, now = Date.now(), locale?: string, justNow = 'just now'): string {
  const diff = time - now;
  const format = relativeTimeFormat(locale);
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return justNow;
}

/** An absolute date and time for tooltips, in the reader's locale. */
export function formatDateTime(time: number, locale?: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
