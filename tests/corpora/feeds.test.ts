/**
 * The feed parser against real feeds in ../shared (never copied into the project):
 * - real-world/<hash>/feed.xml against real-world-expected/<hash>.json, another parser's output
 *   (@rowanmanning/feed-parser): same item count, titles and links;
 * - edge-cases/input/* must parse or fail with a clear FeedParseError, and match
 *   edge-cases/expected/<name>.json (rss-parser's output) in item count and titles.
 * Skips with one line when ../shared is absent.
 */
import { say } from '../../components/said';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../utils/feeds/decode-body';
import { htmlToText } from '../../utils/feeds/html-to-text';
import { FeedParseError, parseFeed } from '../../utils/feeds/parse-feed';
import type { ParsedFeed } from '../../utils/types';
import { SHARED_DIR, sharedAvailable } from '../support/shared-corpus';

const shared = SHARED_DIR;
const feedsDir = path.join(shared, 'fixtures/feeds');
const present = sharedAvailable('feeds corpora', [path.join(feedsDir, 'real-world')]);

interface ExpectedItem {
  title: string | null;
  url?: string | null;
  link?: string | null;
}

/** Whitespace-insensitive; zero-width characters (one NASA title starts with U+200B) are dropped by our parser. */
const squash = (s: string | null | undefined): string =>
  (s ?? '')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Compares links as URLs, so "https://host" equals "https://host/". */
function sameLink(ours: string, theirs: string, base: string): boolean {
  try {
    return ours === new URL(squash(theirs), base).href;
  } catch {
    return false;
  }
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function parseFile(file: string, feedUrl: string): ParsedFeed {
  return parseFeed(decodeFeedBytes(readFileSync(file)), feedUrl);
}

/** Lists differences between our items and the expected ones, at most `limit` lines. */
function diffItems(
  actual: ParsedFeed,
  expected: ExpectedItem[],
  feedUrl: string,
  compareTitle: (ours: string, theirs: ExpectedItem) => boolean,
) {
  const problems: string[] = [];
  if (actual.items.length !== expected.length)
    problems.push(`item count ${actual.items.length}, expected ${expected.length}`);
  expected.forEach((want, i) => {
    const got = actual.items[i];
    if (!got) return;
    if (!compareTitle(got.title, want))
      problems.push(`#${i} title ${JSON.stringify(got.title)} ≠ ${JSON.stringify(want.title)}`);
    const wantLink = want.url ?? want.link;
    if (wantLink && !sameLink(got.link, wantLink, feedUrl)) {
      problems.push(`#${i} link ${JSON.stringify(got.link)} ≠ ${JSON.stringify(wantLink)}`);
    }
  });
  return problems;
}

/**
 * rss-parser's titles are raw: HTML kept ("1930ft<sup>2</sup>", "&#x0024;"), so they are reduced to text
 * before comparing; and it decoded ISO-8859-1 feeds as UTF-8, so its U+FFFD stands for any one character
 * (we decode them properly: "Mãe", not "M\uFFFDe").
 */
function titleMatches(ours: string, theirs: string): boolean {
  const want = squash(htmlToText(theirs));
  if (!want.includes('\uFFFD')) return squash(ours) === want;
  const pattern = want.split('\uFFFD').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${pattern.join('.')}$`, 'u').test(squash(ours));
}

const tally = { realWorld: 0, realWorldExact: 0, edge: 0, edgeExact: 0, edgeRejected: 0, edgeUnchecked: 0 };

describe.skipIf(!present)('real-world feeds match an independent parser', () => {
  const dir = path.join(feedsDir, 'real-world');
  const hashes = present ? readdirSync(dir).filter((h) => existsSync(path.join(dir, h, 'feed.xml'))) : [];

  it.each(hashes)('%s', (hash) => {
    const expected = readJson<{ url: string; feed: { items: ExpectedItem[] } }>(
      path.join(feedsDir, 'real-world-expected', `${hash}.json`),
    );
    const feed = parseFile(path.join(dir, hash, 'feed.xml'), expected.url);
    const problems = diffItems(feed, expected.feed.items, expected.url, (ours, theirs) =>
      // Title-less items (Mastodon posts): we derive a title from the text, the other parser gives null.
      theirs.title === null ? ours.length > 0 : squash(ours) === squash(theirs.title),
    );
    tally.realWorld++;
    if (problems.length === 0) tally.realWorldExact++;
    expect(problems, `${hash}:\n${problems.slice(0, 15).join('\n')}`).toEqual([]);
  });
});

describe.skipIf(!present)('edge-case feeds parse or fail clearly', () => {
  const inputDir = path.join(feedsDir, 'edge-cases/input');
  const names = present ? readdirSync(inputDir) : [];

  it.each(names)('%s', (name) => {
    const base = name.replace(/\.[^.]+$/, '');
    const expectedFile = path.join(feedsDir, 'edge-cases/expected', `${base}.json`);
    const feedUrl = `https://example.com/${name}`;
    let feed: ParsedFeed;
    try {
      feed = parseFile(path.join(inputDir, name), feedUrl);
    } catch (error) {
      expect(error, `${name} threw something other than FeedParseError`).toBeInstanceOf(FeedParseError);
      const words = say((error as FeedParseError).said);
      expect(words).toMatch(/^(not a feed|the feed)/);
      expect(existsSync(expectedFile), `${name} failed but has expected output: ${words}`).toBe(false);
      tally.edgeRejected++;
      return;
    }
    if (!existsSync(expectedFile)) {
      tally.edgeUnchecked++;
      return;
    }
    // rss-parser keeps items without a link (we skip them: nothing to open) and leaves relative links as written.
    const expected = readJson<{ feed: { items: ExpectedItem[] } }>(expectedFile).feed.items.filter((i) => i.link);
    const problems = diffItems(feed, expected, feedUrl, (ours, theirs) => titleMatches(ours, theirs.title ?? ''));
    tally.edge++;
    if (problems.length === 0) tally.edgeExact++;
    expect(problems, `${name}:\n${problems.slice(0, 15).join('\n')}`).toEqual([]);
  });
});

afterAll(() => {
  if (!present) return;
  console.log(
    `feeds corpora: real-world ${tally.realWorldExact}/${tally.realWorld} match; edge cases ${tally.edgeExact}/${tally.edge} match, ` +
      `${tally.edgeRejected} rejected with a clear message, ${tally.edgeUnchecked} parsed without expected output`,
  );
});
