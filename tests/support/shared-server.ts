/**
 * A loopback server of real news text from ../shared, for the real-world end-to-end test. Nothing is copied
 * into the project: pages and feeds are read from ../shared (or $SIDELIGHT_SHARED) at start and built per
 * request. Listens on 127.0.0.1 only.
 *
 * Routes:
 * - `/ecb/article/<query id>`: an ECB+ article of the dev set as a plain news page (headline and paragraphs).
 * - `/ecb/feed.xml?except=<ids>`: every story of the set as RSS 2.0 (title, link, summary; the set has no
 *   dates), without the stories of the comma-separated ids (the articles' own).
 * - `/ecb/story/<story id>`: a story's page (the links of the feed).
 * - `/real/page/<name>`: a real page of fixtures/pages/readability, as captured.
 * - `/real/feed/<folder>.xml`: a real feed of fixtures/feeds/real-world, byte for byte except its dates, which
 *   are moved so its newest item is an hour old: a reader's feeds are current, and an undated article is read
 *   now, so time cannot tell the feeds' stories from the article's event.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { escapeMarkup, listenOnLoopback, send, type Listening } from './loopback';
import { SHARED_DIR } from './shared-corpus';

const ECB_DIR = path.join(SHARED_DIR, 'eval/ecbplus-dev');
const PAGES_DIR = path.join(SHARED_DIR, 'fixtures/pages/readability');
const FEEDS_DIR = path.join(SHARED_DIR, 'fixtures/feeds/real-world');

/** What of ../shared this server serves. */
export const SHARED_PATHS: readonly string[] = [ECB_DIR, PAGES_DIR, FEEDS_DIR];

/** An ECB+ article with its labels. */
export interface EcbQuery {
  id: string;
  title: string;
  text: string;
  relevant: string[];
  hard: string[];
}

interface EcbStory {
  id: string;
  title: string | null;
  summary: string | null;
}

/** A running server. */
export interface SharedServer extends Listening {
  queries: Map<string, EcbQuery>;
  /** Folder names of the real feeds that have a feed.xml. */
  realFeeds: string[];
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

function articlePage(q: EcbQuery): string {
  const paragraphs = q.text
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== q.title.trim());
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeMarkup(q.title)}</title></head>
<body><header><p>Evaluation Gazette</p></header><main><article><h1>${escapeMarkup(q.title)}</h1>
${paragraphs.map((p) => `<p>${escapeMarkup(p)}</p>`).join('\n')}
</article></main></body></html>`;
}

function feed(origin: string, stories: readonly EcbStory[]): string {
  const items = stories.map(
    (
      s,
    ) => `<item><title>${escapeMarkup(s.title ?? '')}</title><link>${origin}/ecb/story/${encodeURIComponent(s.id)}</link>
<guid>${origin}/ecb/story/${encodeURIComponent(s.id)}</guid><description>${escapeMarkup(s.summary ?? '')}</description></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>ECB+ dev stories</title>
<link>${origin}/ecb/</link><description>The stories of the ECB+ dev set</description>
${items.join('\n')}</channel></rss>`;
}

const DATE_TAG = /<(pubDate|published|updated|dc:date|lastBuildDate)>([^<]{8,60})<\/\1>/g;

/** The feed with every date moved by one offset, so that its newest date is an hour ago (other bytes kept). */
function movedToNow(bytes: Buffer): Buffer {
  // latin1 maps each byte to one character and back: the feed's own encoding survives untouched.
  const text = bytes.toString('latin1');
  const times = [...text.matchAll(DATE_TAG)]
    .map((m) => Date.parse((m[2] ?? '').trim()))
    .filter((t) => !Number.isNaN(t));
  if (times.length === 0) return bytes;
  const shift = Date.now() - 3_600_000 - Math.max(...times);
  const moved = text.replace(DATE_TAG, (whole, tag: string, value: string) => {
    const t = Date.parse(value.trim());
    if (Number.isNaN(t)) return whole;
    const date = new Date(t + shift);
    return `<${tag}>${tag === 'pubDate' || tag === 'lastBuildDate' ? date.toUTCString() : date.toISOString()}</${tag}>`;
  });
  return Buffer.from(moved, 'latin1');
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startSharedServer(): Promise<SharedServer> {
  const queries = new Map(readJsonl<EcbQuery>(path.join(ECB_DIR, 'queries.jsonl')).map((q) => [q.id, q]));
  const stories = readJsonl<EcbStory>(path.join(ECB_DIR, 'stories.jsonl'));
  const realFeeds = readdirSync(FEEDS_DIR).filter((name) => existsSync(path.join(FEEDS_DIR, name, 'feed.xml')));
  let origin = '';
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', origin);
    const answer = (status: number, type: string, body: string | Buffer): void => send(response, status, type, body);
    const [, area, kind, rawName] = url.pathname.split('/');
    const name = decodeURIComponent(rawName ?? '');
    const query = queries.get(name);
    if (area === 'ecb' && kind === 'article' && query)
      return answer(200, 'text/html; charset=utf-8', articlePage(query));
    if (area === 'ecb' && kind === 'feed.xml') {
      const except = new Set((url.searchParams.get('except') ?? '').split(','));
      return answer(
        200,
        'application/rss+xml; charset=utf-8',
        feed(
          origin,
          stories.filter((s) => !except.has(s.id)),
        ),
      );
    }
    if (area === 'ecb' && kind === 'story')
      return answer(
        200,
        'text/html; charset=utf-8',
        `<!doctype html><title>${escapeMarkup(name)}</title><p>Story ${escapeMarkup(name)}</p>`,
      );
    const page = path.join(PAGES_DIR, path.basename(name), 'source.html');
    if (area === 'real' && kind === 'page' && existsSync(page))
      return answer(200, 'text/html; charset=utf-8', readFileSync(page));
    const real = path.join(FEEDS_DIR, path.basename(name, '.xml'), 'feed.xml');
    if (area === 'real' && kind === 'feed' && existsSync(real))
      return answer(200, 'application/xml', movedToNow(readFileSync(real)));
    answer(404, 'text/plain; charset=utf-8', 'Not found');
  };
  const listening = await listenOnLoopback(createServer(handle));
  origin = listening.origin;
  return {
    origin,
    queries,
    realFeeds,
    close: listening.close,
  };
}
