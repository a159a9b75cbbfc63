/**
 * Words and sentences for context analysis. Words keep their place and case, because a gazetteer match needs
 * both ("US" the country is not "us" the pronoun); sentences keep their exact text, because they are quoted.
 */
import { stripMarks } from '../format/fold';
import { ABBREVIATIONS } from '../text/abbreviations';

/** One word of a text. */
export interface ContextToken {
  /** As written, possessive removed ("China's" → "China", "Philippines’" → "Philippines"). */
  raw: string;
  /** Folded for lookup: no accents, no dots or apostrophes, lowercase ("U.S." → "us", "Erdoğan" → "erdogan"). */
  key: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Has letters and all of them are capitals ("NATO", "U.S."). */
  upper: boolean;
}

// A dotted acronym ("U.S."), or letters/digits with inner apostrophes, and a plural possessive's closing apostrophe.
const WORD_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*(?:(?<=s)['’](?![\p{L}\p{M}]))?/gu;
const POSSESSIVE_RE = /(?:['’]s|(?<=s)['’])$/u;
const FOLD_DROP_RE = /[.'’]/g;
const CAP_RE = /^\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/** The lookup form of a word. */
export function foldKey(word: string): string {
  return stripMarks(word).replace(FOLD_DROP_RE, '').toLowerCase();
}

/**
 * An elided article or preposition before a capitalised word in French and Italian ("l'Italia", "d'Espagne",
 * "dell'Unione"): two words, so the name is found.
 */
const ELISION_RE = /^((?:[LlDdJjNnSsTtCc]|[Qq]u|[Dd]ell|[Aa]ll|[Nn]ell|[Ss]ull|[Dd]all|[Uu]n)['’])(?=\p{Lu})/u;

function token(raw: string, start: number, end: number): ContextToken {
  return {
    raw,
    key: foldKey(raw),
    start,
    end,
    cap: CAP_RE.test(raw),
    upper: !LOWER_RE.test(raw) && /\p{L}/u.test(raw),
  };
}

/** The words of `text` in order. */
export function contextTokens(text: string): ContextToken[] {
  const out: ContextToken[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let start = m.index;
    let word = m[0];
    const elided = ELISION_RE.exec(word)?.[1];
    if (elided) {
      out.push(token(elided.slice(0, -1), start, start + elided.length));
      start += elided.length;
      word = word.slice(elided.length);
    }
    const raw = word.replace(POSSESSIVE_RE, '');
    if (raw.length === 0) continue;
    out.push(token(raw, start, m.index + m[0].length));
  }
  return out;
}

/** A sentence and where it starts in its text. */
export interface SentenceSpan {
  text: string;
  start: number;
}

/** Words that start sentences: after "U.S." or "a.m." they show the full stop did end one. */
const STARTERS = new Set([
  'the',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'but',
  'and',
  'in',
  'a',
  'an',
  'this',
  'that',
  'there',
  'on',
  'at',
  'as',
  'its',
  'his',
  'her',
  'their',
  'our',
  'officials',
  'no',
]);

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space and an opening capital,
// digit or quote.
const BOUNDARY_RE = /[.!?]+["”’')\]]*\s+(?=["“‘'(]?[\p{Lu}\p{N}])|[。！？]+[”’」』）)]*\s*(?=\S)/gu;

/** Splits running text into sentences; line breaks always end one (paragraphs, headings, list items). */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ text: trimmed, start: start + lead });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    for (const m of line.matchAll(BOUNDARY_RE)) {
      if (!endsSentence(line, m.index, m.index + m[0].length)) continue;
      // Inside a quotation ("We will go back. Reed Bank is ours," she said) the sentence goes on.
      if (insideQuote(line.slice(from, m.index + m[0].length))) continue;
      const end = m.index + m[0].trimEnd().length;
      push(lineStart + from, lineStart + end);
      from = m.index + m[0].length;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return out;
}

function endsSentence(line: string, at: number, next: number): boolean {
  if (line[at] !== '.') return true;
  const before = /([\p{L}\p{N}.]+)$/u.exec(line.slice(Math.max(0, at - 20), at + 1))?.[1] ?? '';
  const word = before.replace(/\.$/, '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // An initial ("John F. Kennedy") is one capital letter.
  if (/^\p{Lu}$/u.test(before.replace(/\.$/, ''))) return false;
  // "U.S." or "a.m." before a capital: a boundary only when the next word usually starts a sentence.
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(before.replace(/\.$/, '.'))) {
    const following = /^["“‘'(]?([\p{L}]+)/u.exec(line.slice(next))?.[1]?.toLowerCase() ?? '';
    return STARTERS.has(following);
  }
  return true;
}

/** Whether a quotation opened in `text` is still open at its end. */
function insideQuote(text: string): boolean {
  const opened = (text.match(/“/g) ?? []).length;
  const closed = (text.match(/”/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opened > closed || straight % 2 === 1;
}
