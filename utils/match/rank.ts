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
 * How much each kind of evidence counts. Names weigh most because they say *which* event (who, where);
 * words alone also match look-alikes (another riot, another quake). Numbers (a toll, a magnitude, a year)
 * and time tell two events of the same kind apart.
 */
export const WEIGHTS = { lexical: 0.25, storyCoverage: 0.25, names: 0.3, title: 0.1, numbersAgree: 0.1, numbersConflict: 0.1 };

/**
 * Verdict rule v1. "Same story" needs all three:
 *  1. the combined score clears SAME_THRESHOLD (strong overall evidence);
 *  2. at least two salient names/terms shared, or headlines that largely agree (not one coincidental word);
 *  3. publication within SAME_MAX_DAYS when both dates are known (coverage of one event clusters in days;
 *     a report from months earlier is background even if it names the same people).
 * Otherwise a story is "related" when it clears RELATED_THRESHOLD, and left out below that.
 */
export const VERDICT = { sameThreshold: 0.4, relatedThreshold: 0.15, sameMaxDays: 4, minShared: 2, strongTitle: 0.5 };

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
  top.forEach(({ story, features: f }, i) => {
    const score = smoothed[i] as number;
    const verdict = decide(f, score);
    if (verdict === null) return;
    const sharedTerms = f.sharedTermIds.slice(0, 6).map((id) => analysed.surface.get(id) ?? index.term(id));
    out.push({ id: story.id, score, verdict, sharedNames: f.sharedNames, sharedTerms, daysApart: f.daysApart, why: explain(f, sharedTerms) });
  });
  out.sort((a, b) => b.score - a.score);
  return out.slice(0, limit);
}

function decide(f: MatchFeatures, score: number): RankedMatch['verdict'] | null {
  const shared = f.sharedNames.length + Math.min(f.sharedTermIds.length, 2);
  const recent = f.daysApart === null || f.daysApart <= VERDICT.sameMaxDays;
  if (score >= VERDICT.sameThreshold && (shared >= VERDICT.minShared || f.titleSimilarity >= VERDICT.strongTitle) && recent) return 'same';
  return score >= VERDICT.relatedThreshold ? 'related' : null;
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
