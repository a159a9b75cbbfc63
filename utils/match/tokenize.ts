/**
 * Text → index terms: Unicode words, lowercased, stop words dropped, lightly stemmed.
 * The same analysis runs on stored stories and on the article being read, so they meet on the same terms.
 */
import { STOP_WORDS } from './stop-words';

export { STOP_WORDS } from './stop-words';

/** One word as it appears in the text, with its place (used by entity extraction). */
export interface WordToken {
  /** The word as written (possessive "'s" removed). */
  text: string;
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset just past the last character (before any removed possessive). */
  end: number;
}

// A number with decimal/thousands separators ("6.1", "10,000"), a dotted acronym ("U.S."),
// or a run of letters/digits with inner apostrophes ("Pyongyang's", "O'Brien"). Hyphens split words.
const WORD_RE = /\p{N}+(?:[.,]\p{N}+)+|(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
// Scripts written without spaces between words: they need a dictionary-based segmenter.
const UNSPACED_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const POSSESSIVE_RE = /['’]s$/iu;
const APOSTROPHE_RE = /['’]/gu;
const PLAIN_RE = /^[a-z]+$/;
/**
 * Actors of the news whose acronym, lowercased, is a stop word: "US" would be "us" and "WHO" "who", so the
 * commonest actor in world news and the World Health Organization would be invisible to matching wherever an
 * outlet does not write the dots. Only the capitals are read so ("us" and "Who" stay stop words); a shouted
 * "LET US KNOW" reads as the country too, but headlines in capitals are rare and such a line rarer.
 */
const STOP_WORD_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['US', 'u.s.'],
  ['WHO', 'w.h.o.'],
]);

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Splits an unspaced-script run into words; falls back to overlapping character pairs without Intl.Segmenter. */
function segmentUnspaced(run: string): string[] {
  const seg = wordSegmenter();
  if (seg) return [...seg.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
  const chars = [...run];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`);
}

/** Words of `text` in order, with their offsets; case kept. Possessive "'s" is removed ("Pyongyang's" → "Pyongyang"). */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const raw = m[0];
    const start = m.index;
    if (UNSPACED_RE.test(raw)) {
      let offset = start;
      for (const piece of segmentUnspaced(raw)) {
        const at = text.indexOf(piece, offset);
        const pos = at < 0 ? offset : at;
        out.push({ text: piece, start: pos, end: pos + piece.length });
        offset = pos + piece.length;
      }
      continue;
    }
    out.push({ text: raw.replace(POSSESSIVE_RE, ''), start, end: start + raw.length });
  }
  return out;
}

/**
 * Lowercase form of a word for matching: Latin accents, apostrophes and thousands separators removed; "U.S." stays
 * dotted, and an acronym written in capitals that lowercases to a stop word is read dotted too
 * ({@link STOP_WORD_ACRONYMS}).
 */
export function normalizeWord(word: string): string {
  const acronym = STOP_WORD_ACRONYMS.get(word);
  if (acronym !== undefined) return acronym;
  const lowercase = word.toLowerCase();
  // Most words are plain lowercase letters: no accents to fold, nothing else to do.
  if (PLAIN_RE.test(lowercase)) return lowercase;
  const lower = foldLatin(lowercase);
  if (PLAIN_RE.test(lower)) return lower;
  if (/^\p{N}+(?:[.,]\p{N}+)+$/u.test(lower)) {
    // "10,000" and "1.000.000" are grouped thousands; "6.1" and "6,1" are decimals.
    const groups = lower.split(/[.,]/);
    const grouped = groups.slice(1).every((g) => g.length === 3) && (lower.includes(',') || groups.length > 2);
    return grouped ? groups.join('') : lower.replace(',', '.');
  }
  if (/^0+\d+$/.test(lower)) return lower.replace(/^0+(?=\d)/, '');
  if (/^(?:\p{L}\.){2,}$/u.test(lower)) return lower;
  return lower.replace(APOSTROPHE_RE, '');
}

/** Accents on a Latin letter (combining marks U+0300–U+036F after it, as NFD writes "å" and "ğ"). */
const LATIN_MARKS_RE = /(\p{Script=Latin})[\u0300-\u036f]+/gu;
/** Latin letters that are not a letter plus an accent, as English text writes them without it. */
const LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ð: 'd',
};
const LETTERS_RE = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
const ASCII_RE = /^[\p{ASCII}]*$/u;

/**
 * A lowercase word with the Latin script's accents taken off ("skarsgård" → "skarsgard", "erdoğan" → "erdogan",
 * "søren" → "soren"): outlets write the same name with and without them. Other scripts keep theirs (Cyrillic "й" is
 * not "и"), and NFC puts what NFD took apart back together.
 */
function foldLatin(lower: string): string {
  if (ASCII_RE.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(LATIN_MARKS_RE, '$1')
    .normalize('NFC')
    .replace(LETTERS_RE, (c) => LETTERS[c] ?? c);
}

const DOUBLE_END_RE = /([bcdfghjkmnpqrtvwx])\1$/;
const HAS_VOWEL_RE = /[aeiouy]/;
/** Words ending in "s" that are not plurals (or whose singular would collide with a different word). */
const S_EXCEPTIONS = new Set([
  'news',
  'series',
  'species',
  'lens',
  'always',
  'perhaps',
  'politics',
  'physics',
  'texas',
  'paris',
  'athens',
  'wales',
]);

/**
 * A light English stemmer (plural, -ed, -ing, final -e, demonym -an), in the spirit of Porter step 1.
 * It conflates "riots/rioted/rioting" and "charge/charged/charges" and folds "Korean" onto "Korea";
 * it never touches non-ASCII words (Latin accents are already off: normalizeWord), short words or numbers, so names
 * in other scripts pass through.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w) || S_EXCEPTIONS.has(w)) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else {
    for (const suffix of ['ing', 'ed']) {
      if (!w.endsWith(suffix)) continue;
      const rest = w.slice(0, -suffix.length);
      if (rest.length >= 3 && HAS_VOWEL_RE.test(rest)) w = DOUBLE_END_RE.test(rest) ? rest.slice(0, -1) : rest;
      break;
    }
  }
  if (w.length >= 4 && w.endsWith('e')) w = w.slice(0, -1);
  // Demonyms onto their country: korean → korea, russian → russia, american → america.
  if (w.length >= 6 && /(?:ian|ean|ican)$/.test(w)) w = w.slice(0, -1);
  return w;
}

// Words repeat across texts: remembering their terms makes analysis several times faster.
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 50_000;

/** Empties the word → term cache (the bench does, so cache memory is not counted as index memory). */
export function clearTermCache(): void {
  termCache.clear();
}

/** The index term for one word, or null when it is a stop word or carries nothing. */
export function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  const term = analyseWord(word);
  termCache.set(word, term);
  return term;
}

function analyseWord(word: string): string | null {
  const norm = normalizeWord(word);
  if (norm.length === 0 || STOP_WORDS.has(norm)) return null;
  // Single Latin letters are initials ("Brian G. Nichols") or list markers, never topical.
  if (norm.length === 1 && /[a-z]/.test(norm)) return null;
  return stem(norm);
}

/** Index terms of `text`, in order, repeats kept (callers count them). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of wordTokens(text)) {
    // Hyphenated and slashed compounds were already split by the word pattern.
    const term = termOf(token.text);
    if (term !== null) out.push(term);
  }
  return out;
}

/** Counts of each term in `list`. */
export function termCounts(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
