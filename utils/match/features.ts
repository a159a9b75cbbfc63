/**
 * Evidence that a stored story reports the article's event: who (names), what (words), how many (numbers),
 * when (time apart). Each feature is in [0, 1] so the combination in rank.ts reads as a weighted vote.
 */
import { actorIdsOf, countryOfTerm } from './actor-names';
import { hasTerm, type IndexedStory, type StoryIndex } from './inverted-index';
import { DATE_UNITS, sameQuantity } from './numbers';
import { DAY_UNIT } from './relative-dates';
import { TERM_FLAGS, type AnalysedQuery, type QueryName } from './query';
import { citiesAmongTerms } from './cities';
import { otherStage } from './contest-round';
import { isCityNumber, isContestNumber, kindOfNumber, stageOfNumber, type StoryKind } from './story-kind';
import { termMass } from './term-mass';

/** Features of one candidate story. */
export interface MatchFeatures {
  /** BM25F score relative to the best candidate's. */
  lexical: number;
  /** Share of the story's term mass (tf × idf) that the article contains: a story about another event brings words of its own. */
  storyCoverage: number;
  /** Share of the article's weighted names the story mentions. */
  queryNames: number;
  /** Share of the story's names (by idf) the article mentions; null when the story names nobody. */
  storyNames: number | null;
  /**
   * Share of the article's focal names (query.ts focalNames: the headline's subject and second name) the
   * story mentions: whose story it is. 0 when the article names nobody.
   */
  focalNames: number;
  /**
   * {@link focalNames} with a country or organisation found by any of its names (actor-names.ts): "Pyongyang" or
   * "Kim Jong Un" carries a headline's "North Korea", and a common word a sentence's start capitalises ("Police")
   * carries nothing (name-kinds.ts). For background only: the same-story model learned on `focalNames`.
   */
  focalCarried: number;
  /**
   * The story's headline has a word of a kind of event the article reports (event-kinds.ts): "ICBM" for an article
   * on troops sent to Russia is the subject's military again, with no word in common.
   */
  kindInHeadline: boolean;
  /**
   * The story names nobody its text can prove a name (entities.ts), but writes with a capital a country the article
   * never mentions: another country's story (verdict.ts `otherCast`).
   */
  otherCountry: boolean;
  /**
   * The article's headline reports a result and the story's another: one naming none of whom the article's went to
   * in its headline ("Ireland hold off England 27-20 at Twickenham" beside "Italy beat France in Rome…"; "Kim Ha-eun
   * retains All England women's title" beside the men's; result-sides.ts), or with a side of its own that is none
   * of them (the semi-final one finalist won the day before). Another match or prize of the day, whatever the
   * competition's or the ceremony's words they share. Also another round or field of the competition (contest-round.ts
   * `otherStage`): "Whitfield and Delaney win 60m semi-finals" beside his 60m title the next day.
   */
  otherContest: boolean;
  /**
   * The article's headline names a big city (cities.ts), the story mentions none of its cities anywhere, and the
   * story's headline names another the article never mentions: "Denver council committee advances 15% cap on
   * delivery commissions" beside Seattle's cap. The same act in another city.
   */
  otherCity: boolean;
  /** The story carries a focal name that is a country or organisation (actor-names.ts), by any of its names. */
  focalActor: boolean;
  /** The story carries half of a focal name that is a person or place (name-kinds.ts): "Sydney", "Bolsonaro". */
  focalNamed: boolean;
  /**
   * The story's own headline has one of the article's focal names, by half its words or, for a country or
   * organisation, by any of its names: the story is about the article's subject, not mentioning it in passing. When
   * the headline names only a country, one of the article's own main names (query.ts `ownSubject`) instead.
   */
  focalInHeadline: boolean;
  /** The story's own headline has the article's headline subject (query.ts `subjectName`) by half its words. */
  subjectInHeadline: boolean;
  /**
   * {@link subjectInHeadline}, or the subject, a country or organisation, by another of its names in the story's
   * headline ("Pyongyang" for North Korea): the story is about the article's subject.
   */
  subjectNamedInHeadline: boolean;
  /**
   * The headline's subject is a country or organisation, and the story names it by none of its names: a story on
   * Russia is not background to "North Korea sends troops to Russia" for naming the destination.
   */
  subjectMissing: boolean;
  /**
   * The article's headline names its subject, the story carries none of its focal names by any name, its headline
   * names someone the article never mentions ({@link titleNamesMissing}), and most of its names (by idf) are not the
   * article's: someone else's story ("Canada's Competition Bureau sues grocer over 'was/now' pricing" beside the ACCC
   * suing a grocer). "Australian, English climbers killed in New Zealand" beside a climber's fall on Aoraki Mount Cook
   * shares "Australian", though it names neither the mountain nor the town.
   */
  otherSubject: boolean;
  /**
   * The article's headline names its subject and the story carries none of its focal names, by any of their names or
   * by any of their words: not who or what the article is about. Without a name in the headline the focal name is the
   * text's main name, which the article's own reports may not repeat ("Fired Accountant Goes on Shooting Spree"); and
   * a word of a focal name is some evidence of it (a real same-day pair shares only part of a country's name).
   */
  focalless: boolean;
  /**
   * Share (by idf) of the names in the story's headline that the article never mentions: another event's
   * headline names its own people and places. 0 when the headline names nobody.
   */
  titleNamesMissing: number;
  /** idf-weighted overlap of the two headlines (Dice). */
  titleSimilarity: number;
  /** Story numbers the article repeats ("10000 troop", "2013 year"), up to 2, as 0..1. */
  numbersAgree: number;
  /** Story numbers counting something the article counts, with another value (another year, magnitude, toll). */
  numbersConflict: number;
  daysApart: number | null;
  /** Days from the article's date to the story's, negative for a story dated before it (null without both dates). */
  daysAfter: number | null;
  /**
   * The two headlines announce different kinds of piece (story-kind.ts): a how-to guide, a look back, a deal, a
   * quiz, an outlet's advertisement, an opinion piece or a roundup is never another report of the article's event,
   * nor a report of a guide's subject. The reports of the event an opinion piece answers are its same story, and a
   * roundup whose headline leads with the article's event may be the same story of its report.
   */
  otherKind: boolean;
  /**
   * The story reports no event: a shopping deal, a quiz, an outlet's advertisement for its own newsletter or show, or
   * an opinion piece (story-kind.ts 'deal', 'quiz', 'promo', 'opinion'). Never background, whatever subject it names:
   * "The Guardian view on strongmen and straw men" was background to eight stories of the war it comments on.
   */
  notNews: boolean;
  /**
   * The story is its headline alone (no summary): a headline the article covers looks like its report whichever
   * event it reports, so it needs more certainty to establish the event (verdict.ts `thinEstablish`).
   */
  headlineOnly: boolean;
  /** Figures the story repeats, as the article writes them ("10,000 troops", "6.1 magnitude"). */
  sharedNumbers: string[];
  /** Article names the story shares, as the article writes them. */
  sharedNames: string[];
  /**
   * Headline names the story gives by another of their names ("North Korea" for a story saying "Kim Jong Un"), as
   * the article writes them: for the why line only, so the model's `sharedNames` stays what it learned on.
   */
  carriedNames: string[];
  /** How many of the article's "what happened" words (query.ts eventTermIds) the story has. */
  sharedEventTerms: number;
  /** How many of those the story's own headline has: what the story itself is about. */
  headlineEventTerms: number;
  /** Share (by idf) of the article's headline words the story has, in its headline or summary: what the reader was told happened. */
  headlineCoverage: number;
  /**
   * Words (not figures or weekdays) both share, in the headline of either, that at most one other story of the
   * cache has, up to 3, as 0..1: "Qeshm", "firebombing", "Promises" in common say which event, where a topic's
   * words ("quake", "rehab") do not. Only headline words: a long article shares some rare word with most stories.
   */
  rareShared: number;
  /**
   * When: the story names a weekday the article names (1), or only weekdays the article never names (−1), else
   * 0. With both dates known, the calendar days the weekdays resolve to are compared instead.
   */
  weekdays: number;
  /** Other shared terms, most salient first. */
  sharedTermIds: number[];
}

/** How many of the article's names matter for coverage: the main actors and places, not every passing mention. */
const TOP_NAMES = 8;
const DAY_MS = 86_400_000;
/** Numbers from here up rarely coincide by chance; small ones (2 guards, 3 people) often do. */
const DISTINCTIVE_NUMBER = 10;
/** A word in at most this many stories of the cache (the candidate and one other) is rare: {@link MatchFeatures.rareShared}. */
const RARE_DF = 2;
/** Rare words in common counted up to this many. */
const RARE_WORDS = 3;

/** Kinds of piece that report no event that happened (story-kind.ts): never background. */
const NOT_NEWS: ReadonlySet<StoryKind> = new Set(['deal', 'quiz', 'promo', 'opinion', 'roundup', 'preview']);

/** Computes the features of `story` against the analysed query; `lexical` is its relative BM25F score. */
export function matchFeatures(
  index: StoryIndex,
  query: AnalysedQuery,
  story: IndexedStory,
  lexical: number,
): MatchFeatures {
  const words = wordEvidence(index, query, story);
  const names = nameEvidence(index, query, story);
  const numbers = numberEvidence(query, story);
  const daysAfter =
    query.published !== null && story.published !== null ? (story.published - query.published) / DAY_MS : null;
  const daysApart = daysAfter === null ? null : Math.abs(daysAfter);
  const kind = kindOfNumber(story.kind);
  // An opinion piece answers an event: the reports of it are its same story, though it is none of theirs. A
  // roundup's headline leads with one event ("news briefing: Zelensky calls for Russia UN ban"): it may be the same
  // story of a report of that event, though no single report is the same story of a page of the day's events.
  const otherKind =
    query.kind !== kind &&
    !(query.kind === 'opinion' && kind === 'report') &&
    !(query.kind === 'report' && kind === 'roundup');
  // Each field written out, in the order the spreads of the three gave them: spreading three objects into a literal
  // takes V8's generic copy, most of this function's own time (5% of a query's at 10,000 stories).
  return {
    lexical,
    storyCoverage: words.storyCoverage,
    titleSimilarity: words.titleSimilarity,
    sharedTermIds: words.sharedTermIds,
    sharedEventTerms: words.sharedEventTerms,
    headlineEventTerms: words.headlineEventTerms,
    headlineCoverage: words.headlineCoverage,
    rareShared: words.rareShared,
    kindInHeadline: words.kindInHeadline,
    weekdays: words.weekdays,
    otherCountry: names.otherCountry,
    otherSubject: names.otherSubject,
    focalless: names.focalless,
    queryNames: names.queryNames,
    storyNames: names.storyNames,
    focalNames: names.focalNames,
    focalCarried: names.focalCarried,
    focalActor: names.focalActor,
    focalNamed: names.focalNamed,
    focalInHeadline: names.focalInHeadline,
    subjectInHeadline: names.subjectInHeadline,
    subjectNamedInHeadline: names.subjectNamedInHeadline,
    subjectMissing: names.subjectMissing,
    titleNamesMissing: names.titleNamesMissing,
    sharedNames: names.sharedNames,
    carriedNames: names.carriedNames,
    numbersAgree: numbers.numbersAgree,
    numbersConflict: numbers.numbersConflict,
    sharedNumbers: numbers.sharedNumbers,
    daysApart,
    daysAfter,
    otherKind,
    otherContest:
      otherContest(query, story) ||
      otherStage(query.stage, stageOfNumber(story.kind), isContestNumber(story.kind), query.competes),
    otherCity: otherCity(index, query, story),
    notNews: NOT_NEWS.has(kind),
    headlineOnly: story.summaryLength === 0,
  };
}

/** What: how much of the story's wording the article has, headline against headline, and the shared words. */
function wordEvidence(index: StoryIndex, query: AnalysedQuery, story: IndexedStory) {
  let storyMass = 0;
  let coveredMass = 0;
  let storyTitleMass = 0;
  let sharedTitleMass = 0;
  const sharedTermIds: number[] = [];
  let sharedEventTerms = 0;
  let headlineEventTerms = 0;
  let headlineFound = 0;
  let rare = 0;
  let kindInHeadline = false;
  let weekdaySeen = false;
  let weekdayShared = false;
  const titleTfs = story.titleTf;
  const summaryTfs = story.summaryTf;
  const ids = story.termIds;
  const { termFlags, eventKinds } = query;
  // Once per word of every candidate: the article's sets are read as one byte per word (query.ts `termFlags`).
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    const flags = termFlags[id] ?? 0;
    const idf = index.idf(id);
    const titleTf = titleTfs[i] ?? 0;
    const mass = termMass(idf, titleTf, summaryTfs[i] ?? 0);
    storyMass += mass;
    const shared = (flags & TERM_FLAGS.article) !== 0;
    const inArticleTitle = (flags & TERM_FLAGS.title) !== 0;
    const weekday = (flags & TERM_FLAGS.weekday) !== 0;
    if (titleTf > 0 && !kindInHeadline && eventKinds !== 0 && ((query.kindOfTerm.get(id) ?? 0) & eventKinds) !== 0)
      kindInHeadline = true;
    if (weekday) {
      weekdaySeen = true;
      if (shared) weekdayShared = true;
    }
    if (shared) {
      coveredMass += mass;
      if ((flags & TERM_FLAGS.event) !== 0) {
        sharedEventTerms++;
        if (titleTf > 0) headlineEventTerms++;
      }
      if (inArticleTitle) headlineFound += idf;
      // Figures are compared as numbers (numberEvidence); a bare "2" or "16" in common is not a shared word.
      if ((flags & TERM_FLAGS.figure) === 0) {
        const name = (flags & TERM_FLAGS.name) !== 0;
        if (!name) sharedTermIds.push(id);
        if (index.df(id) <= RARE_DF && (titleTf > 0 || inArticleTitle) && !name && !weekday) rare++;
      }
    }
    if (titleTf > 0) {
      storyTitleMass += idf;
      if (inArticleTitle) sharedTitleMass += idf;
    }
  }
  let queryTitleMass = 0;
  for (const id of query.titleTermIds) queryTitleMass += index.idf(id);
  sharedTermIds.sort((a, b) => (query.termWeight.get(b) ?? 0) - (query.termWeight.get(a) ?? 0));
  return {
    storyCoverage: storyMass > 0 ? coveredMass / storyMass : 0,
    titleSimilarity:
      queryTitleMass + storyTitleMass > 0 ? (2 * sharedTitleMass) / (queryTitleMass + storyTitleMass) : 0,
    sharedTermIds,
    sharedEventTerms,
    headlineEventTerms,
    headlineCoverage: queryTitleMass > 0 ? headlineFound / queryTitleMass : 0,
    rareShared: Math.min(rare, RARE_WORDS) / RARE_WORDS,
    kindInHeadline,
    weekdays:
      query.published !== null && story.published !== null
        ? resolvedDays(query, story)
        : weekdayShared
          ? 1
          : weekdaySeen && query.articleWeekdays
            ? -1
            : 0,
  };
}

/** The countries and organisations the article names, by query: asked only of stories that prove no name. */
const articleActors = new WeakMap<AnalysedQuery, Set<string>>();

/** Whether the term is a country's one-word name (actor-names.ts) and the article names that country by none of its names. */
function unmentionedCountry(index: StoryIndex, query: AnalysedQuery, id: number): boolean {
  const country = countryOfTerm(index.term(id));
  if (country === null) return false;
  let actors = articleActors.get(query);
  if (actors === undefined) {
    actors = actorIdsOf(query.nameTexts);
    articleActors.set(query, actors);
  }
  return !actors.has(country);
}

/** Who and where: the article's main names found in the story, and the story's names found in the article. */
function nameEvidence(index: StoryIndex, query: AnalysedQuery, story: IndexedStory) {
  const capitals = story.capitalTermIds;
  let nameWeight = 0;
  let nameFound = 0;
  const sharedNames: string[] = [];
  // Words that already made a shared name: "Israelis", "Arab Israeli" and "U.S.-Israeli" found through the one
  // word "Israeli" are one piece of evidence, not three.
  const evidence = new Set<number>();
  let focalWeight = 0;
  let focalFound = 0;
  let focalCarried = 0;
  let focalActor = false;
  let focalNamed = false;
  let focalInHeadline = false;
  let subjectInHeadline = false;
  let subjectNamedInHeadline = false;
  let subjectMissing = false;
  const carriedNames: string[] = [];
  // How many of the article's own main names (query.ts `ownSubject`) the story carries.
  let ownFound = 0;
  let ownInHeadline = false;
  const focal = query.focalNames;
  const names = query.names;
  for (let rank = 0; rank < names.length; rank++) {
    const name = names[rank] as QueryName;
    // The first names by weight, and the headline's focal names wherever a crowd on the subject ranks them.
    if (rank >= TOP_NAMES * 2 && !focal.has(rank)) continue;
    // Each name counts by the idf share of its words present ("Nichols" finds most of "Brian Nichols").
    let total = name.unknownIdf;
    let present = 0;
    const found: number[] = [];
    for (const id of name.termIds) {
      const idf = index.idf(id);
      total += idf;
      // Found where the story writes the word with a capital: "People" (the magazine) is not "people".
      if (hasTerm(capitals, id)) {
        present += idf;
        found.push(id);
      }
    }
    const share = total > 0 ? present / total : 0;
    if (share >= 0.5 && query.ownSubject.includes(rank)) {
      ownFound++;
      if (headlineShare(index, story, found) >= 0.5 * total) ownInHeadline = true;
    }
    if (share >= 0.5 && found.some((id) => !evidence.has(id))) {
      sharedNames.push(name.text);
      for (const id of found) evidence.add(id);
    }
    if (rank < TOP_NAMES) {
      nameWeight += name.weight;
      nameFound += name.weight * share;
    }
    const focalWeightOf = focal.get(rank);
    if (focalWeightOf !== undefined) {
      focalWeight += focalWeightOf;
      focalFound += focalWeightOf * share;
      // A country is carried by one of its names or not at all: "South Korea" is no part of "North Korea".
      const others = query.focalOtherNames.get(rank);
      const byName = others?.some((ids) => ids.every((id) => hasTerm(capitals, id))) ?? false;
      const inHeadline = headlineShare(index, story, found) >= 0.5 * total;
      const namedInHeadline =
        inHeadline || (others?.some((ids) => ids.every((id) => hasTerm(capitals, id) && inTitle(story, id))) ?? false);
      if (rank === query.subjectName) {
        subjectInHeadline ||= inHeadline;
        subjectNamedInHeadline ||= namedInHeadline;
      }
      focalInHeadline ||= namedInHeadline;
      if (byName) focalActor = true;
      else if (others && rank === query.subjectName) subjectMissing = true;
      if (share >= 0.5 && query.properFocal.has(rank)) focalNamed = true;
      if (byName && share < 0.5) carriedNames.push(name.text);
      // A capitalised common word ("Police" opening a headline) carries no subject.
      const word = query.commonFocal.has(rank);
      focalCarried += focalWeightOf * (others ? (byName ? 1 : 0) : word ? 0 : share);
    }
  }
  // A headline naming only a country leaves the subject to the article's own main names (query.ts `ownSubject`):
  // "GDL" and "Deutsche Bahn" are whose story "German train drivers begin 48-hour strike" is.
  const ownCarried = ownFound / (query.ownSubject.length || 1);
  if (ownCarried > 0) {
    focalNamed = true;
    subjectMissing = false;
  }
  // …and the country in a story's headline is any story of that country: "Italian air transport strike called" beside
  // Italy's rail strike.
  if (query.ownSubject.length > 0) focalInHeadline = ownInHeadline;
  // The other way round: a story about another event names people and places the article never mentions.
  let storyNameMass = 0;
  let storyNameFound = 0;
  let titleNameMass = 0;
  let titleNameMissing = 0;
  for (const id of story.nameTermIds) {
    const idf = index.idf(id);
    const known = ((query.termFlags[id] ?? 0) & TERM_FLAGS.article) !== 0;
    storyNameMass += idf;
    if (known) storyNameFound += idf;
    if (inTitle(story, id)) {
      titleNameMass += idf;
      if (!known) titleNameMissing += idf;
    }
  }
  // A story that names nobody the text can prove may still open on a country ("Malawi agrees restructuring terms
  // with commercial creditors"): one the article never mentions is another country's story.
  const otherCountry =
    story.nameTermIds.length === 0 && story.capitalTermIds.some((id) => unmentionedCountry(index, query, id));
  const carried = focalWeight > 0 ? Math.max(focalCarried / focalWeight, ownCarried) : 0;
  return {
    otherCountry,
    otherSubject: query.headlineNamed && carried === 0 && titleNameMissing > 0 && storyNameFound < 0.5 * storyNameMass,
    focalless: query.headlineNamed && carried === 0 && focalFound === 0,
    queryNames: nameWeight > 0 ? nameFound / nameWeight : 0,
    storyNames: storyNameMass > 0 ? storyNameFound / storyNameMass : null,
    focalNames: focalWeight > 0 ? focalFound / focalWeight : 0,
    focalCarried: carried,
    focalActor,
    focalNamed,
    focalInHeadline,
    subjectInHeadline,
    subjectNamedInHeadline,
    subjectMissing,
    titleNamesMissing: titleNameMass > 0 ? titleNameMissing / titleNameMass : 0,
    sharedNames: dedupe(sharedNames),
    carriedNames,
  };
}

/**
 * With both dates known, weekdays are compared as the calendar days they name (relative-dates.ts): 1 when the
 * story names a day the article names, −1 when both name days and none agree, else 0. A weekday word in common
 * means nothing then: two stories a few days apart both say "Monday" one time in seven.
 */
function resolvedDays(query: AnalysedQuery, story: IndexedStory): number {
  const days = query.numbers.get(DAY_UNIT);
  let named = false;
  for (const n of story.numbers) {
    if (n.unit !== DAY_UNIT) continue;
    if (days?.includes(n.value)) return 1;
    named = true;
  }
  return named && days !== undefined ? -1 : 0;
}

/**
 * {@link MatchFeatures.otherContest}: the story's headline names none of whom the article's result went to, or one of
 * its own sides is none of them ("Oduya sweeps past Lindqvist into the final" beside Vranić's win over Oduya in it;
 * "Vranić and Kovač win the doubles title" beside her singles title). Only the sides the article names are asked:
 * beside a prize's winner, the story's winner (a report of a final names the beaten finalist too); beside a loss
 * alone, the side beaten.
 */
function otherContest(query: AnalysedQuery, story: IndexedStory): boolean {
  const ids = query.contestTermIds;
  if (ids === null || !isContestNumber(story.kind)) return false;
  if (!ids.some((id) => inTitle(story, id))) return true;
  const unmatched = (side: Int32Array): boolean => side.length > 0 && !side.some((id) => ids.includes(id));
  const named = query.contestNames;
  return (named.winner && unmatched(story.winnerTermIds)) || (named.loser && unmatched(story.loserTermIds));
}

/** {@link MatchFeatures.otherCity}. */
function otherCity(index: StoryIndex, query: AnalysedQuery, story: IndexedStory): boolean {
  if (query.headlineCities.length === 0 || !isCityNumber(story.kind)) return false;
  const mentions = (ids: readonly (number | undefined)[]): boolean =>
    ids.every((id) => id !== undefined && hasTerm(story.termIds, id));
  if (query.headlineCities.some(mentions)) return false;
  const capitals: string[] = [];
  for (const id of story.capitalTermIds) if (inTitle(story, id)) capitals.push(index.term(id));
  const inHeadline = (term: string): boolean => {
    const id = index.termId(term);
    return id !== undefined && inTitle(story, id);
  };
  // A city the article mentions anywhere may be where its event happened too ("Nottingham's levy" as precedent).
  return citiesAmongTerms(capitals, inHeadline).some((city) =>
    city.some((term) => {
      const id = index.termId(term);
      return id === undefined || !query.termWeight.has(id);
    }),
  );
}

/** Whether the story's headline has the term (its term ids are sorted; titleTf runs parallel). */
/** The idf weight of the words among `ids` that the story's headline has. */
function headlineShare(index: StoryIndex, story: IndexedStory, ids: readonly number[]): number {
  let weight = 0;
  for (const id of ids) if (inTitle(story, id)) weight += index.idf(id);
  return weight;
}

function inTitle(story: IndexedStory, id: number): boolean {
  const ids = story.termIds;
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = ids[mid] as number;
    if (v === id) return (story.titleTf[mid] ?? 0) > 0;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** How many and when: story figures the article repeats, and figures it gives differently. */
function numberEvidence(query: AnalysedQuery, story: IndexedStory) {
  let agree = 0;
  let conflict = 0;
  const sharedNumbers: string[] = [];
  for (const n of story.numbers) {
    const values = n.unit === '' ? undefined : query.numbers.get(n.unit);
    if (values !== undefined) {
      const match = values.find((v) => sameQuantity(n.unit, v, n.value));
      if (match !== undefined) {
        agree++;
        const text = query.numberText.get(`${n.unit} ${match}`);
        // Years and bare dates say little to a reader; counts and amounts do.
        if (text !== undefined && !DATE_UNITS.has(n.unit) && !sharedNumbers.includes(text)) sharedNumbers.push(text);
      } else conflict++;
    } else if (n.value >= DISTINCTIVE_NUMBER && !DATE_UNITS.has(n.unit) && query.numberValues.has(n.value)) {
      // The same uncommon figure ("485", "$137 million") counted by different words ("people"/"dead"); a
      // date's day ("Sep 16") is not a figure ("16-year-old").
      agree++;
    }
  }
  return { numbersAgree: Math.min(agree, 2) / 2, numbersConflict: Math.min(conflict, 2) / 2, sharedNumbers };
}

/** Drops names contained in a longer shared name ("Lohan" when "Lindsay Lohan" is there). */
function dedupe(names: string[]): string[] {
  return names.filter(
    (n, i) => !names.some((m, j) => j !== i && m.length > n.length && m.includes(n)) && names.indexOf(n) === i,
  );
}
