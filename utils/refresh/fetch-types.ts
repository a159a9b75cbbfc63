import type { FetchFeedResult } from '../feeds/fetch-feed';

/** Validators from a source's last successful fetch, sent back for a conditional GET. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/**
 * Fetches one feed. Injectable, so tests and the worker share the same code path; the worker's version
 * checks the site permission and applies the timeout setting.
 */
export type FeedFetcher = (url: string, validators?: Validators) => Promise<FetchFeedResult>;
