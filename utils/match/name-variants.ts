/**
 * Names and their variants: "Zelenskyy" in the article, "Zelensky" in the feeds; a typo ("Pyongyng"). When an
 * article's name word is unknown to the index (or nearly so), Fuse.js looks it up in the index's vocabulary
 * of *name words* — never in the stories — and the closest well-attested variant joins the query.
 * The vocabulary is bucketed by first letter and length, so a lookup searches hundreds of words, not the
 * whole vocabulary. A bucket keeps only term ids; its Fuse instance is built for the lookup and dropped (a
 * few dozen words take well under a millisecond, and answers are memoised), as a cached Fuse per bucket
 * would cost the index more memory than all its name words.
 */
import Fuse from 'fuse.js';

/** Fuse score (0 = identical) up to which a word counts as a variant of the name. */
export const VARIANT_MAX_SCORE = 0.25;
/** Shorter words have too many close neighbours ("Kim", "Kin", "Kiev"): no fuzzy lookup for them. */
export const VARIANT_MIN_LENGTH = 5;
/** Length difference searched around the word. */
const LENGTH_SLACK = 2;

/** What the variant lookup needs of the index. */
export interface NameVocabulary {
  /** Bumped whenever a word starts or stops being a name word. */
  readonly nameVersion: number;
  /** Term ids that appear in some story's names. */
  nameTermIds(): Iterable<number>;
  term(termId: number): string;
  /** Stories whose names hold the term. */
  nameDf(termId: number): number;
}

const bucketKey = (word: string, length: number): string => `${word.charAt(0)}${length}`;

/** Fuzzy lookup of name variants over an index's name vocabulary, rebuilt lazily when it changes. */
export class NameVariants {
  private version = -1;
  /** Term ids of name words by bucket (first letter and length). */
  private words = new Map<string, number[]>();
  private memo = new Map<string, number | null>();

  constructor(private readonly vocabulary: NameVocabulary) {}

  /**
   * The term id of the best-attested close variant of `term` among name words, or undefined. The variant
   * must appear in more stories' names than `minDf` (a variant as rare as the word adds nothing).
   */
  variantOf(term: string, minDf = 0): number | undefined {
    if (term.length < VARIANT_MIN_LENGTH || !/^\p{L}+$/u.test(term)) return undefined;
    this.refresh();
    const key = `${term} ${minDf}`;
    const memo = this.memo.get(key);
    if (memo !== undefined) return memo ?? undefined;
    let best: { id: number; score: number; df: number } | null = null;
    for (let length = term.length - LENGTH_SLACK; length <= term.length + LENGTH_SLACK; length++) {
      const ids = this.words.get(bucketKey(term, length));
      if (!ids) continue;
      const fuse = new Fuse(
        ids.map((id) => this.vocabulary.term(id)),
        { includeScore: true, ignoreLocation: true, threshold: VARIANT_MAX_SCORE, isCaseSensitive: true },
      );
      for (const hit of fuse.search(term, { limit: 5 })) {
        const score = hit.score ?? 1;
        const id = ids[hit.refIndex] as number;
        const df = this.vocabulary.nameDf(id);
        if (hit.item === term || score > VARIANT_MAX_SCORE || df <= minDf) continue;
        if (!best || score < best.score || (score === best.score && df > best.df)) best = { id, score, df };
      }
    }
    this.memo.set(key, best?.id ?? null);
    return best?.id;
  }

  private refresh(): void {
    if (this.version === this.vocabulary.nameVersion) return;
    this.version = this.vocabulary.nameVersion;
    this.memo.clear();
    const words = new Map<string, number[]>();
    for (const id of this.vocabulary.nameTermIds()) {
      const term = this.vocabulary.term(id);
      if (term.length < VARIANT_MIN_LENGTH - LENGTH_SLACK) continue;
      const key = bucketKey(term, term.length);
      const list = words.get(key);
      if (list) list.push(id);
      else words.set(key, [id]);
    }
    this.words = words;
  }
}
