import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, readFixtureLabels, type FixtureServer } from '../support/fixture-server';
import { readFixtureStories, type FixtureStory } from '../support/fixture-stories';
import { formatDisplay, formatIso, formatRfc822, renderTemplate } from '../support/fixture-templates';

const expectations = readFixtureLabels();

const HOUR = 3_600_000;

describe('fixture templates', () => {
  it('writes dates in the requested offset and format', () => {
    const at = Date.UTC(2025, 2, 4, 9, 12, 0);
    expect(formatRfc822(at)).toBe('Tue, 04 Mar 2025 09:12:00 GMT');
    expect(formatRfc822(at, 480)).toBe('Tue, 04 Mar 2025 17:12:00 +0800');
    expect(formatIso(at, 480)).toBe('2025-03-04T17:12:00+08:00');
    expect(formatDisplay(at)).toBe('4 March 2025, 09:12 UTC');
    expect(renderTemplate('{{iso:-2h}} {{origin}}/x', { origin: 'http://o', now: at })).toBe(
      '2025-03-04T07:12:00Z http://o/x',
    );
  });

  it('refuses placeholders it does not know', () => {
    expect(() => renderTemplate('{{date:-3h}}', { origin: '', now: 0 })).toThrow(/Unknown fixture placeholder/);
    expect(() => renderTemplate('{{iso:3 hours}}', { origin: '', now: 0 })).toThrow(/Bad offset/);
  });
});

describe('fixture server', () => {
  let server: FixtureServer;
  const stories: FixtureStory[] = [];
  const get = (urlPath: string): Promise<Response> => fetch(server.origin + urlPath);

  beforeAll(async () => {
    server = await startFixtureServer();
    for (const feed of ['/feeds/world-wire.xml', '/feeds/eastern-desk.atom']) {
      stories.push(...readFixtureStories(await (await get(feed)).text()));
    }
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the article with every placeholder filled and its dates two hours back', async () => {
    const response = await get(expectations.article);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).not.toContain('{{');
    expect(html).toContain(`<link rel="canonical" href="${server.origin}${expectations.canonical}">`);
    const published = /property="article:published_time" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(Math.abs(Date.now() - 2 * HOUR - Date.parse(published))).toBeLessThan(60_000);
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}';
    expect(JSON.parse(jsonLd)).toMatchObject({
      '@type': 'NewsArticle',
      headline: expectations.articleTitle,
      datePublished: published,
    });
  });

  it('serves both feeds with their content types, filled placeholders and parseable dates', async () => {
    const rss = await get('/feeds/world-wire.xml');
    const atom = await get('/feeds/eastern-desk.atom');
    expect(rss.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    for (const text of [await rss.text(), await atom.text()]) expect(text).not.toContain('{{');
    expect(stories).toHaveLength(22);
    for (const story of stories) expect(Number.isNaN(Date.parse(story.published)), story.published).toBe(false);
    expect(new Set(stories.map((s) => s.path)).size).toBe(stories.length);
  });

  it('has every expected title in a feed, each in exactly one category', () => {
    const categories = [
      expectations.same,
      expectations.related,
      expectations.lookalikes,
      expectations.unrelated,
      expectations.guides,
      expectations.promos,
    ];
    const expected = categories.flat();
    expect(new Set(expected).size).toBe(expected.length);
    expect([...expected].sort()).toEqual(stories.map((s) => s.title).sort());
  });

  it('dates same-story reports within hours of the article and background days to weeks before', () => {
    const ageOf = (title: string): number =>
      Date.now() - Date.parse(stories.find((s) => s.title === title)?.published ?? '');
    for (const title of expectations.same) expect(ageOf(title)).toBeLessThan(8 * HOUR);
    for (const title of expectations.related) expect(ageOf(title)).toBeGreaterThan(5 * 24 * HOUR);
  });

  it('keeps the hostile summary as text with the script dropped', () => {
    const hostile = stories.find((s) => s.title === expectations.hostile);
    expect(hostile?.summaryText).toContain('Amihan Surveyor');
    expect(hostile?.summaryText).not.toContain('alert(');
  });

  it('serves a story page at every item link, titled by the story, as escaped text', async () => {
    for (const story of stories) {
      const response = await get(story.path);
      expect(response.status, story.path).toBe(200);
      const html = await response.text();
      expect(html).toContain('<title>');
      expect(html).not.toContain('<script>');
    }
  });

  it('serves the home page, the canonical article path and the not-a-feed page', async () => {
    expect(await (await get('/')).text()).toContain('<title>The Meridian Post');
    expect(await (await get(expectations.canonical)).text()).toContain(expectations.articleTitle);
    const notAFeed = await get('/not-a-feed.html');
    expect(notAFeed.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers error routes and unknown paths with the right status', async () => {
    expect((await get('/status/404')).status).toBe(404);
    expect((await get('/status/503')).status).toBe(503);
    expect((await get('/no/such/page')).status).toBe(404);
    expect((await get('/../package.json')).status).toBe(404);
    // An encoded slash survives URL normalisation; it must still not reach files outside the site.
    expect((await get('/..%2F..%2F..%2Fpackage.json')).status).toBe(404);
    expect(server.hits).toContain('/status/404');
  });

  it('serves generated feeds with an ETag, answering a matching one with 304', async () => {
    const response = await get('/generated/alpha.xml?items=4');
    const etag = response.headers.get('etag');
    const body = await response.text();
    expect(body.match(/<item>/g)).toHaveLength(4);
    expect(body).toContain(`${server.origin}/generated/alpha/story-4`);
    const again = await fetch(`${server.origin}/generated/alpha.xml?items=4`, {
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status).toBe(304);
    expect((await get('/generated/alpha/story-2')).status).toBe(200);
    expect((await get('/generated/../package.json')).status).toBe(404);
  });

  it('moves a rotating generated feed on by one story per answer', async () => {
    const first = await (await get('/generated/beta.xml?items=3&rotate=1')).text();
    const second = await (await get('/generated/beta.xml?items=3&rotate=1')).text();
    expect(first).toContain('/generated/beta/story-3<');
    expect(first).not.toContain('story-4<');
    expect(second).toContain('/generated/beta/story-4<');
    expect(second).not.toContain('/generated/beta/story-1<');
    expect(server.generated.served.get('beta')).toBe(2);
  });

  it('advertises both feeds on the home page', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Global Wire Service (all stories)" href="/feeds/world-wire.xml">',
    );
    expect(html).toContain(`href="${server.origin}/feeds/eastern-desk.atom"`);
  });

  it('closes promptly even while /slow is pending', async () => {
    const other = await startFixtureServer();
    const pending = fetch(`${other.origin}/slow`).then(
      () => 'answered',
      () => 'dropped',
    );
    // Wait until the server has the request, then close: the pending request must be dropped, not awaited.
    while (!other.hits.includes('/slow')) await new Promise((resolve) => setTimeout(resolve, 10));
    await other.close();
    expect(await pending).toBe('dropped');
  });
});
