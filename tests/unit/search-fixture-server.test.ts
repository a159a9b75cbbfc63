import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { parseGdeltArtlist } from '../../utils/search/gdelt';
import { parseGoogleNewsRss } from '../../utils/search/google-news';

describe('fixture server: search service imitations', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a Google News search with an RSS feed whose items name their outlet', async () => {
    const url = `${server.origin}/search/google-news/rss/search?q=%22Reed%20Bank%22&hl=en-US&gl=US&ceid=US:en`;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).not.toContain('{{');
    const hits = parseGoogleNewsRss(body, url);
    expect(hits).toHaveLength(5);
    expect(hits[0]?.outlet).toBe('Harbour Gazette');
    expect(Date.now() - (hits[0]?.published ?? 0)).toBeGreaterThan(80 * 60_000);
    expect((await fetch(`${server.origin}/search/google-news/rss/search`)).status).toBe(400);
  });

  it('answers a GDELT artlist query with JSON, and other requests with GDELT-style plain text', async () => {
    const response = await fetch(`${server.origin}/search/gdelt/api/v2/doc/doc?query=x&mode=artlist&format=json`);
    const hits = parseGdeltArtlist(await response.text());
    expect(hits).toHaveLength(4);
    expect(hits.every((h) => h.published !== null)).toBe(true);
    const wrong = await fetch(`${server.origin}/search/gdelt/api/v2/doc/doc?query=x&mode=timelinevol`);
    expect(wrong.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('says "slow down" with 429 and Retry-After', async () => {
    const response = await fetch(`${server.origin}/search/slow-down/api/v2/doc/doc?query=x`);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('60');
  });
});
