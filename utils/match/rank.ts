/**
 * Ranking v1: BM25F finds candidates; event evidence (names, numbers, headline, time) re-ranks them and
 * decides "same story" versus "related background".
 */
import { matchFeatures, type MatchFeatures } from './features';
import type { IndexedStory, StoryIndex } from './inverted-index';
import { propagate, storyVector } from './neighbours';
import { analyseQuery, type MatchQuery } from './query';

export type { MatchQuery } from './query';

/** A stored story ranked against the article. */
export interface RankedMatch {
  id: string;
  /** Combined evidence, 0..1. */
  score: number;
  verdict: 'same' | 'related';
  /** Names the article and story share, as the article writes them. */
  sharedNames: string[];
  /** Other salient words they share. */
  sharedTerms: string[];
  daysApart: number | null;
  /** Human-readable reasons: "shared: North Korea, Kursk, troops · 2 days apart". */
  why: string;
}

/** Options of {@link rankStories}. */
export interface RankOptions {
  /** Most results returned (default 20). */
  limit?: number;
  /** Leave out the story with this id or URL (the article itself); defaults to `query.url`. */
  excludeUrl?: string;
  /** Leave out the story with this id. */
  excludeId?: string;
}

/** Candidates re-ranked per query: plenty for recall, small enough for ~1 ms. */
const CANDIDATES = 60;
/** Best candidates smoothed over their neighbour graph (quadratic in this number). */
const NEIGHBOURHOOD = 40;

/**
 * How much each kind of evidence counts (the positive weights sum to 1). Words (BM25F, and how much of the
 * story the article covers) say what happened, but also match look-alikes: another riot, another quake.
 * Names say *which* event (who, where); numbers (a toll, a magnitude, a date, a year) tell two events of
 * the same kind apart, and a figure given differently counts against. Time apart scales the sum (combine).
 */
export const WEIGHTS = { lexical: 0.25, storyCoverage: 0.25, names: 0.25, title: 0.1, numbersAgree: 0.15, numbersConflict: 0.1 };

/**
 * Verdict rule v1. "Same story" needs all three:
 *  1. the combined score clears sameThreshold (strong overall evidence);
 *  2. at least two salient names/terms shared, or headlines that largely agree (not one coincidental word);
 *  3. publication within sameMaxDays when both dates are known (coverage of one event clusters in days;
 *     a report from months earlier is background even if it names the same people).
 * Otherwise a story is "related" when it clears relatedThreshold and shares a name with the article (background
 * is about the same actors and places), or clears the higher relatedWithoutNames; it is left out below that.
 */
export const VERDICT = {
  sameThreshold: 0.375,
  sameOwnThreshold: 0.3,
  relatedThreshold: 0.2,
  relatedWithoutNames: 0.25,
  sameMaxDays: 4,
  minShared: 2,
  strongTitle: 0.5,
};

/** Combined score of a candidate, 0..1. */
export function combine(f: MatchFeatures): number {
  const names = f.storyNames === null ? f.queryNames : (f.queryNames + f.storyNames) / 2;
  const raw =
    WEIGHTS.lexical * f.lexical +
    WEIGHTS.storyCoverage * f.storyCoverage +
    WEIGHTS.names * names +
    WEIGHTS.title * f.titleSimilarity +
    WEIGHTS.numbersAgree * f.numbersAgree -
    WEIGHTS.numbersConflict * f.numbersConflict;
  // Older stories fade gently: still background, rarely the same report.
  const time = f.daysApart === null ? 1 : 1 / (1 + f.daysApart / 30);
  return Math.max(0, Math.min(1, raw * time));
}

/** Stories of `index` that report the article's event or relate to it, best first. */
export function rankStories(index: StoryIndex, query: MatchQuery, options: RankOptions = {}): RankedMatch[] {
  const limit = options.limit ?? 20;
  const excludeUrl = options.excludeUrl ?? query.url;
  const analysed = analyseQuery(index, query);
  const found = index.search(analysed.searchTerms, CANDIDATES);
  const best = found[0]?.score ?? 0;
  const scored: { story: IndexedStory; features: MatchFeatures; base: number }[] = [];
  for (const { slot, score } of found) {
    const story = index.story(slot);
    if (!story || story.id === options.excludeId) continue;
    if (excludeUrl !== undefined && (story.id === excludeUrl || story.url === excludeUrl)) continue;
    const features = matchFeatures(index, analysed, story, best > 0 ? score / best : 0);
    scored.push({ story, features, base: combine(features) });
  }
  scored.sort((a, b) => b.base - a.base);
  const top = scored.slice(0, Math.max(NEIGHBOURHOOD, limit));
  const smoothed = propagate(top.map((c) => storyVector(index, c.story)), top.map((c) => c.base));

  const out: RankedMatch[] = [];
  top.forEach(({ story, features: f, base }, i) => {
    const score = smoothed[i] as number;
    const verdict = decide(f, base, score);
    if (verdict === null) return;
    const sharedTerms = f.sharedTermIds.slice(0, 6).map((id) => analysed.surface.get(id) ?? index.term(id));
    out.push({ id: story.id, score, verdict, sharedNames: f.sharedNames, sharedTerms, daysApart: f.daysApart, why: explain(f, sharedTerms) });
  });
  out.sort((a, b) => b.score - a.score);
  return out.slice(0, limit);
}

function decide(f: MatchFeatures, own: number, score: number): RankedMatch['verdict'] | null {
  const shared = f.sharedNames.length + Math.min(f.sharedTermIds.length, 2);
  const recent = f.daysApart === null || f.daysApart <= VERDICT.sameMaxDays;
  const evidence = score >= VERDICT.sameThreshold && own >= VERDICT.sameOwnThreshold;
  if (evidence && (shared >= VERDICT.minShared || f.titleSimilarity >= VERDICT.strongTitle) && recent) return 'same';
  // Background shares an actor or place with the article; without one, only clearly topical stories qualify.
  const related = f.sharedNames.length > 0 ? VERDICT.relatedThreshold : VERDICT.relatedWithoutNames;
  return score >= related ? 'related' : null;
}

/** "shared: North Korea, Kursk, troops · 2 days apart". */
function explain(f: MatchFeatures, sharedTerms: string[]): string {
  const shared = [...f.sharedNames.slice(0, 4), ...sharedTerms.slice(0, 3)];
  const parts = shared.length > 0 ? [`shared: ${shared.join(', ')}`] : [];
  if (f.daysApart !== null) {
    const days = Math.round(f.daysApart);
    parts.push(days === 0 ? 'same day' : `${days} day${days === 1 ? '' : 's'} apart`);
  }
  return parts.join(' · ');
}
