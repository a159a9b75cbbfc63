/**
 * Downloads and parses one feed, turning every failure into a sentence for the options page
 * ("HTTP 404 (Not Found)", "timed out after 20 s"). Runs in the service worker and in Node: the
 * `fetch` to use can be injected.
 */
import type { ParsedFeed } from '../types';
import { decodeFeedBytes } from './decode-body';
import { FeedParseError, parseFeed } from './parse-feed';

/** What `fetchFeed` reports: a parsed feed, "not modified since last time", or an error in words. */
export type FetchFeedResult =
  | { ok: true; notModified: false; feed: ParsedFeed; finalUrl: string; etag: string | null; lastModified: string | null }
  | { ok: true; notModified: true }
  | { ok: false; error: string };

/** Options of `fetchFeed`. */
export interface FetchFeedOptions {
  /** Whole request, body included. Default 20 s. */
  timeoutMs?: number;
  /** Largest body accepted, checked while it streams in. Default 5 MB. */
  maxBytes?: number;
  fetchImpl?: typeof fetch;
  /** Cancels the request (e.g. the user removed the source meanwhile). */
  signal?: AbortSignal;
  /** Validators from the previous successful fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

/** Reason phrases for when the server (or HTTP/2) sends none. */
const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 408: 'Request Timeout', 410: 'Gone', 429: 'Too Many Requests',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "5 MB", "1.5 MB", "200 KB", "100 bytes". */
export function formatBytes(bytes: number): string {
  const round = (n: number) => String(Math.round(n * 10) / 10);
  if (bytes >= 1024 * 1024) return `${round(bytes / 1024 / 1024)} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Thrown inside this module to stop reading and report a sentence; never escapes `fetchFeed`. */
class FetchProblem extends Error {}

/** Reads the body, giving up as soon as it grows past `maxBytes` (the server may lie or send no length). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FetchProblem(`larger than ${formatBytes(maxBytes)}`);
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchProblem(`larger than ${formatBytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function requestHeaders(options: FetchFeedOptions): Headers {
  const headers = new Headers({ Accept: ACCEPT });
  if (options.etag) headers.set('If-None-Match', options.etag);
  if (options.lastModified) headers.set('If-Modified-Since', options.lastModified);
  return headers;
}

/** What `fetchText` reports: the decoded body, "not modified since last time", or an error in words. */
export type FetchTextResult =
  | {
      ok: true;
      notModified: false;
      text: string;
      finalUrl: string;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: true; notModified: true }
  | { ok: false; error: string };

/**
 * Downloads one feed or page as text, with the same timeout, size cap, conditional GET and wording as
 * `fetchFeed` (which is this plus parsing). Autodiscovery uses it to read a site's HTML. Never throws.
 */
export async function fetchText(url: string, options: FetchFeedOptions = {}): Promise<FetchTextResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fetchImpl = options.fetchImpl ?? fetch;
  if (!/^https?:\/\//i.test(url.trim())) return { ok: false, error: `not a web address: ${url}` };

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = () => controller.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  if (options.signal?.aborted) controller.abort();

  // Where a failure happened decides how it is worded.
  let stage: 'connect' | 'download' = 'connect';
  try {
    const response = await fetchImpl(url.trim(), {
      headers: requestHeaders(options),
      signal: controller.signal,
      redirect: 'follow',
      credentials: 'omit',
    });
    if (response.status === 304) return { ok: true, notModified: true };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const reason = response.statusText || REASONS[response.status];
      return { ok: false, error: `HTTP ${response.status}${reason ? ` (${reason})` : ''}` };
    }
    stage = 'download';
    const bytes = await readCapped(response, maxBytes);
    const contentType = response.headers.get('content-type');
    return {
      ok: true,
      notModified: false,
      text: decodeFeedBytes(bytes, contentType),
      finalUrl: response.url || url.trim(),
      contentType,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    if (timedOut) return { ok: false, error: `timed out after ${Math.round(timeoutMs / 100) / 10} s` };
    if (options.signal?.aborted) return { ok: false, error: 'cancelled' };
    if (error instanceof FetchProblem) return { ok: false, error: error.message };
    if (stage === 'download') return { ok: false, error: `the download from ${hostOf(url)} was interrupted` };
    // fetch rejects with a bare TypeError for DNS failures, refused connections, CORS and missing
    // host permissions alike; the browser does not tell them apart.
    return { ok: false, error: `could not connect to ${hostOf(url)} (network error or no permission)` };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

/**
 * Parses a downloaded body as a feed, turning parse failures into the same words `fetchFeed` uses
 * ("not a feed: the server sent an HTML page").
 */
export function feedFromText(fetched: Extract<FetchTextResult, { notModified: false }>): FetchFeedResult {
  try {
    const feed = parseFeed(fetched.text, fetched.finalUrl);
    return { ok: true, notModified: false, feed, finalUrl: fetched.finalUrl, etag: fetched.etag, lastModified: fetched.lastModified };
  } catch (error) {
    if (error instanceof FeedParseError) return { ok: false, error: error.message };
    return { ok: false, error: `could not read the feed (${String(error)})` };
  }
}

/**
 * Fetches and parses a feed. Never throws: failures come back as `{ ok: false, error }` with a message
 * a user understands. Sends a conditional GET when `etag`/`lastModified` are given; a 304 answer is
 * `{ ok: true, notModified: true }`. The body is decoded by the charset of the Content-Type header,
 * else the XML declaration, else UTF-8 (a byte-order mark overrides both).
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const fetched = await fetchText(url, options);
  if (!fetched.ok || fetched.notModified) return fetched;
  return feedFromText(fetched);
}
