/**
 * Names and their variants: "Zelenskyy" in the article, "Zelensky" in the feeds; a typo ("Pyongyng"). When an
 * article's name word is unknown to the index (or nearly so), the shared fuzzy name matcher
 * (`utils/text/fuzzy-names.ts`) looks it up in the index's vocabulary of *name words* — never in the stories —
 * and the closest well-attested variant joins the query. Only term ids are kept; the vocabulary is rebuilt
 * lazily when the index's names change.
 */
import { FUZZY_NAME_LENGTH_SLACK, FuzzyNames } from '../text/fuzzy-names';

/** Shorter words have too many close neighbours ("Kim", "Kin", "Kiev"): no fuzzy lookup for them. */
export const VARIANT_MIN_LENGTH = 5;

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

/** Fuzzy lookup of name variants over an index's name vocabulary, rebuilt lazily when it changes. */
export class NameVariants {
  private version = -1;
  private names: FuzzyNames<number>;
  private memo = new Map<string, number | null>();

  constructor(private readonly vocabulary: NameVocabulary) {
    this.names = new FuzzyNames((id) => vocabulary.term(id));
  }

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
    for (const hit of this.names.closest(term)) {
      const df = this.vocabulary.nameDf(hit.value);
      if (df <= minDf) continue;
      if (!best || hit.score < best.score || (hit.score === best.score && df > best.df))
        best = { id: hit.value, score: hit.score, df };
    }
    this.memo.set(key, best?.id ?? null);
    return best?.id;
  }

  /** Builds the lookup now (a fresh worker does it while it waits for the page), rather than at the first query. */
  prepare(): void {
    this.refresh();
  }

  private refresh(): void {
    if (this.version === this.vocabulary.nameVersion) return;
    this.version = this.vocabulary.nameVersion;
    this.memo.clear();
    this.names = new FuzzyNames((id) => this.vocabulary.term(id));
    for (const id of this.vocabulary.nameTermIds()) {
      if (this.vocabulary.term(id).length >= VARIANT_MIN_LENGTH - FUZZY_NAME_LENGTH_SLACK) this.names.add(id);
    }
  }
}
