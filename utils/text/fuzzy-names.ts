/**
 * The one fuzzy name matcher, shared by the matcher's name variants ("Zelenskyy" in the article, "Zelensky" in
 * the feeds) and the context engine's people lookup ("Netanyahou" → Netanyahu). Names are kept in buckets by
 * first letter and length, so a lookup compares a query with the few dozen names that could be a spelling of
 * it, never the whole vocabulary. A bucket keeps only the caller's values; the Fuse.js instance is built for
 * the lookup and dropped, because a cached instance per bucket costs more memory than the names themselves
 * (callers memoise answers: the vocabulary of news is small).
 */
import { distance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';

/**
 * Fuse score (0 = identical, 1 = nothing alike) up to which one name counts as a spelling of another. 0.25
 * keeps a transliteration's one or two letters ("Zelenskyy"/"Zelensky" 0.11, "Netanyahou"/"Netanyahu" 0.10) and
 * turns away names that share only a stem ("Kinshasa"/"Kingston", "Macron"/"Marcos": 0.5). In a short word one
 * letter weighs too much ("Obama"/"Osama": 0.2), so each caller sets a minimum length.
 */
export const FUZZY_NAME_MAX_SCORE = 0.25;
/** How many letters longer or shorter a spelling may be. */
export const FUZZY_NAME_LENGTH_SLACK = 2;

/** One close name: the caller's value and how close (Fuse score, lower is closer). */
export interface FuzzyNameHit<T> {
  value: T;
  text: string;
  score: number;
}

const bucketKey = (text: string, length: number): string => `${text.charAt(0)}${length}`;

/** Names bucketed for fuzzy lookup; `textOf` gives a value's name (lower-cased or folded as the caller keys it). */
export class FuzzyNames<T> {
  private readonly buckets = new Map<string, T[]>();

  constructor(private readonly textOf: (value: T) => string) {}

  /** Adds a name to the vocabulary. */
  add(value: T): void {
    const text = this.textOf(value);
    const key = bucketKey(text, text.length);
    const list = this.buckets.get(key);
    if (list) list.push(value);
    else this.buckets.set(key, [value]);
  }

  /**
   * Names other than `query` itself within {@link FUZZY_NAME_MAX_SCORE}, with the same first letter and a length
   * within {@link FUZZY_NAME_LENGTH_SLACK}, closest first (at most `limit` per length bucket).
   */
  closest(query: string, limit = 5): FuzzyNameHit<T>[] {
    const hits: FuzzyNameHit<T>[] = [];
    for (
      let length = query.length - FUZZY_NAME_LENGTH_SLACK;
      length <= query.length + FUZZY_NAME_LENGTH_SLACK;
      length++
    ) {
      const values = this.buckets.get(bucketKey(query, length));
      if (!values) continue;
      const fuse = new Fuse(
        values.map((v) => this.textOf(v)),
        { includeScore: true, ignoreLocation: true, threshold: FUZZY_NAME_MAX_SCORE, isCaseSensitive: true },
      );
      for (const hit of fuse.search(query, { limit })) {
        const score = hit.score ?? 1;
        if (hit.item === query || score > FUZZY_NAME_MAX_SCORE || !spellsWholeWord(query, hit.item)) continue;
        hits.push({ value: values[hit.refIndex] as T, text: hit.item, score });
      }
    }
    return hits.sort((a, b) => a.score - b.score);
  }
}

/**
 * Whether `name` is a spelling of the whole of `query`: their edit distance is within
 * {@link FUZZY_NAME_MAX_SCORE} of the longer one's letters. Fuse finds the query anywhere in a name, so it scores
 * French "Français" as "Francisco" with one letter off (0.125: the end "co" is never compared); three edits in nine
 * letters is another word. A transliteration stays: "Zelenskyy"/"Zelensky" 1 in 9, "Alexei"/"Alexey" 1 in 6.
 */
function spellsWholeWord(query: string, name: string): boolean {
  return distance(query, name) <= FUZZY_NAME_MAX_SCORE * Math.max(query.length, name.length);
}
