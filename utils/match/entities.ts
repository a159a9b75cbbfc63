/**
 * Who and where: names as capitalised spans ("Kim Jong Un", "Bank of England", "Pyongyang's" → "Pyongyang").
 * No gazetteer, no model: capitalisation in running English text, with care for the places where it lies
 * (sentence starts, Title Case headlines, ALL-CAPS lines).
 */
import { ABBREVIATIONS } from '../text/abbreviations';
import { CALENDAR_WORDS, STOP_WORDS } from './stop-words';
import { normalizeWord, termOf, wordTokens, type WordToken } from './tokenize';

export { extractNumbers, type NumberMention } from './numbers';

/** A name found in a text. */
export interface NameMention {
  /** The name as written, first occurrence ("Kim Jong Un"). */
  text: string;
  /** Its index terms, one per word ("kim", "jong", "un"): how the name is matched against other texts. */
  keys: string[];
  /** How many times this exact name occurs. */
  count: number;
  /**
   * A word of it is written with a capital where no sentence starts ("Jair Bolsonaro" proves "Bolsonaro"), more
   * often than in lowercase: a name, not a word capitalised by its place ("Police said…" at every sentence's
   * start, "police officer" elsewhere).
   */
  proven: boolean;
}

/** Lowercase words that may sit inside a name: "Bank of England", "Charles de Gaulle", "Osama bin Laden". */
const CONNECTORS = new Set([
  'of',
  'de',
  'du',
  'da',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'al',
  'bin',
  'ibn',
  'la',
  'le',
]);
/** What may follow a surname inside a name ("Arcade Joseph Comeaux Jr"): the surname is still the name's edge. */
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const CAPITAL_RE = /^[\p{Lu}\p{Lt}]/u;
/** Counts that open a sentence with a capital: never the start of a name. */
const COUNT_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'dozens',
  'hundreds',
  'thousands',
  'several',
  'many',
]);

/**
 * Words that label a numbered thing, capitalised only before its number or letter: "Chapter 11", "Category 5",
 * "Article 50", "Band B", "Title IX". A label is a kind, not a name: an airline's and a retailer's Chapter 11 filings
 * would otherwise share a name, and every Category 5 hurricane.
 */
const NUMBERED_LABELS = new Set([
  'chapter',
  'article',
  'section',
  'clause',
  'title',
  'rule',
  'amendment',
  'schedule',
  'category',
  'level',
  'stage',
  'phase',
  'tier',
  'band',
  'grade',
]);
/** A number, a roman numeral or a single letter, as follows a numbered label. */
const LABEL_NUMBER_RE = /^(?:\d[\d.,]*|[IVXLC]+|\p{Lu})$/u;

interface Token {
  text: string;
  /** normalizeWord(text). */
  norm: string;
  start: number;
  end: number;
  line: number;
  cap: boolean;
  stop: boolean;
  /** First word of a sentence or line, where capitals prove nothing. */
  initial: boolean;
  /** Only spaces (or a hyphen, or an abbreviation's full stop) separate it from the previous word. */
  joined: boolean;
  /** Written with "'s": ends a name ("Pyongyang's troops"). */
  possessive: boolean;
}

function annotate(text: string, words: readonly WordToken[]): Token[] {
  const out: Token[] = [];
  let line = 0;
  let prev: Token | undefined;
  for (const w of words) {
    const gap = prev ? text.slice(prev.end, w.start) : '';
    const plain = gap === ' ';
    const breaks = !plain && gap.includes('\n');
    if (breaks) line += gap.split('\n').length - 1;
    const norm = normalizeWord(w.text);
    const abbreviation = prev !== undefined && (ABBREVIATIONS.has(prev.norm) || prev.text.length === 1);
    const stops = !plain && /[.!?]/.test(gap) && !abbreviation;
    const token: Token = {
      text: w.text,
      norm,
      start: w.start,
      end: w.end,
      line,
      cap: CAPITAL_RE.test(w.text),
      stop: STOP_WORDS.has(norm),
      initial: !prev || breaks || stops || (!plain && /[:;•|]/.test(gap)),
      joined: prev !== undefined && (plain || (!breaks && !stops && /^(?:\s+|\.\s+|\s*-\s*)$/.test(gap))),
      possessive: w.end - w.start > w.text.length,
    };
    out.push(token);
    prev = token;
  }
  return out;
}

/** Title Case or ALL-CAPS lines: capitals there are style, not evidence of a name. */
function isHeadline(line: Token[]): boolean {
  const content = line.filter((t) => !t.stop && /\p{L}/u.test(t.text));
  if (content.length < 3) return false;
  const caps = content.filter((t) => t.cap).length;
  const shout = content.filter((t) => t.text.length > 1 && t.text === t.text.toUpperCase()).length;
  // Prose dense with names ("Talks between Kim Jong Un and the Bank of England went nowhere") still has
  // lowercase verbs; a Title Case headline capitalises nearly every content word.
  return caps / content.length >= 0.9 || shout / content.length >= 0.6;
}

const nameWord = (t: Token): boolean => t.cap && !CALENDAR_WORDS.has(t.norm);

/** Candidate spans of a line: runs of capitalised words, joined by spaces or connectors. */
function spans(line: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  const flush = (): void => {
    // Leading/trailing stop words ("The", "In") are sentence furniture, not part of the name; so is a
    // sentence-initial count ("Four China Coast Guard cutters").
    while (current[0]?.stop || COUNT_WORDS.has(current[0]?.norm ?? '')) current.shift();
    while (current[current.length - 1]?.stop) current.pop();
    if (current.length > 0) out.push(current);
    current = [];
  };
  let labelled = false;
  line.forEach((t, i) => {
    const next = line[i + 1];
    // A numbered label and its number or letter are never part of a name (NUMBERED_LABELS).
    const label = NUMBERED_LABELS.has(t.norm) && next !== undefined && next.joined && LABEL_NUMBER_RE.test(next.text);
    if (label || labelled) {
      flush();
      labelled = label;
      return;
    }
    const connector =
      !t.cap && CONNECTORS.has(t.norm) && current.length > 0 && next !== undefined && nameWord(next) && next.joined;
    if ((nameWord(t) || connector) && (current.length === 0 || t.joined)) current.push(t);
    else {
      flush();
      if (nameWord(t)) current.push(t);
    }
    if (t.possessive) flush();
  });
  flush();
  return out;
}

/** Splits a headline span at stop words and unconfirmed words ("Lohan Checks Into Betty Ford" → 2 names). */
function headlineNames(span: Token[], keep: (t: Token) => boolean): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const t of span) {
    if (!t.stop && keep(t)) run.push(t);
    else if (run.length > 0) {
      out.push(run);
      run = [];
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * Names in `text`, in order of first appearance. A capitalised word that only ever starts a sentence is kept
 * when the text also capitalises it mid-sentence, or never writes it in lowercase and repeats it (or has it in
 * a headline): "Comeaux was given…" twice is a name, "Firefighters were called" once is not. Title Case and
 * ALL-CAPS lines contribute the words the prose confirms, or all their spans when there is no prose.
 * `words` may be passed when the caller already has `wordTokens(text)`.
 */
export function extractNames(text: string, words: readonly WordToken[] = wordTokens(text)): NameMention[] {
  const tokens = annotate(text, words);
  const byLine = new Map<number, Token[]>();
  for (const t of tokens) {
    const line = byLine.get(t.line);
    if (line) line.push(t);
    else byLine.set(t.line, [t]);
  }
  const proseSpans: Token[][] = [];
  const headlineSpans: Token[][] = [];
  for (const line of byLine.values()) (isHeadline(line) ? headlineSpans : proseSpans).push(...spans(line));

  // Words the prose capitalises where no sentence starts ("Jair Bolsonaro", "in Sydney"), with how often.
  const midSentence = new Map<string, number>();
  const proseCapitals = new Map<string, number>();
  // Words the prose capitalises only inside a longer name ("High" of "Banstead High Street"), never at a name's
  // edge: they confirm that name, not a sentence that opens with the word ("High winds meant…").
  const inner = new Set<string>();
  const edge = new Set<string>();
  for (const span of proseSpans) {
    span.forEach((t, j) => {
      if (j > 0 || !t.initial) midSentence.set(t.norm, (midSentence.get(t.norm) ?? 0) + 1);
      const next = span[j + 1];
      const atEdge = j === 0 || !next || !next.cap || NAME_SUFFIXES.has(next.norm) || !span[j - 1]?.cap;
      if (atEdge) {
        if (span.length > 1 || !t.initial) edge.add(t.norm);
      } else inner.add(t.norm);
      proseCapitals.set(t.norm, (proseCapitals.get(t.norm) ?? 0) + 1);
    });
  }
  const confirmed = new Set(midSentence.keys());
  const lowercaseCount = new Map<string | null, number>();
  for (const t of tokens) {
    if (t.cap) continue;
    const term = termOf(t.norm);
    lowercaseCount.set(term, (lowercaseCount.get(term) ?? 0) + 1);
  }
  const lowercase = new Set(lowercaseCount.keys());
  // More often a name than a word: "Teixeira" ten times and "teixeira" twice, not "State Police" once and
  // "police officer" three times.
  const named = (t: Token): boolean => (midSentence.get(t.norm) ?? 0) > (lowercaseCount.get(termOf(t.norm)) ?? 0);
  const inHeadline = new Set(headlineSpans.flat().map((t) => t.norm));
  for (const [word, count] of proseCapitals) {
    if (!lowercase.has(termOf(word)) && !STOP_WORDS.has(word) && count >= (inHeadline.has(word) ? 1 : 2))
      confirmed.add(word);
  }

  const opensAlone = (t: Token): boolean => confirmed.has(t.norm) && (edge.has(t.norm) || !inner.has(t.norm));
  const accepted = proseSpans.filter((span) => span.length > 1 || !span[0]?.initial || opensAlone(span[0]));
  const hasProse = proseSpans.length > 0 || tokens.some((t) => !t.cap && !t.stop);
  for (const span of headlineSpans) accepted.push(...headlineNames(span, (t) => !hasProse || confirmed.has(t.norm)));

  const byKey = new Map<string, NameMention>();
  for (const span of accepted.sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0))) {
    const keys = span.map((t) => termOf(t.norm)).filter((k): k is string => k !== null);
    if (keys.length === 0) continue;
    const id = keys.join(' ');
    const proven = span.some(named);
    const found = byKey.get(id);
    if (found) {
      found.count++;
      found.proven ||= proven;
    } else byKey.set(id, { text: displayOf(text, span), keys, count: 1, proven });
  }
  return [...byKey.values()];
}

/** The span as written, without a trailing possessive. */
function displayOf(text: string, span: Token[]): string {
  const first = span[0] as Token;
  const last = span[span.length - 1] as Token;
  return text.slice(first.start, last.start) + last.text;
}
