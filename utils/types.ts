/**
 * Data shapes shared by the engine (utils/), the background worker and the views.
 * Everything here is plain, structured-clonable data: it crosses messages and lives in IndexedDB.
 */
import type { Said } from './said';

/** An article the reader is looking at, as the content script extracted it. */
export interface Article {
  /** Canonical URL when the page declares one, else the page URL. */
  url: string;
  title: string;
  /** Site or outlet name (og:site_name, JSON-LD publisher, or the host). */
  siteName: string;
  byline: string | null;
  /** ISO 8601 timestamp, or null when the page gives none. */
  publishedTime: string | null;
  /** BCP 47 language tag such as "en" or "en-GB", or null. */
  lang: string | null;
  /** First paragraph(s) of the article, plain text, a few hundred characters at most. */
  lead: string;
  /** Full article text, plain text. */
  text: string;
}

/** What the extractor says about a page: an article, or a clear reason it is not one. */
export type ExtractionResult = { kind: 'article'; article: Article } | { kind: 'not-article'; reason: Said };

/** A news source the user added: one feed. */
export interface Source {
  /** Stable id: the feed URL as the user confirmed it. */
  id: string;
  feedUrl: string;
  /** The feed's own title, or the host when it has none. */
  title: string;
  /** Website of the feed, when it says. */
  homepage: string | null;
  addedAt: number;
  /** Health of the last fetch. */
  health: SourceHealth;
  /**
   * Facts about the outlet behind the feed, from Sidelight's catalogue: set when the source was added from the
   * catalogue or its feed matches a catalogue outlet; absent for other feeds. Optional and not indexed, so
   * sources stored before it existed need no IndexedDB migration.
   */
  outlet?: OutletFacts;
}

/** How an outlet is owned and run. */
export type Ownership = 'public-broadcaster' | 'state' | 'private' | 'wire-agency' | 'nonprofit';

/** The catalogue's regions (labels and order: utils/catalogue/regions.ts). */
export type RegionId =
  | 'north-america'
  | 'latin-america'
  | 'europe'
  | 'middle-east'
  | 'africa'
  | 'south-asia'
  | 'east-asia'
  | 'southeast-asia'
  | 'oceania';

/** What the catalogue knows about the outlet behind a source: for coverage by country and state-media notes. */
export interface OutletFacts {
  /** The outlet's id in the catalogue. */
  catalogueId: string;
  /** ISO 3166-1 alpha-2 code of the country the outlet is based in ("JP", "KR"). */
  country: string;
  region: RegionId;
  /** BCP 47 language tag of the outlet's feed ("en", "ja"). */
  language: string;
  ownership: Ownership;
  /** True when a government owns or funds the outlet and has a say in what it publishes. */
  stateAffiliated: boolean;
  /** Countries the outlet specialises in, when it is not its own (NK News: ["KP"]). */
  focus: string[];
}

/** What the last fetches of a source did, shown on the options page. */
export interface SourceHealth {
  lastFetchedAt: number | null;
  lastSuccessAt: number | null;
  /** Items in the last successful fetch. */
  itemsInLastFetch: number;
  /** Last error in words ("HTTP 404", "timed out after 20 s"), or null when the last fetch succeeded. */
  /** Why the last fetch failed; a sentence (string) when stored by a version before errors were codes. */
  lastError: Said | string | null;
  /** Set while a refresh of this source is in flight (with the time it started, to detect stale flags). */
  refreshingSince: number | null;
  /** Failed fetches in a row since the last success: the scheduled refresh backs off exponentially with it. */
  consecutiveFailures: number;
  /**
   * Fetches started since the last recorded outcome, saved before each fetch: a count that reaches
   * `MAX_UNFINISHED_FETCHES` means the worker died that many times while reading this feed, and it is parked
   * until the reader asks for it again (Refresh now). Absent on sources saved before it existed (read as 0).
   */
  unfinishedFetches?: number;
  /** Validators of the last successful fetch, sent back for a conditional GET (a 304 costs no download). */
  etag: string | null;
  lastModified: string | null;
}

/** One item from a feed, as parsed (before it is stored). */
export interface FeedItem {
  title: string;
  /** Absolute link to the story. */
  link: string;
  /** Plain-text summary (HTML reduced to text), possibly empty. */
  summary: string;
  /** Epoch milliseconds, or null when the feed gave no parseable date. */
  published: number | null;
  /** guid / id when present. */
  guid: string | null;
  /** Optional thumbnail URL. */
  image: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  title: string;
  /** The site the feed belongs to, when it says. */
  homepage: string | null;
  items: FeedItem[];
}

/** A story as stored: one per normalised URL. */
export interface Story {
  /** Normalised URL: the story's key. */
  id: string;
  url: string;
  title: string;
  summary: string;
  /** Outlet name (the source's title). */
  outlet: string;
  /** Epoch milliseconds; the fetch time when the feed gave no date. */
  published: number;
  /** True when `published` is the fetch time because the feed had no usable date. */
  dateIsFetchTime: boolean;
  /** Ids of the sources (feeds) that carried this story. */
  sourceIds: string[];
  /**
   * The source whose text (title, summary, image, date) the story shows and whose name is `outlet`: the first
   * source that carried it, or later a source on the link's own host. Other feeds carrying the same link only
   * add themselves to `sourceIds`, so no feed can re-headline another outlet's story. It stays set when that
   * source is removed, so the remaining carriers still cannot rewrite the text. Set on every story stored since
   * database v3 (the upgrade fills it in); optional only so hand-made test stories need not name one —
   * `storyOwner()` falls back to the first carrier.
   */
  ownerId?: string;
  image: string | null;
  /** When Sidelight first stored it. */
  firstSeen: number;
}

/** How a stored story relates to the article. */
export type Verdict = 'same' | 'related';

/** Why a story matched, in parts the view puts into words (components/why-line.ts). */
export interface MatchReasons {
  /** Shared names, then other shared salient words, as the article writes them. */
  shared: string[];
  /** Figures both give ("3,200 dockworkers"). */
  figures: string[];
  /** Whole days between the two, when both dates are known. */
  daysApart: number | null;
}

/** A story ranked against an article, with the reasons. */
export interface MatchResult {
  story: Story;
  score: number;
  verdict: Verdict;
  /** Why it matched: shared names and terms, figures, days apart. */
  why: MatchReasons;
  /** Names (people, places, organisations) the article and the story share. */
  sharedNames: string[];
  /** Other salient terms they share. */
  sharedTerms: string[];
  /** Copies of this report carried by other outlets (syndicated, or near-identical headlines), shown as "+N outlets". */
  alsoReportedBy?: { outlet: string; url: string; title: string }[];
}
