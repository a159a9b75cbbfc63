/**
 * The one download Sidelight makes (feeds, a site's pages for discovery, live search): a timeout over the
 * whole request, a size cap checked while the body streams in (a lying or missing Content-Length changes
 * nothing), a conditional GET, no cookies, redirects checked where they end, and every failure as a sentence.
 * Runs in the service worker and in Node: the `fetch` to use can be injected. Never throws.
 */
import { decodeFeedBytes } from './decode-body';
import { hostOf } from '../format/urls';
import { said, SaidError, type Said } from '../said';

/** Options of `fetchText`. */
export interface FetchTextOptions {
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
  /** The Accept header; default: feed types first. */
  accept?: string;
  /** The clock Retry-After dates are read against. */
  now?: number;
  /**
   * Whether a redirect's destination may be read (Sidelight holds its host permission). Browsers follow
   * redirects without showing the hops, so the place a request ended is what can be checked; without this,
   * only the step from a public address to this machine or the local network is refused.
   */
  mayRead?: (finalUrl: string) => Promise<boolean> | boolean;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

/** Reason phrases for when the server (or HTTP/2) sends none. */
const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
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
class FetchProblem extends SaidError {}

/** Reads the body, giving up as soon as it grows past `maxBytes` (the server may lie or send no length). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FetchProblem(said('fetch.tooLarge', { limit: formatBytes(maxBytes) }));
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
      throw new FetchProblem(said('fetch.tooLarge', { limit: formatBytes(maxBytes) }));
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

function requestHeaders(options: FetchTextOptions): Headers {
  const headers = new Headers({ Accept: options.accept ?? ACCEPT });
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
  | {
      ok: false;
      error: Said;
      /** The HTTP status when the server answered with an error; null or absent otherwise. */
      status?: number | null;
      /** How long the server asked to wait (Retry-After), when it said. */
      retryAfterMs?: number | null;
    };

/** A failure that is not an HTTP answer. */
const failure = (error: Said): FetchTextResult => ({ ok: false, error, status: null, retryAfterMs: null });

/** Retry-After as milliseconds from `now`: either delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** True for loopback, private, link-local and unspecified hosts written as such (not names that resolve there). */
export function isLocalHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1' || h === '::' || h === '0.0.0.0') return true;
  if (/^(fc|fd)[0-9a-f]{2}:/.test(h) || h.startsWith('fe80:')) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(h);
  if (!v4) return false;
  const [a, b] = [Number(v4[1]), Number(v4[2])];
  return (
    a === 127 ||
    a === 10 ||
    a === 0 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

/** Why a request that ended at `finalUrl` must not be read, or null when it may. */
async function redirectProblem(
  url: string,
  finalUrl: string,
  mayRead: FetchTextOptions['mayRead'],
): Promise<Said | null> {
  let from: URL;
  let to: URL;
  try {
    from = new URL(url);
    to = new URL(finalUrl);
  } catch {
    return null;
  }
  if (from.origin === to.origin) return null;
  if (to.protocol !== 'http:' && to.protocol !== 'https:')
    return said('fetch.redirectScheme', { protocol: to.protocol });
  if (isLocalHost(to.hostname) && !isLocalHost(from.hostname)) return said('fetch.redirectLocal', { host: to.host });
  if (mayRead && !(await mayRead(to.href))) return said('fetch.redirectRefused', { host: to.host });
  return null;
}

/**
 * Downloads one feed or page as text. `fetchFeed` is this plus parsing; discovery reads a site's HTML with it
 * and live search its answers. Never throws: every failure (including a bad option) is a sentence.
 */
export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchTextResult> {
  try {
    return await download(url, options);
  } catch (error) {
    return failure(
      said('fetch.couldNotDownload', {
        host: hostOf(url, { port: true }),
        detail: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}

async function download(url: string, options: FetchTextOptions): Promise<FetchTextResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fetchImpl = options.fetchImpl ?? fetch;
  if (!/^https?:\/\//i.test(url.trim())) return failure(said('fetch.notWebAddress', { url: url.slice(0, 200) }));

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
    const finalUrl = response.url || url.trim();
    const refused = await redirectProblem(url.trim(), finalUrl, options.mayRead);
    if (refused) {
      await response.body?.cancel().catch(() => undefined);
      return failure(refused);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const reason = response.statusText || REASONS[response.status];
      return {
        ok: false,
        error: said('fetch.http', { status: response.status, reason: reason ?? '' }),
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), options.now),
      };
    }
    stage = 'download';
    const bytes = await readCapped(response, maxBytes);
    const contentType = response.headers.get('content-type');
    return {
      ok: true,
      notModified: false,
      text: decodeFeedBytes(bytes, contentType),
      finalUrl,
      contentType,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    if (timedOut) return failure(said('fetch.timedOut', { seconds: Math.round(timeoutMs / 100) / 10 }));
    if (options.signal?.aborted) return failure(said('fetch.cancelled'));
    if (error instanceof FetchProblem) return failure(error.said);
    if (stage === 'download') return failure(said('fetch.interrupted', { host: hostOf(url, { port: true }) }));
    // fetch rejects with a bare TypeError for DNS failures, refused connections, CORS and missing
    // host permissions alike; the browser does not tell them apart.
    return failure(said('fetch.couldNotConnect', { host: hostOf(url, { port: true }) }));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}
