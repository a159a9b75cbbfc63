/**
 * How many, how big, when: numbers with what they count ("6.1 magnitude", "10,000 troops", "$1 million",
 * "16-year-old", "March 11", "2013"). Two reports of one event tend to repeat these; a look-alike event has
 * its own (another magnitude, another year).
 */
import { CALENDAR_WORDS, STOP_WORDS } from './stop-words';
import { normalizeWord, termOf, wordTokens, type WordToken } from './tokenize';

/** A number found in a text, with the word that says what it counts. */
export interface NumberMention {
  value: number;
  /** Index term of the counted thing ("troop", "magnitud"), "year" for a bare year, a month for a date, "usd"/"eur"/"gbp"/"percent", or "". */
  unit: string;
  /** `value` and `unit` together, the form compared across texts ("10000 troop"). */
  key: string;
  /** As written. */
  text: string;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const CURRENCIES: Record<string, string> = { $: 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy' };
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  twenty: 20,
  hundred: 100,
};
const NUMERIC_RE = /^\d+(?:\.\d+)?$/;
const DIGIT_RE = /^\d/;
const NUMBER_WORDS_RE = new RegExp(`^(?:${Object.keys(NUMBER_WORDS).join('|')})$`, 'i');

const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'usd',
  dollars: 'usd',
  usd: 'usd',
  euro: 'eur',
  euros: 'eur',
  eur: 'eur',
  pound: 'gbp',
  pounds: 'gbp',
  sterling: 'gbp',
  gbp: 'gbp',
  yen: 'jpy',
  yuan: 'cny',
  rupees: 'inr',
  roubles: 'rub',
  rubles: 'rub',
};
/** The unit all currencies compare as. */
const MONEY = 'money';
/** Units that are money: amounts in different currencies are compared loosely (exchange rates). */
export const MONEY_UNITS: ReadonlySet<string> = new Set(
  Object.values(CURRENCIES).concat(Object.values(CURRENCY_WORDS)),
);
/** Units that name a date part: compared exactly. */
export const DATE_UNITS: ReadonlySet<string> = new Set([
  'year',
  'day',
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
]);

/** Below this, counts must match exactly. */
const EXACT_BELOW = 100;

/**
 * Whether two values of one unit plausibly describe the same fact. Dates and counts under a hundred must be
 * equal (reports of one event give the same 23 pirates or 12 dead; 26 pirates is another capture); larger
 * counts may differ by a quarter (estimates of crowds, troops or tolls in the hundreds move as reports
 * update); money by half again (outlets convert dollars, pounds and euros and round differently; a factor of
 * two let any two prices in deal posts agree: $119 and $230). Counts from 20 up were loose before; making
 * them exact cut false "same" calls between look-alike events (ECB+ dev, none of the event's reports left:
 * 0.222 → 0.206 of queries with a false "same").
 */
export function sameQuantity(unit: string, a: number, b: number): boolean {
  if (a === b) return true;
  if (DATE_UNITS.has(unit) || Math.min(a, b) <= 0) return false;
  const ratio = Math.max(a, b) / Math.min(a, b);
  if (unit === MONEY || MONEY_UNITS.has(unit)) return ratio <= 1.5;
  return Math.min(a, b) >= EXACT_BELOW && ratio <= 1.25;
}

/** Compared unit: all currencies are one kind of thing. */
export function comparableUnit(unit: string): string {
  return MONEY_UNITS.has(unit) ? MONEY : unit;
}

/** A word that can say what a number counts: a content word, a currency, or a month for dates. */
function unitWord(word: string | undefined, capitalOk = true): string | null {
  if (word === undefined) return null;
  const norm = normalizeWord(word);
  if (!/^\p{L}+$/u.test(norm)) return null;
  const currency = CURRENCY_WORDS[norm];
  if (currency !== undefined) return currency;
  if (CALENDAR_WORDS.has(norm)) return norm.slice(0, 3);
  // After a spelled-out count, a capitalised word is a name, not what is counted ("Four China Coast Guard
  // cutters"); after digits it may be a Title Case headline ("Quake Kills 12 People").
  if (STOP_WORDS.has(norm) || (!capitalOk && /^\p{Lu}/u.test(word))) return null;
  return termOf(norm);
}

/** Numbers in `text` with their units, in order; clock times ("8:12") are skipped. `words`: `wordTokens(text)` if at hand. */
export function extractNumbers(text: string, words: readonly WordToken[] = wordTokens(text)): NumberMention[] {
  const tokens = words;
  const out: NumberMention[] = [];
  const gapBefore = (i: number): string => {
    const prev = tokens[i - 1];
    const t = tokens[i];
    return t === undefined ? '' : text.slice(prev ? prev.end : Math.max(0, t.start - 3), t.start);
  };
  const joined = (gap: string): boolean => /^(?:\s*-\s*|\s+)$/.test(gap) && !gap.includes('\n');

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    const digits = DIGIT_RE.test(token.text);
    // Most words are not numbers: settle that with one cheap test before normalising.
    if (!digits && (token.text.length > 7 || !NUMBER_WORDS_RE.test(token.text))) continue;
    const norm = normalizeWord(token.text);
    const worded = digits ? undefined : NUMBER_WORDS[norm];
    if (!NUMERIC_RE.test(norm) && worded === undefined) continue;
    const before = gapBefore(i);
    const after = gapBefore(i + 1);
    if (/:\s*$/.test(before) || /^\s*:/.test(after)) continue;

    let value = worded ?? Number(norm);
    let j = i + 1;
    const scale = SCALES[normalizeWord(tokens[j]?.text ?? '')];
    if (scale !== undefined && joined(gapBefore(j))) {
      value *= scale;
      j++;
    }
    const currency = Object.keys(CURRENCIES).find((c) => before.includes(c));
    let unit: string;
    let next: string | null = null;
    let written: string | null = null;
    if (currency !== undefined) unit = CURRENCIES[currency] ?? '';
    else if (/^\s*%/.test(gapBefore(j)) || normalizeWord(tokens[j]?.text ?? '') === 'percent') unit = 'percent';
    else if (worded === undefined && j === i + 1 && /^\d{4}$/.test(norm) && value >= 1900 && value <= 2099)
      unit = 'year';
    else {
      // "Oct. 3": an abbreviated month keeps its full stop.
      const prev = joined(before.replace(/^\./, '')) ? unitWord(tokens[i - 1]?.text, worded === undefined) : null;
      // "Nov 11 - Indian Navy ...": a day after a month is a date, whatever follows it.
      const date = prev !== null && DATE_UNITS.has(prev) && prev !== 'year' && prev !== 'day';
      // "3,000 North Korean troops": after digits, a name may stand between the number and what it counts.
      const afterName =
        worded === undefined && !date && joined(gapBefore(j)) ? countedAfterName(text, tokens, j) : null;
      if (afterName !== null) j = afterName.at;
      next = date
        ? null
        : (afterName?.unit ?? (joined(gapBefore(j)) ? unitWord(tokens[j]?.text, worded === undefined) : null));
      unit = next ?? prev ?? '';
      // "16-year-old", "an eight-year contract", "three days": a span counted, not a calendar year or day.
      if (next !== null && unit === next) unit = SPANS[unit] ?? unit;
      const quake = value <= MAX_MAGNITUDE ? magnitudeCue(tokens, i) : null;
      if (quake !== null) {
        unit = MAGNITUDE;
        written = text.slice(quake.from, quake.to);
      }
    }
    // A bare number word ("two") without a unit says too little to compare.
    if (worded !== undefined && unit === '') continue;
    const key = unit === '' ? String(value) : `${value} ${unit}`;
    // As written, with the counted word ("31 aboard", "6.1 magnitude", "injuring three"): what a reader checks.
    const through = next !== null && unit === next ? tokens[j] : tokens[j - 1];
    const fromPrev = next === null && unit !== '' && currency === undefined && unit !== 'percent' && unit !== 'year';
    const from =
      currency !== undefined
        ? Math.max(0, token.start - 1)
        : fromPrev
          ? (tokens[i - 1]?.start ?? token.start)
          : token.start;
    out.push({ value, unit, key, text: written ?? text.slice(from, through?.end ?? token.end) });
  }
  return out;
}

/**
 * Spans of time counted after a number ("16-year-old", "a 35-year-old rule", "three days"): their own units, so an
 * age or a term is never compared with a calendar year ("2013") or a resolved day ("Sunday").
 */
const SPANS: Readonly<Record<string, string>> = { year: 'years', day: 'days' };

/** The unit of an earthquake's magnitude, however it is written. */
const MAGNITUDE = 'magnitud';
/** No magnitude is above this; a larger figure beside "magnitude" counts something else. */
const MAX_MAGNITUDE = 10;
const MAGNITUDE_WORDS: ReadonlySet<string> = new Set(['magnitude', 'richter']);
/** Words that may stand between a figure and the word saying it is a magnitude ("magnitude of at least 5.9"). */
const MAGNITUDE_FILLERS: ReadonlySet<string> = new Set([
  'a',
  'about',
  'around',
  'at',
  'least',
  'measuring',
  'of',
  'on',
  'preliminary',
  'the',
]);
/** How far (in words) the figure may stand from "magnitude" or "Richter". */
const MAGNITUDE_REACH = 4;

/**
 * Where "magnitude" or "Richter" tells the figure at `i` is an earthquake's magnitude, however it is written
 * ("a 6.1-magnitude quake", "a magnitude-5.2 quake", "magnitude of 5.6", "5.6 on the Richter scale"): the span
 * from that word to the figure, or null. Before, each form counted another word ("quak", "", "magnitud"), so two
 * reports of one quake did not agree on it, nor did a look-alike's other magnitude conflict with it.
 */
function magnitudeCue(tokens: readonly WordToken[], i: number): { from: number; to: number } | null {
  const at = tokens[i];
  if (at === undefined) return null;
  for (const step of [-1, 1]) {
    for (let k = i + step; Math.abs(k - i) <= MAGNITUDE_REACH; k += step) {
      const token = tokens[k];
      if (token === undefined) break;
      const word = normalizeWord(token.text);
      if (MAGNITUDE_WORDS.has(word))
        return step < 0 ? { from: token.start, to: at.end } : { from: at.start, to: token.end };
      if (!MAGNITUDE_FILLERS.has(word)) break;
    }
  }
  return null;
}

/** How many capitalised words may stand between a number and the word it counts ("North Korean"). */
const MAX_NAME_WORDS = 3;

/**
 * The counted word after a name that follows a number ("3,000 North Korean troops" → "troop" at the index of
 * "troops"), or null when the word after the number is not capitalised or no lower-case counted word follows
 * the name closely (a Title Case headline: "Quake Kills 12 People" keeps "People").
 */
function countedAfterName(
  text: string,
  tokens: readonly WordToken[],
  start: number,
): { unit: string; at: number } | null {
  const isCapital = (t: WordToken | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
  const first = tokens[start];
  if (first === undefined || !isCapital(first) || STOP_WORDS.has(normalizeWord(first.text))) return null;
  for (let k = start + 1; k <= start + MAX_NAME_WORDS; k++) {
    const token = tokens[k];
    const prev = tokens[k - 1];
    if (token === undefined || prev === undefined || !/^(?:\s*-\s*|\s+)$/.test(text.slice(prev.end, token.start)))
      return null;
    if (isCapital(token)) continue;
    const unit = unitWord(token.text, false);
    // "40 Ukrainian-made drones": the hyphenated tail of the name is not what is counted.
    if (unit === null && text.slice(prev.end, token.start).includes('-')) continue;
    return unit === null ? null : { unit, at: k };
  }
  return null;
}
