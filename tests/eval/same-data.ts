/**
 * The training and checking data of the learned same-story decision: every query of a set ranked with the
 * cache in three states — full, holding none of the event's reports, holding one (as judgement.ts does) —
 * with each candidate's evidence, the anchor, and whether it reports the query's event; and, when asked for
 * (train-same.ts `--foreign`), a fourth: against the real feeds (2022–2024), a cache holding nothing on the article's topic either, as a
 * reader of an unrelated page has (the no-false-same corpora check ranks the same). Any decision that looks at
 * one candidate and the anchor can then be replayed over all four without ranking again.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { StoryIndex, type IndexableStory } from '../../utils/match/inverted-index';
import { scoreCandidates } from '../../utils/match/rank';
import { realFeedIndex } from '../support/real-feeds';
import type { CandidateEvidence } from '../../utils/match/verdict-rule';
import { topicsOf } from './calibrate';
import { readJsonl, toEpoch, toQuery, type EvalQuery, type EvalStory } from './evaluate';
import { precisionRecallF1, setCounts, type SetCounts } from './metrics';

/**
 * Which cache state a ranking was made in: the set's stories all there, with none of the event's reports, with
 * one; or 'foreign', the real feeds, which hold nothing on the article's event or its topic.
 */
export type Scenario = 'full' | 'none' | 'one' | 'foreign';

/** One candidate in one ranking. */
export interface ScenarioCandidate extends CandidateEvidence {
  id: string;
  /** Whether it reports the query's event (the set's label). */
  same: boolean;
}

/** One query ranked in one cache state. */
export interface ScenarioRanking {
  query: string;
  topic: string;
  scenario: Scenario;
  candidates: ScenarioCandidate[];
  /** Reports of the event in the cache (for recall): all of them, none, or the one kept. */
  relevant: ReadonlySet<string>;
}

/**
 * Ranks every query of the set in `dir` in the three cache states, and against the real feeds in `feeds` (e.g.
 * REAL_FEEDS, tests/support/real-feeds.ts) when given and present; null (the default, as v3 was trained) for none.
 * `headlinesOnly` cuts every story to its headline, as headline-only feeds deliver them (then without the feeds).
 */
export function collectScenarios(dir: string, feeds: string | null = null, headlinesOnly = false): ScenarioRanking[] {
  const stories = readJsonl<EvalStory>(path.join(dir, 'stories.jsonl'));
  const queries = readJsonl<EvalQuery>(path.join(dir, 'queries.jsonl'));
  const index = new StoryIndex();
  const byId = new Map<string, IndexableStory>(
    stories.map((s) => [
      s.id,
      {
        id: s.id,
        title: s.title ?? '',
        summary: headlinesOnly ? '' : (s.summary ?? ''),
        published: toEpoch(s.published),
        url: s.url,
      },
    ]),
  );
  for (const s of byId.values()) index.add(s);
  const labelled = queries.map((q) => ({
    id: q.id,
    relevant: new Set((q.relevant ?? []).filter((id) => id !== q.id)),
    hard: new Set(q.hard ?? []),
  }));
  const topics = topicsOf(labelled);
  const out: ScenarioRanking[] = [];
  queries.forEach((q, i) => {
    const relevant = (labelled[i] as (typeof labelled)[number]).relevant;
    const topic = topics.get(q.id) ?? q.id;
    const rank = (scenario: Scenario, present: ReadonlySet<string>): void => {
      const { candidates } = scoreCandidates(index, toQuery(q), { excludeId: q.id });
      out.push({
        query: q.id,
        topic,
        scenario,
        candidates: candidates.map((c) => ({ ...c, id: c.story.id, same: relevant.has(c.story.id) })),
        relevant: present,
      });
    };
    rank('full', relevant);
    const inCache = [...relevant].filter((id) => index.has(id));
    if (inCache.length === 0) return;
    for (const id of inCache) index.remove(id);
    try {
      rank('none', new Set());
      // The kept report is fixed by the query's position, as in judgement.ts, so runs repeat.
      const kept = inCache[i % inCache.length] as string;
      index.add(byId.get(kept) as IndexableStory);
      rank('one', new Set([kept]));
    } finally {
      for (const id of inCache) if (!index.has(id)) index.add(byId.get(id) as IndexableStory);
    }
  });
  if (feeds !== null && existsSync(feeds) && !headlinesOnly) out.push(...againstFeeds(queries, topics, feeds));
  return out;
}

/** Every query ranked against the real feeds, dated in their middle so time cannot tell them apart. */
function againstFeeds(
  queries: readonly EvalQuery[],
  topics: ReadonlyMap<string, string>,
  feeds: string,
): ScenarioRanking[] {
  const { index, midTime } = realFeedIndex(feeds);
  return queries.map((q) => ({
    query: q.id,
    topic: topics.get(q.id) ?? q.id,
    scenario: 'foreign',
    candidates: scoreCandidates(index, { ...toQuery(q), published: midTime }).candidates.map((c) => ({
      ...c,
      id: c.story.id,
      same: false,
    })),
    relevant: new Set(),
  }));
}

/** A same-story decision on one candidate of a ranking. */
export type SameDecision = (c: ScenarioCandidate, ranking: ScenarioRanking) => boolean;

/**
 * A {@link SameDecision} from a decision over a whole ranking (the join by resemblance looks at all of it): each
 * ranking is decided once, when first asked about.
 */
export function decidedPerRanking(sameIn: (r: ScenarioRanking) => ReadonlySet<ScenarioCandidate>): SameDecision {
  const decided = new Map<ScenarioRanking, ReadonlySet<ScenarioCandidate>>();
  return (c, r) => {
    let same = decided.get(r);
    if (same === undefined) {
      same = sameIn(r);
      decided.set(r, same);
    }
    return same.has(c);
  };
}

/** The figures for a decision over some rankings. */
export interface SameFigures {
  precision: number;
  recall: number;
  f1: number;
  /** Share of "none" rankings with any "same". */
  noneFalse: number;
  /** Share of "one" rankings whose kept report is "same". */
  loneFound: number;
  /** Share of "one" rankings with another story "same". */
  loneWrong: number;
  /** Precision over the set's three cache states pooled: what a displayed "Same story" is worth. */
  pooledPrecision: number;
  /** Share of rankings against the real feeds with any "same" (0 when there are none). */
  foreignFalse: number;
  /** How many of those rankings have a "same" (the corpora check counts the same). */
  foreignFalseCount: number;
  /** How many rankings against the real feeds there are (0 without `--foreign`). */
  foreignRankings: number;
}

/** Replays `decide` over `rankings`. */
export function figures(rankings: readonly ScenarioRanking[], decide: SameDecision): SameFigures {
  const full: SetCounts[] = [];
  let none = 0;
  let noneFalse = 0;
  let one = 0;
  let loneFound = 0;
  let loneWrong = 0;
  let foreign = 0;
  let foreignFalse = 0;
  let tp = 0;
  let fp = 0;
  for (const r of rankings) {
    const same = r.candidates.filter((c) => decide(c, r));
    if (r.scenario === 'foreign') {
      foreign++;
      if (same.length > 0) foreignFalse++;
      continue;
    }
    for (const c of same)
      if (r.relevant.has(c.id)) tp++;
      else fp++;
    if (r.scenario === 'full')
      full.push(
        setCounts(
          same.map((c) => c.id),
          r.relevant,
        ),
      );
    else if (r.scenario === 'none') {
      none++;
      if (same.length > 0) noneFalse++;
    } else {
      one++;
      if (same.some((c) => r.relevant.has(c.id))) loneFound++;
      if (same.some((c) => !r.relevant.has(c.id))) loneWrong++;
    }
  }
  const prf = precisionRecallF1(full);
  return {
    ...prf,
    noneFalse: noneFalse / Math.max(none, 1),
    loneFound: loneFound / Math.max(one, 1),
    loneWrong: loneWrong / Math.max(one, 1),
    pooledPrecision: tp + fp === 0 ? 1 : tp / (tp + fp),
    foreignFalse: foreignFalse / Math.max(foreign, 1),
    foreignFalseCount: foreignFalse,
    foreignRankings: foreign,
  };
}

/** The two halves of the topics, as calibrate.ts splits them (sorted topic names, alternately). */
export function halves(rankings: readonly ScenarioRanking[]): { a: ScenarioRanking[]; b: ScenarioRanking[] } {
  const names = [...new Set(rankings.map((r) => r.topic))].sort();
  const half = new Set(names.filter((_, i) => i % 2 === 0));
  return { a: rankings.filter((r) => half.has(r.topic)), b: rankings.filter((r) => !half.has(r.topic)) };
}
