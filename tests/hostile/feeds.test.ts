/**
 * Hostile feeds: each is a way a feed can try to fill the store, the options page or the worker's time.
 * The parser answers each with a short sentence or a capped feed, never a throw of another kind.
 */
import { describe, expect, it } from 'vitest';
import { FeedParseError, MAX_ERROR_CHARS } from '../../utils/feeds/feed-parse-error';
import { TITLE_MAX_CHARS } from '../../utils/feeds/feed-item';
import { FEED_TITLE_MAX_CHARS, parseFeed } from '../../utils/feeds/parse-feed';
import { say } from '../../components/said';

const BIG = 'a'.repeat(1_000_000);
const errorOf = (body: string): string => {
  try {
    parseFeed(body, 'https://feed.example/rss');
  } catch (error) {
    expect(error).toBeInstanceOf(FeedParseError);
    return say((error as FeedParseError).said);
  }
  throw new Error('the body parsed');
};
const rss = (channel: string) => `<?xml version="1.0"?><rss version="2.0"><channel>${channel}</channel></rss>`;

describe('parser errors', () => {
  it('stay a sentence when the broken markup they quote is a megabyte long', () => {
    for (const body of [rss(`<${BIG}>`), rss(`<title>x</title${BIG}>`)]) {
      const message = errorOf(body);
      expect(message).toMatch(/^the feed is not well-formed XML: Expected closing tag/);
      // The parser's words are clipped; the sentence around them adds its own few words.
      expect(message.length).toBeLessThanOrEqual(MAX_ERROR_CHARS + 'the feed is not well-formed XML: '.length);
    }
  });
});

describe('titles', () => {
  it('of items and of the feed are cut to a headline', () => {
    const feed = parseFeed(
      rss(
        `<title>${'Feed '.repeat(40_000)}</title><item><title>${'word '.repeat(40_000)}</title><link>https://feed.example/1</link></item>`,
      ),
      'https://feed.example/rss',
    );
    expect(feed.title.length).toBeLessThanOrEqual(FEED_TITLE_MAX_CHARS);
    expect(feed.items[0]?.title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(feed.items[0]?.title).toMatch(/^word word .*…$/);
  });
});

describe('entity limits', () => {
  it.each([
    ['an entity over the size limit', `<!DOCTYPE rss [<!ENTITY x "${'a'.repeat(2000)}">]>${rss('<title>&x;</title>')}`],
    [
      'more entities than allowed',
      `<!DOCTYPE rss [${Array.from({ length: 200 }, (_, i) => `<!ENTITY e${i} "x">`).join('')}]>${rss('<title>&e1;</title>')}`,
    ],
    [
      'entities nested past the depth limit',
      `<!DOCTYPE rss [<!ENTITY a "x"><!ENTITY b "&a;&a;"><!ENTITY c "&b;&b;"><!ENTITY d "&c;&c;"><!ENTITY e "&d;&d;"><!ENTITY f "&e;&e;"><!ENTITY g "&f;&f;"><!ENTITY h "&g;&g;">]>${rss('<title>&h;</title>')}`,
    ],
  ])('%s: read without expanding, or refused in words', (_name, body) => {
    let result: string;
    try {
      result = parseFeed(body, 'https://feed.example/rss').title;
    } catch (error) {
      expect(error).toBeInstanceOf(FeedParseError);
      result = say((error as FeedParseError).said);
    }
    expect(result.length).toBeLessThanOrEqual(MAX_ERROR_CHARS);
  });
});

describe('one element with 200,000 attributes', () => {
  it('is read or refused in words', () => {
    const attributes = Array.from({ length: 200_000 }, (_, i) => `a${i}="1"`).join(' ');
    const body = rss(
      `<title>T</title><item ${attributes}><title>Item</title><link>https://feed.example/1</link></item>`,
    );
    try {
      const feed = parseFeed(body, 'https://feed.example/rss');
      expect(feed.items.length).toBeLessThanOrEqual(1);
    } catch (error) {
      expect(error).toBeInstanceOf(FeedParseError);
    }
  }, 30_000);
});
