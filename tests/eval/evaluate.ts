/**
 * The related-coverage evaluation, as a function: index a set's stories, rank them for each query, and
 * compute quality and speed figures (used by `npm run eval` and by tests/corpora/eval.test.ts).
 * Set format: ../shared/README.md, "Evaluation set format".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { StoryIndex, type IndexableStory } from '../../utils/match/inverted-index';
import { rankAll, rankStories, scoreCandidates, type MatchQuery } from '../../utils/match/rank';
import { topicsOf, type CalibrationQuery } from './calibrate';
import { judgement, type JudgementReport } from './judgement';
import {
  hardAt,
  mean,
  ndcgAt,
  percentile,
  precisionAt,
  precisionRecallF1,
  recallAt,
  reciprocalRank,
  setCounts,
  type SetCounts,
} from './metrics';

/** A story line of a set. */
export interface EvalStory {
  id: string;
  title: string | null;
  summary: string | null;
  url: string | null;
  published: string | number | null;
}

/** A query line of a set. */
export interface EvalQuery extends EvalStory {
  text: string | null;
  relevant: string[] | null;
  hard: string[] | null;
}

/** Everything one evaluation run measured. */
export interface EvalReport {
  stories: number;
  queries: number;
  /** Queries without relevant stories (left out of the ranking metrics). */
  unlabelled: number;
  buildMs: number;
  p5: number;
  r10: number;
  mrr: number;
  ndcg10: number;
  hard5: number;
  same: { precision: number; recall: number; f1: number };
  /**
   * Where full-set recall goes: queries with reports of their event cached but nothing shown as "same" (the event
   * never established), their pairs, and the pairs missed over all queries.
   */
  nothingSame: { queries: number; pairs: number; missedPairs: number };
  ms: { mean: number; p50: number; p95: number; coldMean: number };
  /** One JSON line per query: {"query", "ranked": [top 20 ids], "same": [ids], "ms"}. */
  rankings: string[];
  /** Each query's candidates with their evidence, for the split-half calibration. */
  calibration: CalibrationQuery[];
  /** What is called "same" when the cache holds none, or one, of the event's reports (judgement.ts). */
  judgement: JudgementReport;
  /** Related background rows over all queries, by where they come from (topics: calibrate.ts topicsOf). */
  background: BackgroundReport;
}

/** Where the rows shown as Related background come from. */
export interface BackgroundReport {
  rows: number;
  /** Rows from another topic than the query's: look-alikes on a shared place or word. */
  otherTopic: number;
  /** Rows from the query's topic: its other event (the background a reader wants) or its own event (missed as same). */
  sameTopic: number;
  /** Of those, rows reporting the query's own event. */
  sameEvent: number;
  /** Queries showing any background, and any from another topic. */
  queriesWithAny: number;
  queriesWithOther: number;
}

/** The files of a set, or a sentence saying why `dir` is not one. */
export function setProblem(dir: string): string | null {
  for (const file of ['stories.jsonl', 'queries.jsonl']) {
    if (!existsSync(path.join(dir, file)))
      return `${dir} has no ${file}: not an evaluation set (see ../shared/README.md, "Evaluation set format")`;
  }
  return null;
}

/** Lines of a JSONL file. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** A set's date as epoch ms, or null. */
export function toEpoch(value: string | number | null): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/** The article's lead as the extractor would give it: the first paragraph(s) after the headline, a few hundred characters. */
function leadOf(title: string, text: string): string {
  const paragraphs = text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paragraphs[0] === title.trim()) paragraphs.shift();
  let lead = '';
  for (const p of paragraphs) {
    if (lead.length >= 200) break;
    lead = lead === '' ? p : `${lead}\n${p}`;
  }
  return lead.slice(0, 600);
}

/** A query line as the extractor would hand it to the matcher. */
export function toQuery(q: EvalQuery): MatchQuery {
  const title = q.title ?? '';
  const text = q.text ?? '';
  return { title, lead: leadOf(title, text), text, published: toEpoch(q.published), url: q.url ?? undefined };
}

/**
 * Runs the evaluation on the set in `dir`. "ranked" is the engine's order over all its candidates (shown or
 * not: the ranking metrics judge the order); "same" is every candidate it calls the same story.
 */
export function evaluateSet(dir: string, options: { calibrate?: boolean } = {}): EvalReport {
  const stories = readJsonl<EvalStory>(path.join(dir, 'stories.jsonl'));
  const queries = readJsonl<EvalQuery>(path.join(dir, 'queries.jsonl'));
  const index = new StoryIndex();
  const indexable = new Map<string, IndexableStory>(
    stories.map((s) => [
      s.id,
      { id: s.id, title: s.title ?? '', summary: s.summary ?? '', published: toEpoch(s.published), url: s.url },
    ]),
  );
  const buildStart = performance.now();
  for (const s of indexable.values()) index.add(s);
  const buildMs = performance.now() - buildStart;

  // One untimed pass warms the JIT, so the timings below are of steady-state ranking (a worker that has
  // answered a few articles); the first, cold queries of a fresh process take several times longer.
  const coldStart = performance.now();
  for (const q of queries) rankStories(index, toQuery(q), { excludeId: q.id, limit: 60 });
  const coldMs = performance.now() - coldStart;

  const rows = {
    p5: [] as number[],
    r10: [] as number[],
    mrr: [] as number[],
    ndcg10: [] as number[],
    hard5: [] as number[],
    ms: [] as number[],
  };
  const counts: SetCounts[] = [];
  const rankings: string[] = [];
  const topics = topicsOf(
    queries.map((q) => ({ id: q.id, relevant: new Set(q.relevant ?? []), hard: new Set(q.hard ?? []) })),
  );
  const nothingSame = { queries: 0, pairs: 0, missedPairs: 0 };
  const background: BackgroundReport = {
    rows: 0,
    otherTopic: 0,
    sameTopic: 0,
    sameEvent: 0,
    queriesWithAny: 0,
    queriesWithOther: 0,
  };
  for (const q of queries) {
    const input = toQuery(q);
    const start = performance.now();
    const { shown, order } = rankAll(index, input, { excludeId: q.id, limit: 60 });
    const ms = performance.now() - start;
    const ids = order.slice(0, 20);
    const same = shown.filter((r) => r.verdict === 'same').map((r) => r.id);
    const relevant = new Set((q.relevant ?? []).filter((id) => id !== q.id));
    const hard = new Set(q.hard ?? []);
    // Ranking metrics are undefined without relevant stories; such queries still count for "same" precision.
    if (relevant.size > 0) {
      rows.p5.push(precisionAt(ids, relevant, 5));
      rows.r10.push(recallAt(ids, relevant, 10));
      rows.mrr.push(reciprocalRank(ids, relevant));
      rows.ndcg10.push(ndcgAt(ids, relevant, 10));
      rows.hard5.push(hardAt(ids, hard, 5));
    }
    rows.ms.push(ms);
    const sameCounts = setCounts(same, relevant);
    counts.push(sameCounts);
    nothingSame.missedPairs += sameCounts.falseNegatives;
    if (same.length === 0 && relevant.size > 0) {
      nothingSame.queries++;
      nothingSame.pairs += relevant.size;
    }
    const related = shown.filter((r) => r.verdict === 'related').map((r) => r.id);
    const topic = topics.get(q.id);
    const other = related.filter((id) => topics.get(id) !== topic).length;
    background.rows += related.length;
    background.otherTopic += other;
    background.sameTopic += related.length - other;
    background.sameEvent += related.filter((id) => relevant.has(id)).length;
    if (related.length > 0) background.queriesWithAny++;
    if (other > 0) background.queriesWithOther++;
    rankings.push(JSON.stringify({ query: q.id, ranked: ids, same, ms: Math.round(ms * 1000) / 1000 }));
  }
  const calibration: CalibrationQuery[] = !options.calibrate
    ? []
    : queries.map((q) => ({
        id: q.id,
        candidates: scoreCandidates(index, toQuery(q), { excludeId: q.id }).candidates.map((c) => ({
          ...c,
          id: c.story.id,
        })),
        relevant: new Set((q.relevant ?? []).filter((id) => id !== q.id)),
        hard: new Set(q.hard ?? []),
      }));
  // Last: it takes stories out of the index and puts them back.
  const judged = judgement(
    index,
    indexable,
    queries.map((q) => ({ id: q.id, query: toQuery(q), relevant: q.relevant ?? [] })),
  );
  return {
    stories: stories.length,
    queries: queries.length,
    unlabelled: queries.length - rows.ndcg10.length,
    buildMs,
    p5: mean(rows.p5),
    r10: mean(rows.r10),
    mrr: mean(rows.mrr),
    ndcg10: mean(rows.ndcg10),
    hard5: mean(rows.hard5),
    same: precisionRecallF1(counts),
    nothingSame,
    ms: {
      mean: mean(rows.ms),
      p50: percentile(rows.ms, 50),
      p95: percentile(rows.ms, 95),
      coldMean: coldMs / Math.max(queries.length, 1),
    },
    rankings,
    calibration,
    judgement: judged,
    background,
  };
}
