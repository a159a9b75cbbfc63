/**
 * What the context sections show: plain, serialisable data computed in the background and rendered by the views.
 * Every line is a quotation (with its link) or a count: nothing here is written by Sidelight.
 */
import type { ActorKind } from './data/organisations';
import type { Ownership, RegionId } from '../types';

/** A sentence quoted from the article or from a story in the reader's sources. */
export interface Quote {
  /** The sentence exactly as written. */
  text: string;
  /** Where it is: the article ("article") or a story from a feed ("story"). */
  from: 'article' | 'story';
  /** Link that opens the sentence in its page (a URL text fragment, `#:~:text=`). */
  href: string;
  /** Outlet of a story; null for the article. */
  outlet: string | null;
  /** Title of the story quoted; null for the article. */
  storyTitle: string | null;
  /** Epoch ms of the story; null for the article. */
  published: number | null;
}

/** What a stake sentence says the actor does, wants, fears or gains, from its cue words. */
export type StakeCue = 'acts' | 'says' | 'wants' | 'fears' | 'gains' | 'security';

/** One sentence about an actor, with why it was picked. */
export interface StakeSentence {
  quote: Quote;
  /** Cue categories found, strongest first. */
  cues: StakeCue[];
  /** The words that named the actor, as written, for emphasis. */
  named: string[];
}

/** How two actors appear together. */
export type RelationKind = 'support' | 'conflict' | 'trade' | 'diplomacy' | 'mentioned';

/** Another actor the card's actor appears with, and the best sentence showing how. */
export interface Relation {
  actor: string;
  name: string;
  kind: RelationKind;
  /** Sentences (article and coverage) in which both appear. */
  together: number;
  evidence: Quote;
}

/** A story in the reader's sources, as the context sections link to it. */
export interface StoryRef {
  title: string;
  url: string;
  outlet: string;
  published: number;
  dateIsFetchTime: boolean;
}

/** What outlets from the actor's own country say in the matched coverage. */
export interface OwnOutlets {
  /** Stories from those outlets, each with its most telling sentence. */
  stories: { story: StoryRef; quote: Quote; stateAffiliated: boolean }[];
  /** How many of the reader's sources are from that country. */
  sourcesFromCountry: number;
}

/** A card "<Actor>'s stake". */
export interface StakeCard {
  actor: string;
  name: string;
  /** "China's stake", "Philippines' stake". */
  heading: string;
  /** The possessive alone ("China's"), for sub-headings like "What China's media say". */
  possessive: string;
  kind: ActorKind;
  /** Pinned by the reader on the options page. */
  pinned: boolean;
  /** Whose story it is: the headline's subject or the actor the piece analyses. Focal cards come first, open. */
  focal: boolean;
  /** What is at stake for the actor, in one line of the article's own words (its best sentence's clause). */
  line: string | null;
  /** Sentences of the article that mention it. */
  articleMentions: number;
  /** Stories in the matched coverage that mention it. */
  coverageMentions: number;
  /** Names it was found under ("Beijing", "Chinese", "Xi Jinping"). */
  namedAs: string[];
  /** People tied to it named in the article or coverage, with their role as of the leaders list's date. */
  people: { name: string; role: string }[];
  inArticle: StakeSentence[];
  relations: Relation[];
  /** Null for actors that are not countries. */
  ownOutlets: OwnOutlets | null;
  background: StoryRef[];
}

/** An actor with a stake beyond the full cards, listed under "Also at stake". */
export interface AlsoAtStake {
  actor: string;
  name: string;
  /** What is at stake for it, in the article's words. */
  line: string;
  /** The sentence the line comes from. */
  quote: Quote;
}

/** Why the Stakes section shows no card: no actor in scope, a sports report, or a language not read for actors. */
export type QuietReason = 'sports' | 'language' | null;

/** One entry of the story so far. */
export interface TimelineEntry {
  story: StoryRef;
  kind: 'article' | 'same' | 'related';
}

/**
 * A group Coverage counts or names, as a code the views word (components/coverage-words.ts): a country by the
 * gazetteer's name for it, a catalogue region or kind of ownership, "unknown", or a name as written (a reader's
 * own group, a source's title, an ownership or region the catalogue states in its own words).
 */
export type CoverageGroup =
  | { kind: 'country'; name: string }
  | { kind: 'region'; id: RegionId }
  | { kind: 'ownership'; id: Ownership }
  | { kind: 'unknown'; of: 'country' | 'region' | 'ownership' }
  | { kind: 'named'; name: string };

/** One bar of a coverage breakdown. */
export interface CoverageCount {
  group: CoverageGroup;
  count: number;
}

/** Who covers the story. */
export interface Coverage {
  /** Distinct outlets among the other reports of this event. */
  outlets: number;
  /** Other reports of this event in the reader's sources. */
  reports: number;
  byCountry: CoverageCount[];
  byRegion: CoverageCount[];
  byOwnership: CoverageCount[];
  /** The reader's source groups with no report of this event (empty when all have one). */
  blindspot: { group: CoverageGroup; sources: number }[];
  /** How the groups were formed: by the sources' countries and ownership, or one group per source. */
  groupedBy: 'facts' | 'source';
}

/** A topic tag with how many texts (article and stories) carry it. */
export interface TopicTag {
  label: string;
  /** Texts that carry it, out of `of`. */
  count: number;
  of: number;
}

/** A sentence from other coverage carrying facts the article does not mention. */
export interface AddedFact {
  quote: Quote;
  /** The new names and numbers, as written. */
  adds: string[];
  /** Other outlets whose reports carry the same facts. */
  alsoIn: string[];
}

/** Everything the context sections show for an article. Version 1. */
export interface StoryContext {
  version: 1;
  /** A "Why it matters" passage of the article, when it has one. */
  whyItMatters: Quote | null;
  stakes: StakeCard[];
  /** Further actors with a stake, beyond the cards (most salient first). */
  alsoAtStake: AlsoAtStake[];
  /** Why no card is shown although actors are named, when that is so. */
  quiet: QuietReason;
  timeline: TimelineEntry[];
  coverage: Coverage;
  tags: TopicTag[];
  othersAdd: AddedFact[];
  /** Date of the built-in leaders list (ISO). */
  leadersAsOf: string;
  /** Whether the reader has corrected or added people. */
  leadersCorrected: boolean;
}
