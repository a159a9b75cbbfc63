/**
 * How long the context sections take for a typical article with 50 matched stories, in the worker's own terms:
 * a cold first call (gazetteer built, caches empty) and warm calls (median of many, in wall time and in CPU time:
 * on a machine shared with other work the wall time mostly measures the wait for a core). The baseline, measured in
 * the same run, is reading the same texts once (sentences and words), the least any analysis must do.
 * Run: npx tsx tests/bench/context-bench.ts
 */
import { buildStoryContext } from '../../utils/context/build-context';
import { Gazetteer, gazetteerFor } from '../../utils/context/gazetteer';
import { contextTokens, splitSentences } from '../../utils/context/text';
import type { MatchResult } from '../../utils/types';
import { fixtureWorld } from '../support/fixture-world';

const NOW = Date.UTC(2026, 10, 25, 12);
const RUNS = 30;
const world = fixtureWorld(NOW);

// 50 stories: the fixture feeds' 20, and 30 more that recombine their titles and summaries under other outlets.
const stories = world.stories;
const matches: MatchResult[] = [];
for (let i = 0; i < 50; i++) {
  const base = stories[i % stories.length];
  const other = stories[(i * 7 + 3) % stories.length];
  if (!base || !other) throw new Error('no fixture stories');
  const story =
    i < stories.length
      ? base
      : {
          ...base,
          id: `${base.id}?v=${i}`,
          url: `${base.url}?v=${i}`,
          summary: other.summary,
          outlet: `Outlet ${i % 9}`,
        };
  matches.push({
    story,
    score: 1,
    verdict: i % 3 === 0 ? 'same' : 'related',
    why: { shared: [], figures: [], daysApart: null },
    sharedNames: [],
    sharedTerms: [],
  });
}
const same = matches.filter((m) => m.verdict === 'same');
const related = matches.filter((m) => m.verdict === 'related');
const settings = { pinned: ['Japan'], people: [] };
const words = world.article.text.split(/\s+/).length;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

const cold = time(() => buildStoryContext({ ...world, same, related, settings, now: NOW }));
const gazetteerBuild = median(Array.from({ length: 5 }, () => time(() => new Gazetteer())));
gazetteerFor([]);
for (let i = 0; i < 3; i++) buildStoryContext({ ...world, same, related, settings, now: NOW });
const warm = Array.from({ length: RUNS }, () =>
  time(() => buildStoryContext({ ...world, same, related, settings, now: NOW })),
);
// CPU time of the same calls: on a machine shared with other work, wall time mostly measures the wait for a core.
const cpu = (fn: () => void) => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const warmCpu = Array.from({ length: RUNS }, () =>
  cpu(() => buildStoryContext({ ...world, same, related, settings, now: NOW })),
);
const texts = [world.article.title, world.article.text, ...matches.flatMap((m) => [m.story.title, m.story.summary])];
const readOnce = () => {
  for (const t of texts) for (const s of splitSentences(t)) contextTokens(s.text);
};
const baseline = Array.from({ length: RUNS }, () => time(readOnce));

const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(
  `context bench: article of ${words} words, ${same.length} same-story + ${related.length} background stories, ${RUNS} runs`,
);
console.log(`  first call, cold (builds the gazetteer):  ${ms(cold)}`);
console.log(`  gazetteer build alone (median of 5):       ${ms(gazetteerBuild)}`);
console.log(
  `  context, warm (median):                    ${ms(median(warm))}   (min ${ms(Math.min(...warm))}, max ${ms(Math.max(...warm))})`,
);
console.log(`  context, warm, CPU time (median):          ${ms(median(warmCpu))}   (min ${ms(Math.min(...warmCpu))})`);
console.log(`  baseline, reading the texts once (median): ${ms(median(baseline))}`);
console.log(`  ratio warm / baseline:                     ${(median(warm) / median(baseline)).toFixed(1)}×`);
