/**
 * The decision rule on crafted pairs: another report of the same event is "same story"; another event of
 * the same kind (another quake on the same island, the same person's earlier arrest) is not.
 */
import { describe, expect, it } from 'vitest';
import { StoryIndex, type IndexableStory } from './inverted-index';
import { rankStories, type MatchQuery } from './rank';
import { decide, decideAll, rankingContext } from './verdict';
import { VERDICT, type CandidateEvidence } from './verdict-rule';
import type { SameModel } from './same-model';
import type { MatchFeatures } from './features';
import type { DayJoinModel } from './day-join';

const DAY = 86_400_000;
// Fictional: a quake on the (invented) island of Marrow Key, Tuesday 11 March 2025.
const QUAKE = Date.UTC(2025, 2, 11, 6);

const s = (id: string, title: string, summary: string, published: number | null): IndexableStory => ({
  id,
  title,
  summary,
  published,
});
const FILLER = [
  ['Council approves cycle lanes', 'Councillors in Ostmark voted for twelve kilometres of protected lanes.'],
  ['Rovers win derby', 'A late header gave Rovers a 2-1 win on Saturday.'],
  ['Museum reopens', 'The Lindqvist Museum reopened with a textile wing.'],
  ['Chipmaker profit rises', 'Sorrel Semiconductors lifted profit by 14 percent.'],
  ['Rail fares to rise', 'Season tickets will cost 3 percent more from January.'],
  ['Bakery chain expands', 'Crumb & Co plans forty new bakeries across the south.'],
].map(([title, summary], i) => s(`filler-${i}`, title ?? '', summary ?? '', QUAKE - (i + 2) * DAY));

const article: MatchQuery = {
  title: 'Magnitude 6.1 earthquake strikes Marrow Key, killing 12',
  lead: "A magnitude 6.1 earthquake struck Marrow Key on Tuesday, killing 12 people and flattening homes in the port town of Sallow, the island's governor Edda Varn said.",
  text: 'Rescue teams from Sallow searched collapsed houses through the night. Governor Edda Varn said 12 people died and about 40 were injured. The quake hit at a depth of 10 km.',
  published: QUAKE + 5 * 3_600_000,
};

function index(): StoryIndex {
  const i = new StoryIndex();
  for (const story of [
    s(
      'same-1',
      'Marrow Key quake kills 12 in Sallow',
      'The magnitude 6.1 earthquake on Tuesday flattened homes in Sallow, Governor Edda Varn said; 40 people were injured.',
      QUAKE + 2 * 3_600_000,
    ),
    s(
      'same-2',
      'Rescuers dig through rubble after Marrow Key earthquake',
      "Rescue teams searched collapsed houses in Sallow after Tuesday's 6.1 quake killed 12 people, said Governor Edda Varn.",
      QUAKE + DAY,
    ),
    s(
      'same-3',
      'Death toll in Marrow Key quake rises to 12',
      'Governor Edda Varn said 12 people died when the magnitude 6.1 earthquake struck Sallow on Tuesday.',
      QUAKE + 8 * 3_600_000,
    ),
    // Same island, same kind of event, another quake: a 5.2 two years earlier.
    s(
      'lookalike-2023',
      'Magnitude 5.2 earthquake shakes Marrow Key',
      'A 5.2 quake struck Marrow Key in 2023, injuring three people near the town of Brell, Governor Tomas Ridel said.',
      QUAKE - 700 * DAY,
    ),
    // Same week, another island.
    s(
      'lookalike-tern',
      'Earthquake hits Tern Island, injuring five',
      'A magnitude 5.6 earthquake struck Tern Island on Monday, injuring five people in the village of Ossery.',
      QUAKE - DAY,
    ),
    ...FILLER,
  ])
    i.add(story);
  return i;
}

describe('same story versus same topic', () => {
  const results = rankStories(index(), article);
  const verdict = (id: string) => results.find((r) => r.id === id)?.verdict ?? null;

  it('calls the other reports of the quake the same story, and ranks them first', () => {
    for (const id of ['same-1', 'same-2', 'same-3']) expect(verdict(id)).toBe('same');
    expect(
      results
        .slice(0, 3)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['same-1', 'same-2', 'same-3']);
  });

  it('never calls another quake the same story', () => {
    expect(verdict('lookalike-2023')).not.toBe('same');
    expect(verdict('lookalike-tern')).not.toBe('same');
  });

  it('says why with names, figures and time', () => {
    const why = results.find((r) => r.id === 'same-3')?.why;
    expect(why?.shared.some((name) => name.includes('Edda Varn'))).toBe(true);
    expect(why?.figures.some((figure) => figure.includes('12'))).toBe(true);
    expect(why?.daysApart).toBe(0);
  });
});

describe('decide', () => {
  const features = (over: Partial<MatchFeatures> = {}): MatchFeatures => ({
    lexical: 1,
    storyCoverage: 0.5,
    queryNames: 0.5,
    storyNames: 0.5,
    focalNames: 0.5,
    focalCarried: 0.5,
    kindInHeadline: false,
    focalActor: false,
    otherCountry: false,
    otherSubject: false,
    focalless: false,
    subjectInHeadline: false,
    subjectNamedInHeadline: false,
    otherContest: false,
    otherCity: false,
    focalNamed: false,
    focalInHeadline: false,
    subjectMissing: false,
    titleNamesMissing: 0,
    sharedEventTerms: 2,
    headlineEventTerms: 1,
    headlineCoverage: 0.5,
    rareShared: 0.5,
    weekdays: 0,
    titleSimilarity: 0.5,
    numbersAgree: 0,
    numbersConflict: 0,
    daysApart: 0,
    daysAfter: 0,
    otherKind: false,
    notNews: false,
    headlineOnly: false,
    sharedNumbers: [],
    sharedNames: ['Edda Varn', 'Sallow'],
    carriedNames: [],
    sharedTermIds: [1, 2],
    ...over,
  });
  const evidence = (over: Partial<CandidateEvidence> = {}): CandidateEvidence => ({
    features: features(),
    own: 0.5,
    score: 0.5,
    relativeToBest: 1,
    aboveCrowd: 1,
    coherence: 0.3,
    ownGap: 0,
    anchorSimilarity: 0.3,
    ...over,
  });

  /** A model that gives every report probability `p` (its bar 0.8). */
  const unsure = (p: number): SameModel => {
    const part = { inputs: [], mean: [], scale: [], weights: [], bias: Math.log(p / (1 - p)), threshold: 0.8 };
    return { version: 0, establishFrom: 1, establish: part, join: part, chain: null, fellows: null };
  };

  /** Sure of the report with the most evidence of its own (p rises with `own` past 0.6), doubtful of every join. */
  const doubtful: SameModel = {
    ...unsure(0.01),
    establish: { inputs: ['own'], mean: [0.6], scale: [1], weights: [20], bias: 0, threshold: 0.8 },
    chain: null,
  };

  /** Hand rule v3 (no model) with this anchor: the rules the model is gated by and compared with. */
  const hand = (e: CandidateEvidence, anchor: number): ReturnType<typeof decide> =>
    decide(e, { top: e, anchor, bestOwn: e.own, topIndex: 0 }, VERDICT, null);

  /** What hand rule v3 shows for a candidate far below a strong best report: background at most. */
  const weakly = (over: Partial<MatchFeatures>, score = 0.3): ReturnType<typeof decide> =>
    hand(evidence({ relativeToBest: 0.3, aboveCrowd: 0, coherence: 0, score, features: features(over) }), 0.5);

  it('needs a strong best report before anything is the same story', () => {
    expect(hand(evidence(), 0.5)).toBe('same');
    expect(hand(evidence({ score: 0.3 }), VERDICT.establish - 0.01)).toBe('related');
  });

  it('calls a candidate far below the best report, or far apart in time, related', () => {
    expect(hand(evidence({ relativeToBest: 0.5, aboveCrowd: 0.1, coherence: 0.1 }), 0.5)).toBe('related');
    expect(hand(evidence({ features: features({ daysApart: VERDICT.sameMaxDays + 1 }) }), 0.5)).toBe('related');
  });

  it('keeps a story naming only other people and places out of Same story, however alike its words', () => {
    const otherCast = features({ sharedNames: [], queryNames: 0, storyNames: 0.1 });
    // Nor background: it shares none of the article's focal names.
    expect(hand(evidence({ features: otherCast }), 0.5)).toBeNull();
    // A story that names nobody is judged on its words…
    expect(hand(evidence({ features: { ...otherCast, storyNames: null } }), 0.5)).toBe('same');
    // …unless it opens on a country the article never mentions ("Malawi agrees restructuring terms…").
    expect(hand(evidence({ features: { ...otherCast, storyNames: null, otherCountry: true } }), 0.5)).toBeNull();
  });

  it('does not offer a story as background on shared figures alone', () => {
    const weak = { relativeToBest: 0.3, aboveCrowd: 0, coherence: 0 };
    // Same score: with a shared name and words it is background; with only the figures in common it is not.
    expect(hand(evidence({ ...weak, score: 0.3, features: features({ numbersAgree: 0 }) }), 0.5)).toBe('related');
    const figuresOnly = features({ sharedNames: [], storyCoverage: 0.2, numbersAgree: 1 });
    expect(hand(evidence({ ...weak, score: 0.3, features: figuresOnly }), 0.5)).toBeNull();
    expect(hand(evidence({ ...weak, score: 0.3, features: { ...figuresOnly, storyCoverage: 0.4 } }), 0.5)).toBeNull();
  });

  it('offers background only on the focal actors doing the same kind of thing', () => {
    expect(weakly({})).toBe('related');
    // A country the article also mentions, not whose story it is (a trade story naming China on an article about North Korea's troops).
    expect(weakly(features({ focalNames: 0.2 }))).toBeNull();
    // The focal actor, but another kind of event: none of the article's "what happened" words.
    expect(weakly(features({ sharedEventTerms: 0 }))).toBeNull();
  });

  it("offers background in the article's words by one of a two-name headline's names, not by a third name alone", () => {
    // Nothing of the kind of event or the article's "what happened" words: only its words' likeness vouches.
    const worded = (focalCarried: number): CandidateEvidence =>
      evidence({
        relativeToBest: 0.3,
        aboveCrowd: 0,
        coherence: 0,
        score: 0.1,
        wordSimilarity: VERDICT.backgroundWords,
        features: features({ focalCarried, focalNamed: true, sharedEventTerms: 0 }),
      });
    // "Regulator opens inquiry into Vela brake complaints" for "Harlow Motors recalls 40,000 Vela hatchbacks…".
    expect(hand(worded(0.5 / 1.5), 0.5)).toBe('related');
    expect(hand(worded(0.5 / 2), 0.5)).toBeNull();
  });

  it("offers background told in its headline at a lower likeness of words, when it carries the article's subject", () => {
    const told = (over: Partial<MatchFeatures>): CandidateEvidence =>
      evidence({
        relativeToBest: 0.3,
        aboveCrowd: 0,
        coherence: 0,
        score: 0.1,
        wordSimilarity: VERDICT.headlineWords,
        features: features({ focalCarried: 1, focalNamed: true, sharedEventTerms: 1, headlineEventTerms: 1, ...over }),
      });
    // "Chamber committee approves curbs on betting ads in Brazil" for the chamber passing the ban.
    expect(hand(told({}), 0.5)).toBe('related');
    // The word only in its summary, or the subject's other names missing: its words are not enough.
    expect(hand(told({ headlineEventTerms: 0 }), 0.5)).toBeNull();
    expect(hand(told({ focalCarried: 0.5 }), 0.5)).toBeNull();
  });

  it('does not offer a headline country and one word of the kind of event as background', () => {
    // "Greek" and "killed": a teenager shot by police, and a bank firebombed two years later.
    const countryAndWord = features({ sharedEventTerms: 1, queryNames: 0.2, sharedNames: ['Greek'] });
    expect(weakly(countryAndWord)).toBeNull();
    // A second word of the kind of event does not make a country alone the subject: any story of the riots has both.
    expect(weakly({ ...countryAndWord, sharedEventTerms: 2 })).toBeNull();
    // A person of the article beside the country does.
    const withPerson = { ...countryAndWord, sharedEventTerms: 2, sharedNames: ['Greek', 'Nikos Varelas'] };
    expect(weakly(withPerson)).toBe('related');
  });

  it('offers a country doing that kind of thing again only when the story is about that country', () => {
    // "Russia" and "sanctions" in the headline: the world weighing sanctions over atrocities, and bond traders.
    const kind = features({
      kindInHeadline: true,
      focalActor: true,
      focalCarried: 1,
      sharedEventTerms: 1,
      sharedNames: ['Russia'],
      subjectNamedInHeadline: false,
    });
    // A score under the bar: only the kind of thing can make it background.
    expect(weakly(kind, 0.1)).toBeNull();
    // The story's headline has the article's subject: the country at it again.
    expect(weakly({ ...kind, subjectNamedInHeadline: true }, 0.1)).toBe('related');
    // A name beyond the countries, the kind of thing and the subject by another of its names will do.
    expect(weakly({ ...kind, sharedNames: ['Russia', 'Sergei Valentov'] }, 0.1)).toBe('related');
  });

  it('does not offer countries alone as background, however many and whatever words they share', () => {
    // "Ukraine", "Russia" and "war": every story of the war shares them with every other.
    const war = features({
      sharedEventTerms: 3,
      headlineEventTerms: 2,
      queryNames: 0.8,
      sharedNames: ['Ukraine', 'Russia'],
    });
    expect(weakly(war)).toBeNull();
    expect(weakly({ ...war, sharedNames: ['Ukrainian', 'Kyiv', 'Russian'] })).toBeNull();
    // The town where it happened is more than the countries: the same story line.
    expect(weakly({ ...war, sharedNames: ['Ukraine', 'Russia', 'Borivka'] })).toBe('related');
  });

  it('offers one word of the kind of event as background only with more of the cast and the word in its headline', () => {
    const cast = features({
      sharedEventTerms: 1,
      headlineEventTerms: 1,
      queryNames: 0.4,
      sharedNames: ['Kestrel Navy', 'Gulf of Orran'],
    });
    expect(weakly(cast)).toBe('related');
    // "Paris" and "hit": a jewellery raid and a rail journey that passes through the city.
    expect(weakly({ ...cast, sharedNames: ['Paris'] })).toBeNull();
    // One country by two of its names is one actor: an opioid epidemic and who gains from a war, both in the US.
    expect(weakly({ ...cast, sharedNames: ['US', 'America'] })).toBeNull();
    expect(weakly({ ...cast, sharedNames: ['Kyiv', 'Ukraine'] })).toBeNull();
    expect(weakly({ ...cast, sharedNames: ['Ukraine', 'Poland'] })).toBeNull();
    // The word only in passing in the story's summary: the story is about something else.
    expect(weakly({ ...cast, headlineEventTerms: 0 })).toBeNull();
    expect(weakly({ ...cast, queryNames: 0.2 })).toBeNull();
  });

  describe('a report of the same day', () => {
    const established = (over: Partial<MatchFeatures>, p = 0.7): boolean =>
      rankingContext([evidence({ features: features({ focalNames: 1, queryNames: 0.6, ...over }) })], unsure(p)).top !==
      undefined;

    it('establishes the event on less doubt when it is the same subject doing the same thing that day', () => {
      expect(established({ daysApart: 0.3 })).toBe(true);
      expect(established({ daysApart: 0.3 }, VERDICT.datedEstablish - 0.05)).toBe(false);
    });

    it("keeps the model's bar without both dates, a day or more apart, or on a thinner likeness", () => {
      // ECB+'s twin events are the same kind of event a year apart, and it has no dates.
      expect(established({ daysApart: null })).toBe(false);
      expect(established({ daysApart: VERDICT.datedDays + 0.5 })).toBe(false);
      // Another subject, one word of what happened, or little of the cast: a look-alike may share that much on any day.
      expect(established({ daysApart: 0.3, focalNames: 0.25 })).toBe(false);
      expect(established({ daysApart: 0.3, sharedEventTerms: 1 })).toBe(false);
      expect(established({ daysApart: 0.3, queryNames: 0.2 })).toBe(false);
      expect(established({ daysApart: null }, 0.85)).toBe(true);
    });

    it('lets a report of that day establish the event from second place', () => {
      // Another story of the subject, from a day and a half before, may share more words and rank above it.
      const earlier = evidence({ features: features({ focalNames: 1, queryNames: 0.6, daysApart: 1.5 }) });
      const today = evidence({ features: features({ focalNames: 1, queryNames: 0.6, daysApart: 0.3 }) });
      expect(rankingContext([earlier, today], unsure(0.7)).top).toBe(today);
      // Past the best few, it does not.
      const crowd = Array.from({ length: VERDICT.datedFrom }, () => earlier);
      expect(rankingContext([...crowd, today], unsure(0.7)).top).toBe(undefined);
    });

    it('asks a story that is its headline alone for more certainty, unless it is that day and that cast', () => {
      // A headline the article covers reads like its report whichever event it reports.
      expect(established({ daysApart: 1.4 }, 0.9)).toBe(true);
      expect(established({ daysApart: 1.4, headlineOnly: true }, 0.9)).toBe(false);
      expect(established({ daysApart: null, headlineOnly: true }, 0.9)).toBe(false);
      expect(established({ daysApart: 1.4, headlineOnly: true }, VERDICT.thinEstablish + 0.01)).toBe(true);
      // The same subject and cast doing the same thing that day keeps the same-day bar.
      expect(established({ daysApart: 0.3, headlineOnly: true })).toBe(true);
    });
  });

  it("never lets a story carrying none of the article's main names establish the event on a few of its words", () => {
    // The model learned on ECB+, whose best report always shares the topic: among unrelated real stories it was
    // sure of some that name nobody the article names.
    const nameless = { daysApart: null, queryNames: 0, sharedNames: [], storyNames: null };
    expect(rankingContext([evidence({ features: features({ focalNames: 1, ...nameless }) })], unsure(0.99)).top).toBe(
      undefined,
    );
    // Three of the article's "what happened" words are enough, as they are for a report that names nobody at all.
    const wordy = features({ focalNames: 1, ...nameless, sharedEventTerms: VERDICT.namelessEventTerms });
    expect(rankingContext([evidence({ features: wordy })], unsure(0.99)).top).toBeDefined();
  });

  it("never lets someone else's story establish the event, however sure the model is", () => {
    // Another country's regulator suing a grocer the same week: none of the article's focal names, a subject of its own.
    const theirs = features({ focalNames: 0, focalCarried: 0, titleNamesMissing: 0.6, daysApart: null });
    expect(rankingContext([evidence({ features: theirs })], unsure(0.99)).top).toBeDefined();
    expect(rankingContext([evidence({ features: { ...theirs, otherSubject: true } })], unsure(0.99)).top).toBe(
      undefined,
    );
  });

  it('never lets a story resembling the article little establish the event, less still without its subject', () => {
    // Another country's air strike the same week: a strike and a country's airports, none of the article's focal names.
    const kindOnly = features({ focalNames: 0, focalCarried: 0, focalless: true, daysApart: 0.5, sharedEventTerms: 3 });
    const resembling = (articleSimilarity: number): CandidateEvidence =>
      evidence({ features: kindOnly, articleSimilarity, fellowSimilarity: 0.05 });
    expect(rankingContext([resembling(0.2)], unsure(0.99)).top).toBe(undefined);
    expect(rankingContext([resembling(VERDICT.focallessResemblance)], unsure(0.99)).top).toBeDefined();
    // One focal name carried, and the resemblance asks less: only what any establishing report needs.
    const carried = (articleSimilarity: number): CandidateEvidence =>
      evidence({
        features: { ...kindOnly, focalNames: 0.25, focalless: false },
        articleSimilarity,
        fellowSimilarity: 0.05,
      });
    expect(rankingContext([carried(VERDICT.establishResemblance)], unsure(0.99)).top).toBeDefined();
    // The institution's other act that day: its name, and little of the article's words.
    expect(rankingContext([carried(0.15)], unsure(0.99)).top).toBe(undefined);
    // It may still join a report that establishes the event: a follow-up naming the company, not the town.
    const report = evidence({ own: 0.7, articleSimilarity: 0.5, fellowSimilarity: 0.05 });
    const followUp = resembling(0.2);
    const ctx = rankingContext([report, followUp], unsure(0.99));
    expect(ctx.top).toBe(report);
    expect(decide(followUp, ctx, VERDICT, unsure(0.99))).toBe('same');
  });

  it("lets a roundup establish the event only when it leads with the article's subject or carries its cast", () => {
    // A tournament's live page naming the venue's team is no report of a quarter-final played there.
    const live = features({ notNews: true, subjectInHeadline: false, focalNames: 0.5, daysApart: 0.2 });
    expect(rankingContext([evidence({ features: live })], unsure(0.99)).top).toBe(undefined);
    const briefing = { ...live, subjectInHeadline: true };
    expect(rankingContext([evidence({ features: briefing })], unsure(0.99)).top).toBeDefined();
    // "Sports news in brief" whose item is the event: its summary names the headline's names.
    const inBrief = { ...live, focalNames: VERDICT.roundupFocal };
    expect(rankingContext([evidence({ features: inBrief })], unsure(0.99)).top).toBeDefined();
  });

  it('never lets a story establish the event on its names alone, unless it carries much of the cast', () => {
    // The subject's country and a word ("Indian", "duties"): Apple's prices in India for an Indian Navy story.
    const whoAlone = (queryNames: number): MatchFeatures =>
      features({ focalNames: 1, daysApart: null, sharedEventTerms: 0, sharedNames: ['Edda Varn'], queryNames });
    expect(rankingContext([evidence({ features: whoAlone(0.3) })], unsure(0.99)).top).toBe(undefined);
    expect(rankingContext([evidence({ features: whoAlone(VERDICT.wordlessCast) })], unsure(0.99)).top).toBeDefined();
  });

  it('never lets a story establish the event on its names alone when it resembles the article little', () => {
    // Russia and Ukraine, and nothing of what happened: a food-crisis explainer for a rally in Berlin.
    const namesOnly = features({ focalNames: 1, daysApart: null, sharedEventTerms: 0, queryNames: 0.64 });
    const resembling = (articleSimilarity: number): CandidateEvidence =>
      evidence({ features: namesOnly, articleSimilarity, fellowSimilarity: 0.1 });
    expect(rankingContext([resembling(0.12)], unsure(0.99)).top).toBe(undefined);
    expect(rankingContext([resembling(VERDICT.wordlessResemblance)], unsure(0.99)).top).toBeDefined();
    // One "what happened" word in common, and the resemblance asks only what any establishing report needs.
    const oneWord = features({ focalNames: 1, daysApart: null, sharedEventTerms: 1, queryNames: 0.64 });
    const least = VERDICT.establishResemblance;
    expect(least).toBeLessThan(VERDICT.wordlessResemblance);
    expect(rankingContext([evidence({ features: oneWord, articleSimilarity: least })], unsure(0.99)).top).toBeDefined();
  });

  describe("the establish bar by the report's fellows", () => {
    const FELLOWS = { apart: { similarity: 0.4, threshold: 0.5 }, crowded: { margin: 0.1, threshold: 0.9 } };
    /** The model's bar 0.8; a report standing apart needs 0.5, one crowded by closer fellows 0.9. */
    const fellowsModel = (p: number): SameModel => ({ ...unsure(p), fellows: FELLOWS });
    const undated = features({ daysApart: null });
    const established = (over: Partial<CandidateEvidence>, p: number, m = fellowsModel(p)): boolean =>
      rankingContext([evidence({ features: undated, ...over })], m).top !== undefined;
    const alone = { articleSimilarity: 0.45, fellowSimilarity: 0.2 };

    it('establishes the event on less doubt when no other story resembles the report more than the article does', () => {
      // The one cached report of the event: nothing else in the cache reports it.
      expect(established(alone, 0.6)).toBe(true);
      expect(established(alone, 0.6, unsure(0.6))).toBe(false);
      expect(established(alone, FELLOWS.apart.threshold - 0.05)).toBe(false);
    });

    it("keeps the model's bar for a report little like the article, its fellows' equal, or one built by hand", () => {
      // An unrelated story standing alone in a cache with nothing on the topic: alone, but little like the article.
      expect(established({ articleSimilarity: 0.25, fellowSimilarity: 0.1 }, 0.6)).toBe(false);
      expect(established({ articleSimilarity: 0.25, fellowSimilarity: 0.1 }, 0.85)).toBe(true);
      // A report among the event's other reports: they resemble it about as much as the article does.
      expect(established({ articleSimilarity: 0.45, fellowSimilarity: 0.5 }, 0.6)).toBe(false);
      expect(established({ articleSimilarity: 0.45, fellowSimilarity: 0.5 }, 0.85)).toBe(true);
      expect(established({}, 0.6)).toBe(false);
      expect(established({}, 0.85)).toBe(true);
      // A headline alone keeps its own, higher bar.
      expect(established({ features: features({ daysApart: null, headlineOnly: true }), ...alone }, 0.9)).toBe(false);
    });

    it('establishes a report with no fellow at the same-day bar when it carries the subject, cast and what happened', () => {
      // The one cached report of the event among stories on other things: a look-alike comes with its own reports.
      const lone = { articleSimilarity: 0.3, fellowSimilarity: 0.1 };
      expect(established(lone, 0.75)).toBe(true);
      expect(established(lone, VERDICT.datedEstablish - 0.05)).toBe(false);
      // With a fellow, or without the subject, the cast or two words of what happened: the model's bar.
      expect(established({ articleSimilarity: 0.3, fellowSimilarity: VERDICT.aloneFellow + 0.05 }, 0.75)).toBe(false);
      expect(established({ ...lone, features: features({ daysApart: null, focalNames: 0.25 }) }, 0.75)).toBe(false);
      expect(established({ ...lone, features: features({ daysApart: null, queryNames: 0.2 }) }, 0.75)).toBe(false);
      expect(established({ ...lone, features: features({ daysApart: null, sharedEventTerms: 1 }) }, 0.75)).toBe(false);
      // A headline alone resembles little and keeps its own bar.
      expect(established({ ...lone, features: features({ daysApart: null, headlineOnly: true }) }, 0.9)).toBe(false);
    });

    it('asks more of a report whose fellows resemble it far more than the article does', () => {
      // A look-alike event's report, among its own event's reports.
      const crowded = { articleSimilarity: 0.3, fellowSimilarity: 0.3 + FELLOWS.crowded.margin };
      expect(established(crowded, 0.85)).toBe(false);
      expect(established(crowded, 0.85, unsure(0.85))).toBe(true);
      expect(established(crowded, FELLOWS.crowded.threshold + 0.01)).toBe(true);
    });

    it("establishes a report among close fellows on less doubt when the article sits in the best five's crowd", () => {
      // A full cache's report of the event among the event's other reports, the article one of them.
      const inCrowd = { cohesion: 0.3, membership: VERDICT.crowdMember };
      const crowded = { articleSimilarity: 0.3, fellowSimilarity: 0.3 + FELLOWS.crowded.margin };
      const p = VERDICT.memberEstablish + 0.05;
      expect(established({ ...crowded, crowd: inCrowd }, p)).toBe(true);
      expect(established({ ...crowded, crowd: inCrowd }, VERDICT.memberEstablish - 0.05)).toBe(false);
      // A fellow merely as close as the article: the model's bar (0.8) is lowered too.
      expect(established({ articleSimilarity: 0.3, fellowSimilarity: 0.3, crowd: inCrowd }, p)).toBe(true);
      // A look-alike event's crowd, which resembles itself more than the article; five stories that are no crowd.
      expect(established({ ...crowded, crowd: { ...inCrowd, membership: VERDICT.crowdMember - 0.02 } }, 0.85)).toBe(
        false,
      );
      expect(established({ ...crowded, crowd: { ...inCrowd, cohesion: VERDICT.crowdCohesion - 0.02 } }, 0.85)).toBe(
        false,
      );
      // Without the cosines, or with no fellow as close as the article, the crowd changes nothing.
      expect(established({ crowd: inCrowd }, p)).toBe(false);
      expect(established({ articleSimilarity: 0.3, fellowSimilarity: 0.2, crowd: inCrowd }, p)).toBe(false);
    });
  });

  describe('a report standing ahead', () => {
    /** The one cached report of the event, undated: far ahead of the look-alike behind it, and like the article. */
    const ahead = {
      ownGap: VERDICT.aheadGap,
      articleSimilarity: VERDICT.aheadResemblance + 0.05,
      fellowSimilarity: 0.25,
      features: features({ daysApart: null }),
    };
    const established = (over: Partial<CandidateEvidence>, p: number, m = unsure(p)): boolean =>
      rankingContext([evidence({ ...ahead, ...over })], m).top !== undefined;
    const undated = (over: Partial<MatchFeatures>): MatchFeatures => features({ daysApart: null, ...over });

    it('establishes the event on less doubt when it stands far ahead of the next story and carries the event', () => {
      expect(established({}, 0.6)).toBe(true);
      expect(established({}, VERDICT.aheadEstablish - 0.05)).toBe(false);
      // Even in a ranking whose best story scores under the bar every other ranking must reach.
      expect(established({ own: 0.35, score: 0.3 }, 0.6)).toBe(true);
      expect(established({ own: 0.35, score: 0.3, ownGap: 0 }, 0.9)).toBe(false);
    });

    it("keeps the model's bar for a report close to the next, unlike the article, or short of who and what happened", () => {
      expect(established({ ownGap: VERDICT.aheadGap - 0.02 }, 0.6)).toBe(false);
      expect(established({ articleSimilarity: VERDICT.aheadResemblance - 0.05 }, 0.6)).toBe(false);
      expect(established({ features: undated({ sharedEventTerms: 1 }) }, 0.6)).toBe(false);
      expect(established({ features: undated({ focalNames: 0.25 }) }, 0.6)).toBe(false);
      expect(established({ features: undated({ headlineOnly: true }) }, 0.9)).toBe(false);
      // More than a day from the article: a sequel (Zelensky at the UN, the day after he walked through Bucha).
      expect(established({ features: features({ daysApart: 1.1 }) }, 0.6)).toBe(false);
      // Among fellows far closer to it than the article: a look-alike event's report, however far ahead.
      const crowding: SameModel = {
        ...unsure(0.85),
        fellows: { apart: null, crowded: { margin: 0.1, threshold: 0.9 } },
      };
      expect(established({ fellowSimilarity: 0.5 }, 0.85, crowding)).toBe(false);
    });
  });

  describe('the only story about the subject', () => {
    /**
     * The one cached report of the event, undated, in a cache holding nothing else on its subject: short beside a long
     * article, it scores under the anchor every other ranking must reach.
     */
    const sole = {
      own: VERDICT.establish - 0.05,
      score: VERDICT.establish - 0.1,
      articleSimilarity: 0.3,
      fellowSimilarity: 0.3,
      subjectRival: 0,
      features: features({ daysApart: null, focalNames: 0.67 }),
    };
    const established = (over: Partial<CandidateEvidence>, p: number): boolean =>
      rankingContext([evidence({ ...sole, ...over })], unsure(p)).top !== undefined;
    const undated = (over: Partial<MatchFeatures>): MatchFeatures =>
      features({ daysApart: null, focalNames: 0.67, ...over });

    it('establishes the event on less doubt, under the anchor, when no other story carries the subject', () => {
      expect(established({}, VERDICT.soleEstablish + 0.05)).toBe(true);
      expect(established({}, VERDICT.soleEstablish - 0.05)).toBe(false);
    });

    it('keeps the anchor and the bar when another story carries the subject, or the report lacks what it must carry', () => {
      const p = VERDICT.soleEstablish + 0.05;
      // A look-alike event of the same subject comes with its own reports, which carry the subject too.
      expect(established({ subjectRival: VERDICT.datedFocal }, p)).toBe(false);
      // Without the cosines' ranking (evidence built by hand): no rival known, no rule.
      expect(established({ subjectRival: undefined }, p)).toBe(false);
      expect(established({ features: undated({ focalNames: VERDICT.datedFocal - 0.1 }) }, p)).toBe(false);
      expect(established({ features: undated({ sharedEventTerms: VERDICT.datedEventTerms - 1 }) }, p)).toBe(false);
      // The subject's other case, named in its headline ("Coroner finds Geelong man's death… preventable").
      expect(established({ features: undated({ titleNamesMissing: 0.4 }) }, p)).toBe(false);
      expect(established({ features: undated({ headlineOnly: true }) }, 0.9)).toBe(false);
      // Too little like the article to establish anything, however alone.
      expect(established({ articleSimilarity: VERDICT.establishResemblance - 0.02 }, 0.9)).toBe(false);
    });
  });

  describe('the join by resemblance', () => {
    const logit = (p: number): number => Math.log(p / (1 - p));
    const part = (p: number, threshold: number) => ({
      inputs: [],
      mean: [],
      scale: [],
      weights: [],
      bias: logit(p),
      threshold,
    });
    /** Establishes at `establishP` (bar 0.8); joins at 0.45 (bar 0.6), and by resemblance from 0.4 at cosine 0.5. */
    const model = (establishP: number, chain: SameModel['chain']): SameModel => ({
      version: 0,
      establishFrom: 1,
      establish: part(establishP, 0.8),
      join: part(0.45, 0.6),
      chain,
      fellows: null,
    });
    const CHAIN = { similarity: 0.5, threshold: 0.4 };
    // Undated, so only the first may establish the event (no same-day contenders).
    const undated = features({ daysApart: null });
    const ranking = (): CandidateEvidence[] => [
      evidence({ features: undated, resemblance: [1, 0.7, 0.1] }),
      // Worded unlike the article, but much like its established report.
      evidence({ features: undated, relativeToBest: 0.6, resemblance: [0.7, 1, 0.1] }),
      // As likely to join, resembling no report of the event.
      evidence({ features: undated, relativeToBest: 0.6, resemblance: [0.1, 0.1, 1] }),
    ];
    const verdicts = (m: SameModel) => {
      const candidates = ranking();
      return decideAll(candidates, rankingContext(candidates, m), VERDICT, m);
    };

    it('lets a report that closely resembles a "same" report join on less doubt', () => {
      expect(verdicts(model(0.9, CHAIN)).map((v) => v === 'same')).toEqual([true, true, false]);
      expect(verdicts(model(0.9, null)).map((v) => v === 'same')).toEqual([true, false, false]);
    });

    it('joins nothing when no report established the event: a crowd of look-alikes vouches for nothing', () => {
      expect(verdicts(model(0.5, CHAIN)).some((v) => v === 'same')).toBe(false);
    });
  });

  it("calls none of a crowd that joined the established report 'same' when it resembles itself far more than that report", () => {
    // One report of the event cached, and the look-alike event's three reports after it: they share the topic's
    // words with the established report, and far more with one another.
    const sure: SameModel = { ...unsure(0.99), chain: null };
    const undated = features({ daysApart: null });
    const ranking = (toReport: number, among: number): CandidateEvidence[] => [
      evidence({ features: undated, resemblance: [1, toReport, toReport, toReport] }),
      evidence({ features: undated, relativeToBest: 0.9, resemblance: [toReport, 1, among, among] }),
      evidence({ features: undated, relativeToBest: 0.9, resemblance: [toReport, among, 1, among] }),
      evidence({ features: undated, relativeToBest: 0.9, resemblance: [toReport, among, among, 1] }),
    ];
    const same = (toReport: number, among: number): boolean[] => {
      const candidates = ranking(toReport, among);
      return decideAll(candidates, rankingContext(candidates, sure), VERDICT, sure).map((v) => v === 'same');
    };
    expect(same(0.3, 0.6)).toEqual([true, false, false, false]);
    // Reports of one event: they resemble the established one about as much as one another.
    expect(same(0.45, 0.6)).toEqual([true, true, true, true]);
  });

  it('calls a second same-day report the same story when it is near-certain on its own, though it cannot join', () => {
    // The join step doubts it (two outlets word the event apart), but its own evidence establishes the event:
    // the first report (relativeToBest 1) at 0.99, the second (0.9) at `secondP`.
    const logit = (p: number): number => Math.log(p / (1 - p));
    const twoSteps = (secondP: number): SameModel => {
      const weight = (logit(0.99) - logit(secondP)) / 0.1;
      const establish = {
        inputs: ['relativeToBest' as const],
        mean: [0],
        scale: [1],
        weights: [weight],
        bias: logit(0.99) - weight,
        threshold: 0.8,
      };
      return { ...unsure(0.3), establish, chain: null };
    };
    const sameDay = features({ daysApart: 0.2 });
    const candidates = [evidence({ features: sameDay }), evidence({ features: sameDay, relativeToBest: 0.9 })];
    const verdicts = (m: SameModel) => decideAll(candidates, rankingContext(candidates, m), VERDICT, m);
    expect(verdicts(twoSteps(VERDICT.alsoEstablish + 0.05))).toEqual(['same', 'same']);
    // Likely enough to establish, not to stand beside the likeliest without joining it.
    expect(verdicts(twoSteps(VERDICT.alsoEstablish - 0.05))[1]).not.toBe('same');

    // The loser's concession beside the winner's story: that day, near-certain, naming little of the cast.
    const fewNames = (over: Partial<MatchFeatures>) => [
      evidence({ features: sameDay }),
      evidence({ features: features({ queryNames: 0.1, ...over }), relativeToBest: 0.9 }),
    ];
    const second = (c: CandidateEvidence[]) =>
      decideAll(c, rankingContext(c, twoSteps(0.95)), VERDICT, twoSteps(0.95))[1];
    expect(second(fewNames({ daysApart: 0.2 }))).toBe('same');
    // Undated, or days apart, it may be ECB+'s twin of another year: it must join.
    expect(second(fewNames({ daysApart: null }))).not.toBe('same');
    expect(second(fewNames({ daysApart: 1.5 }))).not.toBe('same');
  });

  it('leaves out weak candidates without a shared name', () => {
    expect(
      hand(evidence({ score: 0.1, relativeToBest: 0.2, features: features({ sharedNames: [] }) }), 0.5),
    ).toBeNull();
  });

  it("joins a report to the event only when it resembles the established one or shares what happened, whatever the model's trust in names", () => {
    const sure: SameModel = { ...unsure(0.99), chain: null };
    const established = evidence({ features: features({ daysApart: null }), resemblance: [1, 0.05] });
    const joins = (over: Partial<CandidateEvidence>, words: number): boolean => {
      const candidate = evidence({
        relativeToBest: 0.9,
        resemblance: [0.05, 1],
        features: features({ daysApart: null, sharedEventTerms: words }),
        ...over,
      });
      const candidates = [established, candidate];
      return decideAll(candidates, rankingContext(candidates, sure), VERDICT, sure)[1] === 'same';
    };
    // The subject's other news: the cast and one word, nothing like the established report.
    expect(joins({}, 1)).toBe(false);
    expect(joins({ resemblance: [VERDICT.joinResemblance, 1] }, 1)).toBe(true);
    expect(joins({}, VERDICT.joinEventTerms)).toBe(true);
  });

  it('lets the report standing ahead by its own evidence establish, though a reaction ranks first', () => {
    // "Ostvik clubs warn shirt-sponsor ban would cost them millions", ranked first by its neighbours' support.
    // Undated, so neither is a report of the same day, which may establish from behind anyway.
    const undated = features({ daysApart: null, daysAfter: null });
    const reaction = evidence({ own: 0.52, score: 0.6, ownGap: -0.2, features: undated });
    // "Ostvik's lower house approves ban on shirt sponsors", with the most evidence of its own.
    const report = (ownGap: number): CandidateEvidence =>
      evidence({ own: 0.72, score: 0.55, ownGap, features: undated });
    const plain = report(0.2);
    expect(rankingContext([reaction, plain], doubtful).top).toBe(plain);
    // Only a little ahead, it leaves the ranking's order to decide.
    expect(rankingContext([reaction, report(0.05)], doubtful).top).toBeUndefined();
  });

  it('lets the join of the day decide every dated candidate but the established report, behind the hand gate', () => {
    // A join of the day that trusts a candidate within half a day of the article and no other.
    const halfDay: DayJoinModel = {
      inputs: ['daysApart'],
      bias: 0,
      rate: 1,
      depth: 1,
      threshold: 0.9,
      trees: [{ feature: [0], threshold: [0.5], value: [5, -5] }],
    };
    // Sure of the report with the most evidence of its own and of every join.
    const joining: SameModel = { ...unsure(0.99), establish: doubtful.establish, chain: null };
    const verdicts = (candidate: CandidateEvidence, day: DayJoinModel | null = halfDay) => {
      const established = evidence({ own: 0.9, features: features({ daysApart: 1.2 }), resemblance: [1, 0.5] });
      const candidates = [established, { ...candidate, resemblance: [0.5, 1] }];
      return decideAll(candidates, rankingContext(candidates, joining), VERDICT, joining, day);
    };
    const dated = (daysApart: number, over: Partial<MatchFeatures> = {}) =>
      evidence({ relativeToBest: 0.9, features: features({ daysApart, daysAfter: daysApart, ...over }) });
    // The established report stays, a day from the article, though the join of the day would not have it.
    expect(verdicts(dated(0.2))).toEqual(['same', 'same']);
    // A candidate the model's join takes, which the join of the day does not, is what it is on its own: background.
    expect(verdicts(dated(0.8), null)[1]).toBe('same');
    expect(verdicts(dated(0.8))[1]).toBe('related');
    // A join the model doubts, the join of the day makes.
    const doubted = [
      evidence({ own: 0.9, features: features({ daysApart: 1.2 }), resemblance: [1, 0.5] }),
      { ...dated(0.2), resemblance: [0.5, 1] },
    ];
    const context = rankingContext(doubted, doubtful);
    expect(decideAll(doubted, context, VERDICT, doubtful, null)[1]).not.toBe('same');
    expect(decideAll(doubted, context, VERDICT, doubtful, halfDay)[1]).toBe('same');
    // Undated, the steps before decide.
    expect(verdicts(evidence({ relativeToBest: 0.9, features: features({ daysApart: null }) }))[1]).toBe('same');
    // The hand gate first: a piece of another kind never joins.
    expect(verdicts(dated(0.2, { otherKind: true }))[1]).not.toBe('same');
    // Nothing joins where nothing is established.
    const nothing = [dated(0.2), dated(0.2)];
    expect(decideAll(nothing, rankingContext(nothing, unsure(0.01)), VERDICT, unsure(0.01), halfDay)).not.toContain(
      'same',
    );
  });
});
