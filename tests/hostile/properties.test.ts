/**
 * Property tests (fast-check): the public readers never throw anything but their own documented error, and
 * finish, on arbitrary input. The bound is each test's timeout: a reader that looped would fail it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedParseError } from '../../utils/feeds/feed-parse-error';
import { normalizeUrl } from '../../utils/feeds/normalize-url';
import { OpmlError, parseOpml } from '../../utils/feeds/opml';
import { parseFeedDate } from '../../utils/feeds/parse-date';
import { parseFeed } from '../../utils/feeds/parse-feed';
import { StoryIndex } from '../../utils/match/inverted-index';
import { loadIndex, persistedIndexProblem, serialiseIndex, type PersistedIndex } from '../../utils/match/persist';
import { rankStories } from '../../utils/match/rank';

const BOUND_MS = 120_000;

/** Markup made of the pieces feeds are made of, shuffled, with arbitrary text between. */
const markup = (pieces: readonly string[]) =>
  fc
    .array(
      fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })),
      { maxLength: 60 },
    )
    .map((p) => p.join(''));
const FEED_PIECES = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<rss version="2.0">',
  '</rss>',
  '<channel>',
  '</channel>',
  '<item>',
  '</item>',
  '<title>',
  '</title>',
  '<link>',
  '</link>',
  'https://n.example/a',
  '<description>',
  '</description>',
  '<pubDate>',
  '</pubDate>',
  'Tue, 31 Feb 2022 10:00:00 GMT',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '</feed>',
  '<entry>',
  '</entry>',
  '<link href="/x"/>',
  '<![CDATA[',
  ']]>',
  '&amp;',
  '&#x1F600;',
  '&bogus;',
  '<!DOCTYPE rss [<!ENTITY e "x">]>',
  '&e;',
  '<rdf:RDF>',
  '</rdf:RDF>',
  '{"version":"https://jsonfeed.org/version/1.1","items":[',
  '{"url":"https://n.example/j","title":"T"}',
  ']}',
  '<html>',
  '<',
  '>',
  '"',
  "'",
];
const OPML_PIECES = [
  '<?xml version="1.0"?>',
  '<opml version="2.0">',
  '</opml>',
  '<body>',
  '</body>',
  '<outline',
  ' xmlUrl="https://f.example/rss"',
  ' text="T"',
  ' htmlUrl="javascript:x"',
  '/>',
  '>',
  '</outline>',
  ' type="rss"',
  '&lt;',
  '<!DOCTYPE x>',
];

describe('parseFeed on arbitrary input (property)', () => {
  it(
    'returns a feed or throws a FeedParseError, nothing else, with http(s) links only',
    () => {
      fc.assert(
        fc.property(fc.oneof(markup(FEED_PIECES), fc.string({ maxLength: 200 })), (body) => {
          try {
            const feed = parseFeed(body, 'https://feed.example/rss');
            for (const item of feed.items) expect(item.link).toMatch(/^https?:\/\//);
          } catch (error) {
            expect(error).toBeInstanceOf(FeedParseError);
            expect((error as Error).message.length).toBeLessThanOrEqual(300);
          }
        }),
        { numRuns: 400 },
      );
    },
    BOUND_MS,
  );
});

describe('parseOpml on arbitrary input (property)', () => {
  it(
    'returns contents or throws an OpmlError, nothing else',
    () => {
      fc.assert(
        fc.property(fc.oneof(markup(OPML_PIECES), fc.string({ maxLength: 200 })), (text) => {
          try {
            const contents = parseOpml(text);
            for (const feed of contents.feeds) expect(feed.url).toMatch(/^https?:\/\//);
          } catch (error) {
            expect(error).toBeInstanceOf(OpmlError);
          }
        }),
        { numRuns: 400 },
      );
    },
    BOUND_MS,
  );
});

describe('normalizeUrl and parseFeedDate on arbitrary input (property)', () => {
  it(
    'normalizeUrl never throws and gives a string',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ maxLength: 80 })),
          (url) => {
            expect(typeof normalizeUrl(url)).toBe('string');
          },
        ),
        { numRuns: 1000 },
      );
    },
    BOUND_MS,
  );

  it(
    'parseFeedDate never throws and gives null or a real day between 1900 and 2200',
    () => {
      const dateish = markup([
        'Tue, ',
        '31 ',
        '29 ',
        'Feb ',
        'April ',
        '2022',
        '2200',
        '1899',
        ' 10:00:00',
        ' GMT',
        ' +0530',
        'T',
        '-',
        ':',
        'Z',
        '2024-02-29',
      ]);
      fc.assert(
        fc.property(
          fc.oneof(
            dateish,
            fc.string({ maxLength: 40 }),
            fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()),
          ),
          (text) => {
            const ms = parseFeedDate(text);
            if (ms === null) return;
            expect(Number.isFinite(ms)).toBe(true);
            const year = new Date(ms).getUTCFullYear();
            expect(year).toBeGreaterThanOrEqual(1899); // a zone offset can move 1 Jan 1900 back a few hours
            expect(year).toBeLessThanOrEqual(2200);
          },
        ),
        { numRuns: 1000 },
      );
    },
    BOUND_MS,
  );
});

describe('a saved index with arbitrary damage (property)', () => {
  const WORDS = ['Halvern', 'strike', 'Caldera', '3,200', 'dockers', 'Tuesday', 'harbour', 'pay'];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 8 })), { maxLength: 12 })
    .map((w) => w.join(' '));
  const article = {
    title: 'Halvern dockers strike over pay',
    lead: 'Caldera Terminals offered 3,200 dockers more.',
    text: 'The strike at Halvern harbour went on.',
    published: Date.UTC(2025, 2, 11),
  };

  it(
    'is either refused by the load check, or loads and ranks without throwing or looping',
    () => {
      const byteColumns = ['postings', 'records', 'termBytes'] as const;
      fc.assert(
        fc.property(
          fc.array(fc.record({ title: text, summary: text }), { minLength: 1, maxLength: 12 }),
          fc.constantFrom(...byteColumns),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
          (stories, column, changes) => {
            const index = new StoryIndex();
            stories.forEach((s, i) =>
              index.add({ id: `https://n.example/${i}`, ...s, published: Date.UTC(2025, 2, 10) }),
            );
            const saved = serialiseIndex(index, 1);
            const bytes = saved[column].slice();
            if (bytes.length === 0) return;
            for (const [at, value] of changes) bytes[at % bytes.length] = value;
            const damaged: PersistedIndex = { ...saved, [column]: bytes };
            if (persistedIndexProblem(damaged) !== null) return;
            // Damage the checks cannot see (a frequency, a letter of a term) changes scores, never safety.
            expect(() => rankStories(loadIndex(damaged), article)).not.toThrow();
          },
        ),
        { numRuns: 300 },
      );
    },
    BOUND_MS,
  );
});
