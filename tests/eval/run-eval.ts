/**
 * Related-coverage eval: indexes a set's stories, ranks them for each of its queries and prints quality
 * and speed figures.
 *
 *   npm run eval -- --set <dir> [--rankings <file>]
 *
 * <dir> holds stories.jsonl and queries.jsonl in the format of ../shared/README.md ("Evaluation set format").
 * With --rankings, one JSON line per query is written: {"query", "ranked": [top 20 ids], "same": [ids], "ms"}.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { StoryIndex } from '../../utils/match/inverted-index';
import { rankAll, rankStories, scoreCandidates } from '../../utils/match/rank';
import { splitHalfReport, type CalibrationQuery } from './calibrate';
import { hardAt, mean, ndcgAt, percentile, precisionAt, precisionRecallF1, recallAt, reciprocalRank, setCounts, type SetCounts } from './metrics';

interface EvalStory {
  id: string;
  title: string | null;
  summary: string | null;
  url: string | null;
  published: string | number | null;
}

interface EvalQuery extends EvalStory {
  text: string | null;
  relevant: string[] | null;
  hard: string[] | null;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

function parseArgs(argv: string[]): { set: string; rankings: string | null; calibrate: boolean } {
  let set: string | null = null;
  let rankings: string | null = null;
  let calibrate = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--set') set = argv[++i] ?? null;
    else if (arg === '--calibrate') calibrate = true;
    else if (arg === '--rankings') rankings = argv[++i] ?? null;
    else if (arg !== undefined && !arg.startsWith('--')) set ??= arg;
  }
  if (set === null) {
    console.error('usage: npm run eval -- --set <dir> [--rankings <file>] [--calibrate]');
    process.exit(2);
  }
  return { set: path.resolve(set), rankings: rankings === null ? null : path.resolve(rankings), calibrate };
}

function toEpoch(value: string | number | null): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

/** The article's lead as the extractor would give it: the first paragraph(s) after the headline, a few hundred characters. */
function leadOf(title: string, text: string): string {
  const paragraphs = text.split('\n').map((p) => p.trim()).filter((p) => p !== '');
  if (paragraphs[0] === title.trim()) paragraphs.shift();
  let lead = '';
  for (const p of paragraphs) {
    if (lead.length >= 200) break;
    lead = lead === '' ? p : `${lead}\n${p}`;
  }
  return lead.slice(0, 600);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  for (const file of ['stories.jsonl', 'queries.jsonl']) {
    if (!existsSync(path.join(args.set, file))) {
      console.error(`${args.set} has no ${file}: not an evaluation set (see ../shared/README.md, "Evaluation set format")`);
      process.exit(2);
    }
  }
  const stories = readJsonl<EvalStory>(path.join(args.set, 'stories.jsonl'));
  const queries = readJsonl<EvalQuery>(path.join(args.set, 'queries.jsonl'));

  const index = new StoryIndex();
  const buildStart = performance.now();
  for (const s of stories) index.add({ id: s.id, title: s.title ?? '', summary: s.summary ?? '', published: toEpoch(s.published), url: s.url });
  const buildMs = performance.now() - buildStart;

  const toQuery = (q: EvalQuery) => {
    const title = q.title ?? '';
    const text = q.text ?? '';
    return { title, lead: leadOf(title, text), text, published: toEpoch(q.published), url: q.url ?? undefined };
  };
  // One untimed pass warms the JIT, so the timings below are of steady-state ranking (a worker that has
  // answered a few articles); the first, cold queries of a fresh process take several times longer.
  const coldStart = performance.now();
  for (const q of queries) rankStories(index, toQuery(q), { excludeId: q.id, limit: 60 });
  const coldMs = performance.now() - coldStart;

  const rows = { p5: [] as number[], r10: [] as number[], mrr: [] as number[], ndcg10: [] as number[], hard5: [] as number[], ms: [] as number[] };
  const counts: SetCounts[] = [];
  const lines: string[] = [];
  for (const q of queries) {
    const input = toQuery(q);
    const start = performance.now();
    const { shown: all, order } = rankAll(index, input, { excludeId: q.id, limit: 60 });
    const ms = performance.now() - start;
    const ids = order.slice(0, 20);
    const same = all.filter((r) => r.verdict === 'same').map((r) => r.id);
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
    counts.push(setCounts(same, relevant));
    lines.push(JSON.stringify({ query: q.id, ranked: ids, same, ms: Math.round(ms * 1000) / 1000 }));
  }
  if (args.rankings !== null) writeFileSync(args.rankings, `${lines.join('\n')}\n`);

  const same = precisionRecallF1(counts);
  const f = (x: number): string => x.toFixed(3);
  const unlabelled = queries.length - rows.ndcg10.length;
  console.log(`set ${args.set}: ${stories.length} stories, ${queries.length} queries (index built in ${buildMs.toFixed(0)} ms)`);
  if (unlabelled > 0) console.log(`${unlabelled} queries without relevant stories: left out of the ranking metrics`);
  console.log(`P@5 ${f(mean(rows.p5))}  R@10 ${f(mean(rows.r10))}  MRR ${f(mean(rows.mrr))}  nDCG@10 ${f(mean(rows.ndcg10))}  hard@5 ${f(mean(rows.hard5))}`);
  console.log(`same story: precision ${f(same.precision)}  recall ${f(same.recall)}  F1 ${f(same.f1)}`);
  console.log(`engine ms/query: mean ${f(mean(rows.ms))}  p50 ${f(percentile(rows.ms, 50))}  p95 ${f(percentile(rows.ms, 95))}  (cold first pass: mean ${f(coldMs / Math.max(queries.length, 1))})`);
  if (args.rankings !== null) console.log(`rankings written to ${args.rankings}`);
  if (args.calibrate) {
    const calibration: CalibrationQuery[] = queries.map((q) => ({
      id: q.id,
      candidates: scoreCandidates(index, toQuery(q), { excludeId: q.id }).candidates.map((c) => ({ ...c, id: c.story.id })),
      relevant: new Set((q.relevant ?? []).filter((id) => id !== q.id)),
      hard: new Set(q.hard ?? []),
    }));
    for (const line of splitHalfReport(calibration)) console.log(line);
  }
}

main();
