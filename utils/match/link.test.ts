import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLink, skipLink, writeLink } from './link';
import { ByteBuilder, ByteReader } from './varint';

/** Writes each link after the next, then reads them all back: what a record pool does. */
function roundTrip(pairs: readonly { id: string; url: string | null }[]): {
  links: (string | null)[];
  bytes: number[];
} {
  const out = new ByteBuilder();
  const ends: number[] = [];
  for (const { id, url } of pairs) {
    writeLink(out, id, url);
    ends.push(out.length);
  }
  const r = new ByteReader(out.bytes, 0);
  const links = pairs.map(({ id }) => readLink(r, id));
  const skip = new ByteReader(out.bytes, 0);
  for (const end of ends) {
    skipLink(skip);
    expect(skip.at).toBe(end);
  }
  return { links, bytes: ends.map((end, i) => end - (ends[i - 1] ?? 0)) };
}

// Ids and links like the store's: a link, and its variants the normaliser folds onto one id.
const id = fc.webUrl({ withQueryParameters: true });
const variant = (base: string) =>
  fc.constantFrom(
    base,
    base.replace(/^https:/, 'http:'),
    `${base}/`,
    `${base}?utm_source=rss`,
    `${base.replace(/^https:/, 'http:')}/#top`,
    base.toUpperCase(),
    '',
    'Ünïcödé ✓ 北京',
  );

describe('links kept as their difference from the id', () => {
  it('reads back every link exactly (property)', () => {
    const pair = fc.oneof(
      id.chain((i) =>
        fc.record({
          id: fc.constant(i),
          url: fc.option(fc.oneof(variant(i), fc.webUrl(), fc.string()), { nil: null }),
        }),
      ),
      fc.record({ id: fc.string({ unit: 'binary' }), url: fc.option(fc.string({ unit: 'binary' }), { nil: null }) }),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 20 }), (pairs) => {
        expect(roundTrip(pairs).links).toEqual(pairs.map((p) => p.url));
      }),
    );
  });

  it('costs a byte when the link is the id (or its http form), a few for a slash or a tracking parameter', () => {
    const base = 'https://news.example/world/2025/03/10/ferry-strike-halvern';
    const { links, bytes } = roundTrip([
      { id: base, url: null },
      { id: base, url: base },
      { id: base, url: base.replace('https:', 'http:') },
      { id: base, url: `${base}/` },
      { id: base, url: `http://news.example/world/2025/03/10/ferry-strike-halvern/?utm_source=rss` },
    ]);
    expect(links[2]).toBe('http://news.example/world/2025/03/10/ferry-strike-halvern');
    expect(bytes.slice(0, 4)).toEqual([1, 1, 1, 4]);
    expect(bytes[4]).toBeLessThan(20);
  });
});
