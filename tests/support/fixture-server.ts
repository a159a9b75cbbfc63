/**
 * A loopback HTTP server for the end-to-end tests: it serves the fixture news site in tests/fixtures/site (an
 * article page, a home page, two feeds) with dates relative to the moment of each request, a small page at every
 * feed item's link, and a few routes for error cases. Never the internet: it listens on 127.0.0.1 only.
 *
 * Routes:
 * - `/` and `/home.html`: the outlet's home page (a list of headlines, not an article).
 * - `/article.html`, and the same page at its canonical path: the article.
 * - `/feeds/world-wire.xml` (RSS 2.0), `/feeds/eastern-desk.atom` (Atom 1.0).
 * - `/north-korea-troops.html` and `/feeds/asia-desk.xml`: a second article and a feed with its subject's earlier
 *   events and stories sharing only a country with it (the Related background check).
 * - `/asia-live.html`: a live page of the day's events, the Reed Bank clash among them (the roundup check).
 * - every feed item's link path: a generated story page.
 * - `/not-a-feed.html`: an HTML page with no feed.
 * - `/status/<code>`: answers with that HTTP status (e.g. `/status/404`, `/status/500`).
 * - `/slow`: never answers; `close()` still ends promptly.
 * - `/generated/<name>.xml?items=N&delay=MS&rotate=1`: a generated RSS feed of N stories, answered after MS
 *   milliseconds, with an ETag (304 on a match); with rotate=1 each answer moves on by one story. Story pages
 *   at `/generated/<name>/story-<i>` (see fixture-generated.ts).
 * - `/search/google-news/rss/search?q=…`: an imitation of Google News RSS search (tests/fixtures/search).
 * - `/search/gdelt/api/v2/doc/doc?query=…&mode=artlist&format=json`: an imitation of GDELT's DOC 2.0 API.
 * - `/search/slow-down/…`: 429 Too Many Requests with Retry-After, as a rate-limited service answers.
 * - anything else: 404.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { renderTemplate } from './fixture-templates';
import { readFixtureStories, storyPage } from './fixture-stories';
import { handleGenerated, newGeneratedStats, type GeneratedStats } from './fixture-generated';
import { listenOnLoopback, send, type Listening } from './loopback';

/** The folder the fixture site is served from. */
export const FIXTURE_SITE_DIR = fileURLToPath(new URL('../fixtures/site/', import.meta.url));

/**
 * expectations.json: the fixture article's paths and title, its feeds, and its stories labelled by title (its
 * "notes" say what each list means).
 */
export interface FixtureLabels {
  article: string;
  articleTitle: string;
  canonical: string;
  feeds: { path: string; title: string }[];
  hostile: string;
  same: string[];
  related: string[];
  lookalikes: string[];
  unrelated: string[];
  guides: string[];
  promos: string[];
}

/** The fixture site's labels (expectations.json). */
export function readFixtureLabels(): FixtureLabels {
  return JSON.parse(readFileSync(path.join(FIXTURE_SITE_DIR, 'expectations.json'), 'utf8')) as FixtureLabels;
}

/** Where the article page also answers: the canonical URL it declares. */
const CANONICAL_ARTICLE_PATH = '/world/asia-pacific/reed-bank-water-cannon-philippine-survey-ship';
const FEED_PATHS = ['/feeds/world-wire.xml', '/feeds/eastern-desk.atom', '/feeds/asia-desk.xml'];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** Files whose placeholders are filled in; everything else is sent as it is. */
const TEMPLATED = new Set(['.html', '.xml', '.atom']);

/** A running fixture server (`close()` also drops a pending `/slow`). */
export interface FixtureServer extends Listening {
  /** Every request's path and query, in the order they arrived (e.g. to check that a feed was fetched). */
  hits: string[];
  /** What the generated feeds served: answers per feed, and the most requests open at once. */
  generated: GeneratedStats;
}

/** Starts the fixture server on a free port of 127.0.0.1. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const hits: string[] = [];
  const generated = newGeneratedStats();
  let origin = '';
  const server = createServer((request, response) => {
    hits.push(request.url ?? '/');
    handle(request, response, origin, generated).catch((error: unknown) => {
      if (!response.headersSent)
        send(response, 500, 'text/plain; charset=utf-8', `Fixture server error: ${String(error)}`);
      else response.destroy();
    });
  });
  const listening = await listenOnLoopback(server);
  origin = listening.origin;
  return { origin, hits, generated, close: listening.close };
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
  generated: GeneratedStats,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  }
  const pathname = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
  const context = { origin, now: Date.now() };

  if (pathname === '/slow') return; // Deliberately never answered.
  if (handleGenerated(request, response, new URL(request.url ?? '/', origin), generated)) return;
  const status = /^\/status\/([1-5]\d\d)$/.exec(pathname);
  if (status) return send(response, Number(status[1]), 'text/plain; charset=utf-8', `Status ${status[1]}`);

  if (pathname.startsWith('/search/')) return serveSearch(request, response, context);

  const file = pathname === '/' ? '/home.html' : pathname === CANONICAL_ARTICLE_PATH ? '/article.html' : pathname;
  const served = await readSiteFile(file);
  if (served) {
    const body = TEMPLATED.has(served.ext) ? renderTemplate(served.bytes.toString('utf8'), context) : served.bytes;
    return send(
      response,
      200,
      CONTENT_TYPES[served.ext] ?? 'application/octet-stream',
      body,
      request.method === 'HEAD',
    );
  }

  for (const feedPath of FEED_PATHS) {
    const feed = await readSiteFile(feedPath);
    if (!feed) continue;
    const story = readFixtureStories(renderTemplate(feed.bytes.toString('utf8'), context)).find(
      (s) => s.path === pathname,
    );
    if (story)
      return send(response, 200, CONTENT_TYPES['.html'] ?? '', storyPage(story, origin), request.method === 'HEAD');
  }
  send(response, 404, 'text/html; charset=utf-8', '<!DOCTYPE html><title>Not found</title><h1>404 Not found</h1>');
}

/** The search fixtures (the project's own imitations of Google News RSS and GDELT answers). */
const SEARCH_FIXTURE_DIR = fileURLToPath(new URL('../fixtures/search/', import.meta.url));

/** Imitates the live-search services: their answer formats, their parameter checks, and "slow down". */
async function serveSearch(
  request: IncomingMessage,
  response: ServerResponse,
  context: { origin: string; now: number },
): Promise<void> {
  const url = new URL(request.url ?? '/', context.origin);
  const text = 'text/plain; charset=utf-8';
  if (url.pathname.startsWith('/search/slow-down/')) {
    response.writeHead(429, { 'Content-Type': text, 'Retry-After': '60', 'Cache-Control': 'no-store' });
    response.end('Too many requests. One search every 5 seconds, please.');
    return;
  }
  if (url.pathname === '/search/google-news/rss/search') {
    if (!url.searchParams.get('q')) return send(response, 400, text, 'No query');
    const feed = await readFile(path.join(SEARCH_FIXTURE_DIR, 'google-news.xml'), 'utf8');
    return send(response, 200, 'application/xml; charset=utf-8', renderTemplate(feed, context));
  }
  if (url.pathname === '/search/gdelt/api/v2/doc/doc') {
    // GDELT answers a request it cannot run with a line of plain text.
    if (!url.searchParams.get('query')) return send(response, 200, text, 'Please specify a query.');
    if (url.searchParams.get('mode') !== 'artlist' || url.searchParams.get('format') !== 'json')
      return send(response, 200, text, 'Unsupported mode or format.');
    const json = await readFile(path.join(SEARCH_FIXTURE_DIR, 'gdelt-artlist.json'), 'utf8');
    return send(response, 200, 'application/json; charset=utf-8', renderTemplate(json, context));
  }
  send(response, 404, text, 'No such search service');
}

/** Reads a file of the fixture site by URL path, or null when there is none (or the path leaves the site). */
async function readSiteFile(urlPath: string): Promise<{ bytes: Buffer; ext: string } | null> {
  const resolved = path.resolve(FIXTURE_SITE_DIR, `.${urlPath}`);
  const ext = path.extname(resolved);
  if (!resolved.startsWith(FIXTURE_SITE_DIR) || !(ext in CONTENT_TYPES)) return null;
  try {
    return { bytes: await readFile(resolved), ext };
  } catch {
    return null;
  }
}
