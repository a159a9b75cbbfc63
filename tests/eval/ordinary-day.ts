/**
 * A reader's ordinary day, without an eval set's look-alike event: each article's event amid the real feeds'
 * stories (tests/support/real-feeds.ts: 1,047 stories of 2022–2024, nothing on the article's topic), first with one
 * of its reports cached, then with all of them. ECB+ keeps the topic's other event in the cache (judgement.ts), the
 * hardest case there is; a reader's feeds seldom hold such a twin, so this is the figure to expect day to day.
 * Time cannot help: the set's stories go in undated and the article is dated amid the feeds, as the no-false-same
 * check dates it.
 */
import path from 'node:path';
import { rankAll, type RankedMatch } from '../../utils/match/rank';
import { realFeedIndex } from '../support/real-feeds';
import { readJsonl, toQuery, type EvalQuery, type EvalStory } from './evaluate';

/** Counts over the set's queries that have other reports of their event. */
export interface OrdinaryDayReport {
  queries: number;
  /** Queries whose one cached report is called "same". */
  loneFound: number;
  /** Queries with a feed story called "same" beside that one report. */
  loneWrong: number;
  /** With every report cached: report pairs called "same", all of them, and feed stories called "same". */
  found: number;
  pairs: number;
  falseSame: number;
  /**
   * With one report cached: feed stories shown as Related background, and the queries showing any. The feeds hold
   * nothing of the set's topics, so each is a look-alike (a place and a word in common), not the subject's history.
   */
  feedBackground: number;
  feedBackgroundQueries: number;
}

/** Ranks every query of the set in `dir` amid the real feeds in `feeds` (both must exist). */
export function ordinaryDay(dir: string, feeds: string): OrdinaryDayReport {
  const stories = new Map(readJsonl<EvalStory>(path.join(dir, 'stories.jsonl')).map((s) => [s.id, s]));
  const queries = readJsonl<EvalQuery>(path.join(dir, 'queries.jsonl'));
  const { index, midTime } = realFeedIndex(feeds);
  const report: OrdinaryDayReport = {
    queries: 0,
    loneFound: 0,
    loneWrong: 0,
    found: 0,
    pairs: 0,
    falseSame: 0,
    feedBackground: 0,
    feedBackgroundQueries: 0,
  };
  const cache = (ids: readonly string[]): void => {
    for (const id of ids) {
      const s = stories.get(id) as EvalStory;
      index.add({ id, title: s.title ?? '', summary: s.summary ?? '', published: null, url: s.url });
    }
  };
  queries.forEach((q, i) => {
    const relevant = (q.relevant ?? []).filter((id) => id !== q.id && stories.has(id));
    if (relevant.length === 0) return;
    report.queries++;
    const shown = (): RankedMatch[] => rankAll(index, { ...toQuery(q), published: midTime }).shown;
    // Which report is cached alone is fixed by the query's position, as in judgement.ts.
    const kept = relevant[i % relevant.length] as string;
    cache([kept]);
    const loneRows = shown();
    const lone = idsShownAs(loneRows, 'same');
    const background = idsShownAs(loneRows, 'related').filter((id) => id !== kept);
    report.feedBackground += background.length;
    if (background.length > 0) report.feedBackgroundQueries++;
    if (lone.includes(kept)) report.loneFound++;
    if (lone.some((id) => id !== kept)) report.loneWrong++;
    index.remove(kept);
    cache(relevant);
    const all = idsShownAs(shown(), 'same');
    report.pairs += relevant.length;
    report.found += all.filter((id) => relevant.includes(id)).length;
    report.falseSame += all.filter((id) => !relevant.includes(id)).length;
    for (const id of relevant) index.remove(id);
  });
  return report;
}

function idsShownAs(rows: readonly RankedMatch[], verdict: RankedMatch['verdict']): string[] {
  return rows.filter((m) => m.verdict === verdict).map((m) => m.id);
}

/** The report as the eval prints it. */
export function ordinaryDayLines(r: OrdinaryDayReport): string[] {
  const f = (n: number, of: number): string => `${n}/${of} (${(n / Math.max(of, 1)).toFixed(3)})`;
  const precision = r.found / Math.max(r.found + r.falseSame, 1);
  return [
    `amid the real feeds, one report cached: found ${f(r.loneFound, r.queries)}, a feed story also "same" for ${f(r.loneWrong, r.queries)}`,
    `amid the real feeds, every report cached: precision ${precision.toFixed(3)} recall ${f(r.found, r.pairs)}`,
    `amid the real feeds, one report cached: feed stories shown as related background ${r.feedBackground}, for ${f(r.feedBackgroundQueries, r.queries)} articles`,
  ];
}
