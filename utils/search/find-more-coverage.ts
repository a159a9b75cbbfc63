/**
 * "Find more coverage": send the article's query to each chosen provider (rate-limited), read the answers
 * and store the results as stories of the provider's pseudo-source, so the usual matcher ranks them.
 */
import { said, type Said } from '../said';
import type { SidelightDb } from '../store/db';
import { NEW_SOURCE_HEALTH } from '../store/sources';
import { upsertStories } from '../store/stories';
import type { Source } from '../types';
import { fetchText } from '../feeds/fetch-text';
import { GdeltAnswerError, gdeltSearchUrl, parseGdeltArtlist } from './gdelt';
import { FeedParseError, googleNewsSearchUrl, parseGoogleNewsRss } from './google-news';
import type { ProviderOutcome, SearchOutcome } from './outcome';
import { endpointHost, PROVIDER_NAMES, SEARCH_SOURCE_IDS, type SearchProviderId } from './providers';
import { slowDownMessage, type RateLimiter } from './rate-limit';
import type { SearchHit } from './search-hit';
import type { GoogleNewsEdition } from './search-settings';
import type { SearchQuery } from './query';

/** What a search needs from its surroundings. */
export interface SearchDeps {
  db: SidelightDb;
  limiter: RateLimiter;
  /** Base URL of each provider's search endpoint. */
  endpoints: Readonly<Record<SearchProviderId, string>>;
  edition: GoogleNewsEdition;
  fetchImpl?: typeof fetch;
  now?: () => number;
}

/** The pseudo-source a provider's results are stored under, titled with the result's outlet. */
function pseudoSource(provider: SearchProviderId, outlet: string, now: number): Source {
  const id = SEARCH_SOURCE_IDS[provider];
  return { id, feedUrl: id, title: outlet, homepage: null, addedAt: now, health: NEW_SOURCE_HEALTH };
}

/** Stores hits through the same upsert as feed items, grouped by outlet; returns how many were new. */
export async function storeHits(
  db: SidelightDb,
  provider: SearchProviderId,
  hits: readonly SearchHit[],
  now: number,
): Promise<number> {
  const byOutlet = new Map<string, SearchHit[]>();
  for (const hit of hits) {
    const list = byOutlet.get(hit.outlet);
    if (list) list.push(hit);
    else byOutlet.set(hit.outlet, [hit]);
  }
  let added = 0;
  for (const [outlet, items] of byOutlet)
    added += (await upsertStories(db, pseudoSource(provider, outlet, now), items, now)).added;
  return added;
}

const ACCEPT: Record<SearchProviderId, string> = {
  googleNews: 'application/rss+xml, application/xml;q=0.9, */*;q=0.5',
  gdelt: 'application/json, */*;q=0.5',
};

/** Longest wait for a search service. */
export const SEARCH_TIMEOUT_MS = 15_000;
/** Largest answer read from a search service. */
export const SEARCH_MAX_BYTES = 2 * 1024 * 1024;

/** One provider: wait for its turn, ask, read, store. Every failure becomes a sentence. */
async function searchOne(provider: SearchProviderId, query: string, deps: SearchDeps): Promise<ProviderOutcome> {
  const now = deps.now ?? Date.now;
  const endpoint = deps.endpoints[provider];
  const base = { provider, name: PROVIDER_NAMES[provider], host: endpointHost(endpoint) };
  const fail = (error: Said, slowDown = false): ProviderOutcome => ({ ...base, ok: false, error, slowDown });

  const permit = await deps.limiter.acquire(provider);
  if (!permit.ok) return fail(slowDownMessage(provider, permit.retryAt, now()), true);
  const url =
    provider === 'googleNews' ? googleNewsSearchUrl(endpoint, query, deps.edition) : gdeltSearchUrl(endpoint, query);
  // The user is waiting in the popup, and a page of results is tens of kilobytes: 15 s and 2 MB, read as a stream.
  const answer = await fetchText(url, {
    fetchImpl: deps.fetchImpl,
    accept: ACCEPT[provider],
    now: now(),
    timeoutMs: SEARCH_TIMEOUT_MS,
    maxBytes: SEARCH_MAX_BYTES,
  });
  if (!answer.ok) {
    if (answer.status === 429) {
      const retryAt = await deps.limiter.tooManyRequests(provider, answer.retryAfterMs ?? null);
      return fail(slowDownMessage(provider, retryAt, now()), true);
    }
    const reason = answer.status
      ? said('search.hostAnswered', { host: base.host, reason: answer.error })
      : answer.error;
    return fail(said('search.failed', { name: base.name, reason }));
  }
  if (answer.notModified) return fail(said('search.noContent', { name: base.name }));
  await deps.limiter.succeeded(provider);
  let hits: SearchHit[];
  try {
    hits =
      provider === 'googleNews' ? parseGoogleNewsRss(answer.text, answer.finalUrl) : parseGdeltArtlist(answer.text);
  } catch (error) {
    if (error instanceof GdeltAnswerError) return fail(error.said);
    if (error instanceof FeedParseError) {
      return fail(said('search.notResults', { name: base.name, host: base.host, detail: error.said }));
    }
    throw error;
  }
  const added = await storeHits(deps.db, provider, hits, now());
  return { ...base, ok: true, found: hits.length, added };
}

/** Runs the search on every provider given, side by side; each reports its own outcome. */
export async function findMoreCoverage(
  query: SearchQuery,
  providers: readonly SearchProviderId[],
  deps: SearchDeps,
): Promise<SearchOutcome> {
  const results = await Promise.all(providers.map((provider) => searchOne(provider, query.text, deps)));
  return { query: query.text, results };
}
