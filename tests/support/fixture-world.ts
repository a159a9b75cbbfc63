/**
 * The fixture site (tests/fixtures/site) as the engine sees it, without a browser or server: the article as the
 * extractor reads it, and every feed item as a stored story, labelled Same story / Related background from
 * expectations.json (not by the matcher), so context tests do not move when the matcher is tuned.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { FIXTURE_SITE_DIR, readFixtureLabels } from './fixture-server';
import { renderTemplate } from './fixture-templates';
import { extractArticle } from '../../utils/extract/extract-article';
import { parseFeed } from '../../utils/feeds/parse-feed';
import { storyFromItem } from '../../utils/store/stories';
import type { Article, MatchResult, Source, Story } from '../../utils/types';

export const ORIGIN = 'http://127.0.0.1:8123';

const expectations = readFixtureLabels();
const render = (file: string, now: number) =>
  renderTemplate(readFileSync(path.join(FIXTURE_SITE_DIR, file), 'utf8'), { origin: ORIGIN, now });

/** The fixture article as the content script extracts it. */
export function fixtureArticle(now: number): Article {
  const dom = new JSDOM(render('article.html', now), { url: `${ORIGIN}${expectations.article}` });
  const result = extractArticle(dom.window.document, dom.window.location.href);
  if (result.kind !== 'article') throw new Error('the fixture article was not extracted');
  return result.article;
}

/** The fixture feeds as sources, and every item as a story. */
export function fixtureStories(now: number): { sources: Source[]; stories: Story[] } {
  const sources: Source[] = [];
  const stories: Story[] = [];
  for (const feed of expectations.feeds) {
    const feedUrl = `${ORIGIN}${feed.path}`;
    const parsed = parseFeed(render(feed.path.slice(1), now), feedUrl);
    const source: Source = {
      id: feedUrl,
      feedUrl,
      title: parsed.title,
      homepage: parsed.homepage,
      addedAt: now,
      health: {
        lastFetchedAt: now,
        lastSuccessAt: now,
        itemsInLastFetch: parsed.items.length,
        lastError: null,
        refreshingSince: null,
        consecutiveFailures: 0,
        etag: null,
        lastModified: null,
      },
    };
    sources.push(source);
    for (const item of parsed.items) {
      stories.push(storyFromItem(item, source, item.link, now));
    }
  }
  return { sources, stories };
}

/** A story as a match of the given verdict, with no reasons (tests that need only the story and verdict). */
export const asMatch = (story: Story, verdict: 'same' | 'related' = 'same'): MatchResult => ({
  story,
  score: 1,
  verdict,
  why: { shared: [], figures: [], daysApart: null },
  sharedNames: [],
  sharedTerms: [],
});

/** The article with its stories split as expectations.json says. */
export function fixtureWorld(now: number) {
  const article = fixtureArticle(now);
  const { sources, stories } = fixtureStories(now);
  const pick = (titles: string[], verdict: 'same' | 'related') =>
    stories.filter((s) => titles.some((t) => s.title.startsWith(t))).map((s) => asMatch(s, verdict));
  return {
    article,
    sources,
    stories,
    same: pick(expectations.same, 'same'),
    related: pick(expectations.related, 'related'),
  };
}
