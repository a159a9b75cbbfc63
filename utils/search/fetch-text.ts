/**
 * One GET to a search service, with a timeout and a size cap, reporting the HTTP status and any Retry-After
 * so the caller can tell "slow down" from other failures. Never throws.
 */
import { decodeFeedBytes } from '../feeds/decode-body';

/** What a search request gave: the body, or why not (with the status and Retry-After when the server answered). */
export type FetchTextResult =
  | { ok: true; body: string; finalUrl: string }
  | { ok: false; status: number | null; retryAfterMs: number | null; error: string };

/** Options of `fetchText`. */
export interface FetchTextOptions {
  fetchImpl?: typeof fetch;
  /** Whole request, body included. Default 15 s: the user is waiting in the popup. */
  timeoutMs?: number;
  /** Largest body accepted. Default 2 MB: a page of results is tens of kilobytes. */
  maxBytes?: number;
  accept?: string;
  /** The clock Retry-After dates are read against. */
  now?: number;
}

/** Retry-After as milliseconds from `now`: either delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

/** Fetches `url` as text (charset from the Content-Type header, else UTF-8), without cookies. */
export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchTextResult> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const fetchImpl = options.fetchImpl ?? fetch;
  const host = new URL(url).host;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      headers: options.accept ? { Accept: options.accept } : undefined,
      signal: controller.signal,
      credentials: 'omit',
      redirect: 'follow',
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), options.now),
        error: `${host} answered HTTP ${response.status}${response.statusText ? ` (${response.statusText})` : ''}`,
      };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > maxBytes) return { ok: false, status: response.status, retryAfterMs: null, error: `${host} sent more than expected` };
    return { ok: true, body: decodeFeedBytes(bytes, response.headers.get('content-type')), finalUrl: response.url || url };
  } catch {
    if (controller.signal.aborted) {
      return { ok: false, status: null, retryAfterMs: null, error: `${host} did not answer within ${Math.round(timeoutMs / 1000)} s` };
    }
    // fetch gives a bare TypeError for offline, DNS, refused connections and missing permissions alike.
    return { ok: false, status: null, retryAfterMs: null, error: `could not connect to ${host} (are you online?)` };
  } finally {
    clearTimeout(timer);
  }
}
