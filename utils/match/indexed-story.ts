/**
 * A story's analysed form: what the index keeps of it, computed once at add() so ranking never re-reads
 * story text.
 */
import { extractNames, type NameMention } from './entities';
import { comparableUnit, extractNumbers } from './numbers';
import { resolveRelativeDays } from './relative-dates';
import { termCounts, termOf, wordTokens } from './tokenize';

/** What the index needs of a story; `Story` from utils/types satisfies it. */
export interface IndexableStory {
  id: string;
  title: string;
  summary: string;
  /** Epoch milliseconds, or null when unknown. */
  published: number | null;
  /** Link, when it differs from the id (lets ranking leave out the article itself). */
  url?: string | null;
}

/** A story as the index keeps it: analysed once, at add(). */
export interface IndexedStory {
  readonly id: string;
  readonly url: string | null;
  readonly published: number | null;
  /** Distinct term ids of title + summary, ascending. */
  readonly termIds: Int32Array;
  /** Term frequency in the title, parallel to termIds. */
  readonly titleTf: Int32Array;
  /** Term frequency in the summary, parallel to termIds. */
  readonly summaryTf: Int32Array;
  readonly titleLength: number;
  readonly summaryLength: number;
  /** Term ids of all words of all names, ascending. */
  readonly nameTermIds: Int32Array;
  /** Term ids of every word written with a capital (names, but also sentence starts and headline words), ascending. */
  readonly capitalTermIds: Int32Array;
  /** Numbers with their unit ("10000 troop", "2013 year"; unit "" when the text says nothing about it). */
  readonly numbers: readonly { value: number; unit: string }[];
}

/** A story's text analysed, before its terms are given ids. */
export interface AnalysedStoryText {
  titleCounts: Map<string, number>;
  summaryCounts: Map<string, number>;
  /** Terms of words written with a capital anywhere. */
  capitalTerms: Set<string>;
  names: NameMention[];
  numbers: { value: number; unit: string }[];
}

const CAPITAL_RE = /^[\p{Lu}\p{Lt}]/u;

/** Analyses a story's title and summary (non-strings are treated as empty). */
export function analyseStoryText(title: unknown, summary: unknown, published: number | null = null): AnalysedStoryText {
  const head = typeof title === 'string' ? title : '';
  const body = typeof summary === 'string' ? summary : '';
  const text = `${head}\n${body}`;
  const words = wordTokens(text);
  const titleTerms: string[] = [];
  const summaryTerms: string[] = [];
  const capitalTerms = new Set<string>();
  for (const w of words) {
    const term = termOf(w.text);
    if (term === null) continue;
    (w.start < head.length ? titleTerms : summaryTerms).push(term);
    if (CAPITAL_RE.test(w.text)) capitalTerms.add(term);
  }
  return {
    titleCounts: termCounts(titleTerms),
    summaryCounts: termCounts(summaryTerms),
    capitalTerms,
    names: extractNames(text, words),
    numbers: [...extractNumbers(text, words), ...resolveRelativeDays(text, words, published)].map((n) => ({ value: n.value, unit: comparableUnit(n.unit) })),
  };
}

/** What {@link packStory} packs. */
export interface StoryFields {
  id: string;
  url: string | null;
  published: number | null;
  titleLength: number;
  summaryLength: number;
  termIds: ArrayLike<number>;
  titleTf: ArrayLike<number>;
  summaryTf: ArrayLike<number>;
  nameTermIds: ArrayLike<number>;
  capitalTermIds: ArrayLike<number>;
  numbers: readonly { value: number; unit: string }[];
}

const NO_NUMBERS: readonly { value: number; unit: string }[] = [];

/**
 * A story kept in one Int32Array (terms, name words, capitalised words, then title and summary
 * frequencies packed in one cell each) with views made on demand: at 100,000 stories, a typed array object per column would cost
 * more than the data. Ranking reads a few dozen candidates per query, so the views cost nothing there.
 */
export class PackedStory implements IndexedStory {
  constructor(
    readonly id: string,
    readonly url: string | null,
    readonly published: number | null,
    readonly titleLength: number,
    readonly summaryLength: number,
    /** Terms, name words, capitalised words, then title tf << 16 | summary tf (the persisted form stores it as is). */
    readonly data: Int32Array,
    /** Number of terms (low 14 bits) and of name words (next 14 bits). */
    readonly counts: number,
    /** Values and units alternating, or null: fewer objects than one per number. */
    readonly packedNumbers: (number | string)[] | null,
  ) {}

  private get n(): number {
    return this.counts & 0x3fff;
  }
  private get a(): number {
    return (this.counts >>> 14) & 0x3fff;
  }
  get termIds(): Int32Array {
    return this.data.subarray(0, this.n);
  }
  get nameTermIds(): Int32Array {
    return this.data.subarray(this.n, this.n + this.a);
  }
  get capitalTermIds(): Int32Array {
    return this.data.subarray(this.n + this.a, this.data.length - this.n);
  }
  get titleTf(): Int32Array {
    return this.data.subarray(this.data.length - this.n).map((tf) => tf >>> 16);
  }
  get summaryTf(): Int32Array {
    return this.data.subarray(this.data.length - this.n).map((tf) => tf & 0xffff);
  }
  get numbers(): readonly { value: number; unit: string }[] {
    const p = this.packedNumbers;
    if (p === null) return NO_NUMBERS;
    const out: { value: number; unit: string }[] = [];
    for (let i = 0; i + 1 < p.length; i += 2) out.push({ value: p[i] as number, unit: p[i + 1] as string });
    return out;
  }
}

/** Most distinct terms (and name words) a story keeps: far beyond any title + summary. */
const MAX_TERMS = 0x3fff;

/** Packs an analysed story (see PackedStory). */
export function packStory(f: StoryFields): PackedStory {
  const n = Math.min(f.termIds.length, MAX_TERMS);
  const a = Math.min(f.nameTermIds.length, MAX_TERMS);
  const b = f.capitalTermIds.length;
  const data = new Int32Array(n + a + b + n);
  for (let i = 0; i < n; i++) {
    data[i] = f.termIds[i] as number;
    // Title and summary frequencies share one cell (each capped at 65,535).
    data[n + a + b + i] = (Math.min(f.titleTf[i] as number, 0x7fff) << 16) | Math.min(f.summaryTf[i] as number, 0xffff);
  }
  for (let i = 0; i < a; i++) data[n + i] = f.nameTermIds[i] as number;
  for (let i = 0; i < b; i++) data[n + a + i] = f.capitalTermIds[i] as number;
  const numbers = f.numbers.length === 0 ? null : f.numbers.flatMap((x) => [x.value, x.unit]);
  return new PackedStory(f.id, f.url, f.published, f.titleLength, f.summaryLength, data, n | (a << 14), numbers);
}

/** True when sorted `ids` contains `id` (binary search). */
export function hasTerm(ids: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid] as number;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
