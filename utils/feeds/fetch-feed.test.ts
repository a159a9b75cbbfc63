import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed, formatBytes } from './fetch-feed';
import { inWords } from '../../tests/support/in-words';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/feeds');
const fixture = (name: string): Buffer => readFileSync(path.join(fixtures, name));

const ETAG = '"v1"';
/** Requests the server saw, to check the conditional GET headers. */
const seen: IncomingMessage[] = [];

/** Routes of the test server: each one is a way a feed server behaves. */
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/rss': (_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/rss+xml',
      ETag: ETAG,
      'Last-Modified': 'Tue, 05 Apr 2022 10:00:00 GMT',
    });
    res.end(fixture('rss2.xml'));
  },
  '/moved': (_req, res) => {
    res.writeHead(301, { Location: '/rss' });
    res.end();
  },
  '/missing': (_req, res) => {
    res.writeHead(404, 'Not Found', { 'Content-Type': 'text/plain' });
    res.end('no such feed');
  },
  '/hang': () => {
    // Never answers: the client must give up on its own.
  },
  '/huge': (_req, res) => {
    // No Content-Length: the size cap has to be enforced while streaming.
    res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let sent = 0;
    const pump = () => {
      while (sent < 50 && res.write(chunk)) sent++;
      if (sent < 50) res.once('drain', pump);
      else res.end();
    };
    pump();
  },
  '/huge-declared': (_req, res) => {
    // Announces 10 MB and sends a first chunk: the client can refuse on the header alone.
    res.writeHead(200, { 'Content-Type': 'application/rss+xml', 'Content-Length': String(10 * 1024 * 1024) });
    res.write('<rss>');
  },
  '/page': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(fixture('html-page.html'));
  },
  '/conditional': (req, res) => {
    if (req.headers['if-none-match'] === ETAG) {
      res.writeHead(304, { ETag: ETAG });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: ETAG });
    res.end(fixture('rss2.xml'));
  },
  '/latin1-by-header': (_req, res) => {
    // The bytes are ISO-8859-1 and the XML declaration is removed, so only the header can tell.
    const body = fixture('latin1.xml')
      .toString('latin1')
      .replace(/^<\?xml[^>]*>/, '');
    res.writeHead(200, { 'Content-Type': 'text/xml; charset=ISO-8859-1' });
    res.end(Buffer.from(body, 'latin1'));
  },
};

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req);
    const route = routes[req.url ?? ''];
    if (route) route(req, res);
    else res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  // The /hang request is still open: close it, or close() would wait for it forever.
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('fetchFeed', () => {
  it('fetches and parses a feed, returning its validators', async () => {
    const result = await fetchFeed(`${origin}/rss`);
    expect(result.ok && !result.notModified).toBe(true);
    if (!result.ok || result.notModified) return;
    expect(result.feed.title).toBe('The Harbour Gazette');
    expect(result.feed.items).toHaveLength(4);
    expect(result.etag).toBe(ETAG);
    expect(result.lastModified).toBe('Tue, 05 Apr 2022 10:00:00 GMT');
    expect(result.finalUrl).toBe(`${origin}/rss`);
  });

  it('follows redirects and reports the final URL', async () => {
    const result = await fetchFeed(`${origin}/moved`);
    expect(result.ok && !result.notModified && result.finalUrl).toBe(`${origin}/rss`);
  });

  it('reports an HTTP error with its status', async () => {
    expect(inWords(await fetchFeed(`${origin}/missing`))).toEqual({ ok: false, error: 'HTTP 404 (Not Found)' });
  });

  it('gives up on a server that never answers', async () => {
    expect(inWords(await fetchFeed(`${origin}/hang`, { timeoutMs: 300 }))).toEqual({
      ok: false,
      error: 'timed out after 0.3 s',
    });
  });

  it('stops reading a body larger than the cap', async () => {
    expect(inWords(await fetchFeed(`${origin}/huge`, { maxBytes: 1024 * 1024 }))).toEqual({
      ok: false,
      error: 'larger than 1 MB',
    });
  });

  it('refuses a body whose declared length is over the cap', async () => {
    expect(inWords(await fetchFeed(`${origin}/huge-declared`))).toEqual({ ok: false, error: 'larger than 5 MB' });
  });

  it('says when the URL is a web page, not a feed', async () => {
    expect(inWords(await fetchFeed(`${origin}/page`))).toEqual({
      ok: false,
      error: 'not a feed: the server sent an HTML page',
    });
  });

  it('sends a conditional GET and reports 304 as not modified', async () => {
    const result = await fetchFeed(`${origin}/conditional`, {
      etag: ETAG,
      lastModified: 'Tue, 05 Apr 2022 10:00:00 GMT',
    });
    expect(result).toEqual({ ok: true, notModified: true });
    const request = seen.findLast((r) => r.url === '/conditional');
    expect(request?.headers['if-none-match']).toBe(ETAG);
    expect(request?.headers['if-modified-since']).toBe('Tue, 05 Apr 2022 10:00:00 GMT');
  });

  it('decodes the body by the charset in Content-Type', async () => {
    const result = await fetchFeed(`${origin}/latin1-by-header`);
    expect(result.ok && !result.notModified && result.feed.items.map((i) => i.title)).toEqual([
      'Café à la carte : les façades rénovées',
      'Müller über die Straße',
    ]);
  });

  it('reports a refused connection in words', async () => {
    // Port 9 (discard) on loopback is closed on test machines.
    expect(inWords(await fetchFeed('http://127.0.0.1:9/feed'))).toEqual({
      ok: false,
      error: 'could not connect to 127.0.0.1:9 (network error or no permission)',
    });
  });

  it('refuses addresses that are not http(s)', async () => {
    expect(inWords(await fetchFeed('file:///etc/passwd'))).toEqual({
      ok: false,
      error: 'not a web address: file:///etc/passwd',
    });
  });

  it('can be cancelled by the caller', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(`${origin}/hang`, { signal: controller.signal });
    controller.abort();
    expect(inWords(await pending)).toEqual({ ok: false, error: 'cancelled' });
  });
});

describe('formatBytes', () => {
  it('words sizes for people', () => {
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(100)).toBe('100 bytes');
  });
});
