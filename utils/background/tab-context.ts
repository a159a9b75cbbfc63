import { DEFAULT_ACTOR_SETTINGS, type ActorSettings } from '../context/actor-settings';
import { buildStoryContext } from '../context/build-context';
import type { StoryContext } from '../context/types';
import { normalizeUrl } from '../feeds/normalize-url';
import type { IndexSnapshot } from './index-cache';
import { groupCopies } from '../match/group';
import { rankStories, type MatchQuery } from '../match/rank';
import type { TabContext } from '../messages';
import type { Article, MatchResult, Source, Story } from '../types';
import { measureSince } from './timing';

/** How many stories each section shows at most. */
export const SECTION_LIMIT = 10;

/**
 * What the matcher is asked about an article read at `now` (the index cache reads a saved index's parts for
 * this very query, so it must be the one ranked).
 */
export function matchQueryOf(article: Article, now: number): MatchQuery {
  const published = article.publishedTime ? Date.parse(article.publishedTime) : NaN;
  // A page without a date is taken as read around when it came out (news is read fresh): without a date at
  // all, a story from years ago could pass as "the same story" on shared names alone.
  const when = Number.isFinite(published) ? published : now;
  return { title: article.title, lead: article.lead, text: article.text, published: when, url: article.url };
}

/**
 * Ranks the stored stories against an article and splits them into Same story and Related background.
 * The article's own URL is never listed as related to itself.
 */
export async function buildArticleContext(
  article: Article,
  snapshot: IndexSnapshot,
  sourceCount: number,
  siteOrigin: string | null = null,
  extras: { sources: readonly Source[]; actorSettings: ActorSettings } | null = null,
  now = Date.now(),
): Promise<TabContext> {
  const query = matchQueryOf(article, now);
  const prepared = snapshot.found && sameQuery(snapshot.found.query, query) ? snapshot.found.candidates : undefined;
  // Only candidates' stories are read from the store (a loaded index keeps none in memory). Known before ranking
  // (an index read in parts found them), they are read while the worker ranks: the ranked ones are among them.
  const storiesStart = performance.now();
  const early = prepared
    ? readStories(
        snapshot,
        prepared.found.map((f) => snapshot.index.idAt(f.slot)),
      )
    : null;
  const matchStart = performance.now();
  const ranked = rankStories(snapshot.index, query, {
    limit: SECTION_LIMIT * 5,
    excludeId: normalizeUrl(article.url),
    found: prepared,
  });
  measureSince('match', matchStart);
  const found = await (early ??
    readStories(
      snapshot,
      ranked.map((m) => m.id),
    ));
  // Named apart when the stories waited for the match (no candidates passed through), which the bench reports.
  measureSince(early ? 'stories' : 'stories:after-match', storiesStart);
  const groupStart = performance.now();
  const sameAll: MatchResult[] = [];
  const relatedAll: MatchResult[] = [];
  for (const match of ranked) {
    const story = found.get(match.id);
    if (!story) continue;
    const result: MatchResult = {
      story,
      score: match.score,
      verdict: match.verdict,
      why: match.why,
      sharedNames: match.sharedNames,
      sharedTerms: match.sharedTerms,
    };
    (match.verdict === 'same' ? sameAll : relatedAll).push(result);
  }
  // Copies of one report from several outlets make one row ("+3 outlets"); the limit counts rows.
  const same = groupCopies(sameAll).slice(0, SECTION_LIMIT);
  const related = groupCopies(relatedAll).slice(0, SECTION_LIMIT);
  measureSince('group', groupStart);
  const contextStart = performance.now();
  const context = extras ? contextOrNothing(article, same, related, extras) : undefined;
  measureSince('context', contextStart);
  return {
    state: 'article',
    article,
    same,
    related,
    sourceCount,
    storyCount: snapshot.index.size,
    siteOrigin,
    ...(context ? { context } : {}),
  };
}

/** Whether two queries ask the same (the candidates found for one serve the other). */
function sameQuery(a: MatchQuery, b: MatchQuery): boolean {
  return (
    a.title === b.title && a.lead === b.lead && a.text === b.text && a.published === b.published && a.url === b.url
  );
}

/** These stories from the snapshot's lookup (ids of emptied slots left out). */
function readStories(snapshot: IndexSnapshot, ids: readonly (string | undefined)[]): Promise<Map<string, Story>> {
  return snapshot.stories.get(ids.filter((id): id is string => id !== undefined));
}

/** Stakes, timeline and coverage; a failure there never costs the reader Same story and Related background. */
function contextOrNothing(
  article: Article,
  same: MatchResult[],
  related: MatchResult[],
  extras: { sources: readonly Source[]; actorSettings: ActorSettings },
): StoryContext | undefined {
  try {
    return buildStoryContext({
      article,
      same,
      related,
      sources: extras.sources,
      settings: extras.actorSettings ?? DEFAULT_ACTOR_SETTINGS,
    });
  } catch (error) {
    console.error('Sidelight: the context sections could not be computed', error);
    return undefined;
  }
}
