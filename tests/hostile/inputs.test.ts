/**
 * Hostile inputs the issue lists, each answered in words or read safely: compressed bombs, redirect loops,
 * charsets that would hide the text, malformed search answers, dates from the future or that do not exist.
 */
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../utils/feeds/decode-body';
import { fetchText } from '../../utils/feeds/fetch-text';
import { parseFeedDate } from '../../utils/feeds/parse-date';
import { parseFeed } from '../../utils/feeds/parse-feed';
import { GdeltAnswerError, parseGdeltArtlist } from '../../utils/search/gdelt';
import { inWords } from '../support/in-words';

let server: Server;
let origin = '';
const BOMB = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/bomb') {
      // 50 MB of spaces in about 50 KB on the wire.
      res.writeHead(200, {
        'Content-Type': 'application/rss+xml',
        'Content-Encoding': 'gzip',
        'Content-Length': String(BOMB.length),
      });
      res.end(BOMB);
    } else if (req.url?.startsWith('/loop')) {
      res.writeHead(302, { Location: '/loop' });
      res.end();
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('downloads', () => {
  it('count the unpacked bytes of a gzip bomb against the cap', async () => {
    expect(inWords(await fetchText(`${origin}/bomb`))).toMatchObject({ ok: false, error: 'larger than 5 MB' });
  });

  it('end a redirect loop with a sentence', async () => {
    const result = await fetchText(`${origin}/loop`);
    expect(inWords(result)).toMatchObject({
      ok: false,
      error: `could not connect to ${origin.slice(7)} (network error or no permission)`,
    });
  });
});

describe('charsets', () => {
  it('read the "replacement" label as UTF-8, not as one replacement character', () => {
    const bytes = new TextEncoder().encode('<rss version="2.0"><channel><title>Harbour</title></channel></rss>');
    expect(decodeFeedBytes(bytes, 'application/rss+xml; charset=replacement')).toContain('Harbour');
  });

  it('read UTF-16 without a byte-order mark when the header names it, and never throw on odd bytes', () => {
    const text =
      '<rss version="2.0"><channel><title>Harbour</title><item><title>Dockers</title><link>https://n.example/1</link></item></channel></rss>';
    const le = Buffer.from(text, 'utf16le');
    expect(
      parseFeed(decodeFeedBytes(le, 'application/rss+xml; charset=utf-16le'), 'https://n.example/rss').items[0]?.title,
    ).toBe('Dockers');
    expect(() => decodeFeedBytes(Uint8Array.from([0x3c, 0x00, 0x72]), 'text/xml; charset=utf-16')).not.toThrow();
  });
});

describe('GDELT answers', () => {
  it.each([
    '',
    '{',
    '{"articles": 5}',
    '{"articles": [{"url": "javascript:alert(1)", "title": 1}]}',
    'null',
    '[]',
    '<html>rate limited</html>',
  ])('that are malformed (%s) give their hits or a GdeltAnswerError, nothing else', (body) => {
    try {
      for (const hit of parseGdeltArtlist(body)) expect(hit.link).toMatch(/^https?:\/\//);
    } catch (error) {
      expect(error).toBeInstanceOf(GdeltAnswerError);
    }
  });
});

describe('dates', () => {
  it('that do not exist are no date', () => {
    for (const text of ['31 Feb 2022', 'Wed, 30 Feb 2022 10:00:00 GMT', '2023-02-29T00:00:00Z', 'June 31, 2022'])
      expect(parseFeedDate(text), text).toBeNull();
  });
});
