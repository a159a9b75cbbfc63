import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../types';
import { decodeFeedBytes } from './decode-body';
import { FeedParseError, parseFeed } from './parse-feed';
import { say } from '../../components/said';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/feeds');
const fixture = (name: string): string => decodeFeedBytes(readFileSync(path.join(fixtures, name)));
const parseFixture = (name: string, feedUrl = 'https://feeds.example/feed'): ParsedFeed =>
  parseFeed(fixture(name), feedUrl);

function parseError(body: string): string {
  try {
    parseFeed(body, 'https://feeds.example/feed');
  } catch (error) {
    expect(error).toBeInstanceOf(FeedParseError);
    return say((error as FeedParseError).said);
  }
  throw new Error('expected a FeedParseError');
}

describe('parseFeed: RSS 2.0', () => {
  const feed = parseFixture('rss2.xml');

  it('reads the channel', () => {
    expect(feed.title).toBe('The Harbour Gazette');
    expect(feed.homepage).toBe('https://gazette.example/');
  });

  it('keeps items with a link or a permalink guid, in order, and skips the rest', () => {
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://gazette.example/news/quay-budget?utm_source=rss',
      'https://gazette.example/news/ferry-timetable',
      'https://gazette.example/news/lighthouse-keeper',
      'https://gazette.example/news/fish-market',
    ]);
  });

  it('decodes entities in titles and keeps guids', () => {
    expect(feed.items[0]?.title).toBe('Council & port authority agree on new quay’s budget');
    expect(feed.items[0]?.guid).toBe('gazette-2022-0401');
  });

  it('reads RFC 822 dates with odd zones, dc:date, and gives null for nonsense', () => {
    expect(feed.items.map((i) => (i.published === null ? null : new Date(i.published).toISOString()))).toEqual([
      '2022-04-05T09:00:00.000Z', // GMT+1
      '2022-04-06T15:30:00.000Z', // PDT, no seconds
      '2022-04-07T10:00:00.000Z', // dc:date +02:00
      null,
    ]);
  });

  it('summarises from content:encoded when there is no description, as plain text', () => {
    expect(feed.items[1]?.summary).toBe(
      'From June, the morning ferry leaves at 7:15 instead of 7:45. The evening crossing is unchanged.',
    );
  });

  it('caps long summaries near 600 characters at a word boundary', () => {
    const summary = feed.items[2]?.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(600);
    expect(summary.length).toBeGreaterThan(450);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary).toMatch(/ [a-z]+…$/);
  });

  it('finds images in media:thumbnail, enclosures and the widest media:content image', () => {
    expect(feed.items.map((i) => i.image)).toEqual([
      'https://img.gazette.example/quay-small.jpg',
      'https://img.gazette.example/ferry.jpg',
      null,
      'https://img.gazette.example/market-800.jpg',
    ]);
  });
});

describe('parseFeed: other formats', () => {
  it('reads RSS 1.0 (RDF) with items beside the channel and rdf:about as a link', () => {
    const feed = parseFixture('rss1-rdf.rdf');
    expect(feed.title).toBe('Hillcrest Observatory Notes');
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([
      ['Faint comet spotted low in the west', 'https://observatory.example/notes/comet-sighting'],
      ['Mirror cleaning day', 'https://observatory.example/notes/mirror-cleaning'],
    ]);
    expect(feed.items[0]?.published).toBe(Date.UTC(2022, 2, 30, 21, 15));
    expect(feed.items[1]?.published).toBe(Date.UTC(2022, 2, 28));
  });

  it('reads RSS 0.91 with its Netscape DOCTYPE, without confusing the image title for the channel title', () => {
    const feed = parseFixture('rss091.xml');
    expect(feed.title).toBe('Valley Radio Bulletins');
    expect(feed.items.map((i) => i.title)).toEqual([
      'Road closed after rockfall near the pass',
      'School choir wins regional contest',
    ]);
    expect(feed.items[1]?.summary).toBe('');
    expect(feed.items[1]?.published).toBeNull();
  });

  it('reads Atom: rel=alternate HTML link, xml:base, html and xhtml text, id as fallback link', () => {
    const feed = parseFixture('atom.xml');
    expect(feed.title).toBe('Workshop Journal');
    expect(feed.homepage).toBe('https://workshop.example/journal/');
    expect(feed.items.map((i) => [i.title, i.link])).toEqual([
      ['Restoring an oak chest', 'https://workshop.example/journal/entries/oak-chest'],
      ['Sharpening chisels', 'https://workshop.example/archive/2022/chisels'],
      ['Glue choices', 'https://workshop.example/journal/entries/glue'],
    ]);
    const [oak, chisels] = feed.items;
    expect(oak?.summary).toBe('Stripping old varnish & waxing the lid.');
    expect(oak?.published).toBe(Date.UTC(2022, 3, 1, 15, 30));
    expect(oak?.guid).toBe('tag:workshop.example,2022:oak-chest');
    expect(oak?.image).toBe('https://workshop.example/media/oak-chest.png');
    expect(chisels?.summary).toBe('Water stones, then a leather strop. Keep the bevel flat.');
    expect(chisels?.published).toBe(Date.UTC(2022, 2, 20, 10));
  });

  it('reads JSON Feed 1.1: relative URLs, external_url, derived titles, HTML reduced to text', () => {
    const feed = parseFixture('feed.json', 'https://almanac.example/feed.json');
    expect(feed.title).toBe('Garden Almanac');
    expect(feed.homepage).toBe('https://almanac.example/');
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://almanac.example/2022/04/late-frost',
      'https://almanac.example/2022/04/tomatoes',
      'https://seeds.example/catalogue',
    ]);
    const [frost, tomatoes, link] = feed.items;
    expect(frost?.published).toBe(Date.UTC(2022, 3, 4, 23));
    expect(frost?.image).toBe('https://almanac.example/img/frost.jpg');
    expect(tomatoes?.title).toBe('Time to pot on the tomato seedlings.');
    expect(tomatoes?.summary).not.toMatch(/alert|</);
    expect(link?.summary).toBe('Plain text where 3 < 4 & an ampersand.');
  });

  it('reads JSON Feed 1.0', () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'Old style',
      items: [{ id: '1', url: 'https://old.example/a', title: 'First', content_text: 'Hello' }],
    });
    const feed = parseFeed(body, 'https://old.example/feed.json');
    expect(feed.items).toEqual([
      { title: 'First', link: 'https://old.example/a', summary: 'Hello', published: null, guid: '1', image: null },
    ]);
  });

  it('decodes ISO-8859-1 bytes by the XML declaration', () => {
    const feed = parseFixture('latin1.xml');
    expect(feed.items.map((i) => i.title)).toEqual([
      'Café à la carte : les façades rénovées',
      'Müller über die Straße',
    ]);
    expect(feed.items[0]?.published).toBe(Date.UTC(2022, 3, 4, 5));
  });

  it('names a feed without a title after its site', () => {
    const body =
      '<rss version="2.0"><channel><link>https://untitled.example/</link><item><title>A</title><link>https://untitled.example/a</link></item></channel></rss>';
    expect(parseFeed(body, 'https://cdn.example/rss').title).toBe('untitled.example');
  });
});

describe('parseFeed: hostile content', () => {
  const feed = parseFixture('hostile.xml');
  const allText = feed.items.map((i) => `${i.title} ${i.summary}`).join(' ') + feed.title;

  it('keeps only items with http(s) links: javascript: and data: links are dropped', () => {
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://hostile.example/news/cafe',
      'https://hostile.example/news/escaped',
    ]);
  });

  it('reduces CDATA HTML to text, decoding named and numeric entities', () => {
    expect(feed.title).toBe('Hostile Test Feed');
    expect(feed.items[0]?.title).toBe('Café owners & “quotes” — the case');
    expect(feed.items[0]?.summary).toBe('Opening hours change.');
  });

  it('lets no markup, script or style text through, even double-escaped', () => {
    expect(allText).not.toMatch(/[<>]|alert|script|color:red|onerror|hidden comment/);
    expect(feed.items[1]?.title).toBe('Double-escaped markup');
    expect(feed.items[1]?.summary).toBe('Price up by 5% & rising');
  });

  it('rejects a javascript: image URL', () => {
    expect(feed.items[0]?.image).toBeNull();
  });

  it('does not expand an entity bomb', () => {
    const bomb = parseFixture('entity-bomb.xml');
    const sizes = bomb.items.map((i) => i.title.length + i.summary.length + (i.guid ?? '').length);
    expect(Math.max(...sizes)).toBeLessThan(1000);
  });
});

describe('parseFeed: errors a user can read', () => {
  it('says when the server sent an HTML page', () => {
    expect(parseError(fixture('html-page.html'))).toBe('not a feed: the server sent an HTML page');
  });

  it('says when the XML is broken, and where', () => {
    expect(parseError(fixture('broken.xml'))).toMatch(/^the feed is not well-formed XML: .*line \d+/);
  });

  it('says when the XML is not a feed', () => {
    expect(parseError('<?xml version="1.0"?><catalog><book/></catalog>')).toBe(
      'not a feed: the XML has no <rss>, <feed> or <rdf:RDF> root',
    );
  });

  it('says when the body is empty, plain text, or JSON but not a JSON Feed', () => {
    expect(parseError('  \n')).toBe('not a feed: the server sent an empty response');
    expect(parseError('Service temporarily unavailable')).toBe(
      'not a feed: the server sent plain text, not XML or JSON',
    );
    expect(parseError('{"status":"ok"}')).toBe('not a feed: the server sent JSON that is not a JSON Feed');
    expect(parseError('{"version": ')).toMatch(/^not a feed: the server sent JSON that is not valid/);
  });

  it('refuses absurdly large input instead of parsing it', () => {
    expect(parseError(`<rss>${' '.repeat(11 * 1024 * 1024)}</rss>`)).toMatch(/too large/);
  });
});
