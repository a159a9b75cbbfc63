/**
 * Judgement checks that a full set cannot show: what the matcher calls "same story" when the cache does not
 * hold the article's event. An eval set always holds other reports of each query's event, so its precision
 * never sees the reader's commonest case: the feeds carry nothing, or just one report, on the story being read,
 * but plenty on its topic (the set's hard stories, the other event of the same topic, stay in the cache).
 *  - none left: every report of the event is taken out of the index; any "same" is false.
 *  - one left: all but one report are taken out; is that one found, and is anything else called "same"?
 * The index is changed in place and restored before returning.
 */
import { StoryIndex, type IndexableStory } from '../../utils/match/inverted-index';
import { rankAll, type MatchQuery } from '../../utils/match/rank';

/** One query as the checks need it. */
export interface JudgedQuery {
  id: string;
  query: MatchQuery;
  relevant: readonly string[];
}

/** Counts over queries that have at least one relevant story. */
export interface JudgementReport {
  queries: number;
  /** Queries with a false "same" when no report of the event is left. */
  noneFalse: number;
  /** Queries whose single remaining report is called "same". */
  loneFound: number;
  /** Queries with another story called "same" when one report is left. */
  loneWrong: number;
  /**
   * Queries whose single remaining report the ranking puts first: about the most that a decision establishing the
   * event from the first-ranked report alone can find (docs/performance.md, "Where full-set recall goes").
   */
  loneFirst: number;
}

/** Runs both checks over `queries`; `stories` gives each story by id so it can be put back. */
export function judgement(
  index: StoryIndex,
  stories: ReadonlyMap<string, IndexableStory>,
  queries: readonly JudgedQuery[],
): JudgementReport {
  const report: JudgementReport = { queries: 0, noneFalse: 0, loneFound: 0, loneWrong: 0, loneFirst: 0 };
  queries.forEach((q, i) => {
    const relevant = q.relevant.filter((id) => id !== q.id && stories.has(id) && index.has(id));
    if (relevant.length === 0) return;
    report.queries++;
    for (const id of relevant) index.remove(id);
    try {
      const rank = () => rankAll(index, q.query, { excludeId: q.id });
      const same = (ranked: ReturnType<typeof rank>): string[] =>
        ranked.shown.filter((m) => m.verdict === 'same').map((m) => m.id);
      if (same(rank()).length > 0) report.noneFalse++;
      // Which report stays is fixed by the query's position, so runs are repeatable.
      const kept = relevant[i % relevant.length] as string;
      index.add(stories.get(kept) as IndexableStory);
      const ranked = rank();
      const lone = same(ranked);
      // The ranking's own order: what is shown leaves out a report with no verdict at all.
      if (ranked.order[0] === kept) report.loneFirst++;
      if (lone.includes(kept)) report.loneFound++;
      if (lone.some((id) => id !== kept)) report.loneWrong++;
    } finally {
      for (const id of relevant) if (!index.has(id)) index.add(stories.get(id) as IndexableStory);
    }
  });
  return report;
}
