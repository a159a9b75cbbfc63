/**
 * Related-coverage eval: indexes a set's stories, ranks them for each of its queries and prints quality
 * and speed figures.
 *
 *   npm run eval -- --set <dir> [--rankings <file>] [--calibrate]
 *
 * <dir> holds stories.jsonl and queries.jsonl in the format of ../shared/README.md ("Evaluation set format").
 * With --rankings, one JSON line per query is written: {"query", "ranked": [top 20 ids], "same": [ids], "ms"}.
 * Where ../shared's real feeds are, each article's event is also ranked amid them (ordinary-day.ts).
 * With --calibrate, hand rule v3's thresholds (calibrate.ts) and the same-story model (same-training.ts) are
 * chosen on one half of the set's topics and reported on the other, both ways round.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitHalfReport } from './calibrate';
import { evaluateSet, setProblem } from './evaluate';
import { REAL_FEEDS } from '../support/real-feeds';
import { ordinaryDay, ordinaryDayLines } from './ordinary-day';
import { collectScenarios } from './same-data';
import { figuresLine, splitHalf } from './same-training';

/** The same-story model refitted on each half of the topics and reported on the other (same-training.ts). */
function modelSplitHalf(set: string): string[] {
  return splitHalf(collectScenarios(set)).flatMap((h) => [
    `model fitted on ${h.name} (establish ${h.fit.establish}, join ${h.fit.join}): ${figuresLine(h.fit.figures)}`,
    `  held-out ${h.name === 'A' ? 'B' : 'A'}: ${figuresLine(h.heldOut)}`,
  ]);
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

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const problem = setProblem(args.set);
  if (problem !== null) {
    console.error(problem);
    process.exit(2);
  }
  const r = evaluateSet(args.set, { calibrate: args.calibrate });
  if (args.rankings !== null) writeFileSync(args.rankings, `${r.rankings.join('\n')}\n`);
  const f = (x: number): string => x.toFixed(3);
  console.log(
    `set ${args.set}: ${r.stories} stories, ${r.queries} queries (index built in ${r.buildMs.toFixed(0)} ms)`,
  );
  if (r.unlabelled > 0)
    console.log(`${r.unlabelled} queries without relevant stories: left out of the ranking metrics`);
  console.log(`P@5 ${f(r.p5)}  R@10 ${f(r.r10)}  MRR ${f(r.mrr)}  nDCG@10 ${f(r.ndcg10)}  hard@5 ${f(r.hard5)}`);
  console.log(`same story: precision ${f(r.same.precision)}  recall ${f(r.same.recall)}  F1 ${f(r.same.f1)}`);
  const none = r.nothingSame;
  console.log(
    `  nothing "same" though the event is cached: ${none.queries} queries, ${none.pairs} of the ${none.missedPairs} pairs missed`,
  );
  const j = r.judgement;
  const share = (n: number): string => `${n}/${j.queries} (${f(n / Math.max(j.queries, 1))})`;
  console.log(`cache without the event: false "same" for ${share(j.noneFalse)} queries`);
  console.log(
    `one report left: found ${share(j.loneFound)}, another story called "same" for ${share(j.loneWrong)}; ranked first ${share(j.loneFirst)}`,
  );
  if (existsSync(REAL_FEEDS)) for (const line of ordinaryDayLines(ordinaryDay(args.set, REAL_FEEDS))) console.log(line);
  else console.log(`amid the real feeds: skipped, ${REAL_FEEDS} is absent`);
  const b = r.background;
  const ofRows = (n: number): string => `${n} (${((100 * n) / Math.max(b.rows, 1)).toFixed(1)}%)`;
  console.log(
    `related background: ${b.rows} rows; from another topic ${ofRows(b.otherTopic)}, from the same topic ${ofRows(b.sameTopic)} (its own event ${ofRows(b.sameEvent)}); queries showing any ${b.queriesWithAny}, any from another topic ${b.queriesWithOther} of ${r.queries}`,
  );
  console.log(
    `engine ms/query: mean ${f(r.ms.mean)}  p50 ${f(r.ms.p50)}  p95 ${f(r.ms.p95)}  (cold first pass: mean ${f(r.ms.coldMean)})`,
  );
  if (args.rankings !== null) console.log(`rankings written to ${args.rankings}`);
  if (args.calibrate) {
    for (const line of splitHalfReport(r.calibration)) console.log(`hand rule v3 ${line.trim()}`);
    for (const line of modelSplitHalf(args.set)) console.log(line);
  }
}

main();
