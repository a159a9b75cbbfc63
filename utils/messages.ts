import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Said } from './said';
import type { AddSourcesSummary, NewSource } from './sources/add-sources';
import type { StoryContext } from './context/types';
import type { AddFromUrlResult } from './sources/add-from-url';
import type { RefreshStatus } from './refresh/refresh-run';
import type { OpmlFeed } from './feeds/opml';
import type { ImportSummary } from './sources/import-sources';
import type { Article, MatchResult, Source } from './types';
import type { SearchOutcome } from './search/outcome';
import type { SearchableArticle } from './search/query';
import type { LiveSearchSettings } from './search/search-settings';
import type { LiveSearchView } from './search/view';
import type { OutletDetails } from './sources/outlet-details';
import type { Result } from './result';

export type { RefreshStatus } from './refresh/refresh-run';
export type { FeedChoice } from './sources/add-from-url';
export type { ImportSummary } from './sources/import-sources';

/** Every reply is serialisable and says whether it worked; errors are codes the views word (utils/said.ts). */
export type { Result } from './result';

/** A source as the options page lists it. */
export interface SourceView extends Source {
  /** Stories stored that this source carried. */
  storiesStored: number;
  /** Whether a refresh of it is in flight now. */
  refreshing: boolean;
  /** When the schedule will next fetch it (epoch ms); null when unknown. */
  nextRefreshAt: number | null;
}

/** What pasting a URL did: a source added, or the feeds found on a site to choose from. */
export type AddFromUrlView =
  { kind: 'added'; source: SourceView } | Omit<Extract<AddFromUrlResult, { kind: 'choose' }>, 'ok'>;

/** What Sidelight has to say about a tab. */
export type TabContext =
  | { state: 'no-sources' }
  | { state: 'not-article'; reason: Said }
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
      /** Stakes, timeline, coverage and tags; absent when they could not be computed. */
      context?: StoryContext;
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
  /**
   * The popup painted the context kept for tab `tabId`, computed from `token` (utils/background/context-cache.ts):
   * null when feeds, sources and settings are as they were then, else the context computed afresh.
   */
  refreshTabContext(request: { tabId: number; token: string }): Result<TabContext | null>;
  /** Dock the sidebar in tab `tabId` (injects it). */
  openSidebar(tabId: number): Result<null>;
  /** Dock the sidebar in the sender's own tab (the auto-show script on opted-in sites). */
  showSidebarHere(): Result<null>;
  /** Whether the sidebar shows by itself on a site (an origin such as "https://news.example"). */
  getAutoShow(origin: string): Result<boolean>;
  /** Turn that on or off. Turning it on needs the site's host permission, requested by the caller first. */
  setAutoShow(request: { origin: string; enabled: boolean }): Result<boolean>;
  /**
   * Scroll tab `tabId` to a quoted sentence of its article and select it; when that fails, open `href` (the page
   * with a text fragment) in the tab. Says which it did.
   */
  showQuoteInTab(request: { tabId: number; quote: string; href: string }): Result<'highlighted' | 'opened'>;
  /** Open the options page (content scripts cannot do it themselves). */
  openOptions(request?: { welcome?: boolean }): Result<null>;
  /** Sources with their health and counts. */
  listSources(): Result<SourceView[]>;
  /** Validate (fetch + parse) and add a feed. Host permission must already be granted by the caller. */
  addSource(feedUrl: string): Result<SourceView>;
  /**
   * Store these sources at once (names and outlet facts from the catalogue, no validation fetch) and fetch
   * them in the background, a few at a time; `listSources` shows each one's progress. Host permissions must
   * already be granted by the caller (one prompt for all of them).
   */
  addSources(sources: NewSource[]): Result<AddSourcesSummary>;
  /** Remove a source and the stories only it carried. */
  removeSource(sourceId: string): Result<null>;
  /**
   * Set who is behind a source by hand (country, ownership, state affiliation, language; the region follows from
   * the country), stored as its outlet facts with catalogueId "manual". With `details: null`, clear what was set
   * by hand: the source gets the catalogue's facts back when its feed is a catalogue outlet's, none otherwise.
   */
  setSourceOutlet(request: { sourceId: string; details: OutletDetails | null }): Result<SourceView>;
  /**
   * Add what was pasted in Feed URL: a feed, or a site whose feeds are discovered (several: the caller lets
   * the person choose, then calls addSource). Host permission for the URL's site must be granted first.
   */
  addFromUrl(url: string): Result<AddFromUrlView>;
  /** Store feeds from an OPML file as sources (skipping ones already added) and start fetching them. */
  importSources(feeds: OpmlFeed[]): Result<ImportSummary>;
  /** Start fetching every source now and answer at once; progress comes from getRefreshStatus. */
  startRefresh(): Result<RefreshStatus>;
  /** The current or last refresh run's progress, story and failure counts, next scheduled refresh. */
  getRefreshStatus(): Result<RefreshStatus>;
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
    return await (sendMessage as (t: K, ...a: unknown[]) => Promise<ReturnType<ProtocolMap[K]>>)(type, ...args);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: `Sidelight's background service did not answer (${detail}). Close and reopen this view to try again.`,
    } as ReturnType<ProtocolMap[K]>;
  }
}
