import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { IndexCache } from './index-cache';
import { openSidelightDb } from '../store/db';
import { upsertStories } from '../store/stories';
import { buildArticleContext, matchQueryOf } from './tab-context';
import { StoryIndex } from '../match/inverted-index';
import type { Article, FeedItem } from '../types';
import { testSource } from '../../tests/support/test-source';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 25, 12);
const wire = testSource('https://wire.example/feed', 'Wire');
const item = (slug: string, title: string, summary: string, published: number): FeedItem => ({
  title,
  link: `https://wire.example/${slug}`,
  summary,
  published,
  guid: null,
  image: null,
});

// An undated article about talks between Israeli and US officials, and a cache whose only story naming
// Israelis is about something else entirely, five years old.
const article: Article = {
  url: 'https://paper.example/talks',
  title: 'U.S.-Israeli talks stall over settlement freeze',
  siteName: 'The Paper',
  byline: null,
  publishedTime: null,
  lang: 'en',
  lead: 'Israeli and American negotiators ended a second day of talks without agreement on a settlement freeze.',
  text: 'Israelis and Arab Israeli leaders watched the U.S.-Israeli talks closely. The Israeli-Palestinian question hung over every session.',
};
const stories = [
  item(
    'court',
    'Israeli tourist fined after talks with Lisbon court fail',
    'An Israeli visitor was fined after talks with the court failed; Israelis abroad followed the case.',
    NOW - 5 * 365 * DAY,
  ),
  ...[
    'Storms close ferries in the north',
    'Bakers strike over flour prices',
    'Rail line reopens after floods',
    'Museum returns stolen painting',
    'Cup final goes to extra time',
    'Chip maker opens new plant',
    'Heatwave grips the south',
    'Orchestra cancels winter tour',
  ].map((title, i) => item(`filler-${i}`, title, `${title}, officials said on Monday.`, NOW - DAY)),
];

async function contextFor(a: Article) {
  const db = await openSidelightDb(`tab-context-${Math.random()}`);
  await upsertStories(db, wire, stories, NOW);
  const snapshot = await new IndexCache(db).get();
  const context = await buildArticleContext(a, snapshot, 1, null, null, NOW);
  if (context.state !== 'article') throw new Error('expected an article');
  return context;
}

describe('buildArticleContext', () => {
  it('never calls a years-old story the same story of an undated article', async () => {
    const context = await contextFor(article);
    expect(context.same.map((m) => m.story.title)).toEqual([]);
  });

  it('counts one shared word behind several names once', async () => {
    const context = await contextFor({ ...article, publishedTime: new Date(NOW - 5 * 365 * DAY).toISOString() });
    const court = [...context.same, ...context.related].find((m) => m.story.title.startsWith('Israeli tourist'));
    // "Israelis", "Arab Israeli", "U.S.-Israeli" and "Israeli-Palestinian" all rest on the word "Israeli".
    expect(court?.sharedNames.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('buildArticleContext on an index read in parts', () => {
  it("searches the candidates once: those found while reading the article's parts are ranked", async () => {
    const dated = { ...article, publishedTime: new Date(NOW - 5 * 365 * DAY).toISOString() };
    const db = await openSidelightDb(`tab-context-${Math.random()}`);
    await upsertStories(db, wire, stories, NOW);
    const first = new IndexCache(db);
    const whole = await buildArticleContext(dated, await first.get(), 1, null, null, NOW);
    await first.flush();
    // A worker started afresh: the saved index's head, then the parts this article's ranking reads.
    const snapshot = await new IndexCache(db).get(matchQueryOf(dated, NOW));
    expect(snapshot.found).toBeDefined();
    const search = vi.spyOn(StoryIndex.prototype, 'search');
    const partly = await buildArticleContext(dated, snapshot, 1, null, null, NOW);
    expect(search).not.toHaveBeenCalled();
    expect(partly).toEqual(whole);
    // Something to compare: the court story is listed.
    const listed = whole.state === 'article' ? [...whole.same, ...whole.related] : [];
    expect(listed.map((m) => m.story.title)).toContain('Israeli tourist fined after talks with Lisbon court fail');
  });
});
