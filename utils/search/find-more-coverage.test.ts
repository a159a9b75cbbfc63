import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../tests/support/fixture-templates';
import { getRevision, openSidelightDb } from '../store/db';
import { listSources, NEW_SOURCE_HEALTH, putSource } from '../store/sources';
import { listStories, upsertStories } from '../store/stories';
import { findMoreCoverage, type SearchDeps } from './find-more-coverage';
import { outcomeLine } from '../../components/search/outcome-line';
import { DEFAULT_ENDPOINTS, isFromSearch, SEARCH_SOURCE_IDS } from './providers';
import { memoryRateLimitStore, RateLimiter } from './rate-limit';

const now = Date.UTC(2026, 10, 25, 12);
const fixture = (name: string) =>
  renderTemplate(readFileSync(new URL(`../../tests/fixtures/search/${name}`, import.meta.url), 'utf8'), {
    origin: 'http://127.0.0.1:1',
    now,
  });
const GOOGLE = fixture('google-news.xml');
const GDELT = fixture('gdelt-artlist.json');
const query = { parts: ['"Reed Bank"', 'Philippine', 'water', 'cannon'], text: '"Reed Bank" Philippine water cannon' };

let dbCount = 0;

/** A fetch that answers like the two services (or as `answers` says), recording every URL asked. */
function fakeFetch(asked: string[], answers: Partial<Record<'google' | 'gdelt', () => Response>> = {}): typeof fetch {
  return async (input) => {
    const url = String(input);
    asked.push(url);
    const which = url.startsWith(DEFAULT_ENDPOINTS.googleNews) ? 'google' : 'gdelt';
    const answer = answers[which];
    if (answer) return answer();
    return which === 'google'
      ? new Response(GOOGLE, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
      : new Response(GDELT, { headers: { 'Content-Type': 'application/json' } });
  };
}

async function setup(answers?: Parameters<typeof fakeFetch>[1]) {
  const db = await openSidelightDb(`search-test-${++dbCount}`);
  const asked: string[] = [];
  const deps: SearchDeps = {
    db,
    limiter: new RateLimiter(memoryRateLimitStore(), { now: () => now, sleep: async () => undefined }),
    endpoints: DEFAULT_ENDPOINTS,
    edition: { hl: 'en-GB', gl: 'GB', ceid: 'GB:en' },
    fetchImpl: fakeFetch(asked, answers),
    now: () => now,
  };
  return { db, asked, deps };
}

describe('findMoreCoverage', () => {
  it('sends exactly the query to each provider and stores the results as stories from search', async () => {
    const { db, asked, deps } = await setup();
    const outcome = await findMoreCoverage(query, ['googleNews', 'gdelt'], deps);

    expect(outcome.query).toBe('"Reed Bank" Philippine water cannon');
    expect(asked.map((u) => new URL(u).searchParams.get('q') ?? new URL(u).searchParams.get('query'))).toEqual([
      query.text,
      query.text,
    ]);
    expect(outcome.results.map(outcomeLine)).toEqual([
      'Google News: 5 stories found, 5 new.',
      'GDELT: 4 stories found, 3 new.',
    ]);

    const stories = await listStories(db);
    expect(stories).toHaveLength(8);
    expect(stories.every(isFromSearch)).toBe(true);
    const gazette = stories.find((s) => s.url.startsWith('https://harbourgazette.example/'));
    // Found by both: stored once, with both pseudo-sources, under the outlet Google named.
    expect(gazette?.sourceIds).toEqual([SEARCH_SOURCE_IDS.googleNews, SEARCH_SOURCE_IDS.gdelt]);
    expect(gazette?.outlet).toBe('Harbour Gazette');
    expect(stories.find((s) => s.url.includes('islandtimes'))?.outlet).toBe('islandtimes.example');
    expect(stories.map((s) => s.outlet)).toContain('Mercer & Vale Report');
    // Search never adds sources of its own to the user's list, and the match index learns of the change.
    expect(await listSources(db)).toEqual([]);
    expect(await getRevision(db)).toBeGreaterThan(0);
  });

  it('leaves a story the user’s own feeds carry an ordinary story', async () => {
    const { db, deps } = await setup();
    const feed = {
      id: 'https://wire.example/feed',
      feedUrl: 'https://wire.example/feed',
      title: 'Wire',
      homepage: null,
      addedAt: now,
      health: NEW_SOURCE_HEALTH,
    };
    await putSource(db, feed);
    await upsertStories(db, feed, [
      {
        title: 'Water cannon at Reed Bank',
        link: 'https://islandtimes.example/2026/reed-bank-water-cannon-three-injured',
        summary: '',
        published: now,
        guid: null,
        image: null,
      },
    ]);
    await findMoreCoverage(query, ['gdelt'], deps);
    const story = (await listStories(db)).find((s) => s.url.includes('islandtimes'));
    expect(story?.sourceIds).toEqual([feed.id, SEARCH_SOURCE_IDS.gdelt]);
    expect(story && isFromSearch(story)).toBe(false);
  });

  it('tells the user in words when GDELT says slow down, and does not ask again until the back-off ends', async () => {
    const { asked, deps } = await setup({ gdelt: () => new Response('Too many requests', { status: 429 }) });
    const first = await findMoreCoverage(query, ['googleNews', 'gdelt'], deps);
    expect(first.results.map(outcomeLine)).toEqual([
      'Google News: 5 stories found, 5 new.',
      'GDELT asked us to slow down; try again in a minute.',
    ]);
    expect(first.results[1]).toMatchObject({ ok: false, slowDown: true });

    const second = await findMoreCoverage(query, ['gdelt'], deps);
    expect(second.results.map(outcomeLine)).toEqual(['GDELT asked us to slow down; try again in a minute.']);
    expect(asked.filter((u) => u.startsWith(DEFAULT_ENDPOINTS.gdelt))).toHaveLength(1);
  });

  it('explains other failures without losing what the other provider found', async () => {
    const { db, deps } = await setup({
      google: () =>
        new Response('<!DOCTYPE html><html><body>Before you continue to Google</body></html>', {
          headers: { 'Content-Type': 'text/html' },
        }),
      gdelt: () => new Response('The specified phrase is too short.', { headers: { 'Content-Type': 'text/plain' } }),
    });
    const outcome = await findMoreCoverage(query, ['googleNews', 'gdelt'], deps);
    expect(outcome.results.map(outcomeLine)).toEqual([
      'Google News sent something other than search results (not a feed: the server sent an HTML page). Open news.google.com in a tab to check it works, then try again.',
      'GDELT could not run this search; it said “The specified phrase is too short.”',
    ]);
    expect(await listStories(db)).toEqual([]);
  });

  it('says when a service cannot be reached', async () => {
    const { deps } = await setup({
      google: () => {
        throw new TypeError('Failed to fetch');
      },
      gdelt: () => new Response('', { status: 503, statusText: 'Service Unavailable' }),
    });
    const outcome = await findMoreCoverage(query, ['googleNews', 'gdelt'], deps);
    expect(outcome.results.map(outcomeLine)).toEqual([
      'Google News could not be searched: could not connect to news.google.com (network error or no permission). Try again later.',
      'GDELT could not be searched: api.gdeltproject.org answered HTTP 503 (Service Unavailable). Try again later.',
    ]);
  });
});
