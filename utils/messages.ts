import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article, MatchResult, Source } from './types';
import type { SearchOutcome } from './search/outcome';
import type { SearchableArticle } from './search/query';
import type { LiveSearchSettings } from './search/search-settings';
import type { LiveSearchView } from './search/view';

/** Every reply is serialisable and says whether it worked; errors are sentences for the user. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A source as the options page lists it. */
export interface SourceView extends Source {
  /** Stories stored that this source carried. */
  storiesStored: number;
  /** Whether a refresh of it is in flight now. */
  refreshing: boolean;
}

/** What Sidelight has to say about a tab. */
export type TabContext =
  | { state: 'no-sources' }
  | { state: 'not-article'; reason: string }
  | {
      state: 'article';
      article: Article;
      /** Other reports of the same event, best first. */
      same: MatchResult[];
      /** Earlier or surrounding stories on the same subject, best first. */
      related: MatchResult[];
      sourceCount: number;
      storyCount: number;
      /** Origin of the page in the tab, for the "show automatically on this site" switch; null when unknown. */
      siteOrigin: string | null;
    };

/**
 * The one message protocol between views, content scripts and the background worker.
 * Each entry: request → reply. The background implements every handler (entrypoints/background).
 */
export interface ProtocolMap {
  /** Extract the article in tab `tabId` and rank the stored stories against it. */
  getTabContext(tabId: number): Result<TabContext>;
  /** The same, for the tab the sender (the sidebar) lives in. */
  getOwnTabContext(): Result<TabContext>;
  /** Dock the sidebar in tab `tabId` (injects it). */
  openSidebar(tabId: number): Result<null>;
  /** Dock the sidebar in the sender's own tab (the auto-show script on opted-in sites). */
  showSidebarHere(): Result<null>;
  /** Whether the sidebar shows by itself on a site (an origin such as "https://news.example"). */
  getAutoShow(origin: string): Result<boolean>;
  /** Turn that on or off. Turning it on needs the site's host permission, requested by the caller first. */
  setAutoShow(request: { origin: string; enabled: boolean }): Result<boolean>;
  /** Open the options page (content scripts cannot do it themselves). */
  openOptions(): Result<null>;
  /** Sources with their health and counts. */
  listSources(): Result<SourceView[]>;
  /** Validate (fetch + parse) and add a feed. Host permission must already be granted by the caller. */
  addSource(feedUrl: string): Result<SourceView>;
  /** Remove a source and the stories only it carried. */
  removeSource(sourceId: string): Result<null>;
  /** Fetch every source now; resolves when done, with how many were refreshed. */
  refreshNow(): Result<number>;
  /** "Find more coverage": its settings, where each provider's queries go, the Google News edition searched. */
  getLiveSearch(): Result<LiveSearchView>;
  /** Save those settings. Turning a provider on needs its host permission, requested by the caller first. */
  setLiveSearch(settings: LiveSearchSettings): Result<LiveSearchView>;
  /**
   * Search the enabled providers with the article's key names and terms (never its URL or text), store what
   * they find as stories from search, and say what each provider did.
   */
  findMoreCoverage(article: SearchableArticle): Result<SearchOutcome>;
  /** Remove every story known only from search; resolves with how many. */
  clearSearchResults(): Result<number>;
}

/** Typed send/receive for ProtocolMap. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/**
 * Sends a message and unwraps the Result, turning transport failures (worker restarting, no receiver) into
 * an error sentence too, so views have one path for every failure.
 */
export async function ask<K extends keyof ProtocolMap>(
  type: K,
  ...args: Parameters<ProtocolMap[K]>
): Promise<ReturnType<ProtocolMap[K]>> {
  try {
    // The spread keeps zero-argument messages zero-argument.
    return (await (sendMessage as (t: K, ...a: unknown[]) => Promise<ReturnType<ProtocolMap[K]>>)(type, ...args));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `Sidelight's background service did not answer (${detail}). Close and reopen this view to try again.` } as ReturnType<ProtocolMap[K]>;
  }
}
