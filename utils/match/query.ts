/**
 * The article being read, analysed against the index: which of its terms say what the story is
 * (headline and lead words, words the article repeats, rare words), who is in it, and its numbers.
 */
import { articleStage } from './contest-round';
import { actorIdsOf, actorNameTermIds, oneCountry } from './actor-names';
import { nameKinds } from './name-kinds';
import { kindsByTermId, kindsOfTerms } from './event-kinds';
import { headlineCities } from './cities';
import { provenNameWord, quotedTitleWords } from './award';
import { resultSides } from './result-sides';
import { storyKind, type StoryKind } from './story-kind';
import { extractNames, type NameMention } from './entities';
import type { StoryIndex, WeightedTerm } from './inverted-index';
import { comparableUnit, extractNumbers } from './numbers';
import { resolveRelativeDays } from './relative-dates';
import { termOf, wordTokens, type WordToken } from './tokenize';
import { headlineLeadVector, type SparseVector } from './neighbours';

/** The article to match, as the extractor gives it. */
export interface MatchQuery {
  title: string;
  /** First paragraph(s). */
  lead: string;
  /** Full text (may repeat title and lead). */
  text: string;
  /** Epoch milliseconds, or null when the page gives none. */
  published: number | null;
  url?: string;
}

/** A name in the article, weighted by how central it is (repeats, headline) and how rare (idf). */
export interface QueryName {
  text: string;
  /** Ids of the name's words the index knows. */
  termIds: number[];
  /**
   * idf of the name's words no story has: they are the rarest, so a story with only the known words ("Run"
   * of "Temple Run") has little of the name.
   */
  unknownIdf: number;
  /** How much the article makes of the name, times its idf: how much finding it in a story says. */
  weight: number;
  /**
   * How much the article makes of the name (headline, lead, repeats), whatever the cache holds: whose story it is
   * does not change when the cache fills with stories on the subject.
   */
  prominence: number;
  /** Written with a capital where no sentence starts (entities.ts `proven`). */
  proven: boolean;
  /** The name's words as terms, those the index does not know too: is the whole name in the headline? */
  keys: readonly string[];
}

/** The query after analysis; term ids refer to the index it was analysed against. */
export interface AnalysedQuery {
  /** The terms sent to BM25F, most salient first. */
  searchTerms: WeightedTerm[];
  /** Salience × idf of every query term the index knows. */
  termWeight: Map<number, number>;
  /** Term ids in the title. */
  titleTermIds: Set<number>;
  names: QueryName[];
  /** Every name the article gives, as written, whether or not the index knows its words (`names` keeps those it does). */
  nameTexts: string[];
  /**
   * The article's focal names, whose story it is, by their position in `names`, with their weight: the
   * headline's first name (its subject) 1, its second 0.5; the main name when the headline names nobody.
   * A source the headline cites later ("…, Seoul says") is not among them.
   */
  focalNames: Map<number, number>;
  /**
   * What happened: the headline's words that are neither names nor figures, and the article's most salient
   * such words ("troops", "deploy", "water cannon"). Background shares one with the article.
   */
  eventTermIds: Set<number>;
  /**
   * All the article's words that are neither names, figures nor words that rank or count (`NOT_WHAT_HAPPENED`), by
   * weight (salience × idf): what the article is about, whoever does it (rank.ts `wordSimilarity`).
   */
  wordWeight: Map<number, number>;
  /** Term ids a story's words are read without beside {@link wordWeight}: the article's names and those ranking words. */
  notWords: Set<number>;
  /**
   * Kinds of event the article reports (event-kinds.ts, as bits): those its headline has a word of (read from its
   * own words: a small cache may know none of them), and those two of its "what happened" words name.
   */
  eventKinds: number;
  /** Kinds of event (bits) of the index's terms that name one: for reading a story's headline. Shared by queries. */
  kindOfTerm: ReadonlyMap<number, number>;
  /**
   * For each focal name (by its index in `names`) that is a country or organisation, the term ids of each other
   * name of it (actor-names.ts): "Pyongyang" and "Kim Jong Un" carry "North Korea".
   */
  focalOtherNames: Map<number, number[][]>;
  /**
   * The focal names (by index in `names`) that are no country or organisation but a proper name: a person, a
   * city, a region ({@link nameKinds}). "Sydney" and "Bolsonaro" are; the "Police" that opens "Police arrest
   * suspect…" and each of its sentences is not, nor is the "People" of "People magazine" in a cache that writes
   * "people".
   */
  properFocal: Set<number>;
  /**
   * The focal names without other names that are common words capitalised by their place ({@link nameKinds}):
   * they carry no subject.
   */
  commonFocal: Set<number>;
  /**
   * The headline's subject: the focal name it gives first (its index in `names`); the main name when the headline
   * names nobody, null when the article names nobody.
   */
  subjectName: number | null;
  /** Whether the headline gives one of the article's names: its focal names are its own, not the text's main name. */
  headlineNamed: boolean;
  /**
   * When the headline's only names are one country's ("German train drivers begin 48-hour strike"), the ranks of the
   * article's two main names that are no country or organisation ("GDL", "Deutsche Bahn"): whose story it is, for
   * background. Empty otherwise.
   */
  ownSubject: number[];
  /** Term ids of the weekday names the index knows ("monday" …). */
  weekdayTermIds: Set<number>;
  /**
   * What the article makes of each term id, as {@link TERM_FLAGS} bits, for the ids of {@link termWeight} and
   * {@link weekdayTermIds} (an id past the end has none): one read per word of a candidate, where asking each of the
   * sets above took a hash lookup apiece (features.ts `wordEvidence`).
   */
  termFlags: Uint8Array;
  /** Whether the article names a weekday. */
  articleWeekdays: boolean;
  /**
   * The headline and lead as a story of the cache would be (neighbours.ts `headlineLeadVector`): to compare with the
   * stories as they compare with one another (rank.ts `crowdOf`).
   */
  headlineLead: SparseVector;
  /** Weight of each term id that is a word of a name (max over names). */
  nameTermWeight: Map<number, number>;
  /** Values the article gives per (comparable) unit. */
  numbers: Map<string, number[]>;
  /** Every value the article gives, with or without a unit. */
  numberValues: Set<number>;
  /** How the article writes each figure, by "unit value" (for explanations: "10,000 troops"). */
  numberText: Map<string, string>;
  /** The word as the article writes it, for explanations. */
  surface: Map<number, string>;
  published: number | null;
  /** The kind of piece the headline announces (story-kind.ts): a report, a how-to, a look back… */
  kind: StoryKind;
  /** The round and field of a competition its headline reports (contest-round.ts `contestStage`; 0 for none). */
  stage: number;
  /** The headline reports a result (its sides, as `contestTermIds`) or gives a score: it is of a competition. */
  competes: boolean;
  /**
   * Where the headline reports a result (result-sides.ts), the index's term ids of whom it went to and whom it beat
   * (and, for a prize, of the titles it quotes): a report of the result names one of them in its headline
   * (features.ts `otherContest`). Null for any other headline.
   */
  contestTermIds: number[] | null;
  /**
   * Which sides the headline's result names: the winner (a contest's, a prize's, a loss's when given) and the side
   * beaten (a contest's, a loss's). A story's result is asked for the same sides.
   */
  contestNames: { winner: boolean; loser: boolean };
  /**
   * The big cities the headline names (cities.ts: not capitals), each as the index's ids of its words (undefined
   * for a word no story has): a story naming none of them and another city in its headline is another city's
   * event (features.ts `otherCity`).
   */
  headlineCities: (number | undefined)[][];
}

/** Bits of {@link AnalysedQuery.termFlags}: each says the term id is in one of the query's sets. */
export const TERM_FLAGS = {
  /** In {@link AnalysedQuery.termWeight}: the article has the word. */
  article: 1,
  /** In {@link AnalysedQuery.titleTermIds}. */
  title: 2,
  /** In {@link AnalysedQuery.eventTermIds}. */
  event: 4,
  /** In {@link AnalysedQuery.nameTermWeight}: a word of one of the article's names (set on the article's terms only). */
  name: 8,
  /** A figure: the article writes it starting with a digit ({@link AnalysedQuery.surface}; the article's terms only). */
  figure: 16,
  /** In {@link AnalysedQuery.weekdayTermIds}. */
  weekday: 32,
} as const;

/** Weights of where a word appears: the headline names the event, the lead says who/where/when. */
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 1.5;
/** Names say *which* event; words like "earthquake" only say what kind. */
const NAME_BOOST = 1.5;
/** Headline names are looked for among the names the article makes most of (a headline may name a passer-by). */
const FOCAL_SEARCH = 8;
/** The headline's subject counts double each of its next two names ("North Korea sends troops to Russia, Seoul says"). */
const FOCAL_WEIGHTS = [1, 0.5, 0.5];
/**
 * Verbs that, after a headline name (directly or after {@link SPEAKER_WORDS} lowercase words), make it whoever tells
 * the news rather than whose news it is: in "Seoul says North Korea sent troops to Russia" the story is North
 * Korea's. ("Warns", "accuses" and "tells" are left out: "China warns US over Taiwan" is China acting.)
 */
const REPORTING_VERBS = new Set(['says', 'said', 'say', 'claims', 'claimed', 'believes', 'reports', 'reported']);
/** Lowercase words that may stand between a speaker's name and the verb ("spy agency", "officials"). */
const SPEAKER_WORDS = 2;
/** Words after the verb that make the speaker the news too ("Seoul says it will send an envoy"). */
const SELF_WORDS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'our', 'my']);
/**
 * The article's most salient plain words that say what happened (besides its headline's). 10, not 8: as a cache
 * fills with stories on the subject its words grow common, and with 8 an earlier event's second word fell out
 * (tests/unit/subject-crowd.test.ts); background from another topic on ECB+ dev went 2.4% → 2.5%.
 */
const EVENT_TERMS = 10;
const DIGITS_RE = /^\d/;
/**
 * Words that rank or qualify, or count time and people, not say what happened: "biggest" made Obama's lessons as
 * president background to his "biggest frustration" over gun laws (a real page against the real feeds), and an
 * Oscars joke story background to the Oscars host's, through "even". Among the real feeds' stories, "year", "week"
 * and "people", with a country or company, made an opioid story background to a deadly tornado's in the US, a watchOS
 * beta to spyware on an iPhone, and Apple's developer conference to Shanghai's Covid lockdown (docs/performance.md,
 * "Time and people are not what happened"). Nor is the medium a piece comes in ("WATCH:", "– video", "in pictures",
 * "footage", "live"): "WATCH: Missiles strike oil depot in Belgorod, Russia" had Russian mercenaries in Mali as
 * background through Russia and Human Rights Watch.
 */
const NOT_WHAT_HAPPENED = new Set(
  [
    'biggest',
    'largest',
    'best',
    'worst',
    'new',
    'latest',
    'first',
    'top',
    'major',
    'big',
    'huge',
    'great',
    'greatest',
    'even',
    'really',
    'ever',
    'next',
    'still',
    'year',
    'month',
    'week',
    'day',
    'time',
    'people',
    'watch',
    'video',
    'footage',
    'pictures',
    'photos',
    'listen',
    'live',
    'audio',
  ].map((w) => termOf(w) ?? w),
);
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_RE = new RegExp(`\\b(?:${WEEKDAYS.join('|')})\\b`, 'i');
/** Query terms sent to BM25F: enough for a full article's gist, few enough to stay fast. */
const MAX_SEARCH_TERMS = 32;
/** Very long pages: the first part of an article says what it is about; the tail is often boilerplate. */
const MAX_TEXT_CHARS = 20_000;

/** Analyses `query` against the index's vocabulary and document frequencies. */
export function analyseQuery(index: StoryIndex, query: MatchQuery): AnalysedQuery {
  const title = textOf(query.title);
  const lead = textOf(query.lead);
  const text = textOf(query.text).slice(0, MAX_TEXT_CHARS);
  // Extracted articles usually repeat the headline and lead in the text: count them once.
  const fullText = [text.includes(title) ? '' : title, text.includes(lead) ? '' : lead, text]
    .filter((s) => s !== '')
    .join('\n');
  const words = wordTokens(fullText);

  const surface = new Map<number, string>();
  // A word's id depends on the word alone (its term, and its capital for a variant): looked up once per article,
  // not once per occurrence (a long article repeats its words, and a lookup hashes and compares the term).
  const idOfWord = new Map<string, number | undefined>();
  // Terms no story has, by the words that make them.
  const unknownTerm = new Map<string, string>();
  const fieldTerms = (tokens: readonly WordToken[], tokenAt?: number[], unknown?: Map<string, number>): number[] => {
    const ids: number[] = [];
    for (const [k, token] of tokens.entries()) {
      let id = idOfWord.get(token.text);
      if (id === undefined && !idOfWord.has(token.text)) {
        const term = termOf(token.text);
        id = term === null ? undefined : termIdOrVariant(index, term, CAPITAL_RE.test(token.text));
        idOfWord.set(token.text, id);
        if (id === undefined && term !== null) unknownTerm.set(token.text, term);
      }
      if (id === undefined) {
        const term = unknownTerm.get(token.text);
        if (unknown !== undefined && term !== undefined) unknown.set(term, (unknown.get(term) ?? 0) + 1);
        continue;
      }
      ids.push(id);
      tokenAt?.push(k);
      // As a reader would quote it: "published", not the dateline's "PUBLISHED", when the text has both.
      const seen = surface.get(id);
      if (seen === undefined || (isShouted(seen) && !isShouted(token.text))) surface.set(id, token.text);
    }
    return ids;
  };
  const titleTokens = wordTokens(title);
  const titleTokenAt: number[] = [];
  const titleUnknown = new Map<string, number>();
  const titleOrder = fieldTerms(titleTokens, titleTokenAt, titleUnknown);
  const titleTermIds = new Set(titleOrder);
  const speakerEnds = speakerPositions(title, titleTokens, titleTokenAt);
  const leadUnknown = new Map<string, number>();
  const leadOrder = fieldTerms(wordTokens(lead), undefined, leadUnknown);
  const leadIds = new Set(leadOrder);
  const textCounts = new Map<number, number>();
  for (const id of fieldTerms(words)) textCounts.set(id, (textCounts.get(id) ?? 0) + 1);

  const salience = new Map<number, number>();
  for (const id of new Set([...titleTermIds, ...leadIds, ...textCounts.keys()])) {
    const tf = textCounts.get(id) ?? 0;
    const s =
      (titleTermIds.has(id) ? TITLE_WEIGHT : 0) + (leadIds.has(id) ? LEAD_WEIGHT : 0) + (tf > 0 ? 1 + Math.log(tf) : 0);
    salience.set(id, s);
  }

  const mentions = extractNames(fullText, words);
  const names = analyseNames(index, mentions, salience);
  const titleKeys = new Set(titleTokens.map((token) => termOf(token.text)));
  const headlineFocal = headlineSubjects(names, titleOrder, titleKeys, speakerEnds);
  // The main name when the headline names nobody.
  const focalNames = headlineFocal.size === 0 && names.length > 0 ? new Map([[0, 1]]) : headlineFocal;
  const nameTermWeight = new Map<number, number>();
  for (const n of names)
    for (const id of n.termIds) nameTermWeight.set(id, Math.max(nameTermWeight.get(id) ?? 0, n.weight));

  const termWeight = new Map<number, number>();
  for (const [id, s] of salience) termWeight.set(id, s * (nameTermWeight.has(id) ? NAME_BOOST : 1) * index.idf(id));
  // Best first, sorted once for the search terms and the plain words (the sort is stable: a filter of it is the sort
  // of the filtered words, ties in the article's order either way).
  const byWeight = [...termWeight].sort((a, b) => b[1] - a[1]);
  const searchTerms = byWeight.slice(0, MAX_SEARCH_TERMS).map(([termId]) => ({
    termId,
    weight: (salience.get(termId) ?? 0) * (nameTermWeight.has(termId) ? NAME_BOOST : 1),
  }));

  // As term ids: a handful of lookups, where reading back every term of the article would be hundreds.
  const notWhatHappened = new Set([...NOT_WHAT_HAPPENED].map((term) => index.termId(term)));
  const plainWords = byWeight.filter(
    ([id]) => !nameTermWeight.has(id) && !DIGITS_RE.test(surface.get(id) ?? '') && !notWhatHappened.has(id),
  );
  const eventTermIds = new Set([
    ...plainWords.slice(0, EVENT_TERMS).map(([id]) => id),
    ...plainWords.filter(([id]) => titleTermIds.has(id)).map(([id]) => id),
  ]);

  const kindOfTerm = kindsByTermId(index);
  const focalOtherNames = new Map<number, number[][]>();
  for (const rank of focalNames.keys()) {
    const name = names[rank];
    const others = name ? actorNameTermIds(index, name.text) : [];
    if (others.length > 0) focalOtherNames.set(rank, others);
  }
  const { proper: properFocal, common: commonFocal } = nameKinds(index, names, focalNames, focalOtherNames);
  const ownSubject = countryOnlyHeadline(names, focalNames, commonFocal) ? mainOwnNames(names) : [];

  const numbers = new Map<string, number[]>();
  const numberValues = new Set<number>();
  const numberText = new Map<string, string>();
  const published = typeof query.published === 'number' && Number.isFinite(query.published) ? query.published : null;
  for (const n of [...extractNumbers(fullText, words), ...resolveRelativeDays(fullText, words, published)]) {
    numberValues.add(n.value);
    if (n.unit === '') continue;
    const unit = comparableUnit(n.unit);
    if (!numberText.has(`${unit} ${n.value}`)) numberText.set(`${unit} ${n.value}`, n.text);
    const values = numbers.get(unit);
    if (values) values.push(n.value);
    else numbers.set(unit, [n.value]);
  }
  const weekdayTermIds = new Set<number>();
  for (const day of WEEKDAYS) {
    const term = termOf(day);
    const id = term === null ? undefined : index.termId(term);
    if (id !== undefined) weekdayTermIds.add(id);
  }
  return {
    searchTerms,
    termWeight,
    weekdayTermIds,
    termFlags: termFlagsOf(termWeight, titleTermIds, eventTermIds, nameTermWeight, weekdayTermIds, surface),
    articleWeekdays: WEEKDAY_RE.test(fullText),
    titleTermIds,
    headlineLead: headlineLeadVector(
      index,
      titleOrder,
      leadOrder,
      [...new Set([...titleUnknown.keys(), ...leadUnknown.keys()])].map(
        (term) => [titleUnknown.get(term) ?? 0, leadUnknown.get(term) ?? 0] as const,
      ),
    ),
    names,
    nameTexts: mentions.map((m) => m.text),
    focalNames,
    eventTermIds,
    wordWeight: new Map(plainWords),
    notWords: new Set([...nameTermWeight.keys(), ...notWhatHappened].filter((id): id is number => id !== undefined)),
    eventKinds: articleKinds(title, eventTermIds, kindOfTerm, (term) => {
      const id = index.termId(term);
      return id !== undefined && nameTermWeight.has(id);
    }),
    kindOfTerm,
    focalOtherNames,
    properFocal,
    commonFocal,
    subjectName: [...focalNames].find(([, weight]) => weight === FOCAL_WEIGHTS[0])?.[0] ?? null,
    headlineNamed: headlineFocal.size > 0,
    ownSubject,
    nameTermWeight,
    numbers,
    numberValues,
    numberText,
    surface,
    published,
    kind: storyKind(title),
    stage: articleStage(title, lead),
    ...resultOf(contestTermIds(index, title, text, provenNameWord(mentions)), title),
    headlineCities: cityTermIds(index, title, nameTermWeight),
  };
}

/** {@link AnalysedQuery.termFlags}: each term id of the article's sets with the bits of the sets it is in. */
function termFlagsOf(
  termWeight: ReadonlyMap<number, number>,
  titleTermIds: ReadonlySet<number>,
  eventTermIds: ReadonlySet<number>,
  nameTermWeight: ReadonlyMap<number, number>,
  weekdayTermIds: ReadonlySet<number>,
  surface: ReadonlyMap<number, string>,
): Uint8Array {
  let end = 0;
  for (const id of termWeight.keys()) end = Math.max(end, id + 1);
  for (const id of weekdayTermIds) end = Math.max(end, id + 1);
  const flags = new Uint8Array(end);
  for (const id of termWeight.keys()) {
    flags[id] =
      TERM_FLAGS.article |
      (titleTermIds.has(id) ? TERM_FLAGS.title : 0) |
      (eventTermIds.has(id) ? TERM_FLAGS.event : 0) |
      (nameTermWeight.has(id) ? TERM_FLAGS.name : 0) |
      (DIGITS_RE.test(surface.get(id) ?? '') ? TERM_FLAGS.figure : 0);
  }
  for (const id of weekdayTermIds) flags[id] = (flags[id] as number) | TERM_FLAGS.weekday;
  return flags;
}

/**
 * The index's term ids of each big city the headline names (cities.ts) that the article writes as a name: a
 * headline opening on "Reading the small print" names no city.
 */
function cityTermIds(
  index: StoryIndex,
  title: string,
  nameTermWeight: ReadonlyMap<number, number>,
): (number | undefined)[][] {
  return headlineCities(title)
    .map((city) => city.map((term) => index.termId(term)))
    .filter((ids) => ids.every((id) => id === undefined || nameTermWeight.has(id)));
}

/**
 * The term ids of whom a result headline's result went to and whom it beat (result-sides.ts) that the index knows,
 * and which of the two it names; null when it reports no result. A prize's winner also goes by the titles the
 * headline and the text's first sentence quote: a report may name the novel ("'The Ferrywoman's Ledger' wins the
 * Booker") where the article names its author.
 */
function contestTermIds(
  index: StoryIndex,
  title: string,
  text: string,
  isName: (word: string) => boolean,
): { ids: number[]; winner: boolean; loser: boolean } | null {
  const sides = resultSides(title, isName);
  if (sides === null) return null;
  const words = [...sides.winner, ...sides.loser];
  // A prize alone: its winner also goes by the titles quoted.
  if (sides.loser.length === 0) words.push(...quotedTitleWords(`${title}\n${firstSentence(text, title)}`));
  const ids: number[] = [];
  for (const word of words) {
    const term = termOf(word);
    const id = term === null ? undefined : index.termId(term);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return { ids, winner: sides.winner.length > 0, loser: sides.loser.length > 0 };
}

/** A score in a headline ("with 22-16 win"): a match's, whatever verb tells it. */
const SCORE_RE = /(?<![\p{L}\p{N}.,])\d{1,3}[-–]\d{1,3}(?![\p{L}\p{N}.,])/u;

/** The query's fields for a result headline's sides, and whether the headline (`title`) is of a competition. */
function resultOf(sides: { ids: number[]; winner: boolean; loser: boolean } | null, title: string) {
  return {
    contestTermIds: sides?.ids ?? null,
    contestNames: { winner: sides?.winner ?? false, loser: sides?.loser ?? false },
    competes: sides !== null || SCORE_RE.test(title),
  };
}

/**
 * The text's first sentence after the headline it may repeat: up to its first full stop, question or exclamation
 * mark before a space.
 */
function firstSentence(text: string, title: string): string {
  const body = (text.startsWith(title) ? text.slice(title.length) : text).trimStart();
  const end = /[.!?]["'’”]?\s/u.exec(body);
  return end === null ? body : body.slice(0, end.index + 1);
}

/**
 * Positions in a headline's terms (`tokenAt`: each term's token) that may end a speaker's name: the word before a
 * reporting verb, or before one or two lowercase words and the verb ("South Korean spy agency says", "Israeli army
 * says"), so that only a name the verb's phrase opens with is the speaker.
 */
function speakerPositions(title: string, tokens: readonly WordToken[], tokenAt: readonly number[]): Set<number> {
  const out = new Set<number>();
  tokenAt.forEach((k, position) => {
    const end = tokens[k]?.end ?? 0;
    for (let verb = k + 1; verb <= k + 1 + SPEAKER_WORDS; verb++) {
      const token = tokens[verb];
      // A comma or colon between ends the phrase: in "US tariffs hit China, economists say" China says nothing.
      if (token === undefined || /[,;:]/.test(title.slice(end, token.start))) return;
      if (REPORTING_VERBS.has(token.text.toLowerCase())) {
        // "Tiger Woods says he will play the Masters", "CDC says it will revamp": news of the speaker's own.
        if (!SELF_WORDS.has((tokens[verb + 1]?.text ?? '').toLowerCase())) out.add(position);
        return;
      }
      if (CAPITAL_RE.test(token.text)) return;
    }
  });
  return out;
}

/**
 * The headline's names in the order it gives them (each with all its words there: "South Korea" is not in
 * "North Korea sends troops"), weighted {@link FOCAL_WEIGHTS}; none when the headline has none. A name
 * a reporting verb follows (`speakerEnds`) comes after the others: it tells the story, it is not its subject.
 */
function headlineSubjects(
  names: readonly QueryName[],
  titleOrder: readonly number[],
  titleKeys: ReadonlySet<string | null>,
  speakerEnds: ReadonlySet<number>,
): Map<number, number> {
  const at = (n: QueryName): number => {
    // Every word, those the index does not know too: "Korea" in the headline is not "Korea Federation of Micro
    // Enterprise" when no story has "federation".
    if (n.keys.some((key) => !titleKeys.has(key))) return -1;
    const positions = n.termIds.map((id) => titleOrder.indexOf(id));
    if (positions.some((p) => p < 0)) return -1;
    return Math.min(...positions) + (speakerEnds.has(Math.max(...positions)) ? titleOrder.length : 0);
  };
  // Among the names the article makes most of, not the rarest in the cache: a cache full of stories on the
  // subject makes its names common, and they must stay whose story it is.
  const inTitle = names
    .map((n, i) => ({ n, i }))
    .sort((a, b) => b.n.prominence - a.n.prominence)
    .slice(0, FOCAL_SEARCH)
    .map(({ n, i }) => ({ i, position: at(n) }))
    .filter((x) => x.position >= 0)
    .sort((a, b) => a.position - b.position);
  const focal = new Map<number, number>();
  inTitle.slice(0, FOCAL_WEIGHTS.length).forEach((x, k) => focal.set(x.i, FOCAL_WEIGHTS[k] as number));
  return focal;
}

/**
 * The kinds of event an article reports: those its headline has a word of, and those two of its most salient
 * "what happened" words name (one passing "war" in a long article is not what it reports; its lead's words
 * brought ECB+'s Greek riots of 2008 and the Athens bank firebombed in 2010 together 68 times, not 48). A word
 * of a name is no kind: "Summit Entertainment" announcing a director is no diplomacy.
 */
function articleKinds(
  title: string,
  eventTermIds: Set<number>,
  kindOfTerm: ReadonlyMap<number, number>,
  isName: (term: string) => boolean,
): number {
  let kinds = kindsOfTerms(
    wordTokens(title)
      .map((w) => termOf(w.text))
      .filter((t): t is string => t !== null && !isName(t)),
  );
  let once = 0;
  for (const id of eventTermIds) {
    const bits = kindOfTerm.get(id) ?? 0;
    kinds |= once & bits;
    once |= bits;
  }
  return kinds;
}

const CAPITAL_RE = /^[\p{Lu}\p{Lt}]/u;

/** ALL-CAPS, as datelines and shouted headlines write words. */
const isShouted = (word: string): boolean =>
  word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();

/**
 * The index's id for a term; for a capitalised word the index does not know ("Zelenskyy" where the feeds
 * write "Zelensky"), the id of its closest variant among the index's name words.
 */
function termIdOrVariant(index: StoryIndex, term: string, capitalised: boolean): number | undefined {
  const id = index.termId(term);
  if (id !== undefined || !capitalised) return id;
  return index.variants.variantOf(term);
}

/** Tolerates missing or non-string fields from odd pages. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Names of the article with their weight: the best salience × idf of their words. */
function analyseNames(index: StoryIndex, found: readonly NameMention[], salience: Map<number, number>): QueryName[] {
  const out: QueryName[] = [];
  for (const name of found) {
    const ids = name.keys.map((k) => termIdOrVariant(index, k, true));
    const termIds = ids.filter((id): id is number => id !== undefined);
    if (termIds.length === 0) continue;
    const weight = Math.max(...termIds.map((id) => (salience.get(id) ?? 1) * index.idf(id)));
    const prominence = Math.max(...termIds.map((id) => salience.get(id) ?? 1));
    out.push({
      text: name.text,
      termIds,
      unknownIdf: (ids.length - termIds.length) * index.idf(undefined),
      weight,
      prominence,
      proven: name.proven,
      keys: name.keys,
    });
  }
  return out.sort((a, b) => b.weight - a.weight);
}

/** How many of the article's main names stand for its subject when its headline names only a country. */
const OWN_SUBJECT_NAMES = 2;

/** Whether every proven name of the headline is one country's ("German"), capitalised common words aside. */
function countryOnlyHeadline(
  names: readonly QueryName[],
  focal: ReadonlyMap<number, number>,
  common: ReadonlySet<number>,
): boolean {
  const texts = [...focal.keys()]
    .filter((rank) => !common.has(rank) && names[rank]?.proven === true)
    .map((rank) => names[rank]?.text)
    .filter((t): t is string => t !== undefined);
  return texts.length > 0 && oneCountry(texts);
}

/** The ranks of the article's first names by weight that stand for no actor of the gazetteer. */
function mainOwnNames(names: readonly QueryName[]): number[] {
  const ranks: number[] = [];
  names.forEach((n, rank) => {
    if (ranks.length < OWN_SUBJECT_NAMES && n.proven && actorIdsOf([n.text]).size === 0) ranks.push(rank);
  });
  return ranks;
}
