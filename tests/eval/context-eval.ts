/**
 * Stakes eval: the stake cards a reader would see for each article with no matched stories, written out or
 * scored against hand-written labels.
 *
 *   npm run eval:context -- --articles FILE.jsonl --out FILE.jsonl
 *       lines {id, title, text, published?, url?, html?} in; lines {id, actors: [{name, focal, stake}], ms} out,
 *       cards in display order, `stake` the card's quoted article sentences in order. With `html` the page goes
 *       through the real extractor (utils/extract) first.
 *   npm run eval:context -- --gold DIR [--out FILE.jsonl] [--verbose] [--check] [--calibrate] [--extract]
 *       DIR holds articles.jsonl and gold.jsonl (../shared/eval/stakes-dev); prints the figures its score.py
 *       defines, for the whole set and for each half (Readability pages, AEB pages). With --check, exits 1 when a
 *       figure falls below its floor (FLOORS below). With --calibrate, the card bars are chosen on one half and
 *       the figures reported on the other, both ways round. With --extract, each page's HTML (from the fixture
 *       its `origin` names) goes through the real extractor instead of using the labelled text.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { buildStoryContext } from '../../utils/context/build-context';
import { SALIENCE, type CardLimits } from '../../utils/context/salience';
import { extractArticle } from '../../utils/extract/extract-article';
import { makeLead } from '../../utils/extract/lead';
import type { Article } from '../../utils/types';
import { scoreStakes, type GoldPage, type PredPage, type StakeScores } from './stakes-score';

/** One input line. */
interface InputArticle {
  id: string;
  title?: string;
  text?: string;
  published?: string;
  url?: string;
  html?: string;
  origin?: string;
}

/** Figures the dev set must keep (a little under what the engine reaches; `false_friend` is a ceiling). */
export const FLOORS: Partial<Record<keyof StakeScores, number>> = {
  'focal@1': 0.95,
  actor_P: 0.95,
  actor_R: 0.9,
  false_friend: 0.07,
  quiet: 0.95,
  'evidence_P@3': 0.65,
};
const CEILINGS = new Set<keyof StakeScores>(['false_friend']);

function usage(): never {
  console.error(
    'usage: npm run eval:context -- --articles FILE.jsonl --out FILE.jsonl\n       npm run eval:context -- --gold DIR [--out FILE.jsonl] [--verbose] [--check]',
  );
  process.exit(2);
}

function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) {
    console.error(`eval:context: ${file} not found`);
    process.exit(2);
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        console.error(`eval:context: ${file} line ${i + 1} is not JSON`);
        process.exit(2);
      }
    });
}

/** The article as the content script would hand it over: extracted from `html`, or built from title and text. */
function articleOf(input: InputArticle): Article | null {
  const url = input.url ?? `https://example.org/${encodeURIComponent(input.id)}`;
  if (input.html) {
    const dom = new JSDOM(input.html, { url, virtualConsole: new VirtualConsole() });
    const result = extractArticle(dom.window.document, url);
    dom.window.close();
    return result.kind === 'article' ? result.article : null;
  }
  const text = input.text ?? '';
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return {
    url,
    title: input.title ?? '',
    siteName: new URL(url).hostname,
    byline: null,
    publishedTime: input.published ?? null,
    lang: null,
    lead: makeLead(paragraphs),
    text,
  };
}

/**
 * The article with its page's HTML from the fixture its `origin` names (a Readability test page's source.html,
 * or an AEB page's gzipped HTML, found by its id as a prefix), so it goes through the real extractor.
 */
function withPageHtml(input: InputArticle, shared: string): InputArticle {
  const origin = input.origin ?? '';
  if (/readability/.test(origin)) {
    const file = path.join(shared, origin, 'source.html');
    if (existsSync(file)) return { ...input, html: readFileSync(file, 'utf8') };
  } else if (/aeb/.test(origin)) {
    const dir = path.join(shared, 'fixtures/pages/aeb/html');
    const name = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(input.id)) : undefined;
    if (name) return { ...input, html: gunzipSync(readFileSync(path.join(dir, name))).toString('utf8') };
  }
  return input;
}

/** "the Taliban" as a label compares as "Taliban". */
const bare = (name: string): string => name.replace(/^the\s+/iu, '');

/** The cards for one article, in display order, and the time the context took. */
export function predict(input: InputArticle, cardLimits?: CardLimits): PredPage {
  const article = articleOf(input);
  if (!article) return { id: input.id, actors: [], ms: 0 };
  const t = performance.now();
  const context = buildStoryContext({
    article,
    same: [],
    related: [],
    sources: [],
    settings: { pinned: [], people: [] },
    cardLimits,
  });
  const ms = performance.now() - t;
  return {
    id: input.id,
    // Every actor the view shows: the cards, then the "Also at stake" list (one quoted sentence each).
    actors: [
      ...context.stakes.map((card) => ({
        name: bare(card.name),
        focal: card.focal,
        stake: card.inArticle.map((s) => s.quote.text),
      })),
      ...context.alsoAtStake.map((a) => ({ name: bare(a.name), focal: false, stake: [a.quote.text] })),
    ],
    ms: Number(ms.toFixed(2)),
  };
}

const FIGURES: (keyof StakeScores)[] = [
  'focal@1',
  'focal@2',
  'actor_P',
  'actor_R',
  'false_friend',
  'quiet',
  'evidence_P@3',
  'evidence_hit@1',
];

function line(label: string, s: StakeScores): string {
  const f = (v: number | null) => (v === null ? '  –  ' : v.toFixed(3));
  return `${label.padEnd(22)} ${FIGURES.map((k) => `${k} ${f(s[k] as number | null)}`).join('  ')}  (${s.articles} pages)`;
}

/** What the split-half calibration maximises: F1 of actor precision and recall (twice), quiet pages, pages free of false friends, focal@1. */
function objective(s: StakeScores): number {
  const p = s.actor_P ?? 0;
  const r = s.actor_R ?? 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return 2 * f1 + (s.quiet ?? 0) + (1 - (s.false_friend ?? 0)) + (s['focal@1'] ?? 0);
}

/**
 * Split-half calibration of the card bars: chooses minScore and minShareOfTop on one half of the pages and
 * reports the figures on the other half with those bars, both ways round, beside the shipped bars' figures.
 */
function splitHalf(inputs: InputArticle[], a: GoldPage[], b: GoldPage[]): string[] {
  const grid: CardLimits[] = [];
  for (let score = 1.6; score <= 3.41; score += 0.2)
    for (let share = 0.1; share <= 0.31; share += 0.02)
      grid.push({ minScore: Number(score.toFixed(2)), minShareOfTop: Number(share.toFixed(2)) });
  const runs = grid.map((limits) => ({ limits, preds: inputs.map((i) => predict(i, limits)) }));
  const out = [
    `split-half calibration of the card bars over ${grid.length} settings (shipped: minScore ${SALIENCE.minScore}, minShareOfTop ${SALIENCE.minShareOfTop})`,
  ];
  for (const [tuneName, tune, testName, test] of [
    ['Readability', a, 'AEB', b],
    ['AEB', b, 'Readability', a],
  ] as const) {
    const best = runs.reduce((x, y) =>
      objective(scoreStakes(tune, y.preds)) > objective(scoreStakes(tune, x.preds)) ? y : x,
    );
    out.push(
      line(
        `tuned on ${tuneName} (${best.limits.minScore}, ${best.limits.minShareOfTop}), on ${testName}`,
        scoreStakes(test, best.preds),
      ),
    );
  }
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  const arg = (name: string): string | null => {
    const i = argv.indexOf(name);
    return i >= 0 ? (argv[i + 1] ?? usage()) : null;
  };
  const articlesFile = arg('--articles');
  const goldDir = arg('--gold');
  const out = arg('--out');
  if ((articlesFile === null) === (goldDir === null)) usage();

  // Warm the gazetteer so the first page's time is not the build's.
  predict({ id: 'warm-up', title: 'China and Japan', text: 'China said Japan was wrong.' });

  if (articlesFile !== null) {
    if (out === null) usage();
    const preds = readJsonl<InputArticle>(path.resolve(articlesFile)).map((i) => predict(i));
    writeFileSync(path.resolve(out), `${preds.map((p) => JSON.stringify(p)).join('\n')}\n`);
    console.log(`eval:context: ${preds.length} articles, cards written to ${out}`);
    return;
  }

  const dir = path.resolve(goldDir as string);
  const extract = argv.includes('--extract');
  const inputs = readJsonl<InputArticle>(path.join(dir, 'articles.jsonl')).map((a) =>
    extract ? withPageHtml(a, path.resolve(dir, '../..')) : a,
  );
  const gold = readJsonl<GoldPage>(path.join(dir, 'gold.jsonl'));
  const preds = inputs.map((i) => predict(i));
  if (out !== null) writeFileSync(path.resolve(out), `${preds.map((p) => JSON.stringify(p)).join('\n')}\n`);
  const scores = scoreStakes(gold, preds);
  const originOf = new Map(inputs.map((a) => [a.id, a.origin ?? '']));
  const half = (re: RegExp) => gold.filter((g) => re.test(originOf.get(g.id) ?? ''));
  const readability = half(/readability/);
  const aeb = half(/aeb/);
  console.log(`eval:context on ${dir}`);
  console.log(line('all pages', scores));
  if (readability.length > 0) console.log(line('Readability pages', scoreStakes(readability, preds)));
  if (aeb.length > 0) console.log(line('AEB pages', scoreStakes(aeb, preds)));
  // A second split across both sources, by the page's place in the file: the rules are checked on one parity
  // after being written while reading the other's failures.
  const position = new Map(inputs.map((a, i) => [a.id, i]));
  const parity = (r: number) => gold.filter((g) => (position.get(g.id) ?? 0) % 2 === r);
  console.log(line('even-place pages', scoreStakes(parity(0), preds)));
  console.log(line('odd-place pages', scoreStakes(parity(1), preds)));
  console.log(`context ms per page: p50 ${scores.ms_p50?.toFixed(2) ?? '–'}`);
  if (argv.includes('--verbose')) {
    const predById = new Map(preds.map((p) => [p.id, p]));
    for (const g of gold) {
      const p = predById.get(g.id);
      const goldNames = g.actors.map((a) => `${a.name}${a.focal ? '*' : ''}`).join(', ');
      const shown = (p?.actors ?? []).map((a) => a.name).join(', ');
      console.log(`${g.id}: gold [${goldNames}] shown [${shown}]`);
    }
  }
  if (argv.includes('--calibrate')) {
    for (const line of splitHalf(inputs, readability, aeb)) console.log(line);
  }
  if (argv.includes('--check')) {
    const failed = Object.entries(FLOORS).filter(([k, floor]) => {
      const v = scores[k as keyof StakeScores] as number | null;
      if (v === null) return true;
      return CEILINGS.has(k as keyof StakeScores) ? v > (floor as number) : v < (floor as number);
    });
    for (const [k, floor] of failed)
      console.error(`eval:context: ${k} ${String(scores[k as keyof StakeScores])} is past its floor ${String(floor)}`);
    if (failed.length > 0) process.exit(1);
    console.log('eval:context: every figure within its floor');
  }
}

main();
