/**
 * Ranking: BM25F finds candidates; event evidence (names, numbers, headline, time) re-ranks them, the scores
 * are smoothed over the candidates' nearest neighbours, and a relative rule (verdict.ts) decides "same story"
 * versus "related background".
 */
import type { MatchReasons } from '../types';
import { explain } from './explain';
import { combine } from './combine';
import { matchFeatures, type MatchFeatures } from './features';
import type { IndexedStory, StoryIndex } from './inverted-index';
import type { SameModel } from './same-model';
import {
  articleCosine,
  articleVector,
  sparseCosine,
  propagate,
  similarities,
  storyVector,
  wordCosine,
  type SparseVector,
} from './neighbours';
import { analyseQuery, type AnalysedQuery, type MatchQuery } from './query';
import { decideAll, rankingContext } from './verdict';
import { VERDICT, type CandidateEvidence, type Crowd, type VerdictRule } from './verdict-rule';

export type { MatchQuery } from './query';
export { VERDICT, type VerdictRule } from './verdict-rule';

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
  /** Why it matched, in parts the view words ("shared: North Korea, Kursk, troops · 2 days apart"). */
  why: MatchReasons;
  /** Figures both give, as the article writes them ("3,200 dockworkers"). */
  sharedNumbers?: string[];
}

/** Options of {@link rankStories}. */
export interface RankOptions {
  /** Most results returned (default 20). */
  limit?: number;
  /** Leave out the story with this id or URL (the article itself); defaults to `query.url`. */
  excludeUrl?: string;
  /** Leave out the story with this id. */
  excludeId?: string;
  /** The decision rule (default {@link VERDICT}); the eval's calibration tries others. */
  rule?: VerdictRule;
  /** The learned same-story model (default SAME_MODEL; null: hand rule v3 alone). */
  model?: SameModel | null;
  /**
   * The candidates {@link findCandidates} found for this very query on this index, when the caller has them
   * already (an index read in parts searched while reading its parts): not searched for twice.
   */
  found?: FoundCandidates;
}

/** The article's analysed query and its BM25F candidates (slots, best first). */
export interface FoundCandidates {
  analysed: AnalysedQuery;
  found: { slot: number; score: number }[];
}

/** A candidate with everything the decision needs, from {@link scoreCandidates}. */
export interface ScoredCandidate extends CandidateEvidence {
  story: IndexedStory;
}

/** Candidates re-ranked per query: plenty for recall, small enough for ~1 ms. */
const CANDIDATES = 60;
/** Best candidates smoothed over their neighbour graph (quadratic in this number). */
const NEIGHBOURHOOD = 40;
/** The "crowd" of topical matches is measured at this rank (or the last candidate, when fewer). */
const CROWD_RANK = 15;
/** The best reports that every candidate is compared with for coherence. */
const ANCHORS = 3;

/**
 * Every candidate for the article with its evidence, best score first (before any verdict). `rankStories`
 * decides on these; the eval's calibration replays the decision with other thresholds.
 */
export function scoreCandidates(
  index: StoryIndex,
  query: MatchQuery,
  options: Pick<RankOptions, 'excludeId' | 'excludeUrl' | 'found'> = {},
): { analysed: AnalysedQuery; candidates: ScoredCandidate[] } {
  const excludeUrl = options.excludeUrl ?? query.url;
  const { analysed, found } = options.found ?? findCandidates(index, query);
  const best = found[0]?.score ?? 0;
  const scored: { story: IndexedStory; features: MatchFeatures; own: number }[] = [];
  for (const { slot, score } of found) {
    const story = index.story(slot);
    if (!story || story.id === options.excludeId) continue;
    if (excludeUrl !== undefined && (story.id === excludeUrl || story.url === excludeUrl)) continue;
    const features = matchFeatures(index, analysed, story, best > 0 ? score / best : 0);
    scored.push({ story, features, own: combine(features) });
  }
  scored.sort((a, b) => b.own - a.own);
  const top = scored.slice(0, NEIGHBOURHOOD);
  const vectors = top.map((c) => storyVector(index, c.story));
  const sims = similarities(vectors);
  const article = articleVector(analysed.termWeight);
  const articleWords = articleVector(analysed.wordWeight);
  const bestFive = crowdOf(analysed.headlineLead, vectors, sims);
  const smoothed = propagate(
    sims,
    top.map((c) => c.own),
  );
  const order = smoothed.map((_, i) => i).sort((a, b) => (smoothed[b] as number) - (smoothed[a] as number));
  const bestScore = smoothed[order[0] ?? 0] ?? 0;
  const crowd = smoothed[order[Math.min(CROWD_RANK, order.length - 1)] ?? 0] ?? 0;
  const anchors = order.slice(0, ANCHORS);
  const rivals = subjectRivals(order.map((i) => (top[i] as (typeof top)[number]).features.focalNames));
  // top is in own order: the best own evidence, and the best among the others.
  const bestOwn = top[0]?.own ?? 0;
  const secondOwn = top[1]?.own ?? 0;
  const candidates = order.map((i, rank): ScoredCandidate => {
    const c = top[i] as (typeof top)[number];
    const score = smoothed[i] as number;
    return {
      story: c.story,
      features: c.features,
      own: c.own,
      score,
      relativeToBest: bestScore > 0 ? score / bestScore : 0,
      aboveCrowd: bestScore > crowd ? Math.max(0, (score - crowd) / (bestScore - crowd)) : 0,
      coherence: coherence(i, anchors, sims, top.length),
      ownGap: c.own - (i === 0 ? secondOwn : bestOwn),
      anchorSimilarity: i === order[0] ? 1 : (sims[i * top.length + (order[0] ?? 0)] as number),
      resemblance: order.map((j) => (j === i ? 1 : (sims[i * top.length + j] as number))),
      articleSimilarity: articleCosine(vectors[i] as SparseVector, article),
      wordSimilarity: wordCosine(vectors[i] as SparseVector, articleWords, analysed.notWords),
      fellowSimilarity: fellowSimilarity(i, sims, top.length),
      crowd: bestFive,
      subjectRival: rivals[rank] as number,
    };
  });
  return { analysed, candidates };
}

/**
 * The article's analysed query and its BM25F candidates: all that ranking reads of the posting lists (the
 * search terms' lists) and of the story records (the candidates'), so an index read in parts reads just these.
 */
export function findCandidates(
  index: StoryIndex,
  query: MatchQuery,
  analysed: AnalysedQuery = analyseQuery(index, query),
): FoundCandidates {
  return { analysed, found: index.search(analysed.searchTerms, CANDIDATES) };
}

/** The best candidates (by their own evidence) whose crowd the article is measured against. */
const CROWD = 5;

/**
 * The crowd of the best {@link CROWD} candidates (by their own evidence), and how much the article, as a story of the
 * cache would be (query.ts `headlineLead`), sits in it. Undefined with fewer than two candidates: no crowd.
 */
function crowdOf(lead: SparseVector, vectors: readonly SparseVector[], sims: Float64Array): Crowd | undefined {
  const n = vectors.length;
  const k = Math.min(CROWD, n);
  if (k < 2) return undefined;
  let toArticle = 0;
  let among = 0;
  for (let i = 0; i < k; i++) {
    toArticle += sparseCosine(lead, vectors[i] as SparseVector);
    for (let j = 0; j < k; j++) if (j !== i) among += sims[i * n + j] as number;
  }
  const cohesion = among / (k * (k - 1));
  return { cohesion, membership: toArticle / k - cohesion };
}

/** The best candidates (by score) among which a story may be the only one about the article's subject. */
const SUBJECT_RIVALS = 20;

/**
 * For each candidate (`focal`: each one's share of the article's focal names, best score first), the largest share
 * another of the best {@link SUBJECT_RIVALS} carries (verdict-rule.ts `subjectRival`).
 */
function subjectRivals(focal: readonly number[]): number[] {
  const best = focal.slice(0, SUBJECT_RIVALS);
  let first = -1;
  for (const [i, v] of best.entries()) if (first < 0 || v > (best[first] as number)) first = i;
  const highest = best[first] ?? 0;
  const second = Math.max(0, ...best.filter((_, i) => i !== first));
  return focal.map((_, i) => (i === first ? second : highest));
}

/** The highest cosine of candidate i to another candidate (`sims`: the n × n cosines, 0 on the diagonal). */
function fellowSimilarity(i: number, sims: Float64Array, n: number): number {
  let best = 0;
  for (let j = 0; j < n; j++) if (j !== i) best = Math.max(best, sims[i * n + j] as number);
  return best;
}

/** Mean cosine of candidate i to the anchors other than itself (`sims`: the n × n cosines of the candidates). */
function coherence(i: number, anchors: readonly number[], sims: Float64Array, n: number): number {
  let sum = 0;
  let count = 0;
  for (const j of anchors) {
    if (j === i) continue;
    sum += sims[i * n + j] as number;
    count++;
  }
  return count > 0 ? sum / count : 0;
}

/**
 * The anchor score that establishes the article's event: the best candidate's own evidence or its smoothed
 * score, whichever is higher. Smoothing over neighbours orders the list; it should not un-establish a strong
 * report that happens to be the only one in the cache (it has no neighbours to lift it).
 */
export function anchorScore(candidates: readonly Pick<CandidateEvidence, 'own' | 'score'>[]): number {
  const top = candidates[0];
  return top === undefined ? 0 : Math.max(top.own, top.score);
}

/** Stories of `index` that report the article's event or relate to it, best first. */
export function rankStories(index: StoryIndex, query: MatchQuery, options: RankOptions = {}): RankedMatch[] {
  return rankAll(index, query, options).shown;
}

/**
 * {@link rankStories}, plus the ids of every candidate in score order, shown or not (the eval's ranking
 * metrics judge the order; the verdict decides what a reader sees).
 */
export function rankAll(
  index: StoryIndex,
  query: MatchQuery,
  options: RankOptions = {},
): { shown: RankedMatch[]; order: string[] } {
  const limit = options.limit ?? 20;
  const { analysed, candidates } = scoreCandidates(index, query, options);
  const context = rankingContext(candidates, options.model);
  const verdicts = decideAll(candidates, context, options.rule ?? VERDICT, options.model);
  const out: RankedMatch[] = [];
  for (const [i, c] of candidates.entries()) {
    const verdict = verdicts[i];
    if (verdict === null || verdict === undefined) continue;
    const f = c.features;
    const sharedTerms = f.sharedTermIds.slice(0, 6).map((id) => analysed.surface.get(id) ?? index.term(id));
    out.push({
      id: c.story.id,
      score: c.score,
      verdict,
      sharedNames: f.sharedNames,
      sharedTerms,
      sharedNumbers: f.sharedNumbers,
      daysApart: f.daysApart,
      why: explain(f, sharedTerms),
    });
    if (out.length >= limit) break;
  }
  return { shown: out, order: candidates.map((c) => c.story.id) };
}
