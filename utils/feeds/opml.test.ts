import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feedKey, OpmlError, parseOpml, serializeOpml, type OpmlFeed } from './opml';
import { inWords, thrownWords } from '../../tests/support/in-words';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/opml');
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');

describe('parseOpml', () => {
  it('reads feeds from nested folders in file order, whatever the attribute case', () => {
    const contents = parseOpml(fixture('nested.opml'));
    expect(contents.title).toBe("Marta's subscriptions");
    expect(contents.feeds).toEqual([
      {
        url: 'https://harbour-gazette.example/rss',
        title: 'Harbour Gazette',
        homepage: 'https://harbour-gazette.example/',
      },
      { url: 'https://ridge-valley.example/feed.xml', title: 'Ridge & Valley Times', homepage: null },
      { url: 'https://lantern-wire.example/atom.xml', title: 'Lantern Wire', homepage: null },
      { url: 'http://plainfeed.example/index.xml', title: 'Top-level feed', homepage: null },
      { url: 'https://untitled.example/feed', title: 'untitled.example', homepage: null },
    ]);
  });

  it('skips a feed listed twice, and lists addresses it cannot use with the reason', () => {
    const contents = parseOpml(fixture('nested.opml'));
    expect(contents.duplicates.map((f) => f.title)).toEqual(['Harbour Gazette again']);
    expect(inWords(contents.invalid)).toEqual([
      { title: 'A script, not a feed', url: 'javascript:alert(1)', reason: 'Only http and https feeds can be added.' },
    ]);
  });

  it('explains a broken file and a file that is not OPML', () => {
    expect(() => parseOpml(fixture('broken.opml'))).toThrow(OpmlError);
    expect(thrownWords(() => parseOpml(fixture('broken.opml')))).toMatch(
      /^This file is not valid OPML: .*\(line \d+, column \d+\)\.$/,
    );
    expect(thrownWords(() => parseOpml(fixture('not-opml.xml')))).toContain(
      'This file is not OPML: it has no <opml> element.',
    );
    expect(() => parseOpml('just some text')).toThrow(OpmlError);
    // The validator lets an unfinished tag through and the parser refuses it (found by the hostile property test).
    expect(thrownWords(() => parseOpml('<A/'))).toMatch(/^This file could not be read as OPML: it ends inside a tag/);
  });

  it('reads an empty list as empty', () => {
    expect(parseOpml('<opml version="1.0"><head/><body/></opml>')).toEqual({
      title: '',
      feeds: [],
      duplicates: [],
      invalid: [],
    });
  });
});

describe('serializeOpml', () => {
  it('writes a file that reads back to the same sources', () => {
    const feeds = parseOpml(fixture('nested.opml')).feeds;
    const written = serializeOpml(feeds, { now: Date.UTC(2026, 2, 2) });
    expect(written).toContain('<opml version="2.0">');
    expect(written).toContain('<dateCreated>Mon, 02 Mar 2026 00:00:00 GMT</dateCreated>');
    expect(parseOpml(written).feeds).toEqual(feeds);
  });

  // 200 generated files take seconds on a busy machine: the default 5 s limit would be a timing assertion.
  it('round-trips any titles and addresses, markup characters included', { timeout: 60_000 }, () => {
    const feedArb = fc.record({
      url: fc.webUrl({ validSchemes: ['https', 'http'], withQueryParameters: true }),
      title: fc
        .string({ minLength: 1 })
        .filter(
          (t) =>
            t.trim() === t &&
            t.trim().length > 0 &&
            ![...t].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '\ufffe' || ch === '\uffff'),
        ),
      homepage: fc.constantFrom(null, 'https://home.example/'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(feedArb, { selector: (f) => feedKey(f.url), maxLength: 8 }), (feeds: OpmlFeed[]) => {
        const normalised = feeds.map((f) => ({ ...f, url: new URL(f.url).href }));
        const back = parseOpml(serializeOpml(normalised)).feeds;
        expect(back).toEqual(normalised);
      }),
      { numRuns: 200 },
    );
  });
});
