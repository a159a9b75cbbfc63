/**
 * Hostile servers: answers that never end, lie about their length, redirect where they should not, or make
 * the fetch itself throw. Every case ends in a sentence, within the caps, and nothing throws.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fetchText } from '../../utils/feeds/fetch-text';
import { fetchFeed } from '../../utils/feeds/fetch-feed';
import { findMoreCoverage } from '../../utils/search/find-more-coverage';
import { DEFAULT_ENDPOINTS } from '../../utils/search/providers';
import { memoryRateLimitStore, RateLimiter } from '../../utils/search/rate-limit';
import { openSidelightDb } from '../../utils/store/db';
import { inWords } from '../support/in-words';

/** A body that never ends, counting what the reader pulled. */
function endless(pulled: { bytes: number }): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  return new ReadableStream({
    pull(controller) {
      pulled.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

/** A Response that says it came from `finalUrl` (what fetch reports after following redirects). */
function answerFrom(finalUrl: string, body = '<rss><channel><title>T</title></channel></rss>'): Response {
  const response = new Response(body, { headers: { 'Content-Type': 'application/rss+xml' } });
  Object.defineProperty(response, 'url', { value: finalUrl });
  Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

describe('live search downloads', () => {
  it('stop reading an answer at 2 MB while it streams, instead of reading it whole first', async () => {
    const pulled = { bytes: 0 };
    const now = Date.UTC(2026, 10, 25, 12);
    const outcome = await findMoreCoverage({ parts: ['Halvern'], text: 'Halvern' }, ['gdelt'], {
      db: await openSidelightDb('hostile-search'),
      limiter: new RateLimiter(memoryRateLimitStore(), { now: () => now, sleep: async () => undefined }),
      endpoints: DEFAULT_ENDPOINTS,
      edition: { hl: 'en-GB', gl: 'GB', ceid: 'GB:en' },
      fetchImpl: async () => new Response(endless(pulled), { headers: { 'Content-Type': 'application/json' } }),
      now: () => now,
    });
    expect(inWords(outcome.results[0])).toMatchObject({
      ok: false,
      error: 'GDELT could not be searched: larger than 2 MB. Try again later.',
    });
    expect(pulled.bytes).toBeLessThan(3 * 1024 * 1024);
  });
});

describe('fetchText', () => {
  it('refuses a body that is longer than its Content-Length said only once it passes the cap', async () => {
    const pulled = { bytes: 0 };
    const lying = new Response(endless(pulled), { headers: { 'Content-Length': '100' } });
    expect(
      inWords(await fetchText('https://feed.example/rss', { fetchImpl: async () => lying, maxBytes: 1024 * 1024 })),
    ).toMatchObject({ ok: false, error: 'larger than 1 MB' });
  });

  it('refuses a redirect from a public site to this computer or its network', async () => {
    for (const target of [
      'http://127.0.0.1:8080/admin',
      'http://localhost/',
      'http://192.168.1.1/',
      'http://[::1]/',
      'http://10.0.0.2/feed',
    ]) {
      const result = await fetchText('https://feed.example/rss', { fetchImpl: async () => answerFrom(target) });
      expect(inWords(result), target).toMatchObject({
        ok: false,
        error: expect.stringContaining('an address on this computer or its network') as unknown,
      });
    }
  });

  it('refuses a redirect to a site Sidelight has no permission for, when asked to check', async () => {
    const mayRead = (url: string) => new URL(url).host === 'feed.example';
    const elsewhere = await fetchFeed('https://feed.example/rss', {
      fetchImpl: async () => answerFrom('https://ungranted.example/rss'),
      mayRead,
    });
    expect(inWords(elsewhere)).toEqual({
      ok: false,
      error: 'it redirected to ungranted.example, which Sidelight has no permission for',
    });
    const sameSite = await fetchFeed('https://feed.example/rss', {
      fetchImpl: async () => answerFrom('https://feed.example/new-rss'),
      mayRead,
    });
    expect(sameSite.ok).toBe(true);
  });

  it('never throws: a fetch that throws at once, a bad address, an unreadable body', async () => {
    const throwing = (() => {
      throw new Error('boom');
    }) as unknown as typeof fetch;
    expect((await fetchText('https://feed.example/rss', { fetchImpl: throwing })).ok).toBe(false);
    expect((await fetchText('http://[', {})).ok).toBe(false);
    expect((await fetchText('javascript:alert(1)', {})).ok).toBe(false);
    const broken = new Response(new ReadableStream({ pull: (c) => c.error(new Error('reset')) }));
    expect(inWords(await fetchText('https://feed.example/rss', { fetchImpl: async () => broken }))).toMatchObject({
      ok: false,
      error: 'the download from feed.example was interrupted',
    });
  });
});
