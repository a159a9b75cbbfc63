/**
 * Matching bench: index build time, index memory, persisted-index save/load, and query latency at 1k, 10k
 * and 100k stories, side by side with a Fuse.js token-search baseline (the article title over title +
 * summary) where that finishes in reasonable time.
 *
 *   npm run bench [-- --sizes 1000,10000,100000 --runs 3 --queries 200 --fuse-max 10000 --no-links]
 *
 * Stories carry links as the extension's do (see corpus.ts); --no-links indexes the same stories without.
 * --fuse-max 0 leaves Fuse out.
 * Prints medians of several runs. Run with --expose-gc (the npm script does) for the memory figures.
 * Timings are printed, never asserted: they depend on the machine.
 */
import Fuse from 'fuse.js';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { StoryIndex, type IndexableStory } from '../../utils/match/inverted-index';
import { loadIndex, serialiseIndex, type PersistedIndex } from '../../utils/match/persist';
import { rankStories, type MatchQuery } from '../../utils/match/rank';
import { clearTermCache } from '../../utils/match/tokenize';
import { loadBase, scaleUp } from './corpus';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const shared = process.env.SIDELIGHT_SHARED ?? path.resolve(root, '../shared');

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}
const sizes = arg('sizes', '1000,10000,100000').split(',').map(Number);
const runs = Number(arg('runs', '3'));
const queryCount = Number(arg('queries', '200'));
/** Fuse is only run where a query takes well under a second; beyond, it would take the bench hours. */
const FUSE_MAX_STORIES = Number(arg('fuse-max', '10000'));
const withLinks = !process.argv.includes('--no-links');

const gc = (globalThis as { gc?: () => void }).gc;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
};

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function heapUsed(): Promise<number> {
  // The word → term cache is bounded and shared by all indexes: not index memory.
  clearTermCache();
  // Freed buffers are given back after the collection, in tasks of their own: let them run, or a figure
  // taken right after a large load can be off by a hundred bytes a story either way.
  gc?.();
  await tick(50);
  gc?.();
  await tick(50);
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

/** Bytes of a persisted index as IndexedDB would store it: its buffers and strings. */
function persistedBytes(p: PersistedIndex): number {
  let bytes = 0;
  for (const value of Object.values(p)) {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    else if (Array.isArray(value)) for (const s of value) bytes += typeof s === 'string' ? s.length + 4 : 8;
  }
  return bytes;
}

function latencies(fn: (q: MatchQuery) => unknown, queries: readonly MatchQuery[]): number[] {
  return queries.map((q) => {
    const t = performance.now();
    fn(q);
    return performance.now() - t;
  });
}

/**
 * Heap (and buffer) bytes per story of a fresh index over `stories`, after a warm-up build so one-time costs
 * (compiled code, the analyser's tables) are not counted. The index keeps no story text but its links'
 * differences from the ids (ids are shared with the stories), so the delta is all index. Measured after the index has answered queries, so
 * what it builds lazily (the fuzzy name-variant lookup) is counted too; a query's own scratch is garbage by then.
 */
async function indexBytes(stories: readonly IndexableStory[], queries: readonly MatchQuery[]): Promise<number> {
  const warm = new StoryIndex();
  for (const s of stories.slice(0, 500)) warm.add(s);
  for (const q of queries.slice(0, 20)) rankStories(warm, q);
  // Story ids and links arrive from IndexedDB as flat strings; the bench builds them by concatenation (V8
  // ropes), and the index's first read of one flattens it in place. That flat copy is the story's own text, so
  // it is made here, before measuring, rather than counted as index memory (about 30 bytes a string otherwise).
  for (const s of stories) {
    s.id.charCodeAt(0);
    s.url?.charCodeAt(0);
  }
  const before = await heapUsed();
  const index = new StoryIndex();
  for (const s of stories) index.add(s);
  for (const q of queries.slice(0, 20)) rankStories(index, q);
  const after = await heapUsed();
  // Keep both alive until measured.
  return warm.size + index.size > 0 ? (after - before) / stories.length : Number.NaN;
}

/**
 * Heap bytes per story of an index loaded from its saved form, as a fresh worker has it: read back as a copy,
 * sharing the stories' own id strings (as the index cache does), the rest of the copy garbage after.
 */
async function loadedBytes(saved: PersistedIndex, own: (id: string) => string | undefined): Promise<number> {
  const before = await heapUsed();
  const loaded = loadIndex(structuredClone(saved));
  loaded.shareIds(own);
  loaded.search([], 1); // a search trims growth slack, as after a build
  const after = await heapUsed();
  return loaded.size > 0 ? (after - before) / loaded.size : Number.NaN;
}

interface Row {
  size: number;
  buildMs: number;
  bytesPerStory: number;
  loadedBytesPerStory: number;
  persistedMB: number;
  saveMs: number;
  loadMs: number;
  p50: number;
  p95: number;
  fuseBuildMs: number;
  fuseP50: number;
  fuseP95: number;
}

async function benchSize(base: ReturnType<typeof loadBase>, size: number): Promise<Row> {
  const stories = scaleUp(base, size, size, withLinks);
  const queries = base.queries.slice(0, queryCount);
  const buildRuns = size >= 100_000 ? 1 : runs;
  const buildTimes: number[] = [];
  let index = new StoryIndex();
  const bytes = gc ? await indexBytes(stories, queries) : Number.NaN;
  for (let r = 0; r < buildRuns; r++) {
    index = new StoryIndex();
    const t = performance.now();
    for (const s of stories) index.add(s);
    buildTimes.push(performance.now() - t);
  }
  const saveTimes: number[] = [];
  const loadTimes: number[] = [];
  // The worker's stories by id: what a loaded index shares its id strings with (after loading, not timed here).
  const byId = new Map(stories.map((s) => [s.id, s.id]));
  const own = (id: string): string | undefined => byId.get(id);
  let saved: PersistedIndex = serialiseIndex(index);
  for (let r = 0; r < runs; r++) {
    let t = performance.now();
    saved = serialiseIndex(index);
    saveTimes.push(performance.now() - t);
    // IndexedDB hands back a structured clone; loading is what a fresh worker pays after the read.
    const copy = structuredClone(saved);
    t = performance.now();
    loadIndex(copy);
    loadTimes.push(performance.now() - t);
  }
  latencies((q) => rankStories(index, q), queries); // warm-up
  const p50s: number[] = [];
  const p95s: number[] = [];
  for (let r = 0; r < runs; r++) {
    const ms = latencies((q) => rankStories(index, q), queries);
    p50s.push(pct(ms, 50));
    p95s.push(pct(ms, 95));
  }
  const row: Row = {
    size,
    buildMs: median(buildTimes),
    bytesPerStory: bytes,
    loadedBytesPerStory: gc ? await loadedBytes(saved, own) : Number.NaN,
    persistedMB: persistedBytes(saved) / 1e6,
    saveMs: median(saveTimes),
    loadMs: median(loadTimes),
    p50: median(p50s),
    p95: median(p95s),
    fuseBuildMs: Number.NaN,
    fuseP50: Number.NaN,
    fuseP95: Number.NaN,
  };
  if (size <= FUSE_MAX_STORIES) {
    const t = performance.now();
    const fuse = new Fuse(stories as IndexableStory[], {
      keys: ['title', 'summary'],
      useTokenSearch: true,
      ignoreLocation: true,
      includeScore: true,
    });
    row.fuseBuildMs = performance.now() - t;
    // Fuse is slow: fewer queries at the larger sizes, so the bench ends in minutes.
    const fuseQueries = queries.slice(0, size > 2000 ? 12 : 50);
    latencies((q) => fuse.search(q.title, { limit: 20 }), fuseQueries.slice(0, 2));
    const fp50: number[] = [];
    const fp95: number[] = [];
    for (let r = 0; r < Math.min(runs, 2); r++) {
      const ms = latencies((q) => fuse.search(q.title, { limit: 20 }), fuseQueries);
      fp50.push(pct(ms, 50));
      fp95.push(pct(ms, 95));
    }
    row.fuseP50 = median(fp50);
    row.fuseP95 = median(fp95);
  }
  return row;
}

async function main(): Promise<void> {
  const base = loadBase(shared, root);
  console.log(`bench: ${base.texts.length} base texts and ${base.queries.length} articles from ${base.from}`);
  console.log(
    `sizes ${sizes.join(', ')}; ${runs} runs each (100k: 1 build); medians; ${Math.min(queryCount, base.queries.length)} queries; stories ${withLinks ? 'with' : 'without'} links`,
  );
  if (!gc) console.log('memory: run with --expose-gc (npm run bench does) to measure the heap');
  const f = (x: number, d = 1): string => (Number.isFinite(x) ? x.toFixed(d) : '—');
  console.log(
    '\n| stories | build ms | index bytes/story | loaded bytes/story | saved MB | save ms | load ms | p50 ms | p95 ms | Fuse build ms | Fuse p50 ms | Fuse p95 ms | Fuse p50 / ours |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const r = await benchSize(base, size);
    console.log(
      `| ${r.size} | ${f(r.buildMs, 0)} | ${f(r.bytesPerStory, 0)} | ${f(r.loadedBytesPerStory, 0)} | ${f(r.persistedMB)} | ${f(r.saveMs, 0)} | ${f(r.loadMs, 0)} | ${f(r.p50, 2)} | ${f(r.p95, 2)} | ${f(r.fuseBuildMs, 0)} | ${f(r.fuseP50, 1)} | ${f(r.fuseP95, 1)} | ${f(r.fuseP50 / r.p50, 0)}× |`,
    );
  }
}

await main();
