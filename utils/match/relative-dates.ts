/**
 * When, resolved: "on Tuesday", "yesterday", "today" mean a calendar day only against the text's own date.
 * Two reports of one event name the same day; a look-alike event happened on another. Resolved days are
 * compared like other date figures (exactly), under the unit "day" with the value in days since 1970 (UTC).
 */
import { normalizeWord, type WordToken } from './tokenize';
import type { NumberMention } from './numbers';

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The unit of a resolved calendar day. */
export const DAY_UNIT = 'day';

/** Days since 1970-01-01 (UTC) of an epoch time. */
export const epochDay = (time: number): number => Math.floor(time / DAY_MS);

/**
 * Weekday names and "yesterday"/"today"/"tonight" in `words`, as calendar days relative to `published`.
 * A weekday is the most recent such day on or before the date ("on Tuesday" in Wednesday's paper is the day
 * before), or the coming one after "next". Nothing is resolved without a date.
 */
export function resolveRelativeDays(
  text: string,
  words: readonly WordToken[],
  published: number | null,
): NumberMention[] {
  if (published === null || !Number.isFinite(published)) return [];
  const today = epochDay(published);
  // 1970-01-01 was a Thursday (weekday 4).
  const weekdayOf = (day: number): number => (((day + 4) % 7) + 7) % 7;
  const out: NumberMention[] = [];
  words.forEach((w, i) => {
    const norm = normalizeWord(w.text);
    let day: number | null = null;
    if (norm === 'today' || norm === 'tonight') day = today;
    else if (norm === 'yesterday') day = today - 1;
    else {
      const weekday = WEEKDAYS.indexOf(norm);
      if (weekday < 0) return;
      const previous = i > 0 ? normalizeWord(words[i - 1]?.text ?? '') : '';
      const back = (weekdayOf(today) - weekday + 7) % 7;
      day = previous === 'next' ? today + (7 - back || 7) : today - back;
    }
    out.push({ value: day, unit: DAY_UNIT, key: `${day} ${DAY_UNIT}`, text: text.slice(w.start, w.end) });
  });
  return out;
}
