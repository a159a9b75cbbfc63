/**
 * A story's analysed form: what the index keeps of it, computed once at add() so ranking never re-reads
 * story text.
 */
import { extractNames, type NameMention } from './entities';
import { comparableUnit, extractNumbers } from './numbers';
import { resolveRelativeDays } from './relative-dates';
import { headlineCities } from './cities';
import { provenNameWord } from './award';
import { resultSides, type ResultSides } from './result-sides';
import { contestStage } from './contest-round';
import { storyKind, type StoryKind } from './story-kind';
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
  /**
   * The kind of piece its headline announces, as stored (story-kind.ts `kindNumber`; 0 a report), with whether
   * the headline reports a contest's result (`isContestNumber`) or names a big city (`isCityNumber`).
   */
  readonly kind: number;
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
  /**
   * Where the headline reports a result (`isContestNumber`), the term ids of the side that won and of the side it
   * beat (result-sides.ts; either may be empty: a prize has no beaten side); empty otherwise.
   */
  readonly winnerTermIds: Int32Array;
  readonly loserTermIds: Int32Array;
}

/** A story's text analysed, before its terms are given ids. */
export interface AnalysedStoryText {
  titleCounts: Map<string, number>;
  summaryCounts: Map<string, number>;
  /** Terms of words written with a capital anywhere. */
  capitalTerms: Set<string>;
  names: NameMention[];
  numbers: { value: number; unit: string }[];
  /** The kind of piece its headline announces (story-kind.ts). */
  kind: StoryKind;
  /**
   * Where its headline reports a result (result-sides.ts), the index terms of the side that won and of the side
   * beaten: a contest's two ("Ireland hold off England"), a loss's ("Varga and Kowalczyk knocked out of…"), a prize's
   * winner ("Kim Ha-eun retains All England women's title"). Null for any other headline.
   */
  sides: { winner: string[]; loser: string[] } | null;
  /** Whether its headline names a big city as the place (cities.ts): "Denver council committee advances…". */
  city: boolean;
  /** The round and field of a competition its headline reports (contest-round.ts `contestStage`; 0 for none). */
  stage: number;
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
  const names = extractNames(text, words);
  const isName = provenNameWord(names);
  return {
    titleCounts: termCounts(titleTerms),
    summaryCounts: termCounts(summaryTerms),
    capitalTerms,
    names,
    numbers: [...extractNumbers(text, words), ...resolveRelativeDays(text, words, published)].map((n) => ({
      value: n.value,
      unit: comparableUnit(n.unit),
    })),
    kind: storyKind(head),
    sides: sideTerms(resultSides(head, isName), isName),
    city: headlineCities(head).length > 0,
    stage: contestStage(head),
  };
}

/**
 * A result's sides as index terms, each side kept to the words its text proves names (`isName`): "Varga and
 * Kowalczyk knocked out of Qatar doubles" keeps Kowalczyk, whom the article on Varga's singles never names as a
 * side, where "Varga" opens the headline and proves nothing. A side the text proves no word of asks nothing.
 */
function sideTerms(
  sides: ResultSides | null,
  isName: (word: string) => boolean,
): { winner: string[]; loser: string[] } | null {
  const terms = (words: readonly string[]): string[] => words.filter(isName).flatMap((word) => termOf(word) ?? []);
  return sides === null ? null : { winner: terms(sides.winner), loser: terms(sides.loser) };
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
