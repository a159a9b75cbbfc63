/**
 * The stories of the real feeds in ../shared (captured 2022–2024), indexed as the extension would: the cache a
 * reader of an older or unrelated article has, holding nothing on its event. Used by the no-false-same corpora
 * check and, as a fourth cache state, by the same-story training (tests/eval/same-data.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeFeedBytes } from '../../utils/feeds/decode-body';
import { parseFeed } from '../../utils/feeds/parse-feed';
import { StoryIndex } from '../../utils/match/inverted-index';
import { rankStories } from '../../utils/match/index';
import { SHARED_DIR } from './shared-corpus';

/** Where the real feeds are: one folder per feed, each with its feed.xml. */
export const REAL_FEEDS = path.join(SHARED_DIR, 'fixtures/feeds/real-world');

/** One story of the real feeds, with its feed (the folder's hash) and its id (`hash#position`). */
export interface RealFeedStory {
  id: string;
  feed: string;
  title: string;
  summary: string;
  published: number | null;
}

/** The feeds already read, by folder: a suite asks for them several times. */
const storiesByDir = new Map<string, readonly RealFeedStory[]>();

/** Every story of the real feeds in `dir`, in folder and feed order (the ids are stable across runs). */
export function realFeedStories(dir: string = REAL_FEEDS): readonly RealFeedStory[] {
  const read = storiesByDir.get(dir);
  if (read !== undefined) return read;
  const stories: RealFeedStory[] = [];
  for (const hash of readdirSync(dir)) {
    const file = path.join(dir, hash, 'feed.xml');
    if (!existsSync(file)) continue;
    try {
      parseFeed(decodeFeedBytes(readFileSync(file)), 'https://feeds.example/').items.forEach((item, i) => {
        stories.push({
          id: `${hash}#${i}`,
          feed: hash,
          title: item.title,
          summary: item.summary,
          published: item.published,
        });
      });
    } catch {
      // A feed this parser rejects has its own check in tests/corpora/feeds.test.ts.
    }
  }
  storiesByDir.set(dir, stories);
  return stories;
}

/**
 * Every real feed's stories in one index, and the middle of their publication times (an article dated there
 * cannot be told apart from them by time).
 */
export function realFeedIndex(dir: string = REAL_FEEDS): { index: StoryIndex; midTime: number } {
  const index = new StoryIndex();
  const times: number[] = [];
  for (const s of realFeedStories(dir)) {
    index.add({ id: s.id, title: s.title, summary: s.summary, published: s.published });
    if (s.published !== null) times.push(s.published);
  }
  times.sort((a, b) => a - b);
  return { index, midTime: times[Math.floor(times.length / 2)] ?? Date.now() };
}

/** What a reader is shown for a story: "same", "related", or null (not shown). */
export type ShownVerdict = 'same' | 'related' | null;

/**
 * What the reader of each article is shown, story id → verdict, by article id. Each article is a feed story
 * (headline and summary) ranked against every other feed, its own left out, as a reader of that outlet would have
 * the cache. Throws on an id the feeds lack.
 */
export function feedShown(articleIds: Iterable<string>): Map<string, Map<string, 'same' | 'related'>> {
  const stories = realFeedStories();
  const byId = new Map(stories.map((s) => [s.id, s]));
  const caches = new Map<string, StoryIndex>();
  const cacheWithout = (feed: string): StoryIndex => {
    let index = caches.get(feed);
    if (index === undefined) {
      index = new StoryIndex();
      for (const s of stories) if (s.feed !== feed) index.add(s);
      caches.set(feed, index);
    }
    return index;
  };
  const out = new Map<string, Map<string, 'same' | 'related'>>();
  for (const id of articleIds) {
    if (out.has(id)) continue;
    const article = byId.get(id);
    if (article === undefined) throw new Error(`${id} is not in the feeds`);
    const ranked = rankStories(cacheWithout(article.feed), {
      title: article.title,
      lead: article.summary,
      text: `${article.title}\n${article.summary}`,
      published: article.published,
    });
    out.set(id, new Map(ranked.map((m) => [m.id, m.verdict])));
  }
  return out;
}

/** For each (article, story) pair of real feed ids, what the article's reader is shown for the story ({@link feedShown}). */
export function feedVerdicts(
  pairs: readonly (readonly [article: string, story: string, ...rest: unknown[]])[],
): ShownVerdict[] {
  const known = new Set(realFeedStories().map((s) => s.id));
  for (const [, story] of pairs) if (!known.has(story)) throw new Error(`${story} is not in the feeds`);
  const shown = feedShown(pairs.map(([article]) => article));
  return pairs.map(([article, story]) => shown.get(article)?.get(story) ?? null);
}

/** "Article ↔ story" headlines of real feed id pairs, for a test's log. */
export function pairHeadlines(
  pairs: readonly (readonly [article: string, story: string, ...rest: unknown[]])[],
): string[] {
  const byId = new Map(realFeedStories().map((s) => [s.id, s]));
  return pairs.map(([a, s]) => `${byId.get(a)?.title ?? a} ↔ ${byId.get(s)?.title ?? s}`);
}
